package ui

import (
	"errors"
	"fmt"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/exercise"
	"github.com/parallax-news/parallax/corpus"
)

// Widget is the page: it reads the state from the URL, holds the analysed
// corpus and the current report, and lays out the header and the view.
// Analysis runs in OnInit (so the prerendered page already shows the
// articles) and again off the event loop when the strictness changes.
type Widget struct {
	app.Compo

	// Corpus is the bundled corpus's slug; "" is corpus.Default.
	Corpus string
	// Yours makes the page compare the person's own articles (the /yours
	// page) instead of a bundled corpus.
	Yours bool
	// Root is the way from the page to the site's root, relative: "" for a
	// page at the root, "../" for /c/<slug>.
	Root string

	corpus    *compare.Corpus
	report    *compare.Report
	state     State
	busy      bool         // re-aligning at a new strictness
	err       string       // what went wrong, for the person
	update    bool         // a new version is installed and waits for a reload
	page      string       // the page's own address, known once mounted, for the embed code
	navigated bool         // OnNav has run: later strictness changes are the reader's
	page0     page         // the page the fields above belong to
	gen       int          // counts page changes, so that late results of another page are dropped
	runs      atomic.Int64 // counts work started, so that newer work stops older
	exercise  *exercise.Exercise
	exFor     *compare.Report   // the report exercise was built from
	adopted   app.Value         // in the browser, while the bundled corpus is compared (loadCorpus): a copy of the generated page's widget, shown as it is (keepPrerendered)
	step      int               // the view is drawn a part at a time (drawInSteps): 1, 2, … while it is, 0 once it is whole
	steps     int               // counts drawings in steps, so that a newer one stops an older one
	whole     func(app.Context) // what to do once the view is whole (drawInSteps)

	// The person's own articles (Yours): see yours.go.
	ed       editor          // the set, what happened last, what Undo puts back (editor.go)
	issues   []article.Issue // what Check says of the set
	checker  article.Checker // checks the set, each unchanged article once
	checking bool            // issues wait for a check after the page is drawn
	checkRun int             // counts rechecks, so that a newer one stops an older one
	loaded   bool            // the set was read from storage
	kept     bool            // storage outlives the visit
	tried    bool            // Compare was pressed and not yet done
	stale    bool            // the set changed since the report was made
	saves    int             // counts edits, so that only the last one of a burst is saved
	dirty    bool            // the set changed since it was last saved
	saveErr  string          // why the set could not be kept
}

// OnInit analyses the bundled corpus when the page is generated, so that
// the static HTML holds the comparison before the WebAssembly starts. In
// the browser, on the page it was loaded with, the comparison runs off the
// event loop instead (loadCorpus, from OnMount): done here, it held the
// page's first task for about 450 ms at a 4× slowed CPU, on top of Go's
// own start. A page the reader goes to later is compared here.
func (w *Widget) OnInit() {
	w.page0 = page{w.Yours, w.Corpus}
	w.state = State{View: SideBySide, Fact: -1}
	if w.Yours {
		return // the articles are in the browser's storage: see OnMount
	}
	if app.IsClient {
		if w.adopted = keepPrerendered(); w.adopted != nil {
			return // OnMount compares
		}
	}
	w.corpus, w.report, w.err = compareCorpus(w.Corpus, nil)
}

// compareCorpus reads and compares a bundled corpus (slug "" is
// corpus.Default), telling p (if not nil) how far it has got; err is what
// to tell the person, and a report may come with it (a problem with one
// article).
func compareCorpus(slug string, p compare.Progress) (c *compare.Corpus, r *compare.Report, err string) {
	if slug == "" {
		slug = corpus.Default
	}
	title, arts, problems, e := article.LoadDir(corpus.FS, slug)
	switch {
	case e != nil:
		return nil, nil, fmt.Sprintf("The corpus %q could not be read: %v.", slug, e)
	case len(problems) > 0:
		err = fmt.Sprintf("The corpus %q has a problem: %v.", slug, problems[0])
	}
	c, e = compare.PrepareProgress(title, arts, p)
	if e != nil {
		return nil, nil, e.Error()
	}
	return c, c.Compare(compare.Options{Progress: p}), err
}

