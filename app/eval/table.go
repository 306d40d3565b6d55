package eval

import (
	"errors"
	"fmt"
	"math"
)

// Row is one line of the pair-decision table: how well each method ranks
// a set's same pairs above its different ones (AUC), and the engine's
// decisions at the strictness.
type Row struct {
	Set      string // what was measured: "seed pairs", a SuperPAL topic, "SuperPAL dev", "ECB+"
	Label    string // which label says same: "same", "span", "same event"
	Pairs    int
	Positive int // pairs labelled same
	// CV is the engine's AUC with its same-fact model fitted without this
	// set (leave one set out); NaN where the row is not cross-validated.
	CV                   float64
	Engine, Stems, Words float64 // AUC: the engine as fitted, stem Jaccard, word Jaccard
	Precision, Recall    float64 // the engine's pair decision at the strictness
	// Pass is the share of the pairs labelled different that the engine
	// takes for the same fact at the strictness: on ECB+, pairs of two
	// different events let through.
	Pass float64
}

// MeasurePairSets measures the pair decision at strictness on the seed
// pairs, on each SuperPAL topic and on all of them pooled, under both of
// SuperPAL's labels, and, when run is not nil, on ECB+'s same-event
// against different-event pairs. The seed pairs and the SuperPAL topics
// are the folds of the cross-validation: each is scored by a same-fact
// model fitted on the others.
func MeasurePairSets(seeds PairSet, superpal []PairSet, run *Run, strictness float64) ([]Row, error) {
	if len(superpal) < 2 {
		return nil, errors.New("cross-validation by topic needs at least two SuperPAL topics")
	}
	sets := append([]PairSet{seeds}, superpal...)
	var rows []Row
	for _, span := range []bool{false, true} {
		cv, err := CrossValidate(sets, span)
		if err != nil {
			return nil, err
		}
		label := "same"
		if span {
			label = "span"
		}
		var pooled []Labelled
		var scores [4][]float64 // cv, engine, stems, words
		for k, s := range sets {
			if k == 0 && span {
				continue // the seed pairs have one label
			}
			ls := labelled(s.Labels(span))
			sc := s.Score()
			row := pairRow(s.Name, label, ls, cv[k], sc, strictness)
			if k == 0 {
				row.Label = "same fact"
				rows = append(rows, row)
				continue
			}
			rows = append(rows, row)
			pooled = append(pooled, ls...)
			scores[0] = append(scores[0], cv[k]...)
			for m := range sc {
				scores[m+1] = append(scores[m+1], sc[m].Scores...)
			}
		}
		all := []Scored{{MethodEngine, scores[1]}, {MethodStems, scores[2]}, {MethodWords, scores[3]}}
		rows = append(rows, pairRow(fmt.Sprintf("SuperPAL dev, %d topics", len(superpal)), label, pooled, scores[0], all, strictness))
	}
	if run != nil {
		ep := run.EventPairs()
		rows = append(rows, pairRow("ECB+", "same event", ep.Labels, nil, ep.Scores, strictness))
	}
	return rows, nil
}

func labelled(labels []bool) []Labelled {
	out := make([]Labelled, len(labels))
	for i, l := range labels {
		out[i].Same = l
	}
	return out
}

// pairRow makes a row from labels and each method's scores (Score's
// order: engine, stems, words); cv may be nil.
func pairRow(set, label string, ls []Labelled, cv []float64, sc []Scored, strictness float64) Row {
	r := Row{Set: set, Label: label, Pairs: len(ls), CV: math.NaN()}
	same := make([]bool, len(ls))
	for i, l := range ls {
		if l.Same {
			r.Positive++
		}
		same[i] = sc[0].Scores[i] >= strictness
	}
	if cv != nil {
		r.CV = AUC(ls, cv)
	}
	r.Engine, r.Stems, r.Words = AUC(ls, sc[0].Scores), AUC(ls, sc[1].Scores), AUC(ls, sc[2].Scores)
	c := Tally(ls, same)
	r.Precision, r.Recall, r.Pass = c.Precision(), c.Recall(), ratio(c.FP, c.FP+c.TN)
	return r
}
