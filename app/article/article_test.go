package article

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/parallax-news/parallax/app/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// render shows what Parallax reads from an article: its metadata and
// every body sentence with its byte offsets, one a line.
func render(a Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "id: %s\ntitle: %s\nsource: %s\nsection: %s\ndate: %s\ndateline: %s\n", a.ID, a.Title, a.Source, a.Section, a.Date, a.Dateline)
	for _, m := range a.Meta {
		fmt.Fprintf(&b, "meta [%d,%d) %s\n", m.Start, m.End, a.Text[m.Start:m.End])
	}
	body := a.Text[a.Body.Start:a.Body.End]
	for i, s := range segment.Sentences(body) {
		fmt.Fprintf(&b, "%d [%d,%d) %s\n", i, s.Start+a.Body.Start, s.End+a.Body.Start, body[s.Start:s.End])
	}
	return b.String()
}

// TestGolden covers every sentence of the five seed articles. The golden
// files were checked by reading; run `go test ./app/article -update` after
// a deliberate change and read the diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../../corpus/rubio-lavrov/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("want the five seed articles, found %d (%v)", len(files), err)
	}
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(id, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Read(f, b, Meta{})
			if err != nil {
				t.Fatal(err)
			}
			got := render(a)
			golden := filepath.Join("testdata", id+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s (-want +got):\n%s", f, golden, cmp.Diff(string(want), got))
			}
		})
	}
}

func TestHeader(t *testing.T) {
	tests := []struct {
		name, in                                  string
		title, source, date, dateline, bodyStarts string
	}{
		{"date line with outlet", " date 2025-07-10 ETV Bharat / international\n\nHeadline Here\n\nKuala Lumpur: U.S. officials met.",
			"Headline Here", "ETV Bharat", "2025-07-10", "Kuala Lumpur", "U.S. officials"},
		{"date line then body", " date 2025-07-11 Russian minister Lavrov met Rubio. More text.\n\nNext.",
			"", "", "2025-07-11", "", "Russian minister"},
		{"dateline with year and outlet", "Kuala Lumpur, July 11, 2025 – The Europe Today: U.S. Secretary spoke.",
			"", "The Europe Today", "2025-07-11", "Kuala Lumpur, July 11, 2025", "U.S. Secretary"},
		{"dateline without year", "\nKUALA LUMPUR, July 10 – On Thursday, Rubio sat down.",
			"", "", "", "KUALA LUMPUR, July 10", "On Thursday"},
		{"agency dateline", "MOSCOW (Reuters) - Russia said on Friday it would talk.",
			"", "Reuters", "", "MOSCOW", "Russia said"},
		{"capital dateline", "WASHINGTON — The Senate voted.", "", "", "", "WASHINGTON", "The Senate"},
		{"no header", "Meanwhile, the conflict continues. It goes on.", "", "", "", "", "Meanwhile, the conflict"},
		{"not a dateline", "Rubio, the secretary, spoke.", "", "", "", "", "Rubio, the secretary"},
		{"headline only if more follows", "Just One Line", "", "", "", "", "Just One Line"},
		{"bad date is not a date line", "date 2025-13-40 Something happened.", "", "", "", "", "date 2025-13-40"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse("x", "x.txt", tt.in, Meta{})
			body := a.Text[a.Body.Start:a.Body.End]
			if a.Title != tt.title || a.Source != tt.source || a.Date != tt.date || a.Dateline != tt.dateline || !strings.HasPrefix(body, tt.bodyStarts) {
				t.Errorf("Parse(%q) = title %q source %q date %q dateline %q body %q;\nwant %q %q %q %q %q…",
					tt.in, a.Title, a.Source, a.Date, a.Dateline, body, tt.title, tt.source, tt.date, tt.dateline, tt.bodyStarts)
			}
		})
	}
}

