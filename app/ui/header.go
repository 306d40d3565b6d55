package ui

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/compare"
)

// Header shows the corpus, the headline figures, the view tabs and the
// strictness control.
type Header struct {
	app.Compo

	Report *compare.Report
	State  State
	Busy   bool
	Yours  bool // the person's own articles: a tab for the editor
}

// Render draws the header.
func (h *Header) Render() app.UI {
	r := h.Report
	title := "Comparison"
	switch {
	case r != nil && r.Title != "":
		title = r.Title
	case h.Yours:
		title = "Your articles"
	}
	tabs := []viewTab{}
	if h.Yours {
		tabs = append(tabs, viewTab{Edit, "Your articles"})
	}
	if r != nil {
		tabs = append(tabs, views()...)
	}
	current := h.State.View
	if h.Yours && r == nil {
		current = Edit
	}
	if current == Teacher {
		current = Exercise
	}
	return app.Header().Class("px-head").Body(
		app.P().Class("px-brand").Text("Parallax"),
		app.H1().Class("px-title").Text(title),
		app.If(r != nil, func() app.UI {
			return app.P().Class("px-figures").Text(figures(r))
		}),
		app.Nav().Class("px-tabs").Aria("label", "Views").Body(
			app.Range(tabs).Slice(func(i int) app.UI {
				return h.tab(tabs[i], current).Class("px-tab")
			}),
		),
		// the same links, folded into a menu in a phone's width (CSS)
		app.If(len(tabs) > 0, func() app.UI {
			return app.Details().Class("px-views").Body(
				app.Summary().Body(app.Span().Class("px-vh").Text("View: "), app.Text(label(tabs, current))),
				app.Nav().Aria("label", "Views").Body(app.Ul().Body(
					app.Range(tabs).Slice(func(i int) app.UI {
						return app.Li().Body(h.tab(tabs[i], current).OnClick(closeMenu))
					}),
				)),
			)
		}),
		app.If(r != nil, func() app.UI {
			return &Strictness{Value: r.Strictness, State: h.State, Busy: h.Busy}
		}),
	)
}

// tab is the link to view v, marked as the page when it is current.
func (h *Header) tab(v viewTab, current View) app.HTMLA {
	s := h.State.With(func(s *State) { s.View = v.View })
	a := app.A().Href(s.URL()).Text(v.Label)
	if v.View == current || (current == "" && v.View == SideBySide) {
		a = a.Aria("current", "page")
	}
	return a
}

// label is the name of the current view among tabs, of which there is
// one or more.
func label(tabs []viewTab, current View) string {
	for _, t := range tabs {
		if t.View == current || current == "" && t.View == SideBySide {
			return t.Label
		}
	}
	return tabs[0].Label
}

// closeMenu folds the views' menu once a view is chosen: the page does
// not reload, and an open <details> would stay open.
func closeMenu(ctx app.Context, e app.Event) {
	if d := ctx.JSSrc().Call("closest", "details"); d.Truthy() {
		d.Set("open", false)
	}
}

// figures sums the report up in one line.
func figures(r *compare.Report) string {
	n := r.Counts
	return fmt.Sprintf("%d articles · %d facts · %d told by more than one · %d by all", len(r.Articles), n.Facts, n.Several, n.All)
}

// Strictness is the same-fact threshold control: a slider that re-runs
// the alignment live.
type Strictness struct {
	app.Compo

	Value float64 // the report's strictness
	State State
	Busy  bool
}

// Render draws the slider and its status.
func (s *Strictness) Render() app.UI {
	status := fmt.Sprintf("%.2f", s.Value)
	if s.Busy {
		status = "aligning…"
	}
	return app.Div().Class("px-strict").Body(
		app.Label().For("px-strictness").Text("Strictness"),
		app.Input().ID("px-strictness").Type("range").Min(0.05).Max(0.95).Step(0.01).
			Value(strconv.FormatFloat(s.Value, 'f', 2, 64)).
			Aria("describedby", "px-strict-help").
			OnChange(s.onChange),
		app.Output().For("px-strictness").Aria("live", "polite").Text(status),
		app.If(s.Busy, func() app.UI {
			return app.Span().Class("px-spinner").Aria("hidden", true)
		}),
		app.P().ID("px-strict-help").Class("px-help").Text("Higher joins fewer sentences into one fact."),
	)
}

// OnMount and OnUpdate set the slider's value once it is drawn: go-app
// sets an element's attributes in map order, and a value set before the
// slider's min, max and step is rounded to the default step of 1 (the
// slider then showed 0.05 or 0.95 at random, and moved from there).
func (s *Strictness) OnMount(ctx app.Context)  { s.showValue(ctx) }
func (s *Strictness) OnUpdate(ctx app.Context) { s.showValue(ctx) }

func (s *Strictness) showValue(ctx app.Context) {
	v := strconv.FormatFloat(s.Value, 'f', 2, 64)
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID("px-strictness"); el.Truthy() && el.Get("value").String() != v {
			el.Set("value", v)
		}
	})
}

func (s *Strictness) onChange(ctx app.Context, e app.Event) {
	v, err := strconv.ParseFloat(ctx.JSSrc().Get("value").String(), 64)
	if err != nil {
		return
	}
	navigate(ctx, s.State.With(func(st *State) { st.Strictness = v }))
}
