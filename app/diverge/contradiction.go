package diverge

import (
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/app/words"
)

// Contradiction cues: one member negates what another asserts ("It's not a
// new approach" against "a new and different approach"), or uses a word of
// opposite sense for the same thing (confirmed/denied).
//
// A word is negated when a negation (not, n't, no, never, lack, without,
// ...) comes before it in the same clause; clauses end at , ; : . ! ?
// dashes and brackets and before "but", "although", "while". This is a cue
// for a reader to check, not a proof: the summary says so. Harm counted in
// one member and denied in another is an opposite claim, not a cue: see
// harm.go.

// negated returns, for each token, whether its clause has a negation
// before it.
func negated(m Member) []bool {
	out := make([]bool, len(m.Tokens))
	neg := false
	for i, t := range m.Tokens {
		if i > 0 && clauseBreak(m.Text[m.Tokens[i-1].End:t.Start]) {
			neg = false
		}
		if t.Norm == "but" || t.Norm == "although" || t.Norm == "while" || t.Norm == "though" {
			neg = false
		}
		out[i] = neg
		if t.Neg {
			neg = true
		}
	}
	return out
}

// clauseBreak reports whether the text between two tokens ends a clause.
func clauseBreak(between string) bool {
	return strings.ContainsAny(between, ",;:.!?()[]—–")
}

// opposites are stems of words of opposite sense in news reports.
var opposites = [][2]string{
	{"confirm", "deni"}, {"accept", "reject"}, {"agre", "disagre"}, {"succeed", "fail"},
	{"win", "lose"}, {"increas", "decreas"}, {"rise", "fall"}, {"approv", "reject"},
	{"admit", "deni"}, {"support", "oppos"},
}

// oppositeBit gives each stem of opposites a bit, so a member's opposite
// stems are one word to test. Built once from opposites, never written; a
// test keeps opposites within the 32 bits.
var oppositeBit = func() map[string]uint32 {
	m := map[string]uint32{}
	for _, p := range opposites {
		for _, w := range p {
			if _, ok := m[w]; !ok {
				m[w] = 1 << len(m)
			}
		}
	}
	return m
}()

// contradictions checks every ordered pair of members of different
// articles. Cost: O(n² · t²) for n members of t tokens (each negated phrase
// is looked up in the other member), small for facts of a few sentences.
func contradictions(ms []Member) []Divergence {
	negs := make([][]bool, len(ms))
	has := make([]uint32, len(ms)) // each member's opposite stems, as bits of oppositeBit
	harms := make([]harms, len(ms))
	for i := range ms {
		negs[i] = negated(ms[i])
		harms[i] = harmsOf(ms[i])
		for _, t := range ms[i].Tokens {
			if b, ok := oppositeBit[t.Key]; ok && !t.Stop {
				has[i] |= b
			}
		}
	}
	var out []Divergence
	for i := range ms {
		for j := range ms {
			if i == j || ms[i].Article == ms[j].Article || !ms[i].english() || !ms[j].english() {
				continue // the cues read English words: negations, opposites, harm
			}
			if d, ok := harmCue(ms[i], ms[j], harms[i].counts, harms[j].nones, i, j); ok {
				out = append(out, d)
				continue
			}
			if d, ok := negationCue(ms, negs, i, j); ok {
				out = append(out, d)
				continue
			}
			if i < j {
				if d, ok := oppositeCue(ms, has, i, j); ok {
					out = append(out, d)
				}
			}
		}
	}
	return out
}

