package align

import (
	"cmp"
	"context"
	"slices"
	"sort"
)

// DefaultStrictness is the same-fact threshold used when none is set: the
// value with the best F1 of the seed corpus's facts against its labelled
// pairs, among those that keep facts fact-sized (TestLabelledPairs in
// app/compare; docs/evaluation.md).
const DefaultStrictness = 0.68

// ClaimBar is how much closer than the strictness a claim must be to a
// fact to join it: a claim is shorter than a sentence, so its scores are
// noisier. Measured on the ECB+ dev topics at the default strictness
// (`parallax eval ../shared/eval/ecbplus`, recall and mixing): at 1,
// 0.076 and 0.009; at 1.1, 0.075 and 0.009; at 1.2, 0.075 and 0.005; at
// 1.3, the same as at 1.2. It makes no difference to the seed pairs.
const ClaimBar = 1.2

// NearShare is the share of the strictness a link must reach to be kept
// as near (Alignment.Near): related sentences that did not make one fact.
// Two sentences of one story that share nothing but its everyday words
// score about 0.5 (the same-fact model, weights.go), so the share sits
// well above half; near misses (app/compare) are chosen at the same bar.
const NearShare = 0.8

// Alignment is the result of Facts.
type Alignment struct {
	// Facts hold sentence indexes, each fact sorted and the facts in order
	// of their first sentence.
	Facts [][]int
	// Joins are, for each fact, the links that joined it.
	Joins [][]Link
	// Near are links between sentences of different facts that score at
	// least NearShare times the strictness, strongest first: related
	// sentences that did not make one fact, where near misses and
	// contradictions hide.
	Near []Link
}

// Facts groups the indexed sentences into facts at the given strictness:
// every sentence is in exactly one, a singleton when no other article says
// the same, and two claims of one sentence (Sentence.Part) are never in
// one fact.
//
// The method is greedy average-linkage agglomeration (UPGMA, Sokal &
// Michener 1958) over the candidate links:
//  1. score every candidate pair (Index.candidates) and keep those at or
//     above strictness, strongest first;
//  2. for each kept link, join its two facts if the mean score over their
//     cross pairs of sentences from different articles is at or above
//     strictness. Pairs within one article are not compared: an article
//     may tell a fact twice (a lede and a later recap), and two sentences
//     of one article say different things by design. Links between whole
//     sentences come first; then the links of claims (Sentence.Part), which
//     may join a claim to a fact or to other claims but never two facts
//     of whole sentences, so that claims only add to what the sentences
//     find.
//
// Step 2 stops chaining: a sentence joins a fact only if it is close to the
// fact as a whole, not to one member of it. An earlier version also allowed
// at most one sentence per article in a fact; measured on the labelled seed
// pairs and on ECB+ (docs/design.md, "Alignment"), dropping that rule raised recall
// at the same precision and mixing. Cost: O(c log c) for c candidates, plus
// |A|·|B| scores per join (computed once each and remembered).
func (ix *Index) Facts(strictness float64) Alignment {
	al, _ := ix.FactsContext(context.Background(), strictness, nil) // Background is never done
	return al
}

