package diverge

import (
	"strings"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/words"
)

// What a figure is about, beyond the thing it counts: what happens to that
// thing ("killed", "launched"), when ("overnight", "the day before"), and
// whose it is (a name just before it: "Klitschko (52-3, 46 KOs)"). Two
// figures of one unit are compared only when none of these differ. The
// words are English: in other languages happening, time and owner are
// empty, so only the unit and the fact's alignment say two figures are
// about one thing.

// english reports whether the English word rules apply to the member.
func (m Member) english() bool { return words.IsEnglish(m.Lang) }

// happenings maps English stems to what happens to the counted thing.
var happenings = map[string]string{
	"kill": "killed", "dead": "killed", "die": "killed", "death": "killed", "fatal": "killed", "bodi": "killed",
	"wound": "injured", "injur": "injured", "injuri": "injured", "hurt": "injured",
	"casualti": "harmed",
	"displac":  "displaced", "uproot": "displaced", "homeless": "displaced",
	"launch": "launched", "deploy": "launched",
	"intercept": "intercepted", "down": "intercepted", "destroy": "intercepted",
	"arrest": "arrested", "detain": "arrested",
	"evacu": "evacuated",
	"march": "marched", "protest": "marched", "demonstr": "marched", "ralli": "marched",
	"live": "living", "resid": "living", "shelter": "living",
}

// harm is what "casualties" and "no dead or wounded" cover.
func harmCovers(claim, count string) bool {
	return claim == count || claim == "harmed" && (count == "killed" || count == "injured")
}

// happeningNear returns what happens to the figure at token k: the
// happening word nearest to it within six tokens, in its clause and not
// past another figure ("police arrested 50 protesters": arrested); else
// what the counted noun itself says ("5,000 protesters"). A noun of harm
// says it first ("20 wounded").
func happeningNear(m Member, k, unitAt int) string {
	if !m.english() {
		return ""
	}
	ts := m.Tokens
	if unitAt >= 0 {
		if h := happenings[ts[unitAt].Key]; h == "killed" || h == "injured" || h == "harmed" {
			return h // "20 wounded", "12 dead": the noun is what happened
		}
	}
	for d := 1; d <= 6; d++ {
		for _, j := range []int{k - d, k + d} {
			if j < 0 || j >= len(ts) || j == unitAt {
				continue
			}
			if between(m, k, j, func(t words.Token) bool { return t.Kind == words.Number }) || clauseBetween(m, k, j) {
				continue
			}
			if h, ok := happenings[ts[j].Key]; ok { // "shot down": a stop word may say it
				return h
			}
		}
	}
	if unitAt >= 0 {
		return happenings[ts[unitAt].Key]
	}
	return ""
}

// clauseBetween reports whether a clause ends between tokens i and j.
func clauseBetween(m Member, i, j int) bool {
	lo, hi := min(i, j), max(i, j)
	for x := lo; x < hi; x++ {
		if clauseBreak(m.Text[m.Tokens[x].End:m.Tokens[x+1].Start]) {
			return true
		}
	}
	return false
}

// between reports whether a token strictly between i and j satisfies f.
func between(m Member, i, j int, f func(words.Token) bool) bool {
	lo, hi := min(i, j), max(i, j)
	for x := lo + 1; x < hi; x++ {
		if f(m.Tokens[x]) {
			return true
		}
	}
	return false
}

// times are English phrases that say when, each read as one value; a
// weekday, a month or a year in the sentence also says when.
var times = [][]string{
	{"the", "day", "before"}, {"the", "previous", "day"}, {"the", "next", "day"}, {"the", "following", "day"},
	{"last", "night"}, {"last", "week"}, {"last", "month"}, {"last", "year"}, {"last", "weekend"},
	{"earlier", "this", "week"}, {"earlier", "this", "month"}, {"earlier", "this", "year"},
	{"this", "week"}, {"this", "month"}, {"this", "year"}, {"this", "season"}, {"last", "season"},
	{"overnight"}, {"yesterday"}, {"today"}, {"tonight"}, {"tomorrow"},
}

