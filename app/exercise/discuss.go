package exercise

// Questions a class answers in words: why outlets give different figures
// for one fact, and whom each outlet quotes. They are not checked; the key
// gives the points a discussion should reach, with the sentences that
// raise them.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/app/compare"
)

// discussFigures asks why outlets give different figures for one fact:
// the first conflict among figures that holds (not marked possible), the
// one a figure question asks about too.
func (b builder) discussFigures() []Question {
	for f, c := range b.r.Clusters {
		for k, d := range c.Divergences {
			if !firmConflict(d) {
				continue
			}
			var gives []string
			var evidence []compare.Ref
			for _, m := range d.Members {
				ref := compare.Ref{Article: m.Article, Sentence: m.Sentence}
				if !b.known(ref) || slices.Contains(evidence, ref) {
					continue
				}
				i, _ := b.at(m.Article)
				gives = append(gives, fmt.Sprintf("%s gives %s (%s)", b.r.Outlet(i), compare.Quoted(m.Value), b.r.Cite(ref)))
				evidence = append(evidence, ref)
			}
			if len(evidence) < 2 {
				continue
			}
			return []Question{{
				ID:       fmt.Sprintf("discuss-figures-%d-%d", f, k),
				Kind:     Discuss,
				Prompt:   fmt.Sprintf("In one fact, %s. Why might two outlets give different figures for what reads as the same thing? What would you check, and where?", list(gives)),
				Evidence: evidence,
				Explain:  "Points for the discussion: whether they count the same thing (the same day, the same place, the same way of counting: one may say “the day before”); whether one rounds or gives an estimate (“nearly”, “about”); whose figure each outlet reports (an army, a ministry, an official); and which primary source would settle it. A figure is not wrong just because another outlet gives a different one.",
			}}
		}
	}
	return nil
}

// discussSources asks whom each outlet quotes, where at least two outlets
// quote someone they name (compare.Sentence.Says).
func (b builder) discussSources() []Question {
	var lines []string
	var evidence []compare.Ref
	quoters := 0 // outlets that quote someone by name
	for i, a := range b.r.Articles {
		var who []string
		for k, s := range a.Sentences {
			if s.Says == "" || !quoting(s.Text) {
				continue
			}
			if !slices.Contains(who, s.Says) {
				who = append(who, s.Says)
				evidence = append(evidence, compare.Ref{Article: a.ID, Sentence: k})
			}
		}
		if len(who) == 0 {
			lines = append(lines, fmt.Sprintf("%s quotes no one by name", b.r.Name(i)))
			continue
		}
		quoters++
		lines = append(lines, fmt.Sprintf("%s quotes %s", b.r.Name(i), list(who)))
	}
	if quoters < 2 {
		return nil
	}
	return []Question{{
		ID:       "discuss-sources",
		Kind:     Discuss,
		Prompt:   "Whom does each outlet quote? Whose voice does none of them include, and how might that shape what a reader takes away?",
		Evidence: evidence,
		Explain:  "What the articles show: " + strings.Join(lines, "; ") + ". Points for the discussion: who is missing (people affected, the other side, independent experts), and whether an outlet relies on one side's statements.",
	}}
}
