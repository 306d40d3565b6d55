package compare

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/segment"
)

// claimSpan is the span of the claim of sentence ref whose words hold
// sub, from the report's claims or, where the sentence lists none, from
// the fact that holds it with that span; ok is false when neither does.
func claimOf(r *Report, ref Ref, sub string) (Claim, bool) {
	s, _ := r.Sentence(ref)
	for _, c := range s.Claims {
		if strings.Contains(s.Text[c.Start-s.Start:c.End-s.Start], sub) {
			return c, true
		}
	}
	return Claim{}, false
}

// TestClaimEdits: an edit names a claim of a sentence with "claim"
// beside the sentence's words. A claim joined to a fact is in it at every
// strictness, and the rest of its sentence still tells its own fact; a
// sentence joined whole keeps that join when a claim of it is joined
// elsewhere (told); a claim joined where told would take it back keeps
// its join; a later edit of the sentence, or of its claim, holds; claims
// named wrongly and joins that would put two parts of one sentence in one
// fact are problems that say why, and the report
// keeps its contract, with a claim set aside too (TestClaimAside).
func TestClaimEdits(t *testing.T) {
	c, _, arts := bundled(t)
	raw := rawTexts(arts)
	plain := c.Compare(Options{})
	// S: "Speaking to reporters …, Rubio described the dialogue as …, while
	// acknowledging that it does not yet guarantee peace": its fact is the
	// "new approach" one; its claim's words are the "guarantees peace" fact
	// of T, which the engine does not join it to.
	s := find(t, plain, "Speaking to reporters after the 50-minute")
	tt := find(t, plain, "something that guarantees a peace")
	peace := factOf(plain, tt)
	if factOf(plain, s) == peace || together(plain, s, tt) {
		t.Fatalf("S and T already tell one fact: %v %v", factsOf(plain, s), factsOf(plain, tt))
	}
	claim := article.Anchor{Article: s.Article, Text: "Speaking to reporters", Claim: "does not yet guarantee peace"}
	first := article.Anchor{Article: s.Article, Text: "Speaking to reporters", Claim: "a new and different approach"}
	join := article.Edit{Join: []article.Anchor{claim, {Article: tt.Article, Text: "guarantees a peace"}}}
	// every comparison below keeps the contract with either claim of S
	// set aside too, before its edits or after them
	compare := func(opt Options) *Report {
		t.Helper()
		for _, a := range []article.Anchor{first, claim} {
			aside := article.Edit{Aside: &a}
			for _, edits := range [][]article.Edit{append([]article.Edit{aside}, opt.Edits...), append(slices.Clone(opt.Edits), aside)} {
				checkContract(t, c.Compare(Options{Strictness: opt.Strictness, Edits: edits}), raw)
			}
		}
		return c.Compare(opt)
	}
	for _, strictness := range []float64{0.5, DefaultStrictness(), 0.9} {
		at := c.Compare(Options{Strictness: strictness})
		r := compare(Options{Strictness: strictness, Edits: []article.Edit{join}})
		cl, ok := claimOf(r, s, "guarantee peace")
		if !ok || cl.Fact != factOf(r, tt) || !r.Clusters[cl.Fact].Edited {
			t.Errorf("strictness %.2f: the joined claim is %+v (listed %v), T's fact %d", strictness, cl, ok, factOf(r, tt))
		}
		if rest, ok := claimOf(r, s, "Speaking to reporters"); !ok || rest.Fact == factOf(r, tt) || r.Clusters[rest.Fact].Articles != at.Clusters[factOf(at, s)].Articles {
			t.Errorf("strictness %.2f: the rest of S is %+v (listed %v), in T's fact or not in S's fact as the machine found it", strictness, rest, ok)
		}
		checkContract(t, r, raw)
		if len(r.Problems) > 0 {
			t.Errorf("strictness %.2f: problems %q", strictness, r.Problems)
		}
	}

	// the claim closest to S's own fact, joined elsewhere: told takes
	// back such a claim into its sentence's fact, but not one an editor
	// joined
	r := compare(Options{Edits: []article.Edit{{Join: []article.Anchor{first, {Article: tt.Article, Text: "guarantees a peace"}}}}})
	if cl, ok := claimOf(r, s, "different approach"); !ok || cl.Fact != factOf(r, tt) {
		t.Errorf("the claim closest to S's fact, joined to T's: %+v (listed %v), T's fact %d", cl, ok, factOf(r, tt))
	}

	// later edits hold: the sentence set aside, then its claim joined; the
	// claim joined, then the sentence set aside (its claims with it). A
	// claim joined keeps its join when its sentence is split.
	sentence := article.Anchor{Article: s.Article, Text: "Speaking to reporters"}
	r = compare(Options{Edits: []article.Edit{{Aside: &sentence}, join}})
	if sen, _ := r.Sentence(s); sen.Aside || !together(r, s, tt) {
		t.Errorf("set aside, then its claim joined: %+v, with T: %v", sen, together(r, s, tt))
	}
	r = compare(Options{Edits: []article.Edit{join, {Aside: &sentence}}})
	if sen, _ := r.Sentence(s); !sen.Aside || together(r, s, tt) {
		t.Errorf("claim joined, then the sentence set aside: %+v, with T in %v", sen, factsOf(r, s))
	}
	r = compare(Options{Edits: []article.Edit{join, {Split: &sentence}}})
	if rest, ok := claimOf(r, s, "Speaking to reporters"); !together(r, s, tt) || !ok || r.Clusters[rest.Fact].Articles != 1 {
		t.Errorf("claim joined, then the sentence split: with T %v; the rest %+v (listed %v)", together(r, s, tt), rest, ok)
	}
	checkContract(t, r, raw)

	// a sentence joined whole, and its claim elsewhere: both hold. X is a
	// sentence of a third article that no other tells.
	var x Ref
	for _, a := range plain.Articles {
		for k, sen := range a.Sentences {
			if x.Article == "" && a.ID != s.Article && a.ID != tt.Article && !sen.Heading && len(sen.Claims) == 0 && plain.Reach(sen.Fact) == ToldByOne {
				x = Ref{a.ID, k}
			}
		}
	}
	xs, _ := plain.Sentence(x)
	both := []article.Edit{join, {Join: []article.Anchor{sentence, {Article: x.Article, Text: xs.Text}}}}
	r = compare(Options{Edits: both})
	if !slices.Contains(factsOf(r, s), factOf(r, x)) || !together(r, s, tt) {
		t.Errorf("joined whole to X and by its claim to T: facts %v, X's %d, T's %d", factsOf(r, s), factOf(r, x), factOf(r, tt))
	}
	checkContract(t, r, raw)

	// claims named wrongly, and joins that would put
	// two parts of one sentence in one fact, at once or with the joins
	// before them: each a problem, the other edits applied, the contract
	// kept
	ta := article.Anchor{Article: tt.Article, Text: "guarantees a peace"}
	for _, tc := range []struct {
		name  string
		edits []article.Edit
		want  []string // a problem for each edit, "" for one applied
	}{
		{"claims named wrongly", []article.Edit{
			{Split: &article.Anchor{Article: s.Article, Text: "Speaking to reporters", Claim: "no claim holds these words"}},
			{Split: &article.Anchor{Article: x.Article, Text: xs.Text, Claim: "the"}},
		}, []string{"no claim of that sentence", "is one claim"}},
		{"a sentence and its claim", []article.Edit{{Join: []article.Anchor{claim, sentence}}}, []string{"names one sentence of"}},
		{"two claims of one sentence", []article.Edit{{Join: []article.Anchor{claim, first}}}, []string{"names one sentence of"}},
		{"a sentence, then its claim, to T", []article.Edit{{Join: []article.Anchor{sentence, ta}}, join}, []string{"", "two parts of one sentence"}},
		{"two claims of one sentence to T", []article.Edit{{Join: []article.Anchor{first, ta}}, join}, []string{"", "two parts of one sentence"}},
	} {
		r = compare(Options{Edits: tc.edits})
		var want []string
		for _, w := range tc.want {
			if w != "" {
				want = append(want, w)
			}
		}
		if len(r.Problems) != len(want) {
			t.Errorf("%s: problems %q, want %q", tc.name, r.Problems, want)
			continue
		}
		for k, p := range r.Problems {
			if !strings.Contains(p, want[k]) || !strings.HasSuffix(p, "it is not applied") {
				t.Errorf("%s: problem %d: %q, want %q", tc.name, k+1, p, want[k])
			}
		}
		if tc.want[0] == "" && !together(r, s, tt) {
			t.Errorf("%s: the first join, applied, does not hold", tc.name)
		}
		checkContract(t, r, raw)
	}
}

