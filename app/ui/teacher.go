package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
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
	Share    string // for one's own articles, the set as a link's payload (article.Set.Link)
}

// teacherLink leads a teacher to classroom mode's guide, worksheet and
// key, from the foot of a page; not on the page a class is given
// (State.Class).
func teacherLink(s State) app.UI {
	if s.Class {
		return app.Text("")
	}
	guide := s.With(func(s *State) { s.View, s.Fact, s.At = Teacher, -1, "" })
	return app.P().Body(app.A().Href(guide.URL()).Text("For teachers: a lesson with these articles, a worksheet to print and its answer key →"))
}

// Render draws the guide, the worksheet and the key.
func (v *TeacherView) Render() app.UI {
	r, ex := v.Report, v.Exercise
	student := v.State.With(func(s *State) { s.View, s.Fact, s.At, s.Class = Exercise, -1, "", true })
	link := v.Page + student.URL()
	return app.Section().Class("px-teacher").Aria("labelledby", "px-t-head").Body(
		app.Div().Class("px-guide").Body(
			app.H2().ID("px-t-head").Text("For teachers: a lesson in lateral reading"),
			app.P().Text(fmt.Sprintf("The exercise asks %d questions about how these %d articles report one event. Parallax wrote them from its own comparison: each answer points at the paragraphs that show it. Parallax matches sentences by their words, so read the key before the lesson; where you disagree with it, that is a discussion worth having.", len(ex.Questions), len(r.Articles))),
			app.H3().Text("The lesson, about 50 minutes"),
			app.Ol().Class("px-steps").Body(
				app.Li().Text("Give out the worksheet (it holds every article, its paragraphs numbered) or the student link (the articles side by side on screen). 5 minutes."),
				app.Li().Text("Students read every article once, noting for each what it includes and whom it quotes. 15 minutes."),
				app.Li().Text("They answer the questions, on paper or on screen. On screen, a wrong answer is sent back with the paragraph to read again; the answer comes after a second try. 15 minutes."),
				app.Li().Text("Discuss, with the key: why might two outlets give different figures for one event (another day, another count, a mistake)? Whom does each outlet quote, and whom does it leave out? Which claim would you check first, and where? 15 minutes."),
				app.Li().Text("To go further, students compare articles of their own (Compare articles of your own, at the foot of the page) and do the exercise on them."),
			),
			app.If(ex.Short != "", func() app.UI { return app.P().Class("px-note").Text(ex.Short) }),
			app.If(v.Yours, func() app.UI { return v.shareLink(student) }).Else(func() app.UI {
				return app.P().Body(
					app.Strong().Text("Link for the students: "),
					app.A().Href(student.URL()).Text(link),
					app.Text(". Each student's answers stay in their own browser; nothing is sent anywhere."),
				)
			}),
			app.P().Class("px-note").Text("The student link and the printed worksheet lead nowhere near this page or the key. This is a static site, though: it cannot hide the key from a determined student who finds this page's address (view=teacher). Hand the key out after the lesson, or discuss it aloud."),
			app.If(len(ex.Questions) > 0, func() app.UI { return v.printButtons() }),
		),
		app.If(len(ex.Questions) > 0, func() app.UI { return v.worksheet() }),
		app.If(len(ex.Questions) > 0, func() app.UI { return v.key() }),
	)
}

// shareLink gives one's own articles to a class: a link that carries them
// (and their edits) where it fits article.MaxLink, else a file to import.
func (v *TeacherView) shareLink(student State) app.UI {
	link := v.Page + student.URL() + "#" + article.LinkKey + v.Share
	if v.Share == "" || len(link) > article.MaxLink {
		return app.P().Class("px-help").Text(fmt.Sprintf("These articles are kept in this browser only, and are too long to travel in a link (%d characters; a link holds %d). To give them to the students, export them (Your articles, Export as a file) for them to import, or print the worksheet.", len(link), article.MaxLink))
	}
	return app.P().Body(
		app.Strong().Text("Link for the students: "),
		app.A().ID("px-share").Href(link).Text(compare.Clip(link, 90)),
		app.Text(fmt.Sprintf(" (%d characters). The link carries these articles and your corrections, compressed: nothing goes through a server. A student who opens it is asked before it replaces articles of their own. Each student's answers stay in their own browser.", len(link))),
	)
}

