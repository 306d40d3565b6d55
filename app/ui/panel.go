package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
)

// Panel compares how each article tells the selected fact: every wording,
// a word-level diff against the first, the divergences, and the words the
// link rests on.
type Panel struct {
	app.Compo

	Report *compare.Report
	Fact   int
	Close  string // the page's address without the selection
	// Show gives, for an article's index, the page's address with that
	// article's column shown and the fact still selected: where a near
	// miss is read in place.
	Show func(article int) string
	// Reveal, if set, follows a Show link in place: it shows the column
	// and brings near miss sentence of article into view.
	Reveal func(ctx app.Context, article, sentence int)
	// OnEdit, if set, offers the editor's corrections (editing.go): a
	// wording that is not this fact, or not about the event; a near miss
	// that is.
	OnEdit func(ctx app.Context, e article.Edit, follow *compare.Ref)
	// Folded and OnFold: where the panel is a sheet over the columns (a
	// phone, a short window: parallax.css), the reader folds it to its
	// top line to read the columns, and unfolds it.
	Folded bool
	OnFold func(ctx app.Context, folded bool)
	// Embed, if set, is the state that embeds this fact alone (OneFact),
	// offered as code for a page at Page (EmbedCode).
	Embed *State
	Page  string
}

// Render draws the panel.
func (p *Panel) Render() app.UI {
	r := p.Report
	c := r.Clusters[p.Fact]
	_, told := r.Badge(p.Fact)
	heading := fmt.Sprintf("Fact %d: %s", c.ID, told)
	if !r.Shared(p.Fact) {
		heading += " (" + r.Outlet(r.Index(c.Members[0].Article)) + ")"
	}
	panel := app.Aside().ID("px-panel").Class("px-panel").Aria("labelledby", "px-panel-head")
	if p.Folded {
		panel = panel.DataSet("folded", "true")
	}
	return panel.Body(
		app.Div().Class("px-panel-top").Body(
			app.H2().ID("px-panel-head").Text(heading),
			app.If(p.OnFold != nil, func() app.UI {
				return app.Button().Type("button").ID("px-fold").Class("px-fold").
					Aria("expanded", !p.Folded).Aria("controls", "px-panel-body").
					Text(map[bool]string{true: "Show the comparison", false: "Show the columns"}[p.Folded]).
					OnClick(func(ctx app.Context, e app.Event) { p.OnFold(ctx, !p.Folded) })
			}),
			app.If(p.Close != "", func() app.UI {
				return app.A().Class("px-close").Href(p.Close).Aria("label", "Close the comparison").Text("Close ✕")
			}),
		),
		app.Div().ID("px-panel-body").Class("px-panel-body").Body(p.body(r, c)...),
	)
}

// body is the panel under its top line: each article's wording, the near
// misses, the divergences, and the words the link rests on.
func (p *Panel) body(r *compare.Report, c compare.Cluster) []app.UI {
	return []app.UI{
		app.Ul().Class("px-wordings").Body(
			app.Range(c.Members).Slice(func(k int) app.UI {
				m := c.Members[k]
				i := r.Index(m.Article)
				var text app.UI = app.Span().Text(r.ClaimText(p.Fact, k))
				if k > 0 && k < len(c.Wording) && len(c.Wording[k]) > 0 {
					text = diff(c.Wording[k])
				}
				return app.Li().DataSet("article", m.Article).DataSet("sentence", m.Sentence).Body(
					app.P().Class("px-who").Body(
						app.Span().Class("px-letter").Text(compare.Tag(i)),
						app.Text(" "+r.Outlet(i)),
						app.If(k == 0 && len(c.Members) > 1, func() app.UI {
							return app.Span().Class("px-ref").Text(" (the others are compared with this wording)")
						}),
					),
					app.P().Class("px-wording").Body(text),
					app.If(p.OnEdit != nil, func() app.UI { return p.memberEdits(c, k) }),
				)
			}),
		),
		app.If(len(c.Near) > 0, func() app.UI { return p.near(c) }),
		app.If(len(c.Divergences) > 0, func() app.UI {
			return app.Div().Body(
				app.H3().Text("Where they differ"),
				app.Ul().Class("px-divs").Body(
					app.Range(c.Divergences).Slice(func(k int) app.UI {
						d := c.Divergences[k]
						return app.Li().Body(summary(r, d)...)
					}),
				),
			)
		}),
		app.If(len(c.Links) > 0, func() app.UI {
			return app.Details().Class("px-why").Body(
				app.Summary().Text("Why these sentences are one fact"),
				app.Ul().Body(
					app.Range(c.Links).Slice(func(k int) app.UI {
						l := c.Links[k]
						words := strings.Join(l.Shared, ", ")
						if len(l.Phrases) > 0 {
							words += "; phrases: " + strings.Join(l.Phrases, ", ")
						}
						return app.Li().Text(fmt.Sprintf("%s and %s: %s likely the same fact, sharing %s",
							r.Outlet(r.Index(l.A.Article)), r.Outlet(r.Index(l.B.Article)), compare.Percent(l.Score), words))
					}),
				),
			)
		}),
		app.If(p.Embed != nil, func() app.UI {
			return &EmbedCode{Report: r, State: *p.Embed, Page: p.Page, What: "fact"}
		}),
	}
}

