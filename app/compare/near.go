package compare

import (
	"cmp"
	"math"
	"slices"

	"github.com/parallax-news/parallax/app/align"
	"github.com/parallax-news/parallax/app/segment"
)

// NearBar is the share of the strictness a sentence must reach, as its
// mean score against a fact's members, to be that fact's near miss:
// "possibly also told by" an article that does not tell it. Chosen on the
// seed corpus's labelled pairs that the facts keep apart: at 0.8 (0.544 at
// the default strictness) 14 pairs labelled the same fact are shown as
// close and 23 labelled different; at 0.75, the same 14 and 28; at 0.85,
// 10 and 15. At 0.8, 31 of the seed corpus's 68 facts told by one article
// have a near miss. The bar is low because a wrong "only here" misleads
// more than a near miss the reader checks and dismisses; lexical overlap
// ranks poorly at these scores (docs/evaluation.md, "Near misses").
const NearBar = align.NearShare

// Near is a near miss of a fact: the sentence of an article that does not
// tell the fact and comes closest to it. Its score is usually short of the
// strictness; it can reach it where the aligner kept the two apart (the
// pair shares only words common in the corpus, or the sentence's own fact
// as a whole is further from this one).
type Near struct {
	Article  string `json:"article"`
	Sentence int    `json:"sentence"`
	// Start and End are the words that come close: the sentence, or the
	// claim of it (package claim) that comes closer; byte offsets into the
	// raw file, End exclusive.
	Start int `json:"start"`
	End   int `json:"end"`
	// Score is the mean same-fact score against the fact's members: what
	// the aligner compares with the strictness to join a sentence to a fact.
	Score float64 `json:"score"`
}

// nearMisses finds each fact's near misses: for each article that does
// not tell the fact, its unit (a sentence, or a claim of one) with the
// highest mean score against the fact's members, when that mean is at
// least NearBar times the strictness, strongest first. Candidates are the
// units linked to a member by one of the aligner's near links (the
// candidate pairs of at least NearBar times the strictness: a mean that
// reaches the bar has a member that does, among the pairs that share two
// terms held by at most 64 sentences), so no other pair is scored. Cost: for
// each near link, the scores of its unit against the members of the other
// unit's fact, each O(|a| + |b|). tick is told every 64 links how many are
// done; its error stops the search.
func nearMisses(facts [][]int, near []align.Link, where []loc, docs []doc, ix *align.Index, strictness float64, tick func(done int) error) ([][]Near, error) {
	of := make([]int, len(where)) // unit → its fact, -1 for a claim its sentence tells
	for u := range of {
		of[u] = -1
	}
	tells := make([]map[int]bool, len(facts)) // fact → the articles that tell it
	for id, f := range facts {
		tells[id] = map[int]bool{}
		for _, u := range f {
			of[u] = id
			tells[id][where[u].article] = true
		}
	}
	type key struct{ fact, article int }
	best := map[key]Near{}
	tried := map[[2]int]bool{} // (fact, unit) already scored
	bar := NearBar * strictness
	// consider weighs unit u as a near miss of fact, whose member the
	// link of that score joins it to
	consider := func(fact, u int, score float64) {
		if fact < 0 || tells[fact][where[u].article] || tried[[2]int{fact, u}] {
			return
		}
		tried[[2]int{fact, u}] = true
		mean := score // a fact of one member: the link's own score
		if len(facts[fact]) > 1 {
			sum := 0.0
			for _, m := range facts[fact] {
				sum += ix.Score(u, m).Score
			}
			mean = sum / float64(len(facts[fact]))
		}
		if mean < bar {
			return
		}
		w := where[u]
		k := key{fact, w.article}
		if b, ok := best[k]; ok && b.Score >= mean {
			return
		}
		sp := docs[w.article].part(w)
		if w.claim < 0 { // the sentence as the reader sees it, though a claim of it is set aside
			s := docs[w.article].report.Sentences[w.sentence]
			sp = segment.Span{Start: s.Start, End: s.End}
		}
		best[k] = Near{Article: docs[w.article].report.ID, Sentence: w.sentence, Start: sp.Start, End: sp.End, Score: mean}
	}
	for k, l := range near {
		if k%64 == 0 {
			if err := tick(k); err != nil {
				return nil, err
			}
		}
		consider(of[l.A], l.B, l.Score)
		consider(of[l.B], l.A, l.Score)
	}
	out := make([][]Near, len(facts))
	for k, n := range best {
		n.Score = math.Floor(n.Score*1000) / 1000 // down, so that a near miss short of the strictness never shows it
		out[k.fact] = append(out[k.fact], n)
	}
	for _, ns := range out {
		slices.SortFunc(ns, func(a, b Near) int {
			return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Article, b.Article), cmp.Compare(a.Sentence, b.Sentence))
		})
	}
	return out, nil
}

// NearText returns the words of a near miss: its sentence, or the claim
// of it that comes close.
func (r *Report) NearText(n Near) string {
	s, ok := r.Sentence(Ref{n.Article, n.Sentence})
	if !ok || n.Start < s.Start || n.End > s.End || n.Start >= n.End {
		return s.Text
	}
	return s.Text[n.Start-s.Start : n.End-s.Start]
}

// Close lists the near misses of the facts a sentence tells (its own and
// its claims'), one an article, the closest, strongest first: what a
// reader is shown beside a sentence that may be "only here".
func (r *Report) Close(ref Ref) []Near {
	s, ok := r.Sentence(ref)
	if !ok {
		return nil
	}
	facts := []int{s.Fact}
	for _, c := range s.Claims {
		if !slices.Contains(facts, c.Fact) {
			facts = append(facts, c.Fact)
		}
	}
	var out []Near
	for _, f := range facts {
		if f < 0 || f >= len(r.Clusters) {
			continue
		}
		for _, n := range r.Clusters[f].Near {
			if i := slices.IndexFunc(out, func(o Near) bool { return o.Article == n.Article }); i < 0 {
				out = append(out, n)
			} else if n.Score > out[i].Score {
				out[i] = n
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Near) int { return cmp.Compare(b.Score, a.Score) })
	return out
}
