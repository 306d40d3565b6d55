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

// Matched compares the engine at a strictness with the baseline on each
// split, both ways: the best recall the baseline reaches without mixing
// more than the engine, and the least mixing it reaches while finding at
// least the engine's recall. The engine beats the baseline on a split when
// it has more recall than the first and less mixing than the second.
type Matched struct {
	Strictness float64
	Splits     []Split
	Engine     []ECBScore // by split
	// AtMixing is the baseline's best recall at no more than the engine's
	// mixing, with the threshold that gives it (NaN when none does).
	AtMixing          []ECBScore
	AtMixingThreshold []float64
	// AtRecall is the baseline's least mixing at no less than the
	// engine's recall, with its threshold (NaN when none reaches it).
	AtRecall          []ECBScore
	AtRecallThreshold []float64
}

// Beats reports whether the engine beats the baseline on split i.
func (m Matched) Beats(i int) bool {
	e := m.Engine[i]
	return !math.IsNaN(m.AtMixingThreshold[i]) && e.Recall() > m.AtMixing[i].Recall() &&
		(math.IsNaN(m.AtRecallThreshold[i]) || e.Mixing() < m.AtRecall[i].Mixing())
}

// Thresholds are the baseline's cosine thresholds tried: 0.05 to 0.95 by
// 0.01, computed from whole hundredths so that every value is exact.
func Thresholds() []float64 {
	var out []float64
	for k := 5; k <= 95; k++ {
		out = append(out, float64(k)/100)
	}
	return out
}

// Match measures the engine at strictness and the baseline across its
// thresholds on every split.
func (r *Run) Match(strictness float64) Matched {
	m := Matched{Strictness: strictness, Splits: r.Splits()}
	ts := Thresholds()
	for _, sp := range m.Splits {
		e := r.Engine(strictness, sp.Topics...)
		m.Engine = append(m.Engine, e)
		var atMix, atRec ECBScore
		tMix, tRec := math.NaN(), math.NaN()
		for _, t := range ts {
			b := r.Baseline(t, sp.Topics...)
			if b.Mixing() <= e.Mixing() && (math.IsNaN(tMix) || b.Recall() > atMix.Recall()) {
				atMix, tMix = b, t
			}
			if b.Recall() >= e.Recall() && (math.IsNaN(tRec) || b.Mixing() < atRec.Mixing()) {
				atRec, tRec = b, t
			}
		}
		m.AtMixing, m.AtMixingThreshold = append(m.AtMixing, atMix), append(m.AtMixingThreshold, tMix)
		m.AtRecall, m.AtRecallThreshold = append(m.AtRecall, atRec), append(m.AtRecallThreshold, tRec)
	}
	return m
}

// PairsResult is one method's decisions on a labelled pairs file.
type PairsResult struct {
	Method    string
	Threshold float64
	Tuned     bool    // the threshold was chosen on this very file here (an optimistic figure)
	AUC       float64 // how well the method's scores rank same pairs above different ones, whatever the threshold
	Confusion
}

// MeasurePairs runs the engine's pair decision at strictness, then the
// engine and three plain baselines, TF-IDF cosine, stem Jaccard and word
// Jaccard, each at the threshold that is best on the file itself.
func MeasurePairs(pairs []Labelled, lang words.Language, strictness float64) []PairsResult {
	in := make([][2]string, len(pairs))
	for i, p := range pairs {
		in[i] = [2]string{p.A, p.B}
	}
	var same []bool
	var scores []float64
	for _, r := range compare.Pairs(in, lang, compare.Options{Strictness: strictness}) {
		same = append(same, r.Same)
		scores = append(scores, r.Score)
	}
	if strictness <= 0 {
		strictness = compare.DefaultStrictness()
	}
	out := []PairsResult{{Method: "engine", Threshold: strictness, AUC: AUC(pairs, scores), Confusion: Tally(pairs, same)}}
	an := words.NewAnalyzer(lang)
	return append(out, best("engine", pairs, scores), best("TF-IDF cosine", pairs, Cosine(an, pairs)),
		best(MethodStems, pairs, Jaccard(an, pairs)), best(MethodWords, pairs, WordJaccards(an, pairs)))
}

// best picks the threshold with the highest accuracy on the pairs.
func best(method string, pairs []Labelled, scores []float64) PairsResult {
	res := PairsResult{Method: method, Tuned: true, AUC: AUC(pairs, scores)}
	for k := 0; k <= 100; k++ {
		t := float64(k) / 100
		same := make([]bool, len(scores))
		for i, s := range scores {
			same[i] = s >= t
		}
		c := Tally(pairs, same)
		if c.Accuracy() > res.Accuracy() {
			res.Confusion, res.Threshold = c, t
		}
	}
	return res
}

// Jaccard scores each pair by StemJaccard.
func Jaccard(an *words.Analyzer, pairs []Labelled) []float64 {
	out := make([]float64, len(pairs))
	for i, p := range pairs {
		out[i] = StemJaccard(an.Tokens(p.A), an.Tokens(p.B))
	}
	return out
}

// WordJaccards scores each pair by WordJaccard.
func WordJaccards(an *words.Analyzer, pairs []Labelled) []float64 {
	out := make([]float64, len(pairs))
	for i, p := range pairs {
		out[i] = WordJaccard(an.Tokens(p.A), an.Tokens(p.B))
	}
	return out
}