// printButtons print the worksheet alone, for the students, or the key
// alone: the page's data-print says which (web/parallax.css, @media
// print), and is cleared once the print dialog closes.
func (v *TeacherView) printButtons() app.UI {
	printOnly := func(what string) app.EventHandler {
		return func(ctx app.Context, e app.Event) {
			root := app.Window().Get("document").Get("documentElement")
			root.Get("dataset").Set("print", what)
			app.Window().Call("print")
			root.Get("dataset").Delete("print")
		}
	}
	return app.P().Body(
		app.Button().Type("button").ID("px-print").Class("px-button").Text("Print the worksheet").OnClick(printOnly("sheet")),
		app.Text(" "),
		app.Button().Type("button").ID("px-print-key").Class("px-button px-secondary").Text("Print the answer key").OnClick(printOnly("key")),
		app.Span().Class("px-help").Text(" A4 or Letter, as your printer is set. The worksheet has no answers; the key prints on pages of its own."),
	)
}

// worksheet is the lesson on paper: a line for a name, every article
// with its paragraphs numbered (the questions and the key cite them),
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
		app.Range(ex.Articles).Slice(func(i int) app.UI {
			a := ex.Articles[i]
			var meta []string
			for _, s := range []string{a.Title, a.Date} {
				if s != "" {
					meta = append(meta, s)
				}
			}
			return app.Article().Class("px-ws-article").Body(
				app.H4().Body(app.Span().Class("px-letter").Text(a.Tag), app.Text(" "+a.Outlet)),
				app.If(len(meta) > 0, func() app.UI { return app.P().Class("px-ws-meta").Text(strings.Join(meta, " · ")) }),
				app.Ol().Class("px-ws-paras").Body(app.Range(a.Paragraphs).Slice(func(k int) app.UI {
					return app.Li().Text(a.Paragraphs[k])
				})),
			)
		}),
		app.H3().Class("px-ws-qhead").Text("Questions"),
		app.P().Class("px-help").Text("“Paragraph 4 of C” is paragraph 4 of article C above."),
		app.Ol().Class("px-ws-questions").Body(app.Range(ex.Questions).Slice(func(n int) app.UI {
			q := ex.Questions[n]
			return app.Li().Class("px-ws-q").Body(
				app.P().Class("px-q-prompt").Text(q.Prompt),
				app.If(q.About != nil, func() app.UI { return citedQuote(r, *q.About, "px-q-about") }),
				app.If(q.Kind == exercise.Discuss, func() app.UI {
					line := func() app.UI { return app.Div().Class("px-ws-line") }
					return app.Div().Class("px-ws-lines").Aria("hidden", true).Body(line(), line(), line()) // lines to write on
				}).Else(func() app.UI {
					return app.Ul().Class("px-ws-choices").Body(app.Range(q.Choices).Slice(func(k int) app.UI {
						return app.Li().Body(app.Span().Class("px-box").Aria("hidden", true).Text("☐ "), app.Text(exercise.Letter(k)+") "+q.Choices[k].Text))
					}))
				}),
			)
		})),
	)
}

// key is the answers: the right choices by letter, why, and the
// sentences that show it, each with the paragraph it is in.
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
			answer := strings.Join(right, "; ") + ". "
			if q.Kind == exercise.Discuss {
				answer = "For discussion. "
			}
			return app.Li().Class("px-key-q").Body(
				app.P().Body(app.Strong().Text(answer), app.Text(q.Explain)),
				app.Ul().Class("px-evidence").Body(app.Range(q.Evidence).Slice(func(k int) app.UI {
					return app.Li().Body(citedQuote(r, q.Evidence[k], "px-evidence-text"))
				})),
			)
		})),
	)
}

// citedQuote is a sentence quoted with where it is on the worksheet:
// "(paragraph 4 of C)".
func citedQuote(r *compare.Report, ref compare.Ref, class string) app.UI {
	return app.Div().Class("px-cited").Body(
		sentenceQuote(r, ref, class),
		app.Span().Class("px-cite").Text(" ("+r.Cite(ref)+")"),
	)
}
