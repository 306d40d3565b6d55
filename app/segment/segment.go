// Package segment splits news text into sentences and keeps each sentence's
// byte offsets into the original text.
//
// The splitter is rule based (no trained model: Punkt-style models fail after
// closing curly quotes and on "Dept. said", and cost megabytes in the
// WebAssembly, as measured while planning Parallax). It works in one pass over each paragraph, so
// its cost is O(n) in the length of the text.
//
// The rules, in order:
//   - A line break ends a sentence, except a single break followed by a
//     lowercase letter (hard-wrapped text). Headlines and subheadings with no
//     final stop are therefore sentences of their own.
//   - '.', '!', '?', '…' and the CJK stops end a sentence when they are
//     followed (after any closing quotes or brackets) by white space and a
//     word that does not start in lowercase.
//   - A '.' after a known abbreviation (Mr., Gen., Aug., St.), an initial
//     (J. Smith) or a dotted acronym (U.S., a.m.) does not end a sentence,
//     unless the next words read as a new sentence ("the U.S. Among them are").
//   - Inside a quotation that closes within the same paragraph (and within
//     maxQuote bytes), stops do not end the sentence: a quoted statement of
//     several sentences stays with its attribution.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of the text.
type Span struct {
	Start, End int
}

// maxQuote is the longest quotation, in bytes, that is kept whole. Longer
// quotations are split like ordinary text.
const maxQuote = 600

// Sentences returns the sentences of text in order. Spans are sorted, do not
// overlap, lie inside the text, never start or end with white space and are
// never empty.
func Sentences(text string) []Span {
	return SentencesIn(text, Paragraphs(text))
}

// SentencesIn splits the given paragraphs of text (from Paragraphs), for a
// caller that needs the paragraphs too.
func SentencesIn(text string, paras []Span) []Span {
	var out []Span
	for _, p := range paras {
		out = appendSentences(out, text, p)
	}
	return out
}

// Headings reports, for each of sents (SentencesIn(text, paras)), whether
// it is a heading: a whole paragraph with no final stop.
func Headings(text string, paras, sents []Span) []bool {
	out := make([]bool, len(sents))
	p := 0 // the paragraph of the current sentence: both lists are in order
	for k, sp := range sents {
		for p < len(paras) && paras[p].End < sp.End {
			p++
		}
		out[k] = p < len(paras) && paras[p] == sp && !EndsWithStop(text[sp.Start:sp.End])
	}
	return out
}

// ParagraphOf gives, for each of sents (SentencesIn(text, paras)), the
// index of the paragraph it is in.
func ParagraphOf(paras, sents []Span) []int {
	out := make([]int, len(sents))
	p := 0
	for k, sp := range sents {
		for p < len(paras)-1 && paras[p].End < sp.End {
			p++
		}
		out[k] = p
	}
	return out
}

// Shift returns the span moved by n bytes: from offsets into a part of a
// text to offsets into the text, when the part starts at n.
func (s Span) Shift(n int) Span { return Span{s.Start + n, s.End + n} }

// EndsWithStop reports whether s ends with a sentence stop, after any
// closing quotes or brackets: false for a headline or subheading.
func EndsWithStop(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return isSpace(r) || isCloser(r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return isStop(r) || r == ':' || r == ';' || r == ','
}

// Paragraphs returns the non-blank blocks of text, trimmed of white space.
// In hard-wrapped text (see hardWrapped) only blank lines end a block; in
// other text a single line break followed by a lowercase letter continues
// the block and any other line break ends it.
func Paragraphs(text string) []Span {
	var out []Span
	wrapped := hardWrapped(text)
	start := -1 // start of the current block, -1 when none
	end := 0    // end of the last non-space rune in the block
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isLineBreak(r):
			j := i + size
			if r == '\r' && j < len(text) && text[j] == '\n' {
				j++
			}
			if start >= 0 && !continues(text, j, wrapped) {
				out = append(out, Span{start, end})
				start = -1
			}
			i = j
			continue
		case isSpace(r):
		default:
			if start < 0 {
				start = i
			}
			end = i + size
		}
		i += size
	}
	if start >= 0 {
		out = append(out, Span{start, end})
	}
	return out
}

// continues reports whether the line starting at i continues the previous
// one: it is not blank, and in text that is not hard-wrapped it starts with
// a lowercase letter.
func continues(text string, i int, wrapped bool) bool {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isLineBreak(r) {
			return false
		}
		if !isSpace(r) {
			return wrapped || unicode.IsLower(r)
		}
		i += size
	}
	return false
}

// hardWrapped reports whether text was wrapped at a fixed width (an e-mail,
// `fold -w 70`): no line is longer than 120 bytes, and of the lines that a
// non-blank line follows, at least 60% are 40 bytes or longer and end
// without a stop, mid-sentence. Unwrapped news has one line a paragraph,
// mostly ending with a stop. One pass, O(n).
func hardWrapped(text string) bool {
	lines, midSentence := 0, 0
	start := 0
	prevBlank := true
	var prev string
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		line := strings.TrimRight(text[start:i], " \t\r")
		start = i + 1
		if len(line) > 120 {
			return false
		}
		blank := strings.TrimSpace(line) == ""
		if !blank && !prevBlank { // prev is a line another line follows
			lines++
			if len(prev) >= 40 && !EndsWithStop(prev) {
				midSentence++
			}
		}
		prev, prevBlank = line, blank
	}
	return lines >= 3 && midSentence*10 >= lines*6
}

func isLineBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\v' || r == '\f' || r == '\u0085'
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

// appendSentences splits the paragraph p of text.
func appendSentences(out []Span, text string, p Span) []Span {
	quotes := quotations(text, p)
	q := 0 // index of the first quotation that may still contain i
	start := p.Start
	i := p.Start
	for i < p.End {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !isStop(r) {
			continue
		}
		stop := i - size
		// Take further stops and the closers that follow: `?!`, `."`, `.”)`.
		for i < p.End {
			r2, s2 := utf8.DecodeRuneInString(text[i:])
			if !isStop(r2) && !isCloser(r2) {
				break
			}
			i += s2
		}
		for q < len(quotes) && quotes[q].End <= stop {
			q++
		}
		if q < len(quotes) && quotes[q].Start < stop && i < quotes[q].End {
			continue // inside a quotation that goes on after this stop
		}
		if !boundary(text, p, stop, r, i) {
			continue
		}
		out = AppendTrimmed(out, text, start, i)
		start = i
	}
	return AppendTrimmed(out, text, start, p.End)
}

// boundary decides whether the stop rune r at byte stop, whose closers end
// at after, ends a sentence inside paragraph p.
func boundary(text string, p Span, stop int, r rune, after int) bool {
	if after >= p.End {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[after:])
	if isCJKStop(r) {
		return true
	}
	if !isSpace(next) {
		return false // "3.5", "U.S.-Russia", "Malaysia.(REUTERS)"
	}
	word, follow := nextWords(text, after, p.End)
	first, _ := utf8.DecodeRuneInString(word)
	if unicode.IsLower(first) {
		return false
	}
	if r != '.' {
		return true
	}
	prev := wordBefore(text, p.Start, stop)
	if !isAbbreviation(prev) {
		return true
	}
	// After an abbreviation, a new sentence must look like one: a common
	// sentence opener in capitals followed by a lowercase word.
	f, _ := utf8.DecodeRuneInString(follow)
	return opensSentence(word) && (follow == "" || unicode.IsLower(f))
}

// nextWords returns the first two words after position i (skipping spaces
// and opening quotes), up to end.
func nextWords(text string, i, end int) (string, string) {
	w1, j := wordAt(text, i, end)
	w2, _ := wordAt(text, j, end)
	return w1, w2
}

func wordAt(text string, i, end int) (string, int) {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isSpace(r) && !isOpener(r) {
			break
		}
		i += size
	}
	j := i
	for j < end {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' {
			break
		}
		j += size
	}
	return text[i:j], j
}

// wordBefore returns the letters and dots just before position stop
// ("U.S" in "the U.S.", "Aug" in "Aug.").
func wordBefore(text string, from, stop int) string {
	i := stop
	for i > from && stop-i < 40 {
		r, size := utf8.DecodeLastRuneInString(text[from:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= size
	}
	return text[i:stop]
}

// isAbbreviation reports whether w, the letters before a '.', is an initial,
// a dotted acronym or a known abbreviation.
func isAbbreviation(w string) bool {
	if w == "" {
		return false
	}
	if strings.Contains(w, ".") {
		return true // U.S, a.m, e.g
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	_, ok := abbreviations[strings.ToLower(w)]
	return ok
}

// abbreviations are words commonly written with a period that does not end
// a sentence in news text: titles, months, and a few others.
var abbreviations = setOf(
	"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm",
	"gov", "sen", "rep", "reps", "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "brig",
	"st", "mt", "ft", "ave", "blvd", "rd", "jr", "sr", "no", "nos", "vs", "v", "approx", "dept", "est",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"inc", "co", "corp", "ltd", "bros", "fig", "vol", "pp", "ed", "al",
)

// opensSentence reports whether w commonly starts a sentence, so that a
// capitalised w after an abbreviation starts a new one.
func opensSentence(w string) bool {
	_, ok := openers[strings.ToLower(w)]
	return ok
}

var openers = setOf(
	"a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i",
	"his", "her", "their", "our", "there", "here", "in", "on", "at", "for", "to", "from", "by", "with",
	"among", "after", "before", "while", "when", "since", "although", "though", "but", "and", "or",
	"so", "yet", "still", "however", "meanwhile", "also", "both", "some", "many", "most", "all",
	"one", "if", "as", "despite", "during", "what", "who", "why", "how",
)

func setOf(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

func isStop(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…' || isCJKStop(r)
}

func isCJKStop(r rune) bool { return r == '。' || r == '！' || r == '？' }

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '」', '』':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '‹', '(', '[', '「', '『', '-', '–', '—':
		return true
	}
	return false
}

// quotations returns the double-quoted stretches of paragraph p that close
// within it and are at most maxQuote bytes long, as [open, close+1) spans.
// Curly quotes pair “ with ”; straight quotes alternate.
func quotations(text string, p Span) []Span {
	var out []Span
	open := -1
	for i := p.Start; i < p.End; {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '“' || (r == '"' && open < 0):
			open = i
		case (r == '”' || r == '"') && open >= 0:
			if i+size-open <= maxQuote {
				out = append(out, Span{open, i + size})
			}
			open = -1
		}
		i += size
	}
	return out
}

// AppendTrimmed appends text[start:end] without surrounding white space,
// unless nothing is left: for splitters that cut sentences finer.
func AppendTrimmed(out []Span, text string, start, end int) []Span {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		end -= size
	}
	if start < end {
		out = append(out, Span{start, end})
	}
	return out
}
