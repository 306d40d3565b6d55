package compare

// The report is the engine's one answer: the command prints it as text or
// JSON and the browser renders it. Field names are a contract other tools
// read (see the README, "JSON"); add fields, do not rename them.

import (
	"cmp"
	"slices"

	"github.com/parallax-news/parallax/app/diverge"
)

// Report is the comparison of a set of articles.
type Report struct {
	Title      string    `json:"title,omitempty"`
	Strictness float64   `json:"strictness"`
	Articles   []Article `json:"articles"`
	Clusters   []Cluster `json:"clusters"`
	Variants   []Variant `json:"variants"`
	// Figures are the counted things for which articles give different
	// figures anywhere in their text, not only inside one fact.
	Figures []Divergence `json:"figures"`
	// Contradictions are contradiction cues between related sentences that
	// are not one fact (those inside a fact are among its divergences).
	Contradictions []Divergence `json:"contradictions"`
	Similarity     [][]float64  `json:"similarity"` // [i][j] by article order: the facts i and j have in common, as a share of their sentences (2c / (n_i + n_j))
	Derivations    []Derivation `json:"derivations"`
	Problems       []string     `json:"problems,omitempty"` // inputs left out, with why
	// Counts are the headline figures, counted once for every front end.
	Counts Counts `json:"counts"`
	// EditProblems are the problems with edits (Options.Edits): those not
	// applied, each also in Problems. For the front ends that edit.
	EditProblems []string `json:"-"`

	index map[string]int // article id to its index in Articles (Compare)
}

// Counts sum a report up: its facts, by how many articles tell them
// (Report.Reach).
type Counts struct {
	Facts   int `json:"facts"`
	All     int `json:"all"`     // facts every article tells
	Several int `json:"several"` // facts more than one article tells, those of All among them
	One     int `json:"one"`     // facts one article alone tells
	// OneClose are the facts of One with a near miss: one article tells
	// them, and another comes close.
	OneClose int `json:"oneClose"`
	// Some are the facts of Several that not every article tells.
	Some int `json:"some"`
	// OnlyHere are the facts of One with nothing close elsewhere: One −
	// OneClose.
	OnlyHere int `json:"onlyHere"`
}

// count sums up r's facts by their Reach. Cost: O(facts).
func (r *Report) count() {
	r.Counts = Counts{Facts: len(r.Clusters)}
	for id := range r.Clusters {
		switch r.Reach(id) {
		case ToldByAll:
			r.Counts.All++
			r.Counts.Several++
		case ToldBySome:
			r.Counts.Several++
			r.Counts.Some++
		case ToldByOneClose:
			r.Counts.One++
			r.Counts.OneClose++
		case ToldByOne:
			r.Counts.One++
			r.Counts.OnlyHere++
		}
	}
}

// Index is the index in Articles of the article with id, or -1.
func (r *Report) Index(id string) int {
	if r.index != nil {
		if i, ok := r.index[id]; ok {
			return i
		}
		return -1
	}
	for i, a := range r.Articles { // a report read from JSON
		if a.ID == id {
			return i
		}
	}
	return -1
}

// Sentence is the sentence ref names, and whether there is one.
func (r *Report) Sentence(ref Ref) (Sentence, bool) {
	i := r.Index(ref.Article)
	if i < 0 || ref.Sentence < 0 || ref.Sentence >= len(r.Articles[i].Sentences) {
		return Sentence{}, false
	}
	return r.Articles[i].Sentences[ref.Sentence], true
}

// Kind is what a divergence is about.
type Kind = diverge.Kind

// The kinds of divergence.
const (
	KindNumber        = diverge.Number
	KindDate          = diverge.Date
	KindName          = diverge.Name
	KindQuote         = diverge.Quote
	KindContradiction = diverge.Contradiction
)

// Kinds lists every kind of divergence, in the order front ends list them.
func Kinds() []Kind { return slices.Clone(diverge.Kinds) }

// Article is one compared article.
type Article struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Source    string     `json:"source"`
	Date      string     `json:"date"` // YYYY-MM-DD or ""
	Language  string     `json:"language"`
	URL       string     `json:"url,omitempty"`
	Dateline  string     `json:"dateline,omitempty"`
	Section   string     `json:"section,omitempty"`
	Sentences []Sentence `json:"sentences"`
	// Shared is the share of the article's sentences whose fact another
	// article also reports.
	Shared float64 `json:"shared"`
	// Unique lists the sentences no other article reports.
	Unique []int `json:"unique"`
}

// Sentence is a sentence of an article's body.
type Sentence struct {
	Start int    `json:"start"` // byte offsets into the raw file, End exclusive
	End   int    `json:"end"`
	Text  string `json:"text"` // exactly the raw bytes from Start to End
	// Fact is the id of its cluster; for a sentence of several claims, the
	// fact of the claim that the most articles tell (or the sentence's own,
	// where it tells that one by no claim); -1 for a sentence set aside.
	Fact    int  `json:"fact"`
	Heading bool `json:"heading,omitempty"`
	// Paragraph is the number, from 1, of the body's paragraph it is in:
	// what a worksheet prints beside the text and a question cites.
	Paragraph int `json:"paragraph"`
	// Aside marks a sentence an editor set aside: not about the event. It
	// is in no fact (Fact is -1) and counts nowhere.
	Aside bool `json:"aside,omitempty"`
	// Says is whom the sentence attributes what it says to ("Rubio"), for
	// English text; absent when it names no one.
	Says string `json:"says,omitempty"`
	// Claims are the parts of a sentence that reports more than one thing
	// (package claim), in order, covering it, each in a fact of its own or
	// set aside; absent when the sentence is one claim, or when its claims
	// all tell its fact.
	Claims []Claim `json:"claims,omitempty"`
}

