package compare

// What a reader is shown: each article's name, how widely a fact is told,
// the label of each kind of divergence and the readings it gives, as every
// front end (the widget, the command, classroom mode) prints them. They
// are decided here, once, so that no two front ends say it differently.

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Name is article i as a reader is shown it: its letter and its outlet,
// "C · The Europe Today", or "A · Article A" when the text names none.
func (r *Report) Name(i int) string { return Tag(i) + " · " + r.Outlet(i) }

// When is the article's date as a reader is shown it: "2025-07-11", the
// dateline's when there is no date ("dateline KUALA LUMPUR, July 10"), or
// "undated".
func (a Article) When() string {
	switch {
	case a.Date != "":
		return a.Date
	case a.Dateline != "":
		return "dateline " + a.Dateline
	}
	return "undated"
}

// Reach is how widely a fact is told.
type Reach int

// The reaches of a fact, the widest first.
const (
	ToldByAll      Reach = iota // every article
	ToldBySome                  // more than one article, not every one (Counts.Some)
	ToldByOneClose              // one article, and another comes close (a near miss)
	ToldByOne                   // one article, and nothing close elsewhere: "only here"
)

// Reach is how widely fact id is told: by how many articles, not
// sentences (an article may tell a fact twice), and for a fact of one
// article, whether another comes close.
func (r *Report) Reach(id int) Reach {
	c := r.Clusters[id]
	switch {
	case c.Articles == len(r.Articles) && c.Articles > 1:
		return ToldByAll
	case c.Articles > 1:
		return ToldBySome
	case len(c.Near) > 0:
		return ToldByOneClose
	}
	return ToldByOne
}

// ReachLabel words a reach as every front end shows it: "told by all",
// "told by several", "told by one, something close elsewhere", "told by
// one, nothing close elsewhere".
func ReachLabel(reach Reach) string {
	switch reach {
	case ToldByAll:
		return "told by all"
	case ToldBySome:
		return "told by several"
	case ToldByOneClose:
		return "told by one, something close elsewhere"
	}
	return "told by one, nothing close elsewhere"
}

// Badge is how widely fact id is told, short and in words, as a sentence
// of it is marked: "3/5" and "told by 3 of 5 articles"; "only here" and
// "only here?" (something close elsewhere) with their ReachLabel; a fact
// an editor's edit shaped adds "✎" and "corrected by hand".
func (r *Report) Badge(id int) (short, long string) {
	switch reach := r.Reach(id); reach {
	case ToldByOneClose:
		short, long = "only here?", ReachLabel(reach)
	case ToldByOne:
		short, long = "only here", ReachLabel(reach)
	default:
		n, k := len(r.Articles), r.Clusters[id].Articles
		short, long = fmt.Sprintf("%d/%d", k, n), fmt.Sprintf("told by %d of %d articles", k, n)
	}
	if r.Clusters[id].Edited {
		short, long = short+" ✎", long+"; corrected by hand"
	}
	return short, long
}

// Shared reports whether more than one article tells fact id.
func (r *Report) Shared(id int) bool { return r.Reach(id) <= ToldBySome }

