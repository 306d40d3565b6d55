package article

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/parallax-news/parallax/app/words"
)

// Set is a corpus people bring themselves: articles pasted or dropped in
// the browser, kept there, and exported and imported as one JSON file.
type Set struct {
	Format   string  `json:"format"`  // SetFormat
	Version  int     `json:"version"` // SetVersion
	Title    string  `json:"title,omitempty"`
	Articles []Entry `json:"articles"`
	// Edits are the person's corrections of the alignment (Edit).
	Edits []Edit `json:"edits,omitempty"`
}

// Entry is one article of a Set: its text and what the person said of it.
type Entry struct {
	Title    string `json:"title,omitempty"`
	Source   string `json:"source,omitempty"`
	Date     string `json:"date,omitempty"` // YYYY-MM-DD
	Language string `json:"language,omitempty"`
	URL      string `json:"url,omitempty"`
	Text     string `json:"text"`
}

const (
	SetFormat  = "parallax-articles"
	SetVersion = 1

	// MinSet and MaxSet bound how many articles a set compares.
	MinSet = 2
	MaxSet = 200
	// MaxEntry is the most text one pasted article may hold.
	MaxEntry = 1 << 20
	// MaxSetText is the most text a whole set may hold: the browser keeps
	// it all in memory, several times over while comparing.
	MaxSetText = 32 << 20
)

// Issue is something to fix in a set, next to the field it concerns.
type Issue struct {
	Article int    // the article's index, or -1 for the set as a whole
	Field   string // "text", "date", "language", or "" for the set
	Msg     string
	Warning bool // the set can still be compared
}

func (i Issue) Error() string {
	if i.Article < 0 {
		return i.Msg
	}
	return fmt.Sprintf("article %d: %s", i.Article+1, i.Msg)
}

// Check lists what stops the set from being compared (and, as warnings,
// what would make the comparison poor). Nothing is changed or dropped:
// the person's text stays as entered.
func (s Set) Check() []Issue { return new(Checker).Check(s) }

// Checker checks a set again and again as it is edited, checking each
// article once while it stays the same: the language guess reads an
// article's first words, and guessing for all of them on every keystroke
// holds the browser for about 0.1 s (measured with 200 articles). The
// zero Checker is ready; it keeps the articles of the last set it checked.
type Checker struct {
	seen map[Entry][]Issue // an article's own issues, Article left 0
}

// Unchecked counts the articles of s the Checker has not seen: what a
// Check of s would cost.
func (c *Checker) Unchecked(s Set) int {
	n := 0
	for _, e := range s.Articles {
		if _, ok := c.seen[e]; !ok {
			n++
		}
	}
	return n
}

// Learn checks up to most of the articles of s the Checker has not seen,
// for a later Check to reuse, and says how many remain: a large set can be
// checked a part at a time, between which a browser draws the page.
func (c *Checker) Learn(s Set, most int) (left int) {
	if c.seen == nil {
		c.seen = map[Entry][]Issue{}
	}
	for _, e := range s.Articles {
		if _, ok := c.seen[e]; ok {
			continue
		}
		if most == 0 {
			left++
			continue
		}
		c.seen[e] = e.issues()
		most--
	}
	return left
}

// Check is Set.Check, reusing what it found for articles unchanged since
// the last call.
func (c *Checker) Check(s Set) []Issue {
	var out []Issue
	n := len(s.Articles)
	switch {
	case n < MinSet:
		out = append(out, Issue{Article: -1, Msg: fmt.Sprintf("Add at least %d articles to compare; there is %d.", MinSet, n)})
	case n > MaxSet:
		out = append(out, Issue{Article: -1, Msg: fmt.Sprintf("At most %d articles can be compared at once; there are %d.", MaxSet, n)})
	}
	total := 0
	for _, e := range s.Articles {
		total += len(e.Text)
	}
	if total > MaxSetText {
		out = append(out, Issue{Article: -1, Msg: fmt.Sprintf("The articles hold %.1f MB of text together; at most %d MB can be compared at once.", float64(total)/(1<<20), MaxSetText>>20)})
	}
	seen := make(map[Entry][]Issue, n)
	langs := map[string]bool{}
	for i, e := range s.Articles {
		issues, ok := c.seen[e]
		if !ok {
			issues = e.issues()
		}
		seen[e] = issues
		for _, is := range issues {
			is.Article = i
			out = append(out, is)
		}
		if lang, err := words.LookupLanguage(e.Language); err == nil {
			langs[lang.Name] = true
		}
	}
	c.seen = seen // only the articles of this set: a long session does not grow it
	if len(langs) > 1 {
		out = append(out, Issue{Article: -1, Warning: true, Msg: "The articles are in different languages: Parallax compares words, so it will find few shared facts between them."})
	}
	return out
}

