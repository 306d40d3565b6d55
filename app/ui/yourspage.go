package ui

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
)

// The articles a person brings are an article.Set, held by the YoursPage
// and kept in the browser's storage. The editor (YourArticles) changes it
// only through actions that say what changed (an edit, files read),
// applied to the page's set, so the page is the one place that checks,
// keeps and compares it, and two changes in one frame both count.
const (
	actionEdit    = "px-edit"    // value: edit
	actionFiles   = "px-files"   // value: []fileRead, from a drop or the picker
	actionImport  = "px-import"  // value: []fileRead, an exported set to load
	actionCompare = "px-compare" // compare the set
	actionUndo    = "px-undo"    // put back what the last import or deletion replaced
	actionClear   = "px-clear"   // delete every article, here and in storage

	// storageKey is where the set is kept in localStorage.
	storageKey = "parallax.articles"
	// saveDelay gathers a burst of typing into one write to storage; a
	// page being left is saved at once (pagehide, OnDismount).
	saveDelay = 300 * time.Millisecond
)

// fileRead is one file as the browser read it.
type fileRead struct {
	Name     string
	Data     []byte
	TooLarge float64 // the size of a file too large to read, in bytes
}

// YoursPage is the page of the person's own articles (/yours): the editor,
// and once they are compared, the same views as a bundled corpus's.
type YoursPage struct {
	app.Compo
	comparison

	// Root is the way from the page to the site's root, relative.
	Root string

	ed        editor             // the set, what happened last, what Undo puts back (editor.go)
	store     app.BrowserStorage // where the set is kept (localStorage), once mounted
	issues    []article.Issue    // what Check says of the set
	checker   article.Checker    // checks the set, each unchanged article once
	checking  bool               // issues wait for a check after the page is drawn
	check     slot               // the check under way, a step at a time (recheck)
	save      slot               // the save that waits for a pause in typing (setSet)
	loaded    bool               // the set was read from storage
	kept      bool               // storage outlives the visit
	tried     bool               // Compare was pressed and not yet done
	comparing bool               // the set is being compared (compareSet)
	edited    bool               // the set changed while it was being compared
	stale     bool               // the set changed since the report was made
	dirty     bool               // the set changed since it was last saved
	saveErr   string             // why the set could not be kept
	offer     *article.Set       // a set a link brought, waiting for the person to open it in place of theirs (sharelink.go)
	setRev    int                // counts the sets setSet made current
	link      string             // the set as a link's payload (shareLink), for setRev linkRev
	linkRev   int
}

// OnInit starts on the editor: the articles are in the browser's storage,
// read once mounted.
func (y *YoursPage) OnInit() { y.state = State{View: SideBySide, Fact: -1} }

// OnMount reads the kept set, compares it if it can be compared, and
// listens for the editor's actions and for the page being left.
func (y *YoursPage) OnMount(ctx app.Context) {
	if !app.IsClient {
		return
	}
	y.mount(ctx)
	y.store = ctx.LocalStorage()
	y.keepEdits = y.keepSetEdits
	y.share = y.shareLink
	y.handleSet(ctx)
	y.loadSet(ctx)
	// Leaving or closing the page keeps the last edits, which would
	// otherwise wait for the pause after typing.
	y.listen("pagehide", y.saveSet)
}

// OnDismount keeps the last edits and stops the page's work: a link led to
// a bundled corpus.
func (y *YoursPage) OnDismount() {
	y.saveSet()
	y.exit()
}

// OnPreRender sets the page's title for the generated HTML.
func (y *YoursPage) OnPreRender(ctx app.Context) { y.setTitle(ctx, true) }

// OnNav reads the state from the URL and re-aligns if the strictness
// changed. While the set is being compared (go-app mounts the page, and
// OnMount starts comparing a kept set, before the first OnNav), the
// comparison re-aligns to the address's strictness and marks the page
// interactive when it is done.
func (y *YoursPage) OnNav(ctx app.Context) {
	realign, anchor := y.nav(ctx)
	y.setTitle(ctx, true)
	if !y.loaded || y.comparing {
		return
	}
	if realign && y.corpus != nil {
		y.realign(ctx, y.state.Strictness, anchor)
		return
	}
	markReady()
}

// setSet makes s the person's set: checked at once, and, when save is
// set, kept in storage after a pause in typing (a newer edit puts the
// save off again).
func (y *YoursPage) setSet(ctx app.Context, s article.Set, save bool) {
	y.ed.set = s
	y.setRev++
	y.edits = edits{list: s.Edits} // an import, a deletion or an undo brings its own
	y.edited = true
	y.recheck(ctx)
	if y.report != nil {
		y.stale = true
	}
	if !save {
		return
	}
	y.dirty = true
	saving := y.save.start(y.alive())
	var write func(ctx app.Context)
	write = func(ctx app.Context) {
		switch {
		case saving.Err() != nil:
		case y.checking:
			// an import's check goes first: a write of 200 articles
			// (about 0.1 s) in the same turn as a step of it held the page
			// for over 0.2 s
			ctx.After(saveDelay, write)
		default:
			y.saveSet()
		}
	}
	ctx.After(saveDelay, write)
}

