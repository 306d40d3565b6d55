package eval

import (
	"math"
	"strconv"

	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/words"
)

// Split names the topics measured together.
type Split struct {
	Name   string
	Topics []int // indexes into Run.Topics
}

// Splits divides the topics into dev (named 1 to 5: tuning is done on
// them), test (the other numbered topics) and all. Topics not named by a
// number are only in all.
func (r *Run) Splits() []Split {
	var dev, test, all []int
	for i, t := range r.Topics {
		all = append(all, i)
		n, err := strconv.Atoi(t.Name)
		switch {
		case err != nil:
		case n >= 1 && n <= 5:
			dev = append(dev, i)
		default:
			test = append(test, i)
		}
	}
	var out []Split
	if len(dev) > 0 && len(test) > 0 {
		out = append(out, Split{"dev", dev}, Split{"test", test})
	}
	return append(out, Split{"all", all})
}

// Matched is the engine at a strictness beside the baseline at the
// threshold that matches it: the lowest cosine threshold whose mixing on
// the first split (dev) is no higher than the engine's there. At equal
// mixing, the higher recall is the better aligner.
type Matched struct {
	Strictness, Threshold float64
	Engine, Baseline      []ECBScore // by split, in Splits order
}

// Match measures the engine at strictness and the matched baseline.
func (r *Run) Match(strictness float64) Matched {
	splits := r.Splits()
	m := Matched{Strictness: strictness, Threshold: math.NaN()}
	for _, s := range splits {
		m.Engine = append(m.Engine, r.Engine(strictness, s.Topics...))
	}
	target := m.Engine[0].Mixing()
	for t := 0.05; t <= 0.95; t += 0.01 {
		if r.Baseline(t, splits[0].Topics...).Mixing() <= target {
			m.Threshold = math.Round(t*100) / 100
			break
		}
	}
	if math.IsNaN(m.Threshold) {
		m.Threshold = 0.95
	}
	for _, s := range splits {
		m.Baseline = append(m.Baseline, r.Baseline(m.Threshold, s.Topics...))
	}
	return m
}

// PairsResult is one method's decisions on a labelled pairs file.
type PairsResult struct {
	Method    string
	Threshold float64
	Tuned     bool // the threshold was chosen on this very file (an optimistic figure)
	Confusion
}

// MeasurePairs runs the engine's pair decision at strictness, and two plain
// baselines with the threshold that is best on the file itself: TF-IDF
// cosine and Jaccard over stem sets.
func MeasurePairs(pairs []Labelled, lang words.Language, strictness float64) []PairsResult {
	in := make([][2]string, len(pairs))
	for i, p := range pairs {
		in[i] = [2]string{p.A, p.B}
	}
	var same []bool
	for _, r := range compare.Pairs(in, lang, compare.Options{Strictness: strictness}) {
		same = append(same, r.Same)
	}
	if strictness <= 0 {
		strictness = compare.DefaultStrictness()
	}
	out := []PairsResult{{Method: "engine", Threshold: strictness, Confusion: Tally(pairs, same)}}
	an := words.NewAnalyzer(lang)
	out = append(out, best("TF-IDF cosine", pairs, Cosine(an, pairs)), best("stem Jaccard", pairs, Jaccard(an, pairs)))
	return out
}

// best picks the threshold with the highest accuracy on the pairs.
func best(method string, pairs []Labelled, scores []float64) PairsResult {
	res := PairsResult{Method: method, Tuned: true}
	for t := 0.0; t <= 1.0; t += 0.01 {
		same := make([]bool, len(scores))
		for i, s := range scores {
			same[i] = s >= t
		}
		c := Tally(pairs, same)
		if c.Accuracy() > res.Accuracy() {
			res.Confusion, res.Threshold = c, math.Round(t*100)/100
		}
	}
	return res
}

// Jaccard is |A∩B| / |A∪B| over the stems of the two sentences (stop
// words left out).
func Jaccard(an *words.Analyzer, pairs []Labelled) []float64 {
	set := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, t := range an.Tokens(s) {
			if !t.Stop {
				m[t.Key] = true
			}
		}
		return m
	}
	out := make([]float64, len(pairs))
	for i, p := range pairs {
		a, b := set(p.A), set(p.B)
		inter := 0
		for k := range a {
			if b[k] {
				inter++
			}
		}
		if u := len(a) + len(b) - inter; u > 0 {
			out[i] = float64(inter) / float64(u)
		}
	}
	return out
}