// near lists the fact's near misses: sentences of other articles that
// come close to it but were not joined to it (compare.Near), each with
// its words, its score, and a link that shows it in its column.
func (p *Panel) near(c compare.Cluster) app.UI {
	r := p.Report
	return app.Div().Class("px-nearby").Body(
		app.H3().Text("Possibly also told by"),
		app.P().Class("px-note").Text(fmt.Sprintf("These sentences come close to the fact but were not joined to it (strictness %s): they may tell it in other words. Read them before you say that no one else reports it.", compare.Percent(r.Strictness))),
		app.Ul().Class("px-wordings").Body(
			app.Range(c.Near).Slice(func(k int) app.UI {
				n := c.Near[k]
				i := r.Index(n.Article)
				var show app.UI
				if p.Show != nil {
					a := app.A().Class("px-show").Href(p.Show(i)).Text("Show it in " + r.Outlet(i) + "’s column")
					if p.Reveal != nil {
						a = a.OnClick(func(ctx app.Context, e app.Event) {
							e.PreventDefault()
							p.Reveal(ctx, i, n.Sentence)
						}, app.EventScope(i, n.Sentence))
					}
					show = a
				}
				return app.Li().Class("px-near-item").DataSet("article", n.Article).DataSet("sentence", n.Sentence).Body(
					app.P().Class("px-who").Body(
						app.Span().Class("px-letter").Text(compare.Tag(i)),
						app.Text(" "+r.Outlet(i)),
						app.Span().Class("px-ref").Text(" ("+compare.Percent(n.Score)+" close)"),
					),
					app.P().Class("px-wording").Text(r.NearText(n)),
					app.If(show != nil, func() app.UI { return app.P().Body(show) }),
					app.If(p.OnEdit != nil, func() app.UI { return p.joinEdit(c, n) }),
				)
			}),
		),
	)
}

// anchor names a sentence of the report for an edit: its article and its
// words.
func anchor(r *compare.Report, ref compare.Ref) article.Anchor {
	s, _ := r.Sentence(ref)
	return article.Anchor{Article: ref.Article, Text: s.Text}
}

// memberAnchor names member k of fact c for an edit: its sentence (told
// whole, or as the rest of it: compare.Claim.Rest), or the claim of it
// that tells the fact.
func memberAnchor(r *compare.Report, c compare.Cluster, k int) article.Anchor {
	a := anchor(r, c.Members[k])
	if whole(r, c, k) {
		return a
	}
	s, _ := r.Sentence(c.Members[k])
	for _, cl := range s.Claims {
		if cl.Fact == c.ID && cl.Rest {
			return a
		}
	}
	a.Claim = r.ClaimText(c.ID, k)
	return a
}

// nearAnchor names a near miss for an edit: its sentence, or the claim of
// it that comes close.
func nearAnchor(r *compare.Report, n compare.Near) article.Anchor {
	a := anchor(r, compare.Ref{Article: n.Article, Sentence: n.Sentence})
	if text := r.NearText(n); text != a.Text {
		a.Claim = text
	}
	return a
}