// TestJoinsMergeAndShrink: two joins that share a sentence make one fact;
// a later aside of that sentence leaves the other two joined; a split
// sentence leaves the fact it was in marked as edited, as is the fact an
// aside sentence left.
func TestJoinsMergeAndShrink(t *testing.T) {
	c, _, _ := bundled(t)
	plain := c.Compare(Options{})
	var lone []Ref // sentences no other article tells, one from each of three articles
	var shared Ref // a sentence of a fact three or more articles tell
	for _, a := range plain.Articles {
		for k, sen := range a.Sentences {
			ref := Ref{a.ID, k}
			switch {
			case sen.Heading || len(sen.Claims) > 0:
			case len(lone) < 3 && plain.Reach(sen.Fact) == ToldByOne && (len(lone) == 0 || lone[len(lone)-1].Article != a.ID):
				lone = append(lone, ref)
			case shared.Article == "" && plain.Clusters[sen.Fact].Articles >= 3:
				shared = ref
			}
		}
	}
	if len(lone) < 3 || shared.Article == "" {
		t.Fatalf("no sentences to edit: %v %v", lone, shared)
	}
	anchor := func(ref Ref) article.Anchor {
		s, _ := plain.Sentence(ref)
		return article.Anchor{Article: ref.Article, Text: s.Text}
	}
	a, b, x := anchor(lone[0]), anchor(lone[1]), anchor(lone[2])
	joins := []article.Edit{{Join: []article.Anchor{a, b}}, {Join: []article.Anchor{b, x}}}
	r := c.Compare(Options{Edits: joins})
	if f := factOf(r, lone[0]); f != factOf(r, lone[1]) || f != factOf(r, lone[2]) {
		t.Errorf("two joins sharing a sentence: facts %d, %d, %d", f, factOf(r, lone[1]), factOf(r, lone[2]))
	}
	r = c.Compare(Options{Edits: append(joins, article.Edit{Aside: &b})})
	if sb, _ := r.Sentence(lone[1]); !sb.Aside || factOf(r, lone[0]) != factOf(r, lone[2]) {
		t.Errorf("the shared sentence set aside: it is %+v; the others in facts %d and %d", sb, factOf(r, lone[0]), factOf(r, lone[2]))
	}
	// the fact a split or an aside sentence left says it was edited
	others := slices.DeleteFunc(slices.Clone(plain.Clusters[factOf(plain, shared)].Members), func(m Ref) bool { return m == shared })
	sh := anchor(shared)
	for _, e := range []article.Edit{{Split: &sh}, {Aside: &sh}} {
		r = c.Compare(Options{Edits: []article.Edit{e}})
		for _, m := range others {
			if f := factOf(r, m); f < 0 || !r.Clusters[f].Edited {
				t.Errorf("%s: the fact %v is in (%d) does not say an edit shaped it", e.Kind(), m, f)
			}
		}
	}
	// an unrelated fact does not
	if f := factOf(r, lone[0]); r.Clusters[f].Edited {
		t.Errorf("fact %d, which no edit touched, says it was edited", f)
	}
}

