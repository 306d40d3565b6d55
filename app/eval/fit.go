package eval

import (
	"fmt"

	"github.com/parallax-news/parallax/app/align"
)

// FactFeatures are the features the same-fact model reads: the overlap of
// the two sentences' stems and of their words (align.Score).
var FactFeatures = []string{"stems", "words"}

// FeatureIndexes returns the indexes of the named features, or an error
// naming one that does not exist.
func FeatureIndexes(names []string) ([]int, error) {
	var out []int
	for _, name := range names {
		k := align.FeatureIndex(name)
		if k < 0 {
			return nil, fmt.Errorf("no feature named %q", name)
		}
		out = append(out, k)
	}
	return out, nil
}

// FitFact fits the same-fact model on the pair sets, labelled by Span when
// span is set. Each set weighs the same, and inside a set its same and
// different pairs weigh half each (Balance), so that neither a large
// topic nor a rare label decides the fit.
func FitFact(sets []PairSet, span bool) (align.Model, error) {
	use, err := FeatureIndexes(FactFeatures)
	if err != nil {
		return align.Model{}, err
	}
	var all []Example
	for _, s := range sets {
		ex := s.Examples(span)
		if err := Balance(ex, 1); err != nil {
			return align.Model{}, fmt.Errorf("%s: %w", s.Name, err)
		}
		all = append(all, ex...)
	}
	return Train(all, use, 1e-3, 3000), nil
}

// CrossValidate scores each set's pairs by the engine with a same-fact
// model fitted on the other sets only (leave one set out), so that no
// pair is scored by a model that saw it. The sets are topics, so this is
// cross-validation by topic.
func CrossValidate(sets []PairSet, span bool) ([][]float64, error) {
	event, _ := align.Models()
	out := make([][]float64, len(sets))
	for k, held := range sets {
		var rest []PairSet
		for j, s := range sets {
			if j != k {
				rest = append(rest, s)
			}
		}
		fact, err := FitFact(rest, span)
		if err != nil {
			return nil, err
		}
		ix := align.NewIndex(held.Sents)
		for _, p := range held.Pairs {
			out[k] = append(out[k], ix.ScoreWith(p.A, p.B, event, fact).Score)
		}
	}
	return out, nil
}
