package ui

// The few calls on the document that rendering cannot make: focus, the
// accent colour, scrolling to a fact, and the mark that the page is ready.

import (
	"fmt"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/compare"
)

// applyAccent sets the host page's accent colour (already checked to be
// #rgb or #rrggbb) on the widget's root through the CSS object model: a
// style attribute would need 'unsafe-inline' in the page's
// Content-Security-Policy.
func applyAccent(accent string) {
	if !app.IsClient {
		return
	}
	root := app.Window().Get("document").Call("querySelector", ".px")
	if !root.Truthy() {
		return
	}
	style := root.Get("style")
	for _, prop := range []string{"--px-accent", "--px-sel"} {
		if accent == "" {
			style.Call("removeProperty", prop)
		} else {
			style.Call("setProperty", prop, accent)
		}
	}
}

// markReady sets html[data-px-ready]: the widget is interactive and shows
// the state of the address.
func markReady() {
	if !app.IsClient {
		return
	}
	if doc := app.Window().Get("document"); doc.Truthy() {
		doc.Get("documentElement").Get("dataset").Set("pxReady", "1")
	}
}

// actionFocus moves focus once the page is drawn (value: selectors, as
// focusLater takes them). For a control that its own click removes:
// go-app drops a deferred function whose element is gone, so the page,
// which stays, does it.
const actionFocus = "px-focus"

func focusAfter(ctx app.Context, selectors ...string) {
	ctx.NewActionWithValue(actionFocus, selectors)
}

// focusLater moves focus, once the page is drawn, to the first element
// found by the selectors in turn (the control that replaced the one that
// had focus, or the first thing to fix).
func focusLater(ctx app.Context, selectors ...string) {
	ctx.Defer(func(app.Context) {
		doc := app.Window().Get("document")
		for _, sel := range selectors {
			if el := doc.Call("querySelector", sel); el.Truthy() {
				if el.Get("tabIndex").Int() < 0 {
					el.Set("tabIndex", -1)
				}
				el.Call("focus")
				return
			}
		}
	})
}

// scrollToFact scrolls each column, inside itself, to its first sentence
// of the fact, or else to its sentence that comes close to the fact (a
// near miss); the page itself does not move.
func scrollToFact(fact int) {
	doc := app.Window().Get("document")
	if !doc.Truthy() {
		return
	}
	found := doc.Call("querySelectorAll", fmt.Sprintf(`.px-col [data-fact="%d"], .px-col .px-nearmiss [data-fact]`, fact))
	seen := map[string]bool{}
	for i := 0; i < found.Get("length").Int(); i++ {
		el := found.Call("item", i)
		col := el.Get("dataset").Get("article").String()
		if seen[col] {
			continue
		}
		seen[col] = true
		list := el.Call("closest", ".px-sents")
		if !list.Truthy() {
			continue
		}
		// where the sentence is, measured from the list's scrolled top
		top := el.Call("getBoundingClientRect").Get("top").Float() - list.Call("getBoundingClientRect").Get("top").Float() + list.Get("scrollTop").Float()
		list.Set("scrollTop", top-8)
	}
}

// focusIfLost moves focus to a sentence of the fact when nothing has
// focus (the focused element was removed, or the page just opened on a
// link that selected the fact): the one it was selected by (at, State.At,
// if any), or its first.
func focusIfLost(r *compare.Report, fact int, at string) {
	doc := app.Window().Get("document")
	if !doc.Truthy() {
		return
	}
	if active := doc.Get("activeElement"); active.Truthy() && !active.Equal(doc.Get("body")) {
		return
	}
	sels := []string{fmt.Sprintf(`.px-col [data-fact="%d"]`, fact)}
	if i, k, ok := (State{At: at}).Anchor(); ok && i < len(r.Articles) {
		sels = slices.Insert(sels, 0, fmt.Sprintf(`.px-col [data-article=%q][data-sentence="%d"][data-fact="%d"]`, r.Articles[i].ID, k, fact))
	}
	for _, sel := range sels {
		if el := doc.Call("querySelector", sel); el.Truthy() {
			el.Call("focus")
			return
		}
	}
}

// inFrame reports whether the page is in a frame: embedded in another.
func inFrame() bool {
	w := app.Window()
	return app.IsClient && !w.Get("parent").Equal(w.Get("self"))
}

// sheetFocus places focus where the comparison is a sheet over the
// columns (a phone, a short window: parallax.css shows its fold button
// only then), and reports whether it is one. Opened (a fact newly
// selected, or the sheet unfolded), focus goes to the sheet's heading,
// and the sheet is scrolled to the top of the window where scroll is set
// (the reader's doing, not the page's first drawing, which must not
// scroll a page the widget is embedded in). Focus left behind the sheet,
// or in its folded part, goes to the heading, or to the button that
// unfolds it.
func sheetFocus(opened, scroll bool) bool {
	doc := app.Window().Get("document")
	if !doc.Truthy() {
		return false
	}
	fold := doc.Call("getElementById", "px-fold")
	if !fold.Truthy() || fold.Get("offsetParent").IsNull() {
		return false
	}
	panel := doc.Call("getElementById", "px-panel")
	active := doc.Get("activeElement")
	lost := !active.Truthy() || active.Equal(doc.Get("body"))
	opts := app.Window().Get("Object").New()
	if panel.Get("dataset").Get("folded").Truthy() {
		if lost || doc.Call("getElementById", "px-panel-body").Call("contains", active).Bool() {
			opts.Set("preventScroll", true)
			fold.Call("focus", opts)
		}
		return true
	}
	if cols := doc.Call("querySelector", ".px-cols"); opened || lost || cols.Truthy() && cols.Call("contains", active).Bool() {
		head := doc.Call("getElementById", "px-panel-head")
		head.Set("tabIndex", -1)
		opts.Set("preventScroll", true)
		head.Call("focus", opts)
		if opened && scroll {
			// the sheet's top at the window's top, the host page's too: the
			// top of the columns it covers, as the sheet rises into place
			at := app.Window().Get("Object").New()
			at.Set("block", "start")
			at.Set("inline", "nearest")
			panel.Get("parentElement").Call("scrollIntoView", at)
		}
	}
	return true
}
