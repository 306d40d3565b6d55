package exercise

// Questions on sources: who is quoted where an outlet does not say, which
// article seems rewritten from which, and what one outlet adds that no
// other confirms.

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/app/compare"
)

// speakers asks who is quoted where one outlet prints a quotation
// without naming the speaker and others, telling the same fact, name
// one (compare.Sentence.Says). The other choices are people the articles quote
// elsewhere.
func (b builder) speakers() []Question {
	// everyone the articles quote, most quoted first, and each quoting
	// sentence's speaker ("" when it names none)
	count := map[string]int{}
	said := map[compare.Ref]string{}
	var people []string
	for _, a := range b.r.Articles {
		for k, s := range a.Sentences {
			if !quoting(s.Text) {
				continue
			}
			p := s.Says
			said[compare.Ref{Article: a.ID, Sentence: k}] = p
			if p != "" {
				if count[p] == 0 {
					people = append(people, p)
				}
				count[p]++
			}
		}
	}
	slices.SortStableFunc(people, func(x, y string) int { return count[y] - count[x] })
	var out []Question
	for f, c := range b.r.Clusters {
		if len(out) == 2 {
			break
		}
		var unnamed *compare.Ref
		var named []compare.Ref
		speaker := ""
		agree := true
		for x, m := range c.Members {
			p, quotes := said[m]
			switch {
			case !quotes:
			case p == "" && unnamed == nil && b.worth(m):
				unnamed = &c.Members[x]
			case p != "" && speaker == "":
				speaker = p
				named = append(named, m)
			case p != "":
				agree = agree && p == speaker
				named = append(named, m)
			}
		}
		if unnamed == nil || speaker == "" || !agree {
			continue
		}
		q := Question{
			ID:       fmt.Sprintf("speaker-%d", f),
			Kind:     Speaker,
			About:    unnamed,
			Choices:  []Choice{{Text: speaker, Correct: true}},
			Evidence: append([]compare.Ref{*unnamed}, named...),
		}
		for _, p := range people {
			if p != speaker && len(q.Choices) < 4 {
				q.Choices = append(q.Choices, Choice{Text: p})
			}
		}
		if len(q.Choices) < 2 {
			continue
		}
		ui, _ := b.at(unnamed.Article)
		q.Prompt = fmt.Sprintf("%s prints this quotation without saying here who spoke. The other outlets report the same fact: who is quoted?", b.r.Outlet(ui))
		var who []string
		for _, m := range named {
			i, _ := b.at(m.Article)
			who = append(who, b.r.Outlet(i))
		}
		q.Explain = fmt.Sprintf("%s %s %s as the speaker. A quotation is only as good as its attribution: check who said it before repeating it.", list(who), plural(len(who), "names", "name"), speaker)
		out = append(out, q)
	}
	return out
}

// derived asks which article one seems rewritten from, for the (at most
// two) articles the engine found most likely rewritten. With two
// articles, it asks which way round, or neither.
func (b builder) derived() []Question {
	sources := map[string][]int{} // derived article → its likely sources
	var order []string
	for _, d := range b.r.Derivations {
		s, ok1 := b.at(d.Source)
		_, ok2 := b.at(d.Derived)
		if !ok1 || !ok2 || d.Source == d.Derived {
			continue
		}
		if sources[d.Derived] == nil {
			order = append(order, d.Derived)
		}
		sources[d.Derived] = append(sources[d.Derived], s)
	}
	var out []Question
	for _, id := range order[:min(2, len(order))] {
		derived, _ := b.at(id)
		from := sources[id]
		q := Question{ID: "derived-" + id, Kind: Derived, Multiple: len(from) > 1}
		if len(b.r.Articles) == 2 {
			other := from[0]
			q.Prompt = "Does one of the two articles seem rewritten from the other?"
			q.Choices = []Choice{
				{Text: fmt.Sprintf("%s seems rewritten from %s", b.r.Name(derived), b.r.Name(other)), Correct: true},
				{Text: fmt.Sprintf("%s seems rewritten from %s", b.r.Name(other), b.r.Name(derived))},
				{Text: "Neither seems rewritten from the other"},
			}
		} else {
			q.Prompt = fmt.Sprintf("%s's article closely follows others here. Which does it seem rewritten from?", b.r.Outlet(derived))
			if q.Multiple {
				q.Prompt += " Choose all that apply."
			}
			q.Choices = b.outletChoices(from, []int{derived})
		}
		// the evidence: the derived article's sentences whose facts a
		// source also tells, with the source's (a few)
		for _, c := range b.r.Clusters {
			in := b.r.Tellers(c.ID)
			if !slices.Contains(in, derived) || !slices.ContainsFunc(from, func(s int) bool { return slices.Contains(in, s) }) || len(q.Evidence) >= 6 {
				continue
			}
			for _, m := range c.Members {
				if i, _ := b.at(m.Article); (i == derived || slices.Contains(from, i)) && b.known(m) {
					q.Evidence = append(q.Evidence, m)
				}
			}
		}
		var why []string
		for _, d := range b.r.Derivations {
			if d.Derived == id {
				s, _ := b.at(d.Source)
				why = append(why, fmt.Sprintf("from %s (likelihood %s): %s", b.r.Outlet(s), compare.Percent(d.Likelihood), d.Reason))
			}
		}
		q.Explain = fmt.Sprintf("%s seems rewritten %s. This is a likelihood, not a finding: both may follow a third source, such as a wire story.",
			b.r.Outlet(derived), strings.Join(why, "; and "))
		if len(q.Evidence) > 0 {
			out = append(out, q)
		}
	}
	return out
}

