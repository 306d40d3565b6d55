// Package words turns sentence text into tokens with matching keys:
// Unicode-normalised (NFKC), case-folded, apostrophes unified, UK spellings
// mapped to US ones, stop words marked, and content words stemmed with
// Snowball for the article's language.
//
// Tokenising is one pass over the text, O(n); each distinct word is stemmed
// once per Analyzer (Snowball costs about 1 µs a word natively).
package words

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kind tells words, numbers and acronyms apart.
type Kind uint8

const (
	Word    Kind = iota
	Number       // 500, 1,000, 3.5, 1st
	Acronym      // U.S., UN, NATO: initials in capitals
)

// Token is one word of a text.
type Token struct {
	Start, End int    // byte offsets into the analysed text, End exclusive
	Norm       string // NFKC, case-folded, straight apostrophes, no acronym dots
	Key        string // what matching compares: the stem; a number's digits
	Kind       Kind
	Upper      bool // starts with a capital letter in the text
	Stop       bool // a stop word of the language
	Neg        bool // a negation: not, n't, no, never, ...
}

// Content reports whether the token carries meaning for matching: a word
// or acronym that is not a stop word.
func (t Token) Content() bool { return !t.Stop && t.Kind != Number }

// Analyzer tokenises text of one language. It caches stems, so it is not
// safe for concurrent use; make one per goroutine.
type Analyzer struct {
	lang  Language
	stems map[string]string
}

// NewAnalyzer returns an Analyzer for lang.
func NewAnalyzer(lang Language) *Analyzer {
	return &Analyzer{lang: lang, stems: make(map[string]string)}
}

// Language returns the analyzer's language.
func (a *Analyzer) Language() Language { return a.lang }

// TokensIn tokenises text[start:end], with offsets into text.
func (a *Analyzer) TokensIn(text string, start, end int) []Token {
	toks := a.Tokens(text[start:end])
	for k := range toks {
		toks[k].Start += start
		toks[k].End += start
	}
	return toks
}

// Tokens returns the tokens of text in order.
func (a *Analyzer) Tokens(text string) []Token {
	var out []Token
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		if isIdeograph(r) { // CJK has no spaces: one token a character
			out = append(out, a.word(text, i, i+size))
			i += size
			continue
		}
		end := scanWord(text, i)
		out = a.appendWord(out, text, i, end)
		i = end
	}
	return out
}

// scanWord returns the end of the word starting at i: letters and digits,
// joined by apostrophes between letters, by '.' in dotted acronyms (U.S.)
// and by ',' or '.' between digits (1,000 and 3.5). Hyphens split words.
func scanWord(text string, i int) int {
	j := i
	dotted := false
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) && !isIdeograph(r) {
			j += size
			continue
		}
		next, nsize := utf8.DecodeRuneInString(text[min(j+size, len(text)):])
		if j+size >= len(text) {
			next, nsize = utf8.RuneError, 0
		}
		prev, _ := utf8.DecodeLastRuneInString(text[i:j])
		switch {
		case isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next):
			j += size
			continue
		case (r == ',' || r == '.') && unicode.IsDigit(prev) && unicode.IsDigit(next):
			j += size
			continue
		case r == '.' && unicode.IsUpper(prev) && (dotted || j-i == utf8.RuneLen(prev)) && unicode.IsLetter(next) && isSingleLetter(text, j+size, nsize):
			// U.S., U.N.: single capitals joined by dots
			dotted = true
			j += size
			continue
		case r == '.' && dotted:
			j += size // the acronym's final dot
		}
		break
	}
	return j
}

// isSingleLetter reports whether the letter at i (of size n) stands alone:
// followed by '.' (the "S." of "U.S.").
func isSingleLetter(text string, i, n int) bool {
	return i+n < len(text) && text[i+n] == '.'
}

