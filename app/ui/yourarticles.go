package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/words"
)

// YourArticles is the editor of the person's own articles: paste, drop,
// choose or import them, say what each is, and compare them.
type YourArticles struct {
	app.Compo

	Set      article.Set
	Issues   []article.Issue
	Tried    bool   // Compare was pressed: every issue shows
	Busy     bool   // comparing
	Note     string // what happened last
	Undo     bool   // the last import or deletion can be undone
	Kept     bool   // storage outlives the visit
	SaveErr  string // why the set could not be kept
	Loaded   bool   // the set has been read from storage
	Epoch    int    // changes when the whole set is replaced
	Checking bool   // the articles' issues are being found

	all int // Epoch+1 when every article is to be drawn, for that set
}

// pageEntries is how many articles a long set draws at first: drawing
// 200 folded articles after an import held the page for about 0.2 s.
const pageEntries = 25

// drawn is how many of the articles the editor draws: all of them, or
// the first pageEntries of a long set. Once one past them is new (empty)
// or has something to fix, all of them are drawn, and stay drawn while
// the person fills it in, until another set replaces this one.
func (v *YourArticles) drawn() int {
	n := len(v.Set.Articles)
	if n <= pageEntries || v.all == v.Epoch+1 {
		return n
	}
	for i := pageEntries; i < n; i++ {
		if strings.TrimSpace(v.Set.Articles[i].Text) == "" || article.Blocking(v.shown(i)) {
			v.all = v.Epoch + 1
			return n
		}
	}
	return pageEntries
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
	drawn := v.drawn()
	return app.Section().Class("px-yours").Aria("labelledby", "px-yours-head").Body(
		app.H2().ID("px-yours-head").Text("The articles to compare"),
		app.P().Class("px-help").Text(v.keptText()),
		app.Div().Class("px-status-line").Role("status").Body(
			app.If(v.Note != "", func() app.UI {
				return app.P().Class("px-note").Body(
					app.Text(v.Note+" "),
					app.If(v.Undo, func() app.UI {
						return app.Button().Type("button").ID("px-undo").Class("px-link").Text("Undo").OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(actionUndo) })
					}),
				)
			}),
		),
		app.If(v.SaveErr != "", func() app.UI { return app.P().Class("px-issue").Role("alert").Text(v.SaveErr) }),
		app.Div().Class("px-field px-set-title").Body(
			app.Label().For("px-set-title").Text("Title of this comparison (optional)"),
			app.Input().ID("px-set-title").Type("text").Value(s.Title).Attr("autocomplete", "off").On("input", func(ctx app.Context, e app.Event) {
				ctx.NewActionWithValue(actionEdit, edit{Article: -1, Field: "title", Value: ctx.JSSrc().Get("value").String()})
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
		app.Ol().Class("px-entries").Aria("busy", v.Checking).Body(
			app.Range(s.Articles[:drawn]).Slice(func(i int) app.UI {
				return &EntryEditor{Index: i, Entry: s.Articles[i], Shown: v.shown(i), Long: n > openEntries, Epoch: v.Epoch}
			}),
		),
		app.If(drawn < n, func() app.UI {
			return app.P().Class("px-more").Body(
				app.Text(fmt.Sprintf("Articles %s to %s are not drawn, to keep the page quick. ", compare.Tag(drawn), compare.Tag(n-1))),
				app.Button().Type("button").ID("px-entries-all").Class("px-chip").Text(fmt.Sprintf("Show the other %d", n-drawn)).OnClick(func(ctx app.Context, e app.Event) {
					v.all = v.Epoch + 1
					focusAfter(ctx, fmt.Sprintf(`[data-entry="%d"] summary`, pageEntries))
				}),
			)
		}),
		issueList("px-set-issues", v.shown(-1)),
		app.Div().Class("px-actions").Body(
			app.Button().Type("button").ID("px-compare").Class("px-button").Disabled(v.Busy).
				Text(map[bool]string{true: "Comparing…", false: fmt.Sprintf("Compare %d %s", n, plural(n, "article", "articles"))}[v.Busy]).
				OnClick(func(ctx app.Context, e app.Event) { ctx.NewAction(actionCompare) }),
			app.Button().Type("button").ID("px-add").Class("px-button px-secondary").Disabled(n >= article.MaxSet).Text("Add an article").OnClick(func(ctx app.Context, e app.Event) {
				ctx.NewActionWithValue(actionEdit, edit{Field: "add"})
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
		return "Compare two to two hundred articles about one event. They are kept in this browser, for this site only, until you delete them: nothing is sent anywhere."
	}
	return "Compare two to two hundred articles about one event. This browser does not let the page keep them (its storage is blocked here): they are gone when you leave, so export them to a file to keep them. Nothing is sent anywhere."
}

// EntryEditor is one article's fields in the editor. A component of its
// own, so that a change elsewhere in the editor (one keystroke, Compare
// pressed) does not redraw two hundred articles.
type EntryEditor struct {
	app.Compo

	Index int
	Entry article.Entry
	Shown []article.Issue // the article's issues to show now
	Long  bool            // the list is long: show the article as one line to open
	Epoch int             // changes when the whole set is replaced (import, undo)

	open bool // in a long list, drawn open
	seen int  // the Epoch open was set for
}

// Render draws the fields.
func (v *EntryEditor) Render() app.UI {
	i, e := v.Index, v.Entry
	name := "Article " + compare.Tag(i)
	head := app.Div().Class("px-entry-head").Body(
		app.H3().Text(name),
		app.Button().Type("button").Class("px-link").Aria("label", "Remove "+name).Text("Remove").OnClick(func(ctx app.Context, ev app.Event) {
			ctx.NewActionWithValue(actionEdit, edit{Article: i, Field: "remove"})
		}, app.EventScope(i)),
	)
	body := []app.UI{
		app.Div().Class("px-fields").Body(
			v.field(i, "title", "Title", textInput("title", e.Title, "")),
			v.field(i, "source", "Outlet", textInput("source", e.Source, "")),
			// text, not type=date: that blanks a value it cannot read (an
			// imported "10 July") next to the message about it
			v.field(i, "date", "Date (YYYY-MM-DD)", textInput("date", e.Date, "2025-07-10")),
			v.field(i, "language", "Language", func(id, desc string, bad bool) app.UI {
				known := e.Language == ""
				for _, l := range languages {
					known = known || l.Code == e.Language
				}
				return app.Select().ID(id).Name("language").Aria("describedby", desc).Aria("invalid", strconv.FormatBool(bad)).Body(
					app.Range(languages).Slice(func(k int) app.UI {
						code := languages[k].Code
						return app.Option().Value(code).Selected(code == e.Language || (e.Language == "" && k == 0)).Text(languages[k].Label())
					}),
					// a value from an imported file that is none of these
					app.If(!known, func() app.UI {
						return app.Option().Value(e.Language).Selected(true).Text(e.Language + " (not supported)")
					}),
				)
			}),
			// where the article was read: a saved page says it (article.ReadPage)
			v.field(i, "url", "Address (URL)", textInput("url", e.URL, "")),
		),
		v.rowIssues(i),
		v.field(i, "text", "Text", func(id, desc string, bad bool) app.UI {
			return app.Textarea().ID(id).Name("text").Rows(8).Dir(words.Direction(e.Text)).Attr("spellcheck", "false").Aria("describedby", desc).Aria("invalid", strconv.FormatBool(bad)).Text(e.Text).
				On("paste", v.onPaste(i), app.EventScope(i))
		}),
	}
	li := app.Li().Class("px-entry").DataSet("entry", i).On("input", v.onField(i), app.EventScope(i)).On("change", v.onField(i), app.EventScope(i))
	if !v.Long {
		return li.Body(append([]app.UI{head}, body...)...)
	}
	// A long list shows each article as one line, opened to edit: the
	// empty ones and those with something to fix start open. A folded
	// article's fields are drawn when it opens: two hundred of them
	// drawn at once held the page for 0.6 s after an import.
	more := app.Details().Class("px-entry-more").Open(v.open).On("toggle", func(ctx app.Context, ev app.Event) {
		v.open = ctx.JSSrc().Get("open").Bool()
	})
	if !v.open {
		return li.Body(head, more.Body(app.Summary().Text(entrySummary(e))))
	}
	return li.Body(head, more.Body(append([]app.UI{app.Summary().Text(entrySummary(e))}, body...)...))
}

// OnInit opens, in a long list, an article with no text yet or with
// something to fix; OnUpdate opens one that comes to need fixing. Neither
// closes one: typing the first word must not fold the field away.
func (v *EntryEditor) OnInit() {
	v.open = strings.TrimSpace(v.Entry.Text) == "" || article.Blocking(v.Shown)
	v.seen = v.Epoch
}

// OnUpdate: see OnInit. A set replaced whole starts over.
func (v *EntryEditor) OnUpdate(ctx app.Context) {
	if v.Epoch != v.seen {
		v.OnInit()
	}
	if article.Blocking(v.Shown) {
		v.open = true
	}
}

// openEntries is the most articles the editor shows open at once.
const openEntries = 6

// entrySummary is an article in one line: outlet, title or first words,
// and length.
func entrySummary(e article.Entry) string {
	var parts []string
	if e.Source != "" {
		parts = append(parts, e.Source)
	}
	words := strings.Fields(e.Text)
	title := e.Title
	if title == "" {
		title = strings.Join(words[:min(len(words), 10)], " ")
		if len(words) > 10 {
			title += "…"
		}
	}
	if title != "" {
		parts = append(parts, title)
	}
	switch n := len(words); n {
	case 0:
		parts = append(parts, "no text yet")
	default:
		parts = append(parts, fmt.Sprintf("%d %s", n, plural(n, "word", "words")))
	}
	return strings.Join(parts, " · ")
}

// shown are the issues of the article's field.
func (v *EntryEditor) shown(field string) []article.Issue {
	var out []article.Issue
	for _, is := range v.Shown {
		if is.Field == field {
			out = append(out, is)
		}
	}
	return out
}

// field labels a control and marks it invalid when it has a blocking
// issue; its issues, tied to it by aria-describedby, follow it (text) or
// the row of short fields (the rest, which are too narrow to hold them).
func (v *EntryEditor) field(i int, name, label string, control func(id, describedBy string, invalid bool) app.UI) app.UI {
	id := fmt.Sprintf("px-a%d-%s", i, name)
	issues := v.shown(name)
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
func (v *EntryEditor) rowIssues(i int) app.UI {
	var items []app.UI
	for _, name := range []string{"title", "source", "date", "url", "language"} {
		if issues := v.shown(name); len(issues) > 0 {
			items = append(items, issueList(fmt.Sprintf("px-a%d-%s-issues", i, name), issues))
		}
	}
	return app.Div().Class("px-row-issues").Body(items...)
}

// shown are the issues to show now for article i, every field's (i -1:
// the set's). Until Compare is pressed, an empty article is not yet a
// mistake.
func (v *YourArticles) shown(i int) []article.Issue {
	var out []article.Issue
	for _, is := range v.Issues {
		if is.Article != i {
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

// onField sends the field of article i that changed.
func (v *EntryEditor) onField(i int) app.EventHandler {
	return func(ctx app.Context, ev app.Event) {
		target := ev.Get("target")
		switch name := target.Get("name").String(); name {
		case "title", "source", "date", "url", "language", "text":
			if ev.Get("type").String() == "change" && name != "language" {
				return // the input events already said it
			}
			ctx.NewActionWithValue(actionEdit, edit{Article: i, Field: name, Value: target.Get("value").String()})
		}
	}
}

// onPaste reads a web page pasted into an empty text field (a whole page
// selected and copied: the clipboard holds its HTML) as a dropped page is
// read: its article, without the page's menus (the "page" edit). Into a
// field that holds text, or without HTML, the browser pastes plain text.
func (v *EntryEditor) onPaste(i int) app.EventHandler {
	return func(ctx app.Context, ev app.Event) {
		data := ev.Get("clipboardData")
		if !data.Truthy() || ev.Get("target").Get("value").String() != "" {
			return
		}
		page := data.Call("getData", "text/html").String()
		if strings.TrimSpace(page) == "" {
			return
		}
		ev.PreventDefault()
		ctx.NewActionWithValue(actionEdit, edit{Article: i, Field: "page", Value: page})
	}
}

// textInput is a one-line field of an article.
func textInput(name, value, placeholder string) func(id, describedBy string, invalid bool) app.UI {
	return func(id, desc string, bad bool) app.UI {
		in := app.Input().ID(id).Name(name).Type("text").Dir("auto").Value(value).Aria("describedby", desc).Aria("invalid", strconv.FormatBool(bad))
		if placeholder != "" {
			in = in.Placeholder(placeholder).Attr("inputmode", "numeric")
		}
		return in
	}
}

// languages are the ones the engine stems, for the select, English first.
var languages = words.Languages()

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
