package article

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/app/segment"
)

// readHeader finds what precedes the body: a metadata line
// (" date 2025-07-10 ETV Bharat / international"), a headline (a short first
// paragraph with no final stop) and a dateline ("KUALA LUMPUR, July 10 –",
// "Kuala Lumpur, July 11, 2025 – The Europe Today:", "Kuala Lumpur:"). It
// fills a's fields from them and sets a.Body to what follows. Nothing is
// invented: an outlet the text does not name stays "".
func readHeader(a *Article) {
	text := a.Text
	paras := segment.Paragraphs(text)
	a.Body = segment.Span{Start: len(text), End: len(text)}
	if len(paras) == 0 {
		return
	}
	a.Body.End = paras[len(paras)-1].End
	p := 0
	start := paras[0].Start // where the body may begin

	// A metadata line: "date 2025-07-10" then an outlet line or body text.
	if date, rest, ok := dateLine(text[paras[0].Start:paras[0].End]); ok {
		a.Date = date
		restStart := paras[0].End - len(rest)
		if rest == "" || isOutletLine(rest) {
			a.Meta = append(a.Meta, paras[0])
			if rest != "" {
				source, section, _ := strings.Cut(rest, " / ")
				a.Source = strings.TrimSpace(source)
				a.Section = strings.TrimSpace(section)
			}
			p = 1
			if p < len(paras) {
				start = paras[p].Start
			} else {
				start = len(text)
			}
		} else {
			a.Meta = append(a.Meta, segment.Span{Start: paras[0].Start, End: trimEnd(text, paras[0].Start, restStart)})
			start = restStart
		}
	}

	// A headline: the first paragraph, if it is short, has no final stop
	// and more text follows.
	if p < len(paras) && start == paras[p].Start && p+1 < len(paras) && isHeadline(text[paras[p].Start:paras[p].End]) {
		a.Title = text[paras[p].Start:paras[p].End]
		a.Meta = append(a.Meta, paras[p])
		p++
		start = paras[p].Start
	}

	// A dateline at the start of the body.
	if n, d, ok := parseDateline(text[start:]); ok {
		a.Meta = append(a.Meta, segment.Span{Start: start, End: trimEnd(text, start, start+n)})
		a.Dateline = d.text
		if a.Date == "" {
			a.Date = d.date
		}
		if a.Source == "" {
			a.Source = d.outlet
		}
		start += n
	}
	a.Body.Start = start
	a.Body.End = max(a.Body.End, start) // nothing after the header: an empty body
}

func trimEnd(text string, start, end int) int {
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) && r != '–' && r != '—' && r != '-' && r != ':' {
			break
		}
		end -= size
	}
	return end
}

// dateLine recognises "date YYYY-MM-DD" at the start of a paragraph and
// returns the date and the rest of the paragraph.
func dateLine(p string) (date, rest string, ok bool) {
	word, after, found := strings.Cut(p, " ")
	if !found || !strings.EqualFold(word, "date") {
		return "", "", false
	}
	after = strings.TrimLeft(after, " \t")
	if len(after) < 10 || !isISODate(after[:10]) {
		return "", "", false
	}
	return after[:10], strings.TrimLeft(after[10:], " \t"), true
}

func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range []byte(s) {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return s[5:7] >= "01" && s[5:7] <= "12" && s[8:10] >= "01" && s[8:10] <= "31"
}

// isOutletLine: "ETV Bharat / international": short, no sentence stop.
func isOutletLine(s string) bool {
	return len(s) <= 80 && !strings.ContainsAny(s, ".!?") && (strings.Contains(s, " / ") || len(strings.Fields(s)) <= 5)
}

// isHeadline: at most 200 bytes and no final stop.
func isHeadline(p string) bool {
	return len(p) <= 200 && !segment.EndsWithStop(p)
}

type dateline struct {
	text   string // the place and date as printed
	date   string // YYYY-MM-DD when the year is given
	outlet string
}