// negationCue: member i negates a phrase that member j asserts. The
// phrase is the content words after a negation in its clause (up to four);
// its first word and at least two of its words (or all, if fewer) must
// stand in j outside any negation. "It's not a new approach" against "a new
// and different approach" qualifies; "did not result in any immediate
// breakthroughs" against "the likelihood of an immediate breakthrough" does
// not, since j does not say "result".
func negationCue(ms []Member, negs [][]bool, i, j int) (Divergence, bool) {
	a, b := ms[i], ms[j]
	for n, t := range a.Tokens {
		if !t.Neg {
			continue
		}
		if n+1 < len(a.Tokens) && additive[a.Tokens[n+1].Norm] {
			continue // "not just a party girl": more, not less
		}
		if disputes(a, n) {
			continue // "despite reports that he would not return": the sentence disputes its own negation
		}
		phrase := negatedPhrase(a, n)
		if len(phrase) < 2 || phrase[0] > n+2 {
			continue // what is negated follows the negation: "not a new approach"
		}
		first, last, lastA, found := asserted(a, phrase, b, negs[j])
		if found < 2 {
			continue // one shared word ("without people" / "people") is no claim
		}
		if differ(whenOf(a, n), whenOf(b, first)) || negatesNear(b, first, last) || between(b, first, last, isCount) {
			continue // b negates nearby too (the "not" moved), or counts ("landed 178 punches")
		}
		if differ(subjectBefore(a, n), subjectBefore(b, first)) || speakersDiffer(saysOf(a), saysOf(b)) {
			continue // about two people, or two people's words
		}
		if objectDiffers(a, n, lastA, b, first, last) || tenseDiffers(a, n, b, first) {
			continue // "not made him an offer" / "made the biggest offer to Teixeira"; "don't require" / "which required"
		}
		return negationDivergence(a, t.Start, a.Tokens[lastA].End, i, b, first, last, j), true
	}
	return Divergence{}, false
}

// negatedPhrase returns what the negation at token n of a negates: the
// indexes of its content words after it in its clause, up to four, stopping
// at another negation. Acronyms are left out: "not a new approach" gives
// new, approach.
func negatedPhrase(a Member, n int) []int {
	var phrase []int
	for k := n + 1; k < len(a.Tokens) && len(phrase) < 4; k++ {
		if clauseBreak(a.Text[a.Tokens[k-1].End:a.Tokens[k].Start]) || a.Tokens[k].Neg {
			break
		}
		if a.Tokens[k].Content() && a.Tokens[k].Kind != words.Acronym {
			phrase = append(phrase, k)
		}
	}
	return phrase
}

// asserted finds where b asserts the words of a's negated phrase: in order,
// from its first, each within four words of the last and with at most one
// other content word between ("a new and a different approach"), and each
// used in b only outside a negation (negB). It stops at the first word b
// does not assert so. It returns b's first and last tokens of the words
// found, a's last token whose word b asserts, and how many words were found
// that are not names: a name shared says who, not what is denied.
func asserted(a Member, phrase []int, b Member, negB []bool) (first, last, lastA, found int) {
	first, last = -1, -1
	seen := map[string]bool{}
	for _, k := range phrase {
		key := a.Tokens[k].Key
		if seen[key] {
			continue
		}
		y := -1
		if first < 0 {
			y = indexKey(b.Tokens, key)
		} else {
			y = nextKey(b, last, key)
		}
		if y < 0 || !allUses(b, negB, key, false) {
			break
		}
		seen[key] = true
		if !a.Tokens[k].Upper {
			found++ // a name shared says who, not what is denied
		}
		if first < 0 {
			first = y
		}
		last = y
	}
	lastA = phrase[0]
	for _, k := range phrase {
		if seen[a.Tokens[k].Key] {
			lastA = k
		}
	}
	return first, last, lastA, found
}

// isCount reports whether a token is a figure, in digits or in words: b's
// words with one between them count rather than assert what a negates
// ("landed 178 punches").
func isCount(t words.Token) bool {
	_, w := numberWords[t.Norm]
	return t.Kind == words.Number || w
}