// Tellers are the indexes of the articles that tell fact id, in order.
func (r *Report) Tellers(id int) []int {
	var out []int
	for _, m := range r.Clusters[id].Members {
		if i := r.Index(m.Article); i >= 0 && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out
}

// Telling is how an article tells a fact.
type Telling int

// The ways an article tells a fact.
const (
	NotTold         Telling = iota
	Told                    // a sentence of it is a member of the fact
	ToldDifferently         // and is marked by one of the fact's divergences
	Close                   // it does not tell it, but a sentence of it comes close (a near miss)
)

// Tellings is, by article index, how each article tells fact id. Cost:
// the fact's members, near misses and divergence marks.
func (r *Report) Tellings(id int) []Telling {
	c := r.Clusters[id]
	out := make([]Telling, len(r.Articles))
	set := func(article string, t Telling) {
		if i := r.Index(article); i >= 0 {
			out[i] = t
		}
	}
	for _, m := range c.Members {
		set(m.Article, Told)
	}
	for _, d := range c.Divergences {
		for _, m := range d.Members {
			set(m.Article, ToldDifferently)
		}
	}
	for _, n := range c.Near {
		set(n.Article, Close)
	}
	return out
}

// KindLabel names a kind of divergence for a reader: "Figures", "Dates",
// "Names", "Quotes", "Opposite claims".
func KindLabel(k Kind) string {
	switch k {
	case KindNumber:
		return "Figures"
	case KindDate:
		return "Dates"
	case KindName:
		return "Names"
	case KindQuote:
		return "Quotes"
	case KindContradiction:
		return "Opposite claims"
	}
	return string(k)
}

// Reading is one article's value in a divergence: what it says, and whom
// its sentence attributes it to.
type Reading struct {
	Article int    // index in the report's Articles
	Value   string // the words as printed
	Says    string // "Rubio", or ""
}

// Readings lists what each article says in d, in the order of its
// members, each value of an article once.
func (r *Report) Readings(d Divergence) []Reading {
	var out []Reading
	seen := map[string]bool{}
	for _, m := range d.Members {
		i := r.Index(m.Article)
		key := m.Article + "\x00" + m.Value
		if i < 0 || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, Reading{Article: i, Value: m.Value, Says: m.Says})
	}
	return out
}

// Percent shows a share or a score, 0 to 1, as a whole percent, as the
// report's own reasons write one: 0.857 is "86%".
func Percent(x float64) string { return fmt.Sprintf("%.0f%%", 100*x) }

// Quoted puts s in quotation marks, unless it starts with one already: a
// sentence that opens with a quotation gets no second pair. A quotation
// inside the marks it is given takes single ones; a quotation left open
// (cut off by Clip, or going on in the next sentence) is closed.
func Quoted(s string) string {
	switch {
	case strings.HasPrefix(s, `"`):
		if strings.Count(s, `"`)%2 == 1 {
			s += `"` // its closing mark was cut off (Clip)
		}
		return s
	case strings.HasPrefix(s, "‘") || strings.HasPrefix(s, "'"):
		return s
	case !strings.HasPrefix(s, "“"):
		// a quotation inside the quotation takes single marks
		s = "“" + strings.NewReplacer("“", "‘", "”", "’").Replace(s) + "”"
	}
	for n := strings.Count(s, "“") - strings.Count(s, "”"); n > 0; n-- {
		s += "”" // a quotation Clip cut off, or one that goes on in the next sentence
	}
	return s
}

// Clip shortens s to about n bytes, at a space in its second half where
// there is one, never inside a character, and marks the cut with "…".
func Clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n+1], ' ')
	if cut <= n/2 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut] + "…"
}

// Tag names the i-th article of a report for people: A … Z, AA, AB, ...,
// as the command and the widget show it.
func Tag(i int) string {
	s := ""
	for i >= 0 {
		s = string(rune('A'+i%26)) + s
		i = i/26 - 1
	}
	return s
}

// Outlet names the i-th article of a report for people: its outlet, or
// "Article A" when the text names none.
func (r *Report) Outlet(i int) string {
	if s := r.Articles[i].Source; s != "" {
		return s
	}
	return "Article " + Tag(i)
}

// Cite says where a sentence is, for a reader with the articles on paper
// or side by side: "paragraph 4 of C"; "" for no such sentence.
func (r *Report) Cite(ref Ref) string {
	s, ok := r.Sentence(ref)
	if !ok {
		return ""
	}
	return fmt.Sprintf("paragraph %d of %s", s.Paragraph, Tag(r.Index(ref.Article)))
}

// Paragraphs are article i's body as a worksheet prints it: its
// paragraphs in order (Sentence.Paragraph), each the words of its
// sentences.
func (r *Report) Paragraphs(i int) []string {
	var out []string
	for _, s := range r.Articles[i].Sentences {
		for len(out) < s.Paragraph {
			out = append(out, "")
		}
		if p := &out[s.Paragraph-1]; *p == "" {
			*p = s.Text
		} else {
			*p += " " + s.Text
		}
	}
	return out
}