func TestManifestOverrides(t *testing.T) {
	a := Parse("x", "x.txt", " date 2025-07-10 ETV Bharat / international\n\nBody text.", Meta{Source: "AP", Date: "2025-07-09", URL: "https://example.org/a"})
	if a.Source != "AP" || a.Date != "2025-07-09" || a.URL != "https://example.org/a" {
		t.Errorf("manifest did not override: %+v", a)
	}
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name, file string
		in         []byte
		text       string // what Decode gives, when it reads the file
		html       bool
		err        string // the error's start, "" for none
	}{
		{"text", "x.txt", []byte("Plain text."), "Plain text.", false, ""},
		{"empty", "x.txt", []byte(" \n\t"), "", false, "x.txt: empty"},
		{"binary", "x.txt", []byte("PK\x03\x04\x00\x00binary"), "", false, "x.txt: binary data"},
		{"latin-1", "x.txt", []byte("line one\ncaf\xe9 au lait"), "", false, "x.txt:2: not UTF-8 (byte 0xe9 at offset 12)"},
		{"a page saved as .txt", "x.txt", []byte("<!DOCTYPE html><html><body><p>Hi.</p></body></html>"), "Hi.\n", true, ""},
		{"an HTML fragment in a .txt", "x.txt", []byte("<div><p>One.</p><p>Two.</p><br></div>"), "One.\n\nTwo.\n", true, ""},
		{"an .html file", "x.HTML", []byte("<p>Only a paragraph.</p>"), "Only a paragraph.\n", true, ""},
		{"a page without text", "x.html", []byte("<html><head><script>x()</script></head><body></body></html>"), "", true, "x.html: the page has no article text"},
		{"text mentioning a tag", "x.txt", []byte("Use the <p> element for paragraphs."), "Use the <p> element for paragraphs.", false, ""},
		{"CRLF", "x.txt", []byte("One.\r\nTwo.\r\n"), "One.\r\nTwo.\r\n", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, html, err := Decode(tt.file, tt.in)
			text := page.Text
			switch {
			case tt.err == "" && err != nil:
				t.Errorf("Decode = %v, want no error", err)
			case tt.err != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.err)):
				t.Errorf("Decode = %v, want %q…", err, tt.err)
			case tt.err == "" && (text != tt.text || html != tt.html):
				t.Errorf("Decode = %q, html %v; want %q, html %v", text, html, tt.text, tt.html)
			}
		})
	}
}

// An HTML page is read as its text, its headline the title, as the
// browser's editor reads it (FromFile).
func TestReadHTML(t *testing.T) {
	page := []byte("<html><head><title>Site</title></head><body><nav>Home</nav><h1>Rubio meets Lavrov</h1><p>They met in Kuala Lumpur.</p></body></html>")
	a, err := Read("c/a.html", page, Meta{})
	if err != nil {
		t.Fatal(err)
	}
	e, err := FromFile("a.html", page)
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "a" || a.Title != "Rubio meets Lavrov" || !a.FromHTML || a.Text != e.Text || a.Title != e.Title {
		t.Errorf("Read = id %q, title %q, html %v, text %q; FromFile: title %q, text %q", a.ID, a.Title, a.FromHTML, a.Text, e.Title, e.Text)
	}
	if b, _ := Read("c/a.html", page, Meta{Title: "From the manifest"}); b.Title != "From the manifest" {
		t.Errorf("the manifest's title = %q, want it kept", b.Title)
	}
}

func TestManifestErrorsNameTheLine(t *testing.T) {
	_, err := ReadManifest("c/manifest.json", []byte("{\n  \"title\": \"x\",\n  \"articles\": [\n    {\"id\": 3}\n  ]\n}"))
	if err == nil || !strings.HasPrefix(err.Error(), "c/manifest.json:4: manifest:") {
		t.Errorf("ReadManifest error = %v, want one naming c/manifest.json:4", err)
	}
	m, err := ReadManifest("m.json", []byte("{\n\"title\": \"x\",\n\"titel\": \"typo\"}"))
	if err == nil || !strings.HasPrefix(err.Error(), "m.json:3: manifest:") || !strings.Contains(err.Error(), "titel") || m.Title != "" {
		t.Errorf("unknown field: %v (title %q); want an error on line 3 and nothing used", err, m.Title)
	}
	_, err = ReadManifest("m.json", []byte(`{"articles": [{"id": "a", "date": "10 July 2025"}]}`))
	if err == nil || !strings.Contains(err.Error(), `article "a": date "10 July 2025" is not YYYY-MM-DD`) {
		t.Errorf("bad date: %v", err)
	}
	fsys := fstest.MapFS{
		"c/a.txt":         {Data: []byte("Text one.")},
		"c/manifest.json": {Data: []byte(`{"articles": [{"id": "a", "source": "AP"}, {"id": "typo"}]}`)},
	}
	_, arts, problems, err := LoadDir(fsys, "c")
	if err != nil || len(arts) != 1 || arts[0].Source != "AP" || len(problems) != 1 || problems[0].Error() != `c/manifest.json: names article "typo", but there is no typo.txt` {
		t.Errorf("LoadDir = %d articles, problems %v, err %v", len(arts), problems, err)
	}
}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../../corpus/rubio-lavrov/*.txt")
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b[:min(len(b), 400)])) // the header and a little body: short seeds mutate fast
	}
	f.Add("KUALA LUMPUR, July 10 – ")
	f.Add(" date 2025-07-10 ")
	f.Add("A: ")
	f.Fuzz(func(t *testing.T, s string) {
		a := Parse("x", "x.txt", s, Meta{})
		if a.Body.Start < 0 || a.Body.Start > a.Body.End || a.Body.End > len(s) {
			t.Fatalf("body %v outside %d bytes", a.Body, len(s))
		}
		prev := 0
		for _, m := range a.Meta {
			if m.Start < prev || m.End < m.Start || m.End > a.Body.Start {
				t.Fatalf("meta %v out of order or inside the body %v", m, a.Body)
			}
			prev = m.End
		}
	})
}
