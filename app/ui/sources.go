package ui

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/compare"
)

// SourcesView describes the articles: outlet, title, date, how much of
// each is told elsewhere, how close each is to each other, and which seems
// rewritten from which.
type SourcesView struct {
	app.Compo

	Report *compare.Report
}

// Render draws the source list, the similarity matrix and the derivations.
func (v *SourcesView) Render() app.UI {
	r := v.Report
	return app.Section().Class("px-sources").Aria("labelledby", "px-src-head").Body(
		app.H2().ID("px-src-head").Class("px-vh").Text("Sources"),
		app.Div().Class("px-grid-wrap").TabIndex(0).Role("region").Aria("label", "The articles, scrollable").Body(
			app.Table().Class("px-table").Body(
				app.Caption().Text("The articles"),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(""),
					app.Th().Scope("col").Text("Outlet"),
					app.Th().Scope("col").Text("Title"),
					app.Th().Scope("col").Text("Date"),
					app.Th().Scope("col").Text("Sentences"),
					app.Th().Scope("col").Text("Told elsewhere"),
					app.Th().Scope("col").Text("Only here"),
				)),
				app.TBody().Body(app.Range(r.Articles).Slice(func(i int) app.UI {
					a := r.Articles[i]
					var title app.UI = app.Text(orDash(a.Title))
					if a.URL != "" {
						title = app.A().Href(a.URL).Attr("rel", "noopener").Text(orDash(a.Title))
					}
					src := a.Source
					if src == "" {
						src = "not named in the text"
					}
					date := a.Date
					if date == "" && a.Dateline != "" {
						date = "“" + a.Dateline + "”"
					}
					return app.Tr().Body(
						app.Th().Scope("row").Body(app.Span().Class("px-letter").Text(letter(i))),
						app.Td().Text(src),
						app.Td().Body(title),
						app.Td().Text(orDash(date)),
						app.Td().Text(fmt.Sprint(len(a.Sentences))),
						app.Td().Text(fmt.Sprintf("%.0f%%", 100*a.Shared)),
						app.Td().Text(fmt.Sprint(len(a.Unique))),
					)
				})),
			),
		),
		app.If(len(r.Articles) > wideSet, v.closest).Else(v.matrix),
		app.H3().Text("Which seems rewritten from which"),
		app.If(len(r.Derivations) == 0, func() app.UI {
			return app.P().Class("px-none").Text("No article looks rewritten from another.")
		}),
		app.Ul().Class("px-derivations").Body(app.Range(r.Derivations).Slice(func(i int) app.UI {
			d := r.Derivations[i]
			a, b := index(r, d.Derived), index(r, d.Source)
			return app.Li().Body(
				app.Strong().Text(fmt.Sprintf("%s may be rewritten from %s", r.Outlet(a), r.Outlet(b))),
				app.Text(fmt.Sprintf(" (likelihood %.0f%%): %s.", 100*d.Likelihood, d.Reason)),
			)
		})),
	)
}

// matrix draws how close each article is to each other one.
func (v *SourcesView) matrix() app.UI {
	r := v.Report
	return app.Div().Class("px-grid-wrap").TabIndex(0).Role("region").Aria("label", "How close the articles are, scrollable").Body(
		app.Table().Class("px-table px-matrix").Body(
			app.Caption().Text("How close the articles are: the share of facts two articles have in common"),
			app.THead().Body(app.Tr().Body(
				app.Td().Text(""),
				app.Range(r.Articles).Slice(func(i int) app.UI {
					return app.Th().Scope("col").Title(r.Outlet(i)).Text(letter(i))
				}),
			)),
			app.TBody().Body(app.Range(r.Articles).Slice(func(i int) app.UI {
				return app.Tr().Body(
					app.Th().Scope("row").Title(r.Outlet(i)).Text(letter(i)),
					app.Range(r.Articles).Slice(func(j int) app.UI {
						if i == j {
							return app.Td().Class("px-self").Title("the same article").Text("–")
						}
						x := r.Similarity[i][j]
						return app.Td().Class(shade(x)).Text(fmt.Sprintf("%.2f", x))
					}),
				)
			})),
		),
	)
}

// closest draws, for a set too wide for a matrix to be read (past
// wideSet articles; 200 of them were 40,000 cells and held the page for
// 1.3 s), each article's closest three.
func (v *SourcesView) closest() app.UI {
	r := v.Report
	const k = 3
	return app.Div().Class("px-grid-wrap").TabIndex(0).Role("region").Aria("label", "The closest articles, scrollable").Body(
		app.Table().Class("px-table px-closest").Body(
			app.Caption().Text(fmt.Sprintf("How close the articles are: each one's closest %d, by the share of facts they have in common", k)),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Article"),
				app.Th().Scope("col").Text("Closest"),
			)),
			app.TBody().Body(app.Range(r.Articles).Slice(func(i int) app.UI {
				near := r.Closest(i, k)
				var cells []app.UI
				for n, j := range near {
					if n > 0 {
						cells = append(cells, app.Text(" · "))
					}
					x := r.Similarity[i][j]
					cells = append(cells, app.Span().Class(shade(x)+" px-near").Title(r.Outlet(j)).Body(
						app.Span().Class("px-letter").Text(letter(j)),
						app.Text(fmt.Sprintf(" %s %.2f", r.Outlet(j), x)),
					))
				}
				if len(near) == 0 {
					cells = append(cells, app.Text("none: it has no fact in common with another"))
				}
				return app.Tr().Body(
					app.Th().Scope("row").Body(app.Span().Class("px-letter").Text(letter(i)), app.Text(" "+r.Outlet(i))),
					app.Td().Body(cells...),
				)
			})),
		),
	)
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// shade buckets a similarity for the matrix's background; the number is
// always printed too.
func shade(x float64) string {
	switch {
	case x >= 0.5:
		return "px-sim px-sim-3"
	case x >= 0.25:
		return "px-sim px-sim-2"
	case x > 0.05:
		return "px-sim px-sim-1"
	}
	return "px-sim"
}
