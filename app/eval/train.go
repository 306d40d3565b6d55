package eval

import (
	"bytes"
	"fmt"
	"go/format"
	"io"
	"math"

	"github.com/parallax-news/parallax/app/align"
)

// Example is one labelled pair for training a model: two sentences for
// the same-fact model, two articles for the same-event model.
type Example struct {
	Pair   [2]int // the two claims (Corpus.Units), or articles, as indexes in the topic's corpus order
	F      align.Features
	Same   bool
	Weight float64
}

// FactExamples are the ECB+ training pairs of the same-fact model, from
// the given topics: candidate pairs the aligner would score whose two
// sentences report one event, labelled same when the gold links them and
// different when both sentences are annotated (each is in some gold pair)
// and the gold does not link them: the annotators marked the actions of
// both, and they are different actions. Other candidate pairs are left
// out: the annotation is partial, so a sentence no one annotated is no
// negative, and pairs across the topic's two events are the same-event
// model's to judge (EventExamples).
func (r *Run) FactExamples(topics ...int) []Example {
	var out []Example
	for _, ti := range topics {
		t, p := r.Topics[ti], r.topics[ti]
		ix := p.corpus.Index()
		units := p.corpus.Units()
		annotated := map[int]bool{}
		for g := range p.gold {
			annotated[g[0]], annotated[g[1]] = true, true
		}
		for _, c := range ix.Candidates() {
			x, y := int(c[0]), int(c[1])
			if units[x].Part || units[y].Part || t.Event[p.ids[units[x].Article]] != t.Event[p.ids[units[y].Article]] {
				continue // claims are measured, not trained on: their labels are their sentences'
			}
			sx, sy := p.corpus.UnitSentence(x), p.corpus.UnitSentence(y)
			same := p.gold[[2]int{min(sx, sy), max(sx, sy)}]
			if !same && !(annotated[sx] && annotated[sy]) {
				continue
			}
			_, f := ix.Compare(x, y)
			out = append(out, Example{Pair: [2]int{x, y}, F: f, Same: same, Weight: 1})
		}
	}
	return out
}

// EventExamples are the ECB+ training pairs of the same-event model, from
// the given topics: every pair of a topic's articles, labelled same when
// both report one of its two events. The labels are the corpus's own
// (gold.tsv's `sub` lines), complete and exact.
func (r *Run) EventExamples(topics ...int) []Example {
	var out []Example
	for _, ti := range topics {
		t, p := r.Topics[ti], r.topics[ti]
		ix := p.corpus.Index()
		for a := range p.ids {
			for b := a + 1; b < len(p.ids); b++ {
				out = append(out, Example{Pair: [2]int{a, b}, F: ix.ArticleFeatures(a, b), Same: t.Event[p.ids[a]] == t.Event[p.ids[b]], Weight: 1})
			}
		}
	}
	return out
}

// Balance reweights examples so that same and different pairs weigh
// total/2 each. Without weight on both sides there is nothing to balance,
// and a model fitted on one label would learn only its bias: that is an
// error, and the weights are left as they were.
func Balance(ex []Example, total float64) error {
	var pos, neg float64
	same := 0
	for _, e := range ex {
		if e.Same {
			pos += e.Weight
			same++
		} else {
			neg += e.Weight
		}
	}
	if pos <= 0 || neg <= 0 {
		return fmt.Errorf("%d examples labelled same and %d different; a model needs both", same, len(ex)-same)
	}
	for i := range ex {
		if ex[i].Same {
			ex[i].Weight *= total / 2 / pos
		} else {
			ex[i].Weight *= total / 2 / neg
		}
	}
	return nil
}

// Train fits a logistic model by full-batch gradient descent on the
// weighted log loss with an L2 penalty l2 on the weights (not the bias),
// reading only the features listed in use (all when use is empty).
// Deterministic: the same examples give the same model. Cost: O(iters ·
// examples · features).
func Train(ex []Example, use []int, l2 float64, iters int) align.Model {
	if len(use) > 0 {
		masked := make([]Example, len(ex))
		for i, e := range ex {
			masked[i] = Example{Same: e.Same, Weight: e.Weight}
			for _, k := range use {
				masked[i].F[k] = e.F[k]
			}
		}
		ex = masked
	}
	var m align.Model
	var sumW float64
	for _, e := range ex {
		sumW += e.Weight
	}
	// Adam (Kingma & Ba, 2015) on the full batch: robust to the features'
	// different scales without tuning a learning rate per feature.
	const lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
	var mw, vw align.Features
	var mb, vb float64
	for it := 1; it <= iters; it++ {
		var gw align.Features
		var gb float64
		for _, e := range ex {
			p := m.Prob(e.F)
			y := 0.0
			if e.Same {
				y = 1
			}
			d := e.Weight * (p - y) / sumW
			gb += d
			for i, x := range e.F {
				gw[i] += d * x
			}
		}
		for i := range gw {
			gw[i] += l2 * m.W[i]
			mw[i] = b1*mw[i] + (1-b1)*gw[i]
			vw[i] = b2*vw[i] + (1-b2)*gw[i]*gw[i]
			m.W[i] -= lr * (mw[i] / (1 - math.Pow(b1, float64(it)))) / (math.Sqrt(vw[i]/(1-math.Pow(b2, float64(it)))) + eps)
		}
		mb = b1*mb + (1-b1)*gb
		vb = b2*vb + (1-b2)*gb*gb
		m.Bias -= lr * (mb / (1 - math.Pow(b1, float64(it)))) / (math.Sqrt(vb/(1-math.Pow(b2, float64(it)))) + eps)
	}
	return m
}

// WriteWeights writes the two models as the gofmt-ed Go source of
// app/align/weights.go.
func WriteWeights(w io.Writer, event, fact align.Model, provenance string) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by %s; DO NOT EDIT.\n\npackage align\n\n", provenance)
	b.WriteString("// The models Score multiplies, fitted by the command above on the ECB+\n// dev topics (see docs/design.md, \"Alignment\").\nvar (\n")
	for _, m := range []struct {
		name, doc string
		m         align.Model
	}{
		{"sameEvent", "that two articles report one event", event},
		{"sameFact", "that two sentences of one event report the same fact", fact},
	} {
		fmt.Fprintf(&b, "\t// %s: %s.\n\t%s = Model{\n\t\tBias: %.4f,\n\t\tW: Features{\n", m.name, m.doc, m.name, m.m.Bias)
		for i, name := range align.FeatureNames() {
			if m.m.W[i] != 0 {
				fmt.Fprintf(&b, "\t\t\tf%s: %.4f,\n", upperFirst(name), m.m.W[i])
			}
		}
		b.WriteString("\t\t},\n\t}\n")
	}
	b.WriteString(")\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		return err
	}
	_, err = w.Write(src)
	return err
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
