package diverge

import (
	"fmt"
	"math"
	"slices"
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
	happening   string // what happens to it: killed, launched, ... ("" when the sentence does not say)
	when        string // when, as the sentence says: "overnight", "the day before", "2022"
	owner       string // whose figure: "Klitschko (52-3, 46 KOs)"
	side        string // "against" or "for": "three who voted against", "nine voting to"
	start, end  int
}

// sameThing reports whether two quantities count the same thing in the
// same claim: one unit, and no difference in what happens to it, when,
// whose or which side. strict (figures of two different facts) also asks
// that both say what happens, or both whose it is, and the same.
func (q quantity) sameThing(o quantity, strict bool) bool {
	if !q.sameUnit(o) || q.unit2 != "" && o.unit2 != "" && q.unit2 != o.unit2 {
		return false
	}
	if strict && (q.happening == "" || o.happening == "") && (q.owner == "" || q.owner != o.owner) {
		return false // across facts, say what happens to it, or whose it is
	}
	return !differ(q.happening, o.happening) && !differ(q.when, o.when) && !differ(q.owner, o.owner) && !differ(q.side, o.side)
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
	{[]string{"within"}, 0, 1},
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
	"percent": {"percent", 1},
	"km":      {"km", 1}, "kilomet": {"km", 1}, "kilometr": {"km", 1}, "mile": {"km", 1.609344},
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
		if k > 0 && ts[k-1].Neg && t.Kind == words.Word {
			continue // "no one was hurt" is a claim of none, not a count
		}
		if joinedFigure(m, k) {
			continue // a score or a record, "99-72", "52-3": not a count
		}
		if m.english() && (partOf(ts, k) || changeOf(ts, k) || age(m, k)) {
			continue // "178 of 369 punches", "their last 10 games": a total or a window, not the claim's count
		}
		if restates(m, out, t.Start) {
			continue // "25 km (15 miles)": one figure in two units
		}
		q := quantity{value: v, start: t.Start, end: t.End}
		first := k
		unitAt := -1
		j := k + 1
		if j < len(ts) && ts[j].Norm == "000" && m.Text[t.End:ts[j].Start] == ", " && len(t.Norm) <= 3 {
			q.value, q.end = v*1000+0, ts[j].End // "50, 000": thousands spaced apart, as text re-joined from tokens writes them
			j++
			k++
		}
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
					q.unit, q.end, unitAt = ts[j].Key, ts[j].End, j
					if j+1 < len(ts) && ts[j+1].Content() && adjacent(m.Text, ts[j], ts[j+1]) {
						q.unit2 = ts[j+1].Key
					}
					break
				}
			}
		}
		plus := false
		if q.unit == "plus" { // "three-plus seasons": more than three
			q.unit, q.unit2, plus = q.unit2, "", true
		}
		if q.unit == "per" {
			q.unit = ""
			if unitAt+1 < len(ts) && ts[unitAt+1].Norm == "cent" {
				q.unit, q.end = "percent", ts[unitAt+1].End // "4 per cent"
			}
		}
		if cur := currency(m, t); cur != "" {
			q.unit, q.unit2 = cur, "" // "$82 million deal" and "nearly $80 million" count dollars
			q.start = t.Start - len(m.Text[:t.Start]) + len(strings.TrimRight(m.Text[:t.Start], "$€£"))
		}
		if a, ok := unitAliases[q.unit]; ok {
			q.unit = a
		}
		if q.unit == "" {
			continue
		}
		converted := false
		if c, ok := conversions[q.unit]; ok {
			q.unit = c.base
			converted = c.factor != 1 && c.factor != 60 // miles to km; "2 hours" are 120 minutes exactly
			round := q.value >= 10 && math.Mod(q.value, 10) == 0
			converted = converted || round
			q.value *= c.factor
		}
		q.lo, q.hi = q.value, q.value
		if converted || q.value >= 10 && math.Mod(q.value, 10) == 0 {
			q.lo, q.hi = 0.9*q.value, 1.1*q.value // a round figure (before conversion too) or a converted one is rounded
		}
		if i, lo, hi, ok := qualifier(ts, first); ok {
			q.start = ts[i].Start
			q.lo, q.hi = lo*q.value, hi*q.value
		}
		if plus {
			q.lo, q.hi = q.value, math.Inf(1)
		}
		q.happening = happeningNear(m, k, unitAt)
		q.when = whenOf(m, first)
		q.owner = ownerOf(m, first)
		q.side = sideOf(m, unitAt)
		out = append(out, q)
	}
	return out
}

