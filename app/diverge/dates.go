package diverge

import (
	"fmt"
	"slices"
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
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true,
}

func dateMentions(m Member) []dateMention {
	var out []dateMention
	ts := m.Tokens
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		switch {
		case t.Kind == words.Word && weekdays[t.Norm]:
			out = append(out, dateMention{"weekday", t.Norm, t.Start, t.End})
		case t.Kind == words.Word && t.Upper && article.Month(t.Norm) > 0 && (t.Norm != "may" || nextIsDay(ts, k)):
			mon := article.Month(t.Norm)
			if day, ok := dayOf(ts, k); ok {
				d := ts[k+1]
				out = append(out, dateMention{"day", fmt.Sprintf("%d-%d", mon, day), t.Start, d.End})
				k++
			} else {
				out = append(out, dateMention{"month", strconv.Itoa(mon), t.Start, t.End})
			}
		case isYear(t):
			out = append(out, dateMention{"year", t.Norm, t.Start, t.End})
		}
	}
	return out
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
		values := make([][]string, len(ms))
		present := 0
		for i := range ms {
			for _, d := range mentions[i] {
				if d.kind == kind && !slices.Contains(values[i], d.value) {
					values[i] = append(values[i], d.value)
				}
			}
			if len(values[i]) > 0 {
				present++
			}
		}
		if present < 2 {
			continue
		}
		// Diverge when two articles name this kind of date and share no value.
		disjoint := false
		for i := range ms {
			for j := i + 1; j < len(ms); j++ {
				if len(values[i]) > 0 && len(values[j]) > 0 && ms[i].Article != ms[j].Article && !intersects(values[i], values[j]) {
					disjoint = true
				}
			}
		}
		if !disjoint {
			continue
		}
		d := Divergence{Kind: Date, Conflict: true}
		var parts []string
		for i, m := range ms {
			var vs []string
			for _, dm := range mentions[i] {
				if dm.kind == kind {
					v := m.Text[dm.start:dm.end]
					d.Marks = append(d.Marks, Mark{Member: i, Start: dm.start, End: dm.end, Value: v})
					vs = append(vs, v)
				}
			}
			if len(vs) > 0 {
				parts = append(parts, fmt.Sprintf("%s (%s)", strings.Join(vs, ", "), m.name()))
			}
		}
		d.Summary = "different dates: " + strings.Join(parts, " vs ")
		out = append(out, d)
	}
	return out
}

func intersects(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}
