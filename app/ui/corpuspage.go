package ui

import (
	"context"
	"fmt"
	"io/fs"
	"path"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/corpus"
)

// CorpusPage is the page of a bundled corpus (/ and /c/<slug>): it compares
// the corpus, reads the state from the URL and lays out the header and
// the view. The comparison is made in OnInit when the page is generated,
// so that the static HTML already shows the articles; in the browser it
// is made again off the event loop (loadCorpus).
type CorpusPage struct {
	app.Compo
	comparison

	// Corpus is the bundled corpus's slug; "" is corpus.Default.
	Corpus string
	// Root is the way from the page to the site's root, relative: "" for a
	// page at the root, "../" for /c/<slug>.
	Root string

	slug    string    // the corpus the fields above belong to
	adopted app.Value // in the browser, while the bundled corpus is compared (loadCorpus): a copy of the generated page's widget, shown as it is (keepPrerendered)
}

// OnInit analyses the bundled corpus when the page is generated, so that
// the static HTML holds the comparison before the WebAssembly starts. In
// the browser, on the page it was loaded with, the comparison runs off the
// event loop instead (loadCorpus, from OnMount), because here it would
// hold the page's first task (measured: about 450 ms at a 4× slowed CPU,
// on top of Go's own start). A page the reader goes to later is compared
// here.
func (w *CorpusPage) OnInit() {
	w.slug = w.Corpus
	w.state = State{View: SideBySide, Fact: -1}
	w.edits = bundledEdits(corpus.FS, w.Corpus)
	if app.IsClient {
		if w.adopted = keepPrerendered(); w.adopted != nil {
			return // OnMount compares
		}
	}
	w.corpus, w.report, w.err = compareCorpus(context.Background(), corpus.FS, w.Corpus, nil)
}

// compareCorpus reads and compares a bundled corpus of fsys (corpus.FS;
// slug "" is corpus.Default), with its manifest's edits, under ctx,
// telling p (if not nil) how far it has got; err is what to tell the
// person, and a report may come with it (a problem with one article). Once
// ctx is done it returns nothing.
func compareCorpus(ctx context.Context, fsys fs.FS, slug string, p compare.Progress) (c *compare.Corpus, r *compare.Report, err string) {
	if slug == "" {
		slug = corpus.Default
	}
	title, arts, problems, e := article.LoadDir(fsys, slug)
	ed := bundledEdits(fsys, slug)
	switch {
	case e != nil:
		return nil, nil, fmt.Sprintf("The corpus %q could not be read: %v.", slug, e)
	case len(problems) > 0:
		err = fmt.Sprintf("The corpus %q has a problem: %v.", slug, problems[0])
	}
	if c, r, e = compareArticles(ctx, title, arts, 0, ed, p); e != nil {
		return nil, nil, e.Error()
	}
	return c, r, err
}

// bundledEdits are the edits in a bundled corpus's manifest. A broken
// manifest is the corpus's problem, told when it is read (LoadDir).
func bundledEdits(fsys fs.FS, slug string) edits {
	if slug == "" {
		slug = corpus.Default
	}
	m, _ := article.LoadManifest(fsys, slug)
	return edits{article.EditsFrom(m.Edits, path.Join(slug, article.ManifestName))}
}

// OnMount compares the corpus of the page the browser loaded, and listens
// for a new version (comparison.mount).
func (w *CorpusPage) OnMount(ctx app.Context) {
	if !app.IsClient {
		return
	}
	w.mount(ctx)
	if w.adopted != nil {
		w.loadCorpus(ctx)
	}
}

// OnDismount stops the page's work: the reader went to the page of their
// own articles, maybe before the comparison was done (the copy of the
// generated page goes too).
func (w *CorpusPage) OnDismount() {
	w.dropPrerendered()
	w.exit()
}

// OnUpdate starts over when a link leads to another bundled corpus: go-app
// then keeps this CorpusPage and only changes its fields.
func (w *CorpusPage) OnUpdate(ctx app.Context) {
	if w.Corpus == w.slug {
		return
	}
	w.restart(ctx)      // stops the old page's work
	w.dropPrerendered() // if the reader left before the comparison was done
	w.OnInit()
}

// OnPreRender sets the page's title for the generated HTML.
func (w *CorpusPage) OnPreRender(ctx app.Context) { w.setTitle(ctx, false) }

