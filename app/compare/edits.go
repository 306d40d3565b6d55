package compare

// Edits: an editor's corrections (article.Edit) → the aligner's
// constraints (align.Constraints). Each sentence an edit names is found by
// its article's id and a run of its words; an edit that names no sentence,
// or several, is a problem the report names, and the others still apply.

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/app/align"
	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/segment"
	"github.com/parallax-news/parallax/app/words"
)

// edited is what the edits decided, for the report: the constraints, and
// the sentences (or claims) joined, set apart and set aside.
type edited struct {
	cons   align.Constraints
	shaped map[loc]bool // joined or set apart, or with a claim set aside: their facts are marked Edited
	aside  map[loc]bool // sentences and claims set aside
	claims []loc        // the claims set aside, in order: their sentences are read without them (Corpus.without)
	left   map[int]bool // units the sentences set apart or aside were with (align.Alignment.Left): their facts too
}

// applyEdits resolves the edits, in order, the later holding where two
// name one sentence: a join merges the groups its sentences were in; a
// split or an aside takes its sentence out of any group. An edit on a
// claim undoes an aside of its sentence; an aside of a sentence undoes
// the edits on its claims; a sentence every claim of which is set aside
// (the claims' last edits) is set aside. Cost: for each sentence an edit
// names, a pass over its article's sentences.
func (c *Corpus) applyEdits(edits []article.Edit) (edited, []string) {
	out := edited{shaped: map[loc]bool{}, aside: map[loc]bool{}}
	if len(edits) == 0 {
		return out, nil
	}
	var problems []string
	st := editState{state: map[loc]string{}, group: map[loc]int{}, members: map[int][]loc{}}
	for _, d := range c.docs {
		st.ids = append(st.ids, d.report.ID)
	}
	for i, e := range edits {
		locs, err := c.resolve(e)
		var all []loc
		var groups []int
		if err == nil && e.Kind() == "join" {
			all, groups, err = st.joined(locs)
		}
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v; it is not applied", e.Label(i), err))
			continue
		}
		for _, w := range locs {
			st.overlap(w, e.Kind())
		}
		if e.Kind() == "join" {
			st.join(i, all, groups)
			continue
		}
		st.leave(locs[0])
		st.state[locs[0]] = e.Kind()
	}
	// a sentence every claim of which is set aside has nothing left to
	// tell a fact: it is set aside, out of any join
	for w, s := range st.state {
		if s == "aside" && w.claim == 0 && st.allAside(w, len(c.docs[w.article].claims[w.sentence])) {
			whole := loc{w.article, w.sentence, -1}
			st.leave(whole)
			st.state[whole] = "aside"
		}
	}
	for i := range edits {
		set := st.members[i]
		if len(set) < 2 {
			continue
		}
		var units []int
		for _, w := range set {
			units = append(units, c.unitOf[w])
			out.shaped[w] = true
		}
		out.cons.Join = append(out.cons.Join, units)
	}
	for w, s := range st.state {
		switch s {
		case "split":
			out.cons.Apart = append(out.cons.Apart, c.unitOf[w])
			out.shaped[w] = true
		case "aside":
			if w.claim >= 0 && st.state[loc{w.article, w.sentence, -1}] == "aside" {
				continue // its sentence is set aside, and the claim with it
			}
			out.cons.Aside = append(out.cons.Aside, c.unitOf[w])
			out.aside[w] = true
			if w.claim >= 0 {
				out.shaped[loc{w.article, w.sentence, -1}] = true
			}
		}
	}
	slices.Sort(out.cons.Apart) // the map's order is random; the aligner's result is not
	slices.Sort(out.cons.Aside)
	for _, u := range out.cons.Aside {
		if w := c.where[u]; w.claim >= 0 {
			out.claims = append(out.claims, w)
		}
	}
	return out, problems
}

// allAside reports whether each of the n claims of w's sentence is set
// aside.
func (st *editState) allAside(w loc, n int) bool {
	for ci := range n {
		if st.state[loc{w.article, w.sentence, ci}] != "aside" {
			return false
		}
	}
	return true
}

// editState is what the edits so far decided: each sentence's (or
// claim's) last edit, and the join groups, by the edit that made them.
type editState struct {
	state   map[loc]string // → "join", "split" or "aside"
	group   map[loc]int    // a joined sentence → its join group
	members map[int][]loc
	ids     []string // article index → id, for messages
}

