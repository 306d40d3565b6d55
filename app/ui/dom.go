package ui

// The few calls on the document that rendering cannot make: focus, the
// accent colour, scrolling to a fact, and the mark that the page is ready.

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
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

// focusIfLost moves focus to the first sentence of the fact when nothing
// has focus (the focused element was removed, or the page just opened on
// a link that selected the fact).
func focusIfLost(fact int) {
	doc := app.Window().Get("document")
	if !doc.Truthy() {
		return
	}
	if active := doc.Get("activeElement"); active.Truthy() && !active.Equal(doc.Get("body")) {
		return
	}
	if el := doc.Call("querySelector", fmt.Sprintf(`.px-col [data-fact="%d"]`, fact)); el.Truthy() {
		el.Call("focus")
	}
}
