package compare

// Divergences: facts → what differs.
// Inside a fact, its members are compared (diverge.Find, in clusters);
// across facts, figures given differently anywhere, contradiction cues
// between related sentences, and harm counted against harm denied in any
// two sentences.

import (
	"github.com/parallax-news/parallax/app/align"
	"github.com/parallax-news/parallax/app/diverge"
)

// acrossFacts fills the report's Figures and Contradictions: what
// differs between sentences that are not one fact. It takes steps start
// to start+len(near)/8+2 of m. Cost: diverge.Figures and diverge.Opposites
// over every sentence, and diverge.Contradictions on each near link.
func (c *Corpus) acrossFacts(r *Report, near []align.Link, aside map[loc]bool, m meter, start int) error {
	all, refs := corpusMembers(c.docs, aside)
	r.Figures = notInOneFact(r, convertAll(diverge.Figures(all), refs))
	if err := m.at(start + 1); err != nil {
		return err
	}
	cues, err := nearContradictions(near, c.where, c.docs, m.from(start+1, 8))
	if err != nil {
		return err
	}
	done := start + 1 + len(near)/8
	if err := m.at(done); err != nil {
		return err
	}
	r.Contradictions = appendNew(r, cues, convertAll(diverge.Opposites(all), refs)) // harm counted and denied, in any two facts
	return m.at(done + 1)
}

// wording is the word diff of each member after the first against the
// first; empty for the first.
func wording(ms []diverge.Member) [][]Edit {
	out := make([][]Edit, len(ms))
	for k := 1; k < len(ms); k++ {
		for _, e := range diverge.Wording(ms[0], ms[k]) {
			out[k] = append(out[k], Edit{Op: string(e.Op), Text: e.Text})
		}
	}
	return out
}

// nearContradictions looks for contradiction cues between related
// sentences of different facts: "It's not a new approach" and "a new and
// different approach" may be told in sentences too different to be one
// fact, yet one denies what the other says.
func nearContradictions(near []align.Link, where []loc, docs []doc, tick func(done int) error) ([]Divergence, error) {
	out := []Divergence{}
	for k, l := range near {
		if k%64 == 0 {
			if err := tick(k); err != nil {
				return nil, err
			}
		}
		wa, wb := where[l.A], where[l.B]
		if wa.claim >= 0 || wb.claim >= 0 {
			continue // a claim's words are its sentence's, whose own links are here
		}
		pair := [2]loc{wa, wb}
		ms := make([]diverge.Member, 2)
		refs := make([]Ref, 2)
		for i, w := range pair {
			d := docs[w.article]
			ms[i] = d.claimMember(w)
			refs[i] = Ref{d.report.ID, w.sentence}
		}
		for _, dv := range diverge.Contradictions(ms) {
			out = append(out, convertDivergence(dv, refs))
		}
	}
	return out, nil
}

// corpusMembers lists every sentence of the corpus not set aside as a
// member, with its reference, for the corpus-wide passes (figures,
// opposite claims).
func corpusMembers(docs []doc, aside map[loc]bool) ([]diverge.Member, []Ref) {
	var ms []diverge.Member
	var refs []Ref
	for i, d := range docs {
		for k := range d.spans {
			if !aside[loc{i, k, -1}] {
				ms = append(ms, d.member(k))
				refs = append(refs, Ref{d.report.ID, k})
			}
		}
	}
	return ms, refs
}

// convertAll converts the divergences found among members.
func convertAll(dvs []diverge.Divergence, members []Ref) []Divergence {
	out := []Divergence{}
	for _, dv := range dvs {
		out = append(out, convertDivergence(dv, members))
	}
	return out
}

// appendNew appends to ds the divergences of more whose marks the report
// does not already pair, in a fact or in ds.
func appendNew(r *Report, ds, more []Divergence) []Divergence {
	type key struct{ a, b Ref }
	seen := map[key]bool{}
	note := func(d Divergence) {
		for _, x := range d.Members {
			for _, y := range d.Members {
				seen[key{Ref{x.Article, x.Sentence}, Ref{y.Article, y.Sentence}}] = true
			}
		}
	}
	for _, c := range r.Clusters {
		for _, d := range c.Divergences {
			if d.Kind == KindContradiction {
				note(d)
			}
		}
	}
	for _, d := range ds {
		note(d)
	}
	for _, d := range more {
		a, b := d.Members[0], d.Members[1]
		if !seen[key{Ref{a.Article, a.Sentence}, Ref{b.Article, b.Sentence}}] {
			ds = append(ds, d)
			note(d)
		}
	}
	return ds
}

// notInOneFact keeps the divergences that are not told inside one fact:
// a conflict two members of a fact give is in the fact's divergences
// already, and a divergence whose only conflicts are a fact's is left
// out. A divergence keeps its pairs of two facts.
func notInOneFact(r *Report, ds []Divergence) []Divergence {
	fact := func(m Mark) int { return r.Articles[r.Index(m.Article)].Sentences[m.Sentence].Fact }
	apartFacts := func(a, b Mark) bool { return fact(a) != fact(b) || fact(a) < 0 }
	out := []Divergence{}
	for _, d := range ds {
		apart := false
		for x, a := range d.Members {
			for _, b := range d.Members[x+1:] {
				apart = apart || a.Article != b.Article && apartFacts(a, b)
			}
		}
		if !apart {
			continue
		}
		var keep [][2]int
		for _, p := range d.Conflicts {
			if apartFacts(d.Members[p[0]], d.Members[p[1]]) {
				keep = append(keep, p)
			}
		}
		if d.Conflict && len(keep) == 0 {
			continue // its conflict is one fact's, shown there
		}
		d.Conflicts = keep
		out = append(out, d)
	}
	return out
}

func convertDivergence(dv diverge.Divergence, members []Ref) Divergence {
	d := Divergence{Kind: dv.Kind, Summary: dv.Summary, Reason: dv.Reason, Conflict: dv.Conflict, Possible: dv.Possible,
		Conflicts: dv.Conflicts, Members: make([]Mark, len(dv.Marks))}
	for i, m := range dv.Marks {
		ref := members[m.Member]
		mk := Mark{Article: ref.Article, Sentence: ref.Sentence, Start: m.Start, End: m.End, Value: m.Value, Says: m.Says}
		for _, e := range m.Diff {
			mk.Diff = append(mk.Diff, Edit{Op: string(e.Op), Text: e.Text})
		}
		d.Members[i] = mk
	}
	return d
}

// variants converts the corpus's name and spelling variants
// (diverge.Variants). Cost: that of diverge.Variants over every fact's
// members.
func variants(members [][]diverge.Member, found [][]diverge.Divergence) []Variant {
	out := []Variant{}
	for _, v := range diverge.Variants(members, found) {
		out = append(out, Variant(v))
	}
	return out
}
