package ui

import (
	"context"
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/exercise"
)

// comparison is what the site's two pages share: a comparison shown in
// five views at the state of the address, re-aligned live, with its
// header, progress and foot. CorpusPage (a bundled corpus) and YoursPage (the
// person's own articles) each hold one and add how their articles arrive.
type comparison struct {
	corpus    *compare.Corpus
	report    *compare.Report
	state     State
	busy      bool                                       // re-aligning at a new strictness
	err       string                                     // what went wrong, for the person
	update    bool                                       // a new version is installed and waits for a reload
	page      string                                     // the page's own address, known once mounted, for the embed code
	navigated bool                                       // nav has run: later strictness changes are the reader's
	edits     edits                                      // applied at every strictness
	keepEdits func(ctx app.Context, list []article.Edit) // keeps the edits where the page keeps them, if anywhere
	share     func() string                              // the set as a link's payload (article.Set.Link), where the page has one
	exercise  *exercise.Exercise
	exFor     *compare.Report   // the report exercise was built from
	step      int               // the view is drawn a part at a time (drawInSteps): 1, 2, … while it is, 0 once it is whole
	whole     func(app.Context) // what to do once the view is whole (drawInSteps)

	self  *app.Context       // the page component's, set once mounted: work it starts reports to it (pageContext)
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
	c.self = &ctx
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

// pageContext is the page component's context once it is mounted, else
// ctx. Work started from a button must report to the page, not to the
// button: go-app drops a Dispatch whose component is gone, and a panel
// closed by the edit it made is gone when the work ends.
func (c *comparison) pageContext(ctx app.Context) app.Context {
	if c.self != nil {
		return *c.self
	}
	return ctx
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
	if theme := c.state.scheme(); theme != "" {
		root = root.DataSet("theme", theme)
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
		app.If(c.state.Editing, func() app.UI {
			return &EditBar{State: c.state, Edits: c.edits.list, Undo: c.undoEdit, Problems: editProblems(c.report)}
		}),
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
	}
	if f := c.state.resolved(r).Fact; f >= 0 && f < len(r.Clusters) {
		cl := r.Clusters[f]
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
		t := &TeacherView{Report: c.report, Exercise: c.exerciseOf(), State: c.state, Page: c.page, Yours: yours}
		if c.share != nil {
			t.Share = c.share()
		}
		return t
	case OneFact:
		return &FactView{Report: c.report, State: c.state}
	default:
		// one's own articles are in the browser alone: nothing to embed
		return &ColumnsView{Report: c.report, State: c.state, Limit: c.limit(), OnEdit: c.editor(), Embeddable: !yours && !c.state.Embed, Page: c.page}
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
