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
	vecs     []map[int32]float64 // unit-length TF-IDF vectors
	article  []int
	postings [][]int32 // term → sentences holding it
	pairs    []scored  // every pair of different articles sharing a term, with its cosine; made on first use
}

type scored struct {
	a, b int32
	cos  float64
}

// NewBaseline vectorises the sentences. Cost: O(tokens).
func NewBaseline(sents []align.Sentence) *Baseline {
	b := &Baseline{vecs: make([]map[int32]float64, len(sents)), article: make([]int, len(sents))}
	ids := map[string]int32{}
	var df []int
	var postings [][]int32
	for i, s := range sents {
		b.article[i] = s.Article
		v := map[int32]float64{}
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
			if v[id] == 0 {
				df[id]++
				postings[id] = append(postings[id], int32(i))
			}
			v[id]++
		}
		b.vecs[i] = v
	}
	n := float64(len(sents))
	for _, v := range b.vecs {
		norm := 0.0
		for id, tf := range v {
			w := tf * math.Log(n/float64(df[id]))
			v[id] = w
			norm += w * w
		}
		norm = math.Sqrt(norm)
		for id := range v {
			if norm > 0 {
				v[id] /= norm
			}
		}
	}
	b.postings = postings
	return b
}

// score makes the scored pairs: every pair of sentences of different
// articles that share a term. Cost: O(Σ df²) over the terms.
func (b *Baseline) score() {
	seen := map[uint64]bool{}
	for _, p := range b.postings {
		for x, i := range p {
			for _, j := range p[x+1:] {
				k := uint64(i)<<32 | uint64(j)
				if b.article[i] == b.article[j] || seen[k] {
					continue
				}
				seen[k] = true
				b.pairs = append(b.pairs, scored{i, j, cosine(b.vecs[i], b.vecs[j])})
			}
		}
	}
}

func cosine(a, b map[int32]float64) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	s := 0.0
	for id, w := range a {
		s += w * b[id]
	}
	return s
}

// Facts returns each sentence's fact (its component's smallest sentence
// index) at the threshold.
func (b *Baseline) Facts(threshold float64) []int {
	if b.pairs == nil {
		b.score()
	}
	parent := make([]int, len(b.vecs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(x int) int {
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

// Cosine scores one pair of texts as the baseline would inside a corpus
// made of the given texts: the pairs-file baseline.
func Cosine(an *words.Analyzer, pairs []Labelled) []float64 {
	sents := make([]align.Sentence, 0, 2*len(pairs))
	for i, p := range pairs {
		sents = append(sents, align.Sentence{Article: 2 * i, Tokens: an.Tokens(p.A)}, align.Sentence{Article: 2*i + 1, Tokens: an.Tokens(p.B)})
	}
	b := NewBaseline(sents)
	out := make([]float64, len(pairs))
	for i := range pairs {
		out[i] = cosine(b.vecs[2*i], b.vecs[2*i+1])
	}
	return out
}