// whenOf returns when the sentence says its figure at token k happened:
// the time phrase nearest to it in the sentence, or "" when there is none.
// "since June" and "in 2022" are times as the words after since or in.
func whenOf(m Member, k int) string {
	if !m.english() {
		return ""
	}
	ts := m.Tokens
	best, bestD := "", len(ts)+1
	for i := 0; i < len(ts); i++ {
		v, n := timeAt(ts, i)
		if n == 0 {
			continue
		}
		d := i - k
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = v, d
		}
		i += n - 1
	}
	return best
}

// timeAt reads a time phrase starting at token i: its value and length.
func timeAt(ts []words.Token, i int) (string, int) {
	for _, p := range times {
		if i+len(p) > len(ts) {
			continue
		}
		ok := true
		for x, w := range p {
			if ts[i+x].Norm != w {
				ok = false
				break
			}
		}
		if ok {
			return strings.Join(p, " "), len(p)
		}
	}
	t := ts[i]
	switch {
	case t.Kind == words.Word && weekdays[t.Norm]:
		return t.Norm, 1
	case t.Kind == words.Word && t.Upper && article.Month(t.Norm) > 0 && t.Norm != "may":
		return t.Norm, 1
	case isYear(t):
		return t.Norm, 1
	}
	return "", 0
}

// ownerOf returns the name nearest before the figure at token k in its
// clause, within five words and with no other figure between: whose the
// figure is. "Iguodala is averaging 15.5 points" and "Brand almost five
// points" count two men's points; "Klitschko (52-3, 46 KOs)" and "Rahman
// (45-7-2, 36 KOs)" two men's knockouts.
func ownerOf(m Member, k int) string {
	if !m.english() {
		return ""
	}
	ts := m.Tokens
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		t := ts[j]
		if strings.ContainsAny(m.Text[t.End:ts[j+1].Start], ".;:") {
			return ""
		}
		if t.Kind == words.Number {
			if !joinedFigure(m, j) {
				return ""
			}
			r := j // a record before the figure: "Klitschko, 53-3, 47 KO's" counts Klitschko's
			for r > 0 && ts[r-1].Kind == words.Number && strings.Trim(m.Text[ts[r-1].End:ts[r].Start], " ") == "-" {
				r--
			}
			return recordOwner(m, r)
		}
		switch t.Norm {
		case "where", "when", "while", "as", "after", "before", "since", "because", "and", "but":
			return "" // another clause's name: "Salonika, where 50,000 people marched"
		}
		if t.Upper && !t.Stop && t.Kind == words.Word && !notNames[t.Norm] && !weekdays[t.Norm] && article.Month(t.Norm) == 0 {
			if reporting[ts[j+1].Norm] || ts[j+1].Norm == "claimed" || ts[j+1].Norm == "reported" {
				return "" // "Ukraine said 728 drones …": the source, not the owner
			}
			if j == 0 && t.Start == m.Start && !strings.ContainsAny(m.Text[t.End:ts[1].Start], "(,") {
				return "" // a sentence's first word is capitalised anyway: "Temperatures hit 40 degrees"
			}
			return t.Key
		}
	}
	return ""
}

// anchors are the content words around a date, within three words on
// either side and in its clause, not dates, figures or names: what the
// date dates.
// "promoted in September 2003" and "the 2008-09 season" date two things.
// A clause that a subordinating word opens after the date is another
// happening: in "began modeling in 1950 when she met a police officer",
// 1950 dates the beginning, not the meeting.
func anchors(m Member, first, last int) map[string]bool {
	out := map[string]bool{}
	ts := m.Tokens
	for j := max(0, first-3); j < min(len(ts), last+4); j++ {
		t := ts[j]
		if j > last && subordinators[t.Norm] && m.english() {
			break
		}
		if j >= first && j <= last || !t.Content() || weekdays[t.Norm] || article.Month(t.Norm) > 0 || t.Upper && j > 0 {
			continue // a name is where or who, not what happened: "in Geneva"
		}
		if j < first && clauseBetween(m, j, first) || j > last && clauseBetween(m, last, j) {
			continue
		}
		out[t.Key] = true
	}
	return out
}

// subordinators open a clause of its own: "in 1950 when she met".
var subordinators = map[string]bool{"when": true, "after": true, "before": true, "while": true, "because": true, "where": true, "which": true, "who": true, "until": true}