// FactsContext is Facts, telling tick (if not nil) every so often how far
// it has got, in hundredths, and stopping with ctx's error once ctx is
// done: finding the candidate pairs is the first 20 hundredths, scoring
// them the next 45, and joining facts the rest, as their costs divide on
// 200 ECB+ articles. Joining ticks at every link: one join may score its
// two facts' members against each other.
func (ix *Index) FactsContext(ctx context.Context, strictness float64, tick func(done, total int)) (Alignment, error) {
	if strictness <= 0 {
		strictness = DefaultStrictness
	}
	n := ix.Len()
	known := map[uint64]float64{}
	var near []Link // the links of at least NearShare times the strictness
	var finding func(done, total int)
	if tick != nil {
		finding = func(done, total int) { tick(20*done/max(total, 1), 100) }
	}
	cands, err := ix.candidates(ctx, finding)
	if err != nil {
		return Alignment{}, err
	}
	var joinable []bool // by near link: its candidate may join a fact
	for k, c := range cands {
		if k%128 == 0 {
			if err := step(ctx, tick, 20+45*k/len(cands), 100); err != nil {
				return Alignment{}, err
			}
		}
		l := ix.Score(int(c.pair[0]), int(c.pair[1]))
		known[pairKey(l.A, l.B)] = l.Score
		if l.Score >= NearShare*strictness {
			near = append(near, l)
			joinable = append(joinable, c.join)
		}
	}
	// the strongest first; ties in the candidates' order, by sentence.
	// Sorted through indexes (pdqsort, the tie broken by index) because a
	// stable sort of the links took 11 ms of 200 articles' alignment,
	// which the browser cannot yield inside
	order := make([]int, len(near))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if sa, sb := near[a].Score, near[b].Score; sa != sb {
			return cmp.Compare(sb, sa)
		}
		return a - b
	})
	sorted, sortedJoinable := make([]Link, len(near)), make([]bool, len(near))
	for i, k := range order {
		sorted[i], sortedJoinable[i] = near[k], joinable[k]
	}
	near, joinable = sorted, sortedJoinable
	strong := near[:sort.Search(len(near), func(i int) bool { return near[i].Score < strictness })]

	of := make([]int, n) // sentence → its fact
	members := make([][]int, n)
	joins := make([][]Link, n)
	for i := range n {
		of[i] = i
		members[i] = []int{i}
	}
	score := func(a, b int) float64 {
		if s, ok := known[pairKey(a, b)]; ok {
			return s
		}
		s := ix.Score(a, b).Score
		known[pairKey(a, b)] = s
		return s
	}
	// Whole sentences first, then claims: the facts of whole sentences are
	// what they would be without claims, and a claim then joins a fact or
	// another claim, never two facts of whole sentences together.
	wholes := make([]int, n) // fact → how many whole sentences it holds
	for i := range n {
		if ix.whole[i] == int32(i) {
			wholes[i] = 1
		}
	}
	part := func(l Link) bool { return ix.whole[l.A] != int32(l.A) || ix.whole[l.B] != int32(l.B) }
	ordered := make([]Link, 0, len(strong))
	for k, l := range strong {
		if !part(l) && joinable[k] {
			ordered = append(ordered, l)
		}
	}
	for k, l := range strong {
		if part(l) && joinable[k] {
			ordered = append(ordered, l)
		}
	}
	for k, l := range ordered {
		if err := step(ctx, tick, 65+35*k/len(ordered), 100); err != nil {
			return Alignment{}, err
		}
		fa, fb := of[l.A], of[l.B]
		if fa == fb || wholes[fa] > 0 && wholes[fb] > 0 && part(l) {
			continue
		}
		sum, n, split := 0.0, 0, false
		for _, x := range members[fa] {
			for _, y := range members[fb] {
				if wx, wy := ix.whole[x], ix.whole[y]; wx == wy || (x != int(wx) || y != int(wy)) && of[wx] == of[wy] {
					// two claims of one sentence, or a claim of a sentence
					// whose fact already holds the other's sentence: never
					// one fact (a claim adds what its sentence does not tell)
					split = true
				}
				if ix.article[x] == ix.article[y] {
					continue
				}
				sum += score(x, y)
				n++
			}
		}
		bar := strictness
		if part(l) {
			bar *= ClaimBar
		}
		if split || sum/float64(max(n, 1)) < bar {
			continue
		}
		if len(members[fa]) < len(members[fb]) {
			fa, fb = fb, fa
		}
		for _, y := range members[fb] {
			of[y] = fa
		}
		members[fa] = append(members[fa], members[fb]...)
		wholes[fa] += wholes[fb]
		joins[fa] = append(append(joins[fa], joins[fb]...), l)
		members[fb], joins[fb] = nil, nil
	}
	var facts [][]int
	var links [][]Link
	for i := range n {
		if members[i] != nil {
			slices.Sort(members[i])
			facts = append(facts, members[i])
			links = append(links, joins[i])
		}
	}
	facts, links = InOrder(facts, links)
	out := Alignment{Facts: facts, Joins: links}
	// the near links between facts, in place: strong, a part of near, is
	// done with
	out.Near = slices.DeleteFunc(near, func(l Link) bool { return of[l.A] == of[l.B] })
	return out, nil
}

// InOrder returns facts (each sorted, no two with one first member) in
// order of their first member, and each fact's links with it.
func InOrder(facts [][]int, links [][]Link) ([][]int, [][]Link) {
	order := make([]int, len(facts))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(facts[a][0], facts[b][0]) })
	sortedFacts, sortedLinks := make([][]int, len(facts)), make([][]Link, len(facts))
	for i, k := range order {
		sortedFacts[i], sortedLinks[i] = facts[k], links[k]
	}
	return sortedFacts, sortedLinks
}

func pairKey(a, b int) uint64 {
	if a > b {
		a, b = b, a
	}
	return uint64(a)<<32 | uint64(b)
}
