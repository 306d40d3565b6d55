//go:build !js

package ui

import (
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/exercise"
	"github.com/parallax-news/parallax/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden HTML in testdata/")

func TestState(t *testing.T) {
	tests := []struct {
		query string
		want  State
	}{
		{"", State{View: SideBySide, Fact: -1}},
		{"view=overview&filter=one&sort=count", State{View: Overview, Fact: -1, Filter: OnlyOne, ByCount: true}},
		{"fact=12&cols=0,3,3,x&s=0.45", State{View: SideBySide, Fact: 12, Columns: []int{0, 3}, Strictness: 0.45}},
		{"cols=150,199,200", State{View: SideBySide, Fact: -1, Columns: []int{150, 199}}}, // a set holds 200
		{"view=bogus&fact=-2&s=7&filter=zzz", State{View: SideBySide, Fact: -1}},
		{"s=0.01", State{View: SideBySide, Fact: -1}},
		{"fact=4&at=1.12", State{View: SideBySide, Fact: 4, At: "1.12"}},
		{"at=1.12&fact=x", State{View: SideBySide, Fact: -1}},
		{"fact=4&at=-1.2", State{View: SideBySide, Fact: 4}},
		{"view=overview&rows=60", State{View: Overview, Fact: -1, Rows: 60}},
		{"view=exercise", State{View: Exercise, Fact: -1}},
		{"view=teacher", State{View: Teacher, Fact: -1}},
		{"rows=-3&rows=x", State{View: SideBySide, Fact: -1}},
		{"embed=1&theme=dark&accent=%23D55E00&font=sans", State{View: SideBySide, Fact: -1, Embed: true, Theme: "dark", Accent: "#D55E00", Font: "sans"}},
		{"accent=red;x:url(y)&theme=blue&font=comic", State{View: SideBySide, Fact: -1}},
		{"edit=1&machine=1", State{View: SideBySide, Fact: -1, Editing: true, Machine: true}},
		{"edit=yes", State{View: SideBySide, Fact: -1}},
	}
	for _, tt := range tests {
		q, _ := url.ParseQuery(tt.query)
		got := ParseState(q)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseState(%q) = %+v, want %+v", tt.query, got, tt.want)
		}
		// What the URL says survives a round trip.
		if back := ParseState(got.Query()); !reflect.DeepEqual(back, got) {
			t.Errorf("round trip of %+v gave %+v", got, back)
		}
	}
	if got := (State{View: SideBySide, Fact: -1}).URL(); got != "?" {
		t.Errorf("the default state's URL is %q, want ? (the page itself)", got)
	}
	if got := (State{Fact: -1}).ShownColumns(5); !reflect.DeepEqual(got, []int{0, 1, 2}) {
		t.Errorf("default columns %v", got)
	}
	if got := (State{Fact: -1, Columns: []int{4, 9}}).ShownColumns(5); !reflect.DeepEqual(got, []int{0, 1, 2}) {
		t.Errorf("one real column of two asked for: %v, want the default", got)
	}
	if got := (State{Fact: -1, Columns: []int{4, 1, 9}}).ShownColumns(5); !reflect.DeepEqual(got, []int{4, 1}) {
		t.Errorf("columns past the articles kept: %v", got)
	}
	if got := (State{Fact: -1, Columns: []int{0, 1, 2, 3, 4, 5}}).ShownColumns(9); len(got) != 5 {
		t.Errorf("%d columns shown, at most 5", len(got))
	}
}

func seedReport(t *testing.T) *compare.Report { return wideReport(t, 1) }

