package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/eval"
	"github.com/parallax-news/parallax/app/words"
)

const pairsUsage = `Usage: parallax pairs [--strictness X] [--language L] [FILE]

Reads sentence pairs, one per line as sentence1<TAB>sentence2, from FILE or
standard input, and prints for each, in order, 1 or 0 (the same fact at this
strictness, or not) and the score, tab-separated. Blank lines are skipped.
The decision is the one the clustering of 'parallax compare' makes.

Flags:
`

func runPairs(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("pairs", pairsUsage, stderr)
	strictness := fs.Float64("strictness", 0, "same-fact threshold from 0 to 1 (0: the measured default)")
	langName := fs.String("language", "en", "the sentences' language: "+words.LanguageNames())
	files, help, err := parseFlags(fs, args, strictness, stdout)
	if help || err != nil {
		return err
	}
	lang, err := words.LookupLanguage(*langName)
	if err != nil {
		fmt.Fprintln(stderr, "parallax pairs:", err)
		return errUsage
	}
	if len(files) > 1 {
		fmt.Fprintln(stderr, "parallax pairs: give one file, or none to read standard input")
		return errUsage
	}
	name, in := "standard input", stdin
	if len(files) == 1 {
		name = files[0]
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("%s: %s", name, friendly(err))
		}
		defer f.Close()
		in = f
	}
	pairs, err := readPairs(name, in)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	for _, r := range compare.Pairs(pairs, lang, compare.Options{Strictness: *strictness}) {
		d := 0
		if r.Same {
			d = 1
		}
		fmt.Fprintf(w, "%d\t%.4f\n", d, r.Score)
	}
	return w.Flush()
}

// readPairs reads tab-separated sentence pairs. Every malformed line is
// named; then reading fails, so that no output line is out of step.
func readPairs(name string, r io.Reader) ([][2]string, error) {
	var pairs [][2]string
	var bad []string
	err := eval.ScanTSV(name, r, func(line int, fields []string) bool {
		switch {
		case len(fields) == 2:
			pairs = append(pairs, [2]string{fields[0], fields[1]})
		case len(fields) == 3 && (fields[0] == "0" || fields[0] == "1"):
			bad = append(bad, fmt.Sprintf("%s:%d: a labelled pair (label<TAB>sentence<TAB>sentence); 'pairs' takes unlabelled ones", name, line))
		default:
			bad = append(bad, fmt.Sprintf("%s:%d: expected two sentences separated by one tab, found %d fields", name, line, len(fields)))
		}
		if len(bad) >= 10 {
			bad = append(bad, "(stopped after 10 bad lines)")
			return false
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	if len(bad) > 0 {
		return nil, fmt.Errorf("cannot read the pairs:\n  %s", strings.Join(bad, "\n  "))
	}
	return pairs, nil
}
