package compare

import (
	"fmt"
	"sort"
	"testing"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/corpus"
)

// BenchmarkSeeds compares the bundled corpus end to end: reading the five
// articles from the embedded files, splitting, stemming, aligning and
// finding divergences.
func BenchmarkSeeds(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		title, arts, _, err := article.LoadDir(corpus.FS, corpus.Default)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Compare(title, arts, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEdit is what one edit costs the reader in the widget: a
// re-comparison of the prepared bundled corpus, without edits and with
// the README's four kinds (a join, a split, an aside and a claim joined),
// and with a claim set aside. A split or an aside adds one grouping by the
// machine alone (which facts the edit shaped); a claim set aside, an index
// built again and an alignment of the corpus as read.
func BenchmarkEdit(b *testing.B) {
	c, _, _ := bundled(b)
	split := article.Anchor{Article: "003_d26cce4f638814c6", Text: "It’s not a new approach"}
	aside := article.Anchor{Article: "001_dcb0778ffaba6f06", Text: "Rubio was also seeing other foreign ministers"}
	edits := []article.Edit{
		{Join: []article.Anchor{{Article: "002_58d5efca2139f73e", Text: "50-minute closed-door discussion"}, {Article: "004_6e953f77dba7049c", Text: "lasted nearly an hour"}}},
		{Split: &split},
		{Aside: &aside},
		{Join: []article.Anchor{{Article: "002_58d5efca2139f73e", Text: "Speaking to reporters", Claim: "does not yet guarantee peace"}, {Article: "001_dcb0778ffaba6f06", Text: "guarantees a peace"}}},
	}
	// claims set aside: two in turn, so that each comparison reads the
	// corpus again without its claim (Corpus.without), as a new edit does
	claims := [][]article.Edit{
		{{Aside: &article.Anchor{Article: "002_58d5efca2139f73e", Text: "Speaking to reporters", Claim: "does not yet guarantee peace"}}},
		{{Aside: &article.Anchor{Article: "002_58d5efca2139f73e", Text: "Speaking to reporters", Claim: "a new and different approach"}}},
	}
	for _, bc := range []struct {
		name  string
		edits [][]article.Edit
	}{{"none", [][]article.Edit{nil}}, {"four", [][]article.Edit{edits}}, {"claim-aside", claims}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				if r := c.Compare(Options{Edits: bc.edits[n%len(bc.edits)]}); len(r.Problems) > 0 {
					b.Fatal(r.Problems)
				}
				n++
			}
		})
	}
}

// ecbArticles reads the ECB+ evaluation texts from ../shared, the folder
// beside the repository; a clone without it skips.
func ecbArticles(tb testing.TB) []article.Article {
	files := sharedFiles(tb)
	if len(files) == 0 {
		tb.Skip("../shared/eval/ecbplus is not beside the repository; skipping the benchmark on real news")
	}
	sort.Strings(files)
	var arts []article.Article
	for _, f := range files {
		a, err := article.Read(f, readShared(tb, f), article.Meta{})
		if err != nil {
			tb.Fatal(err)
		}
		arts = append(arts, a)
	}
	return arts
}

// BenchmarkECB compares all ECB+ evaluation articles (about 230) as one
// corpus.
func BenchmarkECB(b *testing.B) {
	arts := ecbArticles(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Compare("", arts, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(arts)), "articles")
}

// BenchmarkScale shows how the cost grows with the number of articles:
// the ECB+ texts, repeated past their count, each copy a distinct article.
func BenchmarkScale(b *testing.B) {
	base := ecbArticles(b)
	for _, n := range []int{50, 100, 200, 400, 1000} {
		arts := make([]article.Article, n)
		sentences := 0
		for i := range arts {
			arts[i] = base[i%len(base)]
			arts[i].ID = fmt.Sprintf("%s-%d", arts[i].ID, i)
		}
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r, err := Compare("", arts, Options{})
				if err != nil {
					b.Fatal(err)
				}
				sentences = 0
				for _, a := range r.Articles {
					sentences += len(a.Sentences)
				}
			}
			b.ReportMetric(float64(sentences), "sentences")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(sentences), "ns/sentence")
		})
	}
}
