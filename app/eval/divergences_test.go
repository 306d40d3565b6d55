package eval

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/app/compare"
)

// readLabels reads the labelled divergence set, keeping the stories keep
// says to keep.
func readLabels(t *testing.T, keep func(story string) bool) []DivergenceLabel {
	t.Helper()
	name := filepath.Join("..", "..", "testdata", "divergences", "labels.tsv")
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	all, err := ReadDivergenceLabels(name, f)
	if err != nil {
		t.Fatal(err)
	}
	var out []DivergenceLabel
	for _, l := range all {
		if keep(l.Story) {
			out = append(out, l)
		}
	}
	return out
}

func seedFS() fs.FS { return os.DirFS(filepath.Join("..", "..", "corpus", "rubio-lavrov")) }

// TestSeedDivergences: on the bundled corpus every labelled real conflict
// and opposite claim is reported, and nothing labelled not real (The
// Europe Today's 400 drones overnight against 500, a 50-minute meeting
// against nearly an hour) nor unlabelled is.
func TestSeedDivergences(t *testing.T) {
	labels := readLabels(t, func(s string) bool { return s == "seeds" })
	res, err := MeasureDivergences(labels, seedFS(), nil, compare.DefaultStrictness())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res.Reported {
		if r.Label < 0 || !labels[r.Label].Real {
			t.Errorf("reported and not labelled real: %s %s %q / %s %q (%s)", r.Kind, r.A.Article, r.A.Value, r.B.Article, r.B.Value, r.Summary)
		}
	}
	for _, s := range []DivergenceScore{res.Conflicts, res.Opposites} {
		if s.Found != s.Real {
			t.Errorf("found %d of %d real divergences on the seed corpus", s.Found, s.Real)
		}
	}
}

// TestDivergencePrecision holds the precision and recall of the reported
// conflicts and opposite claims on the whole labelled set (the seed
// corpus, four ECB+ stories labelled whole and five whose reports only
// were labelled), as docs/evaluation.md quotes them. It skips where
// ../shared is absent.
func TestDivergencePrecision(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "eval", "ecbplus")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/eval/ecbplus is not beside the repository; skipping the labelled ECB+ divergences")
	}
	labels := readLabels(t, func(string) bool { return true })
	res, err := MeasureDivergences(labels, seedFS(), os.DirFS(dir), compare.DefaultStrictness())
	if err != nil {
		t.Fatal(err)
	}
	all := DivergenceScore{}
	for _, s := range []DivergenceScore{res.Conflicts, res.Opposites} {
		all.Reported += s.Reported
		all.True += s.True
		all.Real += s.Real
		all.Found += s.Found
	}
	t.Logf("conflicts P %.3f R %.3f; opposite claims P %.3f R %.3f; all P %.3f R %.3f",
		res.Conflicts.Precision(), res.Conflicts.Recall(), res.Opposites.Precision(), res.Opposites.Recall(), all.Precision(), all.Recall())
	// Floors at the measured figures: 20 of 20 reported pairs are real,
	// 20 of 61 real pairs found (docs/evaluation.md). The aim is
	// P ≥ 0.9, R ≥ 0.7: precision meets it, recall is far short.
	if all.Precision() < 0.9 {
		t.Errorf("precision %.3f, below 0.9", all.Precision())
	}
	if all.Recall() < 0.3 {
		t.Errorf("recall %.3f, below 0.3", all.Recall())
	}
}

func TestReadDivergenceLabels(t *testing.T) {
	good := "# a comment\nseeds\tfigure\t1\ta\t500 drones\tb\t728 drones\twhy\n"
	ls, err := ReadDivergenceLabels("x.tsv", strings.NewReader(good))
	if err != nil || len(ls) != 1 || !ls[0].Real || ls[0].A.Text != "500 drones" || ls[0].Line != 2 {
		t.Fatalf("got %+v, %v", ls, err)
	}
	for _, bad := range []string{
		"seeds\tfigure\t2\ta\tx\tb\ty\twhy\n",
		"seeds\tnumber\t1\ta\tx\tb\ty\twhy\n",
		"seeds\tfigure\t1\ta\t\tb\ty\twhy\n",
		"seeds\tfigure\t1\ta\tx\tb\ty\n",
	} {
		if _, err := ReadDivergenceLabels("x.tsv", strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "x.tsv:1") {
			t.Errorf("%q: error %v, want one naming x.tsv:1", bad, err)
		}
	}
	labels := []DivergenceLabel{{Story: "seeds", Kind: LabelFigure, A: Passage{"a", "500 drones"}, B: Passage{"b", "729 drones"}, Line: 3}}
	errs := CheckPassages(labels, map[string]map[string]string{"seeds": {"a": "nearly 500 drones", "b": "728 drones"}})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "729 drones") {
		t.Errorf("CheckPassages = %v, want the missing passage named", errs)
	}
}
