package align

import (
	"cmp"
	"math"
)

// Link is the evidence that two sentences report the same fact.
type Link struct {
	A, B  int     // sentence indexes in the Index
	Score float64 // 0 to 1: the models' probability that they do (Score)
	// Shared and Phrases are filled by Evidence only: the terms both hold
	// (Index.Term gives their keys), and the two-word phrases both hold,
	// as pairs of terms.
	Shared  []int32
	Phrases [][2]int32
}

// Features are what the two models read of a sentence pair, each between
// 0 and 1: the last two (fDocSim, fNamesApart) are of the pair's two
// articles, read by the same-event model; the others are of the two
// sentences, read by the same-fact model.
const (
	// fStems is the Jaccard index of the two sentences' terms: content
	// words by their Snowball stems (a name spelled two ways counts once,
	// see nameAliases), figures by their digits, stop words left out. How
	// much of what both say is said by both.
	fStems = iota
	// fWords is the Jaccard index of all their words, lower-cased and
	// unstemmed, stop words kept: it rewards wording kept whole (a quote,
	// a sentence copied from a wire story) over the same stems rearranged.
	fWords
	// fFewWords is 1 when the pair shares fewer than two terms that are
	// not figures: the rule of Score, not a model input.
	fFewWords
	fDocSim     // articles: the cosine of their IDF-weighted terms: about one event at all?
	fNamesApart // articles: 1 − the cosine of the terms each uses as names, 0 when either names no one: other people, another event?
	numFeatures
)

// FeatureIndex returns the index of a named feature, or -1.
func FeatureIndex(name string) int {
	for i, n := range featureNames {
		if n == name {
			return i
		}
	}
	return -1
}

// FeatureNames returns the features' names, in order.
func FeatureNames() []string { return featureNames[:] }

// featureNames name the features, in order. Never written.
var featureNames = [numFeatures]string{"stems", "words", "fewWords", "docSim", "namesApart"}

// Features is one pair's feature vector.
type Features [numFeatures]float64

// Model is a logistic model over Features: P = σ(Bias + W·f).
type Model struct {
	Bias float64
	W    Features
}

// Prob returns the model's probability for a feature vector.
func (m Model) Prob(f Features) float64 {
	z := m.Bias
	for i, x := range f {
		z += m.W[i] * x
	}
	return 1 / (1 + math.Exp(-z))
}

// FewWordsFactor is what Score multiplies the probability of a pair by
// when it shares fewer than two terms that are not figures (fFewWords):
// one topic word or one figure never makes a fact, whatever else the
// pair has in common. Measured on SuperPAL dev, cross-validated by topic,
// the rule raises the AUC by 0.015 and costs the seed pairs 0.001.
// Counting names out as well ("fewer than two words that are not names")
// costs the seed pairs 0.03: it parts "Their first meeting took place in
// February in Riyadh" from "Their first face-to-face engagement occurred
// in February in Riyadh", where February and Riyadh are capitalised.
const FewWordsFactor = 1.0 / 3

// Score compares sentences a and b with the fitted models (weights.go).
// It is the one same-fact measure that clustering, near misses and the
// `pairs` command share, the product of two probabilities:
//
//   - sameEvent: that the two articles report one event, from the whole
//     articles (fDocSim, fNamesApart). Articles on one event share their
//     people and places; two similar events (two earthquakes, two
//     signings) share the words of what happened but not the names.
//     Fitted on ECB+, whose topics pair two such events.
//   - sameFact: that the two sentences, given one event, state the same
//     fact, from the overlap of their stems and of their words (fStems,
//     fWords). Fitted on fact-level alignments of real news (SuperPAL)
//     and the seed corpus's labelled pairs; plain overlap ranked pairs
//     better there than every weighted or hand-made score tried
//     (docs/evaluation.md).
//
// On a corpus about one event, as Parallax's are, sameEvent is near 1 for
// every pair and the sentences alone decide; it only ever takes away.
// Neither model reads a word list of its own (stop words are each
// language's Snowball list), so the score works alike in every language
// Parallax stems. A pair that shares fewer than two words is
// scaled by FewWordsFactor. Cost:
// O(|a| + |b|), merges of sorted lists.
func (ix *Index) Score(a, b int) Link { return ix.ScoreWith(a, b, sameEvent, sameFact) }

// ScoreWith is Score with other models in place of the fitted ones: for
// measuring a model fitted without the data it is measured on.
func (ix *Index) ScoreWith(a, b int, event, fact Model) Link {
	l, f := ix.Compare(a, b)
	if f[fStems] > 0 {
		l.Score = event.Prob(f) * fact.Prob(f)
		if f[fFewWords] == 1 {
			l.Score *= FewWordsFactor
		}
	}
	return l
}

// Models returns the fitted models Score multiplies: same event, same fact.
func Models() (event, fact Model) { return sameEvent, sameFact }

// Compare returns the link between sentences a and b, without its score
// or its evidence (Evidence), and the pair's features. Pairs that share
// no term have every sentence feature 0. It allocates nothing: the
// aligner compares every candidate pair.
func (ix *Index) Compare(a, b int) (Link, Features) {
	fa, fb := &ix.sents[a], &ix.sents[b]
	l := Link{A: a, B: b}
	var f Features
	shared, words := 0, 0 // shared terms; of them, those that are not figures
	for i, j := 0, 0; i < len(fa.terms) && j < len(fb.terms); {
		switch {
		case fa.terms[i] < fb.terms[j]:
			i++
		case fa.terms[i] > fb.terms[j]:
			j++
		default:
			shared++
			if fa.kinds[i] != number {
				words++
			}
			i++
			j++
		}
	}
	if shared == 0 {
		return l, f
	}
	f[fStems] = jaccard(shared, len(fa.terms), len(fb.terms))
	f[fWords] = jaccard(CountShared(fa.words, fb.words), len(fa.words), len(fb.words))
	if words < 2 {
		f[fFewWords] = 1
	}
	ix.articleFeatures(&f, ix.article[a], ix.article[b])
	return l, f
}

// Evidence returns l with what its two sentences share: the terms and
// the two-word phrases, for the reader to see why they were joined. Cost:
// O(|a| + |b|).
func (ix *Index) Evidence(l Link) Link {
	fa, fb := &ix.sents[l.A], &ix.sents[l.B]
	l.Shared, l.Phrases = sharedOf(fa.terms, fb.terms), nil
	for _, b := range sharedOf(fa.bigrams, fb.bigrams) {
		l.Phrases = append(l.Phrases, [2]int32{int32(b >> 32), int32(b & 0xffffffff)})
	}
	return l
}

// sharedOf returns the elements two ascending lists without repeats have
// in common, in order: CountShared's merge, collecting. nil when none.
func sharedOf[T cmp.Ordered](a, b []T) []T {
	var out []T
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// jaccard is |A∩B| / |A∪B| from the sizes.
func jaccard(shared, a, b int) float64 {
	if u := a + b - shared; u > 0 {
		return float64(shared) / float64(u)
	}
	return 0
}

// CountShared counts the elements two ascending lists without repeats
// have in common: a merge, O(|a| + |b|).
func CountShared[T cmp.Ordered](a, b []T) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// ArticleFeatures returns the features of two articles (by the Article of
// their sentences), the same-event model's input; the sentence features
// are 0.
func (ix *Index) ArticleFeatures(a, b int) Features {
	var f Features
	ix.articleFeatures(&f, a, b)
	return f
}

func (ix *Index) articleFeatures(f *Features, a, b int) {
	d := ix.docSim(a, b)
	f[fDocSim], f[fNamesApart] = d[0], d[1]
}
