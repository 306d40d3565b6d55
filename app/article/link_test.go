package article

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/corpus"
)

// TestLink: a set, with its edits, survives a link; the bundled corpus's
// five articles fit one; a damaged, cut or foreign payload, and one that
// inflates past the limit, are refused with a message that says so.
func TestLink(t *testing.T) {
	x := Anchor{Article: "a2", Text: "two words"}
	s := Set{Title: "A lesson", Articles: []Entry{{Title: "One", Source: "Outlet", Date: "2025-07-10", Language: "en", Text: "First article. “Quoted.”"}, {Text: "Second article."}},
		Edits: []Edit{{Split: &x}}}
	p, err := s.Link()
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(p, "+/=#&?%") {
		t.Errorf("the payload needs escaping in a URL: %q", p)
	}
	got, err := ReadLink(p)
	s.Format, s.Version = SetFormat, SetVersion
	if err != nil || !reflect.DeepEqual(got, s) {
		t.Errorf("ReadLink(Link()) = %+v, %v; want %+v", got, err, s)
	}
	for name, bad := range map[string]string{
		"not base64": "%%%",
		"cut off":    p[:len(p)/2],
		"not a set":  deflated(t, `{"format":"other"}`),
	} {
		if _, err := ReadLink(bad); err == nil || !strings.HasPrefix(err.Error(), "the link") {
			t.Errorf("%s: %v", name, err)
		}
	}
	// the bundled corpus's five articles, as one's own, fit a link
	var seeds Set
	files, _ := fs.Glob(corpus.FS, corpus.Default+"/*.txt")
	for _, f := range files {
		b, _ := fs.ReadFile(corpus.FS, f)
		seeds.Articles = append(seeds.Articles, Entry{Language: "en", Text: string(b)})
	}
	if lp, err := seeds.Link(); err != nil || len(files) != 5 || len(lp)+200 > MaxLink {
		t.Errorf("the bundled corpus's %d articles make a link of %d characters (%v); the limit is %d", len(files), len(lp), err, MaxLink)
	} else {
		t.Logf("the bundled corpus's 5 articles: a payload of %d characters", len(lp))
	}
	// a payload that inflates past the limit: refused, not read whole
	huge := deflated(t, strings.Repeat(" ", MaxSetText+2<<20))
	if _, err := ReadLink(huge); err == nil || !strings.Contains(err.Error(), "more than") {
		t.Errorf("a link that inflates past the limit: %v", err)
	}
}

func deflated(t *testing.T, s string) string {
	var z bytes.Buffer
	w, _ := flate.NewWriter(&z, flate.BestCompression)
	w.Write([]byte(s))
	w.Close()
	return base64.RawURLEncoding.EncodeToString(z.Bytes())
}
