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
	"unicode"

	"github.com/parallax-news/parallax/app/compare"
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
	Discuss     Kind = "discuss"     // a question answered in words and discussed, not checked: it has no choices
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
	// Look is the sentence a wrong answer is first sent back to, and Hint
	// says so ("Not quite. Look again at paragraph 4 of C, …"): where to
	// look, not the answer.
	Look *compare.Ref `json:"look,omitempty"`
	Hint string       `json:"hint,omitempty"`
}

// Choice is one answer offered: a text (an outlet, a figure) or a
// sentence of an article.
type Choice struct {
	Text     string       `json:"text"`
	Sentence *compare.Ref `json:"sentence,omitempty"`
	Correct  bool         `json:"correct"`
}

// Exercise is the questions a report yields: those checked first, then
// those discussed (Discuss).
type Exercise struct {
	Title string `json:"title,omitempty"`
	// Articles are the compared articles as a worksheet prints them, with
	// the paragraphs the questions cite.
	Articles  []Sheet    `json:"articles"`
	Questions []Question `json:"questions"`
	// Short says, when the report yields fewer than MinQuestions, what it
	// lacks; "" when there are enough.
	Short string `json:"short,omitempty"`
}

// MinQuestions is the fewest questions that make an exercise, not
// counting those discussed (Discuss).
const MinQuestions = 4

// Build makes the exercise of a report. Questions come in the order of
// the kinds above, at most a few of each.
func Build(r *compare.Report) Exercise {
	b := builder{r: r, index: map[string]int{}}
	for i, a := range r.Articles {
		b.index[a.ID] = i
	}
	ex := Exercise{Title: r.Title, Articles: sheets(r)}
	for _, kind := range []func() []Question{b.whoTells, b.onlyOne, b.figures, b.quotes, b.speakers, b.derived, b.unconfirmed, b.discussFigures, b.discussSources} {
		ex.Questions = append(ex.Questions, kind()...)
	}
	checked := 0
	for i := range ex.Questions {
		q := &ex.Questions[i]
		if q.Kind == Discuss {
			continue // answered in words: no choices, no hint
		}
		checked++
		shuffle(q)
		if q.Look == nil {
			q.Look = look(*q)
		}
		q.Hint = hint(r, *q)
	}
	if checked < MinQuestions {
		ex.Short = fmt.Sprintf("These articles yield %d %s, fewer than the %d an exercise needs: %s.",
			checked, plural(checked, "question", "questions"), MinQuestions, b.lacks())
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
	return compare.Quoted(compare.Clip(b.sentence(ref).Text, n))
}

// answered reports whether an article that does not tell fact f opposes
// one of its sentences (compare.Report.Contradictions, possible ones too):
// an outlet that says "It's not a new approach" answers those that say it
// is, so it cannot be said not to mention it.
func (b builder) answered(f int) bool {
	tellers := b.r.Tellers(f)
	for _, id := range b.contested(b.r.Clusters[f].Members) {
		if i, ok := b.at(id); ok && !slices.Contains(tellers, i) {
			return true
		}
	}
	return false
}

// contested lists the articles whose sentences, other than refs, oppose
// one of refs (compare.Report.Contradictions, possible ones too).
func (b builder) contested(refs []compare.Ref) []string {
	var out []string
	for _, d := range b.r.Contradictions {
		hit := false
		for _, m := range d.Members {
			hit = hit || slices.Contains(refs, compare.Ref{Article: m.Article, Sentence: m.Sentence})
		}
		if !hit {
			continue
		}
		for _, m := range d.Members {
			if !slices.Contains(refs, compare.Ref{Article: m.Article, Sentence: m.Sentence}) && !slices.Contains(out, m.Article) {
				out = append(out, m.Article)
			}
		}
	}
	return out
}

// worth says whether a sentence is a fair thing to ask about: a sentence
// of the body, not a headline, with a few words in it.
func (b builder) worth(ref compare.Ref) bool {
	if !b.known(ref) {
		return false
	}
	s := b.sentence(ref)
	return !s.Heading && wordsAtLeast(s.Text, 6)
}

// wordsAtLeast reports whether text holds at least n words (runs of
// other than white space), reading no further than the nth.
func wordsAtLeast(text string, n int) bool {
	in := false
	for _, r := range text {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			in = true
			if n--; n == 0 {
				return true
			}
		}
	}
	return false
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
			out = append(out, Choice{Text: b.r.Name(i), Correct: true})
		case wrong < maxWrong:
			out = append(out, Choice{Text: b.r.Name(i)})
			wrong++
		}
	}
	return out
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