// negationDivergence is the cue that member i negates, in a[start:end],
// what member j asserts in b's tokens first to last. b's mark reaches back
// over the articles before its first word, to read "a new and different
// approach".
func negationDivergence(a Member, start, end, i int, b Member, first, last, j int) Divergence {
	d := Divergence{Kind: Contradiction, Possible: true, Marks: []Mark{
		{Member: i, Start: start, End: end, Value: a.Text[start:end], Says: saysOf(a)},
		{Member: j, Start: phraseStart(b, first), End: b.Tokens[last].End, Value: b.Text[phraseStart(b, first):b.Tokens[last].End], Says: saysOf(b)},
	}}
	d.Summary = fmt.Sprintf("a possible contradiction: %q (%s) vs %q (%s)", d.Marks[0].Value, a.name(), d.Marks[1].Value, b.name())
	d.Reason = "One article negates words another asserts about the same subject. It is a cue to check, not a finding: the negation may be about something else."
	return d
}

// objectPronouns name whom a phrase is about: "have not made him an offer".
var objectPronouns = map[string]bool{"him": true, "her": true, "them": true, "me": true, "us": true}

// objectDiffers reports whether the negated phrase a[n..lastA] names its
// person with a pronoun that b's phrase b[first..last] does not use: the
// negation is about someone b may not mean ("they have not made him an
// offer" against "have made the biggest offer to Teixeira").
func objectDiffers(a Member, n, lastA int, b Member, first, last int) bool {
	for _, t := range a.Tokens[n+1 : lastA] {
		if !objectPronouns[t.Norm] {
			continue
		}
		found := false
		for _, u := range b.Tokens[first:last] {
			found = found || u.Norm == t.Norm
		}
		if !found {
			return true
		}
	}
	return false
}

// presentAux and pastAux are the auxiliaries that set a negation's tense:
// "don't require" is now, "didn't require" was.
var (
	presentAux = map[string]bool{"do": true, "does": true, "is": true, "are": true, "am": true}
	pastAux    = map[string]bool{"did": true, "was": true, "were": true}
)

// tenseDiffers reports whether a negates in the present what b asserts in
// the plain past: "the regulations don't require" against "the act, which
// required". A rule that changed is no contradiction. Only the past in -ed
// is read; an irregular verb ("made") is left alone.
func tenseDiffers(a Member, n int, b Member, first int) bool {
	if n == 0 || !a.english() {
		return false
	}
	if !presentAux[a.Tokens[n-1].Norm] || first == 0 {
		return false
	}
	prev := b.Tokens[first-1].Norm // "has required" is still in force; "was required" is read elsewhere
	return strings.HasSuffix(b.Tokens[first].Norm, "ed") && !presentAux[prev] && !pastAux[prev] && !haveAux[prev]
}

// haveAux makes a past form perfect: "has required".
var haveAux = map[string]bool{"has": true, "have": true, "had": true}

// disputes reports whether the sentence puts the negation at token n in
// doubt itself: "despite", "although" or "reports" before it.
func disputes(m Member, n int) bool {
	for _, t := range m.Tokens[:n] {
		switch t.Norm {
		case "despite", "although", "reports", "rumors", "rumours":
			return true
		}
	}
	return false
}

// additive words after a negation make it "more than": "not just", "not
// only".
var additive = map[string]bool{"just": true, "only": true, "merely": true, "simply": true}

// nextKey finds key in b after token from: within four tokens, with at
// most one other content word between. -1 when it is not there.
func nextKey(b Member, from int, key string) int {
	content := 0
	for y := from + 1; y < len(b.Tokens) && y <= from+4; y++ {
		t := b.Tokens[y]
		if t.Key == key && !t.Stop {
			return y
		}
		if t.Content() {
			content++
			if content > 1 {
				return -1
			}
		}
	}
	return -1
}

// allUses reports whether every use of key in m is negated (want true) or
// none is (want false).
func allUses(m Member, neg []bool, key string, want bool) bool {
	for k, t := range m.Tokens {
		if t.Key == key && !t.Stop && neg[k] != want {
			return false
		}
	}
	return true
}

