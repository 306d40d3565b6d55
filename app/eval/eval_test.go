package eval

import (
	"bytes"
	"fmt"
	"go/parser"
	"go/token"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parallax-news/parallax/app/align"
	"github.com/parallax-news/parallax/app/words"
)

func TestLoadTopics(t *testing.T) {
	topics, err := LoadTopics(os.DirFS("testdata/ecb"), ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(topics) != 1 || len(topics[0].Articles) != 3 || len(topics[0].Gold) != 2 || topics[0].Event["1_1ecbplus"] != "ecbplus" {
		t.Fatalf("topics = %+v", topics)
	}
	if _, err := LoadTopics(os.DirFS("testdata"), "."); err == nil {
		t.Error("a folder with no topics loaded without error")
	}
}

// synthetic loads the three-article topic in testdata/ecb and prepares it.
func synthetic(t *testing.T) ([]Topic, *Run) {
	t.Helper()
	topics, err := LoadTopics(os.DirFS("testdata/ecb"), ".")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRun(topics)
	if err != nil {
		t.Fatal(err)
	}
	return topics, r
}

// TestScore checks the two figures on a hand-made grouping of the
// synthetic topic. In corpus order the sentences are 1_1ecb 0–2,
// 1_1ecbplus 3–4 and 1_2ecb 5–6; the gold pairs are (0, 5) and (1, 5).
func TestScore(t *testing.T) {
	topics, r := synthetic(t)
	p := r.topics[0]
	if len(p.gold) != 2 || !p.gold[[2]int{0, 5}] || !p.gold[[2]int{1, 5}] {
		t.Fatalf("gold pairs %v, want (0,5) and (1,5)", p.gold)
	}
	// Fact 1 joins the first sentences of all three articles: one gold
	// pair of two found, one fact of several articles, and it mixes.
	s := score(topics[0], p, [][]int{{1}, {2}, {3}, {1}, {5}, {1}, {4}})
	if s != (ECBScore{Gold: 2, Joined: 1, Facts: 1, Mixed: 1, Big: 3}) || s.Recall() != 0.5 || s.Mixing() != 1 {
		t.Errorf("score = %+v", s)
	}
	// A sentence of two claims joins a gold pair through either: sentence 5
	// also tells fact 2 in a claim, as sentence 1 does, and fact 2 now
	// holds two articles.
	s = score(topics[0], p, [][]int{{1}, {2}, {3}, {1}, {5}, {1, 2}, {4}})
	if s != (ECBScore{Gold: 2, Joined: 2, Facts: 2, Mixed: 1, Big: 3}) {
		t.Errorf("score with a sentence of two claims = %+v", s)
	}
	// The baseline at a low threshold chains: Ann Lee's lede, the other
	// lede and even Bo Marsh's lede ("checked into a rehab") are one
	// component, and only Marsh's arrest stays apart. At 0.99 it joins
	// nothing.
	low := p.baseline.Facts(0.05)
	if low[0] != low[5] || low[0] != low[3] || low[0] == low[4] {
		t.Errorf("baseline facts at 0.05 = %v: want sentences 0, 3 and 5 together, 4 apart", low)
	}
	if high := r.Baseline(0.99); high.Joined != 0 || high.Facts != 0 {
		t.Errorf("baseline at 0.99 = %+v, want nothing joined", high)
	}
	if e := r.Engine(0.5); e.Joined != 1 || e.Mixed != 0 {
		t.Errorf("engine = %+v, want the two ledes joined and nothing mixed", e)
	}
}

func TestSplitsAndMatch(t *testing.T) {
	var topics []Topic
	for _, n := range []string{"1", "6", "x"} {
		topics = append(topics, Topic{Name: n})
	}
	r := &Run{Topics: topics}
	sp := r.Splits()
	if len(sp) != 3 || sp[0].Name != "dev" || len(sp[0].Topics) != 1 || sp[1].Name != "test" || sp[1].Topics[0] != 1 || len(sp[2].Topics) != 3 {
		t.Errorf("Splits = %+v", sp)
	}
	if sp := (&Run{Topics: topics[:1]}).Splits(); len(sp) != 1 || sp[0].Name != "all" {
		t.Errorf("one topic: Splits = %+v, want all only", sp)
	}
	ts := Thresholds()
	if len(ts) != 91 || ts[0] != 0.05 || ts[90] != 0.95 {
		t.Errorf("Thresholds = %v…%v (%d)", ts[0], ts[len(ts)-1], len(ts))
	}
	_, run := synthetic(t)
	m := run.Match(0.5)
	if len(m.Engine) != 1 || len(m.AtMixing) != 1 || m.AtMixing[0].Mixing() > m.Engine[0].Mixing() {
		t.Errorf("Match = %+v: the baseline row must not mix more than the engine", m)
	}
}

// labelledTopic is a topic built for the training examples: three
// articles on Ann Lee's rehab (ecb) and two on Bo Marsh's (ecbplus). The
// gold links the two events' ledes, and the second sentences of 1_1ecb and
// 1_2ecb to 1_3ecb, not to each other: those two are annotated, share
// words, and are different actions. 1_3ecb's last sentence, which no one
// annotated, shares words with 1_2ecb's lede.
func labelledTopic(t *testing.T) (*Run, map[string]int) {
	t.Helper()
	texts := map[string]string{
		"1_1ecb":     "Singer Ann Lee checked into a Malibu rehab clinic on Tuesday. Her publicist said the Malibu clinic stay was voluntary.",
		"1_2ecb":     "Ann Lee entered a Malibu rehab clinic on Tuesday, police said. The Malibu clinic publicist said her stay began at night.",
		"1_3ecb":     "Lee chose the stay herself, a publicist said. The stay at the clinic began at night. Police said Ann Lee was seen in Malibu.",
		"1_1ecbplus": "Actor Bo Marsh checked into a rehab clinic in Utah on Friday.",
		"1_2ecbplus": "Bo Marsh entered a Utah rehab clinic on Friday.",
	}
	fsys := fstest.MapFS{}
	for id, txt := range texts {
		fsys["1/"+id+".txt"] = &fstest.MapFile{Data: []byte(txt)}
	}
	span := func(id, sub string) string {
		i := strings.Index(texts[id], sub)
		if i < 0 {
			t.Fatalf("%q not in %s", sub, id)
		}
		return fmt.Sprintf("%s\t%d\t%d", id, i, i+len(sub))
	}
	gold := "sub\t1_1ecb\tecb\nsub\t1_2ecb\tecb\nsub\t1_3ecb\tecb\nsub\t1_1ecbplus\tecbplus\nsub\t1_2ecbplus\tecbplus\n" +
		"pos\t" + span("1_1ecbplus", "Actor Bo Marsh") + "\t" + span("1_2ecbplus", "Bo Marsh entered") + "\n" +
		"pos\t" + span("1_1ecb", "Singer Ann Lee checked") + "\t" + span("1_2ecb", "Ann Lee entered") + "\n" +
		"pos\t" + span("1_1ecb", "Her publicist said") + "\t" + span("1_3ecb", "Lee chose") + "\n" +
		"pos\t" + span("1_2ecb", "The Malibu clinic publicist") + "\t" + span("1_3ecb", "The stay at") + "\n"
	fsys["1/gold.tsv"] = &fstest.MapFile{Data: []byte(gold)}
	topics, err := LoadTopics(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRun(topics)
	if err != nil {
		t.Fatal(err)
	}
	ids, _ := r.topics[0].corpus.Spans()
	article := map[string]int{}
	for i, id := range ids {
		article[id] = i
	}
	return r, article
}

// TestEventExamples: every pair of articles, same exactly when both
// report one event; and Balance makes each side weigh half.
func TestEventExamples(t *testing.T) {
	r, article := labelledTopic(t)
	ex := r.EventExamples(0)
	if len(ex) != 10 {
		t.Fatalf("%d examples for 5 articles, want 10", len(ex))
	}
	ix := r.topics[0].corpus.Index()
	ids := r.topics[0].ids
	seen := map[[2]int]bool{}
	for _, e := range ex {
		a, b := ids[e.Pair[0]], ids[e.Pair[1]]
		if want := strings.HasSuffix(a, "plus") == strings.HasSuffix(b, "plus"); e.Same != want || seen[e.Pair] || e.F != ix.ArticleFeatures(e.Pair[0], e.Pair[1]) {
			t.Errorf("%s and %s: same %v (want %v), seen before %v, or not their features", a, b, e.Same, want, seen[e.Pair])
		}
		seen[e.Pair] = true
	}
	// The ecb articles name Lee; Marsh's article names others.
	apart := align.FeatureIndex("namesApart")
	if in, out := ix.ArticleFeatures(article["1_1ecb"], article["1_2ecb"]), ix.ArticleFeatures(article["1_1ecb"], article["1_1ecbplus"]); in[apart] >= out[apart] {
		t.Errorf("names apart: %.2f within the event, %.2f across; want less within", in[apart], out[apart])
	}
	one := []Example{{Same: true, Weight: 1}, {Same: true, Weight: 3}}
	if err := Balance(one, 2); err == nil || one[0].Weight != 1 || one[1].Weight != 3 {
		t.Errorf("Balance of one label: error %v, weights %v and %v; want an error and the weights kept", err, one[0].Weight, one[1].Weight)
	}
	if err := Balance(ex, 2); err != nil {
		t.Fatal(err)
	}
	var ws, wd float64
	for _, e := range ex {
		if e.Same {
			ws += e.Weight
		} else {
			wd += e.Weight
		}
	}
	if math.Abs(ws-1) > 1e-9 || math.Abs(wd-1) > 1e-9 {
		t.Errorf("Balance(2): same weigh %v, different %v; want 1 each", ws, wd)
	}
}

func TestLoadTopicErrors(t *testing.T) {
	base := fstest.MapFS{
		"t/1_1ecb.txt":     {Data: []byte("One sentence here.")},
		"t/1_1ecbplus.txt": {Data: []byte("Another sentence there.")},
	}
	tests := []struct{ gold, want string }{
		{"sub\t1_1ecb\tecb\r\nsub\t1_1ecbplus\tecbplus\r\n", ""},
		{"sub\t1_1ecb\tecb\n", "no `sub` line says which event 1_1ecbplus reports"},
		{"sub\t1_1ecb\tecb\nsub\t1_1ecbplus\tecbplus\npos\t1_1ecb\t0\tx\t1_1ecbplus\t0\t5\n", "t/gold.tsv:3: offsets must be whole numbers"},
		{"sub\tnope\tecb\n", "t/gold.tsv:1: names a document that is not in the folder"},
		{"what\n", "t/gold.tsv:1: expected"},
	}
	for _, tt := range tests {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		fsys["t/gold.tsv"] = &fstest.MapFile{Data: []byte(tt.gold)}
		_, err := LoadTopic(fsys, "t")
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("LoadTopic(%q) = %v", tt.gold, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("LoadTopic(%q) = %v, want %q", tt.gold, err, tt.want)
		}
	}
}

func FuzzReadLabelled(f *testing.F) {
	f.Add("1\ta\tb\n0\tc\td\n")
	f.Add("\r\n1\t\t\n")
	f.Fuzz(func(t *testing.T, s string) {
		pairs, err := ReadLabelled("f", strings.NewReader(s))
		if err == nil && len(pairs) == 0 {
			t.Fatal("no error and no pairs")
		}
	})
}

func TestReadLabelled(t *testing.T) {
	pairs, err := ReadLabelled("p.tsv", strings.NewReader("1\ta\tb\n\n0\tc\td\r\n"))
	if err != nil || len(pairs) != 2 || !pairs[0].Same || pairs[1].Same || pairs[1].B != "d" {
		t.Errorf("ReadLabelled = %+v, %v", pairs, err)
	}
	for _, bad := range []string{"2\ta\tb\n", "1\ta\n", ""} {
		if _, err := ReadLabelled("p.tsv", strings.NewReader(bad)); err == nil {
			t.Errorf("ReadLabelled(%q) accepted", bad)
		}
	}
	_, err = ReadLabelled("p.tsv", strings.NewReader("1\ta\tb\nx\n"))
	if err == nil || !strings.Contains(err.Error(), "p.tsv:2:") {
		t.Errorf("error %v does not name line 2", err)
	}
}

func TestScanTSV(t *testing.T) {
	var got []string
	err := ScanTSV("t.tsv", strings.NewReader("a\tb\r\n\n  \nc\nd\te\n"), func(line int, f []string) bool {
		got = append(got, fmt.Sprintf("%d%q", line, f))
		return line < 4
	})
	if want := `[1["a" "b"] 4["c"]]`; err != nil || fmt.Sprint(got) != want {
		t.Errorf("ScanTSV saw %v, %v; want %s and no error", got, err, want)
	}
	long := strings.Repeat("x", 17<<20)
	err = ScanTSV("t.tsv", strings.NewReader(long), func(int, []string) bool { return true })
	if err == nil || !strings.HasPrefix(err.Error(), "t.tsv: ") {
		t.Errorf("a 17 MB line gave %v; want an error naming t.tsv", err)
	}
}

func TestConfusion(t *testing.T) {
	c := Tally([]Labelled{{Same: true}, {Same: true}, {Same: false}, {Same: false}}, []bool{true, false, true, false})
	if c != (Confusion{TP: 1, FN: 1, FP: 1, TN: 1}) || c.Accuracy() != 0.5 || c.F1() != 0.5 {
		t.Errorf("Tally = %+v", c)
	}
}

// TestTrain: on a separable problem (same when the first feature is high)
// the model learns a large positive weight and classifies every example.
func TestTrain(t *testing.T) {
	var ex []Example
	for i := range 40 {
		var f align.Features
		f[0] = float64(i%2) * 0.9
		f[1] = float64(i%5) / 5 // noise
		ex = append(ex, Example{F: f, Same: i%2 == 1, Weight: 1})
	}
	m := Train(ex, nil, 1e-3, 1500)
	if only := Train(ex, []int{1}, 1e-3, 300); only.W[0] != 0 {
		t.Errorf("a feature left out of use got weight %v", only.W[0])
	}
	for _, e := range ex {
		if (m.Prob(e.F) >= 0.5) != e.Same {
			t.Fatalf("model %+v misclassifies %+v", m, e)
		}
	}
	if m.W[0] < 2*math.Abs(m.W[1]) {
		t.Errorf("weights %+v: the signal should outweigh the noise", m.W)
	}
	var b bytes.Buffer
	if err := WriteWeights(&b, m, m, "a test"); err != nil {
		t.Fatal(err)
	}
	if _, err := parser.ParseFile(token.NewFileSet(), "weights.go", b.Bytes(), 0); err != nil || !strings.Contains(b.String(), "Code generated by a test") {
		t.Errorf("WriteWeights wrote invalid Go (%v):\n%s", err, b.String())
	}
}

func TestAUC(t *testing.T) {
	l := func(same ...bool) []Labelled {
		var out []Labelled
		for _, s := range same {
			out = append(out, Labelled{Same: s})
		}
		return out
	}
	for _, c := range []struct {
		name   string
		pairs  []Labelled
		scores []float64
		want   float64
	}{
		{"perfect", l(false, false, true, true), []float64{0.1, 0.2, 0.3, 0.4}, 1},
		{"reversed", l(true, true, false, false), []float64{0.1, 0.2, 0.3, 0.4}, 0},
		{"all tied", l(true, false, true, false), []float64{0.5, 0.5, 0.5, 0.5}, 0.5},
		// same at 0.3 and 0.6, different at 0.1 and 0.6: of the four
		// (same, different) pairs, two won, one lost (0.3 < 0.6) and one tied.
		{"a tie and a loss", l(true, false, true, false), []float64{0.3, 0.1, 0.6, 0.6}, 0.625},
		{"one label", l(true, true), []float64{0.1, 0.9}, 0.5},
	} {
		if got := AUC(c.pairs, c.scores); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("%s: AUC = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestReadLabelledMSRP(t *testing.T) {
	in := "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\t1089874\t1089925\tA said so.\tA said it.\n0\t3354381\t3354396\tB left.\tC came.\n"
	got, err := ReadLabelled("msr.txt", strings.NewReader(in))
	want := []Labelled{{true, "A said so.", "A said it."}, {false, "B left.", "C came."}}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("ReadLabelled(MSRP) = %v, %v; want %v", got, err, want)
	}
	if _, err := ReadLabelled("msr.txt", strings.NewReader("Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n2\t1\t2\ta\tb\n")); err == nil || !strings.Contains(err.Error(), "msr.txt:2:") {
		t.Errorf("a label 2 gave %v, want an error naming msr.txt:2", err)
	}
}

func TestPairsBaselines(t *testing.T) {
	pairs := []Labelled{
		{Same: true, A: "Ann Lee checked into rehab in Malibu on Tuesday.", B: "Ann Lee entered rehab in Malibu on Tuesday, her publicist said."},
		{Same: false, A: "Ann Lee checked into rehab in Malibu on Tuesday.", B: "Bo Marsh was arrested in May for drunk driving."},
		{Same: true, A: "The clinic confirmed that Lee checked in.", B: "Lee checked in, the clinic confirmed."},
		{Same: false, A: "The clinic confirmed that Lee checked in.", B: "The clinic is known for its ocean views."},
	}
	res := MeasurePairs(pairs, mustEnglish(t), 0)
	if len(res) != 5 || res[0].Method != "engine" || res[0].Tuned || res[1].Method != "engine" || !res[1].Tuned || !res[2].Tuned {
		t.Fatalf("MeasurePairs = %+v", res)
	}
	for _, r := range res {
		if r.Accuracy() < 0.75 {
			t.Errorf("%s: accuracy %.2f on four plain pairs", r.Method, r.Accuracy())
		}
	}
	// The tuned baselines' threshold is the one that classifies best.
	scores := Jaccard(words.NewAnalyzer(mustEnglish(t)), pairs)
	if best := best("j", pairs, scores); best.Accuracy() != 1 || best.Threshold <= scores[1] || best.Threshold > scores[0] {
		t.Errorf("best = %+v over scores %v", best, scores)
	}
}

// TestECB measures the real evaluation data beside the repository. It
// holds the engine to the figures docs/evaluation.md reports and to beating the
// baseline on the dev topics and on all, so that a change that makes them
// worse is seen; it skips where ../shared is absent.
func TestECB(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "eval", "ecbplus")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/eval/ecbplus is not beside the repository; skipping the ECB+ measurement")
	}
	topics, err := LoadTopics(os.DirFS(dir), ".")
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewRun(topics)
	if err != nil {
		t.Fatal(err)
	}
	m := r.Match(0)
	for i, sp := range m.Splits {
		e := m.Engine[i]
		t.Logf("%s: engine recall %.3f mixing %.3f largest %d; beats the baseline: %v", sp.Name, e.Recall(), e.Mixing(), e.Big, m.Beats(i))
		// The test topics are reported, not held to: a check on them
		// would make every later change tune to them.
		if !m.Beats(i) && sp.Name != "test" {
			t.Errorf("%s: the engine at the default strictness does not beat the baseline (recall %.3f, mixing %.3f)", sp.Name, e.Recall(), e.Mixing())
		}
	}
	all := m.Engine[len(m.Engine)-1]
	if all.Recall() < 0.09 || all.Mixing() > 0.045 || all.Big > 20 {
		t.Errorf("ECB+ all topics: recall %.3f mixing %.3f largest fact %d; docs/evaluation.md reports 0.096, 0.040 and 15", all.Recall(), all.Mixing(), all.Big)
	}
	// ECB+ guards that two different events stay apart: the mixing at the
	// default may not rise above what the model fitted on ECB+ itself
	// mixed (dev 0.018, test 0.077).
	for i, sp := range m.Splits {
		if limit := map[string]float64{"dev": 0.018, "test": 0.077}[sp.Name]; limit > 0 && m.Engine[i].Mixing() > limit {
			t.Errorf("ECB+ %s: mixing %.3f at the default strictness, above %.3f", sp.Name, m.Engine[i].Mixing(), limit)
		}
	}
}

func mustEnglish(t *testing.T) words.Language {
	l, err := words.LookupLanguage("en")
	if err != nil {
		t.Fatal(err)
	}
	return l
}
