package eval

import (
	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/segment"
)

// Grouping is a division of a corpus's sentences into facts: for each
// article id, its sentences' spans and the fact of each.
type Grouping struct {
	Spans map[string][]segment.Span
	Fact  map[string][]int
}

// FromReport reads the engine's facts from a report.
func FromReport(r *compare.Report) Grouping {
	g := Grouping{Spans: map[string][]segment.Span{}, Fact: map[string][]int{}}
	for _, a := range r.Articles {
		for _, s := range a.Sentences {
			g.Spans[a.ID] = append(g.Spans[a.ID], segment.Span{Start: s.Start, End: s.End})
			g.Fact[a.ID] = append(g.Fact[a.ID], s.Fact)
		}
	}
	return g
}

// ECBScore is what a grouping achieves on a topic.
type ECBScore struct {
	Gold     int // gold pairs whose both spans fall on body sentences, counted once per sentence pair
	Unmapped int // gold pairs with a span on no body sentence (a headline, say)
	Joined   int // of Gold, those whose two sentences are in one fact
	Facts    int // facts that hold sentences of more than one article
	Mixed    int // of Facts, those that hold articles of both events
	Largest  int // the most articles in one fact
	Big      int // the most sentences in one fact
	InFacts  int // sentences in multi-article facts
}

// Add sums scores over topics.
func (s ECBScore) Add(o ECBScore) ECBScore {
	return ECBScore{s.Gold + o.Gold, s.Unmapped + o.Unmapped, s.Joined + o.Joined, s.Facts + o.Facts, s.Mixed + o.Mixed,
		max(s.Largest, o.Largest), max(s.Big, o.Big), s.InFacts + o.InFacts}
}

// Recall is the share of gold same-event sentence pairs placed in one fact.
func (s ECBScore) Recall() float64 { return ratio(s.Joined, s.Gold) }

// Mixing is the share of multi-article facts that mix the topic's two events.
func (s ECBScore) Mixing() float64 { return ratio(s.Mixed, s.Facts) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score measures a grouping of topic t's sentences.
func Score(t Topic, g Grouping) ECBScore {
	var s ECBScore
	type key struct {
		a string
		i int
		b string
		j int
	}
	seen := map[key]bool{}
	for _, p := range t.Gold {
		i, okA := sentenceAt(g.Spans[p.A], p.AStart, p.AEnd)
		j, okB := sentenceAt(g.Spans[p.B], p.BStart, p.BEnd)
		if !okA || !okB {
			s.Unmapped++
			continue
		}
		k := key{p.A, i, p.B, j}
		if p.B < p.A || (p.B == p.A && j < i) {
			k = key{p.B, j, p.A, i}
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		s.Gold++
		if g.Fact[p.A][i] == g.Fact[p.B][j] {
			s.Joined++
		}
	}
	articles := map[int]map[string]bool{}
	size := map[int]int{}
	for id, facts := range g.Fact {
		for _, f := range facts {
			if articles[f] == nil {
				articles[f] = map[string]bool{}
			}
			articles[f][id] = true
			size[f]++
		}
	}
	for f, arts := range articles {
		if len(arts) < 2 {
			continue
		}
		s.Facts++
		s.Big = max(s.Big, size[f])
		s.InFacts += size[f]
		s.Largest = max(s.Largest, len(arts))
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