// Claim is a part of a sentence that reports a fact of its own.
type Claim struct {
	Start int `json:"start"` // byte offsets into the raw file, End exclusive
	End   int `json:"end"`
	Fact  int `json:"fact"`
	// Rest marks a claim that tells its fact as the rest of its sentence:
	// the fact holds the sentence whole, its other claims told apart. An
	// edit of this wording names the sentence, not the claim.
	Rest bool `json:"rest,omitempty"`
	// Aside marks a claim an editor set aside: not about the event. It is
	// in no fact (Fact is -1) and counts nowhere; its sentence tells its
	// facts with its other claims.
	Aside bool `json:"aside,omitempty"`
}

// Span is a byte range of an article's raw file, End exclusive.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Ref names a sentence: its article's id and its index in that article.
type Ref struct {
	Article  string `json:"article"`
	Sentence int    `json:"sentence"`
}

// Cluster is one fact: the sentences of different articles that report it.
type Cluster struct {
	ID      int   `json:"id"`
	Members []Ref `json:"members"`
	// Claims are, for each member, the part of its sentence that tells this
	// fact: the whole sentence, or one of its claims.
	Claims []Span `json:"claims"`
	// Articles is how many different articles tell the fact (a fact may
	// hold two sentences of one article).
	Articles int `json:"articles"`
	// Edited marks a fact an editor's join or split shaped.
	Edited      bool         `json:"edited,omitempty"`
	Divergences []Divergence `json:"divergences"`
	// Wording holds, for each member after the first, the word diff of its
	// sentence against the first member's ("=" kept, "-" only in the
	// first, "+" only in this one); empty for the first member.
	Wording [][]Edit `json:"wording,omitempty"`
	// Links are the sentence pairs that joined the fact, with their evidence.
	Links []Link `json:"links,omitempty"`
	// Near are the fact's near misses, strongest first: for each article
	// that does not tell it, the sentence that comes closest, at least
	// NearBar times the strictness. A fact one article tells with no near
	// miss is "only here, nothing close".
	Near []Near `json:"near,omitempty"`
}

// Link says why two sentences were taken for the same fact.
type Link struct {
	A       Ref      `json:"a"`
	B       Ref      `json:"b"`
	Score   float64  `json:"score"`
	Shared  []string `json:"shared"`  // the words both use, as A writes them
	Phrases []string `json:"phrases"` // two-word phrases both use, as A writes them
}

// Divergence is a way in which the members of a fact differ.
type Divergence struct {
	Kind     Kind   `json:"kind"` // number, date, name, quote, contradiction
	Summary  string `json:"summary"`
	Reason   string `json:"reason"`             // why it is reported, for a reader
	Conflict bool   `json:"conflict"`           // the members cannot all be right
	Possible bool   `json:"possible,omitempty"` // a cue to check, not a finding
	// Conflicts are the pairs of members that cannot both be right, as
	// indexes into Members (numbers, dates and opposite claims).
	Conflicts [][2]int `json:"conflicts,omitempty"`
	Members   []Mark   `json:"members"`
}

// Mark points at the differing words of one member sentence.
type Mark struct {
	Article  string `json:"article"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"` // byte offsets into the raw file
	End      int    `json:"end"`
	Value    string `json:"value"`          // the words as printed
	Says     string `json:"says,omitempty"` // whom the sentence attributes it to: "Rubio"
	Diff     []Edit `json:"diff,omitempty"` // quotes: the edit from the first member's wording to this one
}

// Edit is one step of a word-level diff: "=" kept, "-" only in the first
// member, "+" only in this one.
type Edit struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// Variant is a set of spellings of one name or word across the corpus.
type Variant struct {
	Kind     string   `json:"kind"` // name, spelling
	Forms    []string `json:"forms"`
	Possible bool     `json:"possible,omitempty"` // a near miss, not a sure variant
	Articles []string `json:"articles"`           // the articles that use any of the forms
}

// Derivation says that one article seems to be rewritten from another.
type Derivation struct {
	Derived    string  `json:"derived"`
	Source     string  `json:"source"`
	Likelihood float64 `json:"likelihood"` // 0 to 1: how likely, not a finding
	Reason     string  `json:"reason"`
}

// Closest lists the k articles most like article i, by Similarity, the
// closest first (ties in article order), leaving out those with nothing
// in common. For a set too wide for its matrix to be read.
func (r *Report) Closest(i, k int) []int {
	if i < 0 || i >= len(r.Similarity) || k <= 0 {
		return nil
	}
	var out []int
	for j, x := range r.Similarity[i] {
		if j != i && x > 0 {
			out = append(out, j)
		}
	}
	row := r.Similarity[i]
	slices.SortStableFunc(out, func(a, b int) int { return cmp.Compare(row[b], row[a]) })
	return out[:min(k, len(out))]
}

// ClaimText returns the words with which member k of fact id tells it:
// its claim (Cluster.Claims), sliced from its sentence; the whole sentence
// when it is one claim.
func (r *Report) ClaimText(id, k int) string {
	c := r.Clusters[id]
	s, ok := r.Sentence(c.Members[k])
	if !ok {
		return ""
	}
	if k < len(c.Claims) && c.Claims[k].Start >= s.Start && c.Claims[k].End <= s.End {
		return s.Text[c.Claims[k].Start-s.Start : c.Claims[k].End-s.Start]
	}
	return s.Text
}
