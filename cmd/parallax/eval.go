package main

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/parallax-news/parallax/app/align"
	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/eval"
	"github.com/parallax-news/parallax/app/words"
	"github.com/parallax-news/parallax/corpus"
)

const evalUsage = `Usage: parallax eval [--strictness X] [--seeds FILE] [--sweep] [--missed] [--language L] PATH
       parallax eval --train [--seeds FILE] EVAL-FOLDER > app/align/weights.go

Measures the engine against labelled data, beside plain baselines.

PATH is one of
  a folder holding ecbplus/ and superpal/ (the layout of ../shared/eval):
  prints one table of the same-fact decision on the seed pairs (--seeds),
  on each SuperPAL topic and on all of them under both of its labels, and
  on ECB+'s same-event against different-event sentence pairs: the AUC of
  the engine (cross-validated by topic, and as fitted), of stem Jaccard and
  of word Jaccard, and the engine's precision and recall at the strictness;
  then the engine's facts on ECB+ (recall and mixing, below); then the
  precision and recall of the conflicts and opposite claims the engine
  reports, against the labelled divergence set (--divergences: the bundled
  corpus and ECB+ stories, each pair marked real or not by a reader;
  --missed also lists the real pairs it does not report);
  a folder in the layout of the ECB+ evaluation data (topic folders, each
  with .txt articles on two similar events and a gold.tsv): prints the
  recall of gold same-event sentence pairs placed in one fact and the share
  of multi-article facts that mix a topic's two events, for the engine and
  for a TF-IDF cosine baseline with connected components, on the dev topics
  (1-5), the test topics (6-10) and all;
  a file of labelled pairs, label<TAB>sentence1<TAB>sentence2 with label 1
  (same fact) or 0, or a file of the Microsoft Research Paraphrase Corpus
  (msr_paraphrase_test.txt): prints the AUC, accuracy, precision, recall
  and F1 of the pairs decision, beside TF-IDF cosine and stem Jaccard.

--train fits the two models of the pair score and prints them as the Go
source of app/align/weights.go: the same-event model on the ECB+ dev
topics (EVAL-FOLDER/ecbplus), the same-fact model on SuperPAL dev
(EVAL-FOLDER/superpal, its span label) and the seed pairs (--seeds).

Flags:
`

// The files parallax eval reads inside an evaluation folder.
const (
	ecbFolder    = "ecbplus"
	superpalFile = "superpal/dev-pairs.tsv"
)

func runEval(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("eval", evalUsage, stderr)
	strictness := fs.Float64("strictness", 0, "the engine's strictness, 0 to 1 (0: the default)")
	sweep := fs.Bool("sweep", false, "also show both methods across a range of settings (ECB+)")
	langName := fs.String("language", "en", "the language of a pairs file")
	seeds := fs.String("seeds", filepath.Join("testdata", "pairs", "seed-labelled.tsv"), "the seed corpus's labelled pairs")
	divergences := fs.String("divergences", filepath.Join("testdata", "divergences", "labels.tsv"), "the labelled divergence set")
	missed := fs.Bool("missed", false, "also list the labelled real divergences the engine does not report")
	train := fs.Bool("train", false, "instead of measuring, fit the models on EVAL-FOLDER and --seeds\nand print them as the Go source of app/align/weights.go")
	paths, help, err := parseFlags(fs, args, strictness, stdout)
	if help || err != nil {
		return err
	}
	if len(paths) != 1 {
		fmt.Fprintln(stderr, "parallax eval: name one folder (../shared/eval, or the ECB+ layout) or one labelled pairs file")
		fs.Usage()
		return errUsage
	}
	s := *strictness
	if s == 0 {
		s = compare.DefaultStrictness()
	}
	info, err := os.Stat(paths[0])
	if err != nil {
		return fmt.Errorf("%s: %s", paths[0], friendly(err))
	}
	evalFolder := info.IsDir() && exists(filepath.Join(paths[0], superpalFile))
	if *train {
		if !evalFolder {
			fmt.Fprintf(stderr, "parallax eval --train: PATH must be a folder holding %s/ and %s (../shared/eval)\n", ecbFolder, superpalFile)
			return errUsage
		}
		return trainModels(stdout, paths[0], *seeds, args)
	}
	w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	switch {
	case evalFolder:
		err = evalAll(w, paths[0], *seeds, s, *sweep)
		if err == nil {
			err = evalDivergences(w, *divergences, filepath.Join(paths[0], ecbFolder), s, *missed)
		}
	case info.IsDir():
		err = evalECB(w, paths[0], s, *sweep)
	default:
		lang, lerr := words.LookupLanguage(*langName)
		if lerr != nil {
			fmt.Fprintln(stderr, "parallax eval:", lerr)
			return errUsage
		}
		err = evalPairs(w, paths[0], lang, s)
	}
	if err != nil {
		return err
	}
	return w.Flush()
}

