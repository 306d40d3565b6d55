// Package compare is the engine's entry point: it takes articles and
// returns the Report that the command and the browser render. Neither
// derives anything on its own.
package compare

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/parallax-news/parallax/app/align"
	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/claim"
	"github.com/parallax-news/parallax/app/diverge"
	"github.com/parallax-news/parallax/app/segment"
	"github.com/parallax-news/parallax/app/words"
)

// Options tune a comparison. The zero value is the default.
type Options struct {
	// Strictness is the same-fact threshold, 0 to 1: higher joins fewer
	// sentences. 0 means align.DefaultStrictness.
	Strictness float64
	// Progress, if set, hears how far the comparison has got.
	Progress Progress
}

// Progress hears how far a long analysis has got: done of total steps of
// the stage it names, told every few milliseconds' worth of work. The
// browser shows it and yields to its event loop there, so that the page
// stays responsive while Go's single-threaded WebAssembly works. It must
// not call into the corpus it reports on. Work is stopped by its context
// (PrepareContext, CompareContext), which is checked each time Progress
// is told.
type Progress func(stage string, done, total int)

// Stages, as Progress names them.
const (
	StageReading   = "Reading the articles"
	StageAligning  = "Aligning the sentences"
	StageComparing = "Comparing the facts"
)

// tell tells p (if not nil) done of total of stage, then returns ctx's
// error: the long loops call it every so often, and stop once ctx is done.
func (p Progress) tell(ctx context.Context, stage string, done, total int) error {
	if p != nil {
		p(stage, done, total)
	}
	return ctx.Err()
}

// part is the tick of one part of a stage, for the aligner: its done of
// total become from to from+span hundredths of the stage. Nil when p is,
// so that the aligner does no work for it.
func (p Progress) part(stage string, from, span int) func(done, total int) {
	if p == nil {
		return nil
	}
	return func(done, total int) { p(stage, from+span*done/max(total, 1), 100) }
}

// DefaultStrictness is the strictness a zero Options means.
func DefaultStrictness() float64 { return align.DefaultStrictness }

// ErrTooFew is returned when fewer than two articles can be compared.
var ErrTooFew = errors.New("nothing to compare: at least two readable articles are needed")

// Corpus is a set of articles analysed once (sentences split, words
// stemmed, the stem index built), ready to be aligned at any strictness.
// The browser keeps one to re-align live; measurement sweeps reuse one.
type Corpus struct {
	title    string
	docs     []doc
	problems []string
	sents    []align.Sentence // whole sentences, in article order
	units    []align.Sentence // what the aligner aligns: each sentence, then its claims when it has several
	where    []loc            // unit → article, sentence, claim (-1: the whole sentence)
	base     []int            // article → the index in sents of its first sentence
	ix       *align.Index     // over units
}

// Prepare analyses the articles. Articles that cannot be analysed (an
// unsupported language) are left out and named in the problems of every
// report; an id that repeats is renamed. If fewer than two articles
// remain, the corpus comes with ErrTooFew, and its reports list what was
// read but align nothing.
func Prepare(title string, arts []article.Article) (*Corpus, error) {
	return PrepareContext(context.Background(), title, arts, nil)
}

