package eval

import (
	"bufio"
	"fmt"
	"io"
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
// 0. Blank lines are skipped; a malformed line is an error naming it.
func ReadLabelled(name string, r io.Reader) ([]Labelled, error) {
	var out []Labelled
	var bad error
	err := ScanTSV(name, r, func(line int, f []string) bool {
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
