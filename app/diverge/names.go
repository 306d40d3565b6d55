package diverge

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/app/words"
)

// Names transliterated from Cyrillic, Arabic or Ukrainian are spelled
// differently by different outlets (Sergey/Sergei): they are compared by
// words.TranslitKey. Near misses (one inner letter replaced, five letters
// or more, both in one fact) are reported as possible variants only.

// isName: a capitalised word that is not a stop word.
func isName(t words.Token) bool {
	return t.Upper && t.Kind == words.Word && !t.Stop && len(t.Norm) >= 3
}

// nameVariant says whether two different spellings are one name: sure by
// transliteration key (ka, kb), or possibly: one letter replaced inside a
// name of five letters or more (Kozlov/Kozlow). A different last letter or
// an added one is more often another word (Iran/Iraq, Russia/Russian) than
// a variant.
func nameVariant(a, b, ka, kb string) (same, possible bool) {
	if a == b {
		return false, false
	}
	if ka == kb {
		return true, false
	}
	return false, len(a) >= 5 && len(a) == len(b) && a[len(a)-1] == b[len(b)-1] && editDistance1(a, b)
}

// editDistance1 reports whether a and b differ by exactly one insertion,
// deletion or substitution. O(len).
func editDistance1(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return i < len(ra) && string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i+1:]) == string(rb[i:])
}

// nameToken is a name in a member, with its transliteration key.
type nameToken struct {
	t   words.Token
	key string
}

// nameTokens returns the names of each member, keys computed once.
func nameTokens(ms []Member) [][]nameToken {
	out := make([][]nameToken, len(ms))
	for i, m := range ms {
		for _, t := range m.Tokens {
			if isName(t) {
				out[i] = append(out[i], nameToken{t, words.TranslitKey(t.Norm)})
			}
		}
	}
	return out
}

// names reports spellings of one name that differ between members: one
// divergence for each name spelled two or more ways, marking every member's
// spelling, then possible variants (near misses). Cost: O(n²) in the n
// names of the fact's members.
func names(ms []Member) []Divergence {
	ns := nameTokens(ms)
	keys, byKey := nameUses(ns)
	var out []Divergence
	for _, k := range keys {
		if d, ok := spelledTwoWays(ms, byKey[k]); ok {
			out = append(out, d)
		}
	}
	return nearMisses(ms, ns, out)
}

// nameUse is one member's use of a name.
type nameUse struct {
	member int
	t      words.Token
}

// nameUses groups the names of the members by transliteration key, one use
// a member (its first), and returns the keys in the order the members
// first give them, the order divergences are reported in.
func nameUses(ns [][]nameToken) ([]string, map[string][]nameUse) {
	var keys []string
	byKey := map[string][]nameUse{}
	for i, list := range ns {
		for _, x := range list {
			if _, ok := byKey[x.key]; !ok {
				keys = append(keys, x.key)
			}
			if uses := byKey[x.key]; len(uses) == 0 || uses[len(uses)-1].member != i {
				byKey[x.key] = append(uses, nameUse{i, x.t})
			}
		}
	}
	return keys, byKey
}

// spelledTwoWays reports the uses of one name (one transliteration key)
// when they spell it two or more ways: "Sergey (A) and Sergei (B, C)",
// each spelling as first printed, with the articles that spell it so.
func spelledTwoWays(ms []Member, uses []nameUse) (Divergence, bool) {
	spellings := map[string][]string{} // norm → the articles that spell it so
	var order []string
	for _, u := range uses {
		if _, ok := spellings[u.t.Norm]; !ok {
			order = append(order, u.t.Norm)
		}
		if !slices.Contains(spellings[u.t.Norm], ms[u.member].name()) {
			spellings[u.t.Norm] = append(spellings[u.t.Norm], ms[u.member].name())
		}
	}
	if len(order) < 2 {
		return Divergence{}, false
	}
	d := Divergence{Kind: Name}
	var parts []string
	for _, n := range order {
		var surface string
		for _, u := range uses {
			if u.t.Norm == n {
				surface = ms[u.member].surface(u.t)
				break
			}
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", surface, strings.Join(spellings[n], ", ")))
	}
	for _, u := range uses {
		d.Marks = append(d.Marks, Mark{Member: u.member, Start: u.t.Start, End: u.t.End, Value: ms[u.member].surface(u.t)})
	}
	d.Summary = "name spelled " + strings.Join(parts, " and ")
	d.Reason = "Sentences reporting the same fact spell one name two ways: the spellings differ only as transliterations do (y/i, ey/ei, kh/h)."
	return d, true
}

// nearMisses appends to out the possible variants: a name in one member
// with no sure counterpart in another article's member, one letter from a
// name there (Kozlov/Kozlow). Each pair of spellings is reported once.
func nearMisses(ms []Member, ns [][]nameToken, out []Divergence) []Divergence {
	done := map[string]bool{}
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			if ms[i].Article == ms[j].Article {
				continue
			}
			for _, x := range ns[i] {
				if hasNorm(ms[j].Tokens, x.t.Norm) {
					continue
				}
				for _, y := range ns[j] {
					if x.key == y.key || hasNorm(ms[i].Tokens, y.t.Norm) {
						continue
					}
					if _, possible := nameVariant(x.t.Norm, y.t.Norm, x.key, y.key); !possible || done[x.t.Norm+"/"+y.t.Norm] {
						continue
					}
					done[x.t.Norm+"/"+y.t.Norm] = true
					out = append(out, nearMiss(ms, i, x.t, j, y.t))
				}
			}
		}
	}
	return out
}

