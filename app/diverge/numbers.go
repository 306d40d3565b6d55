package diverge

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/words"
)

// A quantity is a number as a sentence states it, read as a range:
// "nearly 500 drones" is [450, 500] drones, "about 50 minutes" [45, 55]
// minutes, "728 drones" exactly 728, a round "50-minute" [45, 55]. Two
// members conflict when their ranges for the same unit do not overlap, so
// "about 50 minutes" and "nearly an hour" ([54, 60]) can both be right and
// "nearly 500" and "728" cannot.
type quantity struct {
	value       float64
	lo, hi      float64
	unit, unit2 string // the counted thing's stem, and the word after it ("bus passengers")
	start, end  int
}

var qualifiers = []struct {
	words  []string
	lo, hi float64 // the range as multiples of the value
}{
	{[]string{"close", "to"}, 0.9, 1},
	{[]string{"nearly"}, 0.9, 1},
	{[]string{"almost"}, 0.9, 1},
	{[]string{"just", "under"}, 0.9, 1},
	{[]string{"about"}, 0.9, 1.1},
	{[]string{"around"}, 0.9, 1.1},
	{[]string{"roughly"}, 0.9, 1.1},
	{[]string{"approximately"}, 0.9, 1.1},
	{[]string{"some"}, 0.9, 1.1},
	{[]string{"estimated"}, 0.9, 1.1},
	{[]string{"more", "than"}, 1, math.Inf(1)},
	{[]string{"over"}, 1, math.Inf(1)},
	{[]string{"at", "least"}, 1, math.Inf(1)},
	{[]string{"up", "to"}, 0, 1},
	{[]string{"as", "many", "as"}, 0, 1},
	{[]string{"as", "high", "as"}, 0, 1},
	{[]string{"as", "much", "as"}, 0, 1},
	{[]string{"less", "than"}, 0, 1},
	{[]string{"fewer", "than"}, 0, 1},
	{[]string{"under"}, 0, 1},
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"dozen": 12, "hundred": 100, "thousand": 1000,
}

var multipliers = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// units that convert: the stem and its size in the base unit.
var conversions = map[string]struct {
	base   string
	factor float64
}{
	"minut": {"minutes", 1}, "hour": {"minutes", 60},
	"percent": {"percent", 1}, "per": {"percent", 1},
}

// quantities reads the quantities of one sentence.
func quantities(m Member) []quantity {
	var out []quantity
	ts := m.Tokens
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		v, ok := numberValue(m, k)
		if !ok {
			continue
		}
		q := quantity{value: v, start: t.Start, end: t.End}
		j := k + 1
		if j < len(ts) && ts[j].Kind == words.Word {
			if f, ok := multipliers[ts[j].Norm]; ok { // "two hundred", "2 million"
				q.value *= f
				q.end = ts[j].End
				j++
				k++ // the multiplier is part of this quantity, not one of its own
			}
		}
		if t.End < len(m.Text) && m.Text[t.End] == '%' {
			q.unit, q.end = "percent", t.End+1
		} else {
			for n := 0; j < len(ts) && n < 3; j, n = j+1, n+1 {
				if ts[j].Kind == words.Number {
					break
				}
				if ts[j].Content() {
					q.unit, q.end = ts[j].Key, ts[j].End
					if j+1 < len(ts) && ts[j+1].Content() && adjacent(m.Text, ts[j], ts[j+1]) {
						q.unit2 = ts[j+1].Key
					}
					break
				}
			}
		}
		if q.unit == "" {
			continue
		}
		if c, ok := conversions[q.unit]; ok {
			q.unit = c.base
			q.value *= c.factor
		}
		q.lo, q.hi = q.value, q.value
		if q.value >= 10 && math.Mod(q.value, 10) == 0 {
			q.lo, q.hi = 0.9*q.value, 1.1*q.value // a round figure is a rounded one
		}
		if i, lo, hi, ok := qualifier(ts, k); ok {
			q.start = ts[i].Start
			q.lo, q.hi = lo*q.value, hi*q.value
		}
		out = append(out, q)
	}
	return out
}

