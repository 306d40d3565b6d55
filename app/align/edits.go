package align

import (
	"context"
	"slices"
)

// Constraints are an editor's corrections, as sentence indexes of the
// index: each a whole sentence (its claims follow it) or a claim:
//   - Join: each set must be one fact (must-link). Its sentences are
//     joined before any link is tried, and average linkage only ever joins
//     facts, so no later step breaks a join; other sentences still join
//     the fact by the usual rule. A sentence joined whole tells no fact
//     by a claim of it, unless that claim is itself joined: the editor
//     read it whole.
//   - Apart: each sentence, with its claims, stands alone (cannot-link),
//     but for a claim of it that is joined.
//   - Aside: each sentence, with its claims, is in no fact, and no link
//     leads to it. A claim set aside is in no fact; its sentence tells
//     its facts with its other claims (app/compare reads the sentence
//     without the claim's words).
//
// A sentence is in at most one of them (compare resolves the edits in
// order, the later holding).
type Constraints struct {
	Join  [][]int
	Apart []int
	Aside []int
}

// joined is the set of the sentences (and claims) the joins name.
func (c Constraints) joined() map[int]bool {
	out := map[int]bool{}
	for _, set := range c.Join {
		for _, u := range set {
			out[u] = true
		}
	}
	return out
}

// empty reports whether there is nothing to apply.
func (c Constraints) empty() bool { return len(c.Join) == 0 && len(c.Apart) == 0 && len(c.Aside) == 0 }

// FactsWith is FactsContext under the editor's constraints.
func (ix *Index) FactsWith(ctx context.Context, strictness float64, cons Constraints, tick func(done, total int)) (Alignment, error) {
	al, err := ix.groupWith(ctx, strictness, cons, tick)
	if err != nil {
		return Alignment{}, err
	}
	aside := ix.withClaims(cons.Aside)
	al = ix.told(al, cons.joined(), aside)
	if len(cons.Aside) == 0 {
		return al, nil
	}
	var facts [][]int
	var links [][]Link
	for id, f := range al.Facts {
		if !aside[f[0]] { // an aside sentence, and its claims, are facts of their own
			facts = append(facts, f)
			links = append(links, al.Joins[id])
		}
	}
	al.Facts, al.Joins = facts, links
	return al, nil
}

// withClaims is the set of the sentences us and their claims.
func (ix *Index) withClaims(us []int) map[int]bool {
	out := map[int]bool{}
	for _, u := range us {
		out[u] = true
		for c := u + 1; c < ix.Len() && ix.whole[c] == int32(u); c++ {
			out[c] = true
		}
	}
	return out
}

// constrain applies the constraints to a grouping before any link is
// tried: it drops the links of aside sentences from near, marks the facts
// of apart sentences (and their claims) as closed, and joins each join
// set. It returns near without the aside links.
func (g *grouping) constrain(cons Constraints, near nearLinks) nearLinks {
	if cons.empty() {
		return near
	}
	aside := g.ix.withClaims(cons.Aside)
	keep := nearLinks{}
	for k, l := range near.links {
		if !aside[l.A] && !aside[l.B] {
			keep.links = append(keep.links, l)
			keep.joinable = append(keep.joinable, near.joinable[k])
		}
	}
	g.closed = map[int]bool{}
	for u := range g.ix.withClaims(cons.Apart) {
		g.closed[u] = true
	}
	for u := range aside {
		g.closed[u] = true
	}
	joined := cons.joined()
	for u := range joined {
		delete(g.closed, u) // a claim joined by hand, of a sentence set apart
	}
	for _, set := range cons.Join {
		for _, u := range set {
			for c := range g.ix.withClaims([]int{u}) {
				if c != u && !joined[c] { // the editor took the sentence whole
					g.closed[c] = true
				}
			}
		}
	}
	for _, set := range cons.Join {
		for _, u := range set[1:] {
			if fa, fb := g.of[set[0]], g.of[u]; fa != fb {
				g.merge(fa, fb, Link{A: set[0], B: u, Score: g.score(set[0], u)})
			}
		}
	}
	return keep
}

// isClosed reports whether fact f is a sentence that must stand alone. Such
// a fact is never joined, so it stays the fact named by its sentence.
func (g *grouping) isClosed(f int) bool { return g.closed[f] }

// left groups the sentences as the machine alone does and returns, for the
// sentences set apart or aside (with their claims), the others their facts
// held there (Alignment.Left). Without such edits it does nothing. Cost:
// one more pass of joins over the links already scored.
func (ix *Index) left(ctx context.Context, known map[uint64]float64, strictness float64, near nearLinks, cons Constraints) ([]int, error) {
	if len(cons.Apart) == 0 && len(cons.Aside) == 0 {
		return nil, nil
	}
	m := newGrouping(ix, known, strictness)
	if err := m.join(ctx, near.joinOrder(ix, strictness), nil); err != nil {
		return nil, err
	}
	moved := ix.withClaims(append(slices.Clone(cons.Apart), cons.Aside...))
	var out []int
	seen := map[int]bool{}
	for u := range moved {
		for _, v := range m.members[m.of[u]] {
			if !moved[v] && !seen[v] {
				seen[v] = true
				out = append(out, v)
			}
		}
	}
	slices.Sort(out)
	return out, nil
}
