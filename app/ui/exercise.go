package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/exercise"
)

// ExerciseView is classroom mode for a student: the questions the engine
// generated from the comparison (app/exercise), without the highlights,
// each checked in the browser and explained by its sentences. Answers
// are kept in this browser under the exercise's fingerprint, so a reload
// or an offline visit finds them.
type ExerciseView struct {
	app.Compo

	Report   *compare.Report
	Exercise *exercise.Exercise
	State    State
	// Limit, if not 0, draws only the first Limit questions and nothing
	// after them (drawInSteps, app/ui/work.go).
	Limit int

	key     string            // the storage key of the progress held
	picked  map[string][]int  // question ID → the choices made
	checked map[string]bool   // question ID → answered: right, wrong twice, or the answer asked for
	missed  map[string]bool   // question ID → a first wrong answer, sent back with a hint
	notes   map[string]string // question ID → what the student wrote to a question discussed (exercise.Discuss)
	shown   map[string]bool   // question ID → its points for discussion shown
	empty   string            // the question whose Check found nothing chosen
}

// exerciseProgress is what is kept of a student's work.
type exerciseProgress struct {
	Picked  map[string][]int  `json:"picked"`
	Checked map[string]bool   `json:"checked"`
	Missed  map[string]bool   `json:"missed,omitempty"`
	Notes   map[string]string `json:"notes,omitempty"`
	Shown   map[string]bool   `json:"shown,omitempty"`
}

// OnMount reads the progress kept for this exercise.
func (v *ExerciseView) OnMount(ctx app.Context) { v.load(ctx) }

// OnUpdate reads it again when the exercise is another (a new strictness,
// other articles).
func (v *ExerciseView) OnUpdate(ctx app.Context) {
	if v.key != progressKey(v.Exercise) {
		v.load(ctx)
	}
}

func progressKey(ex *exercise.Exercise) string { return "parallax-exercise-" + ex.Fingerprint() }

func (v *ExerciseView) load(ctx app.Context) {
	v.key = progressKey(v.Exercise)
	var p exerciseProgress
	ctx.LocalStorage().Get(v.key, &p) // nothing kept, or unreadable: start afresh
	v.picked, v.checked, v.missed, v.notes, v.shown = p.Picked, p.Checked, p.Missed, p.Notes, p.Shown
	v.ready()
}

// ready makes the progress maps writable (before OnMount, they are nil).
func (v *ExerciseView) ready() {
	if v.picked == nil {
		v.picked = map[string][]int{}
	}
	if v.checked == nil {
		v.checked = map[string]bool{}
	}
	if v.missed == nil {
		v.missed = map[string]bool{}
	}
	if v.notes == nil {
		v.notes = map[string]string{}
	}
	if v.shown == nil {
		v.shown = map[string]bool{}
	}
}

func (v *ExerciseView) save(ctx app.Context) {
	if len(v.picked) == 0 && len(v.checked) == 0 && len(v.missed) == 0 && len(v.notes) == 0 {
		ctx.LocalStorage().Del(v.key)
		return
	}
	ctx.LocalStorage().Set(v.key, exerciseProgress{Picked: v.picked, Checked: v.checked, Missed: v.missed, Notes: v.notes, Shown: v.shown})
}

// score counts the questions to check (not those discussed), those
// checked and those answered right.
func (v *ExerciseView) score() (n, checked, right int) {
	for _, q := range v.Exercise.Questions {
		if q.Kind != exercise.Discuss {
			n++
		}
		if v.checked[q.ID] {
			checked++
			if q.Check(v.picked[q.ID]) {
				right++
			}
		}
	}
	return n, checked, right
}

// Render draws the introduction, the score and the questions.
func (v *ExerciseView) Render() app.UI {
	ex := v.Exercise
	n, checked, right := v.score()
	score := fmt.Sprintf("%d of %d questions checked, %d right.", checked, n, right)
	if checked == n && n > 0 {
		score = fmt.Sprintf("Every question checked: %d of %d right.", right, n)
	}
	return app.Section().Class("px-exercise").Aria("labelledby", "px-ex-head").Body(
		app.H2().ID("px-ex-head").Text("Exercise: how do the outlets report it?"),
		app.P().Class("px-help").Text("Read the articles (Side by side shows them), then answer each question. Check an answer: a wrong one is sent back with where to look again; the answer and why come once it is right, after a second try, or when you ask for it. The marks that show the differences are hidden here. Your answers stay in this browser."),
		app.If(ex.Short != "", func() app.UI { return app.P().Class("px-note").Text(ex.Short) }),
		app.P().ID("px-ex-score").Class("px-ex-score").Role("status").Text(map[bool]string{true: score, false: ""}[n > 0]),
		app.Ol().Class("px-questions").Body(
			app.Range(limit(ex.Questions, v.Limit)).Slice(func(i int) app.UI { return v.question(i, ex.Questions[i]) }),
		),
		app.If(checked > 0 && v.Limit == 0, func() app.UI {
			return app.P().Class("px-actions").Body(
				app.Button().Type("button").ID("px-ex-restart").Class("px-button px-secondary").Text("Start again").OnClick(func(ctx app.Context, e app.Event) {
					v.picked, v.checked, v.missed, v.notes, v.shown, v.empty = map[string][]int{}, map[string]bool{}, map[string]bool{}, map[string]string{}, map[string]bool{}, ""
					v.save(ctx)
					focusAfter(ctx, "#px-q0 input")
				}),
			)
		}),
	)
}

