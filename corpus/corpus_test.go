package corpus_test

import (
	"io/fs"
	"testing"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/corpus"
)

// TestCorpora: every folder is a corpus with a valid slug that loads
// without a problem, and the default is one of them.
func TestCorpora(t *testing.T) {
	entries, err := fs.ReadDir(corpus.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !corpus.ValidSlug(e.Name()) {
			t.Errorf("corpus/%s: a corpus folder's name must be lower-case letters, digits and hyphens (it is its page's address, /c/<name>)", e.Name())
		}
	}
	slugs := corpus.Slugs()
	found := false
	for _, slug := range slugs {
		found = found || slug == corpus.Default
		_, arts, problems, err := article.LoadDir(corpus.FS, slug)
		if err != nil || len(problems) > 0 {
			t.Errorf("corpus/%s: %v %v", slug, err, problems)
		}
		if len(arts) < 2 {
			t.Errorf("corpus/%s has %d articles; a comparison needs two or more", slug, len(arts))
		}
	}
	if !found {
		t.Errorf("the default corpus %q is not among %v", corpus.Default, slugs)
	}
}

func TestValidSlug(t *testing.T) {
	for name, want := range map[string]bool{
		"rubio-lavrov": true, "g7-2026": true, "a": true,
		"": false, "-a": false, "a-": false, "Rubio": false, "a_b": false, "a b": false, "é": false, "..": false,
	} {
		if got := corpus.ValidSlug(name); got != want {
			t.Errorf("ValidSlug(%q) = %v, want %v", name, got, want)
		}
	}
}
