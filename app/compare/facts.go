package compare

// Facts: the aligner's alignment → the facts told (told) and the
// report's clusters (Corpus.clusters, sentenceFacts). Which fact each
// sentence and each of its claims tells is decided here, once.

import (
	"slices"

	"github.com/parallax-news/parallax/app/align"
	"github.com/parallax-news/parallax/app/diverge"
	"github.com/parallax-news/parallax/app/segment"
	"github.com/parallax-news/parallax/app/words"
)

// FactIDs aligns at the given strictness and returns only each sentence's
// facts, by article and sentence: the facts a report's clusters hold, in
// their order, each listed under every sentence a member of it (whole, or
// by a claim). The cheap path for measurement: what parallax eval scores
// is what the reader is shown.
func (c *Corpus) FactIDs(strictness float64) [][][]int {
	out := make([][][]int, len(c.docs))
	for i, d := range c.docs {
		out[i] = make([][]int, len(d.spans))
	}
	if c.ix == nil {
		return out
	}
	facts, _ := told(c.ix.Facts(strictness), c.where, c.ix)
	for id, f := range facts {
		for _, u := range f {
			w := c.where[u]
			out[w.article][w.sentence] = append(out[w.article][w.sentence], id)
		}
	}
	return out
}

// told is the stage between the aligner and the clusters: it returns the
// facts of an alignment that someone tells. A claim alone is not one: its
// sentence, whole, already tells it. A sentence with claims in facts
// apart tells its own fact with the rest of its words: the claim of it
// closest to that fact's members from other articles (the mean score over
// them) is taken back from the fact apart it joined. Where the own fact
// has no member from another article, no claim is taken back, since that
// would make a claim another outlet tells "only here"; and where every
// claim of the sentence is apart, the sentence whole tells nothing of its
// own and leaves its fact. The facts returned are in order of their first
// unit and numbered anew. Cost: the scores of a sentence's claims against
// its fact, for the sentences with a claim apart.
func told(al align.Alignment, where []loc, ix *align.Index) (facts [][]int, links [][]align.Link) {
	of := make([]int, len(where)) // unit → its fact
	for id, f := range al.Facts {
		for _, u := range f {
			of[u] = id
		}
	}
	drop := map[int]bool{}
	for u := 0; u < len(where); {
		v := u + 1 // the claims of u's sentence are u+1 … v-1
		apart := false
		for v < len(where) && where[v].claim >= 0 {
			apart = apart || len(al.Facts[of[v]]) > 1
			v++
		}
		if apart {
			takeBack(al, where, ix, of, u, v, drop)
		}
		u = v
	}
	for id, f := range al.Facts {
		kept := slices.DeleteFunc(slices.Clone(f), func(u int) bool { return drop[u] })
		if len(kept) == 0 || len(kept) == 1 && where[kept[0]].claim >= 0 {
			continue
		}
		facts = append(facts, kept)
		links = append(links, slices.DeleteFunc(slices.Clone(al.Joins[id]), func(l align.Link) bool { return drop[l.A] || drop[l.B] }))
	}
	// in order of their first unit, as the aligner gives them, now that
	// some have lost theirs
	return align.InOrder(facts, links)
}

// takeBack decides, for sentence unit u whose claims u+1 … v-1 include one
// in a fact apart, which unit to drop from the fact it joined (told):
// the claim closest to u's own fact, when that fact has members from other
// articles; u itself when it has none and every claim is apart.
func takeBack(al align.Alignment, where []loc, ix *align.Index, of []int, u, v int, drop map[int]bool) {
	var others []int // the members of u's fact from other articles
	for _, m := range al.Facts[of[u]] {
		if where[m].article != where[u].article {
			others = append(others, m)
		}
	}
	if len(others) == 0 {
		for c := u + 1; c < v; c++ {
			if len(al.Facts[of[c]]) == 1 {
				return // this claim is the sentence's own, with the rest
			}
		}
		drop[u] = true
		return
	}
	best, bestScore := -1, -1.0
	for c := u + 1; c < v; c++ {
		sum := 0.0
		for _, m := range others {
			sum += ix.Score(c, m).Score
		}
		if s := sum / float64(len(others)); s > bestScore {
			best, bestScore = c, s
		}
	}
	if len(al.Facts[of[best]]) > 1 {
		drop[best] = true
	}
}

// unitFacts maps each unit that a fact holds to that fact.
func unitFacts(facts [][]int, where []loc) map[loc]int {
	of := make(map[loc]int, len(where))
	for id, f := range facts {
		for _, u := range f {
			of[where[u]] = id
		}
	}
	return of
}

// claimsApart returns, for sentence k of article i, the first and last of
// its claims told in its own fact (not apart), and whether any is apart:
// held by a fact of its own.
func claimsApart(d doc, i, k int, of map[loc]int) (first, last int, apart bool) {
	first, last = -1, -1
	for ci := range d.claims[k] {
		if _, ok := of[loc{i, k, ci}]; ok {
			apart = true
			continue
		}
		last = ci
		if first < 0 {
			first = ci
		}
	}
	return first, last, apart
}

