// Package exercise turns a comparison into media-literacy questions for
// a class practising lateral reading: which outlets report a fact, what
// only one of them says, the figures they disagree on, how they word one
// quote, which article seems rewritten from which, and what an outlet
// adds that no other confirms.
//
// Every question is built from what the engine found (compare.Report)
// and points at the sentences that prove its answer; none is invented or
// padded. A comparison that yields too few says so (Exercise.Short). The
// questions and the order of their choices depend on the report alone,
// so a worksheet, its key and a shared link agree. Cost: one pass over
// the report's facts and articles, O(sentences + divergences).
package exercise

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/diverge"
)

// Kind is what a question asks about.
type Kind string

const (
	WhoTells    Kind = "who-tells"   // which outlets report a fact
	OnlyOne     Kind = "only-one"    // which fact only one outlet reports
	Figure      Kind = "figure"      // the figure an outlet gives where they disagree
	Quote       Kind = "quote"       // how two outlets word one quotation
	Speaker     Kind = "speaker"     // who is quoted, where an outlet does not say
	Derived     Kind = "derived"     // which article seems rewritten from which
	Unconfirmed Kind = "unconfirmed" // what an outlet adds that no other confirms
)

// Question is one question with its choices, its answer and why.
type Question struct {
	ID     string `json:"id"` // stable for a report: the kind and what it is about
	Kind   Kind   `json:"kind"`
	Prompt string `json:"prompt"`
	// About is the sentence the question quotes, if any, shown with it.
	About *compare.Ref `json:"about,omitempty"`
	// Choices are the answers offered; Multiple says whether more than
	// one may be right ("choose all that apply").
	Choices  []Choice `json:"choices"`
	Multiple bool     `json:"multiple"`
	// Explain says why the answer is right, and Evidence lists the
	// sentences that show it.
	Explain  string        `json:"explain"`
	Evidence []compare.Ref `json:"evidence"`
}

// Choice is one answer offered: a text (an outlet, a figure) or a
// sentence of an article.
type Choice struct {
	Text     string       `json:"text"`
	Sentence *compare.Ref `json:"sentence,omitempty"`
	Correct  bool         `json:"correct"`
}

// Exercise is the questions a report yields.
type Exercise struct {
	Title     string     `json:"title,omitempty"`
	Questions []Question `json:"questions"`
	// Short says, when the report yields fewer than MinQuestions, what it
	// lacks; "" when there are enough.
	Short string `json:"short,omitempty"`
}

// MinQuestions is the fewest questions that make an exercise.
const MinQuestions = 4

// Build makes the exercise of a report. Questions come in the order of
// the kinds above, at most a few of each.
func Build(r *compare.Report) Exercise {
	b := builder{r: r, index: map[string]int{}}
	for i, a := range r.Articles {
		b.index[a.ID] = i
	}
	ex := Exercise{Title: r.Title}
	for _, kind := range []func() []Question{b.whoTells, b.onlyOne, b.figures, b.quotes, b.speakers, b.derived, b.unconfirmed} {
		ex.Questions = append(ex.Questions, kind()...)
	}
	for i := range ex.Questions {
		shuffle(&ex.Questions[i])
	}
	if len(ex.Questions) < MinQuestions {
		ex.Short = fmt.Sprintf("These articles yield %d %s, fewer than the %d an exercise needs: %s.",
			len(ex.Questions), plural(len(ex.Questions), "question", "questions"), MinQuestions, b.lacks())
	}
	return ex
}

// Check reports whether picked, the indexes of the chosen choices, is
// exactly the set of right ones.
func (q Question) Check(picked []int) bool {
	if len(picked) == 0 {
		return false
	}
	for i, c := range q.Choices {
		if c.Correct != slices.Contains(picked, i) {
			return false
		}
	}
	for _, p := range picked {
		if p < 0 || p >= len(q.Choices) {
			return false
		}
	}
	return true
}

// Letter names the k-th choice of a question on paper: a … z, aa, ab …
func Letter(k int) string { return strings.ToLower(compare.Tag(k)) }

