package compare

import (
	"testing"
	"unicode/utf8"
)

func TestClip(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"one two three four", 12, "one two…"},
		{"one two three", 7, "one two…"}, // a space just past n
		{"今天下雨明天晴天今天下雨", 10, "今天下…"},
	} {
		if got := Clip(tt.in, tt.n); got != tt.want || !utf8.ValidString(got) {
			t.Errorf("Clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

func TestQuotedAndPercent(t *testing.T) {
	for in, want := range map[string]string{
		"Rubio met Lavrov.":                      "“Rubio met Lavrov.”",
		"“It’s a concept,” he said.":             "“It’s a concept,” he said.",
		`"I wouldn't characterize it," he said.`: `"I wouldn't characterize it," he said.`,
	} {
		if got := Quoted(in); got != want {
			t.Errorf("Quoted(%q) = %q, want %q", in, got, want)
		}
	}
	for x, want := range map[float64]string{0.857: "86%", 0.68: "68%", 0.59: "59%", 1: "100%", 0: "0%", 0.004: "0%"} {
		if got := Percent(x); got != want {
			t.Errorf("Percent(%v) = %q, want %q", x, got, want)
		}
	}
}

// TestReachAndNames: a fact's reach counts articles, not sentences (a
// fact one article tells twice is told by one); the counts are the
// reaches summed; an article is named by letter and outlet.
func TestReachAndNames(t *testing.T) {
	r := &Report{
		Articles: []Article{{ID: "a", Source: "Reuters"}, {ID: "b"}, {ID: "c"}},
		Clusters: []Cluster{
			{ID: 0, Members: []Ref{{"a", 0}, {"b", 0}, {"c", 0}}, Articles: 3},
			{ID: 1, Members: []Ref{{"a", 1}, {"b", 1}}, Articles: 2},
			{ID: 2, Members: []Ref{{"a", 2}, {"a", 3}}, Articles: 1},
			{ID: 3, Members: []Ref{{"b", 2}}, Articles: 1, Near: []Near{{Article: "c", Sentence: 1, Score: 0.6}}},
			{ID: 4, Members: []Ref{{"c", 2}}, Articles: 1},
		},
	}
	want := []Reach{ToldByAll, ToldBySome, ToldByOne, ToldByOneClose, ToldByOne}
	for id, w := range want {
		if got := r.Reach(id); got != w {
			t.Errorf("Reach(%d) = %d, want %d", id, got, w)
		}
	}
	if r.Shared(2) || !r.Shared(1) {
		t.Error("a fact one article tells twice is not shared; one two articles tell is")
	}
	r.count()
	if c := r.Counts; c != (Counts{Facts: 5, All: 1, Several: 2, Some: 1, One: 3, OneClose: 1, OnlyHere: 2}) {
		t.Errorf("Counts = %+v", c)
	}
	if r.Name(0) != "A · Reuters" || r.Name(1) != "B · Article B" {
		t.Errorf("names %q, %q", r.Name(0), r.Name(1))
	}
}

// TestReadings: each article's value once, in the members' order, with
// whom it is attributed to.
func TestReadings(t *testing.T) {
	r := &Report{Articles: []Article{{ID: "a"}, {ID: "b"}}}
	d := Divergence{Kind: KindNumber, Members: []Mark{
		{Article: "a", Value: "nearly 500 drones"}, {Article: "b", Value: "728 drones", Says: "Kyiv"},
		{Article: "a", Value: "nearly 500 drones"}, {Article: "x", Value: "unknown article"},
	}}
	got := r.Readings(d)
	if len(got) != 2 || got[0] != (Reading{0, "nearly 500 drones", ""}) || got[1] != (Reading{1, "728 drones", "Kyiv"}) {
		t.Errorf("Readings = %+v", got)
	}
	if KindLabel(KindQuote) != "Quotes" || KindLabel(KindContradiction) != "Opposite claims" {
		t.Error("kind labels")
	}
}

// TestLabels: one wording of each reach, and of an article's date.
func TestLabels(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range []Reach{ToldByAll, ToldBySome, ToldByOneClose, ToldByOne} {
		l := ReachLabel(r)
		if l == "" || seen[l] {
			t.Errorf("ReachLabel(%d) = %q: empty or not its own", r, l)
		}
		seen[l] = true
	}
	for _, tt := range []struct {
		a    Article
		want string
	}{
		{Article{Date: "2025-07-11", Dateline: "KUALA LUMPUR"}, "2025-07-11"},
		{Article{Dateline: "KUALA LUMPUR, July 10"}, "dateline KUALA LUMPUR, July 10"},
		{Article{}, "undated"},
	} {
		if got := tt.a.When(); got != tt.want {
			t.Errorf("When() = %q, want %q", got, tt.want)
		}
	}
}

// TestBadge: how widely a fact is told, and that an editor shaped it.
func TestBadge(t *testing.T) {
	r := &Report{
		Articles: []Article{{ID: "a"}, {ID: "b"}, {ID: "c"}},
		Clusters: []Cluster{
			{ID: 0, Members: []Ref{{"a", 0}, {"b", 0}}, Articles: 2},
			{ID: 1, Members: []Ref{{"a", 1}}, Articles: 1, Near: []Near{{Article: "b", Sentence: 1}}},
			{ID: 2, Members: []Ref{{"c", 1}}, Articles: 1, Edited: true},
		},
	}
	for id, want := range [][2]string{
		{"2/3", "told by 2 of 3 articles"},
		{"only here?", "told by one, something close elsewhere"},
		{"only here ✎", "told by one, nothing close elsewhere; corrected by hand"},
	} {
		if short, long := r.Badge(id); short != want[0] || long != want[1] {
			t.Errorf("Badge(%d) = %q, %q; want %q, %q", id, short, long, want[0], want[1])
		}
	}
}
