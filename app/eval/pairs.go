package eval

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Labelled is a sentence pair with a human judgement.
type Labelled struct {
	Same bool
	A, B string
}

// ScanTSV calls fn with each non-blank line of r split on tabs, numbering
// lines from 1 and dropping a trailing carriage return. It stops early when
// fn returns false. A read error (a line over 16 MB, say) names the input.
func ScanTSV(name string, r io.Reader, fn func(line int, fields []string) bool) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			continue
		}
		if !fn(line, strings.Split(text, "\t")) {
			break
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

// ReadLabelled reads `label<TAB>sentence1<TAB>sentence2` lines, label 1 or
// 0. It also reads the Microsoft Research Paraphrase Corpus's files
// (msr_paraphrase_test.txt: a header line "Quality<TAB>#1 ID<TAB>...",
// then label, two ids and two sentences). Blank lines are skipped; a
// malformed line is an error naming it.
func ReadLabelled(name string, r io.Reader) ([]Labelled, error) {
	var out []Labelled
	var bad error
	err := ScanTSV(name, r, func(line int, f []string) bool {
		if len(out) == 0 && len(f) == 5 && f[0] == "Quality" {
			return true // the MSRP header
		}
		if len(f) == 5 && isDigits(f[1]) && isDigits(f[2]) {
			f = []string{f[0], f[3], f[4]} // MSRP: label, ids, sentences
		}
		if len(f) != 3 || (f[0] != "0" && f[0] != "1") {
			bad = fmt.Errorf("%s:%d: expected label<TAB>sentence<TAB>sentence with label 1 or 0", name, line)
			return false
		}
		out = append(out, Labelled{Same: f[0] == "1", A: f[1], B: f[2]})
		return true
	})
	if bad != nil {
		return nil, bad
	}
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no labelled pairs", name)
	}
	return out, nil
}

// Confusion counts decisions against labels.
type Confusion struct{ TP, FP, FN, TN int }

// Tally compares decisions with the labels, in order.
func Tally(pairs []Labelled, same []bool) Confusion {
	var c Confusion
	for i, p := range pairs {
		switch {
		case same[i] && p.Same:
			c.TP++
		case same[i]:
			c.FP++
		case p.Same:
			c.FN++
		default:
			c.TN++
		}
	}
	return c
}

func (c Confusion) Accuracy() float64  { return ratio(c.TP+c.TN, c.TP+c.FP+c.FN+c.TN) }
func (c Confusion) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }
func (c Confusion) Recall() float64    { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Confusion) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// AUC is the area under the ROC curve of scores against the labels: the
// chance that a same pair, drawn at random, scores above a different one,
// ties counting half (the Mann-Whitney U statistic over the product of
// the two counts). 0.5 when either label is missing. Cost: O(n log n).
func AUC(pairs []Labelled, scores []float64) float64 {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(scores[a], scores[b]) })
	var rankSum float64 // of the same pairs, ranks from 1, ties given their mean rank
	pos := 0
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && scores[idx[j]] == scores[idx[i]] {
			j++
		}
		mean := float64(i+j+1) / 2
		for _, k := range idx[i:j] {
			if pairs[k].Same {
				rankSum += mean
				pos++
			}
		}
		i = j
	}
	neg := len(scores) - pos
	if pos == 0 || neg == 0 {
		return 0.5
	}
	return (rankSum - float64(pos)*float64(pos+1)/2) / (float64(pos) * float64(neg))
}