func exists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

// loadPairSets reads the seed pairs and SuperPAL dev's topics of an
// evaluation folder.
func loadPairSets(dir, seedsPath string) (eval.PairSet, []eval.PairSet, error) {
	en := words.English()
	f, err := os.Open(seedsPath)
	if err != nil {
		return eval.PairSet{}, nil, fmt.Errorf("%s: %s (name the seed pairs with --seeds)", seedsPath, friendly(err))
	}
	defer f.Close()
	pairs, err := eval.ReadLabelled(seedsPath, bufio.NewReader(f))
	if err != nil {
		return eval.PairSet{}, nil, err
	}
	name := filepath.Join(dir, superpalFile)
	g, err := os.Open(name)
	if err != nil {
		return eval.PairSet{}, nil, fmt.Errorf("%s: %s", name, friendly(err))
	}
	defer g.Close()
	sp, err := eval.ReadSuperPAL(name, bufio.NewReader(g), en)
	if err != nil {
		return eval.PairSet{}, nil, err
	}
	return eval.LabelledSet("seed pairs", pairs, en), sp, nil
}

// evalAll prints the pair-decision table and the engine's ECB+ facts.
func evalAll(w *tabwriter.Writer, dir, seedsPath string, strictness float64, sweep bool) error {
	seeds, sp, err := loadPairSets(dir, seedsPath)
	if err != nil {
		return err
	}
	run, err := loadRun(filepath.Join(dir, ecbFolder))
	if err != nil {
		return err
	}
	rows, err := eval.MeasurePairSets(seeds, sp, run, strictness)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "The same-fact decision at strictness %.2f. AUC: how well a score ranks same pairs above different ones (0.5 is chance).\n", strictness)
	fmt.Fprintln(w, "engine CV: its same-fact model fitted without the row's set (the seed pairs and each SuperPAL topic are the folds).")
	fmt.Fprintln(w, "P, R: the engine's precision and recall at the strictness; passed: the share of different pairs it takes for same.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "set\tlabel\tpairs\tsame\tengine CV\tengine\tstem Jaccard\tword Jaccard\tP\tR\tpassed\t")
	for _, r := range rows {
		cv := "-"
		if !math.IsNaN(r.CV) {
			cv = fmt.Sprintf("%.3f", r.CV)
		}
		fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", r.Set, r.Label, r.Pairs, r.Positive, cv, r.Engine, r.Stems, r.Words, r.Precision, r.Recall, r.Pass)
	}
	fmt.Fprintln(w)
	return evalRun(w, run, filepath.Join(dir, ecbFolder), strictness, sweep)
}

// loadRun reads and prepares the ECB+ topics of dir.
func loadRun(dir string) (*eval.Run, error) {
	topics, err := eval.LoadTopics(os.DirFS(dir), ".")
	if err != nil {
		return nil, fmt.Errorf("%s: %v", dir, err)
	}
	return eval.NewRun(topics)
}

func evalECB(w *tabwriter.Writer, dir string, strictness float64, sweep bool) error {
	run, err := loadRun(dir)
	if err != nil {
		return err
	}
	return evalRun(w, run, dir, strictness, sweep)
}

