package ui

// The editor's corrections in the widget (edit=1): join, split and set
// aside from the comparison panel, an undo, the machine's alignment alone
// (machine=1), and the edits to copy into a corpus's manifest.json. Each
// edit costs one re-alignment of the compared articles, no reload.

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
)

// activeEdits are the edits the comparison applies: none while the reader
// asks for the machine's alignment alone.
func (c *comparison) activeEdits() edits {
	if c.state.Machine {
		return edits{}
	}
	return c.edits
}

// addEdit applies one more edit at the same strictness; the selection
// follows the sentence it was made on (anchor).
func (c *comparison) addEdit(ctx app.Context, e article.Edit, anchor *compare.Ref) {
	c.setEdits(ctx, append(slices.Clone(c.edits.list), e), anchor)
}

// undoEdit takes the last edit back.
func (c *comparison) undoEdit(ctx app.Context) {
	if n := len(c.edits.list); n > 0 {
		c.setEdits(ctx, slices.Clone(c.edits.list[:n-1]), nil)
	}
}

// setEdits replaces the edits, keeps them where the page keeps them
// (keepEdits: a person's own articles), and re-aligns once. The selection
// follows anchor; with none (a sentence set aside, an undo) it is cleared,
// since facts are numbered anew.
func (c *comparison) setEdits(ctx app.Context, list []article.Edit, anchor *compare.Ref) {
	c.edits.list = list
	if c.keepEdits != nil {
		c.keepEdits(ctx, list)
	}
	if anchor == nil && c.state.Fact >= 0 {
		c.state.Fact, c.state.At = -1, ""
		replaceURL(ctx, c.state)
	}
	if c.corpus != nil {
		c.realign(ctx, c.state.Strictness, anchor)
	}
}

// editor is the panel's hook for edits, or nil where the reader does not
// edit (no edit=1, or the machine's alignment alone is shown).
func (c *comparison) editor() func(app.Context, article.Edit, *compare.Ref) {
	if !c.state.Editing || c.state.Machine {
		return nil
	}
	return c.addEdit
}

// EditBar heads the page while the reader edits: how many edits there
// are, an undo, the switch to the machine's alignment alone, and the
// edits as manifest.json holds them, to copy (a static site cannot save).
type EditBar struct {
	app.Compo

	State State
	Edits []article.Edit
	Undo  func(app.Context)
	// Problems are the report's problems with edits: those that name no
	// sentence, or several, and so are not applied.
	Problems []string
	// status says what Copy did, for as many edits as statusFor: a newer
	// edit makes it stale.
	status    string
	statusFor int
}

// Render draws the bar.
func (b *EditBar) Render() app.UI {
	machine := b.State.With(func(s *State) { s.Machine = !s.Machine })
	label := "Show the machine’s alignment alone"
	if b.State.Machine {
		label = "Show it with the corrections"
	}
	text := editsJSON(b.Edits)
	return app.Section().Class("px-editbar").Aria("label", "Corrections").Body(
		app.P().Body(
			app.Strong().Text("Editing. "),
			app.Text(plural(len(b.Edits), "1 correction", fmt.Sprintf("%d corrections", len(b.Edits)))+
				". Select a sentence, then in its panel say that a sentence does not belong, is not about the event, or that a close one tells the same fact. "),
		),
		app.P().Class("px-editbar-actions").Body(
			app.Button().Type("button").Class("px-button").ID("px-undo").Disabled(len(b.Edits) == 0 || b.State.Machine).Text("Undo the last").
				OnClick(func(ctx app.Context, e app.Event) { b.Undo(ctx) }),
			app.Text(" "),
			app.A().Class("px-chip").Href(machine.URL()).Text(label),
			app.Text(" "),
			app.Button().Type("button").Class("px-button").ID("px-copy-edits").Disabled(len(b.Edits) == 0).Text("Copy edits for manifest.json").
				OnClick(func(ctx app.Context, e app.Event) { b.copy(ctx, text) }, app.EventScope(text)),
			app.Span().Class("px-copied").Role("status").Text(b.shownStatus()),
		),
		app.If(len(b.Problems) > 0, func() app.UI {
			return app.Ul().Class("px-edit-problems").Role("alert").Body(app.Range(b.Problems).Slice(func(i int) app.UI {
				return app.Li().Text(b.Problems[i])
			}))
		}),
		app.If(len(b.Edits) > 0, func() app.UI {
			return app.Details().Body(
				app.Summary().Text("The edits, as manifest.json keeps them"),
				app.Textarea().ID("px-edits-json").Class("px-edits-json").ReadOnly(true).Aria("label", "The edits, as manifest.json keeps them").Text(text),
			)
		}),
	)
}

// shownStatus is what Copy did, unless an edit came since.
func (b *EditBar) shownStatus() string {
	if b.statusFor != len(b.Edits) {
		return ""
	}
	return b.status
}

// copy puts the edits on the clipboard and says so once the browser has;
// where it refuses (no clipboard on a plain http page, an iframe without
// the permission), it opens the text and selects it, to copy by hand.
func (b *EditBar) copy(ctx app.Context, text string) {
	n := len(b.Edits)
	say := func(s string) { ctx.Dispatch(func(ctx app.Context) { b.status, b.statusFor = s, n }) }
	byHand := func() {
		if area := app.Window().GetElementByID("px-edits-json"); area.Truthy() {
			if d := area.Call("closest", "details"); d.Truthy() {
				d.Set("open", true)
			}
			area.Call("select")
		}
		say("The browser did not let Parallax copy: the text is selected, copy it by hand.")
	}
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		byHand()
		return
	}
	var done, refused app.Func
	release := func() { done.Release(); refused.Release() }
	done = app.FuncOf(func(app.Value, []app.Value) any { say("Copied."); release(); return nil })
	refused = app.FuncOf(func(app.Value, []app.Value) any { byHand(); release(); return nil })
	clip.Call("writeText", text).Call("then", done, refused)
}

// editProblems are a report's problems with edits: those it could not
// apply.
func editProblems(r *compare.Report) []string {
	if r == nil {
		return nil
	}
	return r.EditProblems
}

// editsJSON is the "edits" member of a manifest.json, to paste into it.
func editsJSON(list []article.Edit) string {
	if len(list) == 0 {
		list = []article.Edit{}
	}
	b, err := json.MarshalIndent(struct {
		Edits []article.Edit `json:"edits"`
	}{list}, "", "  ")
	if err != nil {
		return ""
	}
	return string(b)
}

// keepSetEdits keeps the corrections with the person's articles: in the
// set, saved at once, exported and imported with it. The comparison
// applies them itself (comparison.setEdits), so the set is not stale.
func (y *YoursPage) keepSetEdits(ctx app.Context, list []article.Edit) {
	s := y.ed.set
	s.Edits = list
	y.ed.set = s
	y.dirty = true
	y.saveSet()
}
