// Package diverge finds where the sentences of one fact differ: numbers,
// dates, names, the wording of quotes, and contradiction cues.
package diverge

import (
	"github.com/parallax-news/parallax/app/words"
)

// Member is one sentence of a fact.
type Member struct {
	Article    string        // the article's id: members of one article are not compared
	Label      string        // how summaries name the article ("ETV Bharat"); the id when empty
	Lang       string        // the article's language, ISO 639-1; "" is English
	Text       string        // the article's raw text
	Start, End int           // the sentence's span in Text
	Tokens     []words.Token // the sentence's tokens, offsets into Text
}

// Kind is what a divergence is about.
type Kind string

// The kinds of divergence, in the order front ends list them (Kinds).
const (
	Number        Kind = "number"        // figures: 400 drones, nearly 500
	Date          Kind = "date"          // Thursday, July 10
	Name          Kind = "name"          // Sergey, Sergei Lavrov
	Quote         Kind = "quote"         // one quotation in other words
	Contradiction Kind = "contradiction" // a cue that the members disagree
)

// Kinds lists every kind, in order.
var Kinds = []Kind{Number, Date, Name, Quote, Contradiction}

// Divergence is one difference among a fact's members.
type Divergence struct {
	Kind      Kind
	Summary   string
	Reason    string   // why it is reported, in words a reader understands
	Conflict  bool     // the members cannot all be right (numbers: ranges do not overlap)
	Possible  bool     // a cue to check, not a finding: a name that may be one person, a negation
	Conflicts [][2]int // the pairs of marks that cannot both be right, as indexes into Marks
	Marks     []Mark
}

// Mark points at the differing words of one member.
type Mark struct {
	Member     int // index into the members passed to Find
	Start, End int // span in the member's Text
	Value      string
	Says       string // whom the member's sentence attributes it to ("Rubio"), "" when it names no one
	Diff       []Edit // quotes only: from the first marked member's wording to this one
}

// Edit is a step of a word diff: Op is '=', '-' or '+'.
type Edit struct {
	Op   byte
	Text string
}

// Find returns the divergences among the members of one fact, in the
// order: numbers, dates, names, quotes, contradictions. Members of the same
// article are not compared with each other.
func Find(ms []Member) []Divergence {
	if len(ms) < 2 {
		return nil
	}
	var out []Divergence
	out = append(out, numbers(ms)...)
	out = append(out, recordsOf(ms, false)...)
	out = append(out, dates(ms)...)
	out = append(out, names(ms)...)
	out = append(out, quotes(ms)...)
	out = append(out, contradictions(ms)...)
	return out
}

// Contradictions returns only the contradiction cues among the members.
func Contradictions(ms []Member) []Divergence { return contradictions(ms) }

func (m Member) surface(t words.Token) string { return m.Text[t.Start:t.End] }

// name is how summaries name the member's article.
func (m Member) name() string {
	if m.Label != "" {
		return m.Label
	}
	return m.Article
}

// differ reports whether two readings are both given and not the same:
// two times, owners, sides or speakers. One left unsaid differs from none.
func differ(a, b string) bool { return a != "" && b != "" && a != b }
