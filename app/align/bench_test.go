package align

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/app/segment"
	"github.com/parallax-news/parallax/app/words"
)

// ecbSentences splits every ECB+ evaluation text in ../shared, the folder
// beside the repository, into aligner sentences, one article a file; a
// clone without it skips.
func ecbSentences(b *testing.B) []Sentence {
	files, err := filepath.Glob("../../../shared/eval/ecbplus/*/*.txt")
	if err != nil {
		b.Fatal(err)
	}
	if len(files) == 0 {
		b.Skip("../shared/eval/ecbplus is not beside the repository; skipping the benchmark on real news")
	}
	an := words.NewAnalyzer(words.English())
	var out []Sentence
	for i, f := range files { // Glob returns the names sorted
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, sp := range segment.Sentences(string(text)) {
			out = append(out, Sentence{Article: i, Tokens: an.Tokens(string(text[sp.Start:sp.End]))})
		}
	}
	return out
}

// BenchmarkNewIndex indexes the ECB+ evaluation texts (about 230
// articles).
func BenchmarkNewIndex(b *testing.B) {
	sents := ecbSentences(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewIndexContext(context.Background(), sents, nil); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(sents)), "sentences")
}

// BenchmarkFacts groups the indexed ECB+ evaluation texts into facts at
// the default strictness; each round starts from a fresh index, so that
// no article pair's document similarity is remembered from the last.
func BenchmarkFacts(b *testing.B) {
	sents := ecbSentences(b)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		ix := NewIndex(sents)
		b.StartTimer()
		if _, err := ix.FactsContext(context.Background(), 0, nil); err != nil {
			b.Fatal(err)
		}
	}
}
