package compare

// Facts: the aligner's facts → the report's clusters (Corpus.clusters)
// and each sentence's fact (sentenceFacts), decided here, once.

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
	for id, f := range c.ix.Facts(strictness).Facts {
		for _, u := range f {
			w := c.where[u]
			out[w.article][w.sentence] = append(out[w.article][w.sentence], id)
		}
	}
	return out
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
// its claims told in its own fact (not apart, not set aside), and whether
// any is apart: held by a fact of its own, or set aside.
func claimsApart(d doc, i, k int, of map[loc]int) (first, last int, apart bool) {
	first, last = -1, -1
	for ci := range d.claims[k] {
		if _, ok := of[loc{i, k, ci}]; ok || d.gone(k, ci) {
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
func (c *Corpus) clusters(r *Report, facts [][]int, links [][]align.Link, nears [][]Near, of map[loc]int, ed edited, tick func(int) error) ([][]diverge.Member, [][]diverge.Divergence, error) {
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
			cl.Edited = cl.Edited || ed.shaped[w] || ed.shaped[loc{w.article, w.sentence, -1}] || ed.left[u]
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
// sentence some of whose claims are told apart or set aside, its claims
// with their facts (the sentence's own for the rest; none, -1, for a
// claim set aside), and as its fact the fact of its claims that the most
// articles tell, the first of equals, or its own where no claim tells
// that one. A sentence set aside (aside) is in no fact: its Fact is -1.
// Cost: O(units).
func sentenceFacts(r *Report, docs []doc, of map[loc]int, aside map[loc]bool) {
	for i := range r.Articles {
		for k := range r.Articles[i].Sentences {
			s := &r.Articles[i].Sentences[k]
			if aside[loc{i, k, -1}] {
				s.Fact, s.Aside = -1, true
				continue
			}
			own, ok := of[loc{i, k, -1}]
			if !ok {
				own = -1 // every claim of it is told apart (align's told)
			}
			s.Fact = own
			if _, _, apart := claimsApart(docs[i], i, k, of); !apart {
				continue
			}
			first := true // the first claim kept
			for ci, sp := range docs[i].claims[k] {
				if docs[i].gone(k, ci) {
					s.Claims = append(s.Claims, Claim{Start: sp.Start, End: sp.End, Fact: -1, Aside: true})
					continue
				}
				f, ok := of[loc{i, k, ci}]
				if !ok {
					f = own
				}
				s.Claims = append(s.Claims, Claim{Start: sp.Start, End: sp.End, Fact: f, Rest: !ok && own >= 0})
				if f >= 0 && (s.Fact < 0 || first || r.Clusters[f].Articles > r.Clusters[s.Fact].Articles) {
					s.Fact = f
				}
				first = false
			}
			if own >= 0 && !slices.ContainsFunc(s.Claims, func(c Claim) bool { return c.Fact == own }) {
				s.Fact = own // it tells its own fact by no claim (an editor joined it whole, and each claim elsewhere or aside)
			}
			for ci := range s.Claims {
				if s.Claims[ci].Fact < 0 && !s.Claims[ci].Aside {
					s.Claims[ci].Fact = s.Fact // told keeps every claim a fact or its sentence's; this holds if it did not
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
