package align

// Link is the evidence that two sentences report the same fact.
type Link struct {
	A, B    int        // sentence indexes in the Index
	Score   float64    // 0 to 1
	Shared  []int32    // the terms both hold (Index.Term gives their keys)
	Phrases [][2]int32 // the two-word phrases both hold, as pairs of terms
}

// Score compares sentences a and b. It is the one same-fact measure that
// clustering and the `pairs` command share.
//
// With w(t) the IDF weight of term t, scaled down for names and numbers
// (see scale; a term shared in two uses takes the mean of both weights):
//
//	shared = Σ w(t) over terms in both
//	dice   = 2·shared / (W(a) + W(b))      how much of both is shared
//	cover  = shared / min(W(a), W(b))      how much of the shorter is shared
//	score  = (dice + cover)/2 + 0.05 per shared phrase (at most 0.15)
//
// and the score is cut to a third when fewer than two words are shared, or
// fewer than two that are not names, so that one topic word, one number or
// a list of names ("Russian President Vladimir Putin") never makes a fact.
// Cost: O(|a| + |b|), a merge of two sorted term lists.
func (ix *Index) Score(a, b int) Link {
	fa, fb := &ix.sents[a], &ix.sents[b]
	l := Link{A: a, B: b}
	shared := 0.0
	words, plainWords := 0, 0
	i, j := 0, 0
	for i < len(fa.terms) && j < len(fb.terms) {
		switch {
		case fa.terms[i] < fb.terms[j]:
			i++
		case fa.terms[i] > fb.terms[j]:
			j++
		default:
			id, ka, kb := fa.terms[i], fa.kinds[i], fb.kinds[j]
			shared += (ix.weight(id, ka) + ix.weight(id, kb)) / 2
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
		return l
	}
	dice := 2 * shared / (fa.total + fb.total)
	cover := shared / min(fa.total, fb.total)
	s := (dice+cover)/2 + min(0.15, 0.05*float64(len(l.Phrases)))
	if words < 2 || plainWords < 2 {
		s /= 3
	}
	l.Score = min(1, s)
	return l
}
