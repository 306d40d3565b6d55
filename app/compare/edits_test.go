package compare

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/app/article"
)

// TestEdits: on the bundled corpus, a join puts two sentences the engine
// keeps apart into one fact at every strictness, a split leaves a sentence
// alone, an aside takes a sentence out of every fact and count; each fact
// an edit shaped says so; edits that name no sentence, or several, or no
// article, or have no shape, are named in the problems with where they
// come from, and the others still apply; a later edit of a sentence holds.
func TestEdits(t *testing.T) {
	c, _, _ := bundled(t)
	plain := c.Compare(Options{})
	// A and B: sentences of two articles, each a fact of its own; S: a
	// sentence of a fact several articles tell; X: another sentence of a
	// fact of its own, to set aside
	var a, b, s, aside Ref
	for _, art := range plain.Articles {
		for k, sen := range art.Sentences {
			ref := Ref{art.ID, k}
			switch {
			case sen.Heading || len(sen.Claims) > 0:
			case a.Article == "" && plain.Reach(sen.Fact) == ToldByOne:
				a = ref
			case b.Article == "" && a.Article != "" && art.ID != a.Article && plain.Reach(sen.Fact) == ToldByOne:
				b = ref
			case aside.Article == "" && b.Article != "" && art.ID != b.Article && plain.Reach(sen.Fact) == ToldByOne:
				aside = ref
			case s.Article == "" && plain.Reach(sen.Fact) <= ToldBySome && len(plain.Clusters[sen.Fact].Members) > 2:
				s = ref
			}
		}
	}
	if a.Article == "" || b.Article == "" || s.Article == "" || aside.Article == "" {
		t.Fatalf("no sentences to edit: %v %v %v %v", a, b, s, aside)
	}
	text := func(r *Report, ref Ref) string { sen, _ := r.Sentence(ref); return sen.Text }
	anchor := func(ref Ref) article.Anchor { return article.Anchor{Article: ref.Article, Text: text(plain, ref)} }
	edits := []article.Edit{
		{Join: []article.Anchor{anchor(a), anchor(b)}},
		{Split: &article.Anchor{Article: s.Article, Text: text(plain, s)}},
		{Aside: &article.Anchor{Article: aside.Article, Text: text(plain, aside)}},
		{Join: []article.Anchor{anchor(a), {Article: "no-such", Text: "words"}}},
		{Split: &article.Anchor{Article: a.Article, Text: "no sentence holds these words at all"}},
		{Split: &article.Anchor{Article: a.Article, Text: "the"}},
		{},
	}
	for _, strictness := range []float64{0.5, DefaultStrictness(), 0.9} {
		r := c.Compare(Options{Strictness: strictness, Edits: article.EditsFrom(edits, "x/manifest.json")})
		fa, _ := r.Sentence(a)
		fb, _ := r.Sentence(b)
		if fa.Fact < 0 || fa.Fact != fb.Fact || !r.Clusters[fa.Fact].Edited {
			t.Errorf("strictness %.2f: the joined sentences are in facts %d and %d (edited: %v)", strictness, fa.Fact, fb.Fact, fa.Fact >= 0 && r.Clusters[fa.Fact].Edited)
		}
		if fs, _ := r.Sentence(s); fs.Fact < 0 || len(r.Clusters[fs.Fact].Members) != 1 || !r.Clusters[fs.Fact].Edited {
			t.Errorf("strictness %.2f: the split sentence is in %+v", strictness, r.Clusters[max(fs.Fact, 0)].Members)
		}
		as, _ := r.Sentence(aside)
		i := r.Index(aside.Article)
		if !as.Aside || as.Fact != -1 || slices.Contains(r.Articles[i].Unique, aside.Sentence) || r.Articles[i].Counted() != len(r.Articles[i].Sentences)-1 {
			t.Errorf("strictness %.2f: the sentence set aside is %+v, unique %v", strictness, as, r.Articles[i].Unique)
		}
		for _, cl := range r.Clusters {
			if slices.Contains(cl.Members, aside) {
				t.Errorf("strictness %.2f: the sentence set aside is in fact %d", strictness, cl.ID)
			}
		}
		var bad []string
		for _, p := range r.Problems {
			if strings.HasPrefix(p, "x/manifest.json: edit ") {
				bad = append(bad, p)
			}
		}
		if len(bad) != 4 || !strings.Contains(bad[0], `edit 4 (join): there is no article "no-such"`) ||
			!strings.Contains(bad[1], "edit 5 (split): no sentence of") || !strings.Contains(bad[2], "edit 6 (split): more than one sentence") ||
			!strings.Contains(bad[3], "edit 7: an edit is one of join, split or aside") {
			t.Errorf("strictness %.2f: problems %q", strictness, bad)
		}
	}
	// a later edit of a sentence holds: joined, then split
	r := c.Compare(Options{Edits: []article.Edit{edits[0], {Split: &article.Anchor{Article: a.Article, Text: text(plain, a)}}}})
	if fa, _ := r.Sentence(a); len(r.Clusters[fa.Fact].Members) != 1 {
		t.Errorf("joined then split: %+v", r.Clusters[fa.Fact].Members)
	}
	// and edits made once leave a report without them unchanged
	if again := c.Compare(Options{}); len(again.Clusters) != len(plain.Clusters) || again.Counts != plain.Counts {
		t.Error("a comparison without edits after one with them differs from the first")
	}
}