// numberValue reads token k as a number: digits or a number word, or "a"
// or "an" before a unit of time ("nearly an hour"). Years, days of a month
// and ordinals are dates, not quantities.
func numberValue(m Member, k int) (float64, bool) {
	t := m.Tokens[k]
	switch t.Kind {
	case words.Number:
		if strings.HasSuffix(t.Key, "st") || strings.HasSuffix(t.Key, "nd") || strings.HasSuffix(t.Key, "rd") || strings.HasSuffix(t.Key, "th") {
			return 0, false
		}
		v, err := strconv.ParseFloat(t.Key, 64)
		if err != nil {
			return 0, false
		}
		if isYear(t) {
			return 0, false
		}
		if k > 0 && article.Month(m.Tokens[k-1].Norm) > 0 {
			return 0, false // "July 3"
		}
		if clockTime(m, k) {
			return 0, false // "9:56 AM", "08: 45 am"
		}
		return v, true
	case words.Word:
		if v, ok := numberWords[t.Norm]; ok {
			return v, true
		}
		if (t.Norm == "a" || t.Norm == "an") && k+1 < len(m.Tokens) {
			if _, ok := conversions[m.Tokens[k+1].Key]; ok && m.Tokens[k+1].Key != "percent" {
				return 1, true
			}
		}
	}
	return 0, false
}

// clockTime reports whether number token k is part of a time of day:
// followed by AM or PM, or the minutes after "9:" (news text split into
// tokens writes "9: 56").
func clockTime(m Member, k int) bool {
	if k+1 < len(m.Tokens) {
		switch strings.TrimRight(m.Tokens[k+1].Norm, ".") {
		case "am", "pm", "a.m", "p.m":
			return true
		}
	}
	before := strings.TrimRight(m.Text[:m.Tokens[k].Start], " ")
	return strings.HasSuffix(before, ":") && len(before) > 1 && before[len(before)-2] >= '0' && before[len(before)-2] <= '9'
}

// isYear: four digits, no separator, 1800 to 2100 ("2,000" is a count).
func isYear(t words.Token) bool {
	if t.Kind != words.Number || len(t.Norm) != 4 {
		return false
	}
	y, err := strconv.Atoi(t.Norm)
	return err == nil && y >= 1800 && y <= 2100
}

// qualifier finds a qualifier ending just before token k and returns the
// index of its first token and the range it sets.
func qualifier(ts []words.Token, k int) (int, float64, float64, bool) {
	for _, q := range qualifiers {
		n := len(q.words)
		if k-n < 0 {
			continue
		}
		ok := true
		for i, w := range q.words {
			if ts[k-n+i].Norm != w {
				ok = false
				break
			}
		}
		if ok {
			return k - n, q.lo, q.hi, true
		}
	}
	return 0, 0, 0, false
}

// adjacent reports whether only spaces or a hyphen separate a and b.
func adjacent(text string, a, b words.Token) bool {
	return strings.Trim(text[a.End:b.Start], " -") == ""
}

func (q quantity) sameUnit(o quantity) bool {
	return q.unit == o.unit || (q.unit2 != "" && q.unit2 == o.unit) || (o.unit2 != "" && o.unit2 == q.unit)
}

func overlap(a, b quantity) bool { return a.lo <= b.hi && b.lo <= a.hi }

// numbers reports, for each counted thing that two articles give
// different figures for, what each says. Quantities are grouped by unit
// (each quantity in one group); within a group only figures of different
// articles are compared, so one article's "12 injured and 3 died" is not a
// divergence with itself. Cost: O(q²) in the q quantities of one fact.
func numbers(ms []Member) []Divergence {
	type found struct {
		member int
		q      quantity
	}
	var all []found
	for i, m := range ms {
		for _, q := range quantities(m) {
			all = append(all, found{i, q})
		}
	}
	var out []Divergence
	used := make([]bool, len(all))
	for a := range all {
		if used[a] {
			continue
		}
		group := []int{a}
		used[a] = true
		for b := a + 1; b < len(all); b++ {
			if !used[b] && all[a].q.sameUnit(all[b].q) {
				group = append(group, b)
				used[b] = true
			}
		}
		differ, conflict := false, false
		for x, gx := range group {
			for _, gy := range group[x+1:] {
				fx, fy := all[gx], all[gy]
				if ms[fx.member].Article == ms[fy.member].Article || fx.q.value == fy.q.value {
					continue
				}
				differ = true
				if !overlap(fx.q, fy.q) {
					conflict = true
				}
			}
		}
		if !differ {
			continue
		}
		d := Divergence{Kind: Number, Conflict: conflict}
		var parts []string
		for _, g := range group {
			f := all[g]
			m := ms[f.member]
			v := m.Text[f.q.start:f.q.end]
			d.Marks = append(d.Marks, Mark{Member: f.member, Start: f.q.start, End: f.q.end, Value: v})
			parts = append(parts, fmt.Sprintf("%q (%s)", v, m.name()))
		}
		verdict := "the figures can agree"
		if conflict {
			verdict = "the figures conflict"
		}
		d.Summary = fmt.Sprintf("%s: %s", verdict, strings.Join(parts, " vs "))
		out = append(out, d)
	}
	return out
}

