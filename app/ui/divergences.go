package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/compare"
)

// DivergenceView lists where the articles differ: inside shared facts by
// kind, figures across the articles, possible contradictions between
// related sentences, and spelling variants; each with its sentences side
// by side and the differing words marked.
type DivergenceView struct {
	app.Compo

	Report *compare.Report
	State  State
}

var kinds = []struct{ Kind, Title string }{
	{"number", "Figures"},
	{"date", "Dates"},
	{"name", "Names"},
	{"quote", "Quotes"},
	{"contradiction", "Contradictions"},
}

// Render draws the sections.
func (v *DivergenceView) Render() app.UI {
	r := v.Report
	type item struct {
		fact int
		d    compare.Divergence
	}
	byKind := map[string][]item{}
	for _, c := range r.Clusters {
		for _, d := range c.Divergences {
			byKind[d.Kind] = append(byKind[d.Kind], item{c.ID, d})
		}
	}
	return app.Section().Class("px-divergences").Aria("labelledby", "px-dv-head").Body(
		app.H2().ID("px-dv-head").Class("px-vh").Text("Divergences"),
		app.Range(kinds).Slice(func(k int) app.UI {
			items := byKind[kinds[k].Kind]
			return app.Section().Class("px-dv-kind").Body(
				app.H3().Text(fmt.Sprintf("%s inside shared facts (%d)", kinds[k].Title, len(items))),
				app.If(len(items) == 0, func() app.UI { return app.P().Class("px-none").Text("None found.") }),
				app.Range(items).Slice(func(i int) app.UI {
					it := items[i]
					link := v.State.With(func(s *State) { s.View = SideBySide; s.Fact = it.fact })
					return v.divergence(it.d, app.A().Href(link.URL()).Text(fmt.Sprintf("Fact %d side by side", it.fact)))
				}),
			)
		}),
		app.Section().Class("px-dv-kind").Body(
			app.H3().Text(fmt.Sprintf("Figures given differently anywhere (%d)", len(r.Figures))),
			app.P().Class("px-help").Text("The same counted thing with figures that do not match, even where the sentences are not one fact: they may be about different occasions."),
			app.Range(r.Figures).Slice(func(i int) app.UI { return v.divergence(r.Figures[i], nil) }),
		),
		app.Section().Class("px-dv-kind").Body(
			app.H3().Text(fmt.Sprintf("Possible contradictions between related sentences (%d)", len(r.Contradictions))),
			app.Range(r.Contradictions).Slice(func(i int) app.UI { return v.divergence(r.Contradictions[i], nil) }),
		),
		app.Section().Class("px-dv-kind").Body(
			app.H3().Text(fmt.Sprintf("Spelling variants (%d)", len(r.Variants))),
			app.Ul().Class("px-variants").Body(
				app.Range(r.Variants).Slice(func(i int) app.UI {
					va := r.Variants[i]
					var who []string
					for _, id := range va.Articles {
						who = append(who, letter(index(r, id)))
					}
					text := fmt.Sprintf("%s: %s, in %s", va.Kind, strings.Join(va.Forms, " / "), strings.Join(who, ", "))
					if va.Possible {
						text += " (possibly the same)"
					}
					return app.Li().Text(text)
				}),
			),
		),
	)
}

// divergence draws one divergence: its kind and summary, and each marked
// sentence with its outlet.
func (v *DivergenceView) divergence(d compare.Divergence, link app.UI) app.UI {
	r := v.Report
	// one entry a sentence, with all of its marks
	type entry struct {
		article string
		k       int
	}
	var order []entry
	seen := map[entry]bool{}
	for _, m := range d.Members {
		e := entry{m.Article, m.Sentence}
		if !seen[e] {
			seen[e] = true
			order = append(order, e)
		}
	}
	return app.Article().Class("px-dv").Body(
		app.P().Class("px-dv-sum").Body(summary(r, d)...),
		app.Ul().Class("px-dv-sents").Body(
			app.Range(order).Slice(func(i int) app.UI {
				e := order[i]
				ai := index(r, e.article)
				s := r.Articles[ai].Sentences[e.k]
				return app.Li().DataSet("article", e.article).DataSet("sentence", e.k).Body(
					app.Span().Class("px-who").Body(app.Span().Class("px-letter").Text(letter(ai)), app.Text(" "+outlet(r, ai)+": ")),
					app.Span().Body(marked(e.article, e.k, s, d.Members)...),
				)
			}),
		),
		app.If(link != nil, func() app.UI { return app.P().Class("px-dv-link").Body(link) }),
	)
}
