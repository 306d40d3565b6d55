package article

import "testing"

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
