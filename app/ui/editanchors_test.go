//go:build !js

package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
)

// TestPanelAnchors: every edit the panel can offer names exactly the
// wording it is offered on. Each member of each fact, and each near
// miss, as the panel anchors it (a sentence, or the claim of it that tells
// the fact), is resolved by the engine without a problem; on a fact told
// by a claim, the panel offers to set that part aside, which sets the
// claim aside, not its sentence, and splitting the claim takes it, not
// its sentence, out of the fact.
func TestPanelAnchors(t *testing.T) {
	plain, arts, claimJoin, joined := claimJoined(t)
	claims := 0
	for _, r := range []*compare.Report{plain, joined} {
		var edits []article.Edit
		for _, c := range r.Clusters {
			for k := range c.Members {
				a := memberAnchor(r, c, k)
				if a.Claim != "" {
					claims++
				}
				edits = append(edits, article.Edit{Split: &a})
			}
			for _, n := range c.Near {
				a := nearAnchor(r, n)
				edits = append(edits, article.Edit{Split: &a})
			}
		}
		checked, err := compare.Compare(r.Title, arts, compare.Options{Edits: edits})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range checked.Problems {
			t.Errorf("an anchor the panel builds does not resolve: %s", p)
		}
	}
	if claims == 0 {
		t.Fatal("no fact of the edited report is told by a claim")
	}
	// the fact the claim joined: its panel offers that part set aside; the
	// claim split from it leaves its sentence out of the fact.
	s := compare.Ref{Article: "002_58d5efca2139f73e", Sentence: 1}
	for _, c := range joined.Clusters {
		for k, m := range c.Members {
			if m != s || memberAnchor(joined, c, k).Claim == "" {
				continue
			}
			html := app.HTMLString(&Panel{Report: joined, Fact: c.ID, OnEdit: func(app.Context, article.Edit, *compare.Ref) {}})
			if !strings.Contains(html, "This part is not about the event") {
				t.Errorf("fact %d, told by a claim of %v: the aside offered does not say it is the part's", c.ID, s)
			}
			a := memberAnchor(joined, c, k)
			aside, _ := compare.Compare(plain.Title, arts, compare.Options{Edits: []article.Edit{claimJoin, {Aside: &a}}})
			if sen, _ := aside.Sentence(s); sen.Aside || !slices.ContainsFunc(sen.Claims, func(cl compare.Claim) bool {
				return cl.Aside && c.Claims[k] == compare.Span{Start: cl.Start, End: cl.End}
			}) {
				t.Errorf("that part set aside: %v is %+v", s, sen)
			}
			split, _ := compare.Compare(plain.Title, arts, compare.Options{Edits: []article.Edit{claimJoin, {Split: &a}}})
			other := c.Members[(k+1)%len(c.Members)]
			for _, f := range split.Clusters {
				if containsRef(f.Members, other) && containsRef(f.Members, s) {
					t.Errorf("the claim split from fact %d: %v is still with %v in fact %d", c.ID, s, other, f.ID)
				}
			}
			return
		}
	}
	t.Errorf("no fact holds a claim of %v", s)
}

// TestRestAnchor: where a sentence tells one fact by a claim and another
// with the rest of its words (compare.Claim.Rest), the panel names the
// sentence for an edit of the rest: splitting it takes the sentence out
// of that fact and leaves the claim where it was joined.
func TestRestAnchor(t *testing.T) {
	plain, arts, claimJoin, joined := claimJoined(t)
	s := compare.Ref{Article: "002_58d5efca2139f73e", Sentence: 1}
	t2 := compare.Ref{Article: "001_dcb0778ffaba6f06", Sentence: 2}
	sen, _ := joined.Sentence(s)
	for _, cl := range sen.Claims {
		if !cl.Rest {
			continue
		}
		c := joined.Clusters[cl.Fact]
		k := -1
		for x, m := range c.Members {
			if m == s {
				k = x
			}
		}
		a := memberAnchor(joined, c, k)
		if a.Claim != "" {
			t.Fatalf("the rest of %v in fact %d is named as the claim %q", s, c.ID, a.Claim)
		}
		split, _ := compare.Compare(plain.Title, arts, compare.Options{Edits: []article.Edit{claimJoin, {Split: &a}}})
		other := c.Members[(k+1)%len(c.Members)]
		for _, f := range split.Clusters {
			if containsRef(f.Members, other) && containsRef(f.Members, s) {
				t.Errorf("the rest split from fact %d: %v is still with %v", c.ID, s, other)
			}
			if containsRef(f.Members, t2) && !containsRef(f.Members, s) {
				t.Errorf("the rest split: the claim joined to %v's fact left it", t2)
			}
		}
		return
	}
	t.Fatalf("no claim of %v is the rest of it: %+v", s, sen.Claims)
}

// claimJoined is the bundled corpus's report, its articles, and a join of
// a claim of C's "Speaking to reporters …" sentence ("while acknowledging
// that it does not yet guarantee peace") to B's "guarantees a peace"
// fact, with the report it gives: a fact with a claim as a member.
func claimJoined(t *testing.T) (*compare.Report, []article.Article, article.Edit, *compare.Report) {
	t.Helper()
	plain, arts := seedReport(t), seedArticles(t)
	join := article.Edit{Join: []article.Anchor{
		{Article: "002_58d5efca2139f73e", Text: "Speaking to reporters", Claim: "does not yet guarantee peace"},
		{Article: "001_dcb0778ffaba6f06", Text: "guarantees a peace"},
	}}
	joined, err := compare.Compare(plain.Title, arts, compare.Options{Edits: []article.Edit{join}})
	if err != nil || len(joined.Problems) > 0 {
		t.Fatalf("the claim join: %v %q", err, joined.Problems)
	}
	return plain, arts, join, joined
}

func containsRef(refs []compare.Ref, r compare.Ref) bool {
	for _, x := range refs {
		if x == r {
			return true
		}
	}
	return false
}
