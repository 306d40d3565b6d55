package eval

import (
	"fmt"

	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/segment"
)

// Run holds ECB+ topics prepared once, so that the engine and the
// baseline can be measured at many settings cheaply.
type Run struct {
	Topics    []Topic
	corpora   []*compare.Corpus
	baselines []*Baseline
	spans     []map[string][]segment.Span
	ids       [][]string // article ids in corpus order
}

// NewRun prepares every topic: sentences, stems, the engine's index and
// the baseline's vectors.
func NewRun(topics []Topic) (*Run, error) {
	r := &Run{Topics: topics}
	for _, t := range topics {
		c, err := compare.Prepare(t.Name, t.Articles)
		if err != nil {
			return nil, fmt.Errorf("topic %s: %w", t.Name, err)
		}
		rep := c.Compare(compare.Options{})
		spans := map[string][]segment.Span{}
		var ids []string
		for _, a := range rep.Articles {
			ids = append(ids, a.ID)
			for _, s := range a.Sentences {
				spans[a.ID] = append(spans[a.ID], segment.Span{Start: s.Start, End: s.End})
			}
		}
		r.corpora = append(r.corpora, c)
		r.baselines = append(r.baselines, NewBaseline(c.Sentences()))
		r.spans = append(r.spans, spans)
		r.ids = append(r.ids, ids)
	}
	return r, nil
}

// Engine scores the engine's facts at the strictness over the topics
// whose indexes are given (all when none are).
func (r *Run) Engine(strictness float64, topics ...int) ECBScore {
	return r.sum(topics, func(i int) [][]int { return r.corpora[i].FactIDs(strictness) })
}

// Baseline scores the baseline's components at the cosine threshold.
func (r *Run) Baseline(threshold float64, topics ...int) ECBScore {
	return r.sum(topics, func(i int) [][]int {
		flat := r.baselines[i].Facts(threshold)
		out := make([][]int, len(r.ids[i]))
		k := 0
		for a, id := range r.ids[i] {
			out[a] = flat[k : k+len(r.spans[i][id])]
			k += len(r.spans[i][id])
		}
		return out
	})
}

func (r *Run) sum(topics []int, facts func(int) [][]int) ECBScore {
	if len(topics) == 0 {
		for i := range r.Topics {
			topics = append(topics, i)
		}
	}
	var total ECBScore
	for _, i := range topics {
		f := facts(i)
		g := Grouping{Spans: r.spans[i], Fact: map[string][]int{}}
		for a, id := range r.ids[i] {
			g.Fact[id] = f[a]
		}
		total = total.Add(Score(r.Topics[i], g))
	}
	return total
}

// PairScores is a diagnostic: for every pair of sentences of different
// articles in the topics, the engine's score and the baseline's cosine,
// labelled 1 for a gold same-event pair, 0 for a pair across the two
// events, and skipped otherwise (unannotated pairs of one event).
func (r *Run) PairScores(topics ...int) (engine, cosine []float64, label []bool) {
	if len(topics) == 0 {
		for i := range r.Topics {
			topics = append(topics, i)
		}
	}
	for _, ti := range topics {
		t := r.Topics[ti]
		gold := map[[2]int]bool{}
		// flat sentence index of (article, sentence)
		base := map[string]int{}
		k := 0
		for _, id := range r.ids[ti] {
			base[id] = k
			k += len(r.spans[ti][id])
		}
		for _, p := range t.Gold {
			i, okA := sentenceAt(r.spans[ti][p.A], p.AStart, p.AEnd)
			j, okB := sentenceAt(r.spans[ti][p.B], p.BStart, p.BEnd)
			if okA && okB {
				x, y := base[p.A]+i, base[p.B]+j
				gold[[2]int{min(x, y), max(x, y)}] = true
			}
		}
		sents := r.corpora[ti].Sentences()
		ix := r.corpora[ti].Index()
		b := r.baselines[ti]
		art := func(s int) string { return r.ids[ti][sents[s].Article] }
		for x := range sents {
			for y := x + 1; y < len(sents); y++ {
				if sents[x].Article == sents[y].Article {
					continue
				}
				pos := gold[[2]int{x, y}]
				cross := t.Event[art(x)] != t.Event[art(y)]
				if !pos && !cross {
					continue
				}
				engine = append(engine, ix.Score(x, y).Score)
				cosine = append(cosine, cosineOf(b, x, y))
				label = append(label, pos)
			}
		}
	}
	return
}

func cosineOf(b *Baseline, x, y int) float64 { return cosine(b.vecs[x], b.vecs[y]) }
