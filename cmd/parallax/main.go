// Command parallax compares news articles about one event: which facts they
// share, which only one reports, and where they differ.
//
// Usage:
//
//	parallax compare [--format text|json] [--strictness X] DIR|FILE...
//	parallax pairs [--strictness X] [--language L] [FILE]
//	parallax eval [--strictness X] [--sweep] [--seeds FILE] FOLDER|PAIRS-FILE
//	parallax eval --train [--seeds FILE] EVAL-FOLDER
//	parallax exercise [--key] [--format text|json] [--strictness X] DIR|FILE...
//
// Exit codes: 0 done (problems with single files are reported on stderr
// and the rest is compared); 1 nothing could be compared, or input could
// not be read; 2 the command line is wrong.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

const usage = `parallax compares news articles about one event.

Usage:
  parallax compare [--format text|json] [--strictness X] DIR|FILE...
      Compare the articles (.txt or .html) in each DIR (with its
      manifest.json, if any) and each FILE. Prints a readable report, or
      JSON with --format json.
  parallax pairs [--strictness X] [--language L] [FILE]
      Read sentence pairs, one per line as sentence1<TAB>sentence2, from FILE
      or standard input, and print for each: 1 or 0 (same fact or not) and
      the score, tab-separated.
  parallax eval [--strictness X] [--sweep] [--seeds FILE] FOLDER|PAIRS-FILE
      Measure the engine on labelled data (../shared/eval, an ECB+ folder
      or labelled pairs) beside plain baselines; with --train EVAL-FOLDER,
      fit the models and print app/align/weights.go.
  parallax exercise [--key] [--format text|json] [--strictness X] DIR|FILE...
      Write a media-literacy worksheet from the comparison of the articles,
      and with --key its answers, each explained by the sentences.
  parallax help [COMMAND]

Exit codes:
  0  done; unreadable files are named on standard error, the rest compared
  1  nothing could be compared, or the input could not be read
  2  the command line is wrong
`

// errUsage marks command-line mistakes (exit code 2).
var errUsage = errors.New("usage")

func main() {
	err := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	switch {
	case err == nil:
	case errors.Is(err, errUsage):
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "parallax:", err)
		os.Exit(1)
	}
}

// run executes one command. Usage mistakes are printed here and returned
// wrapping errUsage; other errors are returned for main to print.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errUsage
	}
	switch args[0] {
	case "compare":
		return runCompare(args[1:], stdout, stderr)
	case "pairs":
		return runPairs(args[1:], stdin, stdout, stderr)
	case "eval":
		return runEval(args[1:], stdout, stderr)
	case "exercise":
		return runExercise(args[1:], stdout, stderr)
	case "help", "-h", "-help", "--help":
		if len(args) > 1 && (args[1] == "compare" || args[1] == "pairs" || args[1] == "eval" || args[1] == "exercise") {
			return run([]string{args[1], "--help"}, stdin, stdout, stderr)
		}
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprintf(stderr, "parallax: unknown command %q\n\n%s", args[0], usage)
		return errUsage
	}
}