var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// Month returns the month number of an English month name or abbreviation
// (any case, with or without a final '.'), or 0.
func Month(w string) int {
	return months[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// parseDateline recognises a dateline at the start of s and returns how
// many bytes it takes, including the spaces after it:
//
//	PLACE, Month Day[, Year] – [Outlet:]
//	PLACE (Agency) –
//	PLACE:
//	PLACE –          (place in capitals)
//
// PLACE is one to four capitalised words.
func parseDateline(s string) (int, dateline, bool) {
	var d dateline
	sc := scanner{s: s}
	placeWords, allCaps := sc.place()
	if placeWords == 0 {
		return 0, d, false
	}
	placeEnd := sc.i
	switch {
	case sc.accept(":"):
		if !sc.spaces() || !startsUpper(sc.s[sc.i:]) || placeWords > 3 {
			return 0, d, false
		}
		d.text = s[:placeEnd]
		return sc.i, d, true
	case sc.accept(", "):
		date, ok := sc.date()
		if !ok {
			return 0, d, false
		}
		d.text, d.date = s[:sc.i], date
	case sc.accept(" ("):
		agency, ok := sc.agency()
		if !ok {
			return 0, d, false
		}
		d.outlet = agency
		d.text = s[:placeEnd]
	default:
		if !allCaps {
			return 0, d, false
		}
		d.text = s[:placeEnd]
	}
	if !sc.dash() {
		return 0, d, false
	}
	if outlet, ok := sc.outlet(); ok {
		d.outlet = outlet
	}
	return sc.i, d, true
}

// place reads a dateline's place: one to four capitalised words, one
// space apart, and says how many it read and whether all are in
// capitals ("KUALA LUMPUR"). It stops before the space after the last.
func (sc *scanner) place() (n int, allCaps bool) {
	allCaps = true
	for n < 4 {
		w := sc.word()
		if w == "" || !startsUpper(w) {
			break
		}
		if strings.ToUpper(w) != w {
			allCaps = false
		}
		n++
		if !(sc.peek(" ") && startsUpper(sc.s[sc.i+1:])) {
			break
		}
		sc.i++
	}
	return n, allCaps
}

// date reads "Month Day[, Year]" after a place and its comma, and returns
// the date as YYYY-MM-DD when the year is given, else "". A day outside 1
// to 31, or a year outside 1900 to 2100 after a comma, is no date: the
// text is then not a dateline.
func (sc *scanner) date() (string, bool) {
	m := Month(sc.word())
	if m == 0 || !sc.accept(" ") {
		return "", false
	}
	day := sc.number()
	if day < 1 || day > 31 {
		return "", false
	}
	if !sc.accept(", ") {
		return "", true
	}
	y := sc.number()
	if y < 1900 || y > 2100 {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, day), true
}

// agency reads the rest of "PLACE (Agency)" after its " (": a name of 1
// to 30 bytes and the closing parenthesis.
func (sc *scanner) agency() (string, bool) {
	j := strings.IndexByte(sc.s[sc.i:], ')')
	if j < 1 || j > 30 {
		return "", false
	}
	name := sc.s[sc.i : sc.i+j]
	sc.i += j + 1
	return name, true
}

// outlet reads an outlet's name right after a dateline's dash, "The
// Europe Today: ": up to five capitalised words, the last followed by ':'
// and spaces. Without one it reads nothing and returns false, so that a
// body beginning with capitalised words keeps them.
func (sc *scanner) outlet() (string, bool) {
	save := sc.i
	var name []string
	for len(name) < 5 {
		w := sc.word()
		if w == "" || !startsUpper(w) {
			break
		}
		name = append(name, w)
		if sc.accept(":") {
			if sc.spaces() {
				return strings.Join(name, " "), true
			}
			break
		}
		if !sc.accept(" ") {
			break
		}
	}
	sc.i = save
	return "", false
}

// scanner reads a dateline left to right.
type scanner struct {
	s string
	i int
}

func (sc *scanner) peek(p string) bool { return strings.HasPrefix(sc.s[sc.i:], p) }

func (sc *scanner) accept(p string) bool {
	if sc.peek(p) {
		sc.i += len(p)
		return true
	}
	return false
}

// word reads letters, '.', '-' and apostrophes.
func (sc *scanner) word() string {
	j := sc.i
	for j < len(sc.s) {
		r, size := utf8.DecodeRuneInString(sc.s[j:])
		if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' && !(r == '-' && j > sc.i) {
			break
		}
		j += size
	}
	w := sc.s[sc.i:j]
	sc.i = j
	return w
}

func (sc *scanner) number() int {
	n, j := 0, sc.i
	for j < len(sc.s) && j-sc.i < 4 && sc.s[j] >= '0' && sc.s[j] <= '9' {
		n = n*10 + int(sc.s[j]-'0')
		j++
	}
	if j == sc.i {
		return -1
	}
	sc.i = j
	return n
}

// spaces skips at least one space or tab.
func (sc *scanner) spaces() bool {
	j := sc.i
	for sc.i < len(sc.s) && (sc.s[sc.i] == ' ' || sc.s[sc.i] == '\t') {
		sc.i++
	}
	return sc.i > j
}

// dash reads " – ", " — ", " - " or " -- ".
func (sc *scanner) dash() bool {
	save := sc.i
	sc.spaces()
	if sc.accept("–") || sc.accept("—") || sc.accept("--") || sc.accept("-") {
		if sc.spaces() {
			return true
		}
	}
	sc.i = save
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