// memberSpan is the part of its sentence with which unit w tells its
// fact: a claim, or the sentence; a sentence some of whose claims are told
// apart tells its own fact with the rest, from the first to the last.
func memberSpan(d doc, w loc, of map[loc]int) segment.Span {
	if w.claim >= 0 {
		return d.claims[w.sentence][w.claim]
	}
	if first, last, apart := claimsApart(d, w.article, w.sentence, of); apart && first >= 0 {
		return segment.Span{Start: d.claims[w.sentence][first].Start, End: d.claims[w.sentence][last].End}
	}
	return d.spans[w.sentence]
}

// clusters builds the report's facts from the facts told: each one's
// members and the part of each that tells it, how many articles tell it,
// its near misses, and, for a fact of several members, what differs
// between them (diverge.Find), the wording of each against the first and
// the links that joined it. It returns, by fact, its members as the
// divergence finder sees them and what was found in them, for the
// corpus's variants. tick is told every 16 facts; its error stops the
// work. Cost: diverge.Find on each fact.
func (c *Corpus) clusters(r *Report, facts [][]int, links [][]align.Link, nears [][]Near, of map[loc]int, tick func(int) error) ([][]diverge.Member, [][]diverge.Divergence, error) {
	r.Clusters = make([]Cluster, 0, len(facts))
	members := make([][]diverge.Member, len(facts))
	found := make([][]diverge.Divergence, len(facts))
	for id, f := range facts {
		if id%16 == 0 {
			if err := tick(id); err != nil {
				return nil, nil, err
			}
		}
		cl := Cluster{ID: id, Members: make([]Ref, len(f)), Claims: make([]Span, len(f)), Divergences: []Divergence{}, Near: nears[id]}
		seen := map[int]bool{}
		ms := make([]diverge.Member, len(f))
		for k, u := range f {
			w := c.where[u]
			d := c.docs[w.article]
			seen[w.article] = true
			cl.Members[k] = Ref{d.report.ID, w.sentence}
			sp := memberSpan(d, w, of)
			cl.Claims[k] = Span{sp.Start, sp.End}
			ms[k] = d.claimMember(w)
		}
		cl.Articles = len(seen)
		members[id] = ms
		if len(f) > 1 {
			found[id] = diverge.Find(ms)
			cl.Wording = wording(ms)
			cl.Divergences = convertAll(found[id], cl.Members)
			for _, l := range links[id] {
				cl.Links = append(cl.Links, convertLink(c.ix, l, c.where, c.docs))
			}
		}
		r.Clusters = append(r.Clusters, cl)
	}
	return members, found, nil
}

// sentenceFacts sets each sentence's fact: the fact it tells whole; for a
// sentence some of whose claims are told apart, its claims with their
// facts (the sentence's own for the rest), and as its fact the fact of its
// claims that the most articles tell, the first of equals.
func sentenceFacts(r *Report, docs []doc, of map[loc]int) {
	for i := range r.Articles {
		for k := range r.Articles[i].Sentences {
			s := &r.Articles[i].Sentences[k]
			own := of[loc{i, k, -1}]
			s.Fact = own
			if _, _, apart := claimsApart(docs[i], i, k, of); !apart {
				continue
			}
			for ci, sp := range docs[i].claims[k] {
				f, ok := of[loc{i, k, ci}]
				if !ok {
					f = own
				}
				s.Claims = append(s.Claims, Claim{Start: sp.Start, End: sp.End, Fact: f})
				if ci == 0 || r.Clusters[f].Articles > r.Clusters[s.Fact].Articles {
					s.Fact = f
				}
			}
		}
	}
}

func convertLink(ix *align.Index, l align.Link, where []loc, docs []doc) Link {
	l = ix.Evidence(l)
	wa, wb := where[l.A], where[l.B]
	da := docs[wa.article]
	toks := da.unitTokens(wa)
	out := Link{
		A:       Ref{da.report.ID, wa.sentence},
		B:       Ref{docs[wb.article].report.ID, wb.sentence},
		Score:   round3(l.Score),
		Shared:  []string{},
		Phrases: []string{},
	}
	key := func(t words.Token) string {
		if t.Kind == words.Number {
			return "#" + t.Key
		}
		return t.Key
	}
	for _, id := range l.Shared {
		for _, t := range toks {
			if !t.Stop && key(t) == ix.Term(id) {
				out.Shared = append(out.Shared, da.text[t.Start:t.End])
				break
			}
		}
	}
	// A phrase is two content words in a row, stop words between them
	// allowed: show it as A prints it, "disappointed and frustrated".
	for _, p := range l.Phrases {
		first, second := ix.Term(p[0]), ix.Term(p[1])
		prev := -1
		for k, t := range toks {
			if t.Stop || t.Kind == words.Number {
				continue
			}
			if prev >= 0 && key(toks[prev]) == first && key(t) == second {
				out.Phrases = append(out.Phrases, da.text[toks[prev].Start:t.End])
				break
			}
			prev = k
		}
	}
	return out
}
