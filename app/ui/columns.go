package ui

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/words"
)

// ColumnsView is the landing view: the articles side by side, each
// sentence marked with how many articles tell its fact; selecting one
// selects its fact in every column and opens the comparison panel.
type ColumnsView struct {
	app.Compo

	Report *compare.Report
	State  State
	// Limit, if not 0, draws only each column's first Limit sentences,
	// and not the hint under the columns, which the columns' growth would
	// move (drawInSteps, app/ui/work.go). The comparison panel is drawn
	// at every step: the generated page shows it, and the columns above
	// it are then held to 38% of the window's height (parallax.css).
	Limit int
	// OnEdit, if set, takes the editor's corrections from the panel: an
	// edit, and the sentence the selection follows.
	OnEdit func(ctx app.Context, e article.Edit, follow *compare.Ref)
	// Embeddable: the panel offers the code that embeds its fact alone,
	// from Page (the page's absolute address; "" before it is mounted).
	Embeddable bool
	Page       string

	shown int    // the fact selected at the last drawing plus one (0: none), to give focus back when it closes
	at    string // the sentence it was selected by, State.At, given focus back first
	// folded is the fact whose sheet the reader folded to read the
	// columns (Panel.Folded), plus one (0: none): another fact, or the
	// same one reached again by Back, opens unfolded
	folded int
	// reveal is the near miss sentence, "article.sentence" by index, that
	// the reader asked to see (Panel.Reveal) while fact revealFact was
	// selected: brought into view once drawn, forgotten once another fact
	// is.
	reveal     string
	revealFact int
}

// Render draws the column picker, the columns and the panel.
func (v *ColumnsView) Render() app.UI {
	r := v.Report
	shown := v.State.ShownColumns(len(r.Articles))
	var selected *compare.Cluster
	if f := v.State.Fact; f >= 0 && f < len(r.Clusters) {
		selected = &r.Clusters[f]
	}
	return app.Section().Class("px-side").Aria("label", "Articles side by side").Body(
		v.picker(shown),
		app.Div().Class("px-stage").On("keydown", v.escape).Body(
			app.Div().Class("px-cols").DataSet("cols", len(shown)).Body(
				app.Range(shown).Slice(func(k int) app.UI {
					return v.column(shown[k], selected)
				}),
			),
			v.panel(shown, selected),
		),
	)
}

// withColumn returns the shown columns with article i among them, in
// order: added, or, where five are shown already, in place of the last one
// whose article does not tell the selected fact (keep: the articles that
// do).
func withColumn(shown []int, i int, keep []int) []int {
	out := slices.Clone(shown)
	if slices.Contains(out, i) {
		return out
	}
	if len(out) >= 5 {
		k := len(out) - 1
		for k > 0 && slices.Contains(keep, out[k]) {
			k--
		}
		out = slices.Delete(out, k, k+1)
	}
	out = append(out, i)
	slices.Sort(out)
	return out
}

// picker chooses which articles to show: a checkbox each, 2 to 5 at once
// (all of them when there are fewer).
func (v *ColumnsView) picker(shown []int) app.UI {
	r := v.Report
	if len(r.Articles) > wideSet {
		return v.widePicker(shown)
	}
	return app.FieldSet().Class("px-picker").Body(
		app.Legend().Text("Columns"),
		app.Range(r.Articles).Slice(func(i int) app.UI {
			on := slices.Contains(shown, i)
			id := "px-col-" + strconv.Itoa(i)
			disabled := (on && len(shown) <= min(2, len(r.Articles))) || (!on && len(shown) >= 5)
			return app.Span().Class("px-pick").Body(
				app.Input().Type("checkbox").ID(id).Checked(on).Disabled(disabled).
					OnChange(func(ctx app.Context, e app.Event) { v.toggle(ctx, shown, i) }, app.EventScope(shown, i)),
				app.Label().For(id).Body(
					app.Span().Class("px-letter").Text(compare.Tag(i)),
					app.Text(" "+r.Outlet(i)),
				),
			)
		}),
	)
}

