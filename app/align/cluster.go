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
	// Left are, where an editor set a sentence apart or aside
	// (Constraints), the sentences its fact held in the machine's
	// grouping: their facts are ones the edit shaped. Ascending.
	Left []int
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
//     find;
//  3. keep the facts someone tells (told): a claim alone is told by its
//     sentence, and a sentence with claims in facts apart tells its own
//     fact with the rest of its words.
//
// Step 2 stops chaining: a sentence joins a fact only if it is close to the
// fact as a whole, not to one member of it. A fact may hold several
// sentences of one article: measured on the labelled seed pairs and on
// ECB+ (docs/design.md, "Alignment"), that gives higher recall than at most
// one sentence per article, at the same precision and mixing. Cost:
// O(c log c) for c candidates, plus |A|·|B| scores per join (computed once
// each and remembered).
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
	return ix.FactsWith(ctx, strictness, Constraints{}, tick)
}

// groupWith is steps 1 and 2 of Facts under the constraints: the facts
// average linkage finds, before told keeps those someone tells.
func (ix *Index) groupWith(ctx context.Context, strictness float64, cons Constraints, tick func(done, total int)) (Alignment, error) {
	if strictness <= 0 {
		strictness = DefaultStrictness
	}
	var finding func(done, total int)
	if tick != nil {
		finding = func(done, total int) { tick(20*done/max(total, 1), 100) }
	}
	cands, err := ix.candidates(ctx, finding)
	if err != nil {
		return Alignment{}, err
	}
	near, known, err := ix.scoreCandidates(ctx, cands, strictness, tick)
	if err != nil {
		return Alignment{}, err
	}
	near.sortByScore()
	left, err := ix.left(ctx, known, strictness, near, cons)
	if err != nil {
		return Alignment{}, err
	}
	g := newGrouping(ix, known, strictness)
	near = g.constrain(cons, near)
	if err := g.join(ctx, near.joinOrder(ix, strictness), tick); err != nil {
		return Alignment{}, err
	}
	al := g.alignment(near.links)
	al.Left = left
	return al, nil
}

// nearLinks are the scored candidate links of at least NearShare times the
// strictness, each with whether its candidate may join a fact
// (candidate.join). The two are kept as two slices, not one of pairs,
// because the links alone become Alignment.Near, filtered in place.
type nearLinks struct {
	links    []Link
	joinable []bool // by link: its candidate may join a fact
}

// scoreCandidates scores every candidate pair, ticking from 20 to 65
// hundredths every 128 pairs, and returns those of at least NearShare
// times the strictness, in the candidates' order, with every score
// remembered by pairKey so that joining facts never scores a pair twice.
// Cost: one Score per candidate.
func (ix *Index) scoreCandidates(ctx context.Context, cands []candidate, strictness float64, tick func(done, total int)) (nearLinks, map[uint64]float64, error) {
	var near nearLinks
	known := map[uint64]float64{}
	for k, c := range cands {
		if k%128 == 0 {
			if err := step(ctx, tick, 20+45*k/len(cands), 100); err != nil {
				return nearLinks{}, nil, err
			}
		}
		l := ix.Score(int(c.pair[0]), int(c.pair[1]))
		known[pairKey(l.A, l.B)] = l.Score
		if l.Score >= NearShare*strictness {
			near.links = append(near.links, l)
			near.joinable = append(near.joinable, c.join)
		}
	}
	return near, known, nil
}

// sortByScore puts the strongest links first; ties keep the candidates'
// order, by sentence. It sorts indexes (pdqsort, the tie broken by index)
// and then moves the links once, because a stable sort of the links
// themselves is slow: measured on 200 articles' alignment, it takes 11 ms,
// which the browser cannot yield inside. Cost: O(n log n) for n links.
func (nl *nearLinks) sortByScore() {
	order := make([]int, len(nl.links))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		if sa, sb := nl.links[a].Score, nl.links[b].Score; sa != sb {
			return cmp.Compare(sb, sa)
		}
		return a - b
	})
	sorted, sortedJoinable := make([]Link, len(nl.links)), make([]bool, len(nl.links))
	for i, k := range order {
		sorted[i], sortedJoinable[i] = nl.links[k], nl.joinable[k]
	}
	nl.links, nl.joinable = sorted, sortedJoinable
}

// joinOrder returns the links, sorted by sortByScore, that may join two
// facts: those at or above strictness whose candidate may join. Links
// between whole sentences come first and then the links of claims, so
// that the facts of whole sentences are what they would be without
// claims, and a claim then joins a fact or another claim, never two facts
// of whole sentences together. Cost: O(n) for n links.
func (nl *nearLinks) joinOrder(ix *Index, strictness float64) []Link {
	strong := nl.links[:sort.Search(len(nl.links), func(i int) bool { return nl.links[i].Score < strictness })]
	ordered := make([]Link, 0, len(strong))
	for k, l := range strong {
		if !ix.hasClaim(l) && nl.joinable[k] {
			ordered = append(ordered, l)
		}
	}
	for k, l := range strong {
		if ix.hasClaim(l) && nl.joinable[k] {
			ordered = append(ordered, l)
		}
	}
	return ordered
}

