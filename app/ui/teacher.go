package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/exercise"
)

// TeacherView is classroom mode for a teacher: how to run the exercise,
// the link for the students, and the worksheet and its answer key, which
// print on their own (web/parallax.css, @media print), the key on a page
// of its own.
type TeacherView struct {
	app.Compo

	Report   *compare.Report
	Exercise *exercise.Exercise
	State    State
	Page     string // the page's absolute address; "" before it is mounted
	Yours    bool   // the person's own articles, kept in this browser only
}

// Render draws the guide, the worksheet and the key.
func (v *TeacherView) Render() app.UI {
	r, ex := v.Report, v.Exercise
	student := v.State.With(func(s *State) { s.View, s.Fact, s.At = Exercise, -1, "" })
	link := v.Page + student.URL()
	return app.Section().Class("px-teacher").Aria("labelledby", "px-t-head").Body(
		app.Div().Class("px-guide").Body(
			app.H2().ID("px-t-head").Text("For teachers: running the exercise"),
			app.P().Text(fmt.Sprintf("The exercise asks %d questions about how these %d articles report one event. Parallax wrote them from its own comparison: each answer points at the sentences that show it. Parallax matches sentences by their words, so read the key before the lesson; where you disagree with it, that is a discussion worth having.", len(ex.Questions), len(r.Articles))),
			app.Ol().Class("px-steps").Body(
				app.Li().Text("Give the students the articles: the Side by side tab on screen, or the worksheet, which lists them."),
				app.Li().Text("Ask them to read every article once before answering (about 10 minutes)."),
				app.Li().Text("They answer on screen (the Exercise tab checks each answer and explains it) or on paper (about 20 minutes)."),
				app.Li().Text("Go through the key together: why would outlets give different figures, or quote one speaker in different words? Which claims would you check first, and where?"),
				app.Li().Text("To go further, students compare articles of their own (Compare articles of your own, at the foot of the page) and do the exercise on them."),
			),
			app.If(ex.Short != "", func() app.UI { return app.P().Class("px-note").Text(ex.Short) }),
			app.If(v.Yours, func() app.UI {
				return app.P().Class("px-help").Text("These articles are kept in this browser only, so a link would open an empty page elsewhere. To give them to the students, export them (Your articles, Export as a file) for them to import, or print the worksheet.")
			}).Else(func() app.UI {
				return app.P().Body(
					app.Strong().Text("Link for the students: "),
					app.A().Href(student.URL()).Text(link),
					app.Text(". Each student's answers stay in their own browser; nothing is sent anywhere."),
				)
			}),
			app.If(len(ex.Questions) > 0, func() app.UI { return v.printButton() }),
		),
		app.If(len(ex.Questions) > 0, func() app.UI { return v.worksheet() }),
		app.If(len(ex.Questions) > 0, func() app.UI { return v.key() }),
	)
}

// printButton prints the page: the worksheet, then the key.
func (v *TeacherView) printButton() app.UI {
	return app.P().Body(
		app.Button().Type("button").ID("px-print").Class("px-button").Text("Print the worksheet and key").OnClick(func(ctx app.Context, e app.Event) {
			app.Window().Call("print")
		}),
		app.Span().Class("px-help").Text(" The worksheet prints first; the key starts on a new page."),
	)
}

// worksheet is the questions on paper: the articles, a line for a name,
// and each question with a box for each choice.
func (v *TeacherView) worksheet() app.UI {
	r, ex := v.Report, v.Exercise
	title := r.Title
	if title == "" {
		title = "Comparing the articles"
	}
	return app.Section().Class("px-worksheet").Aria("labelledby", "px-ws-head").Body(
		app.H2().ID("px-ws-head").Text("Worksheet: "+title),
		app.P().Class("px-name").Text("Name: ______________________   Date: ____________"),
		app.H3().Text("The articles"),
		app.Ul().Class("px-ws-articles").Body(app.Range(r.Articles).Slice(func(i int) app.UI {
			a := r.Articles[i]
			var parts []string
			for _, s := range []string{a.Title, a.When()} {
				if s != "" {
					parts = append(parts, s)
				}
			}
			return app.Li().Body(
				app.Span().Class("px-letter").Text(compare.Tag(i)),
				app.Text(" "+r.Outlet(i)),
				app.If(len(parts) > 0, func() app.UI { return app.Text(": " + strings.Join(parts, ", ")) }),
			)
		})),
		app.H3().Text("Questions"),
		app.Ol().Class("px-ws-questions").Body(app.Range(ex.Questions).Slice(func(n int) app.UI {
			q := ex.Questions[n]
			return app.Li().Class("px-ws-q").Body(
				app.P().Class("px-q-prompt").Text(q.Prompt),
				app.If(q.About != nil, func() app.UI { return sentenceQuote(r, *q.About, "px-q-about") }),
				app.Ul().Class("px-ws-choices").Body(app.Range(q.Choices).Slice(func(k int) app.UI {
					return app.Li().Body(app.Span().Class("px-box").Aria("hidden", true).Text("☐ "), app.Text(exercise.Letter(k)+") "+q.Choices[k].Text))
				})),
			)
		})),
	)
}

// key is the answers: the right choices by letter, why, and the
// sentences that show it.
func (v *TeacherView) key() app.UI {
	r, ex := v.Report, v.Exercise
	return app.Section().Class("px-key").Aria("labelledby", "px-key-head").Body(
		app.H2().ID("px-key-head").Text("Answer key"),
		app.Ol().Class("px-key-list").Body(app.Range(ex.Questions).Slice(func(n int) app.UI {
			q := ex.Questions[n]
			var right []string
			for _, k := range q.Answer() {
				right = append(right, exercise.Letter(k)+") "+compare.Clip(q.Choices[k].Text, 80))
			}
			return app.Li().Class("px-key-q").Body(
				app.P().Body(app.Strong().Text(strings.Join(right, "; ")+". "), app.Text(q.Explain)),
				app.Ul().Class("px-evidence").Body(app.Range(q.Evidence).Slice(func(k int) app.UI {
					return app.Li().Body(sentenceQuote(r, q.Evidence[k], "px-evidence-text"))
				})),
			)
		})),
	)
}