// widePicker chooses the columns of a wide set, past wideSet articles,
// where a checkbox each would be a wall: the columns shown, each with a
// button that removes it, and a list to add one from.
func (v *ColumnsView) widePicker(shown []int) app.UI {
	r := v.Report
	full := len(shown) >= 5
	return app.FieldSet().Class("px-picker px-picker-wide").Body(
		app.Legend().Text(fmt.Sprintf("Columns: %d of %d articles", len(shown), len(r.Articles))),
		app.Range(shown).Slice(func(k int) app.UI {
			i := shown[k]
			return app.Span().Class("px-pick px-pick-on").Body(
				app.Span().Class("px-letter").Text(compare.Tag(i)),
				app.Text(" "+r.Outlet(i)+" "),
				app.Button().Type("button").ID("px-col-rm-"+strconv.Itoa(i)).Class("px-link").Disabled(len(shown) <= 2).
					Aria("label", "Remove the column of "+r.Outlet(i)).Text("Remove").
					OnClick(func(ctx app.Context, e app.Event) {
						v.toggle(ctx, shown, i)
						focusAfter(ctx, "#px-col-add") // the button is gone
					}, app.EventScope(shown, i)),
			)
		}),
		app.Span().Class("px-pick px-pick-add").Body(
			app.Label().For("px-col-add").Text("Add a column"),
			app.Select().ID("px-col-add").Disabled(full).Aria("describedby", "px-col-add-help").
				OnChange(func(ctx app.Context, e app.Event) {
					if i, err := strconv.Atoi(ctx.JSSrc().Get("value").String()); err == nil {
						v.toggle(ctx, shown, i)
						if len(shown)+1 >= 5 { // the list is disabled now: to the new column's Remove
							focusAfter(ctx, "#px-col-rm-"+strconv.Itoa(i))
						}
					}
					ctx.JSSrc().Set("selectedIndex", 0) // the prompt again, for the next one
				}, app.EventScope(shown)).
				Body(
					app.Option().Value("").Selected(true).Text("Choose an article…"),
					app.Range(r.Articles).Slice(func(i int) app.UI {
						if slices.Contains(shown, i) {
							return app.Text("")
						}
						return app.Option().Value(strconv.Itoa(i)).Text(r.Name(i))
					}),
				),
			app.Span().ID("px-col-add-help").Class("px-help").Text(map[bool]string{true: "Five columns at most: remove one first.", false: "Up to five at once."}[full]),
		),
	)
}

func (v *ColumnsView) toggle(ctx app.Context, shown []int, i int) {
	cols := slices.Clone(shown)
	if k := slices.Index(cols, i); k >= 0 {
		if len(cols) <= 2 {
			return
		}
		cols = slices.Delete(cols, k, k+1)
	} else {
		cols = append(cols, i)
		slices.Sort(cols)
	}
	navigate(ctx, v.State.With(func(s *State) { s.Columns = cols }))
}

// column draws one article: its masthead and its sentences.
func (v *ColumnsView) column(i int, selected *compare.Cluster) app.UI {
	r := v.Report
	a := r.Articles[i]
	var marks []compare.Mark
	near := -1 // the sentence of this article that comes close to the selected fact
	if selected != nil {
		for _, d := range selected.Divergences {
			marks = append(marks, d.Members...)
		}
		for _, n := range selected.Near {
			if n.Article == a.ID {
				near = n.Sentence
			}
		}
	}
	headID := "px-col-head-" + strconv.Itoa(i)
	return app.Article().Class("px-col").Aria("labelledby", headID).Body(
		app.Header().Class("px-col-head").Body(
			app.H2().ID(headID).Body(
				app.Span().Class("px-letter").Text(compare.Tag(i)),
				app.Text(" "+r.Outlet(i)),
			),
			app.P().Class("px-col-meta").Text(meta(a)),
		),
		app.Ol().Class("px-sents").Body(
			app.Range(limit(a.Sentences, v.Limit)).Slice(func(k int) app.UI {
				s := a.Sentences[k]
				li := app.Li()
				if len(s.Claims) > 0 {
					li = li.Class("px-claims")
				}
				if s.Aside || s.Fact < 0 && len(s.Claims) == 0 {
					// set aside by the editor: in its place, dimmed, in no fact
					return li.Class("px-aside").Title("Set aside: not about the event").Body(
						app.Span().Class("px-aside-tag").Text("set aside"), app.Text(" "), app.Span().Class("px-text").Text(s.Text))
				}
				var body []app.UI
				if k == near {
					li = li.Class("px-nearmiss").Title("Comes close to the selected fact: it may tell it in other words")
					body = append(body, app.Span().Class("px-near-tag").Text("close"), app.Span().Class("px-vh").Text(" to the selected fact, which this article may tell in other words: "))
				}
				if len(s.Claims) == 0 {
					return li.Body(append(body, v.sentence(i, k, s, -1, s.Fact, marks))...)
				}
				// A sentence of several claims: a button a claim, each in
				// its own fact, drawn as the parts of one sentence.
				for ci, c := range s.Claims {
					part := compare.Sentence{Start: c.Start, End: c.End, Text: s.Text[c.Start-s.Start : c.End-s.Start], Heading: s.Heading}
					if c.Aside {
						// a part the editor set aside: dimmed, in no fact
						body = append(body, app.Span().Class("px-aside px-claim-aside").Title("Set aside: not about the event").Body(
							app.Span().Class("px-aside-tag").Text("set aside"), app.Text(" "), app.Span().Class("px-text").Text(part.Text)))
						continue
					}
					body = append(body, v.sentence(i, k, part, ci, c.Fact, marks))
				}
				return li.Body(body...)
			}),
		),
	)
}