// question draws question i: its prompt, the sentence it quotes, its
// choices, and Check, or once checked, the verdict and why.
func (v *ExerciseView) question(i int, q exercise.Question) app.UI {
	if q.Kind == exercise.Discuss {
		return v.discussed(i, q)
	}
	r := v.Report
	id := fmt.Sprintf("px-q%d", i)
	done := v.checked[q.ID]
	picked := v.picked[q.ID]
	kind := "radio"
	if q.Multiple {
		kind = "checkbox"
	}
	set := app.FieldSet()
	if done {
		set = set.Aria("describedby", id+"-feedback")
	}
	return app.Li().ID(id).Class("px-q").DataSet("kind", string(q.Kind)).Body(
		set.Body(
			app.Legend().Body(
				app.Span().Class("px-q-n").Text(fmt.Sprintf("Question %d of %d", i+1, len(v.Exercise.Questions))),
				app.Span().Class("px-q-prompt").Text(q.Prompt),
			),
			app.If(q.About != nil, func() app.UI { return sentenceQuote(r, *q.About, "px-q-about") }),
			app.Ul().Class("px-choices").Body(
				app.Range(q.Choices).Slice(func(k int) app.UI {
					c := q.Choices[k]
					cid := fmt.Sprintf("%s-c%d", id, k)
					on := slices.Contains(picked, k)
					class := "px-choice"
					var verdict app.UI = app.Text("")
					if done {
						switch {
						case c.Correct:
							class += " px-choice-right"
							verdict = app.Span().Class("px-verdict").Text(map[bool]string{true: " ✓ right", false: " ✓ the right answer"}[on])
						case on:
							class += " px-choice-wrong"
							verdict = app.Span().Class("px-verdict").Text(" ✗ not right")
						}
					}
					return app.Li().Class(class).Body(
						app.Input().Type(kind).ID(cid).Name(id).Checked(on).Disabled(done).
							OnChange(func(ctx app.Context, e app.Event) { v.pick(ctx, q, k, ctx.JSSrc().Get("checked").Bool()) }, app.EventScope(q.ID, q.Multiple, k)),
						app.Label().For(cid).Text(c.Text),
						verdict,
					)
				}),
			),
		),
		app.If(!done, func() app.UI {
			return app.Div().Body(
				// a first wrong answer: where to look again, read before the buttons
				app.If(v.missed[q.ID] && v.empty != q.ID, func() app.UI {
					return app.P().ID(id + "-hint").Class("px-hint").Role("status").TabIndex(-1).Text(hintText(q))
				}),
				app.P().Class("px-q-actions").Body(
					app.Button().Type("button").Class("px-button").Aria("label", fmt.Sprintf("Check question %d", i+1)).Text("Check").OnClick(func(ctx app.Context, e app.Event) {
						v.check(ctx, q, id)
					}, app.EventScope(q.ID, id)),
					app.If(v.missed[q.ID], func() app.UI {
						return app.Button().Type("button").Class("px-link").Aria("label", fmt.Sprintf("Show the answer to question %d", i+1)).Text("Show the answer").OnClick(func(ctx app.Context, e app.Event) {
							v.ready()
							v.answered(ctx, q, id)
						}, app.EventScope(q.ID, id))
					}),
					app.If(v.empty == q.ID, func() app.UI {
						return app.Span().Class("px-issue").Role("alert").Text(" Choose an answer first.")
					}),
				),
			)
		}).Else(func() app.UI { return v.feedback(i, q, picked) }),
	)
}

// check answers question q: right, or wrong a second time, it is
// answered, and its feedback says why; wrong the first time, it is sent
// back with a hint (Question.Hint), its answer kept back.
func (v *ExerciseView) check(ctx app.Context, q exercise.Question, id string) {
	v.ready()
	if len(v.picked[q.ID]) == 0 {
		v.empty = q.ID
		return
	}
	v.empty = ""
	if q.Check(v.picked[q.ID]) || v.missed[q.ID] {
		v.answered(ctx, q, id)
		return
	}
	v.missed[q.ID] = true
	v.save(ctx)
	focusAfter(ctx, "#"+id+"-hint")
}

// answered shows question q's answer, why, and its sentences, with focus
// on them.
func (v *ExerciseView) answered(ctx app.Context, q exercise.Question, id string) {
	v.checked[q.ID] = true
	v.save(ctx)
	focusAfter(ctx, "#"+id+"-feedback")
}

// hintText is what a first wrong answer is told.
func hintText(q exercise.Question) string {
	if q.Hint != "" {
		return q.Hint
	}
	return "Not quite. Read the articles again, then try again."
}

