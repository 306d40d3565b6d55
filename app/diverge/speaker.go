package diverge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Speaker names whom a sentence attributes its quotation to, from a
// reporting verb next to a name, as English news writes it:
//
//	“…,” Rubio said          said Rubio          Rubio told reporters “…”
//	according to Rubio, …    Lavrov outlined …, stating, “…”
//
// A person is named by the last word of the name ("Secretary of State
// Marco Rubio" → "Rubio"), a body by the whole name ("Russia’s Foreign
// Ministry"). It returns "" when the sentence names no one (“…,” he
// said), so that a caller asks only what the text says. Words inside
// quotation marks are never taken for the speaker. Cost: one pass, O(n).
func Speaker(sentence string) string {
	ws := outsideQuotes(sentence)
	for i, w := range ws {
		lw := strings.ToLower(w.text)
		switch {
		case lw == "according" && i+2 < len(ws) && strings.ToLower(ws[i+1].text) == "to":
			if name := nameAt(ws, i+2, +1); name != "" {
				return name
			}
		case participles[lw]:
			// “Lavrov outlined …, stating, …”: the sentence's subject
			if name := nameAt(ws, 0, +1); name != "" {
				return name
			}
		case reporting[lw]:
			if name := nameAt(ws, i-1, -1); name != "" { // Rubio said
				return name
			}
			if leftOnly[lw] {
				continue // "he accused Putin of …": the accused is not the speaker
			}
			if name := nameAt(ws, i+1, +1); name != "" { // said Rubio
				return name
			}
		}
	}
	return ""
}

// reporting are verbs that attribute a quotation to the name next to
// them; participles attribute it to the sentence's subject.
var (
	reporting = set("said", "says", "say", "told", "tells", "added", "adds", "stressed", "noted", "stated",
		"explained", "insisted", "emphasized", "emphasised", "warned", "replied", "wrote", "declared", "described",
		"urged", "argued", "acknowledged", "admitted", "recalled", "asserted", "accused", "called", "dubbed")
	leftOnly    = set("accused", "called", "dubbed") // the name after them is who is spoken of
	participles = set("saying", "stating", "adding", "noting", "telling", "insisting", "stressing", "declaring")
	// bodies end a name that is an institution, named whole
	bodies = set("ministry", "office", "department", "kremlin", "government", "council", "agency", "spokesperson",
		"spokesman", "spokeswoman", "embassy", "affairs", "ministries", "service", "press", "committee", "commission", "white", "house", "pentagon", "administration")
	joins = set("of", "for", "de", "al")
	// not names, though capitalised at a sentence's start
	notNames = set("he", "she", "they", "it", "we", "i", "you", "this", "that", "the", "a", "an", "his", "her",
		"their", "its", "speaking", "earlier", "later", "meanwhile", "however", "but", "and", "in", "on", "at",
		"after", "before", "when", "while", "as", "also", "both", "officials", "reporters")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

type word struct {
	text  string
	comma bool // a comma, colon or stop follows it: a name does not run past it
}

// outsideQuotes splits the sentence into words, leaving out what stands
// inside quotation marks (curly, or straight ones in pairs).
func outsideQuotes(s string) []word {
	var out []word
	inside := false
	var cur strings.Builder
	flush := func(stop bool) {
		if cur.Len() > 0 {
			out = append(out, word{text: cur.String(), comma: stop})
			cur.Reset()
		} else if stop && len(out) > 0 {
			out[len(out)-1].comma = true
		}
	}
	for _, r := range s {
		switch {
		case r == '“' || r == '”' || r == '"' || r == '«' || r == '»':
			flush(true)
			switch r {
			case '“', '«':
				inside = true
			case '”', '»':
				inside = false
			default:
				inside = !inside
			}
		case inside:
		case r == ',' || r == ':' || r == ';' || r == '.' || r == '(' || r == ')':
			flush(true)
		case unicode.IsSpace(r):
			flush(false)
		default:
			cur.WriteRune(r)
		}
	}
	flush(false)
	return out
}

// nameAt reads the run of capitalised words that starts at ws[i] and
// goes in direction dir (+1 forward, -1 backward), stopping at a comma
// or a word in lower case; "" when there is none.
func nameAt(ws []word, i, dir int) string {
	var run []string
	for ; i >= 0 && i < len(ws); i += dir {
		w := ws[i].text
		if dir < 0 && ws[i].comma && len(run) > 0 {
			break
		}
		// "Ministry of Foreign Affairs": a small word joins two parts
		if joins[w] && len(run) > 0 && i+dir >= 0 && i+dir < len(ws) && capitalised(ws[i+dir].text) {
			run = append(run, w)
			continue
		}
		if !capitalised(w) || notNames[strings.ToLower(w)] {
			break
		}
		run = append(run, w)
		if dir > 0 && ws[i].comma {
			break
		}
	}
	if len(run) == 0 {
		return ""
	}
	if dir < 0 {
		for a, b := 0, len(run)-1; a < b; a, b = a+1, b-1 {
			run[a], run[b] = run[b], run[a]
		}
	}
	last := strings.ToLower(run[len(run)-1])
	if bodies[last] || strings.ContainsAny(strings.Join(run, " "), "’'") {
		return strings.Join(run, " ") // an institution: Russia’s Foreign Ministry
	}
	return run[len(run)-1]
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// Says is whom the member's sentence attributes what it says to: its
// Speaker, for English text; "" when it names no one or is in another
// language.
func (m Member) Says() string { return saysOf(m) }

// saysOf is whom the member's sentence attributes what it says to, for
// English text; "" when it names no one or is in another language.
func saysOf(m Member) string {
	if !m.english() {
		return ""
	}
	return Speaker(m.Text[m.Start:m.End])
}

// speakersDiffer reports whether two attributions name two different
// speakers. One body named two ways ("Russian Ministry of Foreign
// Affairs", "Russia’s Foreign Ministry") shares a word; an unnamed speaker
// differs from no one.
func speakersDiffer(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	words := func(s string) map[string]bool {
		out := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(s)) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
			if !joins[w] && w != "the" {
				out[w] = true
			}
		}
		return out
	}
	wa := words(a)
	for w := range words(b) {
		if wa[w] {
			return false
		}
	}
	return true
}
