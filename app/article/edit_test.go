package article

import (
	"reflect"
	"testing"
)

// TestEditShapeAndLabel: an edit is one kind with its sentences named; a
// message names it by where it was read.
func TestEditShapeAndLabel(t *testing.T) {
	a := Anchor{Article: "x", Text: "some words"}
	for _, tt := range []struct {
		e  Edit
		ok bool
	}{
		{Edit{Split: &a}, true},
		{Edit{Join: []Anchor{a, {Article: "y", Text: "other"}}}, true},
		{Edit{Join: []Anchor{a}}, false},
		{Edit{Split: &a, Aside: &a}, false},
		{Edit{}, false},
		{Edit{Aside: &Anchor{Article: "x", Text: "  "}}, false},
	} {
		if err := tt.e.Check(); (err == nil) != tt.ok {
			t.Errorf("%+v: Check() = %v", tt.e, err)
		}
	}
	read := EditsFrom([]Edit{{Aside: &a}, {Split: &a}}, "b/manifest.json")
	if got := read[1].Label(7); got != "b/manifest.json: edit 2 (split)" {
		t.Errorf("Label = %q", got)
	}
	if got := (Edit{Join: []Anchor{a, a}}).Label(2); got != "edit 3 (join)" {
		t.Errorf("Label = %q", got)
	}
}

// TestWithoutRenamesEdits: removing an article of a set renames the
// edits of the articles after it (they are named by place) and takes the
// removed article's sentences out of its edits, dropping an edit left
// with nothing to do; the set it came from is unchanged.
func TestWithoutRenamesEdits(t *testing.T) {
	a := func(id, text string) Anchor { return Anchor{Article: id, Text: text} }
	x1, x3 := a("a1", "one"), a("a3", "three")
	s := Set{
		Articles: []Entry{{Text: "1"}, {Text: "2"}, {Text: "3"}},
		Edits: []Edit{
			{Join: []Anchor{a("a1", "one"), a("a2", "two"), a("a3", "three")}},
			{Join: []Anchor{a("a2", "two"), a("a3", "three")}},
			{Split: &x3},
			{Aside: &Anchor{Article: "a2", Text: "two"}},
			{Split: &x1},
			{Aside: &Anchor{Article: "elsewhere", Text: "kept as it is"}},
		},
	}
	got := s.Without(1)
	want := []Edit{
		{Join: []Anchor{a("a1", "one"), a("a2", "three")}},
		{Split: &Anchor{Article: "a2", Text: "three"}},
		{Split: &x1},
		{Aside: &Anchor{Article: "elsewhere", Text: "kept as it is"}},
	}
	if !reflect.DeepEqual(got.Edits, want) || len(got.Articles) != 2 || got.Articles[1].Text != "3" {
		t.Errorf("without the second article:\n got %+v\nwant %+v\narticles %+v", got.Edits, want, got.Articles)
	}
	if s.Edits[2].Split.Article != "a3" || len(s.Articles) != 3 || s.Edits[0].Join[2].Article != "a3" {
		t.Errorf("the set removed from changed: %+v", s)
	}
	if same := s.Without(5); !reflect.DeepEqual(same, s) {
		t.Errorf("removing an article that is not there changed the set")
	}
}