// OnNav reads the state from the URL and re-aligns if the strictness
// changed. The page is marked interactive (html[data-px-ready], for tests)
// once the first state is on screen.
func (w *CorpusPage) OnNav(ctx app.Context) {
	realign, anchor := w.nav(ctx)
	if w.adopted != nil {
		return // OnMount compares the corpus, and marks the page ready
	}
	w.setTitle(ctx, false)
	if realign && w.corpus != nil {
		w.realign(ctx, w.state.Strictness, anchor)
		return
	}
	markReady()
}

// loadCorpus compares the bundled corpus off the event loop, in steps
// that give the browser its thread back (work), while the page shows the
// generated HTML it was loaded with (keepPrerendered), and then draws it
// at the address's state, a part at a time (drawInSteps).
func (w *CorpusPage) loadCorpus(ctx app.Context) {
	slug := w.Corpus
	w.work(ctx, func(job context.Context, p compare.Progress) {
		// Go's start is the page's longest task: the comparison begins
		// after it, not in it (measured: its first 40 ms, the reading of
		// the corpus, ran in that task).
		YieldToBrowser()
		c, r, err := compareCorpus(job, corpus.FS, slug, p)
		if job.Err() != nil {
			return // the reader has gone to another page
		}
		// The bar is not shown meanwhile (Render draws nothing: the copy
		// is shown), and drawn with the page now, it would push the page
		// down until the work ends (measured: 62 px at 412 px wide, a
		// layout shift of 0.098 in all).
		ctx.SetState(stateProgress, progress{})
		ctx.Dispatch(func(ctx app.Context) {
			if job.Err() != nil {
				return
			}
			w.corpus, w.report, w.err = c, r, err
			w.dropPrerendered()
			w.setTitle(ctx, false)
			ctx.Defer(func(app.Context) { applyAccent(w.state.Accent) }) // on the page's new root
			w.drawInSteps(ctx, func(ctx app.Context) {
				// the address asks for another strictness, and the reader
				// has not moved the slider meanwhile (OnNav re-aligns then)
				if c != nil && (w.state.Strictness != 0 || w.state.Machine) && w.report == r && !w.busy {
					w.realign(ctx, w.state.Strictness, nil)
					return
				}
				markReady()
			})
		})
	})
}

// keepPrerendered puts a copy of the widget as the page was generated
// after it, and returns the copy: go-app does not adopt generated HTML, it
// replaces it with what Render draws, which is nothing until the
// comparison is done. Nil when the page holds no such widget (a page that
// go-app drew).
func keepPrerendered() app.Value {
	doc := app.Window().Get("document")
	if !doc.Truthy() || doc.Get("documentElement").Call("hasAttribute", "data-px-ready").Bool() {
		return nil
	}
	el := doc.Call("querySelector", "body > div.px")
	if !el.Truthy() {
		return nil
	}
	c := el.Call("cloneNode", true)
	el.Call("after", c)
	return c
}

// dropPrerendered removes the copy keepPrerendered made, if any.
func (w *CorpusPage) dropPrerendered() {
	if w.adopted != nil {
		w.adopted.Call("remove")
		w.adopted = nil
	}
}

// Render lays out the page.
func (w *CorpusPage) Render() app.UI {
	if w.adopted != nil {
		return app.Div() // the generated page's copy shows meanwhile (keepPrerendered)
	}
	r := w.report
	if r == nil {
		return app.Main().Class("px").Body(
			app.H1().Text("Parallax"),
			app.P().Class("px-error").Role("alert").Text(w.errOr("The comparison could not be made.")),
		)
	}
	var foot app.UI
	if w.state.Embed {
		foot = &Attribution{Report: r, Full: w.state.resolved(r).full().URL()}
	} else {
		foot = app.Footer().Class("px-foot").Body(
			app.P().Text(disclaimer),
			app.P().Body(app.A().Href(w.Root+"yours.html").Text("Compare articles of your own →")),
			teacherLink(w.state),
			&EmbedCode{Report: r, State: w.state, Page: w.page},
		)
	}
	return w.frame(w.root(), false, w.reportView(false), foot)
}

func (w *CorpusPage) errOr(s string) string {
	if w.err != "" {
		return w.err
	}
	return s
}
