// Package compare is the engine's entry point: it takes articles and
// returns the Report that the command and the browser render. Neither
// derives anything on its own.
//
// The comparison is a pipeline, a file for each stage:
//
//	read.go         articles → units: sentences, their claims, tokens (Prepare)
//	                units → facts and near links (package align)
//	near.go         facts → near misses ("possibly also told by")
//	facts.go        facts, near misses → clusters, each sentence's fact
//	divergences.go  what differs, inside each fact and across facts
//	sources.go      shares, similarity, which article is rewritten from which
//	report.go       the Report, the one answer; reader.go, what a reader is shown of it
//
// CompareContext runs the stages after reading, in that order; each
// fills its own part of the report and none rewrites what an earlier one
// decided.
package compare

import (
	"context"
	"errors"
	"slices"

	"github.com/parallax-news/parallax/app/align"
	"github.com/parallax-news/parallax/app/article"
)

// Options tune a comparison. The zero value is the default.
type Options struct {
	// Strictness is the same-fact threshold, 0 to 1: higher joins fewer
	// sentences. 0 means align.DefaultStrictness.
	Strictness float64
	// Progress, if set, hears how far the comparison has got.
	Progress Progress
	// Edits are the editor's corrections of the alignment, applied in
	// order (article.Edit). An edit that cannot be applied is a problem of
	// the report, named by where it was read (article.EditsFrom).
	Edits []article.Edit
}

// DefaultStrictness is the strictness a zero Options means.
func DefaultStrictness() float64 { return align.DefaultStrictness }

// ErrTooFew is returned when fewer than two articles can be compared.
var ErrTooFew = errors.New("nothing to compare: at least two readable articles are needed")

// Compare aligns the articles' sentences into facts and reports what they
// share and where they differ: Prepare, then Corpus.Compare.
func Compare(title string, arts []article.Article, opt Options) (*Report, error) {
	c, err := Prepare(title, arts)
	return c.Compare(opt), err
}

// Compare aligns the prepared corpus at opt's strictness. Each call
// returns a report of its own.
func (c *Corpus) Compare(opt Options) *Report {
	r, _ := c.CompareContext(context.Background(), opt) // Background is never done
	return r
}

// CompareContext is Compare, stopping with ctx's error, and no report,
// once ctx is done: the browser cancels a comparison that newer work
// replaces (app/ui).
func (c *Corpus) CompareContext(ctx context.Context, opt Options) (*Report, error) {
	r := c.newReport(opt.strictness())
	if c.ix == nil {
		return r, nil
	}
	ed, problems := c.applyEdits(opt.Edits)
	r.Problems = append(r.Problems, problems...)
	r.EditProblems = problems
	from := c // the corpus as the machine read it, for what a claim set aside left
	if len(ed.claims) > 0 {
		var err error
		if c, err = c.without(ctx, ed.claims); err != nil {
			return nil, err
		}
	}
	al, err := c.ix.FactsWith(ctx, r.Strictness, ed.cons, opt.Progress.part(StageAligning, 0, 100))
	if err != nil {
		return nil, err
	}
	facts, links := al.Facts, al.Joins
	if ed.left, err = from.leftBy(ctx, r.Strictness, ed.claims, al.Left, facts); err != nil {
		return nil, err
	}
	// Comparing takes a step for each eight near links to find near misses
	// (each costs about an eighth of a fact), a step for each fact, then
	// corpus-wide steps, one of them a step for each eight near links.
	near := len(al.Near) / 8
	m := meter{ctx: ctx, p: opt.Progress, total: 2*near + len(facts) + 5}
	nears, err := nearMisses(facts, al.Near, c.where, c.docs, c.ix, r.Strictness, m.from(0, 8))
	if err != nil {
		return nil, err
	}
	of := unitFacts(facts, c.where)
	members, found, err := c.clusters(r, facts, links, nears, of, ed, m.from(near, 1))
	if err != nil {
		return nil, err
	}
	sentenceFacts(r, c.docs, of, ed.aside)
	r.count()
	r.Variants = variants(members, found)
	done := near + len(facts)
	if err := m.at(done); err != nil {
		return nil, err
	}
	if err := c.acrossFacts(r, al.Near, ed.aside, m, done); err != nil {
		return nil, err
	}
	done += near + 2
	articleStats(r)
	r.Similarity = similarity(r)
	if err := m.at(done + 1); err != nil {
		return nil, err
	}
	r.Derivations = derivations(r, c.ix, facts, c.where)
	if err := m.at(done + 2); err != nil {
		return nil, err
	}
	return r, nil
}

// strictness is the strictness opt asks for, the default for none.
func (opt Options) strictness() float64 {
	if opt.Strictness <= 0 {
		return DefaultStrictness()
	}
	return opt.Strictness
}

// newReport is the report of the corpus before any fact is found: its
// articles, each with its sentences, and empty lists.
func (c *Corpus) newReport(strictness float64) *Report {
	r := &Report{Title: c.title, Strictness: strictness, Problems: slices.Clone(c.problems), index: map[string]int{},
		Clusters: []Cluster{}, Variants: []Variant{}, Derivations: []Derivation{}, Figures: []Divergence{}, Contradictions: []Divergence{}}
	for i, d := range c.docs {
		r.index[d.report.ID] = i
		a := d.report
		a.Sentences = slices.Clone(a.Sentences) // facts are set per report
		for k := range a.Sentences {
			a.Sentences[k].Claims = slices.Clone(a.Sentences[k].Claims)
		}
		a.Unique = []int{}
		r.Articles = append(r.Articles, a)
	}
	return r
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }
