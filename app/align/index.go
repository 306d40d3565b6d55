// Package align decides which sentences of different articles report the
// same fact and groups them into facts.
//
// Sentences are compared by the overlap of their stems and of their words.
// Candidate pairs come from an inverted index over stems (never all pairs),
// two logistic models give the probability that a pair reports one fact,
// that its two articles report one event times that its two sentences
// report the same fact (score.go), facts are built by average-linkage
// agglomeration over pairs of different articles (cluster.go). The
// near links it keeps are where app/compare finds each fact's near misses.
package align

import (
	"context"
	"math"
	"slices"
	"sync"

	"github.com/parallax-news/parallax/app/words"
)

// Sentence is what the aligner needs of one sentence.
type Sentence struct {
	Article int           // which article it belongs to; sentences of one article are never linked directly
	Tokens  []words.Token // its words, in order
	// Part marks a claim that continues the sentence of the one before it
	// (package claim): the claims of one sentence never share a fact.
	Part bool
}

// Index holds the corpus's sentences as weighted stem sets and an inverted
// index from stem to sentences.
type Index struct {
	sents    []features
	article  []int
	whole    []int32   // sentence → the first of the claims of its sentence (itself when not a Part)
	idf      []float64 // by term id
	terms    []string  // term id → key
	postings [][]int32 // term id → sentences holding it, ascending
	maxDF    int       // terms in more sentences than this do not propose candidates

	docs  map[int]Vector // article → its terms' summed weights, unit length; read-only after NewIndex
	names map[int]Vector // article → the same over the terms it uses as names

	mu      sync.Mutex            // guards docSims: one corpus may be aligned at two strictness values at once
	docSims map[[2]int][2]float64 // article pair → docSim's two figures, computed on first use
}

// docSim returns, for two articles, the cosine between their term vectors
// (each term's weight summed over the article's sentences), and 1 − the
// same cosine over the terms each uses as names, or 0 when either names no
// one: no names is no evidence of other people. A sentence pair from
// articles about two different events scores low on the first and high on
// the second whatever the sentences share. Cost: O(terms of both
// articles) a pair, a merge of sorted lists, once.
func (ix *Index) docSim(a, b int) [2]float64 {
	if a > b {
		a, b = b, a
	}
	ix.mu.Lock()
	s, ok := ix.docSims[[2]int{a, b}]
	ix.mu.Unlock()
	if ok {
		return s
	}
	s = [2]float64{ix.docs[a].Dot(ix.docs[b]), 0}
	if na, nb := ix.names[a], ix.names[b]; len(na.IDs) > 0 && len(nb.IDs) > 0 {
		s[1] = 1 - na.Dot(nb)
	}
	ix.mu.Lock()
	ix.docSims[[2]int{a, b}] = s
	ix.mu.Unlock()
	return s
}

// docVectors builds every article's unit-length term vector. Sums run in
// term order, so the result does not depend on map order. Cost: O(terms).
func (ix *Index) docVectors() {
	ix.docs, ix.names = map[int]Vector{}, map[int]Vector{}
	sums, names := map[int]map[int32]float64{}, map[int]map[int32]float64{}
	for i, f := range ix.sents {
		if ix.whole[i] != int32(i) {
			continue // a claim: its words are counted with its sentence
		}
		v, nv := sums[ix.article[i]], names[ix.article[i]]
		if v == nil {
			v, nv = map[int32]float64{}, map[int32]float64{}
			sums[ix.article[i]], names[ix.article[i]] = v, nv
		}
		for k, id := range f.terms {
			w := ix.weight(id, f.kinds[k])
			v[id] += w
			if f.kinds[k] == name {
				nv[id] += w
			}
		}
	}
	for a, v := range sums {
		ix.docs[a] = UnitVector(v)
		ix.names[a] = UnitVector(names[a])
	}
}

// features of one sentence: term ids ascending, with their kind.
type features struct {
	terms   []int32 // content words and numbers, ascending, no repeats
	kinds   []kind  // parallel to terms
	words   []int32 // every word as written, lower-cased, stop words too: ids ascending, no repeats
	bigrams []uint64
}

// kind is how a term is used in a sentence, which scales its weight.
type kind uint8

const (
	plain  kind = iota
	name        // capitalised inside the sentence: who or where, not what happened
	number      // a figure
)

// scale is each kind's share of a term's IDF weight in an article's vector
// (docVectors): an article's figures say less of its event than its words.
var scale = [...]float64{plain: 1, name: 0.7, number: 0.4}

// NewIndex builds the index over sents. Cost: O(total tokens).
func NewIndex(sents []Sentence) *Index {
	ix, _ := NewIndexContext(context.Background(), sents, nil) // Background is never done
	return ix
}

// NewIndexContext is NewIndex, telling tick (if not nil) every so often
// how many sentences it has indexed, and stopping with ctx's error once
// ctx is done.
func NewIndexContext(ctx context.Context, sents []Sentence, tick func(done, total int)) (*Index, error) {
	b := newIndexer(sents)
	for i, s := range sents {
		// every 32 sentences: the browser's turn comes between ticks (a
		// tick yields at most every 16 ms); at 256, the bundled corpus's
		// 130 were one task of 60 ms at a 4× slowed CPU
		if i%32 == 0 {
			if err := step(ctx, tick, i, len(sents)); err != nil {
				return nil, err
			}
		}
		b.add(i, s)
	}
	return b.finish(), nil
}

// indexer is NewIndexContext's state while it reads the sentences in
// order: the ids given so far to terms and to words, and what each term
// needs until the IDF weights are known.
type indexer struct {
	ix      *Index
	alias   map[string]string // name key → the key it is counted as (nameAliases)
	ids     map[string]int32  // term key → its id
	wordIDs map[string]int32  // a word as written (Token.Norm) → its id in features.words
	df      []int             // term id → whole sentences holding it
	last    []int32           // term id → last sentence that took it, to skip repeats in O(1)
	slot    []int32           // term id → its index in that sentence's terms
	whole   int               // sentences that are not a Part
}

// newIndexer returns an indexer for sents, with an Index sized for them
// and the corpus's name aliases found. Cost: O(total tokens).
func newIndexer(sents []Sentence) *indexer {
	return &indexer{
		ix:      &Index{sents: make([]features, len(sents)), article: make([]int, len(sents)), whole: make([]int32, len(sents))},
		alias:   nameAliases(sents),
		ids:     map[string]int32{},
		wordIDs: map[string]int32{},
	}
}

// add indexes sentence i, s: its article, the claim it continues, its
// words and terms, and its place in the postings of its terms. A claim's
// terms are not counted in their document frequency: they are its
// sentence's, counted once. Cost: O(tokens of s · log).
func (b *indexer) add(i int, s Sentence) {
	ix := b.ix
	ix.article[i] = s.Article
	ix.whole[i] = int32(i)
	if s.Part && i > 0 {
		ix.whole[i] = ix.whole[i-1]
	}
	f := &ix.sents[i]
	b.words(f, s.Tokens)
	b.terms(f, i, s.Tokens)
	for _, id := range f.terms {
		if !s.Part {
			b.df[id]++
		}
		ix.postings[id] = append(ix.postings[id], int32(i))
	}
	if !s.Part {
		b.whole++
	}
}

// words fills f.words: the ids of every token as written, stop words
// too, ascending without repeats.
func (b *indexer) words(f *features, toks []words.Token) {
	for _, t := range toks {
		w, ok := b.wordIDs[t.Norm]
		if !ok {
			w = int32(len(b.wordIDs))
			b.wordIDs[t.Norm] = w
		}
		f.words = append(f.words, w)
	}
	slices.Sort(f.words)
	f.words = slices.Compact(f.words)
}

// terms fills f.terms and f.kinds, sentence i's content words and figures
// ascending without repeats, each with how it is used (a term used
// plainly once is plain, not a name), and f.bigrams, the pairs of
// consecutive words that are not figures, stop words skipped. A figure's
// key is marked with '#' so that it never meets a word; a name spelled
// several ways takes its alias's key.
func (b *indexer) terms(f *features, i int, toks []words.Token) {
	prev := int32(-1)
	for k, t := range toks {
		if t.Stop {
			continue
		}
		key := t.Key
		if t.Kind == words.Number {
			key = "#" + key
		} else if a, ok := b.alias[key]; ok {
			key = a
		}
		id, ok := b.ids[key]
		if !ok {
			id = b.newTerm(key)
		}
		if t.Kind != words.Number {
			if prev >= 0 {
				f.bigrams = append(f.bigrams, uint64(prev)<<32|uint64(id))
			}
			prev = id
		}
		kd := plain
		switch {
		case t.Kind == words.Number:
			kd = number
		case t.Upper && k > 0:
			kd = name
		}
		if b.last[id] != int32(i) {
			b.last[id] = int32(i)
			b.slot[id] = int32(len(f.terms))
			f.terms = append(f.terms, id)
			f.kinds = append(f.kinds, kd)
		} else if kd == plain {
			f.kinds[b.slot[id]] = plain // used plainly once: not only a name
		}
	}
	sortParallel(f.terms, f.kinds)
	slices.Sort(f.bigrams)
	f.bigrams = slices.Compact(f.bigrams)
}

// newTerm gives key the next term id, with room for it in every table
// indexed by term id.
func (b *indexer) newTerm(key string) int32 {
	id := int32(len(b.ix.terms))
	b.ids[key] = id
	b.ix.terms = append(b.ix.terms, key)
	b.df = append(b.df, 0)
	b.last = append(b.last, -1)
	b.slot = append(b.slot, 0)
	b.ix.postings = append(b.ix.postings, nil)
	return id
}

