package words

import "strings"

// Fold is Unicode case folding for the alphabets of the languages
// Snowball stems here (Latin, Cyrillic): lower case, with the folds that
// lower-casing misses (ß and ẞ as ss, long s as s, final sigma as sigma).
// golang.org/x/text/cases.Fold covers all of Unicode, but it brings the
// language tables of x/text/language into app.wasm: 73 KB brotli of a
// 1.6 MB budget (measured: 1,935,318 bytes with it, 1,862,089 without).
func Fold(s string) string {
	s = strings.ToLower(s)
	if !strings.ContainsAny(s, "ßſς") {
		return s
	}
	return foldExtra.Replace(s)
}

var foldExtra = strings.NewReplacer("ß", "ss", "ſ", "s", "ς", "σ")
