package diverge

import (
	"math"
	"strings"

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

// sameUnit reports whether two quantities count one thing: one unit, or
// one's unit is the word after the other's ("bus passengers", "passengers").
func (q quantity) sameUnit(o quantity) bool {
	return q.unit == o.unit || (q.unit2 != "" && q.unit2 == o.unit) || (o.unit2 != "" && o.unit2 == q.unit)
}

// overlap reports whether two quantities' ranges share a value: then both
// figures can be right.
func overlap(a, b quantity) bool { return a.lo <= b.hi && b.lo <= a.hi }

// qualifiers are the words before a figure that make it a range.
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

// multipliers scale the number before them: "2 million".
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

// unitAliases are units written two ways: KO's and KOs are knockouts.
var unitAliases = map[string]string{"ko": "knockout", "kos": "knockout"}

// quantities reads the quantities of one sentence: each number that counts
// something (notCount), scaled (magnitude), with its unit, the range it
// stands for, and what the sentence says happens to it, when, whose and on
// which side.
func quantities(m Member) []quantity {
	var out []quantity
	ts := m.Tokens
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		v, ok := numberValue(m, k)
		if !ok || notCount(m, out, k) {
			continue
		}
		q := quantity{value: v, start: t.Start, end: t.End}
		first := k
		k = magnitude(m, k, &q) // the tokens it takes are part of this quantity, not ones of their own
		unitAt := unitAfter(m, t, k+1, &q)
		plus := unitForms(m, t, unitAt, &q)
		if q.unit == "" {
			continue
		}
		quantityRange(ts, first, plus, &q)
		q.happening = happeningNear(m, k, unitAt)
		q.when = whenOf(m, first)
		q.owner = ownerOf(m, first)
		q.side = sideOf(m, unitAt)
		out = append(out, q)
	}
	return out
}

// magnitude extends q, the number at token k, over the tokens that scale
// it: thousands spaced apart ("50, 000", as text re-joined from tokens
// writes them), then a multiplier ("two hundred", "2 million"). It returns
// the number's last token.
func magnitude(m Member, k int, q *quantity) int {
	ts, t := m.Tokens, m.Tokens[k]
	if k+1 < len(ts) && ts[k+1].Norm == "000" && m.Text[t.End:ts[k+1].Start] == ", " && len(t.Norm) <= 3 {
		q.value, q.end = q.value*1000, ts[k+1].End
		k++
	}
	if k+1 < len(ts) && ts[k+1].Kind == words.Word {
		if f, ok := multipliers[ts[k+1].Norm]; ok {
			q.value *= f
			q.end = ts[k+1].End
			k++
		}
	}
	return k
}

// unitAfter reads the thing the number t counts into q: "percent" for a
// sign right after it ("4%"), else the first content word among the three
// tokens from j, before any other number, with the content word joined to
// it as unit2 ("bus passengers"). It returns the unit's token, -1 when
// there is none.
func unitAfter(m Member, t words.Token, j int, q *quantity) int {
	ts := m.Tokens
	if t.End < len(m.Text) && m.Text[t.End] == '%' {
		q.unit, q.end = "percent", t.End+1
		return -1
	}
	for n := 0; j < len(ts) && n < 3; j, n = j+1, n+1 {
		if ts[j].Kind == words.Number {
			break
		}
		if ts[j].Content() {
			q.unit, q.end = ts[j].Key, ts[j].End
			if j+1 < len(ts) && ts[j+1].Content() && adjacent(m.Text, ts[j], ts[j+1]) {
				q.unit2 = ts[j+1].Key
			}
			return j
		}
	}
	return -1
}

// unitForms settles q's unit where it is written in more than one word or
// with a sign: "three-plus seasons" counts seasons, more than three (it
// returns true), "4 per cent" is percent, "$82 million" counts dollars
// from the sign, and a unit written two ways takes one name (unitAliases).
func unitForms(m Member, t words.Token, unitAt int, q *quantity) (plus bool) {
	ts := m.Tokens
	if q.unit == "plus" {
		q.unit, q.unit2, plus = q.unit2, "", true
	}
	if q.unit == "per" {
		q.unit = ""
		if unitAt+1 < len(ts) && ts[unitAt+1].Norm == "cent" {
			q.unit, q.end = "percent", ts[unitAt+1].End
		}
	}
	if cur := currency(m, t); cur != "" {
		q.unit, q.unit2 = cur, "" // "$82 million deal" and "nearly $80 million" count dollars
		q.start = t.Start - len(m.Text[:t.Start]) + len(strings.TrimRight(m.Text[:t.Start], "$€£"))
	}
	if a, ok := unitAliases[q.unit]; ok {
		q.unit = a
	}
	return plus
}

// quantityRange converts q to its unit's base ("2 hours" are 120
// minutes) and sets the range it stands for, from its first token first:
// exact, or ±10% when round (before conversion too) or converted from
// another size (miles to km); a qualifier before it sets the range instead
// ("nearly 500" is [450, 500]), and "-plus" makes the figure a floor.
func quantityRange(ts []words.Token, first int, plus bool, q *quantity) {
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
