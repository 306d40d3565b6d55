// Package ui is the Parallax widget: go-app components that render what
// the engine (app/compare) returns. They hold UI state and nothing else;
// every alignment, divergence and figure comes from the report.
package ui

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
)

// View is one of the widget's views.
type View string

const (
	SideBySide  View = "side"
	Overview    View = "overview"
	Divergences View = "divergences"
	Sources     View = "sources"
	// Exercise is classroom mode: questions on the comparison.
	Exercise View = "exercise"
	// Teacher is classroom mode's guide, worksheet and key (no tab of its
	// own: the exercise links to it).
	Teacher View = "teacher"
	// Edit is the editor of the person's own articles (the /yours page).
	Edit View = "edit"
	// OneFact is one fact's comparison alone (no tab of its own: the
	// panel's "Embed this fact" embeds it).
	OneFact View = "fact"
)

// viewTab is a view and its tab's label.
type viewTab struct {
	View  View
	Label string
}

// views lists the views in tab order, with their labels.
func views() []viewTab {
	return []viewTab{
		{SideBySide, "Side by side"},
		{Overview, "Overview"},
		{Divergences, "Divergences"},
		{Sources, "Sources"},
		{Exercise, "Exercise"},
	}
}

// Filter narrows the overview's facts.
type Filter string

const (
	AllFacts       Filter = ""
	SharedByAll    Filter = "all"
	SharedBySome   Filter = "several"
	OnlyOne        Filter = "one"
	WithDivergence Filter = "divergent"
)

// State is everything the URL says: the page can be linked and restored
// in any state. The zero State is the landing view.
type State struct {
	View       View
	Fact       int     // the selected fact, or -1
	At         string  // the sentence the reader selected it by, "article.sentence" (indexes), or ""
	Columns    []int   // article indexes shown side by side; nil for the default
	Strictness float64 // 0 for the engine's default
	Filter     Filter
	ByCount    bool // overview sorted by how many articles carry a fact
	Rows       int  // overview: how many facts to show; 0 for a first page
	Editing    bool // the editor's controls: join, split, set aside (edit=1)
	Class      bool // the page a class is given (class=1): no way to the teacher's guide and its key
	Machine    bool // the machine's alignment alone, without the edits (machine=1)

	// How the page looks, for a host page that embeds it.
	Embed  bool   // compact: no site chrome, a link to the full page, the sources named
	Theme  string // "light" or "dark" to force one, "auto" to follow the reader's setting; "": auto, and light embedded (State.scheme)
	Accent string // a colour for links and selection, "#rgb" or "#rrggbb"
	Font   string // "sans" or "serif"; "" for the default
}

// ParseState reads a state from a URL query. Anything it cannot read falls
// back to the default, so an edited or truncated link still opens.
func ParseState(q url.Values) State {
	s := State{View: SideBySide, Fact: -1}
	for _, v := range views() {
		if q.Get("view") == string(v.View) {
			s.View = v.View
		}
	}
	switch v := View(q.Get("view")); v {
	case Edit, Teacher, OneFact:
		s.View = v
	}
	if f, err := strconv.Atoi(q.Get("fact")); err == nil && f >= 0 {
		s.Fact = f
	}
	if at := q.Get("at"); s.Fact >= 0 && validAt(at) {
		s.At = at
	}
	if c := q.Get("cols"); c != "" {
		for _, part := range strings.Split(c, ",") {
			if n, err := strconv.Atoi(part); err == nil && n >= 0 && n < article.MaxSet && !contains(s.Columns, n) {
				s.Columns = append(s.Columns, n)
			}
		}
	}
	if x, err := strconv.ParseFloat(q.Get("s"), 64); err == nil && x >= 0.05 && x <= 0.95 {
		s.Strictness = x // the slider's range
	}
	switch f := Filter(q.Get("filter")); f {
	case SharedByAll, SharedBySome, OnlyOne, WithDivergence:
		s.Filter = f
	}
	s.ByCount = q.Get("sort") == "count"
	if n, err := strconv.Atoi(q.Get("rows")); err == nil && n > 0 && n <= 100000 {
		s.Rows = n
	}
	s.Embed = q.Get("embed") == "1"
	s.Editing = q.Get("edit") == "1"
	s.Class = q.Get("class") == "1"
	s.Machine = q.Get("machine") == "1"
	switch t := q.Get("theme"); t {
	case "light", "dark", "auto":
		s.Theme = t
	}
	if a := q.Get("accent"); isHexColour(a) {
		s.Accent = a
	}
	switch f := q.Get("font"); f {
	case "sans", "serif":
		s.Font = f
	}
	return s
}

// validAt accepts "3.12": an article index and a sentence index.
func validAt(at string) bool {
	a, k, ok := strings.Cut(at, ".")
	_, errA := strconv.Atoi(a)
	_, errK := strconv.Atoi(k)
	return ok && errA == nil && errK == nil && !strings.HasPrefix(a, "-") && !strings.HasPrefix(k, "-")
}

