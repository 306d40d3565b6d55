package eval

import (
	"fmt"

	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/segment"
)

// Run holds ECB+ topics prepared once, so that the engine and the
// baseline can be measured at many settings cheaply.
type Run struct {
	Topics []Topic
	topics []prepared
}

// prepared is one topic analysed: its corpus, baseline, sentences and gold
// pairs as sentence indexes.
type prepared struct {
	corpus   *compare.Corpus
	baseline *Baseline
	ids      []string                  // article ids in corpus order
	spans    map[string][]segment.Span // article id → its sentences
	base     map[string]int            // article id → the index of its first sentence in corpus order
	gold     map[[2]int]bool           // gold pairs as sentence indexes in corpus order, smaller first
	unmapped int                       // gold pairs with a span on no body sentence
}

// NewRun prepares every topic: sentences, stems, the engine's index, the
// baseline's vectors, and the gold pairs mapped to sentences once.
func NewRun(topics []Topic) (*Run, error) {
	r := &Run{Topics: topics}
	for _, t := range topics {
		c, err := compare.Prepare(t.Name, t.Articles)
		if err != nil {
			return nil, fmt.Errorf("topic %s: %w", t.Name, err)
		}
		p := prepared{corpus: c, baseline: NewBaseline(c.Sentences()), spans: map[string][]segment.Span{}, base: map[string]int{}, gold: map[[2]int]bool{}}
		ids, spans := c.Spans()
		k := 0
		for i, id := range ids {
			p.ids = append(p.ids, id)
			p.spans[id] = spans[i]
			p.base[id] = k
			k += len(spans[i])
		}
		for _, g := range t.Gold {
			i, okA := sentenceAt(p.spans[g.A], g.AStart, g.AEnd)
			j, okB := sentenceAt(p.spans[g.B], g.BStart, g.BEnd)
			if !okA || !okB {
				p.unmapped++
				continue
			}
			x, y := p.base[g.A]+i, p.base[g.B]+j
			p.gold[[2]int{min(x, y), max(x, y)}] = true
		}
		r.topics = append(r.topics, p)
	}
	return r, nil
}

// Engine scores the engine's facts at the strictness over the topics
// whose indexes are given (all when none are).
func (r *Run) Engine(strictness float64, topics ...int) ECBScore {
	return r.sum(topics, func(p prepared) [][]int {
		var flat [][]int
		for _, f := range p.corpus.FactIDs(strictness) {
			flat = append(flat, f...)
		}
		return flat
	})
}

// Baseline scores the baseline's components at the cosine threshold.
func (r *Run) Baseline(threshold float64, topics ...int) ECBScore {
	return r.sum(topics, func(p prepared) [][]int {
		facts := p.baseline.Facts(threshold)
		out := make([][]int, len(facts))
		for i, f := range facts {
			out[i] = []int{f}
		}
		return out
	})
}

// sum scores each topic's grouping (the facts of every sentence, one a
// claim, in corpus order) and adds the scores up.
func (r *Run) sum(topics []int, facts func(prepared) [][]int) ECBScore {
	if len(topics) == 0 {
		for i := range r.Topics {
			topics = append(topics, i)
		}
	}
	var total ECBScore
	for _, i := range topics {
		p := r.topics[i]
		total = total.Add(score(r.Topics[i], p, facts(p)))
	}
	return total
}
