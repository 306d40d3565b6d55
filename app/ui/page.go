package ui

import (
	"context"
	"fmt"
	"net/url"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/exercise"
)

// comparison is what the site's two pages share: a comparison shown in
// five views at the state of the address, re-aligned live, with its
// header, progress and foot. Widget (a bundled corpus) and Yours (the
// person's own articles) each hold one and add how their articles arrive.
type comparison struct {
	corpus    *compare.Corpus
	report    *compare.Report
	state     State
	busy      bool   // re-aligning at a new strictness
	err       string // what went wrong, for the person
	update    bool   // a new version is installed and waits for a reload
	page      string // the page's own address, known once mounted, for the embed code
	navigated bool   // nav has run: later strictness changes are the reader's
	exercise  *exercise.Exercise
	exFor     *compare.Report   // the report exercise was built from
	step      int               // the view is drawn a part at a time (drawInSteps): 1, 2, … while it is, 0 once it is whole
	whole     func(app.Context) // what to do once the view is whole (drawInSteps)

	life  context.Context    // the page's: done once the reader leaves it (cancel.go)
	leave context.CancelFunc // ends life
	job   slot               // the comparison or re-alignment under way
	draw  slot               // the drawing in steps under way
	drop  []func()           // removes the page's listeners on window
}

// enter starts the page's life under parent (the app's context).
func (c *comparison) enter(parent context.Context) {
	c.life, c.leave = context.WithCancel(parent)
}

// end stops the page's work, if it has begun.
func (c *comparison) end() {
	if c.leave != nil {
		c.leave()
	}
}

// restart ends the life of the page shown so far and starts another: the
// same component now shows another page (another bundled corpus), with no
// comparison, progress or drawing of the old one.
func (c *comparison) restart(ctx app.Context) {
	c.end()
	c.enter(ctx)
	ctx.SetState(stateProgress, progress{})
	c.corpus, c.report, c.busy, c.err, c.navigated = nil, nil, false, "", false
	c.step, c.whole = 0, nil
}

// exit ends the page's life: its work stops, and its window listeners go.
func (c *comparison) exit() {
	c.end()
	for _, f := range c.drop {
		f()
	}
	c.drop = nil
}

// alive is the page's context: Background where no page is mounted (the
// page is being generated, or tested natively).
func (c *comparison) alive() context.Context {
	if c.life == nil {
		return context.Background()
	}
	return c.life
}

// mount does what both pages do once in the browser: listen for a new
// version taking over (cmd/site/host.js records it), so that the prompt
// shows on this visit, and for focus to move once the page is drawn.
func (c *comparison) mount(ctx app.Context) {
	c.enter(ctx)
	// a bar the page before this one left when its work was stopped
	ctx.SetState(stateProgress, progress{})
	ctx.Handle(actionFocus, func(ctx app.Context, a app.Action) {
		if sel, ok := a.Value.([]string); ok {
			focusLater(ctx, sel...)
		}
	})
	c.listen("px-update", func() { ctx.Dispatch(func(ctx app.Context) { c.update = true }) })
	c.checkUpdate()
	app.TryUpdate()
}

// listen calls f on window's event for as long as the page lives.
func (c *comparison) listen(event string, f func()) {
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		f()
		return nil
	})
	app.Window().Call("addEventListener", event, fn)
	c.drop = append(c.drop, func() {
		app.Window().Call("removeEventListener", event, fn)
		fn.Release()
	})
}

// checkUpdate reads whether a new version has already taken over.
func (c *comparison) checkUpdate() {
	if doc := app.Window().Get("document"); doc.Truthy() {
		if v := doc.Get("documentElement").Call("getAttribute", "data-px-update"); v.Truthy() {
			c.update = true
		}
	}
}

// OnAppUpdate is told by go-app when a worker activates. That happens on
// a first visit too (the worker claims the page it installed from), so the
// page trusts only what host.js recorded.
func (c *comparison) OnAppUpdate(ctx app.Context) { c.checkUpdate() }

// nav reads the state from the address. It returns whether the
// strictness changed, and where the selection goes if it did: a fact's
// number belongs to one strictness, so when the reader moves the slider
// the selection follows the selected sentence to its new fact (a link's
// own fact number is already in its own strictness). Another view opened
// by the reader is drawn in steps.
func (c *comparison) nav(ctx app.Context) (realign bool, anchor *compare.Ref) {
	u := pageURL(ctx)
	s := ParseState(u.Query())
	realign = s.Strictness != c.state.Strictness
	opened := c.navigated && s.View != c.state.View
	if realign && c.navigated && c.report != nil && s.Fact >= 0 && s.Fact < len(c.report.Clusters) {
		anchor = &c.report.Clusters[s.Fact].Members[0]
		if i, k, ok := s.Anchor(); ok && i < len(c.report.Articles) && k < len(c.report.Articles[i].Sentences) {
			anchor = &compare.Ref{Article: c.report.Articles[i].ID, Sentence: k}
		}
	}
	c.state = s
	c.navigated = true
	if app.IsClient {
		c.page = (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path}).String()
	}
	ctx.Defer(func(app.Context) { applyAccent(s.Accent) })
	if opened && c.report != nil && !realign {
		c.drawInSteps(ctx, nil)
	}
	return realign, anchor
}

