package diverge

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/words"
)

// A date mention: a weekday ("Thursday"), a day of a month ("July 3",
// "Aug. 1"), a month ("February") or a year ("2022"). Members are compared
// kind by kind: two members that both name a weekday and share none
// diverge.
type dateMention struct {
	kind       string // weekday, day, month, year
	value      string // normalised: "thursday", "7-3", "2", "2022"
	start, end int
	about      map[string]bool // what it dates: the words around it (anchors)
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}

func dateMentions(m Member) []dateMention {
	var out []dateMention
	ts := m.Tokens
	dateline := datelineEnd(m)
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		var d dateMention
		first, last := k, k
		switch {
		case t.Kind == words.Word && weekdays[t.Norm]:
			d = dateMention{kind: "weekday", value: t.Norm, start: t.Start, end: t.End}
		case t.Kind == words.Word && t.Upper && article.Month(t.Norm) > 0 && (t.Norm != "may" || nextIsDay(ts, k)):
			mon := article.Month(t.Norm)
			if day, ok := dayOf(ts, k); ok {
				last = k + 1
				d = dateMention{kind: "day", value: fmt.Sprintf("%d-%d", mon, day), start: t.Start, end: ts[last].End}
			} else if len(t.Norm) > 3 && t.Norm != "sept" || k+1 < len(ts) && isYear(ts[k+1]) {
				d = dateMention{kind: "month", value: strconv.Itoa(mon), start: t.Start, end: t.End}
			} else {
				continue // "Jan Egeland", Spanish "mar": an abbreviation alone is no month
			}
		case t.Kind == words.Number && k+1 < len(ts) && ts[k+1].Upper && article.Month(ts[k+1].Norm) > 0 && dayNumber(t) > 0:
			last = k + 1 // "11 November"
			d = dateMention{kind: "day", value: fmt.Sprintf("%d-%d", article.Month(ts[last].Norm), dayNumber(t)), start: t.Start, end: ts[last].End}
		case isYear(t):
			d = dateMention{kind: "year", value: t.Norm, start: t.Start, end: t.End}
		default:
			continue
		}
		k = last
		if first <= dateline || spanDate(m, first, last) || stamp(m, first) {
			continue
		}
		d.about = anchors(m, first, last)
		out = append(out, d)
	}
	return out
}

// sameHappening reports whether two dates date one thing: they share a
// word around them ("began in 2014" / "began in 2022"). Text in another
// language is compared as the fact aligns it.
func sameHappening(a, b dateMention, english bool) bool {
	if !english {
		return true
	}
	for w := range a.about {
		if b.about[w] {
			return true
		}
	}
	return false
}

// dayNumber reads a day of the month: "3", "03", "3rd"; 0 when it is not one.
func dayNumber(t words.Token) int {
	d, err := strconv.Atoi(strings.TrimRight(t.Key, "stndrh"))
	if err != nil || d < 1 || d > 31 {
		return 0
	}
	return d
}

// spanDate reports whether the date from token first to last bounds a
// span rather than dating a happening: "since 1955", "from 1983-2005",
// "until June", "between 2001 and 2005". Two spans of different things
// are not a conflict, and a span is no date of the fact's happening. A
// range of years ("1983-2005") is one in any language; the words are
// English.
func spanDate(m Member, first, last int) bool {
	ts := m.Tokens
	if last+1 < len(ts) && isYear(ts[last+1]) && strings.TrimSpace(m.Text[ts[last].End:ts[last+1].Start]) == "-" {
		return true // the first year of "1983-2005"
	}
	if first > 0 && isYear(ts[first-1]) && strings.TrimSpace(m.Text[ts[first-1].End:ts[first].Start]) == "-" {
		return true // its second year
	}
	if first == 0 || !m.english() {
		return false
	}
	switch ts[first-1].Norm {
	case "since", "from", "until", "till", "between", "through":
		return true
	case "and":
		return first > 2 && ts[first-3].Norm == "between" // "between 2001 and 2005"
	}
	return false
}

// stamp reports whether the date at token first is the page's metadata,
// never a claim: after "updated", "published" or "posted", or a full date
// run into the text before a capitalised word (English only).
func stamp(m Member, first int) bool {
	if !m.english() {
		return false
	}
	ts := m.Tokens
	for j := max(0, first-4); j < first; j++ {
		switch ts[j].Norm {
		case "updated", "published", "posted", "modified":
			return true
		}
	}
	// A full date run into the text with no punctuation after it, before
	// a capitalised word or a clock time: a headline's or a page's stamp
	// ("… 'Catching Fire' April 4, 2012 Despite …", "04 April 2012 10: 30").
	k := first
	for k+1 < len(ts) && (ts[k+1].Kind == words.Number || article.Month(ts[k+1].Norm) > 0) {
		k++
	}
	if k == first || !isYear(ts[k]) || k+1 >= len(ts) {
		return false
	}
	gap := strings.TrimSpace(m.Text[ts[k].End:ts[k+1].Start])
	return gap == "" && ts[k+1].Upper && !ts[k+1].Stop
}

