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
)

// Kind is what a question asks about.
type Kind string

const (
	WhoTells    Kind = "who-tells"   // which outlets report a fact
	OnlyOne     Kind = "only-one"    // which fact only one outlet reports
	Figure      Kind = "figure"      // the figure an outlet gives where they disagree
	Quote       Kind = "quote"       // whose wording of a quote differs
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
	for _, kind := range []func() []Question{b.whoTells, b.onlyOne, b.figures, b.quotes, b.derived, b.unconfirmed} {
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

// outlet names article i for people: its outlet, or "Article A".
func (b builder) outlet(i int) string {
	if s := b.r.Articles[i].Source; s != "" {
		return s
	}
	return "Article " + compare.Tag(i)
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
	s := b.sentence(ref)
	return !s.Heading && len(strings.Fields(s.Text)) >= 6
}

// tellers are the articles that tell a fact, in article order.
func (b builder) tellers(c compare.Cluster) []int {
	var out []int
	for _, m := range c.Members {
		if i := b.index[m.Article]; !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out
}

// whoTells asks which outlets report a fact some but not all of them
// tell: the most widely told such facts, up to two.
func (b builder) whoTells() []Question {
	n := len(b.r.Articles)
	if n < 3 {
		return nil // with two articles a fact is told by one or by both
	}
	var facts []int
	for f, c := range b.r.Clusters {
		if c.Articles > 1 && c.Articles < n && b.worth(c.Members[0]) {
			facts = append(facts, f)
		}
	}
	slices.SortStableFunc(facts, func(x, y int) int { return b.r.Clusters[y].Articles - b.r.Clusters[x].Articles })
	var out []Question
	for _, f := range facts[:min(2, len(facts))] {
		c := b.r.Clusters[f]
		in := b.tellers(c)
		shown := b.index[c.Members[0].Article]
		q := Question{
			ID:       fmt.Sprintf("who-tells-%d", f),
			Kind:     WhoTells,
			Prompt:   fmt.Sprintf("%s reports this. Which other outlets report the same fact? Choose all that apply.", b.outlet(shown)),
			About:    &c.Members[0],
			Multiple: true,
			Evidence: c.Members,
		}
		var names []string
		for i := range b.r.Articles {
			if i != shown {
				q.Choices = append(q.Choices, Choice{Text: b.outlet(i), Correct: slices.Contains(in, i)})
			}
			if slices.Contains(in, i) {
				names = append(names, b.outlet(i))
			}
		}
		q.Explain = fmt.Sprintf("%d of the %d articles report it: %s. The others do not mention it.", len(in), n, list(names))
		out = append(out, q)
	}
	return out
}

// onlyOne asks which of four sentences only one outlet reports: one told
// by a single article, three told by several.
func (b builder) onlyOne() []Question {
	var alone, shared []compare.Ref
	for _, c := range b.r.Clusters {
		first := c.Members[0]
		if !b.worth(first) {
			continue
		}
		if c.Articles == 1 {
			alone = append(alone, first)
		} else {
			shared = append(shared, first)
		}
	}
	if len(alone) == 0 || len(shared) < 3 {
		return nil
	}
	var out []Question
	// up to two, each with a sentence from a different article
	used := map[string]bool{}
	for k, ref := range alone {
		if len(out) == 2 || len(shared) < 3*(len(out)+1) {
			break
		}
		if used[ref.Article] {
			continue
		}
		used[ref.Article] = true
		q := Question{
			ID:       fmt.Sprintf("only-one-%s-%d", ref.Article, ref.Sentence),
			Kind:     OnlyOne,
			Prompt:   "Which of these facts does only one outlet report?",
			Choices:  []Choice{{Text: b.sentence(ref).Text, Sentence: &alone[k], Correct: true}},
			Evidence: []compare.Ref{ref},
		}
		var others []string
		for _, s := range shared[3*len(out) : 3*len(out)+3] {
			q.Choices = append(q.Choices, Choice{Text: b.sentence(s).Text, Sentence: &s})
			c := b.r.Clusters[b.sentence(s).Fact]
			others = append(others, fmt.Sprintf("%s is told by %d", b.quoted(s, 60), c.Articles))
			q.Evidence = append(q.Evidence, s)
		}
		q.Explain = fmt.Sprintf("Only %s reports %s. The others are told by several outlets: %s.",
			b.outlet(b.index[ref.Article]), b.quoted(ref, 80), strings.Join(others, "; "))
		out = append(out, q)
	}
	return out
}

// figures asks, where outlets give conflicting figures inside one fact,
// what figure one of them gives, showing another's sentence.
func (b builder) figures() []Question {
	var out []Question
	for f, c := range b.r.Clusters {
		for _, d := range c.Divergences {
			if d.Kind != "number" || !d.Conflict || len(out) == 2 {
				continue
			}
			var values []string
			byArticle := map[string]string{}
			for _, m := range d.Members {
				if _, ok := byArticle[m.Article]; !ok {
					byArticle[m.Article] = m.Value
				}
				if !slices.Contains(values, m.Value) {
					values = append(values, m.Value)
				}
			}
			if len(values) < 2 || len(byArticle) < 2 {
				continue
			}
			// ask about the last member's outlet, showing the first's
			shown, asked := d.Members[0], d.Members[len(d.Members)-1]
			if shown.Article == asked.Article {
				continue
			}
			answer := byArticle[asked.Article]
			q := Question{
				ID:   fmt.Sprintf("figure-%d-%s", f, asked.Article),
				Kind: Figure,
				Prompt: fmt.Sprintf("%s writes this. %s reports the same fact: what figure does it give?",
					b.outlet(b.index[shown.Article]), b.outlet(b.index[asked.Article])),
				About: &compare.Ref{Article: shown.Article, Sentence: shown.Sentence},
			}
			for _, v := range values {
				q.Choices = append(q.Choices, Choice{Text: v, Correct: v == answer})
			}
			var who []string
			for _, m := range d.Members {
				who = append(who, fmt.Sprintf("%s gives “%s”", b.outlet(b.index[m.Article]), m.Value))
				if ref := (compare.Ref{Article: m.Article, Sentence: m.Sentence}); !slices.Contains(q.Evidence, ref) {
					q.Evidence = append(q.Evidence, ref)
				}
			}
			q.Explain = fmt.Sprintf("The outlets disagree: %s. They cannot all be right; a reader would check a primary source.", strings.Join(who, ", "))
			out = append(out, q)
		}
	}
	return out
}

// quotes asks, for a quote worded differently inside one fact, which
// outlets give it in other words than the first.
func (b builder) quotes() []Question {
	var out []Question
	for f, c := range b.r.Clusters {
		for _, d := range c.Divergences {
			if d.Kind != "quote" || len(out) == 2 {
				continue
			}
			first := d.Members[0]
			q := Question{
				ID:   fmt.Sprintf("quote-%d", f),
				Kind: Quote,
				Prompt: fmt.Sprintf("%s quotes these words: %s. Which outlets give the quote in other words? Choose all that apply.",
					b.outlet(b.index[first.Article]), "“"+first.Value+"”"),
				About:    &compare.Ref{Article: first.Article, Sentence: first.Sentence},
				Multiple: true,
				Evidence: []compare.Ref{{Article: first.Article, Sentence: first.Sentence}},
			}
			seen := map[string]bool{first.Article: true}
			var same, other []string
			for _, m := range d.Members[1:] {
				if seen[m.Article] {
					continue
				}
				seen[m.Article] = true
				differs := false
				for _, e := range m.Diff {
					differs = differs || e.Op != "="
				}
				name := b.outlet(b.index[m.Article])
				q.Choices = append(q.Choices, Choice{Text: name, Correct: differs})
				q.Evidence = append(q.Evidence, compare.Ref{Article: m.Article, Sentence: m.Sentence})
				if differs {
					other = append(other, fmt.Sprintf("%s has “%s”", name, m.Value))
				} else {
					same = append(same, name)
				}
			}
			if len(other) == 0 || len(q.Choices) < 2 {
				continue
			}
			q.Explain = fmt.Sprintf("%s. A quotation should be the speaker's exact words; different wordings mean at least one outlet paraphrased or translated.", strings.Join(other, "; "))
			if len(same) > 0 {
				q.Explain += fmt.Sprintf(" %s quotes the same words.", list(same))
			}
			out = append(out, q)
		}
	}
	return out
}

// derived asks which article one seems rewritten from, for each
// derivation the engine found (at most two).
func (b builder) derived() []Question {
	var out []Question
	for _, d := range b.r.Derivations[:min(2, len(b.r.Derivations))] {
		derived, source := b.index[d.Derived], b.index[d.Source]
		q := Question{
			ID:     fmt.Sprintf("derived-%s", d.Derived),
			Kind:   Derived,
			Prompt: fmt.Sprintf("%s's article closely follows another one here. Which does it seem to be rewritten from?", b.outlet(derived)),
		}
		for i := range b.r.Articles {
			if i != derived {
				q.Choices = append(q.Choices, Choice{Text: b.outlet(i), Correct: i == source})
			}
		}
		// the evidence: the derived article's sentences whose facts the
		// source also tells, with the source's
		for _, c := range b.r.Clusters {
			in := b.tellers(c)
			if slices.Contains(in, derived) && slices.Contains(in, source) && len(q.Evidence) < 6 {
				for _, m := range c.Members {
					if m.Article == d.Derived || m.Article == d.Source {
						q.Evidence = append(q.Evidence, m)
					}
				}
			}
		}
		q.Explain = fmt.Sprintf("%s seems rewritten from %s (likelihood %.0f%%): %s. This is a likelihood, not a finding: both may follow a third source, such as a wire story.",
			b.outlet(derived), b.outlet(source), 100*d.Likelihood, d.Reason)
		out = append(out, q)
	}
	return out
}

// unconfirmed asks, for the article that says most alone, which of five
// of its sentences no other outlet confirms.
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
		if !b.worth(ref) {
			continue
		}
		if b.r.Clusters[s.Fact].Articles == 1 {
			alone = append(alone, ref)
		} else {
			shared = append(shared, ref)
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
	if q.Kind == WhoTells || q.Kind == Unconfirmed {
		return // outlets in article order; sentences in the article's order
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