// wideReport compares the seed corpus's articles repeated times over,
// each copy under its own id and outlet.
func wideReport(t *testing.T, times int) *compare.Report {
	t.Helper()
	title, seeds, _, err := article.LoadDir(corpus.FS, corpus.Default)
	if err != nil {
		t.Fatal(err)
	}
	var arts []article.Article
	for k := range times {
		for _, a := range seeds {
			if k > 0 {
				a.ID, a.Source = fmt.Sprintf("%s-%d", a.ID, k), fmt.Sprintf("%s, copy %d", a.ID, k)
			}
			arts = append(arts, a)
		}
	}
	r, err := compare.Compare(title, arts, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestWidgetPrerenders: the page as generated, before any WebAssembly,
// holds every sentence of the corpus with its data attributes.
func TestWidgetPrerenders(t *testing.T) {
	e := app.NewTestEngine()
	w := &CorpusPage{}
	if err := e.Load(w); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	html := app.HTMLString(w)
	r := seedReport(t)
	for _, k := range []int{0, 1, 2} { // the three default columns
		a := r.Articles[k]
		for i, s := range a.Sentences {
			if !hasSentence(html, a.ID, i) {
				t.Fatalf("the page lacks a sentence with data-article=%q data-sentence=%d", a.ID, i)
			}
			parts := []string{s.Text}
			if len(s.Claims) > 0 {
				parts = nil
				for _, c := range s.Claims {
					parts = append(parts, s.Text[c.Start-s.Start:c.End-s.Start])
				}
			}
			for _, p := range parts {
				if !strings.Contains(html, app.HTMLString(app.Text(p))) {
					t.Fatalf("the page lacks the text %q of %s[%d]", p, a.ID, i)
				}
			}
		}
	}
	if strings.Contains(html, `data-selected`) {
		t.Error("a sentence is selected on the landing page")
	}
	if err := app.Match(app.Div().Class("px").DataSet("view", "side"), w.Render()); err != nil {
		t.Error(err)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestSelection: with a fact selected, exactly its sentences carry
// data-selected="true", in every shown column, and the panel compares them.
func TestSelection(t *testing.T) {
	r := seedReport(t)
	fact := r.Articles[0].Sentences[0].Fact
	v := &ColumnsView{Report: r, State: State{View: SideBySide, Fact: fact, Columns: []int{0, 1, 2, 3, 4}}}
	e := app.NewTestEngine()
	if err := e.Load(v); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	html := app.HTMLString(v)
	n := len(regexp.MustCompile(`\sdata-selected(="true")?[\s>]`).FindAllString(normalize(html), -1))
	want := len(r.Clusters[fact].Members)
	if n != want {
		t.Errorf("%d sentences selected, want the fact's %d", n, want)
	}
	if !strings.Contains(html, `id="px-panel"`) || !strings.Contains(html, "Fact "+itoa(fact)+": told by") {
		t.Error("no comparison panel for the selected fact")
	}
	if !strings.Contains(html, "<mark>Sergey</mark>") || !strings.Contains(html, "<mark>Sergei</mark>") {
		t.Error("the name divergence of the selected fact is not marked")
	}
}

// TestPanelFold: the comparison offers to fold (a sheet over the columns
// on a phone, parallax.css) where the page can fold it, saying which way
// it goes, and marks the panel folded for the style sheet.
func TestPanelFold(t *testing.T) {
	r := seedReport(t)
	fact := r.Articles[0].Sentences[0].Fact
	if html := app.HTMLString(&Panel{Report: r, Fact: fact}); strings.Contains(html, "px-fold") {
		t.Error("a fold button where nothing folds the panel")
	}
	fold := func(app.Context, bool) {}
	// go-app writes an attribute whose value is "true" bare
	for _, tt := range []struct {
		folded         bool
		expanded, text string
	}{{false, `aria-expanded(="true")?[\s>]`, "Show the columns"}, {true, `aria-expanded="false"`, "Show the comparison"}} {
		html := normalize(app.HTMLString(&Panel{Report: r, Fact: fact, Folded: tt.folded, OnFold: fold}))
		button := regexp.MustCompile(`<button[^>]*id="px-fold"[^>]*>[^<]*`).FindString(html)
		if !regexp.MustCompile(tt.expanded).MatchString(button) || !strings.Contains(button, `aria-controls="px-panel-body"`) || !strings.HasSuffix(strings.TrimSpace(button), tt.text) {
			t.Errorf("folded %v: the fold button is %q", tt.folded, button)
		}
		if got := regexp.MustCompile(`<aside[^>]*\sdata-folded[\s>=]`).MatchString(html); got != tt.folded {
			t.Errorf("folded %v: the panel is marked folded: %v", tt.folded, got)
		}
		if !strings.Contains(html, `id="px-panel-body"`) {
			t.Error("the button controls no panel body")
		}
	}
}

// TestScheme: embedded with no theme given, the page is light (a frame
// cannot read its host page's scheme); theme=auto follows the reader, as
// the full page does with none.
func TestScheme(t *testing.T) {
	for _, tt := range []struct{ query, want string }{
		{"", ""}, {"theme=dark", "dark"}, {"theme=auto", ""},
		{"embed=1", "light"}, {"embed=1&theme=auto", ""}, {"embed=1&theme=dark", "dark"}, {"embed=1&theme=light", "light"},
	} {
		q, _ := url.ParseQuery(tt.query)
		s := ParseState(q)
		if got := s.scheme(); got != tt.want {
			t.Errorf("%q: scheme %q, want %q", tt.query, got, tt.want)
		}
		if back := s.Query().Get("theme"); back != q.Get("theme") {
			t.Errorf("%q: the address keeps theme=%q", tt.query, back)
		}
	}
}

// TestFactView: one fact alone (view=fact) is the fact its sentence (at=)
// tells, whatever number the address gives it, and the panel of a full
// page offers the code that embeds it, which an embedded page does not.
func TestFactView(t *testing.T) {
	r := seedReport(t)
	fact := r.Articles[2].Sentences[1].Fact
	other := (fact + 1) % len(r.Clusters)
	head := func(f int) string { return ">Fact " + itoa(r.Clusters[f].ID) + ": told by" }
	for _, tt := range []struct {
		state State
		want  string
	}{
		{State{View: OneFact, Fact: fact}, head(fact)},
		{State{View: OneFact, Fact: fact, At: "2.1"}, head(fact)},
		{State{View: OneFact, Fact: other, At: "2.1"}, head(fact)}, // renumbered since
		{State{View: OneFact, Fact: other}, head(other)},
		{State{View: OneFact, Fact: -1}, "names no fact"},
		{State{View: OneFact, Fact: len(r.Clusters)}, "names no fact"},
	} {
		html := app.HTMLString(&FactView{Report: r, State: tt.state})
		if !strings.Contains(html, tt.want) || strings.Contains(html, "Close the comparison") {
			t.Errorf("%+v: want %q, no Close link, in\n%.300s", tt.state, tt.want, html)
		}
	}
	side := State{View: SideBySide, Fact: fact, Strictness: 0.6, Columns: []int{0, 2}}
	for _, embeddable := range []bool{true, false} {
		v := &ColumnsView{Report: r, State: side, Embeddable: embeddable, Page: "https://news.example/parallax/"}
		e := app.NewTestEngine()
		if err := e.Load(v); err != nil {
			t.Fatal(err)
		}
		e.ConsumeAll()
		html := app.HTMLString(v)
		code := regexp.MustCompile(`id="px-fact-embed-code"[^>]*>\s*<code>([^<]*)`).FindStringSubmatch(html)
		if !embeddable {
			if code != nil || strings.Contains(html, "Embed this fact") {
				t.Error("an embedded page offers to embed a fact")
			}
			continue
		}
		if code == nil || !strings.Contains(html, "Embed this fact") {
			t.Fatal("the panel does not offer to embed its fact")
		}
		m := r.Clusters[fact].Members[0]
		want := "https://news.example/parallax/?at=" + itoa(r.Index(m.Article)) + "." + itoa(m.Sentence) + "&amp;amp;embed=1&amp;amp;fact=" + itoa(fact) + "&amp;amp;s=0.6&amp;amp;view=fact"
		if !strings.Contains(code[1], want) || strings.Contains(code[1], "cols=") {
			t.Errorf("the fact's embed code is\n%s\nwant its address to be\n%s", code[1], want)
		}
	}
}

// TestViewsGolden renders each view of the seed corpus and compares it
// with testdata/<view>.html. Refresh with -update after a deliberate
// change, and look at the diff and at the page.
func TestViewsGolden(t *testing.T) {
	r := seedReport(t)
	views := map[string]app.Composer{
		"side":        &ColumnsView{Report: r, State: State{View: SideBySide, Fact: 2}},
		"overview":    &OverviewView{Report: r, State: State{View: Overview, Fact: -1, Filter: SharedBySome, ByCount: true}},
		"divergences": &DivergenceView{Report: r, State: State{View: Divergences, Fact: -1}},
		"sources":     &SourcesView{Report: r},
		"header":      &Header{Report: r, State: State{View: Overview, Fact: -1}},
	}
	for name, v := range views {
		t.Run(name, func(t *testing.T) {
			e := app.NewTestEngine()
			if err := e.Load(v); err != nil {
				t.Fatal(err)
			}
			e.ConsumeAll()
			got := normalize(app.HTMLString(v))
			file := filepath.Join("testdata", name+".html")
			if *update {
				if err := os.WriteFile(file, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if d := cmp.Diff(string(want), got); d != "" {
				t.Errorf("%s differs from %s (-want +got; run with -update after a deliberate change):\n%s", name, file, d)
			}
		})
	}
}

// TestOverviewFilters: each filter keeps only its facts, and a filter
// that keeps none says so.
func TestOverviewFilters(t *testing.T) {
	r := seedReport(t)
	title, seeds, _, err := article.LoadDir(corpus.FS, corpus.Default)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []Filter{AllFacts, SharedByAll, SharedBySome, OnlyOne, WithDivergence} {
		rows := (&OverviewView{Report: r, State: State{Filter: f, Fact: -1}}).rows()
		if len(rows) == 0 {
			t.Errorf("filter %q keeps no fact", f)
		}
		n := len(r.Articles)
		for _, i := range rows {
			c := r.Clusters[i]
			k := c.Articles
			ok := map[Filter]bool{AllFacts: true, SharedByAll: k == n, SharedBySome: k > 1 && k < n, OnlyOne: k == 1, WithDivergence: len(c.Divergences) > 0}[f]
			if !ok {
				t.Errorf("filter %q keeps fact %d (told by %d)", f, i, k)
			}
		}
	}
	// With a sixth article on something else, no fact is told by all.
	other := article.Article{ID: "weather", Path: "weather.txt", Language: "en", Text: "Rain is expected across the north on Sunday. Temperatures will fall to five degrees overnight."}
	other.Body.End = len(other.Text)
	six, err := compare.Compare(title, append(slices.Clone(seeds), other), compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	view := &OverviewView{Report: six, State: State{Filter: SharedByAll, Fact: -1}}
	if rows := view.rows(); len(rows) != 0 {
		t.Fatalf("filter all keeps %d facts of six articles, one on the weather", len(rows))
	}
	if html := app.HTMLString(view); !strings.Contains(html, "No fact is told by all 6 articles") || strings.Contains(html, "<table") {
		t.Errorf("filter all with no fact: the overview does not say so, or draws an empty table:\n%s", html)
	}
	sorted := (&OverviewView{Report: r, State: State{ByCount: true, Fact: -1}}).rows()
	for i := 1; i < len(sorted); i++ {
		if r.Clusters[sorted[i]].Articles > r.Clusters[sorted[i-1]].Articles {
			t.Fatalf("sorted by count, fact %d comes after one told by fewer", sorted[i])
		}
	}
}

func TestMarked(t *testing.T) {
	s := compare.Sentence{Start: 10, End: 30, Text: "Sergey Lavrov met him"}
	marks := []compare.Mark{{Article: "a", Sentence: 3, Start: 10, End: 16}, {Article: "b", Sentence: 3, Start: 17, End: 23}, {Article: "a", Sentence: 3, Start: 24, End: 27}}
	var b strings.Builder
	for _, u := range marked("a", 3, s, marks) {
		b.WriteString(app.HTMLString(u))
	}
	if got := b.String(); got != "<mark>Sergey</mark> Lavrov <mark>met</mark> him" {
		t.Errorf("marked = %q", got)
	}
}

// tagRE finds start tags and their attributes; attrRE one attribute
// (go-app quotes values as Go strings).
var (
	tagRE  = regexp.MustCompile(`<([a-z][a-z0-9]*)((?:\s+[^\s=>/]+(?:="(?:[^"\\]|\\.)*")?)*)\s*>`)
	attrRE = regexp.MustCompile(`[^\s=>/]+(?:="(?:[^"\\]|\\.)*")?`)
)

// normalize sorts every tag's attributes: go-app writes them in map order,
// so the same page comes out in different orders.
func normalize(html string) string {
	return tagRE.ReplaceAllStringFunc(html, func(tag string) string {
		m := tagRE.FindStringSubmatch(tag)
		attrs := attrRE.FindAllString(m[2], -1)
		sort.Strings(attrs)
		if len(attrs) == 0 {
			return "<" + m[1] + ">"
		}
		return "<" + m[1] + " " + strings.Join(attrs, " ") + ">"
	})
}

// hasSentence reports whether html holds a sentence element with the
// given data-article and data-sentence, whatever the attribute order.
func hasSentence(html, article string, k int) bool {
	return regexp.MustCompile(`data-article="` + regexp.QuoteMeta(article) + `"( data-claim="\d+")? data-fact="\d+"( data-selected(="true")?)? data-sentence="` + strconv.Itoa(k) + `"`).MatchString(normalize(html))
}

func TestEmbedSnippet(t *testing.T) {
	got := EmbedSnippet("https://news.example/parallax/", State{View: Overview, Fact: 3}, `Tom & "Jerry"`)
	want := `<iframe src="https://news.example/parallax/?embed=1&amp;fact=3&amp;view=overview" title="Parallax: Tom &amp; &#34;Jerry&#34;" loading="lazy"`
	if !strings.HasPrefix(got, want) {
		t.Errorf("EmbedSnippet =\n%s\nwant it to start with\n%s", got, want)
	}
	if !strings.Contains(got, `d.sentinel==="amp"&&d.type==="embed-size"`) {
		t.Error("the resize script does not read the AMP message")
	}
}

// TestEmbedPage: in embed mode the page names every source and links to
// the full comparison; otherwise it offers the embed code.
func TestEmbedPage(t *testing.T) {
	r := seedReport(t)
	a := &Attribution{Report: r, Full: "?view=overview"}
	e := app.NewTestEngine()
	if err := e.Load(a); err != nil {
		t.Fatal(err)
	}
	html := app.HTMLString(a)
	for i := range r.Articles {
		if !strings.Contains(html, r.Outlet(i)) {
			t.Errorf("the attribution lacks %s", r.Outlet(i))
		}
	}
	if !strings.Contains(normalize(html), `class="px-full" href="?view=overview"`) {
		t.Errorf("no link to the full comparison in %s", html)
	}
}

// TestYourIssues: before Compare is pressed, an empty article and the
// set's own problems wait; a field with something wrong in it, and every
// warning, show at once. After Compare, everything shows.
func TestYourIssues(t *testing.T) {
	set := article.Set{Articles: []article.Entry{
		{Text: "Plain text, but dated badly.", Date: "10 July", Language: "en"},
		{Language: "en"},
	}}
	v := &YourArticles{Set: set, Issues: set.Check(), Loaded: true}
	msgs := func(i int, field string) (out []string) {
		for _, is := range v.shown(i) {
			if is.Field == field {
				out = append(out, is.Msg)
			}
		}
		return out
	}
	if got := msgs(0, "date"); len(got) != 1 || !strings.Contains(got[0], `"10 July" is not YYYY-MM-DD`) {
		t.Errorf("the bad date shows %q", got)
	}
	if got := msgs(1, "text"); got != nil {
		t.Errorf("an empty article is flagged before Compare: %q", got)
	}
	v.Tried = true
	if got := msgs(1, "text"); len(got) != 1 || !strings.Contains(got[0], "The text is empty") {
		t.Errorf("after Compare the empty article shows %q", got)
	}
	html := app.HTMLString(v)
	for _, want := range []string{`id="px-a1-text-issues"`, `aria-describedby="px-a1-text-issues"`, `id="px-a0-date-issues"`} {
		if !strings.Contains(html, want) {
			t.Errorf("the editor lacks %s", want)
		}
	}
	// go-app writes a "true" attribute bare in HTML (the browser gets "true")
	tag := regexp.MustCompile(`<textarea[^>]*id="px-a1-text"[^>]*>`).FindString(html)
	if !regexp.MustCompile(`aria-invalid(="true")?[ >]`).MatchString(tag) {
		t.Errorf("the empty article's text is not marked invalid")
	}
}

// TestOverviewPages: the grid shows a page of facts, sized so that a
// corpus of many outlets stays a few thousand cells, and a link shows
// more.
func TestOverviewPages(t *testing.T) {
	if got := []int{pageRows(5), pageRows(200), pageRows(1000)}; !reflect.DeepEqual(got, []int{800, 50, 50}) {
		t.Errorf("pageRows = %v", got)
	}
	r := seedReport(t)
	html := app.HTMLString(&OverviewView{Report: r, State: State{View: Overview, Fact: -1, Rows: 10}})
	if n := strings.Count(html, "<tr"); n != 11 { // the head and ten facts
		t.Errorf("%d table rows, want 11", n)
	}
	if want := fmt.Sprintf("10 of %d facts shown", len(r.Clusters)); !strings.Contains(html, want) {
		t.Errorf("the count does not say %q", want)
	}
	if !strings.Contains(html, `rows=810`) || !strings.Contains(html, fmt.Sprintf("Show %d more facts", len(r.Clusters)-10)) {
		t.Error("no link to the next facts")
	}
	if all := app.HTMLString(&OverviewView{Report: r, State: State{View: Overview, Fact: -1}}); strings.Contains(all, "more facts") {
		t.Error("a link to more facts when all are shown")
	}
}

// TestOverviewWide: past wideSet articles the overview lists each fact
// with the letters of the articles that tell it, in three columns, not a
// column an article.
func TestOverviewWide(t *testing.T) {
	r := wideReport(t, 5) // 25 articles
	html := app.HTMLString(&OverviewView{Report: r, State: State{View: Overview, Fact: -1}})
	if !strings.Contains(html, "px-grid-list") || strings.Contains(html, "px-cell") {
		t.Fatal("25 articles are drawn as a grid, not a list")
	}
	head := regexp.MustCompile(`(?s)<thead>.*?</thead>`).FindString(html)
	if n := len(regexp.MustCompile(`<th[ >]`).FindAllString(head, -1)); n != 3 {
		t.Errorf("the list's head has %d columns, want 3", n)
	}
	// the first fact's row names as many articles as tell it, and then
	// those that come close to it (its near misses), each with a ring
	c := r.Clusters[0]
	row := regexp.MustCompile(`(?s)<tr data-fact="0">.*?</tr>`).FindString(html)
	if n := strings.Count(row, `class="px-letter`); n != c.Articles+len(c.Near) {
		t.Errorf("fact 0 names %d articles, and %d tell it, %d come close", n, c.Articles, len(c.Near))
	}
	if n := strings.Count(row, `px-letter-near`); n != len(c.Near) {
		t.Errorf("fact 0 marks %d articles as close, and it has %d near misses", n, len(c.Near))
	}
}

// TestDivergencesPage: a section shows dvPage items and a button for the
// rest; shown further, it holds them all and the button goes. The
// section is the contradictions inside facts: five copies of the seed
// corpus tell "a new and different approach" and "not a new approach" in
// one fact many times over.
func TestDivergencesPage(t *testing.T) {
	r := wideReport(t, 5)
	total := 0
	for _, c := range r.Clusters {
		for _, d := range c.Divergences {
			if d.Kind == "contradiction" {
				total++
			}
		}
	}
	if total <= dvPage {
		t.Fatalf("the test needs more than %d contradictions inside facts; it has %d", dvPage, total)
	}
	section := regexp.MustCompile(`(?s)<section[^>]*data-section="contradiction"[^>]*>.*?</section>`)
	articles := regexp.MustCompile(`<article[^>]*class="px-dv"`) // go-app writes attributes in any order
	v := &DivergenceView{Report: r, State: State{View: Divergences, Fact: -1}}
	html := section.FindString(app.HTMLString(v))
	if n := len(articles.FindAllString(html, -1)); n != dvPage {
		t.Errorf("the first page shows %d contradictions, want %d", n, dvPage)
	}
	if want := fmt.Sprintf("Show %d more opposite claims (%d not shown)", min(dvPage, total-dvPage), total-dvPage); !strings.Contains(html, want) {
		t.Errorf("no button %q", want)
	}
	v = &DivergenceView{Report: r, State: v.State, drawn: map[string]int{"contradiction": total}}
	html = section.FindString(app.HTMLString(v))
	if n := len(articles.FindAllString(html, -1)); n != total || strings.Contains(html, "Show ") {
		t.Errorf("shown further, %d of %d contradictions show, button %v", n, total, strings.Contains(html, "Show "))
	}
}

// TestSourcesWide: past wideSet articles the sources view lists each
// article's closest three in place of the matrix.
func TestSourcesWide(t *testing.T) {
	r := wideReport(t, 5)
	html := app.HTMLString(&SourcesView{Report: r})
	if strings.Contains(html, "px-matrix") || !strings.Contains(html, "px-closest") {
		t.Fatal("25 articles are drawn as a matrix")
	}
	body := regexp.MustCompile(`(?s)<table[^>]*px-closest.*?<tbody>(.*?)</tbody>`).FindStringSubmatch(html)
	if body == nil {
		t.Fatal("no list of the closest articles")
	}
	rows := regexp.MustCompile(`(?s)<tr>.*?</tr>`).FindAllString(body[1], -1)
	if len(rows) != len(r.Articles) {
		t.Fatalf("%d rows for %d articles", len(rows), len(r.Articles))
	}
	// an article is closest to its copies (ties in article order)
	var near []string
	for _, m := range regexp.MustCompile(`<span class="px-letter">([A-Z]+)</span>`).FindAllStringSubmatch(rows[0], -1) {
		near = append(near, m[1])
	}
	if want := []string{"A", "F", "K", "P"}; !reflect.DeepEqual(near, want) {
		t.Errorf("article A's row names %v, want %v (itself, then its copies)", near, want)
	}
	if small := app.HTMLString(&SourcesView{Report: seedReport(t)}); !strings.Contains(small, "px-matrix") {
		t.Error("five articles are not drawn as a matrix")
	}
	// 55 articles: the first 50 in each list, and a button for all
	many := wideReport(t, 11)
	rowsOf := func(html string) int { return strings.Count(html, `<th scope="row">`) }
	if html := app.HTMLString(&SourcesView{Report: many}); rowsOf(html) != 2*sourceRows || !strings.Contains(html, "Show all 55") {
		t.Errorf("55 articles: %d rows in the two lists, want %d, and a button", rowsOf(html), 2*sourceRows)
	}
	if html := app.HTMLString(&SourcesView{Report: many, all: true}); rowsOf(html) != 2*55 || strings.Contains(html, "Show all") {
		t.Errorf("all 55 articles: %d rows in the two lists, want 110", rowsOf(html))
	}
}

// TestPickerWide: past wideSet articles the columns are chosen from a
// list, not a checkbox an article; the shown ones can be removed.
func TestPickerWide(t *testing.T) {
	r := wideReport(t, 5)
	html := app.HTMLString(&ColumnsView{Report: r, State: State{Fact: -1, Columns: []int{0, 7, 24}}})
	if strings.Contains(html, `type="checkbox"`) {
		t.Fatal("25 articles get a checkbox each")
	}
	sel := regexp.MustCompile(`(?s)<select[^>]*px-col-add.*?</select>`).FindString(html)
	if n := strings.Count(sel, "<option"); n != 1+len(r.Articles)-3 {
		t.Errorf("the list offers %d options, want a prompt and the %d articles not shown", n, len(r.Articles)-3)
	}
	for _, shown := range []string{`value="0"`, `value="7"`, `value="24"`} {
		if strings.Contains(sel, shown) {
			t.Errorf("the list offers a shown column, %s", shown)
		}
	}
	if n := strings.Count(html, "Remove the column of"); n != 3 {
		t.Errorf("%d remove buttons for 3 columns", n)
	}
}

// TestExerciseView: the questions show without the marks, with radio
// buttons or checkboxes; a checked answer shows its verdict, the
// explanation and the sentences, and the score counts it.
func TestExerciseView(t *testing.T) {
	r := seedReport(t)
	ex := exercise.Build(r)
	v := &ExerciseView{Report: r, Exercise: &ex, State: State{View: Exercise, Fact: -1}}
	html := app.HTMLString(v)
	discuss := 0 // questions answered in words, not checked
	for _, q := range ex.Questions {
		if q.Kind == exercise.Discuss {
			discuss++
		}
	}
	checkable := len(ex.Questions) - discuss
	if n, d := strings.Count(html, `class="px-q"`), strings.Count(html, `class="px-q px-q-discuss"`); n != checkable || d != discuss || d == 0 {
		t.Errorf("%d questions drawn to check and %d to discuss, want %d and %d (more than 0)", n, d, checkable, discuss)
	}
	if strings.Count(html, "<textarea") != discuss {
		t.Error("a question to discuss has no field to write in")
	}
	if strings.Contains(html, "<mark") {
		t.Error("the exercise shows the marks")
	}
	if !strings.Contains(html, fmt.Sprintf("0 of %d questions checked, 0 right.", checkable)) {
		t.Error("no score")
	}
	// answer the first question rightly and the second wrongly
	q0, q1 := ex.Questions[0], ex.Questions[1]
	wrong := slices.IndexFunc(q1.Choices, func(c exercise.Choice) bool { return !c.Correct })
	v = &ExerciseView{Report: r, Exercise: &ex, State: v.State,
		picked:  map[string][]int{q0.ID: q0.Answer(), q1.ID: {wrong}},
		checked: map[string]bool{q0.ID: true, q1.ID: true}}
	html = app.HTMLString(v)
	for _, want := range []string{
		fmt.Sprintf("2 of %d questions checked, 1 right.", checkable),
		`id="px-q0-feedback"`, "Right. ", "Not quite. ", "✗ not right", "✓ the right answer",
		"The sentences that show it:", "Start again",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("a checked exercise lacks %q", want)
		}
	}
}

// TestTeacherView: the guide, a link for the students, the worksheet
// without answers, and a key with each question's right letters.
func TestTeacherView(t *testing.T) {
	r := seedReport(t)
	ex := exercise.Build(r)
	page := app.HTMLString(&TeacherView{Report: r, Exercise: &ex, State: State{View: Teacher, Fact: -1}, Page: "https://example.org/parallax/"})
	if !strings.Contains(page, `https://example.org/parallax/?class=1&amp;view=exercise`) {
		t.Error("no link for the students, or one without class=1")
	}
	sheet := regexp.MustCompile(`(?s)<section[^>]*px-worksheet.*?</section>`).FindString(page)
	key := regexp.MustCompile(`(?s)<section[^>]*px-key.*?</section>`).FindString(page)
	if n := strings.Count(sheet, `class="px-ws-q"`); n != len(ex.Questions) {
		t.Errorf("the worksheet has %d questions, want %d", n, len(ex.Questions))
	}
	// every article's text, paragraph by paragraph, numbered in order
	for i := range r.Articles {
		paras := r.Paragraphs(i)
		if len(paras) == 0 {
			t.Errorf("article %d has no paragraphs", i)
		}
		for k, p := range paras {
			if !strings.Contains(sheet, "<li>"+html.EscapeString(p)+"</li>") {
				t.Errorf("the worksheet lacks paragraph %d of article %d: %q", k+1, i, compare.Clip(p, 60))
			}
		}
	}
	if strings.Contains(sheet, "Answer key") || strings.Contains(sheet, ex.Questions[0].Explain) {
		t.Error("the worksheet gives the answers away")
	}
	items := regexp.MustCompile(`(?s)<li class="px-key-q">.*?<strong>(.*?)</strong>`).FindAllStringSubmatch(key, -1)
	if len(items) != len(ex.Questions) {
		t.Fatalf("the key answers %d questions, want %d", len(items), len(ex.Questions))
	}
	for n, q := range ex.Questions {
		for k, c := range q.Choices {
			// each right choice named, no wrong one
			if has := strings.Contains(items[n][1], exercise.Letter(k)+") "); has != c.Correct {
				t.Errorf("question %d: the key says %q; choice %s is right: %v", n+1, items[n][1], exercise.Letter(k), c.Correct)
			}
		}
	}
	// own articles: no link (they are in this browser only), a way to share them
	own := app.HTMLString(&TeacherView{Report: r, Exercise: &ex, State: State{View: Teacher, Fact: -1}, Page: "https://example.org/yours", Yours: true})
	if strings.Contains(own, "Link for the students") || !strings.Contains(own, "export them") {
		t.Error("the teacher of one's own articles is offered a link that would open an empty page")
	}
	// own articles that fit a link: it carries them; too long: a file
	set := article.Set{Articles: []article.Entry{{Text: "One article."}, {Text: "Another article."}}}
	payload, err := set.Link()
	if err != nil {
		t.Fatal(err)
	}
	shared := app.HTMLString(&TeacherView{Report: r, Exercise: &ex, State: State{View: Teacher, Fact: -1}, Page: "https://example.org/yours", Yours: true, Share: payload})
	if !strings.Contains(shared, `href="https://example.org/yours?class=1&view=exercise#set=`+payload+`"`) {
		t.Errorf("no link that carries the articles:\n%s", shared)
	}
	long := app.HTMLString(&TeacherView{Report: r, Exercise: &ex, State: State{View: Teacher, Fact: -1}, Page: "https://example.org/yours", Yours: true, Share: strings.Repeat("x", article.MaxLink)})
	if strings.Contains(long, "#set=") || !strings.Contains(long, "too long to travel in a link") {
		t.Error("a set too long for a link is put in one")
	}
}

// TestEditorPage: a long set draws its first articles; a new (empty)
// article past them draws them all, and they stay drawn while it is
// filled in, until another set replaces this one.
func TestEditorPage(t *testing.T) {
	var set article.Set
	for i := range 30 {
		set.Articles = append(set.Articles, article.Entry{Language: "en", Text: fmt.Sprintf("Article number %d says something.", i)})
	}
	v := &YourArticles{Set: set, Loaded: true}
	if got := v.drawn(); got != pageEntries {
		t.Fatalf("30 articles draw %d, want %d", got, pageEntries)
	}
	v.Set.Articles = append(slices.Clone(v.Set.Articles), article.Entry{Language: "en"}) // Add an article
	if got := v.drawn(); got != 31 {
		t.Fatalf("with a new article at the end, %d drawn, want all 31", got)
	}
	v.Set.Articles[30].Text = "T" // its first keystroke
	if got := v.drawn(); got != 31 {
		t.Errorf("the article being typed in is no longer drawn (%d of 31)", got)
	}
	v.Epoch++ // an import
	if got := v.drawn(); got != pageEntries {
		t.Errorf("a new set draws %d, want %d", got, pageEntries)
	}
}

// TestClaimsDrawn: a sentence that tells two facts is drawn as one
// sentence in two parts, each a button for its own fact with its own
// badge, and selecting the claim's fact shows the claim's words in the
// comparison, not the whole sentence.
func TestClaimsDrawn(t *testing.T) {
	texts := map[string]string{
		"a": "The foreign ministers of both countries met in Geneva on Monday for their first formal talks.",
		"b": "The two governments agreed to extend the water treaty by ten years on Tuesday after the foreign ministers of both countries met in Geneva on Monday.",
		"c": "The two governments agreed to extend the water treaty by ten years, officials confirmed.",
	}
	var arts []article.Article
	for _, id := range []string{"a", "b", "c"} {
		arts = append(arts, article.Parse(id, id+".txt", texts[id], article.Meta{}))
	}
	r, err := compare.Compare("", arts, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := r.Articles[1].Sentences[0]
	if len(s.Claims) != 2 {
		t.Fatalf("b's sentence has claims %+v, want two", s.Claims)
	}
	meeting := s.Claims[1].Fact
	html := normalize(app.HTMLString(&ColumnsView{Report: r, State: State{View: SideBySide, Fact: meeting, Columns: []int{0, 1, 2}}}))
	for ci, c := range s.Claims {
		want := fmt.Sprintf(`data-article="b" data-claim="%d" data-fact="%d"`, ci, c.Fact)
		if !strings.Contains(html, want) {
			t.Errorf("no button %s in\n%s", want, html)
		}
	}
	if !strings.Contains(html, `class="px-claims"`) {
		t.Error("the sentence of two claims is not drawn as one item in parts")
	}
	if n := len(regexp.MustCompile(`\sdata-selected(="true")?[\s>]`).FindAllString(html, -1)); n != 2 {
		t.Errorf("%d buttons selected for the meeting fact, want a's sentence and b's claim", n)
	}
	// The panel compares b by its claim alone (a word diff against a's
	// sentence): the treaty is not in it.
	panel := normalize(app.HTMLString(&Panel{Report: r, Fact: meeting}))
	if !strings.Contains(panel, `data-article="b"`) || !strings.Contains(panel, "met in Geneva on Monday") || strings.Contains(panel, "water treaty") {
		t.Errorf("the panel of the meeting fact does not quote b's claim alone:\n%s", panel)
	}
}

// TestLimits: a view drawn with a Limit (a step of the widget's
// drawInSteps) draws that many items and nothing after them, so that its
// text is the start of the whole view's: the later steps only add to the
// end, and nothing already drawn moves. Side by side cuts each column
// instead: every column's sentences are the start of its whole list.
func TestLimits(t *testing.T) {
	r := wideReport(t, 5)
	ex := exercise.Build(r)
	state := func(v View) State { return State{View: v, Fact: -1} }
	tags := regexp.MustCompile(`<[^>]*>`)
	text := func(html string) string { return strings.Join(strings.Fields(tags.ReplaceAllString(html, " ")), " ") }
	for _, c := range []struct {
		name  string
		view  func(limit int) app.UI
		item  *regexp.Regexp
		limit int
	}{
		{"overview", func(l int) app.UI { return &OverviewView{Report: r, State: state(Overview), Limit: l} }, regexp.MustCompile(`<tr[^>]*data-fact=`), 12},
		{"divergences", func(l int) app.UI { return &DivergenceView{Report: r, State: state(Divergences), Limit: l} }, regexp.MustCompile(`<article[^>]*class="px-dv"|<li data-n=`), 14},
		{"exercise", func(l int) app.UI { return &ExerciseView{Report: r, Exercise: &ex, State: state(Exercise), Limit: l} }, regexp.MustCompile(`class="px-q"`), 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			part, whole := app.HTMLString(c.view(c.limit)), app.HTMLString(c.view(0))
			if n, all := len(c.item.FindAllString(part, -1)), len(c.item.FindAllString(whole, -1)); n != c.limit || all <= c.limit {
				t.Errorf("Limit %d draws %d of %d items, want %d of more", c.limit, n, all, c.limit)
			}
			if p, w := text(part), text(whole); len(p) >= len(w) || !strings.HasPrefix(w, p) {
				t.Errorf("Limit %d: its text is not the start of the whole view's:\n%.300q\nwhole:\n%.300q", c.limit, p[max(0, len(p)-300):], w[max(0, len(p)-300):])
			}
		})
	}
	t.Run("side by side", func(t *testing.T) {
		part := app.HTMLString(&ColumnsView{Report: r, State: state(SideBySide), Limit: 5})
		whole := app.HTMLString(&ColumnsView{Report: r, State: state(SideBySide)})
		cols := regexp.MustCompile(`(?s)<ol class="px-sents">(.*?)</ol>`)
		p, w := cols.FindAllStringSubmatch(part, -1), cols.FindAllStringSubmatch(whole, -1)
		if len(p) != 3 || len(p) != len(w) {
			t.Fatalf("%d columns drawn at Limit 5, %d whole, want 3", len(p), len(w))
		}
		// the hint under the columns would move as they grow
		if strings.Contains(part, "px-hint") || !strings.Contains(whole, "px-hint") {
			t.Error("the hint under the columns is drawn before the columns are whole, or not at all")
		}
		for i := range p {
			pi, wi := text(p[i][1]), text(w[i][1]) // go-app writes attributes in any order
			if n := strings.Count(p[i][1], "<li"); n != 5 || !strings.HasPrefix(wi, pi) || len(wi) <= len(pi) {
				t.Errorf("column %d at Limit 5: %d sentences, or not the start of the whole column:\n%.300s\nwhole:\n%.300s", i, n, pi, wi)
			}
		}
	})
}

// TestAsideSentence: a sentence the editor set aside is drawn in its place,
// marked, and is no button (it is in no fact).
func TestAsideSentence(t *testing.T) {
	title, arts, _, err := article.LoadDir(corpus.FS, corpus.Default)
	if err != nil {
		t.Fatal(err)
	}
	words := "Rubio was also seeing other foreign ministers"
	r, err := compare.Compare(title, arts, compare.Options{Edits: []article.Edit{{Aside: &article.Anchor{Article: "001_dcb0778ffaba6f06", Text: words}}}})
	if err != nil {
		t.Fatal(err)
	}
	html := app.HTMLString(&ColumnsView{Report: r, State: State{View: SideBySide, Fact: -1}})
	at := strings.Index(html, words)
	if at < 0 || !strings.Contains(html[max(0, at-300):at], `class="px-aside"`) || !strings.Contains(html[max(0, at-300):at], "set aside") {
		t.Errorf("the sentence set aside is not drawn as such:\n%s", html[max(0, at-300):min(len(html), at+100)])
	}
	// a claim set aside: its words dimmed and marked, no button; the rest
	// of its sentence a button of its fact
	claim := "while acknowledging that it does not yet guarantee peace"
	r, err = compare.Compare(title, arts, compare.Options{Edits: []article.Edit{{Aside: &article.Anchor{Article: "002_58d5efca2139f73e", Text: "Speaking to reporters", Claim: claim}}}})
	if err != nil || len(r.Problems) > 0 {
		t.Fatal(err, r.Problems)
	}
	html = app.HTMLString(&ColumnsView{Report: r, State: State{View: SideBySide, Fact: -1}})
	at = strings.Index(html, claim)
	before := html[max(0, at-200):max(0, at)]
	rest := strings.LastIndex(html[:max(0, at)], "Speaking to reporters")
	if at < 0 || !strings.Contains(before, `class="px-aside px-claim-aside"`) || strings.Contains(before[strings.LastIndex(before, "px-claim-aside"):], "<button") ||
		rest < 0 || !strings.Contains(html[max(0, rest-400):rest], `class="px-s`) {
		t.Errorf("the claim set aside is not drawn as such:\n%s", html[max(0, at-700):min(len(html), at+100)])
	}
}

// TestEditControls: with edit=1 the panel offers the corrections (a
// wording not of this fact or not about the event; a near miss that is),
// the bar counts the edits, and its JSON, put in a manifest.json, reads
// back as the same edits.
func TestEditControls(t *testing.T) {
	r := seedReport(t)
	fact, near := -1, -1 // a fact of several wordings; a fact with a near miss
	for id, c := range r.Clusters {
		if fact < 0 && len(c.Members) > 1 {
			fact = id
		}
		if near < 0 && len(c.Near) > 0 {
			near = id
		}
	}
	onEdit := func(app.Context, article.Edit, *compare.Ref) {}
	for _, tt := range []struct {
		fact int
		want string
	}{{fact, "Not this fact"}, {fact, "Not about the event"}, {near, "Same fact: join"}} {
		with := app.HTMLString(&Panel{Report: r, Fact: tt.fact, OnEdit: onEdit})
		without := app.HTMLString(&Panel{Report: r, Fact: tt.fact})
		if !strings.Contains(with, tt.want) || strings.Contains(without, tt.want) {
			t.Errorf("fact %d: %q offered while editing: %v; while reading: %v", tt.fact, tt.want, strings.Contains(with, tt.want), strings.Contains(without, tt.want))
		}
	}
	first := r.Clusters[near].Members[0]
	n := r.Clusters[near].Near[0]
	edits := []article.Edit{
		{Join: []article.Anchor{anchor(r, first), anchor(r, compare.Ref{Article: n.Article, Sentence: n.Sentence})}},
		{Aside: &article.Anchor{Article: first.Article, Text: "words"}},
	}
	text := editsJSON(edits)
	edited, err := compare.Compare(r.Title, seedArticles(t), compare.Options{Edits: edits})
	if err != nil {
		t.Fatal(err)
	}
	bar := app.HTMLString(&EditBar{State: State{Fact: -1, Editing: true}, Edits: edits, Problems: editProblems(edited)})
	if !strings.Contains(bar, "2 corrections") || !strings.Contains(bar, "Copy edits for manifest.json") ||
		!strings.Contains(bar, `edit 2 (aside): no sentence of &#34;`+first.Article) {
		t.Errorf("the edit bar, with an edit that names no sentence:\n%s", bar)
	}
	m, err := article.ReadManifest("manifest.json", []byte(text))
	if err != nil || !reflect.DeepEqual(m.Edits, edits) {
		t.Errorf("the copied edits read back as %+v, %v; want %+v", m.Edits, err, edits)
	}
}

// TestCopiedEditsGiveTheSamePage: edits made in the widget, copied as the
// edit bar gives them and put into the corpus's manifest.json, give the
// page that `make dist` generates (compareCorpus, the generator's and the
// browser's path) the same comparison and the same side-by-side view as
// the widget showed with the edits.
func TestCopiedEditsGiveTheSamePage(t *testing.T) {
	plain := seedReport(t)
	near := -1
	for id, c := range plain.Clusters {
		if near < 0 && len(c.Near) > 0 {
			near = id
		}
	}
	n := plain.Clusters[near].Near[0]
	made := []article.Edit{{Join: []article.Anchor{anchor(plain, plain.Clusters[near].Members[0]), anchor(plain, compare.Ref{Article: n.Article, Sentence: n.Sentence})}}}
	// the widget: the bundled corpus with the edits made on it
	title, arts, _, err := article.LoadDir(corpus.FS, corpus.Default)
	if err != nil {
		t.Fatal(err)
	}
	_, inWidget, err := compareArticles(t.Context(), title, arts, 0, edits{list: made}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// the site: the same corpus, the copied edits in its manifest
	fsys := fstest.MapFS{}
	err = fs.WalkDir(corpus.FS, corpus.Default, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(corpus.FS, p)
		fsys[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(fsys[path.Join(corpus.Default, article.ManifestName)].Data, &m); err != nil {
		t.Fatal(err)
	}
	var copied map[string]any
	if err := json.Unmarshal([]byte(editsJSON(made)), &copied); err != nil {
		t.Fatal(err)
	}
	m["edits"] = copied["edits"]
	b, _ := json.Marshal(m)
	fsys[path.Join(corpus.Default, article.ManifestName)] = &fstest.MapFile{Data: b}
	_, onSite, problem := compareCorpus(t.Context(), fsys, corpus.Default, nil)
	if problem != "" {
		t.Fatal(problem)
	}
	a, _ := json.Marshal(inWidget)
	c, _ := json.Marshal(onSite)
	if string(a) != string(c) {
		t.Error("the site's comparison with the copied edits differs from the widget's")
	}
	state := State{View: SideBySide, Fact: onSite.Articles[0].Sentences[0].Fact}
	if d := cmp.Diff(normalize(app.HTMLString(&ColumnsView{Report: inWidget, State: state})), normalize(app.HTMLString(&ColumnsView{Report: onSite, State: state}))); d != "" {
		t.Errorf("the site's side-by-side view differs from the widget's (-widget +site):\n%s", d)
	}
	if string(a) == func() string { b, _ := json.Marshal(plain); return string(b) }() {
		t.Error("the edits changed nothing: the test proves nothing")
	}
}

// TestEditedMarks: a fact an edit shaped says so in the overview's grid
// and on its sentences' badges; the machine's facts do not.
func TestEditedMarks(t *testing.T) {
	title, arts, _, err := article.LoadDir(corpus.FS, corpus.Default)
	if err != nil {
		t.Fatal(err)
	}
	join := article.Edit{Join: []article.Anchor{
		{Article: "002_58d5efca2139f73e", Text: "50-minute closed-door discussion"},
		{Article: "004_6e953f77dba7049c", Text: "lasted nearly an hour"},
	}}
	for _, tt := range []struct {
		edits []article.Edit
		want  bool
	}{{nil, false}, {[]article.Edit{join}, true}} {
		r, err := compare.Compare(title, arts, compare.Options{Edits: tt.edits})
		if err != nil {
			t.Fatal(err)
		}
		overview := app.HTMLString(&OverviewView{Report: r, State: State{View: Overview, Fact: -1}})
		columns := app.HTMLString(&ColumnsView{Report: r, State: State{View: SideBySide, Fact: -1, Columns: []int{2, 4}}})
		if got := strings.Contains(overview, "(corrected by hand)") && strings.Contains(columns, "✎"); got != tt.want {
			t.Errorf("edits %v: marked %v, want %v", tt.edits, got, tt.want)
		}
	}
}

// seedArticles are the bundled corpus's articles.
func seedArticles(t *testing.T) []article.Article {
	t.Helper()
	_, arts, _, err := article.LoadDir(corpus.FS, corpus.Default)
	if err != nil {
		t.Fatal(err)
	}
	return arts
}

// TestStudentPageHasNoKey: the exercise a class is given links nowhere
// near the teacher's guide and its key: not from the questions, and not
// from the page's foot, which offers the guide on every other page.
func TestStudentPageHasNoKey(t *testing.T) {
	r := seedReport(t)
	ex := exercise.Build(r)
	student := app.HTMLString(&ExerciseView{Report: r, Exercise: &ex, State: State{View: Exercise, Fact: -1, Class: true}})
	if strings.Contains(student, "view=teacher") || strings.Contains(student, "Answer key") {
		t.Error("the student page leads to the key")
	}
	foot := func(s State) string { return app.HTMLString(app.Div().Body(teacherLink(s))) }
	if got := foot(State{View: Exercise, Fact: -1, Class: true}); strings.Contains(got, "view=teacher") {
		t.Errorf("the foot of a class's page offers the guide: %s", got)
	}
	if got := foot(State{View: Overview, Fact: -1}); !strings.Contains(got, "view=teacher") {
		t.Errorf("the foot of a page offers no guide: %s", got)
	}
	if q, err := url.ParseQuery("class=1&view=exercise"); err != nil || !ParseState(q).Class || ParseState(q).Query().Get("class") != "1" {
		t.Error("class=1 is not read and written back")
	}
}

// TestWarm: the warm-up the site's worker runs (web/compile.js) runs
// through without a page: the bundled corpus compared and its views
// drawn.
func TestWarm(t *testing.T) {
	if n := Warm(); n != 7 {
		t.Errorf("the warm-up drew %d views, want 7", n)
	}
}