// hasClaim reports whether either end of l is a claim (Sentence.Part)
// rather than a whole sentence.
func (ix *Index) hasClaim(l Link) bool {
	return ix.whole[l.A] != int32(l.A) || ix.whole[l.B] != int32(l.B)
}

// grouping is the facts while links join them, each fact named by one of
// its sentences: step 2 of Facts. It starts with every sentence a fact of
// its own.
type grouping struct {
	ix         *Index
	strictness float64
	known      map[uint64]float64 // pairKey → score, of every pair scored so far
	of         []int              // sentence → its fact
	members    [][]int            // fact → its sentences; nil once joined into another
	joins      [][]Link           // fact → the links that joined it
	wholes     []int              // fact → how many whole sentences (not claims) it holds
	closed     map[int]bool       // sentences that must stand alone (Constraints.Apart, Aside); nil for none
}

// newGrouping returns a grouping of ix's sentences, each its own fact,
// that reads known before scoring a pair. Cost: O(sentences).
func newGrouping(ix *Index, known map[uint64]float64, strictness float64) *grouping {
	n := ix.Len()
	g := &grouping{
		ix:         ix,
		strictness: strictness,
		known:      known,
		of:         make([]int, n),
		members:    make([][]int, n),
		joins:      make([][]Link, n),
		wholes:     make([]int, n),
	}
	for i := range n {
		g.of[i] = i
		g.members[i] = []int{i}
	}
	for i := range n {
		if ix.whole[i] == int32(i) {
			g.wholes[i] = 1
		}
	}
	return g
}

// score returns the score of sentences a and b, computing it only the
// first time it is asked for.
func (g *grouping) score(a, b int) float64 {
	if s, ok := g.known[pairKey(a, b)]; ok {
		return s
	}
	s := g.ix.Score(a, b).Score
	g.known[pairKey(a, b)] = s
	return s
}

// join tries each link in order (tryJoin), ticking from 65 to 100
// hundredths at every link and stopping with ctx's error once ctx is
// done.
func (g *grouping) join(ctx context.Context, ordered []Link, tick func(done, total int)) error {
	for k, l := range ordered {
		if err := step(ctx, tick, 65+35*k/len(ordered), 100); err != nil {
			return err
		}
		g.tryJoin(l)
	}
	return nil
}

// tryJoin joins the facts of l's two sentences if they are different
// facts, l does not join two facts of whole sentences through a claim,
// and crossMean finds them close enough: at least the strictness, or
// ClaimBar times it for a claim's link. Cost: |A|·|B| scores, each
// computed at most once.
func (g *grouping) tryJoin(l Link) {
	fa, fb := g.of[l.A], g.of[l.B]
	if fa == fb || g.wholes[fa] > 0 && g.wholes[fb] > 0 && g.ix.hasClaim(l) || g.isClosed(fa) || g.isClosed(fb) {
		return
	}
	mean, split := g.crossMean(fa, fb)
	bar := g.strictness
	if g.ix.hasClaim(l) {
		bar *= ClaimBar
	}
	if split || mean < bar {
		return
	}
	g.merge(fa, fb, l)
}

// crossMean returns the mean score of the pairs of members of facts fa and
// fb from different articles (0 when there are none), and split, set when
// the two must stay apart whatever the mean: they would hold two claims of
// one sentence, or a claim of a sentence whose fact already holds the
// other's sentence (a claim adds what its sentence does not tell).
func (g *grouping) crossMean(fa, fb int) (mean float64, split bool) {
	of, whole, article := g.of, g.ix.whole, g.ix.article
	sum, n := 0.0, 0
	for _, x := range g.members[fa] {
		for _, y := range g.members[fb] {
			if wx, wy := whole[x], whole[y]; wx == wy || (x != int(wx) || y != int(wy)) && of[wx] == of[wy] {
				split = true
			}
			if article[x] == article[y] {
				continue
			}
			sum += g.score(x, y)
			n++
		}
	}
	return sum / float64(max(n, 1)), split
}

// merge joins fact fb into fa by link l, the smaller fact into the larger
// so that relabelling its sentences costs O(min(|A|, |B|)).
func (g *grouping) merge(fa, fb int, l Link) {
	if len(g.members[fa]) < len(g.members[fb]) {
		fa, fb = fb, fa
	}
	for _, y := range g.members[fb] {
		g.of[y] = fa
	}
	g.members[fa] = append(g.members[fa], g.members[fb]...)
	g.wholes[fa] += g.wholes[fb]
	g.joins[fa] = append(append(g.joins[fa], g.joins[fb]...), l)
	g.members[fb], g.joins[fb] = nil, nil
}

// alignment returns the facts, each sorted and in order of its first
// sentence (InOrder), with their links, and as Near the links of near
// between sentences of different facts. near is filtered in place: the
// caller is done with it. Cost: O(n log n) for n sentences.
func (g *grouping) alignment(near []Link) Alignment {
	var facts [][]int
	var links [][]Link
	for i, m := range g.members {
		if m != nil {
			slices.Sort(m)
			facts = append(facts, m)
			links = append(links, g.joins[i])
		}
	}
	facts, links = InOrder(facts, links)
	return Alignment{
		Facts: facts,
		Joins: links,
		Near:  slices.DeleteFunc(near, func(l Link) bool { return g.of[l.A] == g.of[l.B] }),
	}
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
