package words

import (
	"strings"
	"testing"
)

func TestCounterparts(t *testing.T) {
	an := NewAnalyzer(English())
	tokens := func(sents ...string) [][]Token {
		var out [][]Token
		for _, s := range sents {
			out = append(out, an.Tokens(s))
		}
		return out
	}
	keys := func(toks []Token) string {
		var ks []string
		for _, t := range toks {
			if !t.Stop {
				ks = append(ks, t.Key)
			}
		}
		return strings.Join(ks, " ")
	}
	for _, c := range []struct {
		name  string
		sents []string
		k     int    // the sentence with "counterpart"
		want  string // its keys as the aligner reads them
	}{
		{"resolved to the next sentence's minister",
			[]string{"Rubio said he met his Russian counterpart on Thursday.", "He told reporters after talks with Russian Foreign Minister Sergey Lavrov."},
			0, "rubio said met russian foreign minist sergey lavrov thursday"},
		{"the nearer of two mentions, the earlier of equals",
			[]string{"Russian President Vladimir Putin spoke.", "Rubio met his Russian counterpart.", "Russian Foreign Minister Sergey Lavrov came."},
			1, "rubio met russian presid vladimir putin"},
		{"no mention: left as it is",
			[]string{"Rubio met his Russian counterpart on Thursday.", "The Russian side said little."},
			0, "rubio met russian counterpart thursday"},
		{"plural: left as it is",
			[]string{"Rubio met his Asian counterparts.", "Asian Foreign Ministers gathered."},
			0, "rubio met asian counterpart"},
		{"no possessive: left as it is",
			[]string{"A Russian counterpart spoke.", "Russian Foreign Minister Sergey Lavrov came."},
			0, "russian counterpart spoke"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := tokens(c.sents...)
			out := Counterparts("en", in)
			k := c.k
			if got := keys(out[k]); got != c.want {
				t.Errorf("read as %q, want %q", got, c.want)
			}
			if keys(in[k]) != keys(tokens(c.sents...)[k]) {
				t.Error("the sentence's own tokens were changed")
			}
			for i := 1; i < len(out[k]); i++ {
				if out[k][i].Start < out[k][i-1].Start {
					t.Fatalf("token %d starts before the one before it", i)
				}
			}
		})
	}
	fr := tokens("Il a rencontré son homologue russe.", "Russian Foreign Minister Sergey Lavrov.")
	if got := Counterparts("fr", fr); &got[0] != &fr[0] {
		t.Error("a French article was changed")
	}
}
