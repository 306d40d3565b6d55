package eval

import (
	"bufio"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/app/align"
)

func readSuperPALFile(t *testing.T, name string) []PairSet {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sets, err := ReadSuperPAL(name, bufio.NewReader(f), mustEnglish(t))
	if err != nil {
		t.Fatal(err)
	}
	return sets
}

// TestReadSuperPAL: one set a topic, in the order they appear; a sentence
// of one document met in several pairs is one sentence; both labels kept.
func TestReadSuperPAL(t *testing.T) {
	sets := readSuperPALFile(t, filepath.Join("testdata", "superpal.tsv"))
	if len(sets) != 2 || sets[0].Name != "quake" || sets[1].Name != "vote" {
		t.Fatalf("sets %v, want quake and vote", names(sets))
	}
	q := sets[0]
	if len(q.Sents) != 4 || len(q.Pairs) != 4 {
		t.Fatalf("quake: %d sentences and %d pairs, want 4 and 4", len(q.Sents), len(q.Pairs))
	}
	if q.Pairs[1].B != q.Pairs[3].A {
		t.Errorf("the rescue sentence of 2.txt is two sentences: pairs %+v and %+v", q.Pairs[1], q.Pairs[3])
	}
	if p := q.Pairs[2]; !p.Same || p.Span {
		t.Errorf("pair 3: same %v span %v, want true and false", p.Same, p.Span)
	}
	if got := q.Labels(true); got[0] != true || got[2] != false {
		t.Errorf("span labels %v", got)
	}
	for _, bad := range []string{"1\t1\tquake\t1.txt\t2.txt\tonly one sentence\n", "2\t1\tt\ta\tb\tx\ty\n"} {
		_, err := ReadSuperPAL("sp.tsv", strings.NewReader("# header\n"+bad), mustEnglish(t))
		if err == nil || !strings.Contains(err.Error(), "sp.tsv:2:") {
			t.Errorf("%q: error %v, want one naming sp.tsv:2", bad, err)
		}
	}
	if _, err := ReadSuperPAL("empty.tsv", strings.NewReader("# header only\n"), mustEnglish(t)); err == nil {
		t.Error("a file with no pairs read without error")
	}
}

func names(sets []PairSet) []string {
	var out []string
	for _, s := range sets {
		out = append(out, s.Name)
	}
	return out
}

// TestFitAndCrossValidate: the same-fact model reads only the overlaps
// and weighs both upwards; cross-validation scores every pair, each set
// with a model fitted without it, and a model fitted on the same-fact
// pairs ranks each set's paraphrase above its unrelated pair.
func TestFitAndCrossValidate(t *testing.T) {
	sets := readSuperPALFile(t, filepath.Join("testdata", "superpal.tsv"))
	m, err := FitFact(sets, false)
	if err != nil {
		t.Fatal(err)
	}
	for k, w := range m.W {
		name := align.FeatureNames()[k]
		switch name {
		case "stems", "words":
			if w <= 0 {
				t.Errorf("the %s weight is %.3f, want more than 0", name, w)
			}
		default:
			if w != 0 {
				t.Errorf("the same-fact model reads %s (weight %.3f)", name, w)
			}
		}
	}
	cv, err := CrossValidate(sets, false)
	if err != nil {
		t.Fatal(err)
	}
	for k, s := range sets {
		if len(cv[k]) != len(s.Pairs) {
			t.Fatalf("%s: %d scores for %d pairs", s.Name, len(cv[k]), len(s.Pairs))
		}
		if cv[k][0] <= cv[k][1] {
			t.Errorf("%s: the paraphrase scores %.3f, the unrelated pair %.3f", s.Name, cv[k][0], cv[k][1])
		}
	}
	one := []PairSet{{Name: "only different", Sents: sets[0].Sents, Pairs: []SetPair{{A: 0, B: 2}}}, sets[1]}
	if _, err := FitFact(one, false); err == nil || !strings.Contains(err.Error(), "only different") {
		t.Errorf("a set with one label: error %v, want one naming the set", err)
	}
	if _, err := MeasurePairSets(sets[0], sets[1:], nil, 0.5); err == nil {
		t.Error("cross-validation by topic with one SuperPAL topic ran")
	}
}

// TestPairDecision holds the same-fact score to what issue 21 asks of it,
// on the data beside the repository: its AUC, cross-validated by topic,
// beats stem Jaccard's by 0.03 on the seed pairs and by 0.01 on SuperPAL
// dev under both labels, and is not below it on ECB+'s same-event against
// different-event pairs. The seed pairs alone are measured without
// ../shared.
func TestPairDecision(t *testing.T) {
	seedFile := filepath.Join("..", "..", "testdata", "pairs", "seed-labelled.tsv")
	f, err := os.Open(seedFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pairs, err := ReadLabelled(seedFile, bufio.NewReader(f))
	if err != nil {
		t.Fatal(err)
	}
	seeds := LabelledSet("seed pairs", pairs, mustEnglish(t))
	sc := seeds.Score()
	ls := labelled(seeds.Labels(false))
	if e, s := AUC(ls, sc[0].Scores), AUC(ls, sc[1].Scores); e < s+0.03 {
		t.Errorf("seed pairs: engine AUC %.3f, stem Jaccard %.3f; want 0.03 more", e, s)
	}
	dir := filepath.Join("..", "..", "..", "shared", "eval")
	if _, err := os.Stat(filepath.Join(dir, "superpal", "dev-pairs.tsv")); err != nil {
		t.Skip("../shared/eval is not beside the repository; skipping SuperPAL and ECB+")
	}
	sp := readSuperPALFile(t, filepath.Join(dir, "superpal", "dev-pairs.tsv"))
	topics, err := LoadTopics(os.DirFS(filepath.Join(dir, "ecbplus")), ".")
	if err != nil {
		t.Fatal(err)
	}
	run, err := NewRun(topics)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := MeasurePairSets(seeds, sp, run, align.DefaultStrictness)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, r := range rows {
		t.Logf("%-24s %-10s CV %.3f engine %.3f stems %.3f words %.3f P %.3f R %.3f passed %.3f", r.Set, r.Label, r.CV, r.Engine, r.Stems, r.Words, r.Precision, r.Recall, r.Pass)
		margin := map[string]float64{"seed pairs": 0.03, "SuperPAL dev, 4 topics": 0.01}[r.Set]
		switch {
		case r.Set == "ECB+":
			checked++
			if r.Engine < r.Stems {
				t.Errorf("ECB+: engine AUC %.3f below stem Jaccard's %.3f", r.Engine, r.Stems)
			}
		case margin > 0:
			checked++
			if math.IsNaN(r.CV) || r.CV < r.Stems+margin {
				t.Errorf("%s (%s): cross-validated AUC %.3f, stem Jaccard %.3f; want %.2f more", r.Set, r.Label, r.CV, r.Stems, margin)
			}
		}
	}
	if checked != 4 {
		t.Errorf("%d rows checked, want 4 (seed pairs, SuperPAL same and span, ECB+)", checked)
	}
}
