// Package claim splits a sentence into the claims it makes, so that one
// sentence can report two facts: "Rubio said the U.S. and Russia have
// exchanged new ideas | after he met with his Russian counterpart in
// Malaysia" tells of the ideas and of the meeting.
//
// The splitter is rule based, over the sentence's tokens, in one pass: its
// cost is O(tokens). A claim starts
//   - after a semicolon;
//   - after a stop inside a quotation that the sentence splitter kept
//     whole ("It's not a new approach. | It's a new idea…", Rubio said);
//   - in English, at a clause that hangs off the sentence: after a comma,
//     "which", "while", "although", "though", "whereas", "but";
//     with or without a comma, "after" and "following" ("after he met",
//     "following his meeting"), except where a word of time binds them to
//     what comes before ("shortly after", "hours after").
//
// A break at a connective is kept only when each side keeps at least
// MinWords words that are not stop words: a claim says who did what, not
// "he said" or "in 2022". A break at a semicolon or a stop needs fewer
// (minPunct): "It's not a new approach." is a claim of two such words. Claims are contiguous, in order, and cover the sentence; a
// sentence with no break is one claim.
package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parallax-news/parallax/app/segment"
	"github.com/parallax-news/parallax/app/words"
)

// MinWords is the fewest words that are not stop words (figures count) a
// claim may hold. Measured on the ECB+ dev topics (recall / mixing, docs/evaluation.md,
// "Claims"): 5 gave 0.111 / 0.017, 4 gives 0.113 / 0.017, 3 mixed more
// (0.113 / 0.020).
const MinWords = 4

// minPunct is the fewest for the claims on either side of a semicolon or
// of a stop inside a quotation.
const minPunct = 2

// Split returns the claims of the sentence text[s.Start:s.End] whose tokens
// are toks (offsets into text, in order), as spans of text with no white
// space at either end: none for a blank sentence. lang is the language's ISO 639-1 code: the
// connectives are English; the punctuation rules hold in every language.
func Split(text string, s segment.Span, toks []words.Token, lang string) []segment.Span {
	breaks := candidates(text, s, toks, words.IsEnglish(lang))
	if len(breaks) == 0 {
		return segment.AppendTrimmed(nil, text, s.Start, s.End)
	}
	// weight[k]: words that are not stop words among toks[:k]
	weight := make([]int, len(toks)+1)
	for k, t := range toks {
		weight[k+1] = weight[k]
		if !t.Stop {
			weight[k+1]++
		}
	}
	var out []segment.Span
	start, from := s.Start, 0 // the current claim's first byte and first token
	for _, b := range breaks {
		if weight[b.token]-weight[from] < b.min || weight[len(toks)]-weight[b.token] < b.min {
			continue
		}
		out = segment.AppendTrimmed(out, text, start, b.at)
		start, from = b.at, b.token
	}
	return segment.AppendTrimmed(out, text, start, s.End)
}

// cut is a candidate break: the claim after it starts at byte at, with
// token token, and each side must keep min words that are not stop words.
type cut struct{ at, token, min int }

// candidates lists the places a claim may start, in order.
func candidates(text string, s segment.Span, toks []words.Token, english bool) []cut {
	var out []cut
	for k := 1; k < len(toks); k++ {
		gap := text[toks[k-1].End:toks[k].Start]
		w := toks[k].Norm
		switch {
		case strings.ContainsRune(gap, ';'):
			out = append(out, cut{toks[k].Start, k, minPunct})
		case toks[k].Upper && stopInside(gap) >= 0:
			out = append(out, cut{toks[k-1].End + stopInside(gap), k, minPunct})
		case !english:
		case strings.ContainsRune(gap, ',') && afterComma[w]:
			out = append(out, cut{toks[k].Start, k, MinWords})
		case bare[w] && !binding[toks[k-1].Norm] && k+1 < len(toks):
			out = append(out, cut{toks[k].Start, k, MinWords})
		}
	}
	return out
}

// stopInside returns the offset in gap just past a sentence stop and the
// quotes that close after it (`. `, `.” `), or -1: a sentence inside a
// quotation that the sentence splitter kept whole.
func stopInside(gap string) int {
	i := strings.IndexAny(gap, ".!?")
	if i < 0 {
		return -1
	}
	j := i + 1
	for j < len(gap) {
		r, size := utf8.DecodeRuneInString(gap[j:])
		if unicode.IsSpace(r) || strings.ContainsRune(".!?", r) {
			break
		}
		j += size
	}
	if j == len(gap) || !unicode.IsSpace(rune(gap[j])) {
		return -1 // "3.5", "U.S.": no space after the stop
	}
	return j
}

// afterComma are the words that open a hanging clause after a comma.
var afterComma = map[string]bool{
	"which": true, "while": true, "although": true, "though": true,
	"whereas": true, "but": true, "after": true, "following": true,
}

// bare open a clause with or without a comma.
var bare = map[string]bool{"after": true, "following": true}

// binding are words of time that tie "after" to what comes before:
// "shortly after", "hours after", "soon after".
var binding = map[string]bool{
	"shortly": true, "soon": true, "just": true, "right": true, "immediately": true, "long": true,
	"minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true,
	"day": true, "week": true, "month": true, "year": true, "moments": true, "only": true, "even": true,
}