// indexKey finds the first use of key in ts, stop words aside; -1 when it
// is not there.
func indexKey(ts []words.Token, key string) int {
	for k, t := range ts {
		if t.Key == key && !t.Stop {
			return k
		}
	}
	return -1
}

// phraseStart extends the mark of word y back over its articles ("a", "an",
// "the"), so it reads "a new and different approach".
func phraseStart(m Member, y int) int {
	k := y
	for k > 0 && !clauseBreak(m.Text[m.Tokens[k-1].End:m.Tokens[k].Start]) {
		if n := m.Tokens[k-1].Norm; n != "a" && n != "an" && n != "the" {
			break
		}
		k--
	}
	return m.Tokens[k].Start
}

// oppositeCue: one member uses a word the other uses its opposite for.
func oppositeCue(ms []Member, has []uint32, i, j int) (Divergence, bool) {
	a, b := ms[i], ms[j]
	if has[i] == 0 || has[j] == 0 {
		return Divergence{}, false
	}
	for _, p := range opposites {
		for _, dir := range [2][2]string{{p[0], p[1]}, {p[1], p[0]}} {
			x0, x1 := oppositeBit[dir[0]], oppositeBit[dir[1]]
			if has[i]&x0 == 0 || has[j]&x1 == 0 || has[i]&x1 != 0 || has[j]&x0 != 0 {
				continue
			}
			x, y := indexKey(a.Tokens, dir[0]), indexKey(b.Tokens, dir[1])
			if sa, sb := subjectBefore(a, x), subjectBefore(b, y); sa == "" || sa != sb || speakersDiffer(saysOf(a), saysOf(b)) {
				continue // only one subject's win and loss are opposite: "Ukraine confirmed" / "Ukraine denied"
			}
			ta, tb := a.Tokens[x], b.Tokens[y]
			d := Divergence{Kind: Contradiction, Possible: true, Marks: []Mark{
				{Member: i, Start: ta.Start, End: ta.End, Value: a.surface(ta), Says: saysOf(a)},
				{Member: j, Start: tb.Start, End: tb.End, Value: b.surface(tb), Says: saysOf(b)},
			}}
			d.Summary = fmt.Sprintf("a possible contradiction: %q (%s) vs %q (%s)", d.Marks[0].Value, a.name(), d.Marks[1].Value, b.name())
			d.Reason = fmt.Sprintf("Two articles use words of opposite sense (%s, %s) in related sentences. It is a cue to check, not a finding.", d.Marks[0].Value, d.Marks[1].Value)
			return d, true
		}
	}
	return Divergence{}, false
}

// subjectBefore returns the name nearest before token k in its clause,
// not counting the sentence's first word unless it is a name the text
// capitalises twice over (a sentence starts in capitals anyway): whom the
// clause is about, if it says. "" when there is none or the text is not
// English.
func subjectBefore(m Member, k int) string {
	if !m.english() {
		return ""
	}
	for j := k - 1; j >= 0; j-- {
		if clauseBreak(m.Text[m.Tokens[j].End:m.Tokens[j+1].Start]) {
			return ""
		}
		t := m.Tokens[j]
		if t.Upper && !t.Stop && t.Kind == words.Word && !notNames[t.Norm] && (j > 0 || t.Start > m.Start) {
			return t.Key
		}
	}
	return ""
}

// negatesNear reports whether m has a negation from three words before
// token first to six after token last.
func negatesNear(m Member, first, last int) bool {
	ts := m.Tokens
	for k := first; k >= 0 && k >= first-3; k-- {
		if ts[k].Neg {
			return true
		}
		if k > 0 && clauseBreak(m.Text[ts[k-1].End:ts[k].Start]) {
			break
		}
	}
	for k := last + 1; k < len(ts) && k <= last+6; k++ {
		if clauseBreak(m.Text[ts[k-1].End:ts[k].Start]) {
			break
		}
		if ts[k].Neg {
			return true
		}
	}
	return false
}
