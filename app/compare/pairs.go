package compare

import (
	"github.com/parallax-news/parallax/app/align"
	"github.com/parallax-news/parallax/app/words"
)

// PairResult is the same-fact decision for one sentence pair.
type PairResult struct {
	Same  bool
	Score float64
}

// Pairs decides for each pair of sentences whether they report the same
// fact, with the score the clustering uses. Term weights come from all the
// sentences given, as they come from a corpus's sentences in Compare, so a
// batch of pairs is scored as one small corpus. A pair has no articles
// around it, so all the sentences are given one: the article features say
// one event, and the sentences alone decide.
func Pairs(pairs [][2]string, lang words.Language, opt Options) []PairResult {
	strictness := opt.strictness()
	an := words.NewAnalyzer(lang)
	sents := make([]align.Sentence, 0, 2*len(pairs))
	for _, p := range pairs {
		sents = append(sents, align.Sentence{Tokens: an.Tokens(p[0])}, align.Sentence{Tokens: an.Tokens(p[1])})
	}
	ix := align.NewIndex(sents)
	out := make([]PairResult, len(pairs))
	for i := range pairs {
		s := ix.Score(2*i, 2*i+1).Score
		out[i] = PairResult{Same: s >= strictness, Score: s}
	}
	return out
}
