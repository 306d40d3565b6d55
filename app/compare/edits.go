package compare

// Edits: an editor's corrections (article.Edit) → the aligner's
// constraints (align.Constraints). Each sentence an edit names is found by
// its article's id and a run of its words; an edit that names no sentence,
// or several, is a problem the report names, and the others still apply.

import (
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/app/align"
	"github.com/parallax-news/parallax/app/article"
)

// edited is what the edits decided, for the report: the constraints, and
// the sentences (as whole-sentence locs) joined, set apart and set aside.
type edited struct {
	cons   align.Constraints
	shaped map[loc]bool // joined or set apart: their facts are marked Edited
	aside  map[loc]bool
}

// applyEdits resolves the edits, in order, the later holding where two
// name one sentence: a join merges the groups its sentences were in; a
// split or an aside takes its sentence out of any group. Cost: for each
// sentence an edit names, a pass over its article's sentences.
func (c *Corpus) applyEdits(edits []article.Edit) (edited, []string) {
	out := edited{shaped: map[loc]bool{}, aside: map[loc]bool{}}
	if len(edits) == 0 {
		return out, nil
	}
	var problems []string
	state := map[loc]string{} // sentence → "join", "split" or "aside"
	group := map[loc]int{}    // a joined sentence → its join group
	members := map[int][]loc{}
	for i, e := range edits {
		locs, err := c.resolve(e)
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v; it is not applied", e.Label(i), err))
			continue
		}
		if e.Kind() == "join" {
			var all []loc // the sentences named, and those joined with them before
			seen := map[loc]bool{}
			for _, w := range locs {
				if g, ok := group[w]; ok {
					for _, x := range members[g] {
						if !seen[x] {
							seen[x] = true
							all = append(all, x)
						}
					}
					delete(members, g)
				}
				if !seen[w] {
					seen[w] = true
					all = append(all, w)
				}
			}
			for _, w := range all {
				state[w], group[w] = "join", i
			}
			members[i] = all
			continue
		}
		w := locs[0]
		if g, ok := group[w]; ok {
			members[g] = remove(members[g], w)
			delete(group, w)
		}
		state[w] = e.Kind()
	}
	for i := range edits {
		set := members[i]
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
	for w, s := range state {
		switch s {
		case "split":
			out.cons.Apart = append(out.cons.Apart, c.unitOf[w])
			out.shaped[w] = true
		case "aside":
			out.cons.Aside = append(out.cons.Aside, c.unitOf[w])
			out.aside[w] = true
		}
	}
	return out, problems
}

// resolve finds the sentences an edit names, or says why it cannot.
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
			if x == w {
				return nil, fmt.Errorf("it names one sentence of %q twice", a.Article)
			}
		}
		out = append(out, w)
	}
	return out, nil
}

// find is the one sentence of the anchor's article that holds its words,
// white space read as one space.
func (c *Corpus) find(a article.Anchor) (loc, error) {
	words := strings.Join(strings.Fields(a.Text), " ")
	for i, d := range c.docs {
		if d.report.ID != a.Article {
			continue
		}
		found, several := -1, false
		for k, s := range d.report.Sentences {
			text := strings.Join(strings.Fields(s.Text), " ")
			if text == words {
				found, several = k, false // the whole sentence: no other can be it
				break
			}
			if strings.Contains(text, words) {
				several = several || found >= 0
				found = k
			}
		}
		if several {
			return loc{}, fmt.Errorf("more than one sentence of %q holds %q: give more of its words", a.Article, words)
		}
		if found < 0 {
			return loc{}, fmt.Errorf("no sentence of %q holds %q", a.Article, words)
		}
		return loc{i, found, -1}, nil
	}
	return loc{}, fmt.Errorf("there is no article %q", a.Article)
}

func remove(ws []loc, w loc) []loc {
	for k, x := range ws {
		if x == w {
			return append(ws[:k:k], ws[k+1:]...)
		}
	}
	return ws
}
