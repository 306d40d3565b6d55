package compare

// Reading is the pipeline's first stage: articles → units. Each article is
// split into sentences, a sentence that makes several claims into its
// claims (package claim), and each into stemmed tokens; the aligner's
// units are every sentence whole and, after one of several claims, each
// claim. The stem index over the units is built once, here, so that the
// corpus can be aligned at any strictness.

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"sync"

	"github.com/parallax-news/parallax/app/align"
	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/claim"
	"github.com/parallax-news/parallax/app/diverge"
	"github.com/parallax-news/parallax/app/segment"
	"github.com/parallax-news/parallax/app/words"
)

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
	unitOf   map[loc]int      // a sentence whole, or a claim of it → its unit
	base     []int            // article → the index in sents of its first sentence
	ix       *align.Index     // over units

	mu      sync.Mutex // guards the corpus read without claims set aside (without)
	lastKey string
	last    *Corpus
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
	c.unitOf = map[loc]int{}
	for i, d := range c.docs {
		c.base = append(c.base, len(c.sents))
		for k, toks := range d.tokens {
			c.sents = append(c.sents, align.Sentence{Article: i, Tokens: toks})
			c.units = append(c.units, align.Sentence{Article: i, Tokens: d.reads[k]})
			c.unitOf[loc{i, k, -1}] = len(c.where)
			c.where = append(c.where, loc{i, k, -1})
			if len(d.claims[k]) == 1 {
				continue
			}
			for ci := range d.claims[k] {
				c.units = append(c.units, align.Sentence{Article: i, Tokens: inClaim(d.reads[k], d.claims[k][ci]), Part: true})
				c.unitOf[loc{i, k, ci}] = len(c.where)
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
	out    [][]bool         // by sentence: which of its claims are set aside, in a corpus read without them (Corpus.without)
}

// gone reports whether claim ci of sentence k is set aside.
func (d doc) gone(k, ci int) bool { return d.out != nil && d.out[k] != nil && d.out[k][ci] }

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

// analyse reads one article into its units: the body's sentences with
// their offsets into the text, whether each is a heading, its tokens, its
// claims (a heading is one), whom it attributes its words to, and the
// tokens the aligner reads. Cost: O(length of the text).
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
	sents := segment.SentencesIn(body, paras)
	headings := segment.Headings(body, paras, sents)
	inPara := segment.ParagraphOf(paras, sents)
	for k, sp := range sents {
		sp = sp.Shift(a.Body.Start)
		heading := headings[k]
		toks := an.TokensIn(a.Text, sp.Start, sp.End)
		claims := []segment.Span{sp}
		if !heading {
			claims = claim.Split(a.Text, sp, toks, an.Language().Code)
		}
		d.spans = append(d.spans, sp)
		d.tokens = append(d.tokens, toks)
		d.claims = append(d.claims, claims)
		d.report.Sentences = append(d.report.Sentences, Sentence{
			Start: sp.Start, End: sp.End, Text: a.Text[sp.Start:sp.End], Heading: heading, Paragraph: inPara[k] + 1,
		})
		d.report.Sentences[k].Says = d.member(k).Says()
	}
	d.reads = words.Counterparts(an.Language().Code, d.tokens)
	return d
}