// feedback says whether the answer was right, why, and which sentences
// show it, each with a link to its fact side by side.
func (v *ExerciseView) feedback(i int, q exercise.Question, picked []int) app.UI {
	r := v.Report
	id := fmt.Sprintf("px-q%d", i)
	right := q.Check(picked)
	verdict := "Right."
	if !right {
		verdict = "Not quite."
	}
	return app.Div().ID(id+"-feedback").Class(map[bool]string{true: "px-feedback px-feedback-right", false: "px-feedback px-feedback-wrong"}[right]).TabIndex(-1).Body(
		app.P().Body(app.Strong().Text(verdict+" "), app.Text(q.Explain)),
		app.P().Class("px-help").Text("The sentences that show it:"),
		app.Ul().Class("px-evidence").Body(
			app.Range(q.Evidence).Slice(func(k int) app.UI {
				ref := q.Evidence[k]
				a := r.Index(ref.Article)
				if a < 0 || ref.Sentence < 0 || ref.Sentence >= len(r.Articles[a].Sentences) {
					return app.Text("") // the engine points only at its own sentences
				}
				fact := r.Articles[a].Sentences[ref.Sentence].Fact
				link := v.State.With(func(s *State) { s.View, s.Fact, s.At = SideBySide, fact, fmt.Sprintf("%d.%d", a, ref.Sentence) })
				return app.Li().Body(
					sentenceQuote(r, ref, "px-evidence-text"),
					app.A().Href(link.URL()).Text("side by side"),
				)
			}),
		),
		app.Button().Type("button").Class("px-link").Aria("label", fmt.Sprintf("Try question %d again", i+1)).Text("Try again").OnClick(func(ctx app.Context, e app.Event) {
			delete(v.checked, q.ID)
			delete(v.picked, q.ID)
			delete(v.missed, q.ID)
			v.save(ctx)
			focusAfter(ctx, "#"+id+" input")
		}, app.EventScope(q.ID, id)),
	)
}

// pick records choice k of q, chosen (on) or not.
func (v *ExerciseView) pick(ctx app.Context, q exercise.Question, k int, on bool) {
	v.ready()
	cur := v.picked[q.ID]
	switch {
	case !q.Multiple:
		cur = []int{k}
	case on && !slices.Contains(cur, k):
		cur = append(slices.Clone(cur), k)
		slices.Sort(cur)
	case !on:
		cur = slices.DeleteFunc(slices.Clone(cur), func(x int) bool { return x == k })
	}
	v.picked[q.ID] = cur
	if v.empty == q.ID {
		v.empty = ""
	}
	v.save(ctx)
}

// sentenceQuote is a sentence with its article's letter and outlet,
// without marks.
func sentenceQuote(r *compare.Report, ref compare.Ref, class string) app.UI {
	i := r.Index(ref.Article)
	if i < 0 || ref.Sentence < 0 || ref.Sentence >= len(r.Articles[i].Sentences) {
		return app.Text("")
	}
	return app.Blockquote().Class(class).Body(
		app.Span().Class("px-who").Body(app.Span().Class("px-letter").Text(compare.Tag(i)), app.Text(" "+r.Outlet(i)+": ")),
		app.Text(r.Articles[i].Sentences[ref.Sentence].Text),
	)
}

// discussed draws a question answered in words (exercise.Discuss): the
// student writes, kept in this browser; nothing is checked. Once they
// have written something, the points for discussion can be shown.
func (v *ExerciseView) discussed(i int, q exercise.Question) app.UI {
	id := fmt.Sprintf("px-q%d", i)
	note := v.notes[q.ID]
	return app.Li().ID(id).Class("px-q px-q-discuss").DataSet("kind", string(q.Kind)).Body(
		app.P().Class("px-q-head").Body(
			app.Span().Class("px-q-n").Text(fmt.Sprintf("Question %d of %d, to discuss", i+1, len(v.Exercise.Questions))),
			app.Label().For(id+"-note").Class("px-q-prompt").Text(q.Prompt),
		),
		app.Textarea().ID(id+"-note").Class("px-note-field").Rows(4).Aria("describedby", id+"-help").Text(note).
			On("input", func(ctx app.Context, e app.Event) {
				v.ready()
				v.notes[q.ID] = ctx.JSSrc().Get("value").String()
				v.save(ctx)
			}, app.EventScope(q.ID)),
		app.P().ID(id+"-help").Class("px-help").Text("Write your answer: it is not checked, and stays in this browser. Your class discusses it."),
		app.If(v.shown[q.ID], func() app.UI {
			return app.Div().ID(id + "-feedback").Class("px-feedback").TabIndex(-1).Body(app.P().Text(q.Explain))
		}).ElseIf(strings.TrimSpace(note) != "", func() app.UI {
			return app.P().Body(app.Button().Type("button").Class("px-link").Text("Compare with the points for discussion").OnClick(func(ctx app.Context, e app.Event) {
				v.ready()
				v.shown[q.ID] = true
				v.save(ctx)
				focusAfter(ctx, "#"+id+"-feedback")
			}, app.EventScope(q.ID, id)))
		}),
	)
}
