package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
)

const compareUsage = `Usage: parallax compare [--format text|json] [--strictness X] DIR|FILE...

Compares the articles: every .txt, .html and .htm file in each DIR
(metadata from its manifest.json, if any) and each FILE. An HTML page,
or HTML inside a .txt file, is reduced to its article as the browser's
editor does (Mozilla's Readability), its headline, outlet, date and
address read from the page, with a note on standard error.
Files that cannot be read are named on standard error and left out; the
rest are compared.

Flags:
`

func newFlags(name, text string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), text)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses flags wherever they stand among args (Go's flag
// package stops at the first operand, so `compare DIR --format json` would
// read "--format" as a file) and returns the operands. -h or --help prints
// the usage to stdout and returns help; mistakes return errUsage.
func parseFlags(fs *flag.FlagSet, args []string, strictness *float64, stdout io.Writer) (operands []string, help bool, err error) {
	for _, a := range args {
		if a == "-h" || a == "-help" || a == "--help" {
			fs.SetOutput(stdout)
			fs.Usage()
			return nil, true, nil
		}
	}
	for {
		if err := fs.Parse(args); err != nil {
			return nil, false, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		operands = append(operands, args[0])
		args = args[1:]
	}
	if !(*strictness >= 0 && *strictness <= 1) { // also refuses NaN
		fmt.Fprintf(fs.Output(), "parallax %s: --strictness must be between 0 and 1, not %g\n", fs.Name(), *strictness)
		return nil, false, errUsage
	}
	return operands, false, nil
}

// reportFlags are the flags of the commands that compare articles and
// print what they find: --format and --strictness.
type reportFlags struct {
	format     *string
	strictness *float64
}

func addReportFlags(fs *flag.FlagSet, formatHelp string) reportFlags {
	return reportFlags{
		format:     fs.String("format", "text", formatHelp),
		strictness: fs.Float64("strictness", 0, "same-fact threshold from 0 to 1; higher joins fewer sentences (0: the measured default)"),
	}
}

// parse reads the flags and the folders and files among args, and says
// on stderr what is wrong with them (errUsage).
func (f reportFlags) parse(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (paths []string, help bool, err error) {
	paths, help, err = parseFlags(fs, args, f.strictness, stdout)
	if help || err != nil {
		return nil, help, err
	}
	if *f.format != "text" && *f.format != "json" {
		fmt.Fprintf(stderr, "parallax %s: --format must be text or json, not %q\n", fs.Name(), *f.format)
		return nil, false, errUsage
	}
	if len(paths) == 0 {
		fmt.Fprintf(stderr, "parallax %s: name a folder or files of articles (.txt or .html)\n", fs.Name())
		fs.Usage()
		return nil, false, errUsage
	}
	return paths, false, nil
}

// writeJSON writes v as indented JSON.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func runCompare(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("compare", compareUsage, stderr)
	flags := addReportFlags(fs, "output format: text or json")
	paths, help, err := flags.parse(fs, args, stdout, stderr)
	if help || err != nil {
		return err
	}
	rep, err := compareFiles(paths, *flags.strictness, stderr)
	if err != nil {
		return err
	}
	if *flags.format == "json" {
		return writeJSON(stdout, rep)
	}
	return writeText(stdout, rep)
}

// compareFiles loads the articles paths name and compares them. Problems
// with single files are printed on stderr and kept in the report.
func compareFiles(paths []string, strictness float64, stderr io.Writer) (*compare.Report, error) {
	title, arts, problems, ed := load(paths)
	for _, p := range problems {
		fmt.Fprintln(stderr, "parallax:", p)
	}
	for _, a := range arts {
		if a.FromHTML {
			fmt.Fprintf(stderr, "parallax: %s: read as an HTML page, reduced to its article (%d bytes): headline %q, outlet %q, date %q\n", a.Path, len(a.Text), a.Title, a.Source, a.Date)
		}
	}
	rep, err := compare.Compare(title, arts, compare.Options{Strictness: strictness, Edits: ed})
	for _, p := range rep.Problems {
		fmt.Fprintln(stderr, "parallax:", p)
	}
	if err != nil {
		return nil, err
	}
	for _, p := range problems {
		rep.Problems = append(rep.Problems, p.Error())
	}
	return rep, nil
}

// load reads every argument: a folder (its articles, and its manifest with
// its edits) or a file (with the manifest of its folder, if any, but not
// its edits: they name the folder's articles). Duplicate texts are left
// out after the first.
func load(args []string) (title string, arts []article.Article, problems []error, ed []article.Edit) {
	manifests := map[string]map[string]article.Meta{}
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil {
			problems = append(problems, &article.Problem{Path: arg, Msg: friendly(err)})
			continue
		}
		if info.IsDir() {
			t, as, ps, err := article.LoadDir(os.DirFS(arg), ".")
			if err != nil {
				problems = append(problems, &article.Problem{Path: arg, Msg: friendly(err)})
				continue
			}
			if title == "" {
				title = t
			}
			if m, err := article.LoadManifest(os.DirFS(arg), "."); err == nil && len(m.Edits) > 0 {
				ed = append(ed, article.EditsFrom(m.Edits, filepath.Join(arg, article.ManifestName))...)
			}
			for _, p := range ps {
				problems = append(problems, under(arg, p))
			}
			for _, a := range as {
				a.Path = filepath.Join(arg, a.Path)
				arts = append(arts, a)
			}
			continue
		}
		dir := filepath.Dir(arg)
		metas, ok := manifests[dir]
		if !ok {
			_, metas, err = article.Metas(os.DirFS(dir), ".")
			if err != nil {
				problems = append(problems, under(dir, err))
			}
			manifests[dir] = metas
		}
		b, err := os.ReadFile(arg)
		if err != nil {
			problems = append(problems, &article.Problem{Path: arg, Msg: friendly(err)})
			continue
		}
		id := strings.TrimSuffix(filepath.Base(arg), filepath.Ext(arg))
		m := metas[id]
		m.ID = id
		a, err := article.Read(arg, b, m)
		if err != nil {
			problems = append(problems, err)
			continue
		}
		arts = append(arts, a)
	}
	arts, dups := article.Dedup(arts)
	return title, arts, append(problems, dups...), ed
}

// under rewrites a problem found inside folder dir to name the file by its
// path from here.
func under(dir string, err error) error {
	var p *article.Problem
	if errors.As(err, &p) {
		q := *p
		q.Path = filepath.Join(dir, p.Path)
		return &q
	}
	return err
}

// friendly turns file-system errors into short messages.
func friendly(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "no such file or folder"
	case errors.Is(err, os.ErrPermission):
		return "permission denied"
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
