package words

import (
	_ "embed"
	"strings"
)

// British and American spellings of one word must share a key
// (characterise/characterize, defence/defense), or the same fact told by a
// London and a New York outlet would look different. Snowball stems the two
// spellings differently ("characteris" vs "character"), so the mapping runs
// before stemming.
//
// Two mechanisms, both applied the same way to every article:
//   - a list of irregular pairs (uk_us.txt: defence → defense, programme →
//     program, travelled → traveled), and
//   - the -ise/-isation rule for the many regular verbs. A rule applied to
//     every article alike only has to avoid collisions with other words
//     ("prise" must not become "prize"); that "advise" becomes "advize" on
//     both sides does no harm, because keys are never shown.

//go:embed uk_us.txt
var ukUSText string

// ukUS maps British spellings to American ones. It is built once from the
// embedded list and never written afterwards.
var ukUS = parsePairs(ukUSText)

func parsePairs(s string) map[string]string {
	m := make(map[string]string)
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		uk, us, ok := strings.Cut(line, " ")
		if ok {
			m[uk] = strings.TrimSpace(us)
		}
	}
	return m
}

// iseKeep are words ending in -ise whose -ize form is another word.
var iseKeep = map[string]bool{"prise": true, "prised": true, "prises": true, "prising": true}

// iseSuffixes map -ise endings to -ize ones, longest first.
var iseSuffixes = [][2]string{
	{"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"},
	{"isers", "izers"}, {"iser", "izer"}, {"ised", "ized"}, {"ises", "izes"}, {"ise", "ize"},
}

// americanize returns the American spelling of a lower-case English word,
// or the word itself.
func americanize(w string) string {
	if us, ok := ukUS[w]; ok {
		return us
	}
	if len(w) < 6 || iseKeep[w] {
		return w
	}
	for _, s := range iseSuffixes {
		if strings.HasSuffix(w, s[0]) {
			return w[:len(w)-len(s[0])] + s[1]
		}
	}
	return w
}

// Americanize returns the American spelling of a normalised (lower-case)
// English word, or the word itself: "defence" → "defense".
func Americanize(w string) string { return americanize(w) }