// evalRun prints the engine's facts on prepared ECB+ topics beside the
// baseline's.
func evalRun(w *tabwriter.Writer, run *eval.Run, dir string, strictness float64, sweep bool) error {
	topics := run.Topics
	articles := 0
	for _, t := range topics {
		articles += len(t.Articles)
	}
	m := run.Match(strictness)
	all := m.Engine[len(m.Engine)-1]
	fmt.Fprintf(w, "ECB+ at %s: %d topics, %d articles, %d gold same-event sentence pairs (%d more fall on headlines or metadata, not body sentences).\n",
		filepath.Clean(dir), len(topics), articles, all.Gold, all.Unmapped)
	fmt.Fprintln(w, "recall: gold pairs placed in one fact (higher is better); mixing: facts of several articles that mix a topic's two events (lower is better).")
	fmt.Fprintln(w, "For each split, the baseline (TF-IDF cosine, connected components) at its best recall without more mixing than the engine,")
	fmt.Fprintln(w, "and at its least mixing with at least the engine's recall. The engine wins a split if it beats both.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "split\tmethod\trecall\tmixing\tjoined/gold\tmixed/facts\tlargest fact\t")
	for i, sp := range m.Splits {
		row := func(method string, sc eval.ECBScore) {
			fmt.Fprintf(w, "%s\t%s\t%.3f\t%.3f\t%d/%d\t%d/%d\t%d\t\n", sp.Name, method, sc.Recall(), sc.Mixing(), sc.Joined, sc.Gold, sc.Mixed, sc.Facts, sc.Big)
		}
		row(fmt.Sprintf("engine, strictness %.2f", m.Strictness), m.Engine[i])
		if t := m.AtMixingThreshold[i]; !math.IsNaN(t) {
			row(fmt.Sprintf("baseline, cosine %.2f (no more mixing)", t), m.AtMixing[i])
		} else {
			fmt.Fprintf(w, "%s\tbaseline: no threshold mixes as little\t\t\t\t\t\t\n", sp.Name)
		}
		if t := m.AtRecallThreshold[i]; !math.IsNaN(t) {
			row(fmt.Sprintf("baseline, cosine %.2f (no less recall)", t), m.AtRecall[i])
		} else {
			fmt.Fprintf(w, "%s\tbaseline: no threshold finds as much\t\t\t\t\t\t\n", sp.Name)
		}
		verdict := "the engine does not beat the baseline"
		if m.Beats(i) {
			verdict = "the engine beats the baseline"
		}
		fmt.Fprintf(w, "%s\t%s\t\t\t\t\t\t\n", sp.Name, verdict)
	}
	if !sweep {
		return nil
	}
	fmt.Fprintf(w, "\nAcross settings (all topics):\n\nstrictness\tengine recall\tengine mixing\tengine largest\tcosine\tbaseline recall\tbaseline mixing\tbaseline largest\t\n")
	for k := range 9 {
		x, c := 0.1+0.1*float64(k), 0.2+0.05*float64(k) // engine strictness, baseline cosine
		e, b := run.Engine(x), run.Baseline(c)
		fmt.Fprintf(w, "%.2f\t%.3f\t%.3f\t%d\t%.2f\t%.3f\t%.3f\t%d\t\n", x, e.Recall(), e.Mixing(), e.Big, c, b.Recall(), b.Mixing(), b.Big)
	}
	return nil
}

func evalPairs(w *tabwriter.Writer, name string, lang words.Language, strictness float64) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("%s: %s", name, friendly(err))
	}
	defer f.Close()
	pairs, err := eval.ReadLabelled(name, bufio.NewReader(f))
	if err != nil {
		return err
	}
	same := 0
	for _, p := range pairs {
		if p.Same {
			same++
		}
	}
	fmt.Fprintf(w, "%s: %d labelled pairs, %d same fact, %d not.\n\n", name, len(pairs), same, len(pairs)-same)
	fmt.Fprintln(w, "AUC: how well a method's scores rank same pairs above different ones, whatever the threshold (0.5 is chance).")
	fmt.Fprintln(w, "The engine at its strictness, then each method at the threshold with the best accuracy on this very file (optimistic).")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "method\tthreshold\tAUC\taccuracy\tprecision\trecall\tF1\t")
	for _, r := range eval.MeasurePairs(pairs, lang, strictness) {
		tuned := ""
		if r.Tuned {
			tuned = " (best on this file)"
		}
		fmt.Fprintf(w, "%s\t%.2f%s\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", r.Method, r.Threshold, tuned, r.AUC, r.Accuracy(), r.Precision(), r.Recall(), r.F1())
	}
	return nil
}

// eventFeatures are what the same-event model reads: the articles' term
// and name similarity (docs/design.md, "Alignment").
var eventFeatures = []string{"docSim", "namesApart"}

