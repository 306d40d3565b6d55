package exercise

// Questions on who tells what: which outlets report a fact, which fact
// only one reports, the figures they disagree on, and how they word one
// quote.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/app/compare"
)

// whoTells asks which other outlets report a fact that some but not all
// of them tell: the most widely told such facts, up to two.
func (b builder) whoTells() []Question {
	n := len(b.r.Articles)
	if n < 3 {
		return nil // with two articles a fact is told by one or by both
	}
	var facts []int
	for f, c := range b.r.Clusters {
		// not a fact another outlet answers, or comes close to (a near
		// miss): that outlet may not leave it unmentioned
		if b.r.Reach(f) == compare.ToldBySome && len(c.Members) > 0 && b.worth(c.Members[0]) && !b.answered(f) && len(c.Near) == 0 {
			facts = append(facts, f)
		}
	}
	slices.SortStableFunc(facts, func(x, y int) int { return b.r.Clusters[y].Articles - b.r.Clusters[x].Articles })
	var out []Question
	for _, f := range facts[:min(2, len(facts))] {
		c := b.r.Clusters[f]
		in := b.r.Tellers(c.ID)
		shown, _ := b.at(c.Members[0].Article)
		about := c.Members[0]
		q := Question{
			ID:       fmt.Sprintf("who-tells-%d", f),
			Kind:     WhoTells,
			Prompt:   fmt.Sprintf("%s reports this. Which other outlets report the same fact? Choose all that apply.", b.r.Outlet(shown)),
			About:    &about,
			Multiple: true,
			Choices:  b.outletChoices(in, []int{shown}),
			Evidence: slices.Clone(c.Members),
		}
		var names []string
		for _, i := range in {
			names = append(names, b.r.Outlet(i))
		}
		q.Explain = fmt.Sprintf("%d of the %d articles report it: %s. The others do not mention it.", len(in), n, list(names))
		out = append(out, q)
	}
	return out
}

// onlyOne asks which of four facts only one outlet reports: one told by
// a single article with nothing close in another (no near miss), three
// told by several, each in the words of its first member (its claim,
// where a sentence tells several facts). A fact one article tells while
// another comes close is no answer to give a class.
func (b builder) onlyOne() []Question {
	var alone, shared []int
	for f, c := range b.r.Clusters {
		if len(c.Members) == 0 || !b.worth(c.Members[0]) {
			continue
		}
		switch b.r.Reach(f) {
		case compare.ToldByAll, compare.ToldBySome:
			shared = append(shared, f)
		case compare.ToldByOne:
			if !b.answered(f) { // another outlet answers it: not "only one"
				alone = append(alone, f)
			}
		}
	}
	quoted := func(f, n int) string { return compare.Quoted(compare.Clip(b.r.ClaimText(f, 0), n)) }
	var out []Question
	used := map[string]bool{} // up to two, each about a different article
	for _, f := range alone {
		ref := b.r.Clusters[f].Members[0]
		if len(out) == 2 || len(shared) < 3*(len(out)+1) {
			break
		}
		if used[ref.Article] {
			continue
		}
		used[ref.Article] = true
		i, _ := b.at(ref.Article)
		q := Question{
			ID:       fmt.Sprintf("only-one-%s-%d", ref.Article, ref.Sentence),
			Kind:     OnlyOne,
			Prompt:   "Which of these facts does only one outlet report?",
			Choices:  []Choice{{Text: b.r.ClaimText(f, 0), Sentence: &ref, Correct: true}},
			Evidence: []compare.Ref{ref},
		}
		var others []string
		for _, g := range shared[3*len(out) : 3*len(out)+3] {
			s := b.r.Clusters[g].Members[0]
			for _, m := range b.r.Clusters[g].Members {
				if q.Look == nil && m.Article != s.Article {
					q.Look = &m // another outlet tells this choice: one wrong choice struck out
				}
			}
			q.Choices = append(q.Choices, Choice{Text: b.r.ClaimText(g, 0), Sentence: &s})
			others = append(others, fmt.Sprintf("%s is told by %d", quoted(g, 60), b.r.Clusters[g].Articles))
			q.Evidence = append(q.Evidence, s)
		}
		q.Explain = fmt.Sprintf("Only %s reports %s. The others are told by several outlets: %s.",
			b.r.Outlet(i), quoted(f, 80), strings.Join(others, "; "))
		out = append(out, q)
	}
	return out
}

