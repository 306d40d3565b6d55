package ui

// The page's work: comparing and re-aligning off the browser's event loop,
// telling the progress bar how far it has got, yielding to the browser so
// that the page answers, and drawing a long view a part at a time.

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
)

// realign runs the alignment at a new strictness off the event loop and
// swaps the report in when it is done; meanwhile the old report stays on
// screen, marked busy. If anchor is set, the selection moves to the fact
// that sentence belongs to in the new report.
func (c *comparison) realign(ctx app.Context, strictness float64, anchor *compare.Ref) {
	ctx = c.pageContext(ctx)
	c.busy = true
	corpus := c.corpus
	c.work(ctx, func(job context.Context, p compare.Progress) {
		ed := c.activeEdits()
		r, err := corpus.CompareContext(job, compare.Options{Strictness: strictness, Progress: p, Edits: ed.list})
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

// edits are the editor's corrections a comparison applies.
type edits struct {
	list []article.Edit
}

// compareArticles prepares the articles and compares them at the
// strictness (0: the default) with the edits under ctx, telling p how far
// it has got.
// The corpus comes with the report, to re-align it later.
func compareArticles(ctx context.Context, title string, arts []article.Article, strictness float64, ed edits, p compare.Progress) (*compare.Corpus, *compare.Report, error) {
	c, err := compare.PrepareContext(ctx, title, arts, p)
	if err != nil {
		return nil, nil, err
	}
	r, err := c.CompareContext(ctx, compare.Options{Strictness: strictness, Progress: p, Edits: ed.list})
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
// nothing drawn moves. Drawn whole at once, a view holds the page for up
// to 350 ms at a 4× slowed CPU (measured: the overview of the bundled
// corpus) and 208 ms at full speed (the divergences of 200 articles).
func stepLimits(v View) []int {
	switch v {
	case SideBySide:
		return []int{5, 20}
	case Overview:
		return []int{12, 48}
	case Divergences:
		return []int{6, 24}
	case Exercise:
		return []int{2, 6}
	}
	return nil
}

// limit is the Limit of the view on screen at this step, 0 for all of it.
func (c *comparison) limit() int {
	if l := stepLimits(c.state.View); c.step > 0 && c.step <= len(l) {
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
	ch := browserYield()
	ch.port.Call("postMessage", nil)
	<-ch.done
}

// yieldChannel is the MessageChannel YieldToBrowser posts itself through:
// a message to port comes back on done.
type yieldChannel struct {
	port app.Value
	done chan struct{}
}

// browserYield makes the one yieldChannel on first use and returns it
// after. One is right for the whole program: the browser runs it on one
// thread, and a message posted to the channel comes back after the tasks
// waiting before it whoever posted it. It holds no state of a page.
var browserYield = sync.OnceValue(func() yieldChannel {
	yc := yieldChannel{done: make(chan struct{}, 8)}
	ch := app.Window().Get("MessageChannel").New()
	ch.Get("port1").Set("onmessage", app.FuncOf(func(this app.Value, args []app.Value) any {
		yc.done <- struct{}{}
		return nil
	}))
	yc.port = ch.Get("port2")
	return yc
})
