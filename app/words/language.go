package words

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"github.com/kljensen/snowball/hungarian"
	"github.com/kljensen/snowball/norwegian"
	"github.com/kljensen/snowball/russian"
	"github.com/kljensen/snowball/spanish"
	"github.com/kljensen/snowball/swedish"
)

// Language is one of the languages Snowball stems.
type Language struct {
	Name   string // "english"
	Code   string // ISO 639-1: "en"
	stem   func(word string, stemStopWords bool) string
	isStop func(word string) bool
}

// languages are the seven that github.com/kljensen/snowball supports.
var languages = []Language{
	{"english", "en", english.Stem, english.IsStopWord},
	{"french", "fr", french.Stem, french.IsStopWord},
	{"hungarian", "hu", hungarian.Stem, hungarian.IsStopWord},
	{"norwegian", "no", norwegian.Stem, norwegian.IsStopWord},
	{"russian", "ru", russian.Stem, russian.IsStopWord},
	{"spanish", "es", spanish.Stem, spanish.IsStopWord},
	{"swedish", "sv", swedish.Stem, swedish.IsStopWord},
}

// English returns the default language.
func English() Language { return languages[0] }

// IsEnglish reports whether a language code is English's, the language
// the rules that read English words (claims, counterparts, divergences)
// hold for. An empty code is English, as LookupLanguage reads it.
func IsEnglish(code string) bool { return code == "" || code == English().Code }

// Languages lists the supported languages, English first.
func Languages() []Language { return slices.Clone(languages) }

// Label is the language's name for people: "English".
func (l Language) Label() string { return strings.ToUpper(l.Name[:1]) + l.Name[1:] }

// LanguageNames lists the supported languages, for messages.
func LanguageNames() string {
	names := make([]string, len(languages))
	for i, l := range languages {
		names[i] = fmt.Sprintf("%s (%s)", l.Name, l.Code)
	}
	return strings.Join(names, ", ")
}

// LookupLanguage finds a language by English name or ISO 639-1 code, in any
// case ("en", "English", "nb" for Norwegian Bokmål). An empty name is English.
func LookupLanguage(name string) (Language, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	if n == "" {
		return English(), nil
	}
	if i := strings.IndexAny(n, "-_"); i > 0 { // "en-GB"
		n = n[:i]
	}
	if n == "nb" || n == "nn" {
		n = "no"
	}
	for _, l := range languages {
		if n == l.Name || n == l.Code {
			return l, nil
		}
	}
	return Language{}, fmt.Errorf("language %q is not supported; Parallax stems %s", name, LanguageNames())
}

// Guess names the language a text seems to be written in, by the share of
// its first words that are stop words of each language (a cheap, reliable
// signal over a paragraph or more). ok is false when the text is too short
// or no language stands out, so a caller warns only when it is sure.
func Guess(text string) (lang Language, ok bool) {
	const sample = 400 // words
	counts := make([]int, len(languages))
	n := 0
	if len(text) > 16<<10 { // 400 words fit; a 5 MB paste is not split whole on every keystroke
		cut := 16 << 10
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	// the first words, read until there are enough (strings.FieldsFunc
	// would split all 16 KB first)
	for i := 0; i < len(text) && n < sample; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r) {
				break
			}
			j += size
		}
		w := Fold(text[i:j])
		i = j
		n++
		for k, l := range languages {
			if l.isStop(w) {
				counts[k]++
			}
		}
		// a hundred words that leave no doubt are enough: the rest of
		// the sample would not change the answer
		if n%50 == 0 && n >= 100 {
			if best, second := ranked(counts); counts[best]*4 >= n && counts[best] >= 2*second {
				return languages[best], true
			}
		}
	}
	if n < 30 {
		return Language{}, false
	}
	best, second := ranked(counts)
	// News prose is a third or more stop words in its own language; the
	// runner-up must trail clearly (Norwegian and Swedish share many).
	if counts[best]*5 < n || counts[best]*2 < second*3 {
		return Language{}, false
	}
	return languages[best], true
}

// ranked returns the index of the largest count and the largest of the
// others.
func ranked(counts []int) (best, second int) {
	for i := range counts {
		if counts[i] > counts[best] {
			best = i
		}
	}
	for i := range counts {
		if i != best && counts[i] > second {
			second = counts[i]
		}
	}
	return best, second
}