// PrepareContext is Prepare, telling p (if not nil) how far it has got,
// and stopping with ctx's error, and no corpus, once ctx is done.
func PrepareContext(ctx context.Context, title string, arts []article.Article, p Progress) (*Corpus, error) {
	c := &Corpus{title: title}
	analyzers := map[string]*words.Analyzer{}
	ids := map[string]string{} // id → path of the article that has it
	// reading the articles is the first 80 hundredths, indexing the rest
	for i, a := range arts {
		if err := p.tell(ctx, StageReading, 80*i/len(arts), 100); err != nil {
			return nil, err
		}
		if first, taken := ids[a.ID]; taken {
			// Two folders may hold files of one name: keep both, renamed.
			id := a.ID
			for n := 2; ids[id] != ""; n++ {
				id = fmt.Sprintf("%s-%d", a.ID, n)
			}
			c.problems = append(c.problems, fmt.Sprintf("%s: the id %q is already %s's; this article is %q", a.Path, a.ID, first, id))
			a.ID = id
		}
		ids[a.ID] = a.Path
		lang, err := words.LookupLanguage(a.Language)
		if err != nil {
			c.problems = append(c.problems, fmt.Sprintf("%s: %v", a.Path, err))
			continue
		}
		an := analyzers[lang.Name]
		if an == nil {
			an = words.NewAnalyzer(lang)
			analyzers[lang.Name] = an
		}
		c.docs = append(c.docs, analyse(a, an))
	}
	if len(c.docs) < 2 {
		return c, ErrTooFew
	}
	for i, d := range c.docs {
		c.base = append(c.base, len(c.sents))
		for k, toks := range d.tokens {
			c.sents = append(c.sents, align.Sentence{Article: i, Tokens: toks})
			c.units = append(c.units, align.Sentence{Article: i, Tokens: d.reads[k]})
			c.where = append(c.where, loc{i, k, -1})
			if len(d.claims[k]) == 1 {
				continue
			}
			for ci := range d.claims[k] {
				c.units = append(c.units, align.Sentence{Article: i, Tokens: inClaim(d.reads[k], d.claims[k][ci]), Part: true})
				c.where = append(c.where, loc{i, k, ci})
			}
		}
	}
	ix, err := align.NewIndexContext(ctx, c.units, p.part(StageReading, 80, 20))
	if err != nil {
		return nil, err
	}
	c.ix = ix
	return c, nil
}

// Compare aligns the articles' sentences into facts and reports what they
// share and where they differ: Prepare, then Corpus.Compare.
func Compare(title string, arts []article.Article, opt Options) (*Report, error) {
	c, err := Prepare(title, arts)
	return c.Compare(opt), err
}

// Sentences returns every sentence of the corpus whole (article index and
// tokens), in article order: what a baseline needs.
func (c *Corpus) Sentences() []align.Sentence { return c.sents }

// Units returns what the aligner aligns: every sentence whole and, after a
// sentence that makes several claims (package claim), each of its claims,
// so that the sentence can tell one fact whole and another in a claim.
// Index is over them.
func (c *Corpus) Units() []align.Sentence { return c.units }

// UnitSentence returns the sentence, as an index into Sentences, that unit
// i is or is a claim of.
func (c *Corpus) UnitSentence(i int) int { return c.base[c.where[i].article] + c.where[i].sentence }

// Spans returns, for each article in corpus order, its id and its
// sentences' spans: the same sentences, in the same order, as Sentences.
func (c *Corpus) Spans() (ids []string, spans [][]segment.Span) {
	for _, d := range c.docs {
		ids = append(ids, d.report.ID)
		spans = append(spans, d.spans)
	}
	return ids, spans
}

// Index returns the aligner's index of the corpus's units, in the order
// of Units; nil when fewer than two articles were read.
func (c *Corpus) Index() *align.Index { return c.ix }

