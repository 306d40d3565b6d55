//go:build js

package ui

import (
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// These tests run in a real browser (see e2e/wasmexec.mjs): they touch the
// DOM, which Node's WebAssembly runner does not have.

// TestScrollToFact builds two columns of forty sentences and checks that
// selecting a fact scrolls each column, inside itself, to its first
// sentence of the fact, and leaves the page where it was.
func TestScrollToFact(t *testing.T) {
	doc := app.Window().Get("document")
	body := doc.Get("body")
	var lists []app.Value
	for _, article := range []string{"a", "b"} {
		col := doc.Call("createElement", "article")
		col.Set("className", "px-col")
		list := doc.Call("createElement", "ol")
		list.Set("className", "px-sents")
		style := list.Get("style")
		style.Set("height", "120px")
		style.Set("overflowY", "auto")
		style.Set("position", "relative")
		for i := 0; i < 40; i++ {
			li := doc.Call("createElement", "li")
			b := doc.Call("createElement", "button")
			b.Set("textContent", "sentence")
			b.Get("style").Set("height", "40px")
			b.Get("style").Set("display", "block")
			b.Get("dataset").Set("article", article)
			fact := i
			if article == "b" {
				fact = 39 - i // the same fact sits elsewhere in the other column
			}
			b.Get("dataset").Set("fact", fact)
			li.Call("appendChild", b)
			list.Call("appendChild", li)
		}
		col.Call("appendChild", list)
		body.Call("appendChild", col)
		lists = append(lists, list)
	}
	defer func() {
		for _, l := range lists {
			l.Get("parentNode").Call("remove")
		}
	}()
	app.Window().Call("scrollTo", 0, 0)
	scrollToFact(30)
	a, b := lists[0].Get("scrollTop").Int(), lists[1].Get("scrollTop").Int()
	if a < 30*40-60 || a > 30*40 {
		t.Errorf("column a scrolled to %d, want near %d", a, 30*40)
	}
	if b < 9*40-60 || b > 9*40 {
		t.Errorf("column b scrolled to %d, want near %d", b, 9*40)
	}
	if y := app.Window().Get("scrollY").Int(); y != 0 {
		t.Errorf("the page scrolled to %d", y)
	}
}

// TestYieldToBrowser: a goroutine that yields lets the browser run what
// it has queued (here a timer set just before), which a busy goroutine
// never does.
func TestYieldToBrowser(t *testing.T) {
	win := app.Window()
	win.Set("__pxRan", false)
	win.Call("eval", "setTimeout(function () { window.__pxRan = true }, 0)")
	busyUntil := time.Now().Add(20 * time.Millisecond)
	for time.Now().Before(busyUntil) {
	}
	if win.Get("__pxRan").Bool() {
		t.Fatal("the timer ran while Go was busy: the test cannot tell a yield")
	}
	// a message may overtake a timer, but not for long: the browser's
	// event loop does come round
	for k := 0; k < 100 && !win.Get("__pxRan").Bool(); k++ {
		YieldToBrowser()
	}
	if !win.Get("__pxRan").Bool() {
		t.Error("the browser's timer had not run after 100 yields")
	}
}