// trainModels fits the same-event model on the ECB+ dev topics of dir
// and the same-fact model on SuperPAL dev (span label) and the seed
// pairs, and prints weights.go. The ECB+ test topics and SuperPAL's test
// split are not read.
func trainModels(stdout io.Writer, dir, seedsPath string, args []string) error {
	run, err := loadRun(filepath.Join(dir, ecbFolder))
	if err != nil {
		return err
	}
	splits := run.Splits()
	if splits[0].Name != "dev" {
		return fmt.Errorf("%s: training needs dev topics (named 1 to 5) and test topics (6 and up) to keep apart", filepath.Join(dir, ecbFolder))
	}
	event, err := fit("same-event", run.EventExamples(splits[0].Topics...), eventFeatures)
	if err != nil {
		return err
	}
	seeds, sp, err := loadPairSets(dir, seedsPath)
	if err != nil {
		return err
	}
	fact, err := eval.FitFact(append([]eval.PairSet{seeds}, sp...), true)
	if err != nil {
		return err
	}
	return eval.WriteWeights(stdout, event, fact, "parallax eval "+strings.Join(args, " "))
}

// fit trains a model over the named features, same and different
// examples weighing half each (eval.Balance, which refuses examples of one
// label only).
func fit(what string, ex []eval.Example, features []string) (align.Model, error) {
	use, err := eval.FeatureIndexes(features)
	if err != nil {
		return align.Model{}, err
	}
	if err := eval.Balance(ex, 1); err != nil {
		return align.Model{}, fmt.Errorf("the %s model: %w", what, err)
	}
	return eval.Train(ex, use, 1e-3, 3000), nil
}

// evalDivergences prints the precision and recall of the reported
// conflicts and opposite claims against the labelled set, then each
// report that is not labelled real, so that a reader can label or fix it,
// and with missed, each real pair it does not report.
func evalDivergences(w *tabwriter.Writer, labelsPath, ecbDir string, strictness float64, missed bool) error {
	f, err := os.Open(labelsPath)
	if err != nil {
		return fmt.Errorf("%s: %s (name the labelled divergences with --divergences)", labelsPath, friendly(err))
	}
	defer f.Close()
	labels, err := eval.ReadDivergenceLabels(labelsPath, bufio.NewReader(f))
	if err != nil {
		return err
	}
	seeds, err := fs.Sub(corpus.FS, corpus.Default)
	if err != nil {
		return err
	}
	res, err := eval.MeasureDivergences(labels, seeds, os.DirFS(ecbDir), strictness)
	if err != nil {
		return err
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Conflicts and opposite claims against %s (%d labels, %d stories), at strictness %.2f.\n", labelsPath, len(labels), len(res.Stories), strictness)
	fmt.Fprintln(w, "P: the share of reported pairs labelled real (an unlabelled one counts as false); R: the share of real pairs reported.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "kind\treported\treal\tnot real\tunlabelled\tlabelled real\tfound\tP\tR\t")
	for _, row := range []struct {
		name string
		s    eval.DivergenceScore
	}{{"conflicts (figures, dates)", res.Conflicts}, {"opposite claims", res.Opposites}} {
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%.3f\t%.3f\t\n", row.name, row.s.Reported, row.s.True, row.s.False, row.s.Unlabeled, row.s.Real, row.s.Found, row.s.Precision(), row.s.Recall())
	}
	var wrong []string
	for _, r := range res.Reported {
		switch {
		case r.Label < 0:
			wrong = append(wrong, fmt.Sprintf("  unlabelled\t%s\t%s\t%s %q\t%s %q\t", r.Story, r.Kind, r.A.Article, r.A.Value, r.B.Article, r.B.Value))
		case !labels[r.Label].Real:
			wrong = append(wrong, fmt.Sprintf("  not real (line %d)\t%s\t%s\t%s %q\t%s %q\t", labels[r.Label].Line, r.Story, r.Kind, r.A.Article, r.A.Value, r.B.Article, r.B.Value))
		}
	}
	if len(wrong) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "Reported, and not labelled real:")
		for _, l := range wrong {
			fmt.Fprintln(w, l)
		}
	}
	if missed {
		found := make(map[int]bool)
		for _, r := range res.Reported {
			found[r.Label] = true
		}
		fmt.Fprintln(w)
		fmt.Fprintln(w, "Labelled real, and not reported:")
		for i, l := range labels {
			if l.Real && !found[i] {
				fmt.Fprintf(w, "  line %d\t%s\t%s\t%s %q\t%s %q\t\n", l.Line, l.Story, l.Kind, l.A.Article, l.A.Text, l.B.Article, l.B.Text)
			}
		}
	}
	return nil
}
