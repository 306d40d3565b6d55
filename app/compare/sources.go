package compare

import (
	"fmt"
	"sort"

	"github.com/parallax-news/parallax/app/align"
)

// articleStats fills each article's Shared share and Unique sentences from
// the facts. Cost: O(sentences and claims).
func articleStats(r *Report) {
	for i := range r.Articles {
		a := &r.Articles[i]
		shared := 0
		for k, s := range a.Sentences {
			if s.Aside {
				continue // counts nowhere
			}
			told := s.Fact >= 0 && r.Shared(s.Fact)
			for _, c := range s.Claims {
				told = told || c.Fact >= 0 && r.Shared(c.Fact)
			}
			if told {
				shared++
			} else {
				a.Unique = append(a.Unique, k)
			}
		}
		if n := a.Counted(); n > 0 {
			a.Shared = round3(float64(shared) / float64(n))
		}
	}
}

// common counts, for each pair of articles, the facts both report.
func common(r *Report) [][]int {
	n := len(r.Articles)
	c := make([][]int, n)
	for i := range c {
		c[i] = make([]int, n)
	}
	for id := range r.Clusters {
		arts := r.Tellers(id)
		for x := range arts {
			for _, b := range arts[x+1:] {
				c[arts[x]][b]++
				c[b][arts[x]]++
			}
		}
	}
	return c
}

// Counted is how many of the article's sentences count: those not set
// aside.
func (a Article) Counted() int {
	n := 0
	for _, s := range a.Sentences {
		if !s.Aside {
			n++
		}
	}
	return n
}

// countedAll is each article's Counted, read once for the O(a²) passes.
func countedAll(r *Report) []int {
	out := make([]int, len(r.Articles))
	for i, a := range r.Articles {
		out[i] = a.Counted()
	}
	return out
}

// similarity is the Dice coefficient over facts: for articles with n_i and
// n_j sentences and c facts in common, 2c / (n_i + n_j). 1 on the diagonal.
// Cost: O(a²) for a articles, after common's pass over the facts.
func similarity(r *Report) [][]float64 {
	c, counted := common(r), countedAll(r)
	n := len(r.Articles)
	out := make([][]float64, n)
	for i := range out {
		out[i] = make([]float64, n)
		for j := range out[i] {
			ni, nj := counted[i], counted[j]
			switch {
			case i == j:
				out[i][j] = 1
			case ni+nj > 0:
				out[i][j] = round3(2 * float64(c[i][j]) / float64(ni+nj))
			}
		}
	}
	return out
}

// derivationFloor is the least likelihood worth reporting.
const derivationFloor = 0.25

// derivations estimates which article seems rewritten from which.
//
// For articles d and s, coverage is the share of d's sentences whose fact s
// also reports, and closeness the mean same-fact score of those sentence
// pairs (near 1 for copied wording, near the strictness for paraphrase).
// A rewrite carries most of its source's facts in close wording, so
//
//	likelihood = coverage(d in s) × closeness
//
// and the direction is the one with the larger coverage (the rewrite is
// mostly made of the source), unless the dates say otherwise: an article
// cannot derive from a later one. With no dates on either side the
// likelihood is lowered by a quarter, since order is only guessed.
// Cost: the pair scores inside every fact (at most one sentence per article
// each), then O(a²) over the a articles.
func derivations(r *Report, ix *align.Index, facts [][]int, where []loc) []Derivation {
	n := len(r.Articles)
	closeSum := make([][]float64, n)
	pairs := make([][]int, n)
	for i := range closeSum {
		closeSum[i] = make([]float64, n)
		pairs[i] = make([]int, n)
	}
	for _, f := range facts {
		for x := range f {
			for y := x + 1; y < len(f); y++ {
				a, b := where[f[x]].article, where[f[y]].article
				if a == b {
					continue
				}
				s := ix.Score(f[x], f[y]).Score
				closeSum[a][b] += s
				closeSum[b][a] += s
				pairs[a][b]++
				pairs[b][a]++
			}
		}
	}
	c, counted := common(r), countedAll(r)
	out := []Derivation{}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if c[i][j] == 0 {
				continue
			}
			closeness := closeSum[i][j] / float64(pairs[i][j])
			covI := float64(c[i][j]) / float64(counted[i])
			covJ := float64(c[i][j]) / float64(counted[j])
			d, s, cov := i, j, covI
			if covJ > covI {
				d, s, cov = j, i, covJ
			}
			dd, sd := r.Articles[d].Date, r.Articles[s].Date
			if dd != "" && sd != "" && dd < sd {
				// the likelier rewrite is dated earlier: turn it round
				d, s = s, d
				cov = float64(c[i][j]) / float64(counted[d])
				dd, sd = sd, dd
			}
			like := cov * closeness
			var when string
			switch {
			case dd != "" && sd != "" && dd > sd:
				when = fmt.Sprintf("; it is dated later (%s, after %s)", dd, sd)
			case dd != "" && sd != "":
				when = fmt.Sprintf("; both are dated %s", dd)
				like *= 0.85
			default:
				when = "; which came first is not known from the dates"
				like *= 0.75
			}
			if like < derivationFloor {
				continue
			}
			out = append(out, Derivation{
				Derived:    r.Articles[d].ID,
				Source:     r.Articles[s].ID,
				Likelihood: round3(like),
				Reason: fmt.Sprintf("%.0f%% of its sentences report facts the other also reports, in close wording (mean match %.2f)%s",
					100*cov, closeness, when),
			})
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Likelihood > out[b].Likelihood })
	return out
}
