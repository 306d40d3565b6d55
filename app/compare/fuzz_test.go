package compare

import (
	"testing"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/segment"
	"github.com/parallax-news/parallax/corpus"
)

// FuzzCompare runs the whole engine on two arbitrary articles: no panic,
// every sentence's text is its raw bytes, and it is in the facts it and
// its claims tell and no other (checkContract).
func FuzzCompare(f *testing.F) {
	_, arts, _, err := article.LoadDir(corpus.FS, corpus.Default)
	if err != nil || len(arts) < 2 {
		f.Fatalf("the bundled corpus: %v", err)
	}
	// Seeds are paragraphs, not whole articles: the fuzzer spends its time
	// shrinking large inputs and barely mutates them.
	for i := 0; i+1 < len(arts); i++ {
		pa, pb := segment.Paragraphs(arts[i].Text), segment.Paragraphs(arts[i+1].Text)
		for k := 0; k < min(len(pa), len(pb), 4); k++ {
			f.Add(arts[i].Text[pa[k].Start:pa[k].End], arts[i+1].Text[pb[k].Start:pb[k].End])
		}
	}
	f.Add("“Not a new approach,” he said. 500 drones.", "\"A new approach,\" he said on Thursday. 728 drones.")
	f.Fuzz(func(t *testing.T, a, b string) {
		arts := []article.Article{article.Parse("a", "a.txt", a, article.Meta{}), article.Parse("b", "b.txt", b, article.Meta{})}
		r, err := Compare("", arts, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkContract(t, r, map[string]string{"a": a, "b": b})
	})
}
