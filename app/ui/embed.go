package ui

import (
	"fmt"
	"html"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/compare"
)

// Attribution closes the compact (embedded) page: every source named, and
// a link to the full comparison.
type Attribution struct {
	app.Compo

	Report *compare.Report
	Full   string // the full page's address
}

// Render names the sources.
func (a *Attribution) Render() app.UI {
	r := a.Report
	return app.Footer().Class("px-foot px-attrib").Body(
		app.P().Body(
			app.Strong().Text("Sources: "),
			app.Range(r.Articles).Slice(func(i int) app.UI {
				art := r.Articles[i]
				name := r.Outlet(i)
				if art.Title != "" {
					name += ", " + compare.Quoted(art.Title)
				}
				name += " (" + art.When() + ")"
				sep := "; "
				if i == len(r.Articles)-1 {
					sep = ". "
				}
				var label app.UI = app.Text(name)
				if art.URL != "" {
					label = app.A().Href(art.URL).Target("_blank").Attr("rel", "noopener").Text(name)
				}
				return app.Span().Body(app.Span().Class("px-letter").Text(compare.Tag(i)), app.Text(" "), label, app.Text(sep))
			}),
		),
		app.P().Body(
			app.A().Class("px-full").Href(a.Full).Target("_blank").Attr("rel", "noopener").Text("Open the full comparison ↗"),
			app.Text(" · Compared by Parallax"),
		),
	)
}

// EmbedCode offers the code that puts the current view in another page:
// an iframe with a title, lazy loading and a sensible height, and a small
// script that resizes it from the widget's height messages.
type EmbedCode struct {
	app.Compo

	Report *compare.Report
	State  State
	Page   string // the page's absolute address; "" before the page is mounted
	What   string // what it embeds, "fact" (the panel's) or "" (the view)
}

// Render draws the link and the code in a disclosure. The code is text
// in a <pre>, not a textarea's value: go-app writes that value into the
// prerendered page as a quoted attribute that HTML does not read back.
func (e *EmbedCode) Render() app.UI {
	code := EmbedSnippet(e.Page, e.State, e.Report.Title)
	link := e.Page
	if u := e.State.full().URL(); u != "?" || link == "" {
		link += u
	}
	id, summary, what := "px-embed", "Link and embed code", "view"
	if e.What != "" {
		id, summary, what = "px-"+e.What+"-embed", "Embed this "+e.What, e.What
	}
	return app.Details().Class("px-embed").Body(
		app.Summary().Text(summary),
		app.P().Body(app.Strong().Text("Link to this "+what+": "), app.A().Href(link).Text(link)),
		app.P().Class("px-help").ID(id+"-help").Text("To embed it, paste this code where the comparison should appear. The script is optional: it sets the frame's height as the comparison grows or shrinks. Pages that use pym.js, AMP (amp-iframe) or WordPress embeds resize it on their own."),
		app.Pre().ID(id+"-code").Class("px-code").TabIndex(0).Aria("label", "Embed code").Aria("describedby", id+"-help").Body(app.Code().Text(code)),
		app.Button().Type("button").Class("px-button").Text("Copy the code").OnClick(func(ctx app.Context, ev app.Event) {
			if clip := app.Window().Get("navigator").Get("clipboard"); clip.Truthy() {
				// refused (no permission, or outside a gesture): the
				// selection below is the way then, with no console error
				var settled app.Func
				settled = app.FuncOf(func(app.Value, []app.Value) any {
					settled.Release()
					return nil
				})
				clip.Call("writeText", code).Call("then", settled, settled)
			}
			// and select it, for a browser that does not let the page copy
			if el := app.Window().GetElementByID(id + "-code"); el.Truthy() {
				if sel := app.Window().Call("getSelection"); sel.Truthy() {
					sel.Call("selectAllChildren", el)
				}
			}
		}, app.EventScope(code, id)),
	)
}

// EmbedSnippet is the HTML a host page pastes to embed the state s of the
// page at page (its absolute address; relative when unknown).
func EmbedSnippet(page string, s State, title string) string {
	embed := s.With(func(s *State) { s.Embed = true })
	src := page + "?" + embed.Query().Encode()
	if title == "" {
		title = "a news comparison"
	}
	height := 900
	if s.View == OneFact {
		height = 600
	}
	return fmt.Sprintf(`<iframe src="%s" title="%s" loading="lazy" width="100%%" height="%d" style="border:0;max-width:100%%"></iframe>
<script>(function(f){addEventListener("message",function(e){var d=e.data;if(e.source===f.contentWindow&&d&&d.sentinel==="amp"&&d.type==="embed-size"){f.style.height=d.height+"px"}})})(document.currentScript.previousElementSibling)</script>`,
		html.EscapeString(src), html.EscapeString("Parallax: "+title), height)
}

// FactView is one fact's comparison alone (?view=fact), what the panel's
// "Embed this fact" embeds: each outlet's wording, the near misses and
// the divergences. The fact is the one its sentence (at=) tells, so that
// an embed published in an article keeps its fact when the numbers
// change (another strictness, a later version of the alignment).
type FactView struct {
	app.Compo

	Report *compare.Report
	State  State
}

// Render draws the fact's panel, or says that the address names none.
func (v *FactView) Render() app.UI {
	r, f := v.Report, v.State.resolved(v.Report).Fact
	if f < 0 || f >= len(r.Clusters) {
		return app.P().Class("px-note").Text("This address names no fact of this comparison. Open the full comparison to choose one.")
	}
	return &Panel{Report: r, Fact: f}
}
