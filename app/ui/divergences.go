package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/compare"
)

// DivergenceView lists where the articles differ: inside shared facts by
// kind, figures across the articles, opposite claims between
// related sentences, and spelling variants; each with its sentences side
// by side and the differing words marked.
type DivergenceView struct {
	app.Compo

	Report *compare.Report
	State  State
	// Limit, if not 0, draws only the first Limit divergences of the page
	// and nothing after them (drawInSteps, app/ui/work.go).
	Limit int

	drawn map[string]int // how many items each section shows, past the first page
}

// dvPage is how many items a section of the divergences shows at first,
// and how many more each "Show more" adds: 200 ECB+ articles have
// hundreds: drawing them all held the page for 0.46 s, 20 a section
// 0.15-0.18 s.
const dvPage = 10

// compact reports whether the view is drawn for an article that embeds
// it: sections with nothing in them left out, each divergence a line that
// opens on its sentences, so that the frame stays about as tall as a
// reader scrolls past (docs/widget.md).
func (v *DivergenceView) compact() bool { return v.State.Embed }

// page cuts a section's items to those shown, and draws the button that
// shows more (moving focus to the first of them) while any are hidden.
// budget is how many more items the page may draw (Limit), -1 for no end:
// a section cut by it is drawn without its button, and the sections after
// it (budget 0) are not drawn at all.
func (v *DivergenceView) page(key, what string, total int, budget *int) (shown int, more app.UI) {
	shown = min(total, max(dvPage, v.drawn[key]))
	if *budget >= 0 {
		cut := shown > *budget
		shown = min(shown, *budget)
		*budget -= shown
		if cut {
			return shown, app.Text("")
		}
	}
	if shown == total {
		return shown, app.Text("")
	}
	next := min(dvPage, total-shown)
	return shown, app.P().Class("px-more").Body(
		app.Button().Type("button").Class("px-chip").
			Text(fmt.Sprintf("Show %d more %s (%d not shown)", next, what, total-shown)).
			OnClick(func(ctx app.Context, e app.Event) {
				if v.drawn == nil {
					v.drawn = map[string]int{}
				}
				v.drawn[key] = shown + next
				at := fmt.Sprintf(`[data-section="%s"] [data-n="%d"]`, key, shown)
				focusAfter(ctx, at+" > summary", at) // a line's summary, or the divergence
			}, app.EventScope(key, shown, next)),
	)
}

// Render draws the sections.
func (v *DivergenceView) Render() app.UI {
	r := v.Report
	type item struct {
		fact int
		d    compare.Divergence
	}
	byKind := map[compare.Kind][]item{}
	for _, c := range r.Clusters {
		for _, d := range c.Divergences {
			byKind[d.Kind] = append(byKind[d.Kind], item{c.ID, d})
		}
	}
	budget := -1 // no end
	if v.Limit > 0 {
		budget = v.Limit
	}
	// the sections in the page's order, each while the budget lasts
	var sections []app.UI
	for _, kind := range compare.Kinds() {
		if budget == 0 {
			break
		}
		title := compare.KindLabel(kind)
		items := byKind[kind]
		if len(items) == 0 && v.compact() {
			continue
		}
		n, more := v.page(string(kind), strings.ToLower(title), len(items), &budget)
		sections = append(sections, app.Section().Class("px-dv-kind").DataSet("section", string(kind)).Body(
			app.H3().Text(fmt.Sprintf("%s inside shared facts (%d)", title, len(items))),
			app.If(len(items) == 0, func() app.UI { return app.P().Class("px-none").Text("None found.") }),
			app.Range(items[:n]).Slice(func(i int) app.UI {
				it := items[i]
				link := v.State.With(func(s *State) { s.View = SideBySide; s.Fact = it.fact })
				return v.divergence(i, it.d, app.A().Href(link.URL()).Text(fmt.Sprintf("Fact %d side by side", it.fact)))
			}),
			more,
		))
	}
	if budget != 0 && (len(r.Figures) > 0 || !v.compact()) {
		sections = append(sections, v.section("figures", "figures", fmt.Sprintf("Figures given differently anywhere (%d)", len(r.Figures)),
			"The same counted thing, with what happens to it or whose it is, given figures that do not match in sentences of different facts.", r.Figures, &budget))
	}
	if budget != 0 && (len(r.Contradictions) > 0 || !v.compact()) {
		sections = append(sections, v.section("contradictions", "opposite claims", fmt.Sprintf("Opposite claims between sentences of different facts (%d)", len(r.Contradictions)),
			"Harm counted in one article and denied in another, and negations of what another asserts; those marked possible are cues for a reader to check.", r.Contradictions, &budget))
	}
	if budget != 0 && (len(r.Variants) > 0 || !v.compact()) {
		sections = append(sections, v.variants(&budget))
	}
	if len(sections) == 0 {
		sections = append(sections, app.P().Class("px-none").Text("The articles differ in none of the ways Parallax looks for."))
	}
	head := app.H2().ID("px-dv-head").Class("px-vh").Text("Divergences")
	return app.Section().Class("px-divergences").Aria("labelledby", "px-dv-head").Body(append([]app.UI{head}, sections...)...)
}