// appendWord splits contractions and possessives off the word text[start:end]
// and appends what remains.
func (a *Analyzer) appendWord(out []Token, text string, start, end int) []Token {
	w := text[start:end]
	if k := lastApostrophe(w); k > 0 {
		_, asize := utf8.DecodeRuneInString(w[k:])
		suffix := strings.ToLower(w[k+asize:])
		switch {
		case suffix == "t" && k > 1 && (w[k-1] == 'n' || w[k-1] == 'N'):
			// don't → do + n't; can't → can; won't → will
			stemEnd := start + k - 1
			if stemEnd > start {
				t := a.word(text, start, stemEnd)
				switch t.Norm {
				case "ca":
					t.Norm, t.Key = "can", "can"
				case "wo":
					t.Norm, t.Key = "will", "will"
				}
				out = append(out, t)
			}
			return append(out, Token{Start: stemEnd, End: end, Norm: "not", Key: "not", Stop: true, Neg: true})
		case suffix == "s" || suffix == "ll" || suffix == "re" || suffix == "ve" || suffix == "d" || suffix == "m":
			return append(out, a.word(text, start, start+k))
		}
	}
	return append(out, a.word(text, start, end))
}

func lastApostrophe(w string) int {
	for k := len(w) - 1; k > 0; k-- {
		r, _ := utf8.DecodeRuneInString(w[k:])
		if isApostrophe(r) {
			return k
		}
	}
	return -1
}

// word makes the token for text[start:end].
func (a *Analyzer) word(text string, start, end int) Token {
	surface := text[start:end]
	first, _ := utf8.DecodeRuneInString(surface)
	t := Token{Start: start, End: end, Upper: unicode.IsUpper(first)}
	t.Norm = a.normalize(surface)
	switch {
	case unicode.IsDigit(first):
		t.Kind = Number
		t.Key = strings.ReplaceAll(t.Norm, ",", "")
		return t
	case isAcronym(surface, t.Norm, a.lang.isStop):
		t.Kind = Acronym
		t.Key = t.Norm
		return t
	}
	if a.lang.isStop(t.Norm) || (a.lang.Code == "en" && extraEnglishStops[t.Norm]) {
		t.Stop = true
		t.Key = t.Norm
		t.Neg = negations[t.Norm]
		return t
	}
	t.Neg = negations[t.Norm]
	t.Key = a.stem(t.Norm)
	return t
}

// extraEnglishStops are function words Snowball's English list lacks:
// without them "us" would match "US" and modal verbs would count as content.
var extraEnglishStops = map[string]bool{
	"us": true, "would": true, "could": true, "might": true, "must": true, "shall": true, "also": true,
}

var negations = map[string]bool{
	"not": true, "no": true, "never": true, "none": true, "nothing": true, "neither": true,
	"nor": true, "cannot": true, "nobody": true, "nowhere": true, "lack": true, "without": true,
}

// isAcronym: dotted capitals (U.S.) or two to five capitals (UN, NATO),
// except capitalised stop words ("IT", "AND" in a shouted headline); "US"
// is the country.
func isAcronym(surface, norm string, isStop func(string) bool) bool {
	if strings.Contains(surface, ".") {
		return true
	}
	n := utf8.RuneCountInString(surface)
	if n < 2 || n > 5 {
		return false
	}
	for _, r := range surface {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return norm == "us" || !isStop(norm)
}

// normalize returns the NFKC, case-folded form of a word with apostrophes
// made straight and acronym dots removed.
func (a *Analyzer) normalize(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		s = strings.ToLower(s)
	} else {
		s = Fold(norm.NFKC.String(s))
		s = strings.Map(func(r rune) rune {
			if isApostrophe(r) {
				return '\''
			}
			return r
		}, s)
	}
	if strings.Contains(s, ".") && !isNumeric(s) {
		s = strings.ReplaceAll(s, ".", "")
	}
	return s
}

func isNumeric(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// stem returns the cached stem of a normalised word.
func (a *Analyzer) stem(w string) string {
	if s, ok := a.stems[w]; ok {
		return s
	}
	s := w
	if a.lang.Code == "en" {
		s = americanize(s)
	}
	s = a.lang.stem(s, true)
	a.stems[w] = s
	return s
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`'
}

func isIdeograph(r rune) bool {
	if r < 0x2e80 { // below the CJK blocks
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}