// FactIDs aligns at the given strictness and returns only each sentence's
// facts, by article and sentence: the facts a report's clusters hold, in
// their order, each listed under every sentence a member of it (whole, or
// by a claim). The cheap path for measurement: what parallax eval scores
// is what the reader is shown.
func (c *Corpus) FactIDs(strictness float64) [][][]int {
	out := make([][][]int, len(c.docs))
	for i, d := range c.docs {
		out[i] = make([][]int, len(d.spans))
	}
	if c.ix == nil {
		return out
	}
	facts, _ := told(c.ix.Facts(strictness), c.where, c.ix)
	for id, f := range facts {
		for _, u := range f {
			w := c.where[u]
			out[w.article][w.sentence] = append(out[w.article][w.sentence], id)
		}
	}
	return out
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
	strictness := opt.Strictness
	if strictness <= 0 {
		strictness = align.DefaultStrictness
	}
	r := &Report{Title: c.title, Strictness: strictness, Problems: slices.Clone(c.problems), index: map[string]int{}}
	docs, where, ix := c.docs, c.where, c.ix
	for i, d := range docs {
		r.index[d.report.ID] = i
		a := d.report
		a.Sentences = slices.Clone(a.Sentences) // facts are set per report
		for k := range a.Sentences {
			a.Sentences[k].Claims = slices.Clone(a.Sentences[k].Claims)
		}
		a.Unique = []int{}
		r.Articles = append(r.Articles, a)
	}
	if ix == nil {
		r.Clusters, r.Variants, r.Derivations = []Cluster{}, []Variant{}, []Derivation{}
		r.Figures, r.Contradictions = []Divergence{}, []Divergence{}
		return r, nil
	}
	al, err := ix.FactsContext(ctx, strictness, opt.Progress.part(StageAligning, 0, 100))
	if err != nil {
		return nil, err
	}
	facts, links := told(al, where, ix)

	// comparing: a step for each eight near links to find near misses
	// (each costs about an eighth of a fact), a step for each fact, then
	// corpus-wide steps, one of them a step for each eight near links
	nearSteps := len(al.Near) / 8
	steps := nearSteps + len(facts) + nearSteps + 5
	nears, err := nearMisses(facts, al.Near, where, docs, ix, strictness, func(k int) error {
		return opt.Progress.tell(ctx, StageComparing, k/8, steps)
	})
	if err != nil {
		return nil, err
	}
	r.Clusters = make([]Cluster, 0, len(facts))
	allMembers := make([][]diverge.Member, len(facts))
	claimFacts := map[loc]int{} // claims told in a fact apart from their sentence
	found := make([][]diverge.Divergence, len(facts))
	for id, f := range facts {
		if id%16 == 0 {
			if err := opt.Progress.tell(ctx, StageComparing, nearSteps+id, steps); err != nil {
				return nil, err
			}
		}
		c := Cluster{ID: id, Members: make([]Ref, len(f)), Claims: make([]Span, len(f)), Divergences: []Divergence{}, Near: nears[id]}
		seen := map[int]bool{}
		for _, s := range f {
			seen[where[s].article] = true
		}
		c.Articles = len(seen)
		ms := make([]diverge.Member, len(f))
		for k, s := range f {
			w := where[s]
			d := docs[w.article]
			c.Members[k] = Ref{d.report.ID, w.sentence}
			sp := d.part(w)
			c.Claims[k] = Span{sp.Start, sp.End}
			s := &r.Articles[w.article].Sentences[w.sentence]
			if w.claim < 0 {
				s.Fact = id
			} else {
				claimFacts[w] = id
			}
			ms[k] = d.claimMember(w)
		}
		allMembers[id] = ms
		if len(f) > 1 {
			found[id] = diverge.Find(ms)
			c.Wording = make([][]Edit, len(ms))
			for k := 1; k < len(ms); k++ {
				for _, e := range diverge.Wording(ms[0], ms[k]) {
					c.Wording[k] = append(c.Wording[k], Edit{Op: string(e.Op), Text: e.Text})
				}
			}
			for _, dv := range found[id] {
				c.Divergences = append(c.Divergences, convertDivergence(dv, c.Members))
			}
			for _, l := range links[id] {
				c.Links = append(c.Links, convertLink(ix, l, where, docs))
			}
		}
		r.Clusters = append(r.Clusters, c)
	}
	sentenceClaims(r, docs, claimFacts)
	r.count()
	r.Variants = []Variant{}
	for _, v := range diverge.Variants(allMembers, found) {
		r.Variants = append(r.Variants, Variant(v))
	}
	done := nearSteps + len(facts)
	if err := opt.Progress.tell(ctx, StageComparing, done, steps); err != nil {
		return nil, err
	}
	all, refs := corpusMembers(docs)
	r.Figures = acrossFacts(r, convertAll(diverge.Figures(all), refs))
	if err := opt.Progress.tell(ctx, StageComparing, done+1, steps); err != nil {
		return nil, err
	}
	r.Contradictions, err = nearContradictions(al.Near, where, docs, func(k int) error {
		return opt.Progress.tell(ctx, StageComparing, done+1+k/8, steps)
	})
	if err != nil {
		return nil, err
	}
	done += 1 + nearSteps
	if err := opt.Progress.tell(ctx, StageComparing, done, steps); err != nil {
		return nil, err
	}
	r.Contradictions = appendNew(r, r.Contradictions, convertAll(diverge.Opposites(all), refs)) // harm counted and denied, in any two facts
	done++
	if err := opt.Progress.tell(ctx, StageComparing, done, steps); err != nil {
		return nil, err
	}
	articleStats(r)
	r.Similarity = similarity(r)
	if err := opt.Progress.tell(ctx, StageComparing, done+1, steps); err != nil {
		return nil, err
	}
	r.Derivations = derivations(r, ix, facts, where)
	if err := opt.Progress.tell(ctx, StageComparing, done+2, steps); err != nil {
		return nil, err
	}
	return r, nil
}

// loc places a unit of the aligner: its article, sentence, and claim of
// that sentence.
type loc struct{ article, sentence, claim int }

