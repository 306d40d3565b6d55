package diverge

import (
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/words"
)

// Which numbers of a sentence are counts. numberValue reads a number in
// digits or words ("500", "five", "an hour"), leaving out dates and times
// of day ("July 3", "9:56 AM"); notCount leaves out the numbers that,
// though read, are not the claim's count: a score or a record ("99-72",
// "52-3"), a part or a whole ("178 of 369 punches"), a change ("down five
// points"), an age ("41-year-old"), a figure restated in another unit ("25
// km (15 miles)").

// numberWords are the numbers written as words, with their values.
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"dozen": 12, "hundred": 100, "thousand": 1000,
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

// notCount reports whether the number at token k, though it reads as a
// number, is not a count of the claim. before holds the quantities read
// so far in the sentence.
func notCount(m Member, before []quantity, k int) bool {
	ts := m.Tokens
	if k > 0 && ts[k-1].Neg && ts[k].Kind == words.Word {
		return true // "no one was hurt" is a claim of none, not a count
	}
	if joinedFigure(m, k) {
		return true // a score or a record, "99-72", "52-3": not a count
	}
	if m.english() && (partOf(ts, k) || changeOf(ts, k) || age(m, k)) {
		return true // "178 of 369 punches", "their last 10 games": a total or a window, not the claim's count
	}
	return restates(m, before, ts[k].Start) // "25 km (15 miles)": one figure in two units
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