// variants draws the spelling variants, a page at a time.
func (v *DivergenceView) variants(budget *int) app.UI {
	r := v.Report
	n, more := v.page("variants", "spelling variants", len(r.Variants), budget)
	return app.Section().Class("px-dv-kind").DataSet("section", "variants").Body(
		app.H3().Text(fmt.Sprintf("Spelling variants (%d)", len(r.Variants))),
		app.Ul().Class("px-variants").Body(
			app.Range(r.Variants[:n]).Slice(func(i int) app.UI {
				va := r.Variants[i]
				var who []string
				for _, id := range va.Articles {
					who = append(who, compare.Tag(r.Index(id)))
				}
				text := fmt.Sprintf("%s: %s, in %s", va.Kind, strings.Join(va.Forms, " / "), strings.Join(who, ", "))
				if va.Possible {
					text += " (possibly the same)"
				}
				return app.Li().DataSet("n", i).Text(text)
			}),
		),
		more,
	)
}

// section draws a section of divergences that are not inside one fact,
// a page at a time.
func (v *DivergenceView) section(key, what, title, help string, items []compare.Divergence, budget *int) app.UI {
	n, more := v.page(key, what, len(items), budget)
	return app.Section().Class("px-dv-kind").DataSet("section", key).Body(
		app.H3().Text(title),
		app.If(help != "", func() app.UI { return app.P().Class("px-help").Text(help) }),
		app.Range(items[:n]).Slice(func(i int) app.UI { return v.divergence(i, items[i], nil) }),
		more,
	)
}

// divergence draws the nth divergence of a section: its kind and
// summary, and each marked sentence with its outlet.
func (v *DivergenceView) divergence(n int, d compare.Divergence, link app.UI) app.UI {
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
	sents := app.Ul().Class("px-dv-sents").Body(
		app.Range(order).Slice(func(i int) app.UI {
			e := order[i]
			ai := r.Index(e.article)
			s := r.Articles[ai].Sentences[e.k]
			return app.Li().DataSet("article", e.article).DataSet("sentence", e.k).Body(
				app.Span().Class("px-who").Body(app.Span().Class("px-letter").Text(compare.Tag(ai)), app.Text(" "+r.Outlet(ai)+": ")),
				app.Span().Body(marked(e.article, e.k, s, d.Members)...),
			)
		}),
	)
	if v.compact() {
		// a line that opens on the sentences
		return app.Details().Class("px-dv px-dv-line").DataSet("n", n).Body(
			app.Summary().Class("px-dv-sum").Body(summary(r, d)...),
			sents,
			app.If(link != nil, func() app.UI { return app.P().Class("px-dv-link").Body(link) }),
		)
	}
	return app.Article().Class("px-dv").DataSet("n", n).Body(
		app.P().Class("px-dv-sum").Body(summary(r, d)...),
		sents,
		app.If(link != nil, func() app.UI { return app.P().Class("px-dv-link").Body(link) }),
	)
}
