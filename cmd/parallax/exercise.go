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
as compare reads them): questions on which outlets report a fact, what
only one reports, the figures and quotes they give differently, which
article seems rewritten from which. With --key, the answers follow, each
with its explanation and the sentences that show it.

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
	fmt.Fprintf(&b, "%s: a worksheet\n\n", title)
	for i := range rep.Articles {
		fmt.Fprintf(&b, "  %s\n", describe(rep, i))
	}
	b.WriteString("\n")
	if ex.Short != "" {
		fmt.Fprintf(&b, "%s\n\n", ex.Short)
	}
	for n, q := range ex.Questions {
		fmt.Fprintf(&b, "%d. %s\n", n+1, q.Prompt)
		if q.About != nil {
			fmt.Fprintf(&b, "   %s\n", quoteRef(rep, *q.About))
		}
		for k, c := range q.Choices {
			fmt.Fprintf(&b, "   %s) %s\n", exercise.Letter(k), c.Text)
		}
		b.WriteString("\n")
	}
	if key && len(ex.Questions) > 0 {
		b.WriteString("Answer key\n\n")
		for n, q := range ex.Questions {
			var letters []string
			for _, k := range q.Answer() {
				letters = append(letters, exercise.Letter(k))
			}
			fmt.Fprintf(&b, "%d. %s. %s\n", n+1, strings.Join(letters, ", "), q.Explain)
			for _, ref := range q.Evidence {
				fmt.Fprintf(&b, "   %s\n", quoteRef(rep, ref))
			}
			b.WriteString("\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// describe names article i in one line, as the widget does, with its
// title and date: "B · ETV Bharat · Rubio Says … · 2025-07-10".
func describe(rep *compare.Report, i int) string {
	parts := []string{rep.Name(i)}
	for _, s := range []string{rep.Articles[i].Title, rep.Articles[i].When()} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// quoteRef is a sentence with its article's letter: `C: “…”`.
func quoteRef(rep *compare.Report, ref compare.Ref) string {
	if s, ok := rep.Sentence(ref); ok {
		return compare.Tag(rep.Index(ref.Article)) + ": " + compare.Quoted(s.Text)
	}
	return ref.Article
}