// TestReadmeEdits: the edits the README shows, as a manifest holds them,
// apply to the bundled corpus with no problem.
func TestReadmeEdits(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(b), "### Corrections")
	if !ok {
		t.Fatal("README.md has no Corrections section")
	}
	_, block, _ := strings.Cut(after, "```json\n")
	block, _, _ = strings.Cut(block, "```")
	var m struct{ Edits []article.Edit }
	if err := json.Unmarshal([]byte("{"+block+"}"), &m); err != nil || len(m.Edits) < 4 {
		t.Fatalf("the README's edits: %v (%d read)", err, len(m.Edits))
	}
	r := seeds(t, Options{Edits: m.Edits})
	if len(r.Problems) > 0 {
		t.Errorf("the README's edits do not apply: %q", r.Problems)
	}
}

// TestClaimAside sets aside, one at a time, every claim of every sentence
// of several claims in the bundled corpus, at three strictnesses in turn.
// The claim is listed set aside and in no fact; nothing marks or tells
// its words (checkAsideClaim, in checkContract), the divergences it
// carried among them; the aligner reads its sentence without them; the
// rest of the sentence still tells a fact, marked as shaped by an edit.
// Setting aside every claim of a sentence sets the sentence aside.
func TestClaimAside(t *testing.T) {
	c, _, arts := bundled(t)
	raw := rawTexts(arts)
	plain := c.Compare(Options{})
	// marked: a divergence of a fact that ref tells whole marks words of sp
	marked := func(r *Report, ref Ref, sp segment.Span) bool {
		s, _ := r.Sentence(ref)
		for _, cl := range r.Clusters {
			if m := slices.Index(cl.Members, ref); m < 0 || cl.Claims[m] != (Span{s.Start, s.End}) {
				continue
			}
			for _, d := range cl.Divergences {
				for _, mk := range d.Members {
					if (Ref{mk.Article, mk.Sentence}) == ref && mk.Start >= sp.Start && mk.End <= sp.End {
						return true
					}
				}
			}
		}
		return false
	}
	strictness := []float64{0.5, DefaultStrictness(), 0.9}
	tried, carried, three := 0, 0, 0
	for i, d := range c.docs {
		for k := range d.claims {
			if len(d.claims[k]) < 2 {
				continue
			}
			if len(d.claims[k]) > 2 {
				three++
			}
			ref := Ref{d.report.ID, k}
			sentence := d.report.Sentences[k].Text
			var all []article.Edit
			for ci, sp := range d.claims[k] {
				a := article.Anchor{Article: ref.Article, Text: sentence, Claim: d.text[sp.Start:sp.End]}
				e := article.Edit{Aside: &a}
				all = append(all, e)
				if marked(plain, ref, sp) {
					carried++
				}
				r, s, ok := compareAside(t, c, raw, Options{Strictness: strictness[tried%3], Edits: []article.Edit{e}}, ref, fmt.Sprintf("%v claim %d set aside", ref, ci))
				tried++
				if !ok {
					continue
				}
				if len(s.Claims) != len(d.claims[k]) || !s.Claims[ci].Aside {
					t.Errorf("%v claim %d set aside: its claims are %+v", ref, ci, s.Claims)
				}
				facts := factsOf(r, ref)
				if len(facts) == 0 || !slices.ContainsFunc(facts, func(f int) bool { return r.Clusters[f].Edited }) {
					t.Errorf("%v claim %d set aside: the rest tells facts %v, none marked as edited", ref, ci, facts)
				}
				read, err := c.without(context.Background(), []loc{{i, k, ci}})
				if err != nil {
					t.Fatal(err)
				}
				for _, tok := range read.units[c.unitOf[loc{i, k, -1}]].Tokens {
					if tok.Start >= sp.Start && tok.Start < sp.End {
						t.Errorf("%v claim %d set aside: the aligner still reads %q", ref, ci, d.text[tok.Start:tok.End])
						break
					}
				}
			}
			r := c.Compare(Options{Edits: all})
			if s, _ := r.Sentence(ref); !s.Aside || len(r.Problems) > 0 {
				t.Errorf("%v every claim set aside: %+v, problems %q", ref, s, r.Problems)
			}
		}
	}
	// with other edits: a sentence joined whole, then every claim of it
	// set aside, is set aside and out of the join, the other sentence in
	// a fact; claims set aside, then one of them joined: the other stays
	// aside
	s := find(t, plain, "Speaking to reporters after the 50-minute")
	tt := find(t, plain, "something that guarantees a peace")
	sentence := article.Anchor{Article: s.Article, Text: "Speaking to reporters"}
	head := article.Anchor{Article: s.Article, Text: "Speaking to reporters", Claim: "a new and different approach"}
	tail := article.Anchor{Article: s.Article, Text: "Speaking to reporters", Claim: "does not yet guarantee peace"}
	ta := article.Anchor{Article: tt.Article, Text: "guarantees a peace"}
	r := c.Compare(Options{Edits: []article.Edit{{Join: []article.Anchor{sentence, ta}}, {Aside: &head}, {Aside: &tail}}})
	if sen, _ := r.Sentence(s); !sen.Aside || factOf(r, tt) < 0 || len(r.Problems) > 0 {
		t.Errorf("joined whole, then every claim set aside: %+v; T in fact %d; problems %q", sen, factOf(r, tt), r.Problems)
	}
	checkContract(t, r, raw)
	r = c.Compare(Options{Edits: []article.Edit{{Aside: &head}, {Aside: &tail}, {Join: []article.Anchor{tail, ta}}}})
	if cl, ok := claimOf(r, s, "a new and different"); !ok || !cl.Aside || !together(r, s, tt) {
		t.Errorf("both claims set aside, then one joined: the other is %+v (listed %v); with T: %v", cl, ok, together(r, s, tt))
	}
	checkContract(t, r, raw)
	if tried < 10 || carried == 0 {
		t.Errorf("%d claims set aside, %d of them marked by a divergence of their sentence's fact: the corpus no longer tests this", tried, carried)
	}
	t.Logf("%d claims set aside, %d of them marked by a divergence of their sentence's fact; %d sentences of three claims or more", tried, carried, three)
}

