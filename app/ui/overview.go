package ui

import (
	"fmt"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/compare"
)

// OverviewView is the fact-by-outlet grid: which article tells which
// fact, where they differ, with headline figures, a filter and a sort.
type OverviewView struct {
	app.Compo

	Report *compare.Report
	State  State
	// Limit, if not 0, draws only the first Limit facts of the page and
	// nothing after them (drawInSteps, app/ui/work.go).
	Limit int
}

var filters = []struct {
	Filter Filter
	Label  string
}{
	{AllFacts, "All facts"},
	{SharedByAll, "Told by all"},
	{SharedBySome, "Told by several"},
	{OnlyOne, "Told by one"},
	{WithDivergence, "Where they differ"},
}

// Render draws the figures, the controls and the grid.
func (v *OverviewView) Render() app.UI {
	r := v.Report
	n := len(r.Articles)
	rows := v.rows()
	total := len(rows)
	limit := v.State.Rows
	if limit <= 0 {
		limit = pageRows(n)
	}
	rows = rows[:min(total, limit)]
	count := fmt.Sprintf("%d facts shown", total)
	if len(rows) < total {
		count = fmt.Sprintf("%d of %d facts shown", len(rows), total)
	}
	drawn := rows
	if v.Limit > 0 && len(drawn) > v.Limit {
		drawn = drawn[:v.Limit]
	}
	return app.Section().Class("px-overview").Aria("labelledby", "px-ov-head").Body(
		app.H2().ID("px-ov-head").Class("px-vh").Text("Overview"),
		app.Dl().Class("px-stats").Body(
			stat("facts found", r.Counts.Facts),
			stat(compare.ReachLabel(compare.ToldByAll), r.Counts.All),
			stat(compare.ReachLabel(compare.ToldBySome), r.Counts.Some),
			stat(compare.ReachLabel(compare.ToldByOne), r.Counts.OnlyHere),
			stat(compare.ReachLabel(compare.ToldByOneClose), r.Counts.OneClose),
			app.Range(v.uniqueStats()).Slice(func(k int) app.UI {
				i := v.uniqueStats()[k]
				return stat("told only by "+r.Outlet(i), len(r.Articles[i].Unique))
			}),
		),
		app.Nav().Class("px-filters").Aria("label", "Filter facts").Body(
			app.Range(filters).Slice(func(i int) app.UI {
				f := filters[i]
				a := app.A().Class("px-chip").Href(v.State.With(func(s *State) { s.Filter = f.Filter }).URL()).Text(f.Label)
				if f.Filter == v.State.Filter {
					a = a.Aria("current", "true")
				}
				return a
			}),
			app.A().Class("px-chip px-sort").Href(v.State.With(func(s *State) { s.ByCount = !s.ByCount }).URL()).
				Text(map[bool]string{true: "Sorted by outlets: show in order", false: "In order: sort by outlets"}[v.State.ByCount]),
		),
		app.P().Class("px-count").Aria("live", "polite").Text(count),
		app.If(total == 0, func() app.UI {
			return app.P().Class("px-none").Body(
				app.Text(v.none()+" "),
				app.A().Href(v.State.With(func(s *State) { s.Filter = AllFacts }).URL()).Text("Show all facts"),
			)
		}).ElseIf(n > wideSet, func() app.UI { return v.list(drawn) }).Else(func() app.UI { return v.grid(drawn) }),
		app.If(len(drawn) == len(rows) && len(rows) < total, func() app.UI {
			more := min(pageRows(n), total-len(rows))
			return app.P().Class("px-more").Body(
				app.A().Class("px-chip").Href(v.State.With(func(s *State) { s.Rows = len(rows) + pageRows(n) }).URL()).
					Text(fmt.Sprintf("Show %d more facts", more)),
			)
		}),
	)
}

// grid draws the facts as rows and the articles as columns.
func (v *OverviewView) grid(rows []int) app.UI {
	r := v.Report
	return app.Div().Class("px-grid-wrap").TabIndex(0).Role("region").Aria("label", "Facts by article, scrollable").Body(
		app.Table().Class("px-grid").Body(
			app.Caption().Class("px-vh").Text("Facts by article: a filled circle where the article tells the fact, a diamond where it tells it differently, a ring where a sentence of it comes close"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Fact"),
				app.Range(r.Articles).Slice(func(i int) app.UI {
					return app.Th().Scope("col").Title(r.Outlet(i)).Body(
						app.Span().Class("px-letter").Text(compare.Tag(i)),
						app.Span().Class("px-vh").Text(" "+r.Outlet(i)),
					)
				}),
				app.Th().Scope("col").Text("Told by"),
			)),
			app.TBody().Body(
				app.Range(rows).Slice(func(k int) app.UI { return v.row(rows[k]) }),
			),
		),
	)
}