// Figures lists, across a whole corpus, the counted things for which two
// articles give figures with no value in common: "drones: nearly 500 (A)
// vs roughly 400, 728 (E)". Unlike a number divergence inside one fact, the
// figures may be about different occasions (two nights of strikes); they
// are shown so a reader can check. ms holds every sentence of the corpus.
// A unit mentioned more than maxFigureMentions times ("people" across 200
// articles) is too generic to be one measure and is left out. Cost: O(m²)
// in the mentions of one unit, so at most O(maxFigureMentions²) a unit.
func Figures(ms []Member) []Divergence {
	type mention struct {
		member int
		q      quantity
	}
	byUnit := map[string][]mention{}
	var units []string
	for i, m := range ms {
		for _, q := range quantities(m) {
			if spans[q.unit] {
				continue
			}
			if _, ok := byUnit[q.unit]; !ok {
				units = append(units, q.unit)
			}
			byUnit[q.unit] = append(byUnit[q.unit], mention{i, q})
		}
	}
	var out []Divergence
	for _, u := range units {
		mentions := byUnit[u]
		if len(mentions) > maxFigureMentions {
			continue
		}
		values := map[string]map[float64]bool{} // article → values it gives
		for _, mn := range mentions {
			a := ms[mn.member].Article
			if values[a] == nil {
				values[a] = map[float64]bool{}
			}
			values[a][mn.q.value] = true
		}
		if len(values) < 2 {
			continue
		}
		differ, conflict := false, false
		for a, va := range values {
			for b, vb := range values {
				if a >= b || sharesValue(va, vb) {
					continue
				}
				differ = true
			}
		}
		if !differ {
			continue
		}
		for x := range mentions {
			for y := x + 1; y < len(mentions); y++ {
				if ms[mentions[x].member].Article != ms[mentions[y].member].Article && !overlap(mentions[x].q, mentions[y].q) {
					conflict = true
				}
			}
		}
		d := Divergence{Kind: Number, Conflict: conflict}
		var parts []string
		for _, mn := range mentions {
			m := ms[mn.member]
			v := m.Text[mn.q.start:mn.q.end]
			d.Marks = append(d.Marks, Mark{Member: mn.member, Start: mn.q.start, End: mn.q.end, Value: v})
			parts = append(parts, fmt.Sprintf("%q (%s)", v, m.name()))
		}
		label := u
		if u != "minutes" && u != "percent" {
			last := mentions[0]
			label = strings.TrimLeft(ms[last.member].Text[last.q.start:last.q.end], "0123456789.,- ")
			if f := strings.Fields(label); len(f) > 0 {
				label = f[len(f)-1]
			}
		}
		verdict := "figures that can agree"
		if conflict {
			verdict = "figures that conflict"
		}
		d.Summary = fmt.Sprintf("%s, %s: %s", label, verdict, strings.Join(parts, " vs "))
		out = append(out, d)
	}
	return out
}

// maxFigureMentions bounds the mentions of one unit in Figures.
const maxFigureMentions = 12

// spans of the calendar are left out of corpus-wide figures: "three
// years" and "50 years" are seldom one measure.
var spans = map[string]bool{"year": true, "month": true, "week": true, "day": true, "time": true}

func sharesValue(a, b map[float64]bool) bool {
	for v := range a {
		if b[v] {
			return true
		}
	}
	return false
}
