package article

import (
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestFromHTML(t *testing.T) {
	page := `<!doctype html><html><head><title>Site | Rubio meets Lavrov</title>
<style>p{color:red}</style><script>alert("no")</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Rubio &amp; Lavrov meet</h1>
<p>KUALA LUMPUR, July 10 &ndash; The two men met on Thursday.</p>
<p>They talked for <b>nearly</b> an hour.<br>Nothing was agreed.</p>
<ul><li>First point</li><li>Second point</li></ul>
<p>&lt;img src=x onerror=alert(1)&gt; stays text.</p></article>
<footer>© News Co</footer></body></html>`
	text, title := FromHTML([]byte(page))
	want := "Rubio & Lavrov meet\n\nKUALA LUMPUR, July 10 – The two men met on Thursday.\n\nThey talked for nearly an hour.\n\nNothing was agreed.\n\nFirst point\n\nSecond point\n\n<img src=x onerror=alert(1)> stays text.\n"
	if text != want {
		t.Errorf("FromHTML text =\n%q\nwant\n%q", text, want)
	}
	if title != "Rubio & Lavrov meet" {
		t.Errorf("title = %q", title)
	}
	// the reduced text reads as an article: headline, dateline, body
	a := Parse("x", "x.html", text, Meta{})
	if a.Title != "Rubio & Lavrov meet" || a.Dateline != "KUALA LUMPUR, July 10" {
		t.Errorf("parsed %q / %q", a.Title, a.Dateline)
	}
	if _, title := FromHTML([]byte("<title>Only a title</title><p>Body.</p>")); title != "Only a title" {
		t.Errorf("title from <title> = %q", title)
	}
}

func FuzzFromHTML(f *testing.F) {
	f.Add("<p>a<script>x</script>b</p>")
	f.Add("<h1>t</h1><p>&amp;&#x3c;&lt;")
	f.Add("</div></p><br/><<<")
	f.Fuzz(func(t *testing.T, s string) {
		text, _ := FromHTML([]byte(s))
		if !strings.HasSuffix(text, "\n") {
			t.Fatalf("text %q does not end with a newline", text)
		}
	})
}

func seedSet(t *testing.T) Set {
	t.Helper()
	var s Set
	for _, id := range []string{"001_dcb0778ffaba6f06", "002_58d5efca2139f73e", "003_d26cce4f638814c6"} {
		b, err := os.ReadFile("../../corpus/rubio-lavrov/" + id + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		s.Articles = append(s.Articles, Entry{Text: string(b), Language: "en"})
	}
	s.Articles[0].Source, s.Articles[0].Date = "ETV Bharat", "2025-07-10"
	s.Articles[1].Title, s.Articles[1].URL = "Rubio and Lavrov exchange ideas", "https://example.org/a?b=1&c=<2>"
	s.Title = "My set"
	return s
}

// TestSetRoundTrip: export then import gives the same articles and
// metadata, byte for byte, and exporting again gives the same file.
func TestSetRoundTrip(t *testing.T) {
	s := seedSet(t)
	s.Articles = append(s.Articles, Entry{Text: "Émoji 🎉, RTL مرحبا, CJK 今天下雨。 and <script>alert(1)</script> stay as they are.\r\n"})
	b, err := s.JSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := ReadSet(b)
	if err != nil {
		t.Fatal(err)
	}
	s.Format, s.Version = SetFormat, SetVersion
	if !reflect.DeepEqual(back, s) {
		t.Errorf("the round trip changed the set:\n%+v\n%+v", back, s)
	}
	again, _ := back.JSON()
	if string(again) != string(b) {
		t.Error("exporting the imported set gives another file")
	}
	arts := back.ToArticles()
	if len(arts) != 4 || arts[0].Source != "ETV Bharat" || arts[1].Title != "Rubio and Lavrov exchange ideas" || arts[3].Text != s.Articles[3].Text {
		t.Errorf("ToArticles = %+v", arts[:1])
	}
}

func TestSetCheck(t *testing.T) {
	good := seedSet(t)
	if issues := good.Check(); len(issues) != 0 {
		t.Fatalf("a good set has issues: %v", issues)
	}
	tests := []struct {
		name  string
		edit  func(*Set)
		want  string
		block bool
	}{
		{"one article", func(s *Set) { s.Articles = s.Articles[:1] }, "Add at least 2 articles to compare; there is 1.", true},
		{"too many", func(s *Set) {
			for len(s.Articles) <= MaxSet {
				s.Articles = append(s.Articles, s.Articles[0])
			}
		}, "At most 200 articles", true},
		{"empty", func(s *Set) { s.Articles[1].Text = " \n " }, "article 2: The text is empty", true},
		{"too much text together", func(s *Set) {
			big := strings.Repeat("Rubio met Lavrov. ", (MaxEntry-1)/18)
			for len(s.Articles) < 40 {
				s.Articles = append(s.Articles, Entry{Text: big, Language: "en"})
			}
		}, "The articles hold 3", true},
		{"5 MB blob", func(s *Set) { s.Articles[0].Text = strings.Repeat("word ", 1<<20) }, "article 1: The text is 5.0 MB; one article may hold at most 1 MB", true},
		{"binary", func(s *Set) { s.Articles[2].Text = "PK\x03\x04\x00\x00\x01" }, "article 3: This does not look like text", true},
		{"bad date", func(s *Set) { s.Articles[0].Date = "10 July" }, `article 1: The date "10 July" is not YYYY-MM-DD.`, true},
		{"unknown language", func(s *Set) { s.Articles[0].Language = "de" }, `article 1: language "de" is not supported`, true},
		{"mixed languages", func(s *Set) { s.Articles[0].Language = "fr" }, "The articles are in different languages", false},
		{"language set wrong", func(s *Set) { s.Articles[0].Language = "es" }, "article 1: The text looks English, but its language is set to Spanish", false},
		{"a script no language stemmed uses", func(s *Set) {
			s.Articles[2].Text = "التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرغي لافروف في كوالالمبور."
		}, "article 3: The text is in the Arabic script, in none of the languages Parallax stems", false},
		{"a language not stemmed", func(s *Set) {
			s.Articles[1].Text = "Der amerikanische Außenminister Marco Rubio hat sich am Donnerstag in Kuala Lumpur mit dem russischen Außenminister Sergej Lawrow getroffen. " +
				"Die beiden sprachen nach Angaben des Ministeriums fast eine Stunde lang über den Krieg in der Ukraine, und es ist nicht bekannt, wann sie sich wieder treffen. " +
				"Rubio sagte, es sei ein neuer Ansatz, aber er wolle die Ideen zuerst mit dem Präsidenten besprechen."
		}, "article 2: The text looks German, which Parallax does not stem", false},
		{"Latin text set to Russian", func(s *Set) { s.Articles[0].Language = "ru" }, "article 1: The text is in the Latin script, but its language is set to Russian, which is written in Cyrillic", false},
		{"binary read as text", func(s *Set) { s.Articles[1].Text = strings.Repeat("\uFFFD\uFFFDx\uFFFD", 50) }, "article 2: This does not look like text", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := seedSet(t)
			tt.edit(&s)
			issues := s.Check()
			var msgs []string
			for _, i := range issues {
				msgs = append(msgs, i.Error())
			}
			all := strings.Join(msgs, "\n")
			if !strings.Contains(all, tt.want) || Blocking(issues) != tt.block {
				t.Errorf("Check = %q (blocking %v), want %q (blocking %v)", all, Blocking(issues), tt.want, tt.block)
			}
		})
	}
}

// TestReadSetLanguages: a language named another way reads as the code
// the editor offers; one Parallax does not stem stays, for Check to name.
func TestReadSetLanguages(t *testing.T) {
	s, err := ReadSet([]byte(`{"format": "parallax-articles", "version": 1, "articles": [
		{"text": "a", "language": "English"}, {"text": "b", "language": "fr-FR"}, {"text": "c", "language": "de"}, {"text": "d"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range s.Articles {
		got = append(got, e.Language)
	}
	if want := []string{"en", "fr", "de", ""}; !reflect.DeepEqual(got, want) {
		t.Errorf("languages %q, want %q", got, want)
	}
}

func TestReadSetErrors(t *testing.T) {
	for in, want := range map[string]string{
		"{\n\"format\": ":                     "the file ends too early",
		"{\n\"format\": ]":                    "line 2: this is not a Parallax articles file",
		`{"format": "other", "articles": []}`: `its format is "other"`,
		`{"format": "parallax-articles", "version": 9, "articles": []}`: "newer Parallax (version 9)",
		`{"format": "parallax-articles", "extra": 1}`:                   "unknown field",
		`[1, 2]`: "not a Parallax articles file",
	} {
		if _, err := ReadSet([]byte(in)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ReadSet(%q) = %v, want %q", in, err, want)
		}
	}
}

func TestFromFile(t *testing.T) {
	seed, err := os.ReadFile("../../corpus/rubio-lavrov/001_dcb0778ffaba6f06.txt")
	if err != nil {
		t.Fatal(err)
	}
	page := []byte("<!doctype html><title>T</title><h1>Rubio meets Lavrov</h1><p>They met.</p><script>alert(1)</script>")
	tests := []struct {
		name string
		in   []byte
		want Entry
		err  string
	}{
		{"a.txt", seed, Entry{Text: string(seed), Language: "en"}, ""},
		{"A.HTML", page, Entry{Title: "Rubio meets Lavrov", Text: "Rubio meets Lavrov\n\nThey met.\n", Language: "en"}, ""},
		{"saved.txt", page, Entry{Title: "Rubio meets Lavrov", Text: "Rubio meets Lavrov\n\nThey met.\n", Language: "en"}, ""},
		{"photo.jpg", []byte("\xff\xd8\xff"), Entry{}, "photo.jpg: only .txt and .html files can be read"},
		{"zip.txt", []byte("PK\x03\x04\x00\x00\x00\x00"), Entry{}, "zip.txt: binary data"},
		{"latin1.txt", []byte("caf\xe9 cr\xe8me"), Entry{}, "latin1.txt:1: not UTF-8 (byte 0xe9 at offset 3)"},
		{"empty.txt", []byte("  \n"), Entry{}, "empty.txt: empty"},
		{"big.txt", []byte(strings.Repeat("word ", MaxEntry/4)), Entry{}, "big.txt: too large (1.2 MB)"},
		{"latin1.html", []byte("<p>caf\xe9 cr\xe8me</p><p>b</p><p>c</p>"), Entry{}, "latin1.html:1: not UTF-8 (byte 0xe9 at offset 6)"},
		{"nav.html", []byte("<nav><a href=/>Home</a></nav><script>x()</script>"), Entry{}, "nav.html: the page has no article text"},
	}
	for _, tt := range tests {
		got, err := FromFile(tt.name, tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("FromFile(%s) error %v, want %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FromFile(%s) = %+v, %v; want %+v", tt.name, got, err, tt.want)
		}
	}
}

// repeatedSet is the bundled corpus's articles, repeated to n entries.
func repeatedSet(tb testing.TB, n int) Set {
	tb.Helper()
	_, arts, _, err := LoadDir(os.DirFS("../../corpus"), "rubio-lavrov")
	if err != nil {
		tb.Fatal(err)
	}
	var s Set
	for i := range n {
		a := arts[i%len(arts)]
		s.Articles = append(s.Articles, Entry{Title: a.Title, Source: a.Source, Language: "en", Text: a.Text})
	}
	return s
}

// TestChecker: checking a set as it is edited gives what checking it
// afresh gives, edit after edit.
func TestChecker(t *testing.T) {
	var c Checker
	s := repeatedSet(t, 12)
	edits := []func(s *Set){
		func(s *Set) {},
		func(s *Set) { s.Articles[3].Date = "10 July" },
		func(s *Set) { s.Articles[5].Language = "fr" },
		func(s *Set) { s.Articles[3].Date = "2025-07-10" },
		func(s *Set) { s.Articles[7].Text = "" },
		func(s *Set) { s.Articles = append(s.Articles[:1], s.Articles[2:]...) }, // a removal renumbers the rest
		func(s *Set) { s.Articles[0].Language = "xx" },
	}
	for k, edit := range edits {
		s.Articles = slices.Clone(s.Articles)
		edit(&s)
		if n := c.Unchecked(s); k > 0 && n > 1 {
			t.Errorf("after edit %d, %d articles are new to the Checker; one at most was changed", k, n)
		}
		if got, want := c.Check(s), s.Check(); !reflect.DeepEqual(got, want) {
			t.Errorf("after edit %d: %v, afresh %v", k, got, want)
		}
		if n := c.Unchecked(s); n != 0 {
			t.Errorf("after a Check, %d articles are new to the Checker", n)
		}
	}
}

// TestCheckerLearn: a set checked a part at a time gives what it gives
// checked whole.
func TestCheckerLearn(t *testing.T) {
	s := repeatedSet(t, 12)
	for i := range s.Articles {
		s.Articles[i].Title = fmt.Sprint(i) // twelve different articles
	}
	s.Articles[4].Date, s.Articles[9].Text = "July", ""
	var c Checker
	for _, want := range []int{7, 2, 0, 0} {
		if left := c.Learn(s, 5); left != want {
			t.Errorf("Learn left %d, want %d", left, want)
		}
	}
	if got, want := c.Check(s), s.Check(); !reflect.DeepEqual(got, want) {
		t.Errorf("checked in parts: %v, whole: %v", got, want)
	}
}

// BenchmarkCheckEdit is one keystroke in a set of 200 articles: the set
// checked again with one article changed.
func BenchmarkCheckEdit(b *testing.B) {
	s := repeatedSet(b, 200)
	var c Checker
	c.Check(s)
	k := 0
	for b.Loop() {
		s.Articles = slices.Clone(s.Articles)
		s.Articles[7].Title = fmt.Sprint(k)
		k++
		c.Check(s)
	}
}