// compareAside compares c with opt, whose edits set claims of ref aside,
// and checks what every such report keeps: no problem (else ok is false),
// the contract, and near misses that name a sentence or a claim of one.
func compareAside(t *testing.T, c *Corpus, raw map[string]string, opt Options, ref Ref, what string) (r *Report, s Sentence, ok bool) {
	t.Helper()
	r = c.Compare(opt)
	if len(r.Problems) > 0 {
		t.Errorf("%s: problems %q", what, r.Problems)
		return r, Sentence{}, false
	}
	checkContract(t, r, raw)
	checkNear(t, r, c)
	s, _ = r.Sentence(ref)
	return r, s, true
}

// checkNear checks that each near miss of r is a sentence's words, whole
// as the reader reads it, or one claim of it: what the panel names in a
// join (a sentence read without a claim set aside is still the sentence).
func checkNear(t *testing.T, r *Report, c *Corpus) {
	t.Helper()
	for _, cl := range r.Clusters {
		for _, n := range cl.Near {
			s, _ := r.Sentence(Ref{n.Article, n.Sentence})
			ok := n.Start == s.Start && n.End == s.End
			for _, sp := range c.docs[r.Index(n.Article)].claims[n.Sentence] {
				ok = ok || n.Start == sp.Start && n.End == sp.End
			}
			if !ok {
				t.Errorf("fact %d: near miss %+v is neither its sentence %d-%d nor a claim of it", cl.ID, n, s.Start, s.End)
			}
		}
	}
}

