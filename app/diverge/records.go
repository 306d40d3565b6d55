package diverge

import (
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/app/words"
)

// A record is a win-loss tally written as numbers joined by hyphens:
// "52-3", "45-7-2", "a mark of 122-147". Whose it is comes from the name
// before it: "Klitschko (52-3, 46 KOs)", "Cheeks compiled a 162-139
// record". Two articles that give one owner different records disagree;
// a tally with no owner is a score or a season, and is not compared.
type record struct {
	value      string // "52-3"
	owner      string // the owner's key
	scope      string // career, season, playoffs, home, road: what the record counts
	start, end int
}

// found is a record of one member.
type found struct {
	member int
	r      record
}

// records reads the records of an English member.
func records(m Member) []record {
	if !m.english() {
		return nil
	}
	var out []record
	ts := m.Tokens
	for k := 0; k < len(ts); k++ {
		if ts[k].Kind != words.Number {
			continue
		}
		last := k
		for last+1 < len(ts) && ts[last+1].Kind == words.Number && strings.Trim(m.Text[ts[last].End:ts[last+1].Start], " ") == "-" {
			last++
		}
		if last == k || last-k > 2 || isYear(ts[k]) {
			k = last
			continue // a number alone, a date, or a season ("2008-09")
		}
		parts := make([]string, 0, 3)
		for x := k; x <= last; x++ {
			parts = append(parts, ts[x].Norm)
		}
		if owner := recordOwner(m, k); owner != "" {
			out = append(out, record{strings.Join(parts, "-"), owner, scopeOf(m, k, last), ts[k].Start, ts[last].End})
		}
		k = last
	}
	return out
}

// recordOwner is the name just before the record at token k: separated
// from it by a bracket or a comma ("Klitschko (52-3", "Klitschko, 53-3"),
// or by a few words of a record's own ("Cheeks is 122-147", "Cheeks
// compiled a mark of 122-147", "Klitschko improved his record to 52-3").
func recordOwner(m Member, k int) string {
	ts := m.Tokens
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := ts[j]
		if strings.ContainsAny(m.Text[t.End:ts[j+1].Start], ".;:") {
			return ""
		}
		if t.Kind == words.Word && t.Upper && !t.Stop && !notNames[t.Norm] && !weekdays[t.Norm] {
			if reporting[ts[j+1].Norm] || j == k-1 && strings.TrimSpace(m.Text[t.End:ts[k].Start]) == "" {
				return "" // "beat the Bulls 99-72": a score, not the Bulls' record
			}
			return t.Key
		}
		if !recordWords[t.Norm] {
			return ""
		}
	}
	return ""
}

// recordWords may stand between a name and its record.
var recordWords = map[string]bool{
	"is": true, "was": true, "now": true, "improved": true, "improves": true, "moved": true, "his": true, "her": true,
	"their": true, "its": true, "record": true, "to": true, "a": true, "mark": true, "of": true, "compiled": true,
	"went": true, "fell": true, "dropped": true, "stands": true, "at": true,
}

// scopeOf is the span a record counts, from the sentence's word for it
// nearest the record: career, season, playoffs, home or road; "" when
// the sentence does not say.
func scopeOf(m Member, first, last int) string {
	ts := m.Tokens
	best, bestD := "", len(ts)+1
	for j, t := range ts {
		sc := ""
		switch t.Key {
		case "career", "lifetim", "overal":
			sc = "career"
		case "season":
			sc = "season"
		case "playoff", "postseason":
			sc = "playoffs"
		case "home", "road":
			sc = t.Key
		}
		d := min(abs(j-first), abs(j-last))
		if sc != "" && d < bestD {
			best, bestD = sc, d
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// recordsOf compares the records of the members: for each owner, the
// records two articles give that differ. Cost: O(r²) in the r records.
func recordsOf(ms []Member, corpus bool) []Divergence {
	byOwner := map[string][]found{}
	var owners []string
	for i, m := range ms {
		for _, r := range records(m) {
			if _, ok := byOwner[r.owner]; !ok {
				owners = append(owners, r.owner)
			}
			byOwner[r.owner] = append(byOwner[r.owner], found{i, r})
		}
	}
	var out []Divergence
	for _, o := range owners {
		fs := byOwner[o]
		if len(fs) > maxFigureMentions {
			continue
		}
		d := Divergence{Kind: Number, Conflict: true}
		for x, a := range fs {
			for y := x + 1; y < len(fs); y++ {
				b := fs[y]
				if ms[a.member].Article == ms[b.member].Article || a.r.value == b.r.value || differ(a.r.scope, b.r.scope) || givesRecord(ms, fs, ms[a.member].Article, b.r.value) || givesRecord(ms, fs, ms[b.member].Article, a.r.value) {
					continue
				}
				d.Conflicts = append(d.Conflicts, [2]int{x, y})
			}
		}
		if len(d.Conflicts) == 0 {
			continue
		}
		var parts []string
		for _, f := range fs {
			m := ms[f.member]
			v := m.Text[f.r.start:f.r.end]
			d.Marks = append(d.Marks, Mark{Member: f.member, Start: f.r.start, End: f.r.end, Value: v, Says: saysOf(m)})
			parts = append(parts, fmt.Sprintf("%q (%s)", v, m.name()))
		}
		if corpus {
			d.Summary = fmt.Sprintf("record, figures that conflict: %s", strings.Join(parts, " vs "))
		} else {
			d.Summary = fmt.Sprintf("the records conflict: %s", strings.Join(parts, " vs "))
		}
		d.Reason = "Two articles give the same person's or team's record (wins and losses, written 52-3) differently. A record changes with each result, so check which is the latest."
		out = append(out, d)
	}
	return out
}

// givesRecord reports whether the article gives the record for the owner.
func givesRecord(ms []Member, fs []found, art, value string) bool {
	for _, f := range fs {
		if ms[f.member].Article == art && f.r.value == value {
			return true
		}
	}
	return false
}