// figures asks, where outlets give conflicting figures inside one fact,
// what figure one of them gives, showing another's sentence: an outlet
// that gives one figure, not the one shown. (An outlet that gives two,
// "roughly 400" and "728" drones, can be shown but not asked.)
func (b builder) figures() []Question {
	var out []Question
	for f, c := range b.r.Clusters {
		for k, d := range c.Divergences {
			if !firmConflict(d) || len(out) == 2 {
				continue
			}
			given := map[string][]string{} // article → its figures
			var values []string
			for _, m := range d.Members {
				if !slices.Contains(given[m.Article], m.Value) {
					given[m.Article] = append(given[m.Article], m.Value)
				}
				if !slices.Contains(values, m.Value) {
					values = append(values, m.Value)
				}
			}
			// The first sentence shown that leaves another outlet asked,
			// one that gives a single figure, and not the one shown.
			var shown, asked *compare.Mark
			si, ai := -1, -1
			for x := 0; x < len(d.Members) && asked == nil; x++ {
				shown = &d.Members[x]
				var ok bool
				if si, ok = b.at(shown.Article); !ok {
					continue
				}
				for y := range d.Members {
					m := &d.Members[y]
					if m.Article != shown.Article && len(given[m.Article]) == 1 && m.Value != shown.Value {
						if ai, ok = b.at(m.Article); ok {
							asked = m
							break
						}
					}
				}
			}
			if asked == nil {
				continue
			}
			about := compare.Ref{Article: shown.Article, Sentence: shown.Sentence}
			q := Question{
				ID:     fmt.Sprintf("figure-%d-%d", f, k),
				Kind:   Figure,
				Prompt: fmt.Sprintf("%s writes this. %s reports the same fact: what figure does it give?", b.r.Outlet(si), b.r.Outlet(ai)),
				About:  &about,
			}
			for _, v := range values {
				q.Choices = append(q.Choices, Choice{Text: v, Correct: v == asked.Value})
			}
			var who []string
			for _, m := range d.Members {
				i, _ := b.at(m.Article)
				who = append(who, b.r.Outlet(i)+" gives "+compare.Quoted(m.Value))
				if ref := (compare.Ref{Article: m.Article, Sentence: m.Sentence}); !slices.Contains(q.Evidence, ref) && b.known(ref) {
					q.Evidence = append(q.Evidence, ref)
				}
			}
			q.Explain = fmt.Sprintf("The outlets give different figures: %s. Either they count different things (another day, another place, another way of counting) or at least one is wrong; a careful reader finds out which, from a primary source, before repeating either. %s", strings.Join(who, ", "), d.Reason)
			out = append(out, q)
		}
	}
	return out
}

// quotes asks how two outlets' wordings of one quotation compare: word
// for word, a few words changed (a word added, dropped or spelled
// otherwise), or other words. The engine's word diff (Mark.Diff) says.
func (b builder) quotes() []Question {
	var out []Question
	for f, c := range b.r.Clusters {
		for k, d := range c.Divergences {
			if d.Kind != compare.KindQuote || d.Possible || len(d.Members) < 2 || len(out) == 2 {
				continue
			}
			first := d.Members[0]
			var second *compare.Mark
			for x := range d.Members[1:] {
				if m := &d.Members[1+x]; m.Article != first.Article {
					second = m
					break
				}
			}
			fi, ok1 := b.at(first.Article)
			if second == nil || !ok1 {
				continue
			}
			si, ok2 := b.at(second.Article)
			if !ok2 {
				continue
			}
			kept, added, dropped := 0, 0, 0
			for _, e := range second.Diff {
				switch n := len(strings.Fields(e.Text)); e.Op {
				case "=":
					kept += n
				case "+":
					added += n
				default:
					dropped += n
				}
			}
			changed := added + dropped
			answer := 0 // word for word
			switch {
			case changed == 0:
			case kept > 0 && (added == 0 || dropped == 0 || changed*4 <= kept+changed):
				answer = 1 // one quotes more or less of it, or a few words differ
			default:
				answer = 2
			}
			about := compare.Ref{Article: first.Article, Sentence: first.Sentence}
			q := Question{
				ID:   fmt.Sprintf("quote-%d-%d", f, k),
				Kind: Quote,
				Prompt: fmt.Sprintf("%s quotes %s. %s, reporting the same fact, quotes %s. How do the two wordings compare?",
					b.r.Outlet(fi), compare.Quoted(strings.TrimRight(first.Value, ".,;: ")), b.r.Outlet(si), compare.Quoted(strings.TrimRight(second.Value, ".,;: "))),
				About:    &about,
				Evidence: []compare.Ref{about, {Article: second.Article, Sentence: second.Sentence}},
			}
			for x, text := range []string{"Word for word the same", "The same words, with a few added, dropped or changed", "Different words: a paraphrase, or another part of what was said"} {
				q.Choices = append(q.Choices, Choice{Text: text, Correct: x == answer})
			}
			q.Explain = fmt.Sprintf("Of the words %s quotes, %d match %s's and %d differ. A quotation should be the speaker's exact words: different wordings mean at least one outlet shortened, paraphrased or translated, so check the original before repeating either.",
				b.r.Outlet(si), kept, b.r.Outlet(fi), changed)
			out = append(out, q)
		}
	}
	return out
}

// firmConflict reports whether d is figures that conflict and are not
// marked possible: what the figure questions, checked and discussed, ask
// about.
func firmConflict(d compare.Divergence) bool {
	return d.Kind == compare.KindNumber && d.Conflict && !d.Possible && len(d.Members) >= 2
}
