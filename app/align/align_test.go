package align

import (
	"sync"
	"testing"

	"github.com/parallax-news/parallax/app/segment"
	"github.com/parallax-news/parallax/app/words"
)

// sentences splits texts into aligner sentences, article i for text i.
func sentences(texts ...string) []Sentence {
	an := words.NewAnalyzer(words.English())
	var out []Sentence
	for i, t := range texts {
		for _, sp := range segment.Sentences(t) {
			out = append(out, Sentence{Article: i, Tokens: an.Tokens(t[sp.Start:sp.End])})
		}
	}
	return out
}

const (
	textA = "Rubio met Lavrov in Kuala Lumpur on Thursday. Russia launched nearly 500 drones against Ukraine. Trump has been disappointed and frustrated, Rubio said."
	textB = "Lavrov and Rubio held talks in Kuala Lumpur on Thursday. Rubio said Trump felt disappointment and frustration. Tariffs as high as 500 percent were proposed."
)

func TestScoreProperties(t *testing.T) {
	ix := NewIndex(sentences(textA, textB))
	for a := range ix.Len() {
		for b := range ix.Len() {
			la, fa := ix.Compare(a, b)
			lb, fb := ix.Compare(b, a)
			if fa != fb {
				t.Errorf("features of (%d,%d) and (%d,%d) differ: %v vs %v", a, b, b, a, fa, fb)
			}
			if sa, sb := ix.Score(a, b).Score, ix.Score(b, a).Score; sa != sb || sa < 0 || sa > 1 {
				t.Errorf("Score(%d,%d) = %v, Score(%d,%d) = %v", a, b, sa, b, a, sb)
			}
			if len(ix.Evidence(la).Shared) != len(ix.Evidence(lb).Shared) {
				t.Errorf("shared terms of (%d,%d) are not symmetric", a, b)
			}
			for k, x := range fa {
				if x < 0 || x > 1 {
					t.Errorf("feature %s of (%d,%d) = %v, outside [0,1]", FeatureNames()[k], a, b, x)
				}
			}
		}
	}
}

// TestFacts: every sentence in exactly one fact; the paraphrases joined;
// "500 drones" and "500 percent" (only a figure shared) apart.
func TestFacts(t *testing.T) {
	ix := NewIndex(sentences(textA, textB))
	al := ix.Facts(0)
	of := map[int]int{}
	for f, members := range al.Facts {
		for _, s := range members {
			if _, dup := of[s]; dup {
				t.Fatalf("sentence %d in two facts", s)
			}
			of[s] = f
		}
	}
	if len(of) != ix.Len() {
		t.Fatalf("%d sentences in facts, want %d", len(of), ix.Len())
	}
	// A: 0 meeting, 1 drones, 2 frustrated; B: 3 talks, 4 frustration, 5 tariffs.
	if of[0] != of[3] || of[2] != of[4] {
		t.Errorf("facts %v: the meeting and the frustration should each be one fact", al.Facts)
	}
	if of[1] == of[5] {
		t.Errorf("facts %v: 500 drones and 500 percent joined", al.Facts)
	}
}

// TestSelfAlignment: an article aligned with a copy of itself pairs each
// sentence with its copy and nothing else.
func TestSelfAlignment(t *testing.T) {
	ix := NewIndex(sentences(textA, textA))
	n := ix.Len() / 2
	for _, f := range ix.Facts(0).Facts {
		if len(f) != 2 || f[1] != f[0]+n {
			t.Errorf("fact %v: want a sentence and its copy", f)
		}
	}
}

// TestConcurrentFacts aligns one index at two strictness values at once,
// as the browser may; `go test -race` checks the shared caches.
func TestConcurrentFacts(t *testing.T) {
	ix := NewIndex(sentences(textA, textB, textA+" "+textB))
	var wg sync.WaitGroup
	results := make([]Alignment, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = ix.Facts(0.3 + 0.1*float64(i%2))
		}()
	}
	wg.Wait()
	if len(results[0].Facts) != len(results[2].Facts) || len(results[1].Facts) != len(results[3].Facts) {
		t.Errorf("the same strictness gave different facts when run at once")
	}
}

// TestNameAliases: two spellings of one transliterated name are one term;
// plain words the folds would join are not, nor names that differ.
func TestNameAliases(t *testing.T) {
	ix := NewIndex(sentences(
		"Sergey Lavrov spoke of wine. Officials in Iran spoke.",
		"Sergei Lavrov spoke of the vine. Officials in Iraq spoke.",
	))
	shared := func(a, b int) map[string]bool {
		out := map[string]bool{}
		for _, id := range ix.Evidence(ix.Score(a, b)).Shared {
			out[ix.Term(id)] = true
		}
		return out
	}
	s := shared(0, 2)
	if !s["sergey"] && !s["sergei"] {
		t.Errorf("Sergey and Sergei are not one term: shared %v", s)
	}
	if s["wine"] || s["vine"] {
		t.Errorf("wine and vine are one term: shared %v", s)
	}
	if s := shared(1, 3); s["iran"] || s["iraq"] {
		t.Errorf("Iran and Iraq are one term: shared %v", s)
	}
}
