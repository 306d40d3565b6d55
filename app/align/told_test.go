package align

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/claim"
	"github.com/parallax-news/parallax/app/segment"
	"github.com/parallax-news/parallax/app/words"
	"github.com/parallax-news/parallax/corpus"
)

// units reads articles into the aligner's units as app/compare does:
// each sentence whole and, after one of several claims, each claim.
func units(t *testing.T, fsys fs.FS) []Sentence {
	_, arts, _, err := article.LoadDir(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	an := words.NewAnalyzer(words.English())
	var out []Sentence
	for i, a := range arts {
		for _, sp := range segment.Sentences(a.Text[a.Body.Start:a.Body.End]) {
			sp = sp.Shift(a.Body.Start)
			toks := an.TokensIn(a.Text, sp.Start, sp.End)
			out = append(out, Sentence{Article: i, Tokens: toks})
			claims := claim.Split(a.Text, sp, toks, "en")
			if len(claims) == 1 {
				continue
			}
			for _, c := range claims {
				var in []words.Token
				for _, tok := range toks {
					if tok.Start >= c.Start && tok.Start < c.End {
						in = append(in, tok)
					}
				}
				out = append(out, Sentence{Article: i, Tokens: in, Part: true})
			}
		}
	}
	return out
}

// TestToldKeepsSharedClaims: told takes a claim back from a fact apart
// only into a sentence's own fact that another article also tells, so
// that a claim another outlet tells is not made "only here" that way (two
// sentences of ECB+ topics 2 and 9 were, before the rule); and a sentence
// all of whose claims are told apart does not stay behind as a fact of
// one article. On the bundled corpus and, where ../shared is beside the
// repository, the ten ECB+ topics.
//
// Not held: a claim whose only partner in a fact apart is taken back into
// the partner's own sentence is left alone (the fact apart dissolves);
// keeping such facts instead was measured to raise ECB+'s mixing of two
// events from 0.040 to 0.043.
func TestToldKeepsSharedClaims(t *testing.T) {
	bundled, err := fs.Sub(corpus.FS, corpus.Default)
	if err != nil {
		t.Fatal(err)
	}
	sets := map[string]fs.FS{"bundled": bundled}
	for k := 1; k <= 10; k++ {
		dir := filepath.Join("..", "..", "..", "shared", "eval", "ecbplus", fmt.Sprint(k))
		if _, err := os.Stat(dir); err == nil {
			sets["ecb+ "+fmt.Sprint(k)] = os.DirFS(dir)
		}
	}
	if len(sets) == 1 {
		t.Log("../shared/eval/ecbplus is not beside the repository: checking the bundled corpus only")
	}
	for name, fsys := range sets {
		ix := NewIndex(units(t, fsys))
		raw, err := ix.groupWith(t.Context(), DefaultStrictness, Constraints{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkTold(t, name, ix, raw)
	}
}

// checkTold holds told's two rules on one alignment.
func checkTold(t *testing.T, name string, ix *Index, raw Alignment) {
	shared := func(facts [][]int) map[int]bool { // sentence → in a fact with another article
		out := map[int]bool{}
		for _, f := range facts {
			for _, u := range f {
				for _, m := range f {
					out[u] = out[u] || ix.article[m] != ix.article[u]
				}
			}
		}
		return out
	}
	of := make([]int, ix.Len())
	for id, f := range raw.Facts {
		for _, u := range f {
			of[u] = id
		}
	}
	told := ix.told(raw, nil, nil)
	before, after := shared(raw.Facts), shared(told.Facts)
	kept := map[int]bool{}
	for _, f := range told.Facts {
		for _, u := range f {
			kept[u] = true
		}
	}
	for u := 0; u < ix.Len(); {
		v := u + 1
		apart, allApart := false, v < ix.Len() && ix.whole[v] != int32(v)
		for ; v < ix.Len() && ix.whole[v] != int32(v); v++ {
			apart = apart || len(raw.Facts[of[v]]) > 1
			allApart = allApart && after[v]
		}
		if apart {
			drop := map[int]bool{}
			ix.takeBack(raw, of, u, v, drop, nil, nil)
			for x := range drop {
				if x != u && !before[u] {
					t.Errorf("%s: claim %d taken back into a fact no other article tells", name, x)
				}
			}
		}
		if allApart && kept[u] && !after[u] {
			t.Errorf("%s: sentence %d, all of whose claims are told apart, stays a fact of one article", name, u)
		}
		u = v
	}
}