// memberEdits are the corrections of member k of fact c, a sentence or a
// claim of one: it does not tell this fact (split; where the fact has
// other wordings), or it is not about the event (set aside: the claim
// alone, or the sentence whole, claims and all, where it tells the fact
// whole or as the rest of it).
func (p *Panel) memberEdits(c compare.Cluster, k int) app.UI {
	m, a := c.Members[k], memberAnchor(p.Report, c, k)
	aside := "Not about the event"
	if s, _ := p.Report.Sentence(m); a.Claim != "" {
		aside = "This part is not about the event"
	} else if len(s.Claims) > 0 {
		aside = "The sentence is not about the event"
	}
	return app.P().Class("px-edits").Body(
		app.If(len(c.Members) > 1, func() app.UI {
			return app.Button().Type("button").Class("px-button px-edit-split").Text("Not this fact").
				OnClick(func(ctx app.Context, e app.Event) { p.OnEdit(ctx, article.Edit{Split: &a}, &m) }, anchorScope(m, a))
		}),
		app.Button().Type("button").Class("px-button px-edit-aside").Text(aside).
			OnClick(func(ctx app.Context, e app.Event) { p.OnEdit(ctx, article.Edit{Aside: &a}, nil) }, anchorScope(m, a)),
	)
}

// anchorScope scopes an edit button's handler to the sentence the
// selection follows (at) and the sentences it names: go-app keeps a
// handler whose function is the same code, so without it a button
// redrawn for another sentence would still edit the first (go-app
// issues #1010, #1107).
func anchorScope(at compare.Ref, as ...article.Anchor) app.EventOption {
	path := []any{at.Article, at.Sentence}
	for _, a := range as {
		path = append(path, a.Article, a.Text, "claim", a.Claim)
	}
	return app.EventScope(path...)
}

// whole reports whether member k of fact c tells it with its whole
// sentence, not a claim of it.
func whole(r *compare.Report, c compare.Cluster, k int) bool {
	s, ok := r.Sentence(c.Members[k])
	return ok && (k >= len(c.Claims) || c.Claims[k] == compare.Span{Start: s.Start, End: s.End})
}

// joinEdit says that a near miss tells the fact: it is joined to the
// fact's first wording, each named as the sentence or the claim it is.
func (p *Panel) joinEdit(c compare.Cluster, n compare.Near) app.UI {
	first := c.Members[0]
	join := article.Edit{Join: []article.Anchor{memberAnchor(p.Report, c, 0), nearAnchor(p.Report, n)}}
	return app.P().Class("px-edits").Body(
		app.Button().Type("button").Class("px-button px-edit-join").Text("Same fact: join").
			OnClick(func(ctx app.Context, e app.Event) { p.OnEdit(ctx, join, &first) }, anchorScope(first, join.Join...)),
	)
}

// diff renders a word diff: kept words plain, words only in the first
// wording struck through, words only in this one underlined.
func diff(edits []compare.Edit) app.UI {
	parts := make([]app.UI, 0, 2*len(edits))
	for i, e := range edits {
		if i > 0 {
			parts = append(parts, app.Text(" "))
		}
		switch e.Op {
		case "-":
			parts = append(parts, app.Del().Title("only in the first wording").Text(e.Text))
		case "+":
			parts = append(parts, app.Ins().Title("only in this wording").Text(e.Text))
		default:
			parts = append(parts, app.Text(e.Text))
		}
	}
	return app.Span().Class("px-diff").Body(parts...)
}

// kindTag labels a divergence's kind in words, not only colour.
func kindTag(kind compare.Kind, conflict bool) app.UI {
	label := compare.KindLabel(kind)
	c := "px-kind px-kind-" + string(kind)
	if conflict {
		c += " px-conflict"
		label += " (conflict)"
	}
	return app.Span().Class(c).Text(label)
}

// summary shows a divergence as the report reads it: its kind, and each
// article's words with the article's letter (compare.Report.Readings).
func summary(r *compare.Report, d compare.Divergence) []app.UI {
	out := []app.UI{kindTag(d.Kind, d.Conflict), app.Text(" ")}
	if d.Possible {
		out = append(out, app.Span().Class("px-possible").Title("A cue to check, not a finding").Text("possible"), app.Text(" "))
	}
	for k, rd := range r.Readings(d) {
		if k > 0 {
			out = append(out, app.Text(" · "))
		}
		out = append(out, app.Span().Class("px-value").Text(compare.Quoted(rd.Value)), app.Text(" "), app.Span().Class("px-letter").Title(r.Outlet(rd.Article)).Text(compare.Tag(rd.Article)))
		if rd.Says != "" {
			out = append(out, app.Span().Class("px-says").Text(" ("+rd.Says+")"))
		}
	}
	if d.Reason != "" {
		out = append(out, app.Span().Class("px-dv-why").Text(d.Reason))
	}
	return out
}
