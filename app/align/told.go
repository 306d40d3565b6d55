package align

import "slices"

// told is the last step of Facts: it keeps the facts someone tells. A
// claim alone is not one: its sentence, whole, already tells it. A
// sentence with claims in facts apart tells its own fact with the rest of
// its words: the claim of it closest to that fact's members from other
// articles (the mean score over them) is taken back from the fact apart
// it joined. Where the own fact has no member from another article, no
// claim is taken back, since that would make a claim another outlet tells
// "only here"; and where every claim of the sentence is apart, the
// sentence whole tells nothing of its own and leaves its fact. The facts
// returned are in order of their first sentence. A sentence an editor
// joined (joined), or whose claim an editor joined, keeps its fact as
// joined; a claim an editor set aside (aside) is not there: the sentence
// is told by its other claims. Cost: the scores of a sentence's claims
// against its fact, for the sentences with a claim apart.
func (ix *Index) told(al Alignment, joined, aside map[int]bool) Alignment {
	of := make([]int, ix.Len()) // sentence → its fact
	for id, f := range al.Facts {
		for _, u := range f {
			of[u] = id
		}
	}
	drop := map[int]bool{}
	for u := 0; u < ix.Len(); {
		v := u + 1 // the claims of u's sentence are u+1 … v-1
		apart := false
		for v < ix.Len() && ix.whole[v] != int32(v) {
			apart = apart || len(al.Facts[of[v]]) > 1
			v++
		}
		if apart && !joined[u] { // an editor's join holds
			ix.takeBack(al, of, u, v, drop, joined, aside)
		}
		u = v
	}
	// A sentence leaves its fact only if every claim of it keeps a fact
	// apart once the claims taken back are gone: else it would be told by
	// nothing.
	for u := range drop {
		if ix.whole[u] != int32(u) {
			continue
		}
		for c := u + 1; c < ix.Len() && ix.whole[c] == int32(u); c++ {
			if aside[c] {
				continue
			}
			kept := 0
			for _, m := range al.Facts[of[c]] {
				if !drop[m] {
					kept++
				}
			}
			if kept < 2 {
				delete(drop, u)
				break
			}
		}
	}
	var facts [][]int
	var links [][]Link
	for id, f := range al.Facts {
		kept := slices.DeleteFunc(slices.Clone(f), func(u int) bool { return drop[u] })
		if len(kept) == 0 || len(kept) == 1 && ix.whole[kept[0]] != int32(kept[0]) {
			continue
		}
		facts = append(facts, kept)
		links = append(links, slices.DeleteFunc(slices.Clone(al.Joins[id]), func(l Link) bool { return drop[l.A] || drop[l.B] }))
	}
	al.Facts, al.Joins = InOrder(facts, links)
	return al
}

// takeBack decides, for sentence u whose claims u+1 … v-1 include one in a
// fact apart, which to drop from the fact it joined (told): of the claims
// an editor neither joined nor set aside, the closest to u's own fact,
// when that fact has members from other articles; u itself when it has
// none and every claim is apart, or when no claim is left to take back.
func (ix *Index) takeBack(al Alignment, of []int, u, v int, drop, joined, aside map[int]bool) {
	var others []int // the members of u's fact from other articles
	for _, m := range al.Facts[of[u]] {
		if ix.article[m] != ix.article[u] {
			others = append(others, m)
		}
	}
	if len(others) == 0 {
		for c := u + 1; c < v; c++ {
			if len(al.Facts[of[c]]) == 1 && !aside[c] {
				return // this claim is the sentence's own, with the rest
			}
		}
		drop[u] = true
		return
	}
	best, bestScore := -1, -1.0
	for c := u + 1; c < v; c++ {
		if aside[c] || joined[c] { // a claim an editor joined keeps its fact
			continue
		}
		sum := 0.0
		for _, m := range others {
			sum += ix.Score(c, m).Score
		}
		if s := sum / float64(len(others)); s > bestScore {
			best, bestScore = c, s
		}
	}
	switch {
	case best < 0: // every claim is joined elsewhere or set aside: nothing is left to tell u's own fact
		drop[u] = true
	case len(al.Facts[of[best]]) > 1:
		drop[best] = true
	}
}