// TestClaimAsideThree does what TestClaimAside does for sentences of
// three claims or more, which the bundled corpus lacks, on the ECB+ topics
// in ../shared: a middle claim set aside, then the first two. The report
// keeps its contract and its near misses name a sentence or a claim.
func TestClaimAsideThree(t *testing.T) {
	files := sharedFiles(t)
	if len(files) == 0 {
		t.Skip("../shared/eval/ecbplus is not beside the repository; skipping claims set aside in real news")
	}
	topics := map[string][]article.Article{}
	raw := map[string]string{}
	for _, f := range files {
		a, err := article.Read(f, readShared(t, f), article.Meta{})
		if err != nil {
			t.Fatal(err)
		}
		topic := filepath.Base(filepath.Dir(f))
		topics[topic] = append(topics[topic], a)
		raw[a.ID] = a.Text
	}
	names := slices.Sorted(maps.Keys(topics))
	tried := 0
	for _, name := range names {
		c, err := Prepare(name, topics[name])
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range c.docs {
			for k, claims := range d.claims {
				if len(claims) < 3 || tried >= 6 {
					continue
				}
				tried++
				ref := Ref{d.report.ID, k}
				anchor := func(ci int) *article.Anchor {
					return &article.Anchor{Article: ref.Article, Text: d.report.Sentences[k].Text, Claim: d.text[claims[ci].Start:claims[ci].End]}
				}
				for _, edits := range [][]article.Edit{{{Aside: anchor(1)}}, {{Aside: anchor(0)}, {Aside: anchor(1)}}} {
					r, s, ok := compareAside(t, c, raw, Options{Edits: edits}, ref, fmt.Sprintf("%s %v", name, ref))
					if !ok {
						continue
					}
					if len(s.Claims) != len(claims) || !s.Claims[1].Aside || s.Claims[len(claims)-1].Aside || len(factsOf(r, ref)) == 0 {
						t.Errorf("%s %v, %d claims set aside: %+v", name, ref, len(edits), s.Claims)
					}
				}
			}
		}
	}
	if tried == 0 {
		t.Fatal("no sentence of three claims in the ECB+ topics")
	}
	t.Logf("%d sentences of three claims or more, claims set aside", tried)
}