// Answer lists the indexes of the right choices.
func (q Question) Answer() []int {
	var out []int
	for i, c := range q.Choices {
		if c.Correct {
			out = append(out, i)
		}
	}
	return out
}

type builder struct {
	r     *compare.Report
	index map[string]int // article id → index
}

// outlet names article i in prose: its outlet, or "Article A".
func (b builder) outlet(i int) string { return b.r.Outlet(i) }

// choice names article i as a choice: with its letter, so that two
// articles of one outlet stay two choices ("B · Reuters").
func (b builder) choice(i int) string { return compare.Tag(i) + " · " + b.r.Outlet(i) }

// at finds an article by id.
func (b builder) at(id string) (int, bool) {
	i, ok := b.index[id]
	return i, ok
}

// known says whether ref is a sentence of the report.
func (b builder) known(ref compare.Ref) bool {
	i, ok := b.index[ref.Article]
	return ok && ref.Sentence >= 0 && ref.Sentence < len(b.r.Articles[i].Sentences)
}

func (b builder) sentence(ref compare.Ref) compare.Sentence {
	return b.r.Articles[b.index[ref.Article]].Sentences[ref.Sentence]
}

// quoted is a sentence's text in quotation marks, shortened past n bytes.
func (b builder) quoted(ref compare.Ref, n int) string {
	s := clip(b.sentence(ref).Text, n)
	if strings.HasPrefix(s, "“") || strings.HasPrefix(s, `"`) {
		return s // a quotation already: no second pair of marks
	}
	return "“" + s + "”"
}

// worth says whether a sentence is a fair thing to ask about: a sentence
// of the body, not a headline, with a few words in it.
func (b builder) worth(ref compare.Ref) bool {
	if !b.known(ref) {
		return false
	}
	s := b.sentence(ref)
	return !s.Heading && len(strings.Fields(s.Text)) >= 6
}

