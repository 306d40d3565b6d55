package diverge

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/parallax-news/parallax/app/words"
)

// A quote is what a sentence puts inside double quotation marks: one or
// more fragments (“… peace,” Rubio said, “but …”) read as one wording.
type quote struct {
	says       string        // whom the sentence attributes it to
	start, end int           // from the first fragment's start to the last one's end
	tokens     []words.Token // the words inside the marks
	frags      []string
}

// quoteOf returns the quoted words of a member, if any. A closing mark with
// no opening one quotes from the sentence start (a quotation that began in
// the previous sentence); an opening one with no close runs to the end.
func quoteOf(m Member) (quote, bool) {
	var spans [][2]int
	open := -1
	from := 0 // a closer with no opener quotes from here: the sentence start or the last quote's end
	s := m.Text[m.Start:m.End]
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '“' || (r == '"' && open < 0 && !closesHere(s, i, size)):
			open = i + size
		case r == '”' || r == '"':
			if open >= 0 {
				from = open
			}
			spans = append(spans, [2]int{m.Start + from, m.Start + i})
			open = -1
			from = i + size
		}
		i += size
	}
	if open >= 0 {
		spans = append(spans, [2]int{m.Start + open, m.End})
	}
	q := quote{says: saysOf(m)}
	for _, sp := range spans {
		n := 0
		for _, t := range m.Tokens {
			if t.Start >= sp[0] && t.End <= sp[1] {
				q.tokens = append(q.tokens, t)
				n++
			}
		}
		if n == 0 {
			continue
		}
		if len(q.frags) == 0 {
			q.start = sp[0]
		}
		q.end = sp[1]
		q.frags = append(q.frags, strings.TrimSpace(m.Text[sp[0]:sp[1]]))
	}
	return q, len(q.tokens) > 0
}

// closesHere: a straight quote at the very start of the sentence opens; one
// right after a word and before a space or punctuation closes only when a
// quote is open, which the caller checks. It is a closer when it follows a
// letter or punctuation and nothing opened it in this sentence, i.e. a
// quotation continued from the previous sentence.
func closesHere(s string, i, size int) bool {
	if i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+size:])
	return prev != ' ' && (i+size == len(s) || next == ' ' || next == ',' || next == '.')
}

// quoteKey is what two quotes compare word by word: spelling is not wording.
func quoteKey(t words.Token) string {
	return words.Americanize(t.Norm)
}

// quotes reports quotes that say nearly the same in different words.
func quotes(ms []Member) []Divergence {
	qs := make([]quote, len(ms))
	has := make([]bool, len(ms))
	for i, m := range ms {
		qs[i], has[i] = quoteOf(m)
	}
	ref := -1
	for i := range ms {
		if has[i] {
			ref = i
			break
		}
	}
	if ref < 0 {
		return nil
	}
	d := Divergence{Kind: Quote}
	changed := false
	var parts []string
	for i := range ms {
		if !has[i] || (i != ref && (ms[i].Article == ms[ref].Article || !sameQuote(qs[ref], qs[i]) || speakersDiffer(saysOf(ms[ref]), saysOf(ms[i])))) {
			continue
		}
		mk := Mark{Member: i, Start: qs[i].start, End: qs[i].end, Value: strings.Join(qs[i].frags, " … "), Says: saysOf(ms[i])}
		if i != ref {
			mk.Diff = diffWords(ms[ref], qs[ref].tokens, ms[i], qs[i].tokens)
			for _, e := range mk.Diff {
				if e.Op != '=' {
					changed = true
				}
			}
		}
		d.Marks = append(d.Marks, mk)
		parts = append(parts, fmt.Sprintf("“%s” (%s)", mk.Value, ms[i].name()))
	}
	if len(d.Marks) < 2 || !changed {
		return nil
	}
	d.Summary = "the quote is worded differently: " + strings.Join(parts, " vs ")
	d.Reason = "Sentences reporting the same fact quote what reads as one remark, by the same speaker where they name one, in different words."
	return []Divergence{d}
}

// sameQuote: the two quotes share at least half of the shorter one's
// content words, or both are a word or two (“bullshit” / “meaningless”)
// attributed to one named speaker: the fact's sentences quote one remark
// in two words.
func sameQuote(a, b quote) bool {
	ka := contentKeys(a.tokens)
	kb := contentKeys(b.tokens)
	if len(ka) == 0 || len(kb) == 0 {
		return false
	}
	if len(a.tokens) <= 2 && len(b.tokens) <= 2 {
		return a.says != "" && !speakersDiffer(a.says, b.says) && b.says != ""
	}
	shared := 0
	for k := range ka {
		if kb[k] {
			shared++
		}
	}
	return shared > 0 && 2*shared >= min(len(ka), len(kb))
}

func contentKeys(ts []words.Token) map[string]bool {
	m := map[string]bool{}
	for _, t := range ts {
		if t.Content() {
			m[t.Key] = true
		}
	}
	return m
}

// Wording is the word diff of member b's whole sentence against member
// a's: what the comparison panel shows. Spelling is not wording
// (characterise = characterize).
func Wording(a, b Member) []Edit { return diffWords(a, a.Tokens, b, b.Tokens) }

// maxDiffWords bounds the word diff: quotes longer than this are compared
// only as wholes.
const maxDiffWords = 400

// diffWords is a word-level diff of two token lists by the longest common
// subsequence (dynamic programming, O(n·m) time and space for n, m ≤
// maxDiffWords). Runs of one kind are merged, each shown as its words
// appear in its own text.
func diffWords(ma Member, a []words.Token, mb Member, b []words.Token) []Edit {
	if len(a) > maxDiffWords || len(b) > maxDiffWords {
		return []Edit{{'-', span(ma, a)}, {'+', span(mb, b)}}
	}
	n, m := len(a), len(b)
	// the keys once per word, not once per cell: O(n+m), then O(n·m) compares
	ka, kb := make([]string, n), make([]string, m)
	for i := range a {
		ka[i] = quoteKey(a[i])
	}
	for j := range b {
		kb[j] = quoteKey(b[j])
	}
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if ka[i] == kb[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []Edit
	var run []words.Token
	var runOp byte
	var runMember Member
	flush := func() {
		if len(run) > 0 {
			out = append(out, Edit{runOp, span(runMember, run)})
			run = nil
		}
	}
	push := func(op byte, mem Member, t words.Token) {
		if op != runOp {
			flush()
			runOp, runMember = op, mem
		}
		run = append(run, t)
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && ka[i] == kb[j]:
			push('=', mb, b[j])
			i++
			j++
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			push('+', mb, b[j])
			j++
		default:
			push('-', ma, a[i])
			i++
		}
	}
	flush()
	return out
}

// span returns the words of a run as printed: from the first token to the
// last, with what stands between them, unless a quotation mark breaks it.
func span(m Member, ts []words.Token) string {
	s := m.Text[ts[0].Start:ts[len(ts)-1].End]
	if strings.ContainsAny(s, "“”\"") {
		parts := make([]string, len(ts))
		for i, t := range ts {
			parts[i] = m.surface(t)
		}
		return strings.Join(parts, " ")
	}
	return s
}