// issues are an article's own issues, whatever the rest of the set.
func (e Entry) issues() []Issue {
	var out []Issue
	text := []byte(e.Text)
	switch {
	case len(strings.TrimSpace(e.Text)) == 0:
		out = append(out, Issue{Field: "text", Msg: "The text is empty: paste the article's text here."})
	case len(text) > MaxEntry:
		out = append(out, Issue{Field: "text", Msg: fmt.Sprintf("The text is %.1f MB; one article may hold at most %d MB. Is this one article?", float64(len(text))/(1<<20), MaxEntry>>20)})
	case !utf8.Valid(text) || isBinary(text) || replaced(e.Text):
		out = append(out, Issue{Field: "text", Msg: "This does not look like text (it holds binary data). Paste the article's words, or drop a .txt or .html file."})
	}
	if e.Date != "" && !isISODate(e.Date) {
		out = append(out, Issue{Field: "date", Msg: fmt.Sprintf("The date %q is not YYYY-MM-DD.", e.Date)})
	}
	lang, err := words.LookupLanguage(e.Language)
	if err != nil {
		return append(out, Issue{Field: "language", Msg: err.Error()})
	}
	switch script := words.Script(e.Text); {
	case script == "":
	case script != "Latin" && script != "Cyrillic":
		return append(out, Issue{Field: "language", Warning: true,
			Msg: fmt.Sprintf("The text is in the %s script, in none of the languages Parallax stems (%s): its words are matched only where they are spelled alike.", script, words.LanguageNames())})
	case script != lang.Script():
		return append(out, Issue{Field: "language", Warning: true,
			Msg: fmt.Sprintf("The text is in the %s script, but its language is set to %s, which is written in %s: choose the language it is written in, so its words are matched right.", script, title(lang.Name), lang.Script())})
	}
	seen, ok := words.Guess(e.Text)
	switch {
	case ok && seen.Name != lang.Name:
		out = append(out, Issue{Field: "language", Warning: true,
			Msg: fmt.Sprintf("The text looks %s, but its language is set to %s: choose the language it is written in, so its words are matched right.", title(seen.Name), title(lang.Name))})
	case !ok: // none of the stemmed languages: maybe one of the others
		if other, ok := words.Unstemmed(e.Text); ok {
			out = append(out, Issue{Field: "language", Warning: true,
				Msg: fmt.Sprintf("The text looks %s, which Parallax does not stem (it stems %s): its words are matched only where they are spelled alike.", other, words.LanguageNames())})
		}
	}
	return out
}

// Blocking reports whether any issue stops the comparison.
func Blocking(issues []Issue) bool {
	for _, i := range issues {
		if !i.Warning {
			return true
		}
	}
	return false
}

// SetID is the id of the set's i-th article (from 0) when compared: a1,
// a2, ...
func SetID(i int) string { return fmt.Sprintf("a%d", i+1) }

// Without is the set with its i-th article removed. Its edits follow the
// articles, which are named by place (SetID): those of the articles after
// it are renamed, and a sentence of the removed article leaves its edit;
// an edit left with fewer than two sentences to join, or none to split
// or set aside, is dropped.
func (s Set) Without(i int) Set {
	if i < 0 || i >= len(s.Articles) {
		return s
	}
	s.Articles = append(s.Articles[:i:i], s.Articles[i+1:]...)
	rename := func(a Anchor) (Anchor, bool) {
		digits, ok := strings.CutPrefix(a.Article, "a")
		n, err := strconv.Atoi(digits)
		if !ok || err != nil || SetID(n-1) != a.Article || n-1 < i {
			return a, true
		}
		if n-1 == i {
			return a, false
		}
		a.Article = SetID(n - 2)
		return a, true
	}
	var edits []Edit
	for _, e := range s.Edits {
		var kept []Anchor
		for _, a := range e.Anchors() {
			if b, ok := rename(a); ok {
				kept = append(kept, b)
			}
		}
		switch {
		case e.Join != nil && len(kept) >= 2:
			e.Join = kept
		case e.Split != nil && len(kept) == 1:
			e.Split = &kept[0]
		case e.Aside != nil && len(kept) == 1:
			e.Aside = &kept[0]
		default:
			continue
		}
		edits = append(edits, e)
	}
	s.Edits = edits
	return s
}

