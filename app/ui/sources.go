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

	all bool // a wide set: every article listed, not the first page
}

// sourceRows is how many articles the lists of a wide set show at first:
// two lists of 200 held the page for up to 0.19 s.
const sourceRows = 50

// shown are the articles the lists show, from the first.
func (v *SourcesView) shown() []compare.Article {
	r := v.Report
	if v.all || len(r.Articles) <= wideSet {
		return r.Articles
	}
	return r.Articles[:min(sourceRows, len(r.Articles))]
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
					app.Th().Scope("col").Text("Told by no other"),
				)),
				app.TBody().Body(app.Range(v.shown()).Slice(func(i int) app.UI {
					a := r.Articles[i]
					var title app.UI = app.Text(orDash(a.Title))
					if a.URL != "" {
						title = app.A().Href(a.URL).Attr("rel", "noopener").Text(orDash(a.Title))
					}
					src := a.Source
					if src == "" {
						src = "not named in the text"
					}
					return app.Tr().Body(
						app.Th().Scope("row").Body(app.Span().Class("px-letter").Text(compare.Tag(i))),
						app.Td().Text(src),
						app.Td().Body(title),
						app.Td().Text(a.When()),
						app.Td().Text(fmt.Sprint(len(a.Sentences))),
						app.Td().Text(compare.Percent(a.Shared)),
						app.Td().Text(fmt.Sprint(len(a.Unique))),
					)
				})),
			),
		),
		app.If(len(v.shown()) < len(r.Articles), func() app.UI {
			return app.P().Class("px-more").Body(
				app.Text(fmt.Sprintf("The first %d of %d articles, here and in the list of the closest. ", len(v.shown()), len(r.Articles))),
				app.Button().Type("button").ID("px-src-all").Class("px-chip").Text(fmt.Sprintf("Show all %d", len(r.Articles))).OnClick(func(ctx app.Context, e app.Event) {
					v.all = true
					focusAfter(ctx, fmt.Sprintf(`.px-sources tbody tr:nth-child(%d) th`, sourceRows+1))
				}),
			)
		}),
		app.If(len(r.Articles) > wideSet, v.closest).Else(v.matrix),
		app.H3().Text("Which seems rewritten from which"),
		app.If(len(r.Derivations) == 0, func() app.UI {
			return app.P().Class("px-none").Text("No article looks rewritten from another.")
		}),
		app.Ul().Class("px-derivations").Body(app.Range(r.Derivations).Slice(func(i int) app.UI {
			d := r.Derivations[i]
			a, b := r.Index(d.Derived), r.Index(d.Source)
			return app.Li().Body(
				app.Strong().Text(fmt.Sprintf("%s may be rewritten from %s", r.Outlet(a), r.Outlet(b))),
				app.Text(fmt.Sprintf(" (likelihood %s): %s.", compare.Percent(d.Likelihood), d.Reason)),
			)
		})),
	)
}

// matrix draws how close each article is to each other one.
func (v *SourcesView) matrix() app.UI {
	r := v.Report
	return app.Div().Class("px-grid-wrap").TabIndex(0).Role("region").Aria("label", "How close the articles are, scrollable").Body(
		app.Table().Class("px-table px-matrix").Body(
			app.Caption().Text("How close the articles are: the facts two articles have in common, as a share of their sentences"),
			app.THead().Body(app.Tr().Body(
				app.Td().Text(""),
				app.Range(r.Articles).Slice(func(i int) app.UI {
					return app.Th().Scope("col").Title(r.Outlet(i)).Text(compare.Tag(i))
				}),
			)),
			app.TBody().Body(app.Range(r.Articles).Slice(func(i int) app.UI {
				return app.Tr().Body(
					app.Th().Scope("row").Title(r.Outlet(i)).Text(compare.Tag(i)),
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
			app.Caption().Text(fmt.Sprintf("How close the articles are: each one's closest %d, by the facts they have in common, as a share of their sentences", k)),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Article"),
				app.Th().Scope("col").Text("Closest"),
			)),
			app.TBody().Body(app.Range(v.shown()).Slice(func(i int) app.UI {
				near := r.Closest(i, k)
				var cells []app.UI
				for n, j := range near {
					if n > 0 {
						cells = append(cells, app.Text(" · "))
					}
					x := r.Similarity[i][j]
					cells = append(cells, app.Span().Class(shade(x)+" px-near").Title(r.Outlet(j)).Body(
						app.Span().Class("px-letter").Text(compare.Tag(j)),
						app.Text(fmt.Sprintf(" %s %.2f", r.Outlet(j), x)),
					))
				}
				if len(near) == 0 {
					cells = append(cells, app.Text("none: it has no fact in common with another"))
				}
				return app.Tr().Body(
					app.Th().Scope("row").Body(app.Span().Class("px-letter").Text(compare.Tag(i)), app.Text(" "+r.Outlet(i))),
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