// recheck checks the set: at once, or, when many of its articles are new
// (an import of 200), checkAtOnce at a time, handing the browser its turn
// between (YieldToBrowser), so that reading the file and checking every
// article are not one long stall. Until then the set has no issues to
// show, and Compare checks it first. A newer recheck stops an older one.
func (y *YoursPage) recheck(ctx app.Context) {
	checking := y.check.start(y.alive())
	if y.checker.Unchecked(y.ed.set) <= checkAtOnce {
		y.issues, y.checking = y.checker.Check(y.ed.set), false
		return
	}
	y.issues, y.checking = nil, true
	var step func(ctx app.Context)
	next := func() {
		ctx.Async(func() {
			YieldToBrowser()
			ctx.Dispatch(step)
		})
	}
	// the garbage of reading the file (an import of 200 articles is
	// megabytes of JSON), collected in a turn of its own: collected in a
	// step, it held the page for over 0.2 s
	ctx.Async(func() {
		YieldToBrowser()
		runtime.GC()
	})
	step = func(ctx app.Context) {
		if checking.Err() != nil || !y.checking {
			return
		}
		if y.checker.Learn(y.ed.set, checkAtOnce) > 0 {
			next()
			return
		}
		y.checkNow()
	}
	next()
}

// checkNow finishes a check that recheck left for later.
func (y *YoursPage) checkNow() {
	if y.checking {
		y.check.stop()
		y.issues, y.checking = y.checker.Check(y.ed.set), false
	}
}

// checkAtOnce is the most new articles checked in one task: the 200
// ECB+ articles took about 0.2 s to check at once in Chromium.
const checkAtOnce = 25

// handleSet registers the editor's actions, which act once the set is
// read.
func (y *YoursPage) handleSet(ctx app.Context) {
	loaded := func(h func(app.Context, app.Action)) app.ActionHandler {
		return func(ctx app.Context, a app.Action) {
			if y.loaded {
				h(ctx, a)
			}
		}
	}
	ctx.Handle(actionEdit, loaded(func(ctx app.Context, a app.Action) {
		e, _ := a.Value.(edit)
		y.ed.edit(e)
		y.setSet(ctx, y.ed.set, true)
		if e.Field == "remove" {
			// the next article's title, or its folded line in a long list
			focusLater(ctx, fmt.Sprintf("#px-a%d-title", e.Article), fmt.Sprintf(`[data-entry="%d"] summary`, e.Article), "#px-add")
		}
	}))
	ctx.Handle(actionFiles, loaded(func(ctx app.Context, a app.Action) {
		files, _ := a.Value.([]fileRead)
		if y.ed.addFiles(files) {
			y.setSet(ctx, y.ed.set, true)
		}
	}))
	ctx.Handle(actionImport, loaded(func(ctx app.Context, a app.Action) {
		files, _ := a.Value.([]fileRead)
		if len(files) == 0 {
			return
		}
		// reading the file (megabytes of JSON for 200 articles) takes a
		// turn of its own, not the one that draws what it read
		f := files[0]
		ctx.Async(func() {
			YieldToBrowser()
			s, err := article.ReadSet(f.Data)
			ctx.Dispatch(func(ctx app.Context) {
				if y.ed.adoptSet(f, s, err, y.shown()) {
					y.setSet(ctx, y.ed.set, true)
				}
			})
		})
	}))
	ctx.Handle(actionClear, loaded(func(ctx app.Context, a app.Action) {
		y.ed.clear(y.shown())
		y.replace(ctx, nil, nil)
		y.setSet(ctx, y.ed.set, true)
		y.saveSet() // at once: a deletion must not wait for the pause
		focusLater(ctx, "#px-undo")
	}))
	ctx.Handle(actionUndo, loaded(func(ctx app.Context, a app.Action) {
		u, ok := y.ed.restore()
		if !ok {
			return
		}
		y.setSet(ctx, y.ed.set, true)
		y.replace(ctx, u.corpus, u.report)
	}))
	ctx.Handle(actionCompare, loaded(func(ctx app.Context, a app.Action) {
		y.tried = true
		y.checkNow() // pressed before the check of an import
		if !y.ed.refuse(y.issues) {
			y.compareSet(ctx)
			return
		}
		if y.state.View != Edit {
			navigate(ctx, y.state.With(func(s *State) { s.View = Edit }))
		}
		focusLater(ctx, `[aria-invalid="true"]`, "#px-set-issues li")
	}))
}

// replace shows another comparison (or none) in place of the one shown:
// the work on the old one stops, and its progress bar goes.
func (y *YoursPage) replace(ctx app.Context, c *compare.Corpus, r *compare.Report) {
	y.job.stop()
	ctx.SetState(stateProgress, progress{})
	y.corpus, y.report, y.stale = c, r, false
	y.busy, y.comparing, y.tried = false, false, false
}

// shown is the set and its comparison, to keep for Undo before they are
// replaced.
func (y *YoursPage) shown() snapshot {
	return snapshot{set: y.ed.set, corpus: y.corpus, report: y.report}
}

// compareSet runs the engine on the set off the event loop, then shows
// the side-by-side view of the result.
func (y *YoursPage) compareSet(ctx app.Context) {
	y.busy, y.comparing, y.edited = true, true, false
	y.ed.note = ""
	set := y.ed.set
	strictness, machine := y.state.Strictness, y.state.Machine
	y.work(ctx, func(job context.Context, p compare.Progress) {
		ed := edits{list: set.Edits}
		if machine {
			ed = edits{}
		}
		c, r, err := compareArticles(job, set.Title, set.ToArticles(), strictness, ed, p)
		ctx.Dispatch(func(ctx app.Context) {
			if job.Err() != nil {
				return // the page was left, or the set replaced (replace)
			}
			y.busy, y.comparing = false, false
			if err != nil {
				y.ed.note = "The articles could not be compared: " + err.Error()
				markReady()
				return
			}
			// Compare pressed in the editor: the editor gives way to the
			// comparison, which starts at the top of the page (Compare sat
			// at the editor's foot)
			fromEditor := y.tried && (y.state.View == Edit || y.report == nil)
			y.corpus, y.report, y.stale = c, r, y.edited // edited while it ran
			y.edits = edits{list: set.Edits}
			realigning := y.state.Strictness != strictness // the address asks for another now
			if realigning {
				y.realign(ctx, y.state.Strictness, nil) // it marks the page ready
			}
			if fromEditor {
				// a wide set opens on its overview: three of two hundred
				// articles side by side would say little
				first := SideBySide
				if len(r.Articles) > wideSet {
					first = Overview
				}
				// from the editor, or from the default view, which shows
				// the editor until there is a comparison
				if y.state.View == Edit || y.state.View == SideBySide && first != SideBySide {
					navigate(ctx, y.state.With(func(s *State) { s.View, s.Fact, s.At, s.Columns = first, -1, "", nil }))
				}
				ctx.Defer(func(app.Context) { app.Window().Call("scrollTo", 0, 0) })
				focusLater(ctx, "#px-main")
			}
			y.tried = false
			if !realigning {
				markReady()
			}
		})
	})
}

// onDrop reads dropped files; cancelling the drop also keeps the browser
// from opening a file in place of the page, which would leave the editor.
func (y *YoursPage) onDrop(ctx app.Context, e app.Event) {
	if !hasFiles(e) {
		return
	}
	e.PreventDefault()
	readFiles(ctx, e.Get("dataTransfer").Get("files"), actionFiles)
}

// Render lays out the page.
func (y *YoursPage) Render() app.UI {
	r := y.report
	var foot app.UI
	if y.state.Embed && r != nil {
		foot = &Attribution{Report: r, Full: y.state.resolved(r).full().URL()}
	} else {
		foot = app.Footer().Class("px-foot").Body(
			app.P().Text(disclaimer),
			app.P().Body(app.A().Href(y.Root+"./").Text("← The bundled comparison")),
			teacherLink(y.state),
		)
	}
	root := y.root().On("dragover", onDragOver).On("drop", y.onDrop)
	return y.frame(root, true, y.view(), foot)
}

// view is the editor, until the set is compared and while the reader
// edits it, or else the view of the comparison the address names.
func (y *YoursPage) view() app.UI {
	if y.offer != nil {
		return app.Div().Body(y.offerBar(), y.ownView())
	}
	return y.ownView()
}

// ownView is the editor or the comparison of the kept set.
func (y *YoursPage) ownView() app.UI {
	if y.state.View == Edit || y.report == nil {
		if y.busy && y.report == nil && !y.tried {
			return app.P().Class("px-hint").Text("Comparing your articles…")
		}
		return &YourArticles{Set: y.ed.set, Issues: y.issues, Tried: y.tried, Busy: y.busy, Note: y.ed.note,
			Undo: y.ed.undo != nil, Kept: y.kept, SaveErr: y.saveErr, Loaded: y.loaded, Epoch: y.ed.epoch, Checking: y.checking}
	}
	if !y.stale {
		return y.reportView(true)
	}
	return app.Div().Body(
		app.P().Class("px-note").Body(
			app.Text("You have changed the articles since this comparison. "),
			app.Button().Type("button").Class("px-link").Text("Compare them again").OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(actionCompare) }),
		),
		y.reportView(true),
	)
}
