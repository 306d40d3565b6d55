package words

import "slices"

// Counterparts returns the tokens the aligner reads for each sentence of
// an English article: the sentence's own, except that "his Russian
// counterpart" is read as the article's nearest mention of a Russian by
// title and name ("Russian Foreign Minister Sergey Lavrov"): a possessive,
// a capitalised word and "counterpart", resolved to the capitalised words
// after the same capitalised word elsewhere in the article, at least two
// of them. Diplomatic news names the other side this way ("Rubio ... after
// he met with his Russian counterpart in Malaysia"), and no word of it is
// shared with the sentences that name the minister. Nearest is counted in
// sentences, an earlier one first; the office is not checked, so "his
// Russian counterpart" in an article that names a Russian president
// nearer than the minister is read as the president. The stand-in tokens
// keep the offsets of "counterpart", so that a claim's span still selects
// them; divergences read the sentence's own tokens. Other languages are
// returned as they are. Cost: O(tokens of the article) for each
// "counterpart", none without one.
func Counterparts(lang string, sents [][]Token) [][]Token {
	if !IsEnglish(lang) {
		return sents
	}
	var out [][]Token // made on the first counterpart resolved
	for k, toks := range sents {
		var read []Token // made likewise, for this sentence
		for i, t := range toks {
			var ref []Token
			if t.Norm == "counterpart" && i >= 2 && possessive[toks[i-2].Norm] && demonym(toks[i-1]) {
				ref = nearestMention(sents, k, toks[i-1].Norm)
			}
			if ref == nil {
				if read != nil {
					read = append(read, t)
				}
				continue
			}
			if read == nil {
				read = append(make([]Token, 0, len(toks)+len(ref)), toks[:i]...)
			}
			for _, m := range ref {
				m.Start, m.End = t.Start, t.End
				read = append(read, m)
			}
		}
		if read != nil {
			if out == nil {
				out = slices.Clone(sents)
			}
			out[k] = read
		}
	}
	if out == nil {
		return sents
	}
	return out
}

var possessive = map[string]bool{"his": true, "her": true, "their": true, "its": true}

// demonym: a capitalised word that is not a stop word ("Russian").
func demonym(t Token) bool { return t.Upper && !t.Stop && t.Kind == Word }

// nearestMention finds, in the sentences nearest sentence k (k itself
// first, then k-1, k+1, k-2, ...), the word dem followed by two or more
// capitalised words that are not stop words, and returns those words.
func nearestMention(sents [][]Token, k int, dem string) []Token {
	for d := 0; d < len(sents); d++ {
		for _, j := range [2]int{k - d, k + d} {
			if j < 0 || j >= len(sents) || d == 0 && j != k-d {
				continue
			}
			s := sents[j]
			for i := 0; i+2 < len(s); i++ {
				if s[i].Norm != dem {
					continue
				}
				e := i + 1
				for e < len(s) && s[e].Upper && !s[e].Stop && s[e].Kind != Number {
					e++
				}
				if e-i-1 >= 2 {
					return s[i+1 : e]
				}
			}
		}
	}
	return nil
}