// datelineEnd is the last token of a dateline run into the sentence: a
// run of date words opening it ("11 November 2011 Sudan's army …", "July
// 10, 2025 — …", "Thursday, July 10 - …") and followed by a dash or bar, or
// straight by a capitalised word. -1 when the sentence opens otherwise.
// The rule reads punctuation and month names, so it holds in any language.
func datelineEnd(m Member) int {
	ts := m.Tokens
	if len(ts) == 0 || ts[0].Start != m.Start && strings.TrimSpace(m.Text[m.Start:ts[0].Start]) != "" {
		return -1
	}
	dateWord := func(t words.Token) bool {
		return t.Kind == words.Number || article.Month(t.Norm) > 0 || weekdays[t.Norm]
	}
	k := -1
	months := 0
	for k+1 < len(ts) && dateWord(ts[k+1]) {
		k++
		if article.Month(ts[k].Norm) > 0 {
			months++
		}
	}
	if k < 1 || months == 0 || k+1 >= len(ts) {
		return -1 // a dateline has a month and a day or a year
	}
	gap := strings.TrimSpace(m.Text[ts[k].End:ts[k+1].Start])
	next := ts[k+1]
	if gap == "—" || gap == "-" || gap == "–" || gap == "|" || gap == "" && next.Upper && !next.Stop {
		return k
	}
	return -1
}

// dayOf reads the day of the month after the month at k: "3", "03", "3rd".
func dayOf(ts []words.Token, k int) (int, bool) {
	if k+1 >= len(ts) || ts[k+1].Kind != words.Number {
		return 0, false
	}
	d, err := strconv.Atoi(strings.TrimRight(ts[k+1].Key, "stndrh"))
	return d, err == nil && d >= 1 && d <= 31
}

func nextIsDay(ts []words.Token, k int) bool {
	_, ok := dayOf(ts, k)
	return ok
}

// dates reports kinds of date that two articles both name with no value in
// common. Cost: O(n²) in the n members, for each of four kinds.
func dates(ms []Member) []Divergence {
	mentions := make([][]dateMention, len(ms))
	for i, m := range ms {
		mentions[i] = dateMentions(m)
	}
	var out []Divergence
	for _, kind := range []string{"day", "weekday", "month", "year"} {
		type marked struct {
			member int
			d      dateMention
		}
		var all []marked
		for i := range ms {
			for _, dm := range mentions[i] {
				if dm.kind == kind {
					all = append(all, marked{i, dm})
				}
			}
		}
		// Two articles name this kind of date for one happening, and share
		// no value for it.
		d := Divergence{Kind: Date, Conflict: true}
		english := true
		for _, a := range all {
			english = english && ms[a.member].english()
		}
		if !english {
			d.Conflict, d.Possible = false, true // the words that tell a span or a happening apart are English
		}
		for x, a := range all {
			for y := x + 1; y < len(all); y++ {
				b := all[y]
				ma, mb := ms[a.member], ms[b.member]
				if ma.Article == mb.Article || a.d.value == b.d.value || !sameHappening(a.d, b.d, ma.english() && mb.english()) {
					continue
				}
				if sharesDate(mentions[a.member], mentions[b.member], kind) {
					continue // "on Monday and Wednesday" against "on Wednesday"
				}
				d.Conflicts = append(d.Conflicts, [2]int{x, y})
			}
		}
		if len(d.Conflicts) == 0 {
			continue
		}
		var parts []string
		for i, m := range ms {
			var vs []string
			for _, a := range all {
				if a.member == i {
					v := m.Text[a.d.start:a.d.end]
					d.Marks = append(d.Marks, Mark{Member: i, Start: a.d.start, End: a.d.end, Value: v, Says: saysOf(m)})
					vs = append(vs, v)
				}
			}
			if len(vs) > 0 {
				parts = append(parts, fmt.Sprintf("%s (%s)", strings.Join(vs, ", "), m.name()))
			}
		}
		d.Summary = "different dates: " + strings.Join(parts, " vs ")
		d.Reason = "Sentences reporting the same fact date the same happening differently (" + dateKinds[kind] + "), and none is a dateline, a time stamp or the bound of a span (\"since 1955\")."
		out = append(out, d)
	}
	return out
}

// sharesDate reports whether two members name a date of the kind in common.
func sharesDate(a, b []dateMention, kind string) bool {
	for _, x := range a {
		for _, y := range b {
			if x.kind == kind && y.kind == kind && x.value == y.value {
				return true
			}
		}
	}
	return false
}

var dateKinds = map[string]string{"day": "day of the month", "weekday": "day of the week", "month": "month", "year": "year"}
