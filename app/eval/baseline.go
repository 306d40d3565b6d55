package eval

import (
	"math"

	"github.com/parallax-news/parallax/app/align"
	"github.com/parallax-news/parallax/app/words"
)

// Baseline is the plain method a developer would reach for first, kept
// here to measure the engine against: each sentence a TF-IDF vector over
// its stems (stop words left out), cosine similarity, one threshold, and
// facts as the connected components of the pairs (from different articles)
// at or above it. Nothing stops chaining, and a fact may hold several
// sentences of one article.
type Baseline struct {
	n     int      // sentences
	pairs []scored // every pair of different articles sharing a term, with its cosine
}

type scored struct {
	a, b int32
	cos  float64
}

// vectors turns sentences into TF-IDF unit vectors and returns them with
// each term's postings. Sums run in term order, so the result does not
// depend on map order. Cost: O(tokens).
func vectors(sents []align.Sentence) ([]align.Vector, [][]int32) {
	ids := map[string]int32{}
	var df []int
	var postings [][]int32
	counts := make([]map[int32]float64, len(sents))
	for i, s := range sents {
		c := map[int32]float64{}
		for _, t := range s.Tokens {
			if t.Stop {
				continue
			}
			id, ok := ids[t.Key]
			if !ok {
				id = int32(len(df))
				ids[t.Key] = id
				df = append(df, 0)
				postings = append(postings, nil)
			}
			if c[id] == 0 {
				df[id]++
				postings[id] = append(postings[id], int32(i))
			}
			c[id]++
		}
		counts[i] = c
	}
	n := float64(len(sents))
	out := make([]align.Vector, len(sents))
	for i, c := range counts {
		for id := range c {
			c[id] *= math.Log(n / float64(df[id]))
		}
		out[i] = align.UnitVector(c)
	}
	return out, postings
}

// NewBaseline vectorises the sentences and scores every pair of sentences
// of different articles that share a term. Cost: O(Σ df²) over the terms.
func NewBaseline(sents []align.Sentence) *Baseline {
	vecs, postings := vectors(sents)
	b := &Baseline{n: len(sents)}
	seen := map[uint64]bool{}
	for _, p := range postings {
		for x, i := range p {
			for _, j := range p[x+1:] {
				k := uint64(i)<<32 | uint64(j)
				if sents[i].Article == sents[j].Article || seen[k] {
					continue
				}
				seen[k] = true
				b.pairs = append(b.pairs, scored{i, j, vecs[i].Dot(vecs[j])})
			}
		}
	}
	return b
}

// Facts returns each sentence's fact (its component's smallest sentence
// index) at the threshold. Cost: O(pairs · α), union-find.
func (b *Baseline) Facts(threshold float64) []int {
	parent := make([]int, b.n)
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, p := range b.pairs {
		if p.cos >= threshold {
			ra, rb := find(int(p.a)), find(int(p.b))
			if ra != rb {
				parent[max(ra, rb)] = min(ra, rb)
			}
		}
	}
	out := make([]int, len(parent))
	for i := range parent {
		out[i] = find(i)
	}
	return out
}

// Cosine scores each labelled pair as the baseline would inside a corpus
// made of the pairs' sentences: the pairs-file baseline.
func Cosine(an *words.Analyzer, pairs []Labelled) []float64 {
	sents := make([]align.Sentence, 0, 2*len(pairs))
	for i, p := range pairs {
		sents = append(sents, align.Sentence{Article: 2 * i, Tokens: an.Tokens(p.A)}, align.Sentence{Article: 2*i + 1, Tokens: an.Tokens(p.B)})
	}
	vecs, _ := vectors(sents)
	out := make([]float64, len(pairs))
	for i := range pairs {
		out[i] = vecs[2*i].Dot(vecs[2*i+1])
	}
	return out
}
