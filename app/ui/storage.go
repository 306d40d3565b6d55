package ui

// The person's articles kept in the browser's storage: read when the
// page mounts, written after a pause in typing and when the page is left.

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
)

// loadSet reads the kept set when the page mounts. An empty set starts
// with two blank articles to fill in; a set that can be compared is
// compared at once, so a reload shows the same comparison.
func (y *YoursPage) loadSet(ctx app.Context) {
	y.state = ParseState(pageURL(ctx).Query()) // before OnNav: the strictness to compare at
	y.loaded = true
	y.kept = storageKept()
	var s article.Set
	if err := y.store.Get(storageKey, &s); err != nil {
		y.ed.note = "The articles kept in this browser could not be read (" + err.Error() + "); you are starting afresh, and they stay stored until you change something here."
	}
	s, shared := y.adoptShared(ctx, s) // a set a link brought (#set=…)
	if len(s.Articles) == 0 {
		s.Articles = []article.Entry{{Language: "en"}, {Language: "en"}}
	}
	y.setSet(ctx, s, shared)
	if shared {
		y.saveSet() // at once, not after the pause for typing
	}
	y.checkNow() // a kept set of 200 is compared only if it can be
	if article.Blocking(y.issues) {
		markReady()
		return
	}
	y.compareSet(ctx)
}

// storageKept reports whether what the page stores outlives the visit:
// not where cmd/site/host.js replaced a blocked storage with memory.
func storageKept() bool {
	doc := app.Window().Get("document")
	return !doc.Truthy() || doc.Get("documentElement").Call("getAttribute", "data-px-storage").String() != "memory"
}

// saveSet writes the set to storage if it changed since the last write,
// or says why it could not.
func (y *YoursPage) saveSet() {
	if !y.dirty || !y.loaded {
		return
	}
	y.save.stop()
	y.dirty = false
	if len(y.ed.set.Articles) == 0 && y.ed.set.Title == "" {
		y.store.Del(storageKey)
		y.saveErr = ""
		return
	}
	if err := y.store.Set(storageKey, y.ed.set); err != nil {
		y.saveErr = "This browser could not keep the articles (its storage is full or refused them: " + err.Error() + "). They are still here; export them to a file to keep them."
		return
	}
	y.saveErr = ""
}