// doc is an article being analysed.
type doc struct {
	report Article
	label  string
	text   string
	spans  []segment.Span
	tokens [][]words.Token
	claims [][]segment.Span // by sentence: its claims, in order, covering it
	reads  [][]words.Token  // by sentence: the tokens the aligner reads (counterparts)
}

// member is sentence k as the divergence finder sees it.
func (d doc) member(k int) diverge.Member { return d.claimMember(loc{sentence: k, claim: -1}) }

// part is the span of a unit: its sentence, or the claim of it.
func (d doc) part(w loc) segment.Span {
	if w.claim < 0 {
		return d.spans[w.sentence]
	}
	return d.claims[w.sentence][w.claim]
}

// claimMember is a unit of this article as the divergence finder sees it.
func (d doc) claimMember(w loc) diverge.Member {
	sp := d.part(w)
	return diverge.Member{Article: d.report.ID, Label: d.label, Lang: d.report.Language, Text: d.text, Start: sp.Start, End: sp.End, Tokens: d.unitTokens(w)}
}

// unitTokens are the tokens of a unit of this article.
func (d doc) unitTokens(w loc) []words.Token {
	if w.claim < 0 {
		return d.tokens[w.sentence]
	}
	return inClaim(d.tokens[w.sentence], d.claims[w.sentence][w.claim])
}

// inClaim returns the tokens that start inside the span sp: toks are in
// order of their starts.
func inClaim(toks []words.Token, sp segment.Span) []words.Token {
	i, _ := slices.BinarySearchFunc(toks, sp.Start, func(t words.Token, at int) int { return cmp.Compare(t.Start, at) })
	j, _ := slices.BinarySearchFunc(toks, sp.End, func(t words.Token, at int) int { return cmp.Compare(t.Start, at) })
	return toks[i:j]
}

// told keeps the facts of an alignment that someone tells: every fact but
// a claim alone, which its sentence, whole, already tells. A sentence's
// own fact is told by the claim of it closest to that fact's other
// members (the mean score over them); where that claim also joined a
// fact apart, it is taken back from there. Facts are in order of their
// first sentence and numbered anew. Cost: the scores of a sentence's claims against its
// fact, for the sentences with a claim apart.
func told(al align.Alignment, where []loc, ix *align.Index) (facts [][]int, links [][]align.Link) {
	of := make([]int, len(where)) // unit → its fact
	for id, f := range al.Facts {
		for _, u := range f {
			of[u] = id
		}
	}
	drop := map[int]bool{}
	for u := 0; u < len(where); {
		v := u + 1 // the claims of u's sentence are u+1 … v-1
		apart := false
		for v < len(where) && where[v].claim >= 0 {
			apart = apart || len(al.Facts[of[v]]) > 1
			v++
		}
		if apart {
			best, bestScore := -1, -1.0
			for c := u + 1; c < v; c++ {
				sum, n := 0.0, 0
				for _, m := range al.Facts[of[u]] {
					if where[m].article != where[u].article {
						sum += ix.Score(c, m).Score
						n++
					}
				}
				if s := sum / float64(max(n, 1)); s > bestScore {
					best, bestScore = c, s
				}
			}
			if len(al.Facts[of[best]]) > 1 {
				drop[best] = true
			}
		}
		u = v
	}
	for id, f := range al.Facts {
		kept := slices.DeleteFunc(slices.Clone(f), func(u int) bool { return drop[u] })
		if len(kept) == 0 || len(kept) == 1 && where[kept[0]].claim >= 0 {
			continue
		}
		facts = append(facts, kept)
		links = append(links, slices.DeleteFunc(slices.Clone(al.Joins[id]), func(l align.Link) bool { return drop[l.A] || drop[l.B] }))
	}
	// in order of their first unit, as the aligner gives them, now that
	// some have lost theirs
	return align.InOrder(facts, links)
}