// unconfirmed asks, for the article that says most alone, which of five
// of its sentences no other outlet confirms. A sentence no other article
// tells but another comes close to (a near miss) is left out: it may be
// confirmed in other words.
func (b builder) unconfirmed() []Question {
	if len(b.r.Articles) < 2 {
		return nil
	}
	best := -1
	for i, a := range b.r.Articles {
		if len(a.Unique) > 0 && (best < 0 || len(a.Unique) > len(b.r.Articles[best].Unique)) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	a := b.r.Articles[best]
	unique := map[int]bool{} // the sentences no other article reports
	for _, k := range a.Unique {
		unique[k] = true
	}
	var alone, shared []compare.Ref
	for k, s := range a.Sentences {
		ref := compare.Ref{Article: a.ID, Sentence: k}
		if !b.worth(ref) || s.Fact < 0 || s.Fact >= len(b.r.Clusters) {
			continue
		}
		switch {
		case !unique[k]:
			shared = append(shared, ref)
		case len(b.r.Close(ref)) == 0 && !measures(s.Text) && len(b.contested([]compare.Ref{ref})) == 0:
			alone = append(alone, ref)
		}
	}
	if len(alone) < 1 || len(shared) < 2 {
		return nil
	}
	// five sentences, up to three of them its own and at least two
	// that others confirm, in the article's order
	nShared := min(len(shared), max(2, 5-min(3, len(alone))))
	nAlone := min(len(alone), 3, 5-nShared)
	pick := append(slices.Clone(alone[:nAlone]), shared[:nShared]...)
	slices.SortFunc(pick, func(x, y compare.Ref) int { return x.Sentence - y.Sentence })
	q := Question{
		ID:       fmt.Sprintf("unconfirmed-%s", a.ID),
		Kind:     Unconfirmed,
		Prompt:   fmt.Sprintf("Which of these details does %s report that no other outlet confirms? Choose all that apply.", b.r.Outlet(best)),
		Multiple: true,
		Evidence: pick,
	}
	var own, told []string
	for k := range pick {
		ref := pick[k]
		s := b.sentence(ref)
		c := b.r.Clusters[s.Fact]
		q.Choices = append(q.Choices, Choice{Text: s.Text, Sentence: &pick[k], Correct: unique[ref.Sentence]})
		if unique[ref.Sentence] {
			own = append(own, b.quoted(ref, 60))
		} else {
			told = append(told, fmt.Sprintf("%s (told by %d)", b.quoted(ref, 40), c.Articles))
		}
	}
	q.Explain = fmt.Sprintf("No other article reports %s; that does not make them wrong, but a careful reader looks for a second source. Other outlets confirm %s.",
		strings.Join(own, " or "), strings.Join(told, " and "))
	return []Question{q}
}

// quoting says whether a sentence holds a quotation mark.
func quoting(s string) bool { return strings.Contains(s, "“") || strings.IndexByte(s, '"') >= 0 }

// measures says whether a sentence gives a figure, a count or a span of
// time: "lasted nearly an hour", "728 drones". Another outlet may give
// the same in passing, inside a sentence about something else ("the
// 50-minute meeting"), which alignment does not see, so such a sentence
// is never offered as one no other outlet confirms.
func measures(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 || measureWords[w] {
			return true
		}
	}
	return false
}

// measureWords are the English words of counts and spans of time.
var measureWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`two three four five six seven eight nine ten eleven twelve
		twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions
		dozen dozens half quarter second seconds minute minutes hour hours day days week weeks
		month months year years decade decades percent`) {
		measureWords[w] = true
	}
}
