package diverge

import (
	"fmt"

	"github.com/parallax-news/parallax/app/words"
)

// Harm counted and denied: one article counts people killed or hurt ("at
// least 12 people had been killed"), another says there were none ("there
// were no casualties"). Unlike the cues of contradiction.go these are
// opposite claims: both cannot be right, unless a time, a place or a group
// tells them apart.

// A harm claim of none: "no casualties", "no dead or wounded", "no one was
// killed", "nobody was hurt", "did not kill anyone". Only stop words (and
// "one") may stand between the negation and the harm: "no reports of
// casualties" is no claim of none, and neither are "was not injured" (one
// person) or "without injury". A sentence that also counts harm ("no one
// was killed in the first blast, but 3 died in the second") denies none.
type noneClaim struct {
	happening  string // killed, injured or harmed
	when       string
	start, end int
}

// noneClaims reads m's claims that no one was harmed, given the quantities
// qs read from m: none when m also counts harm.
func noneClaims(m Member, qs []quantity) []noneClaim {
	if !m.english() {
		return nil
	}
	var out []noneClaim
	ts := m.Tokens
	for k, t := range ts {
		switch t.Norm {
		case "no", "nobody", "none":
		case "not":
			// "did not kill anyone": a negated harm with anyone or any after it
			for j := k + 1; j < len(ts) && j <= k+3; j++ {
				if h := harmOf(ts[j]); h != "" && j+1 < len(ts) && (ts[j+1].Norm == "anyone" || ts[j+1].Norm == "any" || ts[j+1].Norm == "anybody") {
					out = append(out, noneClaim{h, whenOf(m, j), t.Start, ts[j+1].End})
					break
				}
			}
			continue
		default:
			continue
		}
		for j := k + 1; j < len(ts) && j <= k+4; j++ {
			if clauseBreak(m.Text[ts[j-1].End:ts[j].Start]) {
				break
			}
			if h := harmOf(ts[j]); h != "" {
				out = append(out, noneClaim{h, whenOf(m, j), t.Start, ts[j].End})
				break
			}
			if !ts[j].Stop && ts[j].Norm != "one" {
				break
			}
		}
	}
	if len(out) > 0 && len(harmCounts(qs)) > 0 {
		return nil // "no one was killed in the first blast, but 3 people died in the second"
	}
	return out
}

// harms are what a member says of harm: the people it counts killed or
// hurt, and its claims that there were none. Read once a member, for
// every pair it is in.
type harms struct {
	counts []quantity
	nones  []noneClaim
}

// harmsOf reads what m says of harm.
func harmsOf(m Member) harms {
	qs := quantities(m)
	return harms{harmCounts(qs), noneClaims(m, qs)}
}

// harmOf is the harm a token names: killed, injured or harmed; "" else.
func harmOf(t words.Token) string {
	if h := happenings[t.Key]; h == "killed" || h == "injured" || h == "harmed" {
		return h
	}
	return ""
}

// harmCounts are the quantities that count people killed or hurt.
func harmCounts(qs []quantity) []quantity {
	var out []quantity
	for _, q := range qs {
		if q.lo > 0 && (q.happening == "killed" || q.happening == "injured" || q.happening == "harmed") {
			out = append(out, q)
		}
	}
	return out
}

// placesApart reports whether two sentences each name someone or
// somewhere the other does not, and share no name: "killed in the strike
// on Kyiv" and "no one was killed in the strike on Kharkiv" speak of two
// places. A sentence's first word is not taken for a name.
func placesApart(a, b Member) bool { return apart(properNames(a), properNames(b)) }

// apart reports whether both sets hold words and share none.
func apart(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for k := range a {
		if b[k] {
			return false
		}
	}
	return true
}

// properNames are the stems of the capitalised words a sentence gives past
// its first word, leaving out pronouns and the like (notNames), weekdays
// and reporting verbs ("Said").
func properNames(m Member) map[string]bool {
	out := map[string]bool{}
	for i, t := range m.Tokens {
		if i > 0 && t.Upper && !t.Stop && t.Kind == words.Word && !notNames[t.Norm] && !weekdays[t.Norm] && !reporting[t.Norm] {
			out[t.Key] = true
		}
	}
	return out
}

