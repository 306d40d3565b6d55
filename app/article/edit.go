package article

import (
	"fmt"
	"strings"
)

// An Edit is an editor's correction of the alignment, kept with the
// corpus (Manifest.Edits) or with a person's own articles (Set.Edits):
// exactly one of
//   - Join: these sentences (or claims) tell one fact;
//   - Split: this sentence (or claim) does not belong to its fact; it
//     stands alone;
//   - Aside: this sentence (or claim) is not about the event; it stays in
//     its article and counts nowhere.
//
// Edits apply in order: where two name one sentence, the later one holds.
type Edit struct {
	Join  []Anchor `json:"join,omitempty"`
	Split *Anchor  `json:"split,omitempty"`
	Aside *Anchor  `json:"aside,omitempty"`

	// From and N say where the edit was read, for messages: the file
	// ("corpus/x/manifest.json") and its number there, from 1. Not kept.
	From string `json:"-"`
	N    int    `json:"-"`
}

// An Anchor names a sentence by its article's id and a run of its words
// that no other sentence of the article holds; with Claim, it names one
// claim of that sentence (a part the engine aligns on its own, as in "Rubio
// met Lavrov, and the two discussed Ukraine") by a run of words that no
// other claim of the sentence holds.
type Anchor struct {
	Article string `json:"article"`
	Text    string `json:"text"`
	Claim   string `json:"claim,omitempty"`
}

// Kind is the edit's kind, "join", "split" or "aside", and "" when it is
// not exactly one.
func (e Edit) Kind() string {
	kinds := []string{}
	if e.Join != nil {
		kinds = append(kinds, "join")
	}
	if e.Split != nil {
		kinds = append(kinds, "split")
	}
	if e.Aside != nil {
		kinds = append(kinds, "aside")
	}
	if len(kinds) != 1 {
		return ""
	}
	return kinds[0]
}

// Anchors are the sentences, or claims, the edit names.
func (e Edit) Anchors() []Anchor {
	switch {
	case e.Split != nil:
		return []Anchor{*e.Split}
	case e.Aside != nil:
		return []Anchor{*e.Aside}
	}
	return e.Join
}

// Check says what is wrong with the edit's shape, or nil: one kind, a
// join of at least two sentences, each anchor with an article and words.
func (e Edit) Check() error {
	kind := e.Kind()
	switch {
	case kind == "":
		return fmt.Errorf("an edit is one of join, split or aside")
	case kind == "join" && len(e.Join) < 2:
		return fmt.Errorf("a join names at least two sentences")
	}
	for _, a := range e.Anchors() {
		if a.Article == "" || strings.TrimSpace(a.Text) == "" {
			return fmt.Errorf("each sentence is named by its article and some of its words")
		}
		if a.Claim != "" && strings.TrimSpace(a.Claim) == "" {
			return fmt.Errorf("a claim is named by some of its words")
		}
	}
	return nil
}

// Label names the edit in a message: `corpus/x/manifest.json: edit 2
// (join)`, by where it was read (From, N), else as the i-th of a list.
func (e Edit) Label(i int) string {
	n, from := i+1, ""
	if e.N > 0 {
		n = e.N
	}
	if e.From != "" {
		from = e.From + ": "
	}
	if k := e.Kind(); k != "" {
		return fmt.Sprintf("%sedit %d (%s)", from, n, k)
	}
	return fmt.Sprintf("%sedit %d", from, n)
}

// EditsFrom marks each edit with where it was read (From, N).
func EditsFrom(edits []Edit, from string) []Edit {
	out := make([]Edit, len(edits))
	for i, e := range edits {
		e.From, e.N = from, i+1
		out[i] = e
	}
	return out
}