// sentence draws sentence k of article i, or its claim ci (ci ≥ 0, s then
// holding the claim's words), as a button that selects fact.
func (v *ColumnsView) sentence(i, k int, s compare.Sentence, ci, fact int, marks []compare.Mark) app.UI {
	r := v.Report
	count := r.Clusters[fact].Articles
	short, long := r.Badge(fact)
	sel := v.State.Fact == fact
	class := sentenceClass(count, s.Heading)
	if ci >= 0 {
		class += " px-claim"
	}
	b := app.Button().Type("button").Class(class).
		DataSet("article", r.Articles[i].ID).DataSet("sentence", k).DataSet("fact", fact).
		Aria("pressed", sel).
		OnClick(func(ctx app.Context, e app.Event) { v.choose(ctx, fact, i, k) }, app.EventScope(fact, i, k)).
		Body(
			app.Span().Class("px-badge").Aria("hidden", true).Text(short),
			app.Span().Class("px-vh").Text(long+": "),
			app.Span().Class("px-text").Body(marked(r.Articles[i].ID, k, s, marks)...),
		)
	if ci >= 0 {
		b = b.DataSet("claim", ci)
	}
	if words.Direction(s.Text) == "rtl" { // an Arabic or Hebrew sentence reads, and lines up, right to left
		b = b.Dir("rtl")
	}
	if sel {
		b = b.DataSet("selected", "true")
	}
	return b
}

// choose selects a fact by sentence k of article i, or clears the
// selection when the fact is selected.
func (v *ColumnsView) choose(ctx app.Context, fact, i, k int) {
	v.fold(false)
	navigate(ctx, v.State.With(func(s *State) {
		if s.Fact == fact {
			s.Fact, s.At = -1, ""
		} else {
			s.Fact, s.At = fact, fmt.Sprintf("%d.%d", i, k)
		}
	}))
}

func sentenceClass(count int, heading bool) string {
	c := "px-s"
	switch {
	case count <= 1:
		c += " px-only"
	case count == 2:
		c += " px-two"
	default:
		c += " px-many"
	}
	if heading {
		c += " px-heading"
	}
	return c
}

// meta is an article's title, date and dateline, as known.
func meta(a compare.Article) string {
	if a.Title != "" {
		return a.Title + " · " + a.When()
	}
	return a.When()
}

// marked renders a sentence's text with the marks that fall in it
// highlighted. Marks carry byte offsets into the article; the sentence's
// own offsets place them.
func marked(article string, k int, s compare.Sentence, marks []compare.Mark) []app.UI {
	var spans [][2]int
	for _, m := range marks {
		if m.Article == article && m.Sentence == k && m.Start >= s.Start && m.End <= s.End && m.Start < m.End {
			spans = append(spans, [2]int{m.Start - s.Start, m.End - s.Start})
		}
	}
	if len(spans) == 0 {
		return []app.UI{app.Text(s.Text)}
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return a[0] - b[0] })
	var out []app.UI
	at := 0
	for _, sp := range spans {
		if sp[0] < at {
			continue // overlapping marks: the first wins
		}
		if sp[0] > at {
			out = append(out, app.Text(s.Text[at:sp[0]]))
		}
		out = append(out, app.Mark().Text(s.Text[sp[0]:sp[1]]))
		at = sp[1]
	}
	if at < len(s.Text) {
		out = append(out, app.Text(s.Text[at:]))
	}
	return out
}

// OnMount and OnUpdate bring the selection into view once drawn: each
// column scrolls to its sentence of the selected fact. Focus follows the
// comparison where it is a sheet over the columns (sheetFocus); elsewhere,
// where focus was lost (a link from another view selected the fact, or
// Close removed the focused link), it goes to the sentence the fact was
// selected by, or its first. The sheet counts as opened when the reader
// selected a sentence (State.At changed), not when the strictness
// renumbered the same selection, and not on the page's first drawing in a
// frame, where focus would leave the host page.
func (v *ColumnsView) OnMount(ctx app.Context)  { v.afterDraw(ctx, true) }
func (v *ColumnsView) OnUpdate(ctx app.Context) { v.afterDraw(ctx, false) }

func (v *ColumnsView) afterDraw(ctx app.Context, mount bool) {
	fact, last, at := v.State.Fact, v.shown-1, v.at
	opened := fact >= 0 && (last < 0 || v.State.At != at || v.State.At == "" && fact != last) && !(mount && inFrame())
	v.shown, v.at = fact+1, v.State.At
	if v.folded != fact+1 {
		v.folded = 0 // folded for another fact, or closed since
	}
	r := v.Report
	ctx.Defer(func(ctx app.Context) {
		switch {
		case fact >= 0:
			scrollToFact(fact)
			if !sheetFocus(opened, !mount) {
				focusIfLost(r, fact, v.State.At)
			}
		case last >= 0:
			focusIfLost(r, last, at)
		}
		if v.reveal != "" && (v.revealFact != fact || revealNear(r, v.reveal)) {
			v.reveal = ""
		}
	})
}

// limit returns the first n of s, all of it when n is 0.
func limit[T any](s []T, n int) []T {
	if n > 0 && len(s) > n {
		return s[:n]
	}
	return s
}