// loadCorpus compares the bundled corpus off the event loop, in steps
// that give the browser its thread back (work), while the page shows the
// generated HTML it was loaded with (keepPrerendered), and then draws it
// at the address's state, a part at a time (drawInSteps).
func (w *Widget) loadCorpus(ctx app.Context) {
	gen, slug := w.gen, w.Corpus
	w.work(ctx, func(p compare.Progress) {
		// Go's start is the page's longest task: the comparison begins
		// after it, not in it (measured: its first 40 ms, the reading of
		// the corpus, ran in that task).
		yieldToBrowser()
		c, r, err := compareCorpus(slug, p)
		// The bar is not shown meanwhile (Render draws nothing: the copy
		// is shown), and drawn with the page now, it would push the page
		// down until the work ends (measured: 62 px at 412 px wide, a
		// layout shift of 0.098 in all).
		ctx.SetState(stateProgress, progress{})
		ctx.Dispatch(func(ctx app.Context) {
			if w.gen != gen {
				return // the reader has gone to another page
			}
			w.corpus, w.report, w.err = c, r, err
			w.dropPrerendered()
			w.setTitle(ctx)
			ctx.Defer(func(app.Context) { applyAccent(w.state.Accent) }) // on the page's new root
			w.drawInSteps(ctx, func(ctx app.Context) {
				if c != nil && w.state.Strictness != 0 {
					w.realign(ctx, w.state.Strictness, nil) // the address asks for another
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
func (w *Widget) dropPrerendered() {
	if w.adopted != nil {
		w.adopted.Call("remove")
		w.adopted = nil
	}
}

// stepLimits is, for each view, how much each step of drawInSteps draws
// (the view's Limit) before the last step draws it whole: sentences a
// column side by side, rows of the overview, divergences, questions of
// the exercise. Each step draws what follows the last one in the page, so
// nothing drawn moves. Drawn whole at once, a view held the page for up
// to 350 ms at a 4× slowed CPU (the overview of the bundled corpus) and
// 208 ms at full speed (the divergences of 200 articles).
var stepLimits = map[View][]int{
	SideBySide:  {5, 20},
	Overview:    {12, 48},
	Divergences: {6, 24},
	Exercise:    {2, 6},
}

// limit is the Limit of the view on screen at this step, 0 for all of it.
func (w *Widget) limit() int {
	if l := stepLimits[w.state.View]; w.step > 0 && w.step <= len(l) {
		return l[w.step-1]
	}
	return 0
}

// drawInSteps draws the view a part at a time from the next render on
// (stepLimits), giving the browser its turn between the parts, so that
// no one task draws all of it; then, once it is whole, calls then (if not
// nil). A newer drawing in steps takes over, and calls this one's then
// too; another page stops it.
func (w *Widget) drawInSteps(ctx app.Context, then func(app.Context)) {
	if before := w.whole; w.step > 0 && before != nil {
		if then == nil {
			then = before
		} else {
			after := then
			then = func(ctx app.Context) { before(ctx); after(ctx) }
		}
	}
	w.whole = then
	w.steps++
	run, gen := w.steps, w.gen
	w.step = 1
	var next func(app.Context)
	next = func(ctx app.Context) {
		if w.limit() == 0 { // whole
			whole := w.whole
			w.step, w.whole = 0, nil
			if whole != nil {
				ctx.Defer(whole)
			}
			return
		}
		ctx.Defer(func(ctx app.Context) { // once this part is drawn
			ctx.Async(func() {
				yieldToBrowser()
				ctx.Dispatch(func(ctx app.Context) {
					if w.steps != run || w.gen != gen {
						return
					}
					w.step++
					next(ctx)
				})
			})
		})
	}
	next(ctx)
}

// page is which page a Widget shows.
type page struct {
	yours  bool
	corpus string
}

// OnUpdate starts over when a link leads to another page of the site:
// go-app then keeps this Widget and only changes its fields. What the
// person was editing is kept first.
func (w *Widget) OnUpdate(ctx app.Context) {
	if (page{w.Yours, w.Corpus}) == w.page0 {
		return
	}
	if w.page0.yours {
		w.saveSet(ctx) // if anything is unsaved
	}
	w.gen++
	w.saves++
	w.runs.Add(1) // stops the old page's work
	ctx.SetState(stateProgress, progress{})
	w.dropPrerendered() // if the reader left before the comparison was done
	w.corpus, w.report, w.busy, w.err, w.navigated = nil, nil, false, "", false
	w.step, w.whole = 0, nil // the old page's drawing in steps (gen stops it)
	w.ed, w.issues, w.loaded, w.tried, w.stale, w.saveErr, w.checking = editor{epoch: w.ed.epoch}, nil, false, false, false, "", false
	w.OnInit()
	if w.Yours && app.IsClient {
		w.loadSet(ctx)
	}
}

// OnMount listens for a new version taking over (cmd/site/host.js records
// it), so that the prompt shows on this visit, not only on the next one.
func (w *Widget) OnMount(ctx app.Context) {
	if !app.IsClient {
		return
	}
	w.handleSet(ctx)
	if w.adopted != nil {
		w.loadCorpus(ctx)
	}
	ctx.Handle(actionFocus, func(ctx app.Context, a app.Action) {
		if sel, ok := a.Value.([]string); ok {
			focusLater(ctx, sel...)
		}
	})
	if w.Yours {
		w.loadSet(ctx)
	}
	// Leaving or closing the page keeps the last edits, which would
	// otherwise wait for the pause after typing.
	app.Window().Call("addEventListener", "pagehide", app.FuncOf(func(this app.Value, args []app.Value) any {
		w.saveSet(ctx)
		return nil
	}))
	app.Window().Call("addEventListener", "px-update", app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { w.update = true })
		return nil
	}))
	w.checkUpdate()
	app.TryUpdate()
}

// checkUpdate reads whether a new version has already taken over.
func (w *Widget) checkUpdate() {
	if doc := app.Window().Get("document"); doc.Truthy() {
		if v := doc.Get("documentElement").Call("getAttribute", "data-px-update"); v.Truthy() {
			w.update = true
		}
	}
}

// OnAppUpdate is told by go-app when a worker activates. That happens on
// a first visit too (the worker claims the page it installed from), so the
// widget trusts only what host.js recorded.
func (w *Widget) OnAppUpdate(ctx app.Context) { w.checkUpdate() }

// OnPreRender sets the page's title for the generated HTML.
func (w *Widget) OnPreRender(ctx app.Context) { w.setTitle(ctx) }

// OnNav reads the state from the URL and re-aligns if the strictness
// changed. The page is marked interactive (html[data-px-ready], for tests)
// once the first state is on screen.
func (w *Widget) OnNav(ctx app.Context) {
	u := pageURL(ctx)
	s := ParseState(u.Query())
	realign := s.Strictness != w.state.Strictness
	opened := w.navigated && s.View != w.state.View // the reader opened another view
	// A fact's number belongs to one strictness: when the reader moves the
	// slider, the selection follows the selected sentence to its new fact.
	// A link's own fact number is already in its own strictness.
	var anchor *compare.Ref
	if realign && w.navigated && w.report != nil && s.Fact >= 0 && s.Fact < len(w.report.Clusters) {
		anchor = &w.report.Clusters[s.Fact].Members[0]
		if i, k, ok := s.Anchor(); ok && i < len(w.report.Articles) && k < len(w.report.Articles[i].Sentences) {
			anchor = &compare.Ref{Article: w.report.Articles[i].ID, Sentence: k}
		}
	}
	w.state = s
	w.navigated = true
	if app.IsClient {
		w.page = (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path}).String()
	}
	w.setTitle(ctx)
	ctx.Defer(func(app.Context) { applyAccent(s.Accent) })
	if w.Yours && !w.loaded || w.adopted != nil {
		return // OnMount reads the set, or compares the corpus, and marks the page ready
	}
	if realign && w.corpus != nil {
		w.realign(ctx, s.Strictness, anchor)
		return
	}
	if opened && w.report != nil {
		w.drawInSteps(ctx, nil)
	}
	markReady()
}

func (w *Widget) setTitle(ctx app.Context) {
	if w.adopted != nil {
		return // the generated page's title stands until the comparison is done
	}
	title := "Parallax"
	switch {
	case w.report != nil && w.report.Title != "":
		title = w.report.Title + " · Parallax"
	case w.Yours:
		title = "Your articles · Parallax"
	}
	ctx.Page().SetTitle("%s", title)
}

// realign runs the alignment at a new strictness off the event loop and
// swaps the report in when it is done; meanwhile the old report stays on
// screen, marked busy. If anchor is set, the selection moves to the fact
// that sentence belongs to in the new report.
func (w *Widget) realign(ctx app.Context, strictness float64, anchor *compare.Ref) {
	w.busy = true
	c, gen := w.corpus, w.gen
	w.work(ctx, func(p compare.Progress) {
		r := c.Compare(compare.Options{Strictness: strictness, Progress: p})
		ctx.Dispatch(func(ctx app.Context) {
			if w.state.Strictness != strictness || w.gen != gen || w.corpus != c {
				return // a later change is on its way
			}
			w.report = r
			w.busy = false
			if anchor != nil {
				if i := r.Index(anchor.Article); i >= 0 && anchor.Sentence < len(r.Articles[i].Sentences) {
					w.state.Fact = r.Articles[i].Sentences[anchor.Sentence].Fact
					replaceURL(ctx, w.state)
				}
			}
			markReady()
		})
	})
}

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

// progress is how far long work has got, as compare.Progress tells it.
type progress struct {
	Stage       string
	Done, Total int
}

// yieldEvery is the most work runs before the browser gets its main thread
// back: a frame, well under the 50 ms that makes a task long. At 40 ms,
// Lighthouse, which scales the tasks it sees by its 4× CPU slow-down,
// counted each step of the start-up comparison as 110 ms of blocking
// (performance 85, median of 3; at 16 ms, 92), and 200 ECB+ articles
// took 1.22-1.31 s to compare in Chromium against 1.03 s at 16 ms
// (e2e/yours.test.mjs, "200 articles"; docs/performance.md).
const yieldEvery = 16 * time.Millisecond

// work runs job off the event loop with a Progress that shows how far it
// has got and yields to the browser, and clears the progress bar when the
// job is done. Starting work stops the work started before (a slider
// moved again, another page opened): its next step of progress ends it,
// and the bar is the newer work's.
func (w *Widget) work(ctx app.Context, job func(compare.Progress)) {
	run := w.runs.Add(1)
	p := w.yielder(ctx, run)
	ctx.Async(func() {
		defer func() {
			if r := recover(); r != nil && r != errReplaced {
				panic(r)
			}
		}()
		job(p)
		if w.runs.Load() == run {
			ctx.SetState(stateProgress, progress{})
		}
	})
}

// errReplaced stops work that newer work has replaced.
var errReplaced = errors.New("replaced by newer work")

// yielder returns the Progress of work number run. Go's WebAssembly runs
// on the browser's one main thread, so ctx.Async alone does not keep long
// work from freezing the page: at most every yieldEvery this shows the
// progress and lets the browser's event loop come round
// (yieldToBrowser), so the page draws and answers. The bar is fed through
// a go-app state; go-app then updates the bar's ancestors too, but they
// have not changed, so only the bar is drawn.
func (w *Widget) yielder(ctx app.Context, run int64) compare.Progress {
	ctx.SetState(stateProgress, progress{})
	last := time.Now()
	return func(stage string, done, total int) {
		if w.runs.Load() != run {
			panic(errReplaced)
		}
		if time.Since(last) < yieldEvery {
			return
		}
		ctx.SetState(stateProgress, progress{stage, done, total})
		yieldToBrowser()
		last = time.Now()
	}
}

// stateProgress is the go-app state that carries a progress.
const stateProgress = "px-progress"

// ProgressBar shows how far long work has got.
type ProgressBar struct {
	app.Compo

	p progress
}

// OnMount watches the progress.
func (b *ProgressBar) OnMount(ctx app.Context) { ctx.ObserveState(stateProgress, &b.p) }

// Render draws the bar, once there is something to show.
func (b *ProgressBar) Render() app.UI {
	if b.p.Total == 0 {
		return app.Div().Class("px-progress")
	}
	return app.Div().Class("px-progress").Body(
		app.Label().For("px-progress").Text(fmt.Sprintf("%s… %d%%", b.p.Stage, 100*b.p.Done/b.p.Total)),
		app.Progress().ID("px-progress").Max(b.p.Total).Value(b.p.Done),
	)
}

// yieldToBrowser blocks the calling goroutine until the browser has run
// the tasks waiting before it (input, drawing), by posting itself a
// message. Go hands the thread back to JavaScript only when every
// goroutine waits; a short time.Sleep does not do it (measured: the
// widget's own drawing outlasted a 1 ms sleep, the sleeper woke first, and
// the page froze for 300 ms). A message, unlike a zero-delay timer, is not
// clamped to 4 ms when nested nor held back for seconds in a hidden tab.
func yieldToBrowser() {
	if !app.IsClient {
		return
	}
	yieldOnce.Do(func() {
		ch := app.Window().Get("MessageChannel").New()
		ch.Get("port1").Set("onmessage", app.FuncOf(func(this app.Value, args []app.Value) any {
			yielded <- struct{}{}
			return nil
		}))
		yieldPort = ch.Get("port2")
	})
	yieldPort.Call("postMessage", nil)
	<-yielded
}

var (
	yieldOnce sync.Once
	yieldPort app.Value
	yielded   = make(chan struct{}, 8)
)

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

// replaceURL changes the address to the state without a new history
// entry (the selection following the slider is not a step of its own).
func replaceURL(ctx app.Context, s State) {
	u := pageURL(ctx)
	next := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path, RawQuery: s.Query().Encode()}
	if v := app.Window().Get("__pxURL"); v.Truthy() {
		app.Window().Set("__pxURL", next.String())
		return
	}
	app.Window().Get("history").Call("replaceState", nil, "", next.String())
}

// navigate moves the page to a new state: the URL changes, and the
// widget's OnNav does the rest. Any component may call it.
func navigate(ctx app.Context, s State) {
	u := pageURL(ctx)
	ctx.NavigateTo(&url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path, RawQuery: s.Query().Encode()})
}

// pageURL is the page's address: the browser's, or, where a sandbox
// forbids history (see cmd/site/host.js), the one kept in window.__pxURL.
func pageURL(ctx app.Context) *url.URL {
	if app.IsClient {
		if v := app.Window().Get("__pxURL"); v.Truthy() {
			if u, err := url.Parse(v.String()); err == nil {
				return u
			}
		}
	}
	return ctx.Page().URL()
}

// actionFocus moves focus once the page is drawn (value: selectors, as
// focusLater takes them). For a control that its own click removes:
// go-app drops a deferred function whose element is gone, so the Widget,
// which stays, does it.
const actionFocus = "px-focus"

func focusAfter(ctx app.Context, selectors ...string) {
	ctx.NewActionWithValue(actionFocus, selectors)
}

// Render lays out the page.
func (w *Widget) Render() app.UI {
	if w.adopted != nil {
		return app.Div() // the generated page's copy shows meanwhile (keepPrerendered)
	}
	if w.report == nil && !w.Yours {
		return app.Main().Class("px").Body(
			app.H1().Text("Parallax"),
			app.P().Class("px-error").Role("alert").Text(w.errOr("The comparison could not be made.")),
		)
	}
	r := w.report
	root := app.Div().Class("px").DataSet("view", string(w.state.View))
	if w.state.Embed {
		root = root.DataSet("embed", "1")
	}
	if w.state.Theme != "" {
		root = root.DataSet("theme", w.state.Theme)
	}
	if w.state.Font != "" {
		root = root.DataSet("font", w.state.Font)
	}
	if w.Yours {
		root = root.On("dragover", onDragOver).On("drop", w.onDrop)
	}
	return root.Body(
		&Header{Report: r, State: w.state, Busy: w.busy, Yours: w.Yours},
		&UpdateBanner{Ready: w.update},
		app.P().ID("px-status").Class("px-vh").Role("status").Text(w.status()),
		// always in place: a node appearing here would shift the page
		// after it, and go-app would draw it all anew (measured: 240 ms
		// with 200 articles in the editor)
		&ProgressBar{},
		app.If(w.err != "", func() app.UI {
			return app.P().Class("px-error").Role("alert").Text(w.err)
		}),
		app.Main().ID("px-main").Class("px-main").Aria("busy", w.busy || w.step > 0).Body(w.view()),
		app.If(w.step > 0, func() app.UI {
			return app.Footer().Class("px-foot") // drawn with the rest (drawInSteps)
		}).ElseIf(w.state.Embed && r != nil, func() app.UI {
			return &Attribution{Report: r, Full: w.state.With(func(s *State) { s.Embed = false }).URL()}
		}).ElseIf(w.Yours, func() app.UI {
			return app.Footer().Class("px-foot").Body(
				app.P().Text(disclaimer),
				app.P().Body(app.A().Href(w.Root+"./").Text("← The bundled comparison")),
			)
		}).Else(func() app.UI {
			return app.Footer().Class("px-foot").Body(
				app.P().Text(disclaimer),
				app.P().Body(app.A().Href(w.Root+"yours").Text("Compare articles of your own →")),
				&EmbedCode{Report: r, State: w.state, Page: w.page},
			)
		}),
	)
}

// disclaimer closes every full page.
const disclaimer = "Parallax aligns sentences by the words they share; it points at differences for a reader to check, it does not judge them."

// status is what the live region says: the work under way, or the fact
// just selected. One short line, where the panel would be read whole.
func (w *Widget) status() string {
	r := w.report
	switch {
	case w.busy && r == nil:
		return "Comparing the articles…"
	case w.busy:
		return "Aligning the sentences again…"
	case r == nil:
		return ""
	case w.state.Fact >= 0 && w.state.Fact < len(r.Clusters):
		c := r.Clusters[w.state.Fact]
		return fmt.Sprintf("Fact %d selected: told by %d of %d articles.", c.ID, c.Articles, len(r.Articles))
	}
	return ""
}

func (w *Widget) errOr(s string) string {
	if w.err != "" {
		return w.err
	}
	return s
}

func (w *Widget) view() app.UI {
	if w.Yours && (w.state.View == Edit || w.report == nil) {
		if w.busy && w.report == nil && !w.tried {
			return app.P().Class("px-hint").Text("Comparing your articles…")
		}
		return &YourArticles{Set: w.ed.set, Issues: w.issues, Tried: w.tried, Busy: w.busy, Note: w.ed.note,
			Undo: w.ed.undo != nil, Kept: w.kept, SaveErr: w.saveErr, Loaded: w.loaded, Gen: w.gen, Epoch: w.ed.epoch, Checking: w.checking}
	}
	if !w.stale {
		return w.reportView()
	}
	return app.Div().Body(
		app.P().Class("px-note").Body(
			app.Text("You have changed the articles since this comparison. "),
			app.Button().Type("button").Class("px-link").Text("Compare them again").OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(actionCompare) }),
		),
		w.reportView(),
	)
}