// joined is the group a join of locs makes, with the sentences joined
// with them before, and the groups it takes in; an error where it would
// hold two parts of one sentence (a sentence and its claim, or two claims
// of it), since the parts of a sentence never tell one fact twice.
func (st *editState) joined(locs []loc) ([]loc, []int, error) {
	var all []loc
	var groups []int
	seen := map[loc]bool{}
	for _, w := range locs {
		if g, ok := st.group[w]; ok && !slices.Contains(groups, g) {
			groups = append(groups, g)
			for _, x := range st.members[g] {
				if !seen[x] {
					seen[x] = true
					all = append(all, x)
				}
			}
		}
		if !seen[w] {
			seen[w] = true
			all = append(all, w)
		}
	}
	for a, x := range all {
		for _, y := range all[a+1:] {
			if x.article == y.article && x.sentence == y.sentence {
				return nil, nil, fmt.Errorf("with the joins before it, it would join two parts of one sentence of %q", st.ids[x.article])
			}
		}
	}
	return all, groups, nil
}

// join makes edit i's group (joined).
func (st *editState) join(i int, all []loc, groups []int) {
	for _, g := range groups {
		delete(st.members, g)
	}
	for _, w := range all {
		st.state[w], st.group[w] = "join", i
	}
	st.members[i] = all
}

// leave takes w out of its join group and forgets its edit.
func (st *editState) leave(w loc) {
	if g, ok := st.group[w]; ok {
		st.members[g] = remove(st.members[g], w)
		delete(st.group, w)
	}
	delete(st.state, w)
}

// overlap undoes what an edit of kind on w overrides: a claim's edit, its
// sentence's aside; a sentence's aside, its claims' edits.
func (st *editState) overlap(w loc, kind string) {
	if w.claim >= 0 {
		if whole := (loc{w.article, w.sentence, -1}); st.state[whole] == "aside" {
			st.leave(whole)
		}
		return
	}
	if kind != "aside" {
		return
	}
	for x := range st.state {
		if x.claim >= 0 && x.article == w.article && x.sentence == w.sentence {
			st.leave(x)
		}
	}
}

// resolve finds the sentences (or claims) an edit names, or says why it
// cannot.
func (c *Corpus) resolve(e article.Edit) ([]loc, error) {
	if err := e.Check(); err != nil {
		return nil, err
	}
	var out []loc
	for _, a := range e.Anchors() {
		w, err := c.find(a)
		if err != nil {
			return nil, err
		}
		for _, x := range out {
			if x.article == w.article && x.sentence == w.sentence {
				return nil, fmt.Errorf("it names one sentence of %q twice (or two parts of it)", a.Article)
			}
		}
		out = append(out, w)
	}
	return out, nil
}

// find is the one sentence of the anchor's article that holds its words,
// white space read as one space, or the claim of it the anchor names.
func (c *Corpus) find(a article.Anchor) (loc, error) {
	words := strings.Join(strings.Fields(a.Text), " ")
	for i, d := range c.docs {
		if d.report.ID != a.Article {
			continue
		}
		found, several := holding(len(d.report.Sentences), func(k int) string { return d.report.Sentences[k].Text }, words)
		if several {
			return loc{}, fmt.Errorf("more than one sentence of %q holds %q: give more of its words", a.Article, words)
		}
		if found < 0 {
			return loc{}, fmt.Errorf("no sentence of %q holds %q", a.Article, words)
		}
		if a.Claim == "" {
			return loc{i, found, -1}, nil
		}
		ci, err := d.findClaim(found, a.Claim)
		return loc{i, found, ci}, err
	}
	return loc{}, fmt.Errorf("there is no article %q", a.Article)
}

// holding finds which of n texts (text(k)) holds words, white space read
// as one space: the one that is them, else the one that holds them, and
// whether several do.
func holding(n int, text func(int) string, words string) (found int, several bool) {
	found = -1
	for k := range n {
		t := strings.Join(strings.Fields(text(k)), " ")
		if t == words {
			return k, false // the whole text: no other can be it
		}
		if strings.Contains(t, words) {
			several = several || found >= 0
			found = k
		}
	}
	return found, several
}