// locationsApart reports whether both sentences say where ("in the camp",
// "on the nearby market") and no word of where is shared.
func locationsApart(a, b Member) bool { return apart(locations(a), locations(b)) }

// locations are the content words of the sentence's last phrase of
// place: within three words after in, at, on or near followed by "the",
// "a" or a name, in one clause ("in the attack on the camp": camp).
func locations(m Member) map[string]bool {
	var out map[string]bool
	ts := m.Tokens
	for k, t := range ts {
		switch t.Norm {
		case "in", "at", "on", "near":
		default:
			continue
		}
		if k+1 >= len(ts) || !(ts[k+1].Upper || ts[k+1].Norm == "the" || ts[k+1].Norm == "a") {
			continue // "at least", "on average": no place
		}
		here := map[string]bool{}
		for j := k + 1; j < len(ts) && j <= k+4; j++ {
			if clauseBreak(m.Text[ts[j-1].End:ts[j].Start]) {
				break
			}
			if ts[j].Content() && harmOf(ts[j]) == "" && !weekdays[ts[j].Norm] {
				here[ts[j].Key] = true
			}
		}
		if len(here) > 0 {
			out = here
		}
	}
	return out
}

// groupOf is the group a denial speaks of: "no casualties among the
// soldiers" → soldier; "" when it names none.
func groupOf(m Member, n noneClaim) string {
	ts := m.Tokens
	for j, t := range ts {
		if t.Start < n.end || t.Norm != "among" {
			continue
		}
		for x := j + 1; x < len(ts) && x <= j+3; x++ {
			if ts[x].Content() {
				return ts[x].Key
			}
		}
	}
	return ""
}

// harmCue: member a counts people killed or hurt, member b says there
// were none, and no time, place or group tells them apart: "at least 12 people had been
// killed" against "there were no casualties in the camp". Opposite claims,
// not a cue: the members cannot both be right.
func harmCue(a, b Member, counts []quantity, nones []noneClaim, i, j int) (Divergence, bool) {
	for _, q := range counts {
		for _, n := range nones {
			if !harmCovers(n.happening, q.happening) || differ(q.when, n.when) || placesApart(a, b) || locationsApart(a, b) {
				continue
			}
			if g := groupOf(b, n); g != "" && !generic[q.unit] && q.unit != g {
				continue // "no casualties among the soldiers" against "five civilians were killed"
			}
			d := Divergence{Kind: Contradiction, Conflict: true, Conflicts: [][2]int{{0, 1}}, Marks: []Mark{
				{Member: i, Start: q.start, End: q.end, Value: a.Text[q.start:q.end], Says: saysOf(a)},
				{Member: j, Start: n.start, End: n.end, Value: b.Text[n.start:n.end], Says: saysOf(b)},
			}}
			d.Summary = fmt.Sprintf("opposite claims: %q (%s) vs %q (%s)", d.Marks[0].Value, a.name(), d.Marks[1].Value, b.name())
			d.Reason = fmt.Sprintf("One article counts people %s; another says there were none. They cannot both be right, unless they speak of different places or times.", q.happening)
			return d, true
		}
	}
	return Divergence{}, false
}

// Opposites lists, across a whole corpus, harm counted in one article and
// denied in another ("12 killed" / "no casualties") in sentences that
// share their subject, whichever facts they are in. ms holds every
// sentence of the corpus. Cost: O(n²) pairs of the sentences that count
// harm or deny it, few in any corpus.
func Opposites(ms []Member) []Divergence {
	hs := make([]harms, len(ms))
	var counts, nones []int
	for i, m := range ms {
		hs[i] = harmsOf(m)
		if len(hs[i].nones) > 0 {
			nones = append(nones, i)
		}
		if len(hs[i].counts) > 0 {
			counts = append(counts, i)
		}
	}
	var out []Divergence
	for _, i := range counts {
		for _, j := range nones {
			if ms[i].Article == ms[j].Article || !shareSubject(ms[i], ms[j]) {
				continue
			}
			if d, ok := harmCue(ms[i], ms[j], hs[i].counts, hs[j].nones, i, j); ok {
				out = append(out, d)
			}
		}
	}
	return out
}