// sentenceClaims lists, for each sentence some claim of which is told in a
// fact of its own (claimFacts), its claims with their facts: those facts,
// and the sentence's own for the rest. The sentence's member of its own
// fact is then the claims that fact holds (from the first to the last),
// and its Fact is the fact of its claims that the most articles tell, the
// first of equals.
func sentenceClaims(r *Report, docs []doc, claimFacts map[loc]int) {
	for i := range r.Articles {
		for k := range r.Articles[i].Sentences {
			s := &r.Articles[i].Sentences[k]
			own, parts := s.Fact, docs[i].claims[k]
			apart := false
			for ci := range parts {
				_, ok := claimFacts[loc{i, k, ci}]
				apart = apart || ok
			}
			if !apart {
				continue
			}
			first, last := -1, -1
			for ci, sp := range parts {
				f, ok := claimFacts[loc{i, k, ci}]
				if !ok {
					f = own
					last = ci
					if first < 0 {
						first = ci
					}
				}
				s.Claims = append(s.Claims, Claim{Start: sp.Start, End: sp.End, Fact: f})
				if ci == 0 || r.Clusters[f].Articles > r.Clusters[s.Fact].Articles {
					s.Fact = f
				}
			}
			c := &r.Clusters[own]
			for m, ref := range c.Members {
				if ref == (Ref{r.Articles[i].ID, k}) && c.Claims[m] == (Span{s.Start, s.End}) && first >= 0 {
					c.Claims[m] = Span{parts[first].Start, parts[last].End}
				}
			}
		}
	}
}

func analyse(a article.Article, an *words.Analyzer) doc {
	d := doc{text: a.Text, label: a.Source}
	if d.label == "" {
		d.label = a.ID
	}
	d.report = Article{
		ID: a.ID, Title: a.Title, Source: a.Source, Date: a.Date, Language: an.Language().Code,
		URL: a.URL, Dateline: a.Dateline, Section: a.Section, Sentences: []Sentence{}, Unique: []int{},
	}
	body := a.Text[a.Body.Start:a.Body.End]
	paras := segment.Paragraphs(body)
	p := 0 // the paragraph of the current sentence: both lists are in order
	for _, sp := range segment.SentencesIn(body, paras) {
		for p < len(paras) && paras[p].End < sp.End {
			p++
		}
		// A heading is a whole paragraph with no final stop.
		heading := p < len(paras) && paras[p] == sp && !segment.EndsWithStop(body[sp.Start:sp.End])
		sp.Start += a.Body.Start
		sp.End += a.Body.Start
		toks := an.Tokens(a.Text[sp.Start:sp.End])
		for k := range toks {
			toks[k].Start += sp.Start
			toks[k].End += sp.Start
		}
		claims := []segment.Span{sp}
		if !heading {
			claims = claim.Split(a.Text, sp, toks, an.Language().Code)
		}
		d.spans = append(d.spans, sp)
		d.tokens = append(d.tokens, toks)
		d.claims = append(d.claims, claims)
		d.report.Sentences = append(d.report.Sentences, Sentence{
			Start: sp.Start, End: sp.End, Text: a.Text[sp.Start:sp.End], Heading: heading,
		})
	}
	d.reads = counterparts(an.Language().Code, d.tokens)
	return d
}

// nearContradictions looks for contradiction cues between related
// sentences of different facts: "It's not a new approach" and "a new and
// different approach" may be told in sentences too different to be one
// fact, yet one denies what the other says.
func nearContradictions(near []align.Link, where []loc, docs []doc, tick func(done int) error) ([]Divergence, error) {
	out := []Divergence{}
	for k, l := range near {
		if k%64 == 0 {
			if err := tick(k); err != nil {
				return nil, err
			}
		}
		wa, wb := where[l.A], where[l.B]
		if wa.claim >= 0 || wb.claim >= 0 {
			continue // a claim's words are its sentence's, whose own links are here
		}
		pair := [2]loc{wa, wb}
		ms := make([]diverge.Member, 2)
		refs := make([]Ref, 2)
		for i, w := range pair {
			d := docs[w.article]
			ms[i] = d.claimMember(w)
			refs[i] = Ref{d.report.ID, w.sentence}
		}
		for _, dv := range diverge.Contradictions(ms) {
			out = append(out, convertDivergence(dv, refs))
		}
	}
	return out, nil
}

// corpusMembers lists every sentence of the corpus as a member, with its
// reference, for the corpus-wide passes (figures, opposite claims).
func corpusMembers(docs []doc) ([]diverge.Member, []Ref) {
	var ms []diverge.Member
	var refs []Ref
	for _, d := range docs {
		for k := range d.spans {
			ms = append(ms, d.member(k))
			refs = append(refs, Ref{d.report.ID, k})
		}
	}
	return ms, refs
}

