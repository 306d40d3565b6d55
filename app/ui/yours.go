package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
)

// The articles a person brings are an article.Set, held by the Widget on
// the /yours page and kept in the browser's storage. The editor below
// changes it only through actions, each carrying the whole new set, so the
// Widget is the one place that checks, keeps and compares it.
const (
	actionSet     = "px-set"     // value: article.Set, the edited set
	actionFiles   = "px-files"   // value: []fileRead, files read from a drop or the picker
	actionImport  = "px-import"  // value: fileRead, an exported set to load
	actionCompare = "px-compare" // compare the set
	actionUndo    = "px-undo"    // put back the set before the last import or deletion
	actionClear   = "px-clear"   // delete every article, here and in storage

	// storageKey is where the set is kept in localStorage.
	storageKey = "parallax.articles"
	// saveDelay gathers a burst of typing into one write to storage.
	saveDelay = 300 * time.Millisecond
)

// fileRead is one file as the browser read it.
type fileRead struct {
	Name     string
	Data     []byte
	TooLarge float64 // the size of a file too large to read, in bytes
}

// loadSet reads the kept set when the page mounts. An empty set starts
// with two blank articles to fill in; a set that can be compared is
// compared at once, so a reload shows the same comparison.
func (w *Widget) loadSet(ctx app.Context) {
	w.loaded = true
	w.kept = storageKept()
	var s article.Set
	if err := ctx.LocalStorage().Get(storageKey, &s); err != nil {
		w.note = "The articles kept in this browser could not be read (" + err.Error() + "); you are starting afresh, and they stay stored until you change something here."
	}
	if len(s.Articles) == 0 {
		s.Articles = []article.Entry{{Language: "en"}, {Language: "en"}}
	}
	w.setSet(ctx, s, false)
	if article.Blocking(w.issues) {
		markReady()
		return
	}
	w.compareSet(ctx)
}

// storageKept reports whether what the page stores outlives the visit:
// not where cmd/site/host.js replaced a blocked storage with memory.
func storageKept() bool {
	doc := app.Window().Get("document")
	return !doc.Truthy() || doc.Get("documentElement").Call("getAttribute", "data-px-storage").String() != "memory"
}

// setSet makes s the person's set: checked at once, and kept in storage
// after a short pause when save is set.
func (w *Widget) setSet(ctx app.Context, s article.Set, save bool) {
	w.set = s
	w.issues = s.Check()
	if w.report != nil {
		w.stale = true
	}
	if !save {
		return
	}
	w.saves++
	n := w.saves
	ctx.After(saveDelay, func(ctx app.Context) {
		if n == w.saves {
			w.saveSet(ctx)
		}
	})
}

// saveSet writes the set to storage, or says why it could not.
func (w *Widget) saveSet(ctx app.Context) {
	var err error
	if len(w.set.Articles) == 0 && w.set.Title == "" {
		ctx.LocalStorage().Del(storageKey)
	} else {
		err = ctx.LocalStorage().Set(storageKey, w.set)
	}
	switch {
	case err != nil:
		w.saveErr = "This browser could not keep the articles (its storage is full or refused them: " + err.Error() + "). They are still here; export them to a file to keep them."
	default:
		w.saveErr = ""
	}
}

// handleSet registers the editor's actions.
func (w *Widget) handleSet(ctx app.Context) {
	ctx.Handle(actionSet, func(ctx app.Context, a app.Action) {
		if s, ok := a.Value.(article.Set); ok {
			w.undo, w.note = nil, "" // an edit ends what the note offered
			w.setSet(ctx, s, true)
		}
	})
	ctx.Handle(actionFiles, func(ctx app.Context, a app.Action) {
		files, _ := a.Value.([]fileRead)
		w.addFiles(ctx, files)
	})
	ctx.Handle(actionImport, func(ctx app.Context, a app.Action) {
		f, _ := a.Value.(fileRead)
		s, err := article.ReadSet(f.Data)
		if f.TooLarge > 0 {
			err = fmt.Errorf("it is %.0f MB, too large for a set of articles", f.TooLarge/(1<<20))
		}
		if err != nil {
			w.note = fmt.Sprintf("%s could not be imported: %v. Nothing was changed.", f.Name, err)
			return
		}
		prev := w.set
		w.undo = &prev
		w.setSet(ctx, s, true)
		w.note = fmt.Sprintf("Imported %d articles from %s, in place of the ones here.", len(s.Articles), f.Name)
	})
	ctx.Handle(actionClear, func(ctx app.Context, a app.Action) {
		prev := w.set
		w.undo = &prev
		w.setSet(ctx, article.Set{}, true)
		w.note = fmt.Sprintf("Deleted %d %s from this page and this browser.", len(prev.Articles), plural(len(prev.Articles), "article", "articles"))
	})
	ctx.Handle(actionUndo, func(ctx app.Context, a app.Action) {
		if w.undo == nil {
			return
		}
		s := *w.undo
		w.undo = nil
		w.setSet(ctx, s, true)
		w.note = "The articles are back."
	})
	ctx.Handle(actionCompare, func(ctx app.Context, a app.Action) {
		w.tried = true
		if article.Blocking(w.issues) {
			w.note = ""
			return
		}
		w.compareSet(ctx)
	})
}

// addFiles turns files into articles: the blank ones fill first, then new
// ones follow. A file that cannot be read is named with the reason, and
// nothing already entered changes.
func (w *Widget) addFiles(ctx app.Context, files []fileRead) {
	next := cloneSet(w.set)
	var added int
	var problems []string
	for _, f := range files {
		if f.TooLarge > 0 {
			problems = append(problems, fmt.Sprintf("%s: too large (%.0f MB) to be one article", f.Name, f.TooLarge/(1<<20)))
			continue
		}
		e, err := article.FromFile(f.Name, f.Data)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		if blank := firstBlank(next); blank >= 0 {
			next.Articles[blank] = e
		} else {
			next.Articles = append(next.Articles, e)
		}
		added++
	}
	note := fmt.Sprintf("Added %d %s.", added, plural(added, "article", "articles"))
	if len(problems) > 0 {
		note += " Left out: " + strings.Join(problems, "; ") + "."
	}
	w.note = note
	if added > 0 {
		w.setSet(ctx, next, true)
	}
}

// firstBlank is the first article with no text and no metadata, or -1.
func firstBlank(s article.Set) int {
	for i, e := range s.Articles {
		if strings.TrimSpace(e.Text) == "" && e.Title == "" && e.Source == "" && e.Date == "" {
			return i
		}
	}
	return -1
}

// compareSet runs the engine on the set off the event loop, then shows
// the side-by-side view of the result.
func (w *Widget) compareSet(ctx app.Context) {
	w.busy = true
	w.note = ""
	set, gen, edits := w.set, w.gen, w.saves
	strictness := w.state.Strictness
	ctx.Async(func() {
		c, err := compare.Prepare(set.Title, set.ToArticles())
		var r *compare.Report
		if err == nil {
			r = c.Compare(compare.Options{Strictness: strictness})
		}
		ctx.Dispatch(func(ctx app.Context) {
			if w.gen != gen {
				return // the reader has gone to another page
			}
			w.busy = false
			if err != nil {
				w.note = "The articles could not be compared: " + err.Error()
				return
			}
			w.corpus, w.report, w.stale = c, r, w.saves != edits // edited while it ran
			if w.state.Strictness != strictness {
				w.realign(ctx, w.state.Strictness, nil) // the address asked for another
			}
			if w.tried && w.state.View == Edit {
				navigate(ctx, w.state.With(func(s *State) { s.View, s.Fact, s.At, s.Columns = SideBySide, -1, "", nil }))
			}
			w.tried = false
			markReady()
		})
	})
}

// YourArticles is the editor of the person's own articles: paste, drop,
// choose or import them, say what each is, and compare them.
type YourArticles struct {
	app.Compo

	Set     article.Set
	Issues  []article.Issue
	Tried   bool   // Compare was pressed: every issue shows
	Busy    bool   // comparing
	Note    string // what happened last
	Undo    bool   // the last import or deletion can be undone
	Kept    bool   // storage outlives the visit
	SaveErr string // why the set could not be kept
	Loaded  bool   // the set has been read from storage
}

// Render draws the editor.
func (v *YourArticles) Render() app.UI {
	s := v.Set
	n := len(s.Articles)
	if !v.Loaded {
		return app.Section().Class("px-yours").Body(
			app.H2().Text("The articles to compare"),
			app.P().Class("px-hint").Text("Reading the articles kept in this browser…"),
		)
	}
	return app.Section().Class("px-yours").Aria("labelledby", "px-yours-head").Body(
		app.H2().ID("px-yours-head").Text("The articles to compare"),
		app.P().Class("px-help").Text(v.keptText()),
		app.Div().Class("px-status-line").Role("status").Body(
			app.If(v.Note != "", func() app.UI {
				return app.P().Class("px-note").Body(
					app.Text(v.Note+" "),
					app.If(v.Undo, func() app.UI {
						return app.Button().Type("button").Class("px-link").Text("Undo").OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(actionUndo) })
					}),
				)
			}),
		),
		app.If(v.SaveErr != "", func() app.UI { return app.P().Class("px-issue").Role("alert").Text(v.SaveErr) }),
		app.Div().Class("px-field px-set-title").Body(
			app.Label().For("px-set-title").Text("Title of this comparison (optional)"),
			app.Input().ID("px-set-title").Type("text").Value(s.Title).Attr("autocomplete", "off").On("input", func(ctx app.Context, e app.Event) {
				next := cloneSet(v.Set)
				next.Title = ctx.JSSrc().Get("value").String()
				ctx.NewActionWithValue(actionSet, next)
			}),
		),
		app.Div().Class("px-drop").Body(
			app.P().Body(
				app.Text("Paste each article's text below, or drop .txt and .html files anywhere here, or "),
				app.Input().ID("px-files").Type("file").Multiple(true).Accept(".txt,.html,.htm,text/plain,text/html").Class("px-file").OnChange(onFiles(actionFiles)),
				app.Label().For("px-files").Class("px-button px-secondary").Text("choose files"),
				app.Text("."),
			),
		),
		app.Ol().Class("px-entries").Body(
			app.Range(s.Articles).Slice(func(i int) app.UI { return v.entry(i) }),
		),
		issueList("px-set-issues", v.shown(-1, "")),
		app.Div().Class("px-actions").Body(
			app.Button().Type("button").ID("px-compare").Class("px-button").Disabled(v.Busy).
				Text(map[bool]string{true: "Comparing…", false: fmt.Sprintf("Compare %d %s", n, plural(n, "article", "articles"))}[v.Busy]).
				OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(actionCompare) }),
			app.Button().Type("button").ID("px-add").Class("px-button px-secondary").Disabled(n >= article.MaxSet).Text("Add an article").OnClick(func(ctx app.Context, e app.Event) {
				next := cloneSet(v.Set)
				next.Articles = append(next.Articles, article.Entry{Language: "en"})
				ctx.NewActionWithValue(actionSet, next)
			}),
		),
		app.Div().Class("px-actions px-keep").Body(
			app.Button().Type("button").ID("px-export").Class("px-button px-secondary").Disabled(n == 0).Text("Export as a file").OnClick(v.export),
			app.Input().ID("px-import").Type("file").Accept(".json,application/json").Class("px-file").OnChange(onFiles(actionImport)),
			app.Label().For("px-import").Class("px-button px-secondary").Text("Import a file"),
			app.Button().Type("button").ID("px-clear").Class("px-button px-danger").Disabled(n == 0 && s.Title == "").Text("Delete all").OnClick(func(ctx app.Context, e app.Event) {
				ctx.NewAction(actionClear)
			}),
		),
	)
}

// keptText says where the articles are, truthfully for this browser.
func (v *YourArticles) keptText() string {
	if v.Kept {
		return "Compare two to twenty articles about one event. They are kept in this browser, for this site only, until you delete them: nothing is sent anywhere."
	}
	return "Compare two to twenty articles about one event. This browser does not let the page keep them (its storage is blocked here): they are gone when you leave, so export them to a file to keep them. Nothing is sent anywhere."
}

// entry draws one article's fields.
func (v *YourArticles) entry(i int) app.UI {
	e := v.Set.Articles[i]
	name := "Article " + letter(i)
	return app.Li().Class("px-entry").DataSet("entry", i).Body(
		app.Div().Class("px-entry-head").Body(
			app.H3().Text(name),
			app.Button().Type("button").Class("px-link").Aria("label", "Remove "+name).Text("Remove").OnClick(func(ctx app.Context, ev app.Event) {
				next := cloneSet(v.Set)
				next.Articles = append(next.Articles[:i:i], next.Articles[i+1:]...)
				ctx.NewActionWithValue(actionSet, next)
			}),
		),
		app.Div().Class("px-fields").Body(
			v.field(i, "title", "Title", func(id, desc string, bad bool) app.UI {
				return app.Input().ID(id).Name("title").Type("text").Value(e.Title).Aria("describedby", desc).Aria("invalid", strconv.FormatBool(bad))
			}),
			v.field(i, "source", "Outlet", func(id, desc string, bad bool) app.UI {
				return app.Input().ID(id).Name("source").Type("text").Value(e.Source).Aria("describedby", desc).Aria("invalid", strconv.FormatBool(bad))
			}),
			v.field(i, "date", "Date", func(id, desc string, bad bool) app.UI {
				return app.Input().ID(id).Name("date").Type("date").Value(e.Date).Aria("describedby", desc).Aria("invalid", strconv.FormatBool(bad))
			}),
			v.field(i, "language", "Language", func(id, desc string, bad bool) app.UI {
				return app.Select().ID(id).Name("language").Aria("describedby", desc).Aria("invalid", strconv.FormatBool(bad)).Body(
					app.Range(languages).Slice(func(k int) app.UI {
						code := languages[k][0]
						return app.Option().Value(code).Selected(code == e.Language || (e.Language == "" && k == 0)).Text(languages[k][1])
					}),
				)
			}),
		),
		v.rowIssues(i),
		v.field(i, "text", "Text", func(id, desc string, bad bool) app.UI {
			return app.Textarea().ID(id).Name("text").Rows(8).Attr("spellcheck", "false").Aria("describedby", desc).Aria("invalid", strconv.FormatBool(bad)).Text(e.Text)
		}),
	).On("input", v.onField(i)).On("change", v.onField(i))
}

// field labels a control and marks it invalid when it has a blocking
// issue; its issues, tied to it by aria-describedby, follow it (text) or
// the row of short fields (the rest, which are too narrow to hold them).
func (v *YourArticles) field(i int, name, label string, control func(id, describedBy string, invalid bool) app.UI) app.UI {
	id := fmt.Sprintf("px-a%d-%s", i, name)
	issues := v.shown(i, name)
	desc := ""
	if len(issues) > 0 {
		desc = id + "-issues"
	}
	var after app.UI = app.Text("")
	if name == "text" {
		after = issueList(desc, issues)
	}
	return app.Div().Class("px-field px-field-"+name).Body(
		app.Label().For(id).Text(label),
		control(id, desc, article.Blocking(issues)),
		after,
	)
}

// rowIssues lists the issues of article i's short fields, under their row.
func (v *YourArticles) rowIssues(i int) app.UI {
	var items []app.UI
	for _, name := range []string{"title", "source", "date", "language"} {
		if issues := v.shown(i, name); len(issues) > 0 {
			items = append(items, issueList(fmt.Sprintf("px-a%d-%s-issues", i, name), issues))
		}
	}
	return app.Div().Class("px-row-issues").Body(items...)
}

// shown are the issues to show for article i's field (i -1: the set's).
// Until Compare is pressed, an empty article is not yet a mistake.
func (v *YourArticles) shown(i int, field string) []article.Issue {
	var out []article.Issue
	for _, is := range v.Issues {
		if is.Article != i || (i >= 0 && is.Field != field) {
			continue
		}
		empty := i >= 0 && strings.TrimSpace(v.Set.Articles[i].Text) == ""
		if !v.Tried && !is.Warning && (i < 0 || empty) {
			continue
		}
		out = append(out, is)
	}
	return out
}

// issueList draws issues as a list with an id, or nothing.
func issueList(id string, issues []article.Issue) app.UI {
	if len(issues) == 0 {
		return app.Text("")
	}
	return app.Ul().ID(id).Class("px-issues").Body(
		app.Range(issues).Slice(func(k int) app.UI {
			c := "px-issue"
			if issues[k].Warning {
				c = "px-warning"
			}
			return app.Li().Class(c).Text(issues[k].Msg)
		}),
	)
}

// onField reads the field of article i that changed.
func (v *YourArticles) onField(i int) app.EventHandler {
	return func(ctx app.Context, ev app.Event) {
		target := ev.Get("target")
		val := target.Get("value").String()
		next := cloneSet(v.Set)
		if i >= len(next.Articles) {
			return
		}
		a := &next.Articles[i]
		switch target.Get("name").String() {
		case "title":
			a.Title = val
		case "source":
			a.Source = val
		case "date":
			a.Date = val
		case "language":
			a.Language = val
		case "text":
			a.Text = val
		default:
			return
		}
		if next.Articles[i] == v.Set.Articles[i] {
			return // a change event after the input events that made it
		}
		ctx.NewActionWithValue(actionSet, next)
	}
}

// languages Snowball stems, for the select: code and name.
var languages = [][2]string{
	{"en", "English"}, {"fr", "French"}, {"es", "Spanish"}, {"ru", "Russian"},
	{"sv", "Swedish"}, {"no", "Norwegian"}, {"hu", "Hungarian"},
}

func cloneSet(s article.Set) article.Set {
	s.Articles = append([]article.Entry(nil), s.Articles...)
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// onDragOver lets files be dropped anywhere on the page (the Widget's
// root listens, on the /yours page).
func onDragOver(ctx app.Context, e app.Event) { e.PreventDefault() }

// onDrop reads dropped files; dropping also never opens a file in place of
// the page (the browser's default), which would leave the editor.
func onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	readFiles(ctx, e.Get("dataTransfer").Get("files"), actionFiles)
}

// onFiles reads the files chosen in a file input and sends them as action.
func onFiles(action string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		input := ctx.JSSrc()
		readFiles(ctx, input.Get("files"), action)
		input.Set("value", "") // choosing the same file again reads it again
	}
}

// readFiles reads a FileList's bytes, then sends them as one action: a
// []fileRead for actionFiles, the first file for actionImport.
func readFiles(ctx app.Context, list app.Value, action string) {
	if !list.Truthy() || list.Get("length").Int() == 0 {
		return
	}
	n := list.Get("length").Int()
	files := make([]fileRead, n)
	left := n
	done := func() {
		if left--; left > 0 {
			return
		}
		if action == actionImport {
			ctx.NewActionWithValue(action, files[0])
			return
		}
		ctx.NewActionWithValue(action, files)
	}
	for k := 0; k < n; k++ {
		f := list.Call("item", k)
		files[k].Name = f.Get("name").String()
		if size := f.Get("size").Float(); size > article.MaxSize {
			files[k].TooLarge = size // not read at all
			done()
			continue
		}
		k := k
		f.Call("arrayBuffer").Then(func(buf app.Value) {
			arr := app.Window().Get("Uint8Array").New(buf)
			files[k].Data = make([]byte, arr.Get("length").Int())
			app.CopyBytesToGo(files[k].Data, arr)
			done()
		})
	}
}

// export downloads the set as one JSON file.
func (v *YourArticles) export(ctx app.Context, e app.Event) {
	b, err := v.Set.JSON()
	if err != nil {
		return // a Set of strings always encodes
	}
	win := app.Window()
	u8 := win.Get("Uint8Array").New(len(b))
	app.CopyBytesToJS(u8, b)
	blob := win.Get("Blob").New([]any{u8}, map[string]any{"type": "application/json"})
	href := win.Get("URL").Call("createObjectURL", blob)
	a := win.Get("document").Call("createElement", "a")
	a.Set("href", href)
	a.Set("download", "parallax-articles.json")
	win.Get("document").Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	ctx.After(time.Second, func(app.Context) { win.Get("URL").Call("revokeObjectURL", href) })
}
