package eval

import (
	"cmp"
	"maps"
	"slices"
)

// EventPairs are ECB+ sentence pairs labelled by whether they report one
// event, with each method's scores (Methods), in the same order.
type EventPairs struct {
	Labels []Labelled // Same: a gold pair; not: two annotated sentences of the topic's two events
	Scores []Scored
}

// EventPairs scores, in every topic, the gold same-event sentence pairs
// against every pair of annotated sentences (each in some gold pair) from
// articles on the topic's two different events, by the engine in the
// topic's corpus (its articles around them, as a reader's comparison
// would have them) and by stem and word Jaccard. It measures that two
// different events stay apart: the same-event model's part of the score.
// Cost: O(annotated sentences² of a topic) pairs, each O(|a| + |b|).
func (r *Run) EventPairs() EventPairs {
	out := EventPairs{Scores: []Scored{{Method: MethodEngine}, {Method: MethodStems}, {Method: MethodWords}}}
	for ti, t := range r.Topics {
		p := r.topics[ti]
		ix := p.corpus.Index()
		if ix == nil {
			continue
		}
		unit := map[int]int{} // sentence → the unit that is the whole of it
		for u, s := range p.corpus.Units() {
			if !s.Part {
				unit[p.corpus.UnitSentence(u)] = u
			}
		}
		sents := p.corpus.Sentences()
		add := func(x, y int, same bool) {
			out.Labels = append(out.Labels, Labelled{Same: same})
			out.Scores[0].Scores = append(out.Scores[0].Scores, ix.Score(unit[x], unit[y]).Score)
			out.Scores[1].Scores = append(out.Scores[1].Scores, StemJaccard(sents[x].Tokens, sents[y].Tokens))
			out.Scores[2].Scores = append(out.Scores[2].Scores, WordJaccard(sents[x].Tokens, sents[y].Tokens))
		}
		var annotated []int // sentence indexes, ascending
		seen := map[int]bool{}
		gold := slices.SortedFunc(maps.Keys(p.gold), func(a, b [2]int) int {
			return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
		})
		for _, g := range gold {
			add(g[0], g[1], true)
			for _, s := range g {
				if !seen[s] {
					seen[s] = true
					annotated = append(annotated, s)
				}
			}
		}
		event := func(s int) string { return t.Event[p.ids[sents[s].Article]] }
		slices.Sort(annotated)
		for i, x := range annotated {
			for _, y := range annotated[i+1:] {
				if event(x) != event(y) {
					add(x, y, false)
				}
			}
		}
	}
	return out
}