// finish returns the Index once every sentence is added: each term's IDF
// over the whole sentences, log(1 + n/df), the cap on the postings that
// propose candidates, and the articles' vectors (docVectors). Cost:
// O(terms).
func (b *indexer) finish() *Index {
	ix := b.ix
	n := float64(b.whole)
	ix.idf = make([]float64, len(b.df))
	for id, d := range b.df {
		ix.idf[id] = math.Log(1 + n/float64(d))
	}
	ix.maxDF = min(max(10, len(ix.sents)/20), maxPostings)
	ix.docSims = map[[2]int][2]float64{}
	ix.docVectors()
	return ix
}

// step tells tick (if not nil) done of total, then returns ctx's error:
// the long loops call it every so often, and stop once ctx is done. In
// the browser tick yields to the page, which may cancel ctx meanwhile.
func step(ctx context.Context, tick func(done, total int), done, total int) error {
	if tick != nil {
		tick(done, total)
	}
	return ctx.Err()
}

// nameAliases maps the keys of names spelled several ways in the corpus
// (Sergey and Sergei: one words.TranslitKey) to one of them, the least, so
// that the aligner counts them as one term. Only keys that some sentence
// uses as a capitalised word take part: folding every word would join
// plain words the folds were not made for (w/v: "wine" and "vine"). Cost:
// one pass over the tokens and a key per distinct name.
func nameAliases(sents []Sentence) map[string]string {
	canon := map[string]string{} // translit key → least key with it
	keys := map[string]string{}  // name key → its translit key
	for _, s := range sents {
		for _, t := range s.Tokens {
			if !t.Upper || t.Stop || t.Kind == words.Number {
				continue
			}
			if _, ok := keys[t.Key]; ok {
				continue
			}
			tk := words.TranslitKey(t.Key)
			keys[t.Key] = tk
			if c, ok := canon[tk]; !ok || t.Key < c {
				canon[tk] = t.Key
			}
		}
	}
	alias := map[string]string{}
	for k, tk := range keys {
		if c := canon[tk]; c != k {
			alias[k] = c
		}
	}
	return alias
}

// maxPostings caps how many sentences a term may be in and still propose
// candidates. Terms that common are function-like words of the corpus
// ("said", "Ukraine" in a corpus on Ukraine); a pair that shares only such
// terms scores low anyway, and the cap keeps candidate generation linear
// in the number of sentences.
const maxPostings = 64

func (ix *Index) weight(id int32, k kind) float64 {
	return scale[k] * ix.idf[id]
}

// Len returns the number of sentences.
func (ix *Index) Len() int { return len(ix.sents) }

// Article returns the article of sentence i.
func (ix *Index) Article(i int) int { return ix.article[i] }

// Term returns the key of a term id.
func (ix *Index) Term(id int32) string { return ix.terms[id] }

func sortParallel(ids []int32, flags []kind) {
	type pair struct {
		id   int32
		flag kind
	}
	ps := make([]pair, len(ids))
	for i := range ids {
		ps[i] = pair{ids[i], flags[i]}
	}
	slices.SortFunc(ps, func(a, b pair) int { return int(a.id - b.id) })
	for i, p := range ps {
		ids[i], flags[i] = p.id, p.flag
	}
}

// candidate is a pair of sentences worth scoring.
type candidate struct {
	pair [2]int32
	// join is set when the two share at least two terms held by at most
	// maxDF sentences: the pairs that may join a fact. The others share
	// two terms held by at most maxPostings: in a small corpus, where
	// maxDF is below maxPostings, they are scored only to find near
	// misses, so that a paraphrase in the corpus's common words ("said",
	// "new", "meeting") is still shown as close.
	join bool
}

// candidates returns the pairs (i < j) of sentences in different articles
// that share at least two terms held by at most maxPostings sentences, in
// order, each marked if it may join a fact. Cost: O(sum over terms of
// min(df, maxPostings)²), linear in the number of sentences because the
// postings read are capped.
func (ix *Index) candidates(ctx context.Context, tick func(done, total int)) ([]candidate, error) {
	var out []candidate
	count := map[int32][2]int{} // sentence → shared terms held by at most maxPostings, by at most maxDF
	for i := range ix.sents {
		if i%128 == 0 {
			if err := step(ctx, tick, i, len(ix.sents)); err != nil {
				return nil, err
			}
		}
		clear(count)
		for _, id := range ix.sents[i].terms {
			p := ix.postings[id]
			if len(p) > maxPostings {
				continue
			}
			rare := len(p) <= ix.maxDF
			// postings are ascending: take only j > i
			k, _ := slices.BinarySearch(p, int32(i)+1)
			for _, j := range p[k:] {
				if ix.article[j] != ix.article[i] {
					c := count[j]
					c[0]++
					if rare {
						c[1]++
					}
					count[j] = c
				}
			}
		}
		for j, c := range count {
			if c[0] >= 2 {
				out = append(out, candidate{[2]int32{int32(i), j}, c[1] >= 2})
			}
		}
	}
	slices.SortFunc(out, func(a, b candidate) int {
		if a.pair[0] != b.pair[0] {
			return int(a.pair[0] - b.pair[0])
		}
		return int(a.pair[1] - b.pair[1])
	})
	return out, nil
}
