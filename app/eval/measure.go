package eval

import (
	"slices"

	"github.com/parallax-news/parallax/app/segment"
)

// ECBScore is what a grouping achieves on a topic.
type ECBScore struct {
	Gold     int // gold pairs whose both spans fall on body sentences, counted once per sentence pair
	Unmapped int // gold pairs with a span on no body sentence (a headline, say)
	Joined   int // of Gold, those whose two sentences are in one fact
	Facts    int // facts that hold sentences of more than one article
	Mixed    int // of Facts, those that hold articles of both events
	Big      int // the most sentences in one fact
}

// Add sums scores over topics.
func (s ECBScore) Add(o ECBScore) ECBScore {
	return ECBScore{s.Gold + o.Gold, s.Unmapped + o.Unmapped, s.Joined + o.Joined, s.Facts + o.Facts, s.Mixed + o.Mixed, max(s.Big, o.Big)}
}

// Recall is the share of gold same-event sentence pairs placed in one fact.
func (s ECBScore) Recall() float64 { return ratio(s.Joined, s.Gold) }

// Mixing is the share of multi-article facts that mix a topic's two events.
func (s ECBScore) Mixing() float64 { return ratio(s.Mixed, s.Facts) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// score measures a grouping of a prepared topic: facts[i] are the facts of
// sentence i in corpus order, one for each of its claims. A gold pair is
// joined when its two sentences share a fact. Cost: O(claims + gold pairs
// × claims of a sentence²).
func score(t Topic, p prepared, facts [][]int) ECBScore {
	s := ECBScore{Gold: len(p.gold), Unmapped: p.unmapped}
	for g := range p.gold {
		if shareAny(facts[g[0]], facts[g[1]]) {
			s.Joined++
		}
	}
	articles := map[int]map[string]bool{}
	size := map[int]int{}
	for _, id := range p.ids {
		for k := range p.spans[id] {
			for _, f := range facts[p.base[id]+k] {
				if articles[f] == nil {
					articles[f] = map[string]bool{}
				}
				articles[f][id] = true
				size[f]++
			}
		}
	}
	for f, arts := range articles {
		if len(arts) < 2 {
			continue
		}
		s.Facts++
		s.Big = max(s.Big, size[f])
		events := map[string]bool{}
		for id := range arts {
			events[t.Event[id]] = true
		}
		if len(events) > 1 {
			s.Mixed++
		}
	}
	return s
}

// sentenceAt returns the sentence that overlaps [start, end) the most.
func sentenceAt(spans []segment.Span, start, end int) (int, bool) {
	best, bestLen := -1, 0
	for i, sp := range spans {
		if o := min(end, sp.End) - max(start, sp.Start); o > bestLen {
			best, bestLen = i, o
		}
	}
	return best, best >= 0
}

// shareAny reports whether two short lists have an element in common.
func shareAny(a, b []int) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}
