package ui

// The comparison panel in the side-by-side view: where it opens, what
// closes it, the near miss it shows in its column, and the state that
// embeds its fact alone.

import (
	"fmt"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/compare"
)

// panel is the comparison of the selected fact, if any: a drawer along the
// bottom of the window, or a sheet over the columns on a phone.
func (v *ColumnsView) panel(shown []int, selected *compare.Cluster) app.UI {
	r := v.Report
	return app.If(selected != nil, func() app.UI {
		show := func(i int) State {
			return v.State.With(func(s *State) { s.Columns = withColumn(shown, i, r.Tellers(selected.ID)) })
		}
		return &Panel{
			Report: r, Fact: v.State.Fact, OnEdit: v.OnEdit,
			Close:  v.closed().URL(),
			Show:   func(i int) string { return show(i).URL() },
			Folded: v.folded == v.State.Fact+1,
			Embed:  v.embedFact(),
			Page:   v.Page,
			OnFold: func(ctx app.Context, folded bool) {
				// drawn again with no new fields from its parent: no
				// OnUpdate to place focus
				v.fold(folded)
				ctx.Defer(func(app.Context) { sheetFocus(!folded, true) })
			},
			Reveal: func(ctx app.Context, i, k int) {
				v.reveal, v.revealFact = fmt.Sprintf("%d.%d", i, k), v.State.Fact
				v.fold(true) // a sheet over the columns folds to show it
				if slices.Contains(shown, i) {
					// the column is there: no navigation, so no drawing
					// to wait for
					ctx.Defer(func(ctx app.Context) {
						revealNear(r, v.reveal)
						v.reveal = ""
						sheetFocus(false, false) // the link is folded away
					})
					return
				}
				navigate(ctx, show(i))
			},
		}
	}).ElseIf(v.Limit == 0, func() app.UI {
		return app.P().Class("px-hint").Text("Select a sentence to compare how each article tells its fact.")
	})
}

// embedFact is the state that embeds the selected fact alone, following
// the sentence it was selected by (or its first) when the strictness
// renumbers the facts; nil where the page offers no embed code.
func (v *ColumnsView) embedFact() *State {
	r, f := v.Report, v.State.Fact
	if !v.Embeddable || f < 0 || f >= len(r.Clusters) {
		return nil
	}
	at := v.State.At
	if at == "" {
		m := r.Clusters[f].Members[0]
		at = fmt.Sprintf("%d.%d", r.Index(m.Article), m.Sentence)
	}
	s := v.State.With(func(s *State) { s.View, s.At, s.Columns, s.Editing, s.Machine = OneFact, at, nil, false, false })
	return &s
}

// fold folds the selected fact's sheet, or unfolds it.
func (v *ColumnsView) fold(folded bool) {
	v.folded = 0
	if folded {
		v.folded = v.State.Fact + 1
	}
}

// closed is the state with no fact selected.
func (v *ColumnsView) closed() State {
	return v.State.With(func(s *State) { s.Fact, s.At = -1, "" })
}

// escape closes the comparison on the Escape key, from the columns or
// the panel.
func (v *ColumnsView) escape(ctx app.Context, e app.Event) {
	if e.Get("key").String() != "Escape" || v.State.Fact < 0 {
		ctx.PreventUpdate() // any other key: nothing to draw again
		return
	}
	navigate(ctx, v.closed())
}

// revealNear brings the near miss sentence at ("article.sentence" by
// index) into view, scrolling its column's list, the row of columns on a
// phone and the page as little as it takes; false when it is not drawn
// yet.
func revealNear(r *compare.Report, at string) bool {
	doc := app.Window().Get("document")
	if !doc.Truthy() {
		return true
	}
	i, k, ok := (State{At: at}).Anchor()
	if !ok || i >= len(r.Articles) {
		return true
	}
	el := doc.Call("querySelector", fmt.Sprintf(`.px-col li.px-nearmiss [data-article=%q][data-sentence="%d"]`, r.Articles[i].ID, k))
	if !el.Truthy() {
		return false
	}
	opts := app.Window().Get("Object").New()
	opts.Set("block", "nearest")
	opts.Set("inline", "nearest")
	el.Call("closest", "li").Call("scrollIntoView", opts)
	return true
}
