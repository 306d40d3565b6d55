package ui

import (
	"fmt"
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
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

	corpus *compare.Corpus
	report *compare.Report
	state  State
	busy   bool   // re-aligning at a new strictness
	err    string // what went wrong, for the person
	update bool   // a new version is installed and waits for a reload
	page   string // the page's own address, known once mounted, for the embed code
}

// OnInit analyses the bundled corpus. It runs when the page is generated
// too, so the static HTML holds the comparison before the WebAssembly
// starts.
func (w *Widget) OnInit() {
	w.state = State{View: SideBySide, Fact: -1}
	slug := w.Corpus
	if slug == "" {
		slug = corpus.Default
	}
	title, arts, problems, err := article.LoadDir(corpus.FS, slug)
	switch {
	case err != nil:
		w.err = fmt.Sprintf("The corpus %q could not be read: %v.", slug, err)
		return
	case len(problems) > 0:
		w.err = fmt.Sprintf("The corpus %q has a problem: %v.", slug, problems[0])
	}
	c, err := compare.Prepare(title, arts)
	if err != nil {
		w.err = err.Error()
		return
	}
	w.corpus = c
	w.report = c.Compare(compare.Options{})
}

// OnMount marks the page interactive (html[data-px-ready], for tests and
// styles) and asks the service worker whether a new version was deployed,
// so that the prompt shows on this visit, not only on the next one.
func (w *Widget) OnMount(ctx app.Context) {
	if doc := app.Window().Get("document"); doc.Truthy() {
		doc.Get("documentElement").Get("dataset").Set("pxReady", "1")
	}
	w.checkInstalledVersion(ctx)
	app.TryUpdate()
}

// checkInstalledVersion shows the update prompt when the service worker
// has already installed another version than the one running: the worker
// takes over as soon as it is installed, often before the WebAssembly has
// started and can hear go-app's update event. Its cache is named
// "app-<version>".
func (w *Widget) checkInstalledVersion(ctx app.Context) {
	// cmd/site/host.js asks the caches: reading them can throw, and a JS
	// exception inside a WebAssembly call stops the widget.
	ask := app.Window().Get("__pxNewVersion")
	version := app.Getenv("GOAPP_VERSION")
	if !ask.Truthy() || version == "" {
		return
	}
	ask.Invoke(version).Then(func(newer app.Value) {
		if newer.Truthy() {
			ctx.Dispatch(func(ctx app.Context) { w.update = true })
		}
	})
}

// OnAppUpdate is told when a new version is ready.
func (w *Widget) OnAppUpdate(ctx app.Context) { w.update = ctx.AppUpdateAvailable() }

// OnPreRender sets the page's title for the generated HTML.
func (w *Widget) OnPreRender(ctx app.Context) { w.setTitle(ctx) }

// OnNav reads the state from the URL and re-aligns if the strictness
// changed.
func (w *Widget) OnNav(ctx app.Context) {
	u := pageURL(ctx)
	s := ParseState(u.Query())
	realign := s.Strictness != w.state.Strictness
	w.state = s
	if app.IsClient {
		w.page = (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path}).String()
	}
	w.setTitle(ctx)
	if realign && w.corpus != nil {
		w.realign(ctx, s.Strictness)
	}
	if s.Fact >= 0 {
		ctx.Defer(func(ctx app.Context) { scrollToFact(s.Fact) })
	}
}

func (w *Widget) setTitle(ctx app.Context) {
	title := "Parallax"
	if w.report != nil && w.report.Title != "" {
		title = w.report.Title + " · Parallax"
	}
	ctx.Page().SetTitle("%s", title)
}

// realign runs the alignment at a new strictness off the event loop and
// swaps the report in when it is done; meanwhile the old report stays on
// screen, marked busy.
func (w *Widget) realign(ctx app.Context, strictness float64) {
	w.busy = true
	c := w.corpus
	ctx.Async(func() {
		r := c.Compare(compare.Options{Strictness: strictness})
		ctx.Dispatch(func(ctx app.Context) {
			if w.state.Strictness != strictness {
				return // a later change is on its way
			}
			w.report = r
			w.busy = false
		})
	})
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

// Render lays out the page.
func (w *Widget) Render() app.UI {
	if w.report == nil {
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
	if w.state.Accent != "" {
		root = root.Style("--px-accent", w.state.Accent).Style("--px-sel", w.state.Accent)
	}
	return root.Body(
		&Header{Report: r, State: w.state, Busy: w.busy},
		app.If(w.update, func() app.UI {
			return app.Div().Class("px-update").Role("status").Body(
				app.Text("A new version of Parallax is ready. "),
				app.Button().Type("button").Class("px-button").Text("Reload").OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
		app.If(w.err != "", func() app.UI {
			return app.P().Class("px-error").Role("alert").Text(w.err)
		}),
		app.Main().ID("px-main").Class("px-main").Aria("busy", w.busy).Body(w.view()),
		app.If(w.state.Embed, func() app.UI {
			return &Attribution{Report: r, Full: w.state.With(func(s *State) { s.Embed = false }).URL()}
		}).Else(func() app.UI {
			return app.Footer().Class("px-foot").Body(
				app.P().Text("Parallax aligns sentences by the words they share; it points at differences for a reader to check, it does not judge them."),
				&EmbedCode{Report: r, State: w.state, Page: w.page},
			)
		}),
	)
}

func (w *Widget) errOr(s string) string {
	if w.err != "" {
		return w.err
	}
	return s
}

func (w *Widget) view() app.UI {
	switch w.state.View {
	case Overview:
		return &OverviewView{Report: w.report, State: w.state}
	case Divergences:
		return &DivergenceView{Report: w.report, State: w.state}
	case Sources:
		return &SourcesView{Report: w.report}
	default:
		return &ColumnsView{Report: w.report, State: w.state}
	}
}

// scrollToFact scrolls each column, inside itself, to its first sentence
// of the fact; the page itself does not move.
func scrollToFact(fact int) {
	doc := app.Window().Get("document")
	if !doc.Truthy() {
		return
	}
	found := doc.Call("querySelectorAll", fmt.Sprintf(`.px-col [data-fact="%d"]`, fact))
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
