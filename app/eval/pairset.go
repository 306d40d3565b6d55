package eval

import (
	"fmt"
	"io"
	"slices"

	"github.com/parallax-news/parallax/app/align"
	"github.com/parallax-news/parallax/app/words"
)

// PairSet is a group of labelled sentence pairs scored together, as one
// small corpus: one SuperPAL topic (its articles' annotated sentences) or
// one file of labelled pairs.
type PairSet struct {
	Name  string
	Sents []align.Sentence // distinct sentences; Article tells their articles apart
	Pairs []SetPair
}

// SetPair is a labelled pair of a PairSet's sentences.
type SetPair struct {
	A, B int  // indexes into Sents
	Same bool // both state one fact (SuperPAL: something one summary sentence says)
	Span bool // the stricter label: SuperPAL's aligned parts of the summary overlap; Same elsewhere
}

// Labels lists the pairs' labels, Span's when span is set.
func (s PairSet) Labels(span bool) []bool {
	out := make([]bool, len(s.Pairs))
	for i, p := range s.Pairs {
		out[i] = p.Same
		if span {
			out[i] = p.Span
		}
	}
	return out
}

// ReadSuperPAL reads SuperPAL's derived pairs file (dev-pairs.tsv in
// ../shared/eval/superpal: a `#` header, then same, span, topic, doc_a,
// doc_b, sentence_a, sentence_b), one PairSet a topic in the order the
// topics first appear, each distinct sentence of a document once. A
// malformed line is an error naming it.
//
// Every sentence is given one article: a topic is one story, so the
// same-event model has nothing to tell, and the file holds only the
// annotated sentences of each document, too few to stand for the whole
// article that model reads. The pairs measure the same-fact decision.
func ReadSuperPAL(name string, r io.Reader, lang words.Language) ([]PairSet, error) {
	an := words.NewAnalyzer(lang)
	var sets []PairSet
	topic := map[string]int{}      // topic → index in sets
	sents := []map[[2]string]int{} // by topic: (document, sentence) → index in Sents
	var bad error
	err := ScanTSV(name, r, func(line int, f []string) bool {
		if len(f) > 0 && len(f[0]) > 0 && f[0][0] == '#' {
			return true
		}
		if len(f) != 7 || !isBit(f[0]) || !isBit(f[1]) {
			bad = fmt.Errorf("%s:%d: expected same<TAB>span<TAB>topic<TAB>doc_a<TAB>doc_b<TAB>sentence_a<TAB>sentence_b with labels 1 or 0", name, line)
			return false
		}
		t, ok := topic[f[2]]
		if !ok {
			t = len(sets)
			topic[f[2]] = t
			sets = append(sets, PairSet{Name: f[2]})
			sents = append(sents, map[[2]string]int{})
		}
		set := &sets[t]
		at := func(doc, text string) int {
			if i, ok := sents[t][[2]string{doc, text}]; ok {
				return i
			}
			set.Sents = append(set.Sents, align.Sentence{Tokens: an.Tokens(text)})
			sents[t][[2]string{doc, text}] = len(set.Sents) - 1
			return len(set.Sents) - 1
		}
		set.Pairs = append(set.Pairs, SetPair{A: at(f[3], f[5]), B: at(f[4], f[6]), Same: f[0] == "1", Span: f[1] == "1"})
		return true
	})
	if bad != nil {
		return nil, bad
	}
	if err != nil {
		return nil, err
	}
	if len(sets) == 0 {
		return nil, fmt.Errorf("%s: no labelled pairs", name)
	}
	return sets, nil
}

func isBit(s string) bool { return s == "0" || s == "1" }

// LabelledSet makes a PairSet of labelled pairs, each sentence an entry
// of its own and all of one article, as compare.Pairs scores a batch: a
// pair has no articles around it, so the sentences alone decide.
func LabelledSet(name string, pairs []Labelled, lang words.Language) PairSet {
	an := words.NewAnalyzer(lang)
	s := PairSet{Name: name}
	for _, p := range pairs {
		s.Sents = append(s.Sents, align.Sentence{Tokens: an.Tokens(p.A)}, align.Sentence{Tokens: an.Tokens(p.B)})
		s.Pairs = append(s.Pairs, SetPair{A: len(s.Sents) - 2, B: len(s.Sents) - 1, Same: p.Same, Span: p.Same})
	}
	return s
}

// Scored holds one method's scores of a PairSet's pairs, in order.
type Scored struct {
	Method string
	Scores []float64
}

// Methods are the scores compared on pair sets: the engine's, and the two
// plain overlaps it is measured against.
const (
	MethodEngine = "engine"
	MethodStems  = "stem Jaccard"
	MethodWords  = "word Jaccard"
)

// Score scores the set's pairs by the engine (align.Index.Score over the
// set's sentences as one corpus), by stem Jaccard (content stems, stop
// words left out) and by word Jaccard (every word lower-cased, stop words
// kept, unstemmed). Cost: O(tokens) to index, O(|a| + |b|) a pair.
func (s PairSet) Score() []Scored {
	ix := align.NewIndex(s.Sents)
	out := []Scored{{Method: MethodEngine}, {Method: MethodStems}, {Method: MethodWords}}
	for _, p := range s.Pairs {
		a, b := s.Sents[p.A].Tokens, s.Sents[p.B].Tokens
		out[0].Scores = append(out[0].Scores, ix.Score(p.A, p.B).Score)
		out[1].Scores = append(out[1].Scores, StemJaccard(a, b))
		out[2].Scores = append(out[2].Scores, WordJaccard(a, b))
	}
	return out
}

// StemJaccard is the Jaccard index of two sentences' stems, stop words
// left out: the plain baseline of the pair decision.
func StemJaccard(a, b []words.Token) float64 { return setJaccard(keys(a, true), keys(b, true)) }

// WordJaccard is the Jaccard index of two sentences' words, lower-cased
// and unstemmed, stop words kept.
func WordJaccard(a, b []words.Token) float64 { return setJaccard(keys(a, false), keys(b, false)) }

// keys are the stems of the tokens that are not stop words, or every
// token's normal form.
func keys(toks []words.Token, stems bool) []string {
	var out []string
	for _, t := range toks {
		switch {
		case !stems:
			out = append(out, t.Norm)
		case !t.Stop:
			out = append(out, t.Key)
		}
	}
	return out
}

// Examples are the set's pairs as training examples of the same-fact
// model, labelled by Span when span is set, each weighing 1.
func (s PairSet) Examples(span bool) []Example {
	ix := align.NewIndex(s.Sents)
	labels := s.Labels(span)
	out := make([]Example, len(s.Pairs))
	for i, p := range s.Pairs {
		_, f := ix.Compare(p.A, p.B)
		out[i] = Example{Pair: [2]int{p.A, p.B}, F: f, Same: labels[i], Weight: 1}
	}
	return out
}

// setJaccard is |A∩B| / |A∪B| of two lists taken as sets; 0 when both
// are empty.
func setJaccard(a, b []string) float64 {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	a, b = slices.Compact(a), slices.Compact(b)
	in := align.CountShared(a, b)
	if u := len(a) + len(b) - in; u > 0 {
		return float64(in) / float64(u)
	}
	return 0
}