// convertAll converts the divergences found among members.
func convertAll(dvs []diverge.Divergence, members []Ref) []Divergence {
	out := []Divergence{}
	for _, dv := range dvs {
		out = append(out, convertDivergence(dv, members))
	}
	return out
}

// appendNew appends to ds the divergences of more whose marks the report
// does not already pair, in a fact or in ds.
func appendNew(r *Report, ds, more []Divergence) []Divergence {
	type key struct{ a, b Ref }
	seen := map[key]bool{}
	note := func(d Divergence) {
		for _, x := range d.Members {
			for _, y := range d.Members {
				seen[key{Ref{x.Article, x.Sentence}, Ref{y.Article, y.Sentence}}] = true
			}
		}
	}
	for _, c := range r.Clusters {
		for _, d := range c.Divergences {
			if d.Kind == KindContradiction {
				note(d)
			}
		}
	}
	for _, d := range ds {
		note(d)
	}
	for _, d := range more {
		a, b := d.Members[0], d.Members[1]
		if !seen[key{Ref{a.Article, a.Sentence}, Ref{b.Article, b.Sentence}}] {
			ds = append(ds, d)
			note(d)
		}
	}
	return ds
}

// acrossFacts keeps the divergences that are not told inside one fact:
// a conflict two members of a fact give is in the fact's divergences
// already, and a divergence whose only conflicts are a fact's is left
// out. A divergence keeps its pairs of two facts.
func acrossFacts(r *Report, ds []Divergence) []Divergence {
	fact := func(m Mark) int { return r.Articles[r.Index(m.Article)].Sentences[m.Sentence].Fact }
	out := []Divergence{}
	for _, d := range ds {
		apart := false
		for x, a := range d.Members {
			for _, b := range d.Members[x+1:] {
				apart = apart || a.Article != b.Article && fact(a) != fact(b)
			}
		}
		if !apart {
			continue
		}
		var keep [][2]int
		for _, p := range d.Conflicts {
			if fact(d.Members[p[0]]) != fact(d.Members[p[1]]) {
				keep = append(keep, p)
			}
		}
		if d.Conflict && len(keep) == 0 {
			continue // its conflict is one fact's, shown there
		}
		d.Conflicts = keep
		out = append(out, d)
	}
	return out
}

func convertDivergence(dv diverge.Divergence, members []Ref) Divergence {
	d := Divergence{Kind: dv.Kind, Summary: dv.Summary, Reason: dv.Reason, Conflict: dv.Conflict, Possible: dv.Possible,
		Conflicts: dv.Conflicts, Members: make([]Mark, len(dv.Marks))}
	for i, m := range dv.Marks {
		ref := members[m.Member]
		mk := Mark{Article: ref.Article, Sentence: ref.Sentence, Start: m.Start, End: m.End, Value: m.Value, Says: m.Says}
		for _, e := range m.Diff {
			mk.Diff = append(mk.Diff, Edit{Op: string(e.Op), Text: e.Text})
		}
		d.Members[i] = mk
	}
	return d
}

func convertLink(ix *align.Index, l align.Link, where []loc, docs []doc) Link {
	l = ix.Evidence(l)
	wa, wb := where[l.A], where[l.B]
	da := docs[wa.article]
	toks := da.unitTokens(wa)
	out := Link{
		A:       Ref{da.report.ID, wa.sentence},
		B:       Ref{docs[wb.article].report.ID, wb.sentence},
		Score:   round3(l.Score),
		Shared:  []string{},
		Phrases: []string{},
	}
	key := func(t words.Token) string {
		if t.Kind == words.Number {
			return "#" + t.Key
		}
		return t.Key
	}
	for _, id := range l.Shared {
		for _, t := range toks {
			if !t.Stop && key(t) == ix.Term(id) {
				out.Shared = append(out.Shared, da.text[t.Start:t.End])
				break
			}
		}
	}
	// A phrase is two content words in a row, stop words between them
	// allowed: show it as A prints it, "disappointed and frustrated".
	for _, p := range l.Phrases {
		first, second := ix.Term(p[0]), ix.Term(p[1])
		prev := -1
		for k, t := range toks {
			if t.Stop || t.Kind == words.Number {
				continue
			}
			if prev >= 0 && key(toks[prev]) == first && key(t) == second {
				out.Phrases = append(out.Phrases, da.text[toks[prev].Start:t.End])
				break
			}
			prev = k
		}
	}
	return out
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }
