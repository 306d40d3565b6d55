package words

import "unicode"

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
// dir="auto" decides, which Chromium took 35 s to decide on a 5 MB
// textarea (it stops at the first letter here).
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