// findClaim is the one claim of sentence k that holds the words, white
// space read as one space; a claim that is them wins.
func (d doc) findClaim(k int, claim string) (int, error) {
	words := strings.Join(strings.Fields(claim), " ")
	if len(d.claims[k]) < 2 {
		return 0, fmt.Errorf("that sentence of %q is one claim: name it without \"claim\"", d.report.ID)
	}
	found, several := holding(len(d.claims[k]), func(ci int) string { sp := d.claims[k][ci]; return d.text[sp.Start:sp.End] }, words)
	if several {
		return 0, fmt.Errorf("more than one claim of that sentence of %q holds %q: give more of its words", d.report.ID, words)
	}
	if found < 0 {
		return 0, fmt.Errorf("no claim of that sentence of %q holds %q", d.report.ID, words)
	}
	return found, nil
}

func remove(ws []loc, w loc) []loc {
	for k, x := range ws {
		if x == w {
			return append(ws[:k:k], ws[k+1:]...)
		}
	}
	return ws
}

// without is the corpus read as if the claims aside (in unit order) were
// not in their sentences: each such sentence's tokens, the aligner's unit
// of it and its span (from the first claim it keeps to the last) are its
// other claims'. The index is built again over the new units. c is not
// changed; the last corpus made is kept, for the next comparison with the
// same claims aside (the slider). Cost: NewIndex over the units.
func (c *Corpus) without(ctx context.Context, aside []loc) (*Corpus, error) {
	key := fmt.Sprint(aside)
	c.mu.Lock()
	last, same := c.last, c.lastKey == key
	c.mu.Unlock()
	if same {
		return last, nil
	}
	out := &Corpus{title: c.title, problems: c.problems, sents: c.sents, where: c.where, unitOf: c.unitOf, base: c.base,
		docs: slices.Clone(c.docs), units: slices.Clone(c.units)}
	for _, w := range aside {
		d := &out.docs[w.article]
		if d.out == nil {
			d.spans, d.tokens, d.reads = slices.Clone(d.spans), slices.Clone(d.tokens), slices.Clone(d.reads)
			d.out = make([][]bool, len(d.spans))
		}
		if d.out[w.sentence] == nil {
			d.out[w.sentence] = make([]bool, len(d.claims[w.sentence]))
		}
		d.out[w.sentence][w.claim] = true
		out.units[c.unitOf[w]].Tokens = nil // its words count nowhere
	}
	for _, w := range aside {
		d, k := &out.docs[w.article], w.sentence
		d.tokens[k] = d.kept(k, c.docs[w.article].tokens[k])
		d.reads[k] = d.kept(k, c.docs[w.article].reads[k])
		out.units[c.unitOf[loc{w.article, k, -1}]].Tokens = d.reads[k]
		if first, last, _ := claimsApart(*d, w.article, k, nil); first >= 0 { // applyEdits sets aside a sentence with no claim left
			d.spans[k] = segment.Span{Start: d.claims[k][first].Start, End: d.claims[k][last].End}
		}
	}
	ix, err := align.NewIndexContext(ctx, out.units, nil)
	if err != nil {
		return nil, err
	}
	out.ix = ix
	c.mu.Lock()
	c.lastKey, c.last = key, out
	c.mu.Unlock()
	return out, nil
}

// kept are the tokens toks of sentence k that are in the claims of it not
// set aside.
func (d doc) kept(k int, toks []words.Token) []words.Token {
	var out []words.Token
	for ci, sp := range d.claims[k] {
		if !d.gone(k, ci) {
			out = append(out, inClaim(toks, sp)...)
		}
	}
	return out
}

// leftBy is the set of units whose facts an edit shaped beyond those it
// names: left, those the sentences set apart or aside were with
// (align.Alignment.Left), and, with claims aside, the members of every
// fact of facts (the comparison's) that is not one of the machine's facts
// of the corpus as read (c) at strictness: reading a sentence without a
// claim moves it, and may move others (the words' weights change). Cost:
// with claims aside, an alignment of c.
func (c *Corpus) leftBy(ctx context.Context, strictness float64, aside []loc, left []int, facts [][]int) (map[int]bool, error) {
	out := map[int]bool{}
	for _, u := range left {
		out[u] = true
	}
	if len(aside) == 0 {
		return out, nil
	}
	al, err := c.ix.FactsContext(ctx, strictness, nil)
	if err != nil {
		return nil, err
	}
	key := func(f []int) string { f = slices.Clone(f); slices.Sort(f); return fmt.Sprint(f) }
	machine := map[string]bool{}
	for _, f := range al.Facts {
		machine[key(f)] = true
	}
	for _, f := range facts {
		if !machine[key(f)] {
			for _, u := range f {
				out[u] = true
			}
		}
	}
	return out, nil
}
