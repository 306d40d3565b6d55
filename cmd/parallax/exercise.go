package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/exercise"
)

const exerciseUsage = `Usage: parallax exercise [--key] [--format text|json] [--strictness X] DIR|FILE...

Writes a media-literacy worksheet from a comparison of the articles (read
as compare reads them): every article's text, its paragraphs numbered,
then questions on which outlets report a fact, what only one reports, the
figures and quotes they give differently, which article seems rewritten
from which. With --key, the answers follow on a page of their own (a form
feed), each with its explanation and the sentences that show it, cited by
paragraph. --format json holds the articles, the questions, their hints
and the answers.

Flags:
`

func runExercise(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("exercise", exerciseUsage, stderr)
	key := fs.Bool("key", false, "add the answer key")
	flags := addReportFlags(fs, "output format: text or json (json always holds the answers)")
	paths, help, err := flags.parse(fs, args, stdout, stderr)
	if help || err != nil {
		return err
	}
	rep, err := compareFiles(paths, *flags.strictness, stderr)
	if err != nil {
		return err
	}
	ex := exercise.Build(rep)
	if ex.Short != "" {
		fmt.Fprintln(stderr, "parallax:", ex.Short)
	}
	if *flags.format == "json" {
		return writeJSON(stdout, ex)
	}
	return writeExercise(stdout, rep, ex, *key)
}

// writeExercise prints the worksheet, and the key when asked: choices
// lettered a, b, c; sentences quoted with their article's tag.
func writeExercise(w io.Writer, rep *compare.Report, ex exercise.Exercise, key bool) error {
	var b strings.Builder
	title := ex.Title
	if title == "" {
		title = "Comparing the articles"
	}
	fmt.Fprintf(&b, "%s: a worksheet\n\nName: ______________________   Date: ____________\n\n", title)
	for _, a := range ex.Articles {
		fmt.Fprintf(&b, "%s · %s\n", a.Tag, a.Outlet)
		for _, s := range []string{a.Title, a.Date} {
			if s != "" {
				fmt.Fprintf(&b, "%s\n", s)
			}
		}
		for k, p := range a.Paragraphs {
			fmt.Fprintf(&b, "%4d  %s\n", k+1, p)
		}
		b.WriteString("\n")
	}
	if ex.Short != "" {
		fmt.Fprintf(&b, "%s\n\n", ex.Short)
	}
	if len(ex.Questions) > 0 {
		b.WriteString("Questions (\"paragraph 4 of C\" is paragraph 4 of article C above)\n\n")
	}
	for n, q := range ex.Questions {
		fmt.Fprintf(&b, "%d. %s\n", n+1, q.Prompt)
		if q.About != nil {
			fmt.Fprintf(&b, "   %s (%s)\n", quoteRef(rep, *q.About), rep.Cite(*q.About))
		}
		for k, c := range q.Choices {
			fmt.Fprintf(&b, "   %s) %s\n", exercise.Letter(k), c.Text)
		}
		if q.Kind == exercise.Discuss {
			b.WriteString(strings.Repeat("   "+strings.Repeat("_", 66)+"\n", 3))
		}
		b.WriteString("\n")
	}
	if key && len(ex.Questions) > 0 {
		b.WriteString("\f\nAnswer key\n\n") // a page of its own
		for n, q := range ex.Questions {
			var letters []string
			for _, k := range q.Answer() {
				letters = append(letters, exercise.Letter(k))
			}
			answer := strings.Join(letters, ", ")
			if q.Kind == exercise.Discuss {
				answer = "For discussion"
			}
			fmt.Fprintf(&b, "%d. %s. %s\n", n+1, answer, q.Explain)
			for _, ref := range q.Evidence {
				fmt.Fprintf(&b, "   %s (%s)\n", quoteRef(rep, ref), rep.Cite(ref))
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// quoteRef is a sentence with its article's letter: `C: “…”`.
func quoteRef(rep *compare.Report, ref compare.Ref) string {
	if s, ok := rep.Sentence(ref); ok {
		return compare.Tag(rep.Index(ref.Article)) + ": " + compare.Quoted(s.Text)
	}
	return ref.Article
}
