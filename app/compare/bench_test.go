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