// tellers are the articles that tell a fact, in article order.
func (b builder) tellers(c compare.Cluster) []int {
	var out []int
	for _, m := range c.Members {
		if i, ok := b.at(m.Article); ok && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out
}

// maxWrong is the most wrong choices a question offers: with 200
// articles, 199 outlets to tick would be no question at all.
const maxWrong = 4

// outletChoices offers the articles of in as right, and others not in
// skip as wrong, up to maxWrong of them, in article order.
func (b builder) outletChoices(in, skip []int) []Choice {
	var out []Choice
	wrong := 0
	for i := range b.r.Articles {
		switch {
		case slices.Contains(skip, i):
		case slices.Contains(in, i):
			out = append(out, Choice{Text: b.choice(i), Correct: true})
		case wrong < maxWrong:
			out = append(out, Choice{Text: b.choice(i)})
			wrong++
		}
	}
	return out
}

// whoTells asks which other outlets report a fact that some but not all
// of them tell: the most widely told such facts, up to two.
func (b builder) whoTells() []Question {
	n := len(b.r.Articles)
	if n < 3 {
		return nil // with two articles a fact is told by one or by both
	}
	var facts []int
	for f, c := range b.r.Clusters {
		if c.Articles > 1 && c.Articles < n && len(c.Members) > 0 && b.worth(c.Members[0]) {
			facts = append(facts, f)
		}
	}
	slices.SortStableFunc(facts, func(x, y int) int { return b.r.Clusters[y].Articles - b.r.Clusters[x].Articles })
	var out []Question
	for _, f := range facts[:min(2, len(facts))] {
		c := b.r.Clusters[f]
		in := b.tellers(c)
		shown, _ := b.at(c.Members[0].Article)
		about := c.Members[0]
		q := Question{
			ID:       fmt.Sprintf("who-tells-%d", f),
			Kind:     WhoTells,
			Prompt:   fmt.Sprintf("%s reports this. Which other outlets report the same fact? Choose all that apply.", b.outlet(shown)),
			About:    &about,
			Multiple: true,
			Choices:  b.outletChoices(in, []int{shown}),
			Evidence: slices.Clone(c.Members),
		}
		var names []string
		for _, i := range in {
			names = append(names, b.outlet(i))
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
		switch {
		case c.Articles > 1:
			shared = append(shared, f)
		case len(c.Near) == 0:
			alone = append(alone, f)
		}
	}
	quoted := func(f, n int) string {
		s := clip(b.r.ClaimText(f, 0), n)
		if strings.HasPrefix(s, "“") || strings.HasPrefix(s, `"`) {
			return s
		}
		return "“" + s + "”"
	}
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
			q.Choices = append(q.Choices, Choice{Text: b.r.ClaimText(g, 0), Sentence: &s})
			others = append(others, fmt.Sprintf("%s is told by %d", quoted(g, 60), b.r.Clusters[g].Articles))
			q.Evidence = append(q.Evidence, s)
		}
		q.Explain = fmt.Sprintf("Only %s reports %s. The others are told by several outlets: %s.",
			b.outlet(i), quoted(f, 80), strings.Join(others, "; "))
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
			if d.Kind != compare.KindNumber || !d.Conflict || d.Possible || len(d.Members) < 2 || len(out) == 2 {
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
				Prompt: fmt.Sprintf("%s writes this. %s reports the same fact: what figure does it give?", b.outlet(si), b.outlet(ai)),
				About:  &about,
			}
			for _, v := range values {
				q.Choices = append(q.Choices, Choice{Text: v, Correct: v == asked.Value})
			}
			var who []string
			for _, m := range d.Members {
				i, _ := b.at(m.Article)
				who = append(who, fmt.Sprintf("%s gives “%s”", b.outlet(i), m.Value))
				if ref := (compare.Ref{Article: m.Article, Sentence: m.Sentence}); !slices.Contains(q.Evidence, ref) && b.known(ref) {
					q.Evidence = append(q.Evidence, ref)
				}
			}
			q.Explain = fmt.Sprintf("The outlets disagree: %s. They cannot all be right; a reader would check a primary source. %s", strings.Join(who, ", "), d.Reason)
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
				Prompt: fmt.Sprintf("%s quotes “%s”. %s, reporting the same fact, quotes “%s”. How do the two wordings compare?",
					b.outlet(fi), strings.TrimRight(first.Value, ".,;: "), b.outlet(si), strings.TrimRight(second.Value, ".,;: ")),
				About:    &about,
				Evidence: []compare.Ref{about, {Article: second.Article, Sentence: second.Sentence}},
			}
			for x, text := range []string{"Word for word the same", "The same words, with a few added, dropped or changed", "Different words: a paraphrase, or another part of what was said"} {
				q.Choices = append(q.Choices, Choice{Text: text, Correct: x == answer})
			}
			q.Explain = fmt.Sprintf("Of the words %s quotes, %d match %s's and %d differ. A quotation should be the speaker's exact words: different wordings mean at least one outlet shortened, paraphrased or translated, so check the original before repeating either.",
				b.outlet(si), kept, b.outlet(fi), changed)
			out = append(out, q)
		}
	}
	return out
}