// ToArticles turns the set into articles to compare, with ids a1, a2, ...
// (SetID). Metadata the person gave wins over what the text says.
func (s Set) ToArticles() []Article {
	out := make([]Article, len(s.Articles))
	for i, e := range s.Articles {
		id := SetID(i)
		out[i] = Parse(id, id, e.Text, Meta{ID: id, Title: e.Title, Source: e.Source, Date: e.Date, Language: e.Language, URL: e.URL})
	}
	return out
}

// JSON is the set as exported: indented, fields in a fixed order, so the
// same set always gives the same file.
func (s Set) JSON() ([]byte, error) {
	s.Format, s.Version = SetFormat, SetVersion
	if s.Articles == nil {
		s.Articles = []Entry{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	err := enc.Encode(s)
	return b.Bytes(), err
}

// ReadSet reads an exported set, saying clearly what is wrong with a file
// that is not one.
func ReadSet(b []byte) (Set, error) {
	var s Set
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		var se *json.SyntaxError
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return Set{}, errors.New("the file ends too early: it is cut off, or it is not a Parallax articles file")
		}
		if errors.As(err, &se) {
			line := 1 + bytes.Count(b[:min(int(se.Offset), len(b))], []byte("\n"))
			return Set{}, fmt.Errorf("line %d: this is not a Parallax articles file (%v)", line, se)
		}
		return Set{}, fmt.Errorf("this is not a Parallax articles file: %v", err)
	}
	switch {
	case s.Format != SetFormat:
		return Set{}, fmt.Errorf("this is not a Parallax articles file (its format is %q, not %q)", s.Format, SetFormat)
	case s.Version > SetVersion:
		return Set{}, fmt.Errorf("this file is from a newer Parallax (version %d); this one reads version %d", s.Version, SetVersion)
	case len(s.Articles) > MaxSet*5:
		// A few too many can be loaded and edited down (Check says so);
		// a hundred and more is not a set of articles about one event.
		return Set{}, fmt.Errorf("this file holds %d articles; at most %d can be compared at once", len(s.Articles), MaxSet)
	}
	// "English", "fr-FR": the code the editor's choice of languages uses;
	// an unsupported one stays as written, for Check to name.
	for i, e := range s.Articles {
		if lang, err := words.LookupLanguage(e.Language); err == nil && e.Language != "" {
			s.Articles[i].Language = lang.Code
		}
	}
	return s, nil
}

// title capitalises a language's name for a message.
func title(name string) string {
	if name == "" {
		return name
	}
	return strings.ToUpper(name[:1]) + name[1:]
}

// replaced reports whether text is largely U+FFFD, the replacement
// character: what a browser makes of a binary file read as text.
func replaced(text string) bool {
	head := text[:min(len(text), 8192)]
	return strings.Count(head, "\uFFFD")*20 > utf8.RuneCountInString(head)
}

// tooLarge says an article's text is over MaxEntry.
func tooLarge(name string, n int) error {
	return &Problem{Path: name, Msg: fmt.Sprintf("too large (%.1f MB); one article may hold at most %d MB", float64(n)/(1<<20), MaxEntry>>20)}
}

// FromFile reads a dropped or chosen file as an entry: a .txt file as it
// is, an .html or .htm file (or a .txt file holding HTML) reduced to its
// article, with the page's headline, outlet, date and address (Decode,
// Fill). The language is the one the text seems to be in, or English. The
// error says what is wrong with the file, naming it.
func FromFile(name string, b []byte) (Entry, error) {
	isHTML := isHTMLName(name)
	if !isArticleName(name) {
		return Entry{}, &Problem{Path: name, Msg: "only .txt and .html files can be read"}
	}
	if len(b) > MaxEntry && !isHTML {
		return Entry{}, tooLarge(name, len(b))
	}
	page, fromHTML, err := Decode(name, b)
	if err != nil {
		return Entry{}, err
	}
	if fromHTML && len(page.Text) > MaxEntry {
		return Entry{}, tooLarge(name, len(page.Text))
	}
	return Entry{}.Fill(page), nil
}

// Fill gives e the text of p, a file or a page read for it, and what the
// page says of itself where e says nothing (what the person typed wins).
// Its language becomes the one the text seems to be in, else stays e's,
// else is English.
func (e Entry) Fill(p Page) Entry {
	e.Text = p.Text
	e.Title, e.Source, e.Date, e.URL = cmp.Or(e.Title, p.Title), cmp.Or(e.Source, p.Outlet), cmp.Or(e.Date, p.Date), cmp.Or(e.URL, p.URL)
	if lang, ok := words.Guess(e.Text); ok {
		e.Language = lang.Code
	}
	e.Language = cmp.Or(e.Language, "en")
	return e
}