// joinedFigure reports whether number token k is joined by a hyphen or a
// dash to another number: a score, a record or a range of years.
func joinedFigure(m Member, k int) bool {
	ts := m.Tokens
	join := func(a, b int) bool {
		return ts[a].Kind == words.Number && ts[b].Kind == words.Number && strings.Trim(m.Text[ts[a].End:ts[b].Start], " ") != "" && strings.Trim(m.Text[ts[a].End:ts[b].Start], " -–") == ""
	}
	return k > 0 && join(k-1, k) || k+1 < len(ts) && join(k, k+1)
}

// partOf reports whether the figure at token k is a part ("two of the
// suspects"), a whole that another figure is part of ("178 of 369
// punches": 369) or a window ("the first 11 seasons", "eight of their last
// 10 games"). "one" is left out too: "at one point", "one of them".
func partOf(ts []words.Token, k int) bool {
	if k+1 < len(ts) && ts[k+1].Norm == "of" || ts[k].Norm == "one" {
		return true // "two of the suspects": a part; "one" is seldom a count ("at one point")
	}
	if k == 0 {
		return false
	}
	switch ts[k-1].Norm {
	case "first", "last", "next", "past", "previous", "final", "other":
		return true
	case "of":
		return k > 1 && ts[k-2].Kind == words.Number
	}
	return false
}

// sideOf reads which side a count is on, from the words just after its
// unit: "voted against" is against; "voting to", "voted for" and "in
// favor" are for.
func sideOf(m Member, unitAt int) string {
	if unitAt < 0 || !m.english() {
		return ""
	}
	ts := m.Tokens
	for j := unitAt; j < len(ts) && j <= unitAt+3; j++ {
		switch {
		case ts[j].Norm == "against" || ts[j].Norm == "opposed":
			return "against"
		case ts[j].Norm == "favor" || ts[j].Norm == "favour":
			return "for"
		case (ts[j].Norm == "for" || ts[j].Norm == "to") && j > 0 && ts[j-1].Key == "vote":
			return "for"
		}
	}
	return ""
}

// changeOf reports whether the figure at token k is a change rather than
// a level: "a drop of five points", "down almost five points", "up by 3%".
func changeOf(ts []words.Token, k int) bool {
	i := k
	if q, _, _, ok := qualifier(ts, k); ok {
		i = q
	}
	if i == 0 {
		return false
	}
	switch ts[i-1].Norm {
	case "by", "down", "up":
		return true
	case "of":
		if i > 1 {
			switch ts[i-2].Key {
			case "drop", "rise", "increas", "decreas", "fall", "gain", "jump", "cut", "declin":
				return true
			}
		}
	}
	return false
}

// age reports whether the figure at token k is an age or a length that
// modifies a noun: "41-year-old", "a 10-fight winning streak". Such a
// figure counts a property of the noun after it, not the unit; it is left
// out rather than compared with plain counts of the unit.
func age(m Member, k int) bool {
	ts := m.Tokens
	if k+1 >= len(ts) || m.Text[ts[k].End:ts[k+1].Start] != "-" || ts[k+1].Norm == "plus" {
		return false // "three-plus seasons" is a count, more than three
	}
	if k+2 < len(ts) && m.Text[ts[k+1].End:ts[k+2].Start] == "-" {
		return true // "41-year-old"
	}
	return k+2 < len(ts) && ts[k+2].Content() && ts[k+2].Kind == words.Word && conversions[ts[k+1].Key].base == "" &&
		strings.TrimSpace(m.Text[ts[k+1].End:ts[k+2].Start]) == ""
}

