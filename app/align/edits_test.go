package align

import (
	"io/fs"
	"slices"
	"testing"

	"github.com/parallax-news/parallax/corpus"
)

// TestConstraints: on the bundled corpus, at several strictnesses, a
// join holds two sentences the aligner keeps apart in one fact (and the
// fact may grow around them); a sentence set apart stands alone; a
// sentence set aside is in no fact and no near link.
func TestConstraints(t *testing.T) {
	bundled, err := fs.Sub(corpus.FS, corpus.Default)
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(units(t, bundled))
	factOf := func(al Alignment, u int) int {
		for id, f := range al.Facts {
			if slices.Contains(f, u) {
				return id
			}
		}
		return -1
	}
	plain := ix.Facts(DefaultStrictness)
	// two whole sentences of different articles in different facts, and a
	// whole sentence in a fact with another article
	var a, b, shared int = -1, -1, -1
	for u := 0; u < ix.Len(); u++ {
		if ix.whole[u] != int32(u) {
			continue
		}
		f := plain.Facts[factOf(plain, u)]
		if shared < 0 && len(f) > 1 && ix.article[f[0]] != ix.article[f[len(f)-1]] {
			shared = u
		}
		if a < 0 && len(f) == 1 {
			a = u
		} else if a >= 0 && b < 0 && len(f) == 1 && ix.article[u] != ix.article[a] {
			b = u
		}
	}
	if a < 0 || b < 0 || shared < 0 {
		t.Fatalf("no sentences to edit: %d %d %d", a, b, shared)
	}
	for _, s := range []float64{0.5, DefaultStrictness, 0.9} {
		cons := Constraints{Join: [][]int{{a, b}}, Apart: []int{shared}}
		al, err := ix.FactsWith(t.Context(), s, cons, nil)
		if err != nil {
			t.Fatal(err)
		}
		if fa := factOf(al, a); fa < 0 || fa != factOf(al, b) {
			t.Errorf("strictness %.2f: the joined sentences %d and %d are in facts %d and %d", s, a, b, fa, factOf(al, b))
		}
		if f := factOf(al, shared); f < 0 || len(al.Facts[f]) != 1 {
			t.Errorf("strictness %.2f: sentence %d, set apart, is in %v", s, shared, al.Facts[max(f, 0)])
		}
		aside, err := ix.FactsWith(t.Context(), s, Constraints{Aside: []int{shared}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if f := factOf(aside, shared); f >= 0 {
			t.Errorf("strictness %.2f: sentence %d, set aside, is in fact %v", s, shared, aside.Facts[f])
		}
		for _, l := range aside.Near {
			if l.A == shared || l.B == shared {
				t.Errorf("strictness %.2f: a near link leads to the sentence set aside: %+v", s, l)
			}
		}
	}
}
