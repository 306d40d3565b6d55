package diverge

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/words"
)

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
	var out []Divergence
	for _, group := range linkFigures(ms, all, same) {
		conflicts, differs := figureConflicts(ms, all, group, same)
		if !differs {
			continue
		}
		d := Divergence{Kind: Number, Conflict: len(conflicts) > 0, Conflicts: conflicts}
		var parts []string
		for _, g := range group {
			f := all[g]
			m := ms[f.member]
			v := m.Text[f.q.start:f.q.end]
			d.Marks = append(d.Marks, Mark{Member: f.member, Start: f.q.start, End: f.q.end, Value: v, Says: saysOf(m)})
			parts = append(parts, fmt.Sprintf("%q (%s)", v, m.name()))
		}
		thing := groupThing(ms, all, group)
		d.Summary = figureSummary(thing, parts, d.Conflict, corpus)
		d.Reason = numberReason(thing, d.Conflict, corpus)
		out = append(out, d)
	}
	return out
}

// linkFigures joins the mentions of different articles that same says are
// of one thing, with a union-find (path halving) over every pair: O(q²)
// calls of same for q mentions. It returns the groups of two or more, as
// indexes into all in mention order, each group where its first mention
// stands.
func linkFigures(ms []Member, all []mention, same func(x, y mention) bool) [][]int {
	parent := make([]int, len(all))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
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
	var groups [][]int
	at := map[int]int{} // a root → its group's index in groups
	for i := range all {
		if !linked[i] {
			continue
		}
		r := find(i)
		x, ok := at[r]
		if !ok {
			x = len(groups)
			at[r] = x
			groups = append(groups, nil)
		}
		groups[x] = append(groups[x], i)
	}
	return groups
}

// figureConflicts compares the figures of a group pair by pair, across
// articles. differs says whether any two differ; conflicts are the pairs,
// as indexes into group, that cannot both be right: their ranges do not
// overlap, neither article also gives the other's figure ("seven life
// sentences and four sentences of life without parole"), and neither
// sentence holds both in a split ("deadlocked at 9-3, with nine in favor
// of the death penalty and three voting for life" names two groups and
// denies neither).
func figureConflicts(ms []Member, all []mention, group []int, same func(x, y mention) bool) (conflicts [][2]int, differs bool) {
	for x, gx := range group {
		for y := x + 1; y < len(group); y++ {
			fx, fy := all[gx], all[group[y]]
			if ms[fx.member].Article == ms[fy.member].Article || fx.q.value == fy.q.value || !same(fx, fy) {
				continue
			}
			differs = true
			if !overlap(fx.q, fy.q) && !gives(ms, all, group, ms[fx.member].Article, fy, same) && !gives(ms, all, group, ms[fy.member].Article, fx, same) &&
				!splits(ms[fx.member], fx.q.value, fy.q.value) && !splits(ms[fy.member], fx.q.value, fy.q.value) {
				conflicts = append(conflicts, [2]int{x, y})
			}
		}
	}
	return conflicts, differs
}

// groupThing names what a group's figures count, for a reader: the
// thing as its first mention writes it, what happens to it, and the time
// every figure gives ("drones launched, overnight").
func groupThing(ms []Member, all []mention, group []int) string {
	q := all[group[0]].q
	thing := label(ms, all[group[0]])
	if q.happening != "" {
		thing += " " + q.happening
	}
	if w := groupWhen(all, group); w != "" {
		thing += ", " + w
	}
	return thing
}

// figureSummary says in one line whether a group's figures conflict and
// what each article gives (parts). Across a corpus it names the thing
// counted too, since the sentences are of different facts.
func figureSummary(thing string, parts []string, conflict, corpus bool) string {
	if corpus {
		verdict := "figures that can agree"
		if conflict {
			verdict = "figures that conflict"
		}
		return fmt.Sprintf("%s, %s: %s", thing, verdict, strings.Join(parts, " vs "))
	}
	verdict := "the figures can agree"
	if conflict {
		verdict = "the figures conflict"
	}
	return fmt.Sprintf("%s: %s", verdict, strings.Join(parts, " vs "))
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
