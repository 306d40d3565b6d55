package exercise

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/corpus"
)

func seeds(t *testing.T) *compare.Report {
	t.Helper()
	title, arts, _, err := article.LoadDir(corpus.FS, corpus.Default)
	if err != nil {
		t.Fatal(err)
	}
	r, err := compare.Compare(title, arts, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestSeeds: the bundled corpus yields an exercise with a question of
// every kind, and each answer is what the report says, checked here from
// the report itself rather than from the question.
func TestSeeds(t *testing.T) {
	r := seeds(t)
	ex := Build(r)
	if ex.Short != "" || len(ex.Questions) < MinQuestions {
		t.Fatalf("%d questions, short: %q", len(ex.Questions), ex.Short)
	}
	kinds := map[Kind]int{}
	for _, q := range ex.Questions {
		kinds[q.Kind]++
	}
	for _, k := range []Kind{WhoTells, OnlyOne, Figure, Quote, Derived, Unconfirmed} {
		if kinds[k] == 0 {
			t.Errorf("no %s question; kinds %v", k, kinds)
		}
	}
	at := map[string]int{}
	for i, a := range r.Articles {
		at[a.ID] = i
	}
	sentence := func(ref compare.Ref) compare.Sentence { return r.Articles[at[ref.Article]].Sentences[ref.Sentence] }
	for _, q := range ex.Questions {
		t.Run(q.ID, func(t *testing.T) {
			valid(t, r, q)
			switch q.Kind {
			case WhoTells:
				c := r.Clusters[sentence(*q.About).Fact]
				for _, ch := range q.Choices {
					if ch.Text == outletOf(r, at[q.About.Article]) {
						t.Errorf("the outlet the question quotes, %s, is a choice", ch.Text)
					}
					tells := slices.ContainsFunc(c.Members, func(m compare.Ref) bool { return outletOf(r, at[m.Article]) == ch.Text })
					if ch.Correct != tells {
						t.Errorf("%s: correct %v, but it tells the fact: %v", ch.Text, ch.Correct, tells)
					}
				}
			case OnlyOne, Unconfirmed:
				for _, ch := range q.Choices {
					alone := r.Clusters[sentence(*ch.Sentence).Fact].Articles == 1
					if ch.Correct != alone {
						t.Errorf("%.50q: correct %v, told by one article: %v", ch.Text, ch.Correct, alone)
					}
				}
			case Figure:
				for _, want := range []string{"nearly 500 drones", "728 drones"} {
					if !slices.ContainsFunc(q.Choices, func(c Choice) bool { return c.Text == want }) {
						t.Errorf("the figures offered %v lack %q", q.Choices, want)
					}
				}
			case Derived:
				d := r.Derivations[0]
				right := q.Choices[q.Answer()[0]].Text
				if want := outletOf(r, at[d.Source]); right != want {
					t.Errorf("the answer is %q, the engine says %q", right, want)
				}
			}
		})
	}
	if again := Build(r); !reflect.DeepEqual(again, ex) {
		t.Error("two builds of one report differ")
	}
	// the right figure is not always offered first
	firsts := 0
	for _, q := range ex.Questions {
		if !q.Multiple && q.Choices[0].Correct {
			firsts++
		}
	}
	if single := len(ex.Questions) - kinds[WhoTells] - kinds[Quote] - kinds[Unconfirmed]; firsts == single {
		t.Errorf("every one of the %d single-answer questions has its answer first", single)
	}
}

func outletOf(r *compare.Report, i int) string {
	if s := r.Articles[i].Source; s != "" {
		return s
	}
	return "Article " + compare.Tag(i)
}

// valid checks what holds for every question: choices to choose from, a
// right answer that Check accepts and wrong ones it refuses, and evidence
// that points at sentences of the report.
func valid(t *testing.T, r *compare.Report, q Question) {
	t.Helper()
	exists := func(ref compare.Ref) bool {
		for _, a := range r.Articles {
			if a.ID == ref.Article {
				return ref.Sentence >= 0 && ref.Sentence < len(a.Sentences)
			}
		}
		return false
	}
	if len(q.Choices) < 2 || q.Prompt == "" || q.Explain == "" {
		t.Fatalf("%d choices, prompt %q, explanation %q", len(q.Choices), q.Prompt, q.Explain)
	}
	answer := q.Answer()
	if len(answer) == 0 || (!q.Multiple && len(answer) != 1) {
		t.Fatalf("right answers %v (multiple %v)", answer, q.Multiple)
	}
	if !q.Check(answer) {
		t.Error("Check refuses the answer")
	}
	for i := range q.Choices {
		if !q.Choices[i].Correct && q.Check(append(slices.Clone(answer), i)) {
			t.Errorf("Check accepts the answer with a wrong choice %d", i)
		}
	}
	if q.Check(nil) || q.Check([]int{-1}) || q.Check([]int{len(q.Choices)}) {
		t.Error("Check accepts nothing, or a choice that is not there")
	}
	if len(q.Evidence) == 0 {
		t.Error("no evidence")
	}
	for _, ref := range q.Evidence {
		if !exists(ref) {
			t.Errorf("evidence %v is not a sentence of the report", ref)
		}
	}
	if q.About != nil && !exists(*q.About) {
		t.Errorf("the question is about %v, not a sentence of the report", *q.About)
	}
	for _, c := range q.Choices {
		if c.Sentence != nil && !exists(*c.Sentence) {
			t.Errorf("choice %v is not a sentence of the report", *c.Sentence)
		}
	}
}

// TestTooFew: two articles about different things yield next to nothing,
// and the exercise says so instead of padding.
func TestTooFew(t *testing.T) {
	arts := []article.Article{
		{ID: "a", Source: "One", Text: "The city council approved a new budget for the library on Monday evening. It will open longer hours from March. The mayor praised the vote."},
		{ID: "b", Source: "Two", Text: "A storm brought heavy snow to the northern valleys overnight. Several roads were closed until the afternoon. Schools opened two hours late."},
	}
	r, err := compare.Compare("", arts, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ex := Build(r)
	if len(ex.Questions) >= MinQuestions {
		t.Fatalf("%d questions from two unrelated articles", len(ex.Questions))
	}
	if !strings.Contains(ex.Short, "fewer than the 4 an exercise needs") || !strings.Contains(ex.Short, "fewer than three articles") {
		t.Errorf("Short = %q", ex.Short)
	}
	for _, q := range ex.Questions {
		valid(t, r, q)
	}
}

// TestFingerprint: one report, one fingerprint; another strictness,
// which changes the facts, another.
func TestFingerprint(t *testing.T) {
	r := seeds(t)
	a, b := Build(r).Fingerprint(), Build(seeds(t)).Fingerprint()
	title, arts, _, _ := article.LoadDir(corpus.FS, corpus.Default)
	strict, err := compare.Compare(title, arts, compare.Options{Strictness: 0.9})
	if err != nil {
		t.Fatal(err)
	}
	c := Build(strict).Fingerprint()
	if a != b || a == c || len(a) != 16 {
		t.Errorf("fingerprints %s, %s (the same report) and %s (strictness 0.9)", a, b, c)
	}
}
