package align

import "math"

// Link is the evidence that two sentences report the same fact.
type Link struct {
	A, B    int        // sentence indexes in the Index
	Score   float64    // 0 to 1: the models' probability that they do (Score)
	Shared  []int32    // the terms both hold (Index.Term gives their keys)
	Phrases [][2]int32 // the two-word phrases both hold, as pairs of terms
}

// Features are what the two models read of a sentence pair, each between
// 0 and 1: the last two (fDocSim, fNamesApart) are of the pair's two
// articles, read by the same-event model; the others are of the two
// sentences, read by the same-fact model. With w(t) the IDF weight of
// term t over the corpus's sentences, scaled for names and numbers (see
// scale; a term shared in two uses takes the mean of both weights), and
// W(s) the sum over a sentence:
const (
	fOverlap    = iota // the hand-made overlap score, below
	fDice              // 2·Σw(shared) / (W(a) + W(b)): how much of both is shared
	fCover             // Σw(shared) / min(W(a), W(b)): how much of the shorter
	fPlainDice         // dice over words that are neither names nor figures: what happened
	fNameDice          // dice over names: who and where (0 when neither names anyone)
	fNameMiss          // both name someone, and the names differ: 1 − name dice
	fNumMatch          // both give a figure and share one, and share words besides (not fFewWords)
	fNumClash          // both give figures and share none
	fPhrases           // shared two-word phrases, up to three
	fLenRatio          // min(W) / max(W): a headline against a paragraph-long sentence
	fShort             // the shorter sentence has fewer than four terms
	fFewWords          // fewer than two words shared, or fewer than two that are not names
	fRare              // the rarest shared plain word's IDF, over the largest possible
	fDocSim            // articles: the cosine of their weighted terms: about one event at all?
	fNamesApart        // articles: 1 − the cosine of the terms each uses as names, 0 when either names no one: other people, another event?
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
var featureNames = [numFeatures]string{
	"overlap", "dice", "cover", "plainDice", "nameDice", "nameMiss", "numMatch", "numClash",
	"phrases", "lenRatio", "short", "fewWords", "rare", "docSim", "namesApart",
}

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

// Score compares sentences a and b with the trained models (weights.go).
// It is the one same-fact measure that clustering and the `pairs` command
// share, the product of two probabilities:
//
//   - sameEvent: that the two articles report one event, from the whole
//     articles (fDocSim, fNamesApart). Articles on one event share their
//     people and places; two similar events (two earthquakes, two
//     signings) share the words of what happened but not the names.
//   - sameFact: that the two sentences, given one event, report the same
//     fact, from the sentences alone.
//
// Kept apart, the article-level evidence only ever takes away: on a corpus
// about one event, as Parallax's are, sameEvent is near 1 for every pair
// and the sentences alone decide. It is a ceiling, though: no sentence
// pair of two articles that name quite different people can reach the
// strictness. Folded into one model with the sentence features, it
// lowered the bar for sentence pairs of two near-copied articles (docs/design.md,
// "Alignment").
//
// A rule stands above the models: a pair that shares fewer than two words,
// or fewer than two that are not names (fFewWords), gets a third of the
// probability, so that one topic word, one figure or a list of names never
// makes a fact, whatever else the pair has in common. Cost: O(|a| + |b|),
// a merge of two sorted term lists.
func (ix *Index) Score(a, b int) Link {
	l, f := ix.Compare(a, b)
	if f[fDice] > 0 {
		l.Score = sameEvent.Prob(f) * sameFact.Prob(f)
		if f[fFewWords] == 1 {
			l.Score /= 3
		}
	}
	return l
}

// Compare returns the link between sentences a and b, without its score,
// and the pair's features.
//
// The hand-made overlap score, the model's first feature and the whole
// score before the model was trained, is
//
//	overlap = (dice + cover)/2 + 0.05 per shared phrase (at most 0.15).
//
// The rule for pairs that share too few words is Score's, applied to the
// probability, not folded into this feature.
func (ix *Index) Compare(a, b int) (Link, Features) {
	fa, fb := &ix.sents[a], &ix.sents[b]
	l := Link{A: a, B: b}
	var f Features
	var shared, sharedPlain, sharedName, rare float64
	words, plainWords, numbers := 0, 0, 0
	i, j := 0, 0
	for i < len(fa.terms) && j < len(fb.terms) {
		switch {
		case fa.terms[i] < fb.terms[j]:
			i++
		case fa.terms[i] > fb.terms[j]:
			j++
		default:
			id, ka, kb := fa.terms[i], fa.kinds[i], fb.kinds[j]
			w := (ix.weight(id, ka) + ix.weight(id, kb)) / 2
			shared += w
			switch {
			case ka == number:
				numbers++
			case ka == plain && kb == plain:
				sharedPlain += w
				rare = max(rare, ix.idf[id])
			case ka == name && kb == name:
				sharedName += w
			}
			if ka != number {
				words++
			}
			if ka == plain || kb == plain {
				plainWords++
			}
			l.Shared = append(l.Shared, id)
			i++
			j++
		}
	}
	for i, j := 0, 0; i < len(fa.bigrams) && j < len(fb.bigrams); {
		switch {
		case fa.bigrams[i] < fb.bigrams[j]:
			i++
		case fa.bigrams[i] > fb.bigrams[j]:
			j++
		default:
			b := fa.bigrams[i]
			l.Phrases = append(l.Phrases, [2]int32{int32(b >> 32), int32(b & 0xffffffff)})
			i++
			j++
		}
	}
	if shared == 0 {
		return l, f
	}
	dice := 2 * shared / (fa.total + fb.total)
	cover := shared / min(fa.total, fb.total)
	overlap := (dice+cover)/2 + min(0.15, 0.05*float64(len(l.Phrases)))
	few := words < 2 || plainWords < 2
	f[fOverlap] = min(1, overlap)
	f[fDice] = dice
	f[fCover] = min(1, cover)
	f[fPlainDice] = ratio(2*sharedPlain, fa.byKind[plain]+fb.byKind[plain])
	if fa.byKind[name] > 0 || fb.byKind[name] > 0 {
		f[fNameDice] = ratio(2*sharedName, fa.byKind[name]+fb.byKind[name])
		if fa.byKind[name] > 0 && fb.byKind[name] > 0 {
			f[fNameMiss] = 1 - f[fNameDice]
		}
	}
	if fa.byKind[number] > 0 && fb.byKind[number] > 0 {
		switch {
		case numbers == 0:
			f[fNumClash] = 1
		case !few: // a shared figure corroborates shared words; it never stands in for them
			f[fNumMatch] = 1
		}
	}
	f[fPhrases] = min(1, float64(len(l.Phrases))/3)
	f[fLenRatio] = min(fa.total, fb.total) / max(fa.total, fb.total)
	if min(len(fa.terms), len(fb.terms)) < 4 {
		f[fShort] = 1
	}
	if few {
		f[fFewWords] = 1
	}
	f[fRare] = rare / ix.maxIDF
	ix.articleFeatures(&f, ix.article[a], ix.article[b])
	return l, f
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

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return min(1, a/b)
}