// unitAliases are units written two ways: KO's and KOs are knockouts.
var unitAliases = map[string]string{"ko": "knockout", "kos": "knockout"}

// currency names the currency sign just before a number token: "$82".
func currency(m Member, t words.Token) string {
	before := m.Text[:t.Start]
	switch {
	case strings.HasSuffix(before, "$"):
		return "dollar"
	case strings.HasSuffix(before, "€"):
		return "euro"
	case strings.HasSuffix(before, "£"):
		return "pound"
	}
	return ""
}

// restates reports whether a figure starting at start is a parenthetical
// restatement of the quantity just before it: "(15 miles)" after "25 km".
func restates(m Member, before []quantity, start int) bool {
	if len(before) == 0 {
		return false
	}
	end := before[len(before)-1].end
	if end > start {
		return false // "twenty five": the unit read ran over this figure
	}
	gap := strings.TrimSpace(m.Text[end:start])
	return gap == "(" || gap == "[" || gap == "or"
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
		if k+1 < len(m.Tokens) && m.Tokens[k+1].Upper && article.Month(m.Tokens[k+1].Norm) > 0 {
			return 0, false // "3 July"
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
			if u := m.Tokens[k+1].Key; u == "minut" || u == "hour" {
				if k > 0 && m.Tokens[k-1].Norm == "half" {
					return 0.5, true // "half an hour"
				}
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

// numbers reports, for each thing that two articles give different
// figures for, what each says. Two figures are of one thing when they
// count one unit with nothing to tell them apart (quantity.sameThing);
// figures of one article are never compared, so its "12 injured and 3
// died" is not a divergence with itself. Cost: O(q²) in the q quantities
// of one fact.
func numbers(ms []Member) []Divergence {
	var all []mention
	for i, m := range ms {
		for _, q := range quantities(m) {
			all = append(all, mention{i, q})
		}
	}
	return figureGroups(ms, all, func(x, y mention) bool { return x.q.sameThing(y.q, false) }, false)
}

// mention is a quantity of one member.
type mention struct {
	member int
	q      quantity
}

// figureGroups joins mentions of different articles that same says are of
// one thing into groups, and reports each group whose figures differ.
func figureGroups(ms []Member, all []mention, same func(x, y mention) bool, corpus bool) []Divergence {
	parent := make([]int, len(all))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	linked := make([]bool, len(all))
	for a := range all {
		for b := a + 1; b < len(all); b++ {
			if ms[all[a].member].Article != ms[all[b].member].Article && same(all[a], all[b]) {
				parent[find(a)] = find(b)
				linked[a], linked[b] = true, true
			}
		}
	}
	groups := map[int][]int{}
	var roots []int
	for i := range all {
		if !linked[i] {
			continue
		}
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	var out []Divergence
	for _, r := range roots {
		group := groups[r]
		d := Divergence{Kind: Number}
		differ := false
		for x, gx := range group {
			for y := x + 1; y < len(group); y++ {
				fx, fy := all[gx], all[group[y]]
				if ms[fx.member].Article == ms[fy.member].Article || fx.q.value == fy.q.value || !same(fx, fy) {
					continue
				}
				differ = true
				// Each article may also give the other's figure: "seven life
				// sentences and four sentences of life without parole".
				// Or a split in either sentence holds both figures: "deadlocked
				// at 9-3, with nine in favor of the death penalty and three
				// voting for life" names two groups and denies neither.
				if !overlap(fx.q, fy.q) && !gives(ms, all, group, ms[fx.member].Article, fy, same) && !gives(ms, all, group, ms[fy.member].Article, fx, same) &&
					!splits(ms[fx.member], fx.q.value, fy.q.value) && !splits(ms[fy.member], fx.q.value, fy.q.value) {
					d.Conflict = true
					d.Conflicts = append(d.Conflicts, [2]int{x, y})
				}
			}
		}
		if !differ {
			continue
		}
		var parts []string
		for _, g := range group {
			f := all[g]
			m := ms[f.member]
			v := m.Text[f.q.start:f.q.end]
			d.Marks = append(d.Marks, Mark{Member: f.member, Start: f.q.start, End: f.q.end, Value: v, Says: saysOf(m)})
			parts = append(parts, fmt.Sprintf("%q (%s)", v, m.name()))
		}
		q := all[group[0]].q
		thing := label(ms, all[group[0]])
		if q.happening != "" {
			thing += " " + q.happening
		}
		if w := groupWhen(all, group); w != "" {
			thing += ", " + w
		}
		if corpus {
			verdict := "figures that can agree"
			if d.Conflict {
				verdict = "figures that conflict"
			}
			d.Summary = fmt.Sprintf("%s, %s: %s", thing, verdict, strings.Join(parts, " vs "))
		} else {
			verdict := "the figures can agree"
			if d.Conflict {
				verdict = "the figures conflict"
			}
			d.Summary = fmt.Sprintf("%s: %s", verdict, strings.Join(parts, " vs "))
		}
		d.Reason = numberReason(thing, d.Conflict, corpus)
		out = append(out, d)
	}
	return out
}

// gives reports whether the article gives, in the group, a figure that can
// be f's, of the same thing.
func gives(ms []Member, all []mention, group []int, art string, f mention, same func(x, y mention) bool) bool {
	for _, g := range group {
		if ms[all[g].member].Article == art && overlap(all[g].q, f.q) && same(all[g], f) {
			return true
		}
	}
	return false
}

// splits reports whether the member's sentence writes a split of numbers
// joined by a hyphen ("9-3", "5-4") that holds both a and b.
func splits(m Member, a, b float64) bool {
	ts := m.Tokens
	for k := 0; k+1 < len(ts); k++ {
		x, y := ts[k], ts[k+1]
		if x.Kind != words.Number || y.Kind != words.Number || strings.TrimSpace(m.Text[x.End:y.Start]) != "-" {
			continue
		}
		u, errU := strconv.ParseFloat(x.Key, 64)
		v, errV := strconv.ParseFloat(y.Key, 64)
		if errU == nil && errV == nil && (u == a && v == b || u == b && v == a) {
			return true
		}
	}
	return false
}

// numberReason says why figures are reported, for a reader.
func numberReason(thing string, conflict, corpus bool) string {
	where := "Sentences reporting the same fact"
	if corpus {
		where = "Sentences of different facts that share their subject"
	}
	if conflict {
		return fmt.Sprintf("%s give figures for the same thing (%s), and no value fits them all, even reading \"nearly\", \"about\" or \"at least\" as ranges and a round figure as rounded.", where, thing)
	}
	return fmt.Sprintf("%s give different figures for the same thing (%s), but they can both be right: a range, a rounded figure or another unit.", where, thing)
}

// label names a group's counted thing as its first mention writes it:
// "drones", "minutes".
func label(ms []Member, f mention) string {
	if f.q.unit == "minutes" || f.q.unit == "percent" || f.q.unit == "km" {
		return f.q.unit
	}
	s := strings.TrimLeft(ms[f.member].Text[f.q.start:f.q.end], "0123456789.,- ")
	if w := strings.Fields(s); len(w) > 0 {
		return strings.Trim(w[len(w)-1], "\"“”'’()")
	}
	return f.q.unit
}

// groupWhen is the time every figure of a group gives, "" unless all
// give the same one.
func groupWhen(all []mention, group []int) string {
	w := all[group[0]].q.when
	for _, g := range group {
		if all[g].q.when != w {
			return ""
		}
	}
	return w
}

// Figures lists, across a whole corpus, the things two articles give
// figures for with no value in common, in sentences of different facts:
// "drones launched: nearly 500 (A) vs 728 (E)". Figures of two facts are
// compared only when both sentences say what happens to the counted thing
// (killed, launched) and it is the same, or whose it is ("Klitschko, 53-3,
// 47 KO's"), no time, owner or side tells them apart, the two sentences
// share a word of their subject beyond the figure's own, and neither
// figure could be one of several the other article gives for different
// times. A unit and happening mentioned more than maxFigureMentions times
// is too generic to be one measure and is left out. Records (52-3) are
// compared by owner (recordsOf). ms holds every sentence of the corpus.
// Cost: O(m²) in the mentions of one unit and happening (or owner), so at
// most O(maxFigureMentions²) each.
func Figures(ms []Member) []Divergence {
	byUnit := map[string][]mention{} // every mention of a unit, for ambiguous
	byKey := map[string][]mention{}  // those that can be compared across facts, by unit and what happens or whose
	var keys []string
	for i, m := range ms {
		for _, q := range quantities(m) {
			if spans[q.unit] {
				continue
			}
			byUnit[q.unit] = append(byUnit[q.unit], mention{i, q})
			key := q.unit + "\x00" + q.happening
			if q.happening == "" {
				if q.owner == "" {
					continue // nothing says what it counts beyond its noun
				}
				key += "\x00" + q.owner
			}
			if _, ok := byKey[key]; !ok {
				keys = append(keys, key)
			}
			byKey[key] = append(byKey[key], mention{i, q})
		}
	}
	var out []Divergence
	for _, k := range keys {
		mentions := byKey[k]
		if len(mentions) > maxFigureMentions {
			continue
		}
		unit := byUnit[mentions[0].q.unit]
		same := func(x, y mention) bool {
			return x.q.sameThing(y.q, true) && !ambiguous(ms, unit, x, y) && !ambiguous(ms, unit, y, x) &&
				shareSubject(ms[x.member], ms[y.member], x.q.unit, x.q.unit2, y.q.unit, y.q.unit2)
		}
		out = append(out, figureGroups(ms, mentions, same, true)...)
	}
	return append(out, recordsOf(ms, true)...)
}

// ambiguous reports whether x, which gives no time, could be about any of
// several figures y's article gives for one thing at different times: "the
// largest attack, nearly 500 drones" against one article's "400 drones
// overnight" and "728 drones the day before".
func ambiguous(ms []Member, mentions []mention, x, y mention) bool {
	if x.q.when != "" || y.q.when == "" {
		return false
	}
	for _, z := range mentions {
		if ms[z.member].Article == ms[y.member].Article && z.q.value != y.q.value && z.q.when != y.q.when && !differ(z.q.happening, y.q.happening) {
			return true
		}
	}
	return false
}

// shareSubject reports whether two sentences share a content word beyond
// figures, the counted things (units), happenings and times: their
// subject ("camp", "Kyiv").
func shareSubject(a, b Member, units ...string) bool {
	seen := map[string]bool{}
	for _, t := range a.Tokens {
		if subjectWord(t) && !slices.Contains(units, t.Key) {
			seen[t.Key] = true
		}
	}
	for _, t := range b.Tokens {
		if subjectWord(t) && seen[t.Key] {
			return true
		}
	}
	return false
}

func subjectWord(t words.Token) bool {
	if !t.Content() || weekdays[t.Norm] || article.Month(t.Norm) > 0 {
		return false
	}
	_, h := happenings[t.Key]
	_, c := conversions[t.Key]
	_, n := numberWords[t.Norm]
	return !h && !c && !n && !spans[t.Key] && !generic[t.Key]
}

// generic are words too common in news to name a subject.
var generic = map[string]bool{"peopl": true, "said": true, "say": true, "report": true, "offici": true, "accord": true, "also": true}

// maxFigureMentions bounds the mentions of one unit and happening in
// Figures: "people killed" told 40 times across 200 articles is too
// generic to be one measure.
const maxFigureMentions = 12

// spans of the calendar are left out of corpus-wide figures: "three
// years" and "50 years" are seldom one measure.
var spans = map[string]bool{"year": true, "month": true, "week": true, "day": true, "time": true, "season": true}