func (w *Widget) reportView() app.UI {
	switch w.state.View {
	case Overview:
		return &OverviewView{Report: w.report, State: w.state, Limit: w.limit()}
	case Divergences:
		return &DivergenceView{Report: w.report, State: w.state, Limit: w.limit()}
	case Sources:
		return &SourcesView{Report: w.report}
	case Exercise:
		return &ExerciseView{Report: w.report, Exercise: w.exerciseOf(), State: w.state, Limit: w.limit()}
	case Teacher:
		return &TeacherView{Report: w.report, Exercise: w.exerciseOf(), State: w.state, Page: w.page, Yours: w.Yours}
	default:
		return &ColumnsView{Report: w.report, State: w.state, Limit: w.limit()}
	}
}

// exerciseOf is the exercise of the current report, built once a report.
func (w *Widget) exerciseOf() *exercise.Exercise {
	if w.exFor != w.report {
		ex := exercise.Build(w.report)
		w.exercise, w.exFor = &ex, w.report
	}
	return w.exercise
}

// UpdateBanner offers to reload when a new version is ready. Its live
// region stays in the page, empty, so that the message is announced when
// it appears.
type UpdateBanner struct {
	app.Compo

	Ready bool
}

// Render draws the region and, when ready, the message.
func (b *UpdateBanner) Render() app.UI {
	return app.Div().Class("px-update-region").Role("status").Body(
		app.If(b.Ready, func() app.UI {
			return app.Div().Class("px-update").Body(
				app.Text("A new version of Parallax is ready. "),
				app.Button().Type("button").Class("px-button").Text("Reload").OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
	)
}