// Anchor returns the article and sentence indexes of At, if set.
func (s State) Anchor() (article, sentence int, ok bool) {
	if !validAt(s.At) {
		return 0, 0, false
	}
	a, k, _ := strings.Cut(s.At, ".")
	article, _ = strconv.Atoi(a)
	sentence, _ = strconv.Atoi(k)
	return article, sentence, true
}

// isHexColour accepts "#rgb" and "#rrggbb": nothing else reaches a style.
func isHexColour(s string) bool {
	if len(s) != 4 && len(s) != 7 || s[0] != '#' {
		return false
	}
	for _, c := range s[1:] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// Query writes the state as a URL query, leaving defaults out.
func (s State) Query() url.Values {
	q := url.Values{}
	if s.View != SideBySide && s.View != "" {
		q.Set("view", string(s.View))
	}
	if s.Fact >= 0 {
		q.Set("fact", strconv.Itoa(s.Fact))
		if s.At != "" {
			q.Set("at", s.At)
		}
	}
	if len(s.Columns) > 0 {
		parts := make([]string, len(s.Columns))
		for i, c := range s.Columns {
			parts[i] = strconv.Itoa(c)
		}
		q.Set("cols", strings.Join(parts, ","))
	}
	if s.Strictness > 0 {
		q.Set("s", strconv.FormatFloat(s.Strictness, 'f', -1, 64))
	}
	if s.Filter != AllFacts {
		q.Set("filter", string(s.Filter))
	}
	if s.ByCount {
		q.Set("sort", "count")
	}
	if s.Rows > 0 {
		q.Set("rows", strconv.Itoa(s.Rows))
	}
	if s.Embed {
		q.Set("embed", "1")
	}
	if s.Editing {
		q.Set("edit", "1")
	}
	if s.Class {
		q.Set("class", "1")
	}
	if s.Machine {
		q.Set("machine", "1")
	}
	if s.Theme != "" {
		q.Set("theme", s.Theme)
	}
	if s.Accent != "" {
		q.Set("accent", s.Accent)
	}
	if s.Font != "" {
		q.Set("font", s.Font)
	}
	return q
}

// resolved is the state with, for one fact alone (OneFact), the fact its
// sentence (At) tells in r, where its number names another: the numbers
// change with the strictness and with the alignment's versions, the
// sentence does not. A sentence in parts (claims) names the fact of the
// part it was chosen by only while the number still does; after, the
// fact most of its words tell (compare.Sentence.Fact).
func (s State) resolved(r *compare.Report) State {
	i, k, ok := s.Anchor()
	if s.View != OneFact || !ok || r == nil || i >= len(r.Articles) || k >= len(r.Articles[i].Sentences) {
		return s
	}
	ref := compare.Ref{Article: r.Articles[i].ID, Sentence: k}
	if s.Fact < 0 || s.Fact >= len(r.Clusters) || !slices.Contains(r.Clusters[s.Fact].Members, ref) {
		s.Fact = r.Articles[i].Sentences[k].Fact
	}
	return s
}

// full is the full page of an embedded state: the same, not embedded,
// and one fact alone (OneFact) shown selected side by side.
func (s State) full() State {
	return s.With(func(s *State) {
		s.Embed = false
		if s.View == OneFact {
			s.View = SideBySide
		}
	})
}

// scheme is the colour scheme the page forces: Theme's, or, embedded with
// none given, light: the host page's scheme cannot be read from a frame,
// most news pages are light, and a frame whose scheme differs from its
// host's is drawn on an opaque backdrop, a dark box in a light article.
// "" follows the reader's setting.
func (s State) scheme() string {
	switch {
	case s.Theme == "auto":
		return ""
	case s.Theme == "" && s.Embed:
		return "light"
	}
	return s.Theme
}

// URL is the page's address for the state, relative to the page. The
// default state is "?", the page itself: "." would be its folder, the
// home page, from /yours or /c/<slug>.
func (s State) URL() string {
	q := s.Query().Encode()
	if q == "" {
		return "?"
	}
	return "?" + q
}

// With returns a copy of s with f applied.
func (s State) With(f func(*State)) State {
	s.Columns = append([]int(nil), s.Columns...)
	f(&s)
	return s
}

// ShownColumns returns the article indexes to show side by side, for n
// articles: the chosen ones that exist (two to five), or else the first
// three (all, if fewer).
func (s State) ShownColumns(n int) []int {
	var out []int
	for _, c := range s.Columns {
		if c < n && len(out) < 5 {
			out = append(out, c)
		}
	}
	if len(out) >= min(2, n) {
		return out
	}
	out = out[:0]
	for i := 0; i < min(n, 3); i++ {
		out = append(out, i)
	}
	return out
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