// realign runs the alignment at a new strictness off the event loop and
// swaps the report in when it is done; meanwhile the old report stays on
// screen, marked busy. If anchor is set, the selection moves to the fact
// that sentence belongs to in the new report.
func (c *comparison) realign(ctx app.Context, strictness float64, anchor *compare.Ref) {
	c.busy = true
	corpus := c.corpus
	c.work(ctx, func(job context.Context, p compare.Progress) {
		r, err := corpus.CompareContext(job, compare.Options{Strictness: strictness, Progress: p})
		if err != nil {
			return // newer work, or another page
		}
		ctx.Dispatch(func(ctx app.Context) {
			if job.Err() != nil {
				return
			}
			c.report = r
			c.busy = false
			if anchor != nil {
				if i := r.Index(anchor.Article); i >= 0 && anchor.Sentence < len(r.Articles[i].Sentences) {
					c.state.Fact = r.Articles[i].Sentences[anchor.Sentence].Fact
					replaceURL(ctx, c.state)
				}
			}
			markReady()
		})
	})
}

// compareArticles prepares the articles and compares them at the
// strictness (0: the default) under ctx, telling p how far it has got.
// The corpus comes with the report, to re-align it later.
func compareArticles(ctx context.Context, title string, arts []article.Article, strictness float64, p compare.Progress) (*compare.Corpus, *compare.Report, error) {
	c, err := compare.PrepareContext(ctx, title, arts, p)
	if err != nil {
		return nil, nil, err
	}
	r, err := c.CompareContext(ctx, compare.Options{Strictness: strictness, Progress: p})
	if err != nil {
		return nil, nil, err
	}
	return c, r, nil
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
// (performance 85, median of 3; 92 at 16 ms, the same build), and 200
// ECB+ articles took 1.22-1.31 s to compare in Chromium against 1.03 s
// at 16 ms (e2e/yours.test.mjs, "200 articles"; docs/performance.md).
const yieldEvery = 16 * time.Millisecond

// work runs job off the event loop under a context of its own (the job
// slot: newer work, or leaving the page, cancels it) with a Progress that
// shows how far it has got and yields to the browser, and clears the
// progress bar when the job is done.
func (c *comparison) work(ctx app.Context, job func(context.Context, compare.Progress)) {
	jc := c.job.start(c.alive())
	p := yielder(ctx, jc)
	ctx.Async(func() {
		job(jc, p)
		if jc.Err() == nil {
			ctx.SetState(stateProgress, progress{})
		}
	})
}

// yielder returns a Progress for the work of context job. Go's
// WebAssembly runs on the browser's one main thread, so ctx.Async alone
// does not keep long work from freezing the page: at most every
// yieldEvery this shows the progress and lets the browser's event loop
// come round (YieldToBrowser), so the page draws and answers. The bar is
// fed through a go-app state, which outlives the page; go-app then
// updates the bar's ancestors too, but they have not changed, so only the
// bar is drawn. Work that was stopped no longer shows its progress: it
// may tell it once more before it stops, and the bar is the next page's.
func yielder(ctx app.Context, job context.Context) compare.Progress {
	ctx.SetState(stateProgress, progress{})
	last := time.Now()
	return func(stage string, done, total int) {
		if time.Since(last) < yieldEvery || job.Err() != nil {
			return
		}
		ctx.SetState(stateProgress, progress{stage, done, total})
		YieldToBrowser()
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
func (c *comparison) limit() int {
	if l := stepLimits[c.state.View]; c.step > 0 && c.step <= len(l) {
		return l[c.step-1]
	}
	return 0
}

// drawInSteps draws the view a part at a time from the next render on
// (stepLimits), giving the browser its turn between the parts, so that
// no one task draws all of it; then, once it is whole, calls then (if not
// nil). A newer drawing in steps takes over, and calls this one's then
// too; leaving the page stops it.
func (c *comparison) drawInSteps(ctx app.Context, then func(app.Context)) {
	if before := c.whole; c.step > 0 && before != nil {
		if then == nil {
			then = before
		} else {
			after := then
			then = func(ctx app.Context) { before(ctx); after(ctx) }
		}
	}
	c.whole = then
	drawing := c.draw.start(c.alive())
	c.step = 1
	var next func(app.Context)
	next = func(ctx app.Context) {
		if c.limit() == 0 { // whole
			whole := c.whole
			c.step, c.whole = 0, nil
			if whole != nil {
				ctx.Defer(whole)
			}
			return
		}
		ctx.Defer(func(ctx app.Context) { // once this part is drawn
			ctx.Async(func() {
				YieldToBrowser()
				ctx.Dispatch(func(ctx app.Context) {
					if drawing.Err() != nil {
						return
					}
					c.step++
					next(ctx)
				})
			})
		})
	}
	next(ctx)
}

// setTitle names the browser's tab after the comparison.
func (c *comparison) setTitle(ctx app.Context, yours bool) {
	title := "Parallax"
	switch {
	case c.report != nil && c.report.Title != "":
		title = c.report.Title + " · Parallax"
	case yours:
		title = "Your articles · Parallax"
	}
	ctx.Page().SetTitle("%s", title)
}

// root is the page's outermost element, with the address's display
// settings.
func (c *comparison) root() app.HTMLDiv {
	root := app.Div().Class("px").DataSet("view", string(c.state.View))
	if c.state.Embed {
		root = root.DataSet("embed", "1")
	}
	if c.state.Theme != "" {
		root = root.DataSet("theme", c.state.Theme)
	}
	if c.state.Font != "" {
		root = root.DataSet("font", c.state.Font)
	}
	return root
}

// frame lays out the page around view: the header, the prompt for a new
// version, the live region, the progress bar, the error, the view, and
// foot, which waits while the view is drawn in steps: drawn earlier, the
// view's growth would move it.
func (c *comparison) frame(root app.HTMLDiv, yours bool, view, foot app.UI) app.UI {
	return root.Body(
		&Header{Report: c.report, State: c.state, Busy: c.busy, Yours: yours},
		&UpdateBanner{Ready: c.update},
		app.P().ID("px-status").Class("px-vh").Role("status").Text(c.status()),
		// always in place: a node appearing here would shift the page
		// after it, and go-app would draw it all anew (measured: 240 ms
		// with 200 articles in the editor)
		&ProgressBar{},
		app.If(c.err != "", func() app.UI {
			return app.P().Class("px-error").Role("alert").Text(c.err)
		}),
		app.Main().ID("px-main").Class("px-main").Aria("busy", c.busy || c.step > 0).DataSet("busy", c.busy).Body(view),
		app.If(c.step == 0, func() app.UI { return foot }), // drawn with the last part of the view (drawInSteps)
	)
}

// status is what the live region says: the work under way, or the fact
// just selected. One short line, where the panel would be read whole.
func (c *comparison) status() string {
	r := c.report
	switch {
	case c.busy && r == nil:
		return "Comparing the articles…"
	case c.busy:
		return "Aligning the sentences again…"
	case r == nil:
		return ""
	case c.state.Fact >= 0 && c.state.Fact < len(r.Clusters):
		cl := r.Clusters[c.state.Fact]
		return fmt.Sprintf("Fact %d selected: told by %d of %d articles.", cl.ID, cl.Articles, len(r.Articles))
	}
	return ""
}

// reportView is the view of the report that the address names.
func (c *comparison) reportView(yours bool) app.UI {
	switch c.state.View {
	case Overview:
		return &OverviewView{Report: c.report, State: c.state, Limit: c.limit()}
	case Divergences:
		return &DivergenceView{Report: c.report, State: c.state, Limit: c.limit()}
	case Sources:
		return &SourcesView{Report: c.report}
	case Exercise:
		return &ExerciseView{Report: c.report, Exercise: c.exerciseOf(), State: c.state, Limit: c.limit()}
	case Teacher:
		return &TeacherView{Report: c.report, Exercise: c.exerciseOf(), State: c.state, Page: c.page, Yours: yours}
	default:
		return &ColumnsView{Report: c.report, State: c.state, Limit: c.limit()}
	}
}

// exerciseOf is the exercise of the current report, built once a report.
func (c *comparison) exerciseOf() *exercise.Exercise {
	if c.exFor != c.report {
		ex := exercise.Build(c.report)
		c.exercise, c.exFor = &ex, c.report
	}
	return c.exercise
}

// disclaimer closes every full page.
const disclaimer = "Parallax aligns sentences by the words they share; it points at differences for a reader to check, it does not judge them."

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

// YieldToBrowser blocks the calling goroutine until the browser has run
// the tasks waiting before it (input, drawing), by posting itself a
// message. Go hands the thread back to JavaScript only when every
// goroutine waits; a short time.Sleep does not do it (measured: the
// widget's own drawing outlasted a 1 ms sleep, the sleeper woke first, and
// the page froze for 300 ms). A message, unlike a zero-delay timer, is not
// clamped to 4 ms when nested nor held back for seconds in a hidden tab.
func YieldToBrowser() {
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
// page's OnNav does the rest. Any component may call it.
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