// list draws the facts of a wide set, past wideSet articles, where a
// column an article would run off the screen: each fact with the
// articles that tell it, by letter.
func (v *OverviewView) list(rows []int) app.UI {
	r := v.Report
	return app.Div().Class("px-grid-wrap").TabIndex(0).Role("region").Aria("label", "Facts and the articles that tell them, scrollable").Body(
		app.Table().Class("px-grid px-grid-list").Body(
			app.Caption().Class("px-vh").Text("Facts and the articles that tell them; a diamond marks an article that tells it differently, a ring one that comes close"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Fact"),
				app.Th().Scope("col").Text("Told by"),
				app.Th().Scope("col").Text("Articles"),
			)),
			app.TBody().Body(app.Range(rows).Slice(func(k int) app.UI {
				f := rows[k]
				c := r.Clusters[f]
				var who []app.UI
				for i, t := range r.Tellings(f) {
					switch t {
					case compare.Close:
						who = append(who, app.Span().Class("px-letter px-letter-near").Title(r.Outlet(i)+" comes close: it may tell it in other words").Text(compare.Tag(i)+"○"), app.Text(" "))
					case compare.ToldDifferently:
						who = append(who, app.Span().Class("px-letter px-letter-div").Title(r.Outlet(i)+" tells it differently").Text(compare.Tag(i)+"◆"), app.Text(" "))
					case compare.Told:
						who = append(who, app.Span().Class("px-letter").Title(r.Outlet(i)).Text(compare.Tag(i)), app.Text(" "))
					}
				}
				return app.Tr().DataSet("fact", f).Body(
					v.factCell(f),
					app.Td().Class("px-told").Text(fmt.Sprint(c.Articles)),
					app.Td().Class("px-who-list").Body(who...),
				)
			})),
		),
	)
}

// none says why the filter keeps no fact.
func (v *OverviewView) none() string {
	switch v.State.Filter {
	case SharedByAll:
		return fmt.Sprintf("No fact is told by all %d articles: no sentence of one has its counterpart in every other.", len(v.Report.Articles))
	case SharedBySome:
		return "No fact is told by some of the articles but not all."
	case OnlyOne:
		return "Every fact is told by more than one article."
	case WithDivergence:
		return "Where the articles tell the same fact, they do not differ in figures, names, dates or quotes."
	}
	return "No facts were found."
}

// wideSet is the most articles the overview draws as columns.
const wideSet = 20

// uniqueStats are the articles whose own facts the figures name: all of
// them, or, past eight, the five that tell most facts of their own.
func (v *OverviewView) uniqueStats() []int {
	r := v.Report
	order := make([]int, len(r.Articles))
	for i := range order {
		order[i] = i
	}
	if len(order) <= 8 {
		return order
	}
	slices.SortStableFunc(order, func(a, b int) int { return len(r.Articles[b].Unique) - len(r.Articles[a].Unique) })
	return order[:5]
}

// pageRows is how many facts the overview shows at first for n articles:
// about 4,000 cells of the grid, and never fewer than 20 rows; 50 rows of
// the list of a wide set. Paging keeps a set of 200 outlets quick: all
// of 1,500 facts by 200 outlets was 700,000 elements and froze the page
// for 40 s.
func pageRows(n int) int {
	if n > wideSet {
		return 50
	}
	return max(20, 4000/max(n, 1))
}

func stat(label string, n int) app.UI {
	return app.Div().Class("px-stat").Body(app.Dt().Text(label), app.Dd().Text(fmt.Sprint(n)))
}

// rows are the facts to show, filtered and sorted.
func (v *OverviewView) rows() []int {
	r := v.Report
	var out []int
	for i, c := range r.Clusters {
		keep := true
		switch v.State.Filter {
		case SharedByAll:
			keep = r.Reach(i) == compare.ToldByAll
		case SharedBySome:
			keep = r.Reach(i) == compare.ToldBySome
		case OnlyOne:
			keep = !r.Shared(i)
		case WithDivergence:
			keep = len(c.Divergences) > 0
		}
		if keep {
			out = append(out, i)
		}
	}
	if v.State.ByCount {
		slices.SortStableFunc(out, func(a, b int) int { return r.Clusters[b].Articles - r.Clusters[a].Articles })
	}
	return out
}

// row draws one fact: its first wording (a link that selects it side by
// side) and a cell for each article.
func (v *OverviewView) row(f int) app.UI {
	r := v.Report
	c := r.Clusters[f]
	tellings := r.Tellings(f)
	return app.Tr().DataSet("fact", f).Body(
		v.factCell(f),
		app.Range(r.Articles).Slice(func(i int) app.UI {
			switch tellings[i] {
			case compare.Close:
				return app.Td().Class("px-cell px-cell-near").Title("comes close: may tell it in other words").Body(
					app.Span().Aria("hidden", true).Text("○"), app.Span().Class("px-vh").Text(r.Outlet(i)+" comes close: it may tell it in other words"))
			case compare.ToldDifferently:
				return app.Td().Class("px-cell px-cell-div").Title("tells it differently").Body(
					app.Span().Aria("hidden", true).Text("◆"), app.Span().Class("px-vh").Text(r.Outlet(i)+" tells it differently"))
			case compare.Told:
				return app.Td().Class("px-cell px-cell-in").Title("tells it").Body(
					app.Span().Aria("hidden", true).Text("●"), app.Span().Class("px-vh").Text(r.Outlet(i)+" tells it"))
			default:
				return app.Td().Class("px-cell").Body(app.Span().Class("px-vh").Text(r.Outlet(i) + " does not tell it"))
			}
		}),
		app.Td().Class("px-told").Text(fmt.Sprint(c.Articles)),
	)
}

// factCell is a fact's row header: its first wording, a link that
// selects it side by side.
func (v *OverviewView) factCell(f int) app.UI {
	r := v.Report
	text := r.ClaimText(f, 0)
	link := v.State.With(func(s *State) { s.View = SideBySide; s.Fact = f })
	return app.Th().Scope("row").Class("px-fact").Body(
		app.A().Href(link.URL()).Title("Compare this fact side by side").Text(compare.Clip(text, 120)),
		app.If(r.Clusters[f].Edited, func() app.UI {
			return app.Span().Class("px-edited").Title("corrected by hand").Body(
				app.Span().Aria("hidden", true).Text(" ✎"), app.Span().Class("px-vh").Text(" (corrected by hand)"))
		}),
	)
}