// nearMiss is the possible variant of name x in member i and y in member j.
func nearMiss(ms []Member, i int, x words.Token, j int, y words.Token) Divergence {
	a, b := ms[i].surface(x), ms[j].surface(y)
	return Divergence{Kind: Name, Possible: true, Marks: []Mark{
		{Member: i, Start: x.Start, End: x.End, Value: a},
		{Member: j, Start: y.Start, End: y.End, Value: b},
	}, Summary: fmt.Sprintf("possibly one name: %s (%s) and %s (%s)", a, ms[i].name(), b, ms[j].name()),
		Reason: "Two names one letter apart in sentences reporting the same fact: perhaps one name spelled two ways, perhaps two names. A cue to check."}
}

func hasNorm(ts []words.Token, n string) bool {
	for _, t := range ts {
		if t.Norm == n {
			return true
		}
	}
	return false
}

// Variant is a set of spellings of one name or word across a corpus.
type Variant struct {
	Kind     string   // "name" or "spelling"
	Forms    []string // as printed, most used first
	Possible bool
	Articles []string // the articles (Member.Article) that use the forms
}

// Variants lists the corpus-wide spelling variants: names whose
// transliteration keys agree (Sergey/Sergei), near-miss names that stand in
// one fact (possible variants), and British and American spellings of one
// word (defence/defense). facts holds every fact's members; singletons
// included, since a name is a variant wherever it appears. found holds, for
// each fact, the divergences Find returned for it (nil for singletons).
func Variants(facts [][]Member, found [][]Divergence) []Variant {
	var out []Variant
	for key, g := range corpusForms(facts) {
		if len(g) < 2 {
			continue
		}
		kind, _, _ := strings.Cut(key, "\x00")
		out = append(out, makeVariant(kind, false, g))
	}
	out = possibleVariants(facts, found, out)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		if out[i].Possible != out[j].Possible {
			return !out[i].Possible
		}
		return out[i].Forms[0] < out[j].Forms[0]
	})
	return out
}

// formGroups holds the spellings of a corpus: group key ("name" or
// "spelling", NUL, the transliteration key or the American form) → norm →
// form.
type formGroups map[string]map[string]*form

// add counts one use of a spelling, normed, in article art.
func (fs formGroups) add(group, normed, surface, art string) {
	g := fs[group]
	if g == nil {
		g = map[string]*form{}
		fs[group] = g
	}
	f := g[normed]
	if f == nil {
		f = &form{surface: surface, articles: map[string]bool{}}
		g[normed] = f
	}
	f.count++
	f.articles[art] = true
}

// corpusForms reads every spelling that may have a variant: each name,
// grouped by transliteration key (Sergey/Sergei), and each word whose
// American form the corpus also writes, grouped by that form
// (defence/defense).
func corpusForms(facts [][]Member) formGroups {
	byKey := formGroups{}
	targets := americanTargets(facts)
	keys := map[string]string{} // norm → transliteration key, computed once
	for _, fact := range facts {
		for _, m := range fact {
			for _, t := range m.Tokens {
				switch {
				case isName(t):
					k, ok := keys[t.Norm]
					if !ok {
						k = words.TranslitKey(t.Norm)
						keys[t.Norm] = k
					}
					byKey.add("name\x00"+k, t.Norm, m.surface(t), m.Article)
				case t.Kind == words.Word && !t.Stop:
					if us := words.Americanize(t.Norm); targets[us] {
						byKey.add("spelling\x00"+us, t.Norm, m.surface(t), m.Article)
					}
				}
			}
		}
	}
	return byKey
}

// americanTargets are the American forms a corpus writes that another of
// its words maps to: "defense" when it also writes "defence".
func americanTargets(facts [][]Member) map[string]bool {
	norms := map[string]bool{}
	for _, fact := range facts {
		for _, m := range fact {
			for _, t := range m.Tokens {
				norms[t.Norm] = true
			}
		}
	}
	targets := map[string]bool{}
	for n := range norms {
		if us := words.Americanize(n); us != n && norms[us] {
			targets[us] = true
		}
	}
	return targets
}

// possibleVariants appends to out the near-miss names inside one fact, as
// Find found them (found[i] for facts[i]), each pair of forms once.
func possibleVariants(facts [][]Member, found [][]Divergence, out []Variant) []Variant {
	seen := map[string]bool{}
	for i, fact := range facts {
		if i >= len(found) {
			break
		}
		for _, d := range found[i] {
			if d.Kind != Name || !d.Possible {
				continue
			}
			a, b := d.Marks[0], d.Marks[1]
			forms := []string{a.Value, b.Value}
			slices.Sort(forms)
			if seen[forms[0]+"/"+forms[1]] {
				continue
			}
			seen[forms[0]+"/"+forms[1]] = true
			arts := []string{fact[a.Member].Article, fact[b.Member].Article}
			slices.Sort(arts)
			out = append(out, Variant{Kind: "name", Forms: forms, Possible: true, Articles: slices.Compact(arts)})
		}
	}
	return out
}

// form is one spelling seen in a corpus.
type form struct {
	surface  string
	count    int
	articles map[string]bool
}

// makeVariant orders a group's forms, most used first.
func makeVariant(kind string, possible bool, g map[string]*form) Variant {
	fs := make([]*form, 0, len(g))
	for _, f := range g {
		fs = append(fs, f)
	}
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].count != fs[j].count {
			return fs[i].count > fs[j].count
		}
		return fs[i].surface < fs[j].surface
	})
	v := Variant{Kind: kind, Possible: possible}
	arts := map[string]bool{}
	for _, f := range fs {
		v.Forms = append(v.Forms, f.surface)
		for a := range f.articles {
			arts[a] = true
		}
	}
	for a := range arts {
		v.Articles = append(v.Articles, a)
	}
	slices.Sort(v.Articles)
	return v
}
