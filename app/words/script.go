package words

import (
	"strings"
	"unicode"
)

// scripts are the writing systems Script tells apart, with the Unicode
// tables of their letters.
var scripts = []struct {
	name   string
	tables []*unicode.RangeTable
}{
	{"Latin", []*unicode.RangeTable{unicode.Latin}},
	{"Cyrillic", []*unicode.RangeTable{unicode.Cyrillic}},
	{"Greek", []*unicode.RangeTable{unicode.Greek}},
	{"Arabic", []*unicode.RangeTable{unicode.Arabic}},
	{"Hebrew", []*unicode.RangeTable{unicode.Hebrew}},
	{"Devanagari", []*unicode.RangeTable{unicode.Devanagari}},
	{"Chinese or Japanese", []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana}},
	{"Korean", []*unicode.RangeTable{unicode.Hangul}},
	{"Thai", []*unicode.RangeTable{unicode.Thai}},
}

// Script names the writing system most of a text's first letters are
// in ("Latin", "Cyrillic", "Arabic"…), or "" when none holds a majority
// of them or there are fewer than 20. Like Guess, it reads at most the
// first 16 KB.
func Script(text string) string {
	counts := make([]int, len(scripts))
	letters := 0
	for _, r := range text[:min(len(text), 16<<10)] {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		for k, s := range scripts {
			if unicode.In(r, s.tables...) {
				counts[k]++
				break
			}
		}
	}
	if letters < 20 {
		return ""
	}
	for k, n := range counts {
		if 2*n > letters {
			return scripts[k].name
		}
	}
	return ""
}

// Script is the writing system the language is written in.
func (l Language) Script() string {
	if l.Code == "ru" {
		return "Cyrillic"
	}
	return "Latin"
}

// Direction is "rtl" when the first letter of text is of a script written
// right to left (Arabic, Hebrew, Syriac, Thaana, N'Ko), else "ltr": what
// dir="auto" decides, which made Chromium take 37 s rather than 3 over a
// 5 MB textarea (it stops at the first letter here).
func Direction(text string) string {
	for _, r := range text {
		if unicode.IsLetter(r) {
			if unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko) {
				return "rtl"
			}
			return "ltr"
		}
	}
	return "ltr"
}

// unstemmed are the stop words of languages Parallax does not stem, common
// in news, enough to tell one when a text is written in it (Unstemmed).
var unstemmed = []struct {
	name  string
	words map[string]bool
}{
	{"German", set("der die das und ist nicht ein eine zu den mit von dem des sich auf für im wie auch es sie wird bei nach aus einer")},
	{"Italian", set("il di che non per una sono della del le gli dei con nel alla anche come più è questo ha stato")},
	{"Portuguese", set("de que não uma os das dos com para por mais como ao foi está pelo pela também são seu sua")},
	{"Dutch", set("de het een van en niet dat zijn voor met op te ook maar bij aan er door wordt naar om")},
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// Unstemmed names the language a text seems to be written in when it is
// one Parallax does not stem (German, Italian, Portuguese, Dutch): a fifth
// or more of its first 400 words are that language's stop words, half as
// many again as any stemmed language's. ok is false otherwise.
func Unstemmed(text string) (name string, ok bool) {
	words := strings.FieldsFunc(text[:min(len(text), 16<<10)], func(r rune) bool { return !isWordRune(r) })
	words = words[:min(len(words), 400)]
	if len(words) < 30 {
		return "", false
	}
	counts := make([]int, len(unstemmed))
	best := 0 // the most stop words of a stemmed language
	stemmed := make([]int, len(languages))
	for _, w := range words {
		w = Fold(w)
		for k, l := range unstemmed {
			if l.words[w] {
				counts[k]++
			}
		}
		for k, l := range languages {
			if l.isStop(w) {
				stemmed[k]++
			}
		}
	}
	for _, n := range stemmed {
		best = max(best, n)
	}
	for k, n := range counts {
		if 5*n >= len(words) && 2*n >= 3*best {
			return unstemmed[k].name, true
		}
	}
	return "", false
}