// speakers asks who is quoted where one outlet prints a quotation
// without naming the speaker and others, telling the same fact, name
// one (diverge.Speaker). The other choices are people the articles quote
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
			p := diverge.Speaker(s.Text)
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
		q.Prompt = fmt.Sprintf("%s prints this quotation without saying here who spoke. The other outlets report the same fact: who is quoted?", b.outlet(ui))
		var who []string
		for _, m := range named {
			i, _ := b.at(m.Article)
			who = append(who, b.outlet(i))
		}
		q.Explain = fmt.Sprintf("%s name %s as the speaker. A quotation is only as good as its attribution: check who said it before repeating it.", list(who), speaker)
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
				{Text: fmt.Sprintf("%s seems rewritten from %s", b.choice(derived), b.choice(other)), Correct: true},
				{Text: fmt.Sprintf("%s seems rewritten from %s", b.choice(other), b.choice(derived))},
				{Text: "Neither seems rewritten from the other"},
			}
		} else {
			q.Prompt = fmt.Sprintf("%s's article closely follows others here. Which does it seem rewritten from?", b.outlet(derived))
			if q.Multiple {
				q.Prompt += " Choose all that apply."
			}
			q.Choices = b.outletChoices(from, []int{derived})
		}
		// the evidence: the derived article's sentences whose facts a
		// source also tells, with the source's (a few)
		for _, c := range b.r.Clusters {
			in := b.tellers(c)
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
				why = append(why, fmt.Sprintf("from %s (likelihood %.0f%%): %s", b.outlet(s), 100*d.Likelihood, d.Reason))
			}
		}
		q.Explain = fmt.Sprintf("%s seems rewritten %s. This is a likelihood, not a finding: both may follow a third source, such as a wire story.",
			b.outlet(derived), strings.Join(why, "; and "))
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
	var alone, shared []compare.Ref
	for k, s := range a.Sentences {
		ref := compare.Ref{Article: a.ID, Sentence: k}
		if !b.worth(ref) || s.Fact < 0 || s.Fact >= len(b.r.Clusters) {
			continue
		}
		switch {
		case b.r.Clusters[s.Fact].Articles > 1:
			shared = append(shared, ref)
		case len(b.r.Close(ref)) == 0:
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
		Prompt:   fmt.Sprintf("Which of these details does %s report that no other outlet confirms? Choose all that apply.", b.outlet(best)),
		Multiple: true,
		Evidence: pick,
	}
	var own, told []string
	for k := range pick {
		ref := pick[k]
		s := b.sentence(ref)
		c := b.r.Clusters[s.Fact]
		q.Choices = append(q.Choices, Choice{Text: s.Text, Sentence: &pick[k], Correct: c.Articles == 1})
		if c.Articles == 1 {
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

// lacks says what the report lacks for more questions.
func (b builder) lacks() string {
	r := b.r
	var why []string
	if len(r.Articles) < 3 {
		why = append(why, "with fewer than three articles there is no fact told by some outlets and not others")
	}
	divergent := 0
	for _, c := range r.Clusters {
		divergent += len(c.Divergences)
	}
	if divergent == 0 {
		why = append(why, "the outlets that report the same fact do not differ in figures or quotes")
	}
	if len(r.Derivations) == 0 {
		why = append(why, "no article seems rewritten from another")
	}
	if len(why) == 0 {
		why = append(why, "the articles share too few facts")
	}
	return strings.Join(why, "; ")
}

// shuffle orders a question's choices by a hash of its ID and their
// text: the right answer is not always first, and the order is the same
// wherever the report is the same.
func shuffle(q *Question) {
	if q.Kind == WhoTells || q.Kind == Unconfirmed || q.Kind == Quote || (q.Kind == Derived && q.Multiple) {
		// outlets in article order; sentences in the article's order;
		// the wordings from the same to the most different
		return
	}
	key := func(c Choice) uint64 {
		h := fnv.New64a()
		h.Write([]byte(q.ID))
		h.Write([]byte{0})
		h.Write([]byte(c.Text))
		return h.Sum64()
	}
	slices.SortStableFunc(q.Choices, func(x, y Choice) int {
		kx, ky := key(x), key(y)
		switch {
		case kx < ky:
			return -1
		case kx > ky:
			return 1
		}
		return 0
	})
}

// list joins names for a sentence: "A", "A and B", "A, B and C".
func list(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// clip shortens s to about n bytes at a space, never inside a character.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return s[:cut] + "…"
}

// Fingerprint names the exercise by its questions and choices: the same
// report gives the same fingerprint, another report (other articles,
// another strictness) almost surely another. A student's progress is
// kept under it.
func (ex Exercise) Fingerprint() string {
	h := fnv.New64a()
	for _, q := range ex.Questions {
		h.Write([]byte(q.ID))
		h.Write([]byte{0})
		h.Write([]byte(q.Prompt))
		for _, c := range q.Choices {
			h.Write([]byte{0})
			h.Write([]byte(c.Text))
		}
		h.Write([]byte{1})
	}
	return fmt.Sprintf("%016x", h.Sum64())
}
