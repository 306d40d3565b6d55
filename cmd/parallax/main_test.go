package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parallax-news/parallax/app/align"
	"github.com/parallax-news/parallax/app/compare"
	"github.com/parallax-news/parallax/app/eval"
)

const seedDir = "../../corpus/rubio-lavrov"

// call runs the command and returns its output and exit code as main would
// set it.
func call(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	err := run(args, strings.NewReader(stdin), &out, &errb)
	switch {
	case err == nil:
	case errors.Is(err, errUsage):
		code = 2
	default:
		errb.WriteString("parallax: " + err.Error() + "\n")
		code = 1
	}
	return out.String(), errb.String(), code
}

func TestCompareText(t *testing.T) {
	out, errs, code := call(t, "", "compare", seedDir)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		"Rubio and Lavrov meet in Kuala Lumpur, July 2025",
		"Facts reported by more than one article",
		"Names: “Sergey” A · “Sergey” C · “Sergei” D · “Sergei” E",
		"Quotes: “new and different approach” A (Rubio)",
		"Figures (conflict): “nearly 500 drones” A · “728 drones” E",
		"why: Sentences reporting the same fact give figures for the same thing (drones launched)",
		"why: One article negates words another asserts",
		"Zelensky / Zelenskiy",
		"Opposite claims (possible): “not a new approach” D (Rubio) · “a new and a different approach” B (Rubio)",
		"characterise / characterize",
		"C · The Europe Today may be rewritten from B · ETV Bharat (likelihood ",
		"A · Article A (file 000_8182e91da08cedce), undated",
		"~ possibly also told by D (78% close, strictness 68%)",
		"What only one article says",
		"Prime Minister Shehbaz Sharif strongly condemned the killings",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	// Articles are named as the widget names them, by letter and outlet:
	// a file's id appears once, in the list of articles. No quotation mark
	// is doubled.
	for line := range strings.Lines(out) {
		if strings.Contains(line, "_8182e91da08cedce") && !strings.HasPrefix(line, "A · Article A (file 000_8182e91da08cedce)") {
			t.Errorf("a file id outside the list of articles: %s", line)
		}
		if strings.Contains(line, "““") || strings.Contains(line, "””") {
			t.Errorf("doubled quotation marks: %s", line)
		}
	}
	// Issue 22: The Europe Today's overnight 400 drones and the day
	// before's 728 are two nights, not a conflict with the 500 of another.
	for line := range strings.Lines(out) {
		if strings.Contains(line, "conflict") && strings.Contains(line, "roughly 400 drones") {
			t.Errorf("a false conflict: %s", line)
		}
	}
	// "Fact 3: 4 of 5 articles (A A B C D)": the count is of articles,
	// not of sentences, and the facts come most widely told first.
	facts, last := 0, -1
	for line := range strings.Lines(out) {
		var id, k, n int
		if _, err := fmt.Sscanf(line, "Fact %d: %d of %d articles", &id, &k, &n); err != nil {
			continue
		}
		facts++
		open, end := strings.Index(line, "("), strings.LastIndex(line, ")")
		if open < 0 || end < open {
			t.Errorf("%q lists no articles", line)
			continue
		}
		tags := map[string]bool{}
		for _, tag := range strings.Fields(line[open+1 : end]) {
			tags[tag] = true
		}
		if last < 0 {
			last = n
		}
		if k != len(tags) || k > last {
			t.Errorf("%q: want the number of articles listed, and no more than the fact before (%d)", strings.TrimSpace(line), last)
		}
		last = k
	}
	if facts == 0 {
		t.Error("the report lists no fact told by more than one article")
	}
}

// TestFit: a model needs examples of both labels.
func TestFit(t *testing.T) {
	if _, err := fit("same-fact", []eval.Example{{Same: true, Weight: 1}}, []string{"stems"}); err == nil || !strings.Contains(err.Error(), "the same-fact model: 1 examples labelled same and 0 different") {
		t.Errorf("fit with one label: %v", err)
	}
	if _, err := fit("same-fact", []eval.Example{{Same: true}, {}}, []string{"nope"}); err == nil || !strings.Contains(err.Error(), `no feature named "nope"`) {
		t.Errorf("fit with an unknown feature: %v", err)
	}
}

func TestCompareJSONContract(t *testing.T) {
	out, _, code := call(t, "", "compare", "--format", "json", seedDir)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var r map[string]any
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	// has fails unless every key is in the object; it returns the object.
	has := func(what string, v any, keys ...string) map[string]any {
		t.Helper()
		m, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("%s is %T, not an object", what, v)
		}
		for _, k := range keys {
			if _, ok := m[k]; !ok {
				t.Errorf("%s has no %q", what, k)
			}
		}
		return m
	}
	list := func(what string, v any) []any {
		t.Helper()
		l, ok := v.([]any)
		if !ok || len(l) == 0 {
			t.Fatalf("%s is %T with %d items, want a non-empty list", what, v, len(l))
		}
		return l
	}
	has("report", r, "title", "strictness", "articles", "clusters", "variants", "figures", "contradictions", "similarity", "derivations")
	for _, a := range list("articles", r["articles"]) {
		am := has("article", a, "id", "title", "source", "date", "language", "sentences", "shared", "unique")
		raw, err := os.ReadFile(filepath.Join(seedDir, am["id"].(string)+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range list("sentences", am["sentences"]) {
			sm := has("sentence", s, "start", "end", "text", "fact")
			start, end := int(sm["start"].(float64)), int(sm["end"].(float64))
			if string(raw[start:end]) != sm["text"] {
				t.Errorf("%s: text %q is not raw[%d:%d]", am["id"], sm["text"], start, end)
			}
		}
	}
	divergences := 0
	for _, c := range list("clusters", r["clusters"]) {
		cm := has("cluster", c, "id", "members", "divergences")
		for _, m := range list("members", cm["members"]) {
			has("member", m, "article", "sentence")
		}
		for _, d := range cm["divergences"].([]any) {
			dm := has("divergence", d, "kind", "summary", "members")
			for _, m := range list("divergence members", dm["members"]) {
				has("mark", m, "article", "sentence", "start", "end", "value")
			}
			divergences++
		}
		if links, ok := cm["links"]; ok {
			for _, l := range list("links", links) {
				has("link", l, "a", "b", "score", "shared", "phrases")
			}
		}
	}
	if divergences == 0 {
		t.Error("no divergences in any cluster")
	}
	for _, v := range list("variants", r["variants"]) {
		has("variant", v, "kind", "forms")
	}
	for _, d := range list("derivations", r["derivations"]) {
		has("derivation", d, "derived", "source", "likelihood", "reason")
	}
	if sim := list("similarity", r["similarity"]); len(sim) != 5 {
		t.Errorf("similarity has %d rows, want 5", len(sim))
	}
}

func TestPairs(t *testing.T) {
	in := "Trump was disappointed and frustrated by the lack of flexibility, Rubio said.\tRubio conveyed Trump's disappointment and frustration to Lavrov.\n" +
		"\n" +
		"Tariffs as high as 500 percent were proposed.\tRussia deployed nearly 500 drones against Ukraine.\n"
	out, errs, code := call(t, in, "pairs")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "1\t") || !strings.HasPrefix(lines[1], "0\t") {
		t.Errorf("pairs printed %q, want a 1 line then a 0 line", out)
	}
	_, errs, code = call(t, "one sentence only\nfine\tpair\n1\ta\tb\n", "pairs")
	if code != 1 || !strings.Contains(errs, "standard input:1: expected two sentences") || !strings.Contains(errs, "standard input:3: a labelled pair") {
		t.Errorf("bad pairs: exit %d, stderr %q", code, errs)
	}
	// The decision is score ≥ strictness: just above the score it flips.
	score, err := strconv.ParseFloat(strings.TrimSpace(strings.Split(lines[0], "\t")[1]), 64)
	if err != nil || score >= 0.99 {
		t.Fatalf("score %q: %v", lines[0], err)
	}
	out, _, _ = call(t, in, "pairs", "--strictness", strconv.FormatFloat(score+0.001, 'f', 4, 64))
	if !strings.HasPrefix(out, "0\t") {
		t.Errorf("at strictness above its score %.4f the paraphrase still matched: %q", score, out)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"frobnicate"}, {"compare"}, {"compare", "--format", "xml", seedDir}, {"compare", "--strictness", "2", seedDir}, {"pairs", "a", "b"}} {
		if _, errs, code := call(t, "", args...); code != 2 || errs == "" {
			t.Errorf("parallax %q: exit %d, stderr %q; want 2 and a message", args, code, errs)
		}
	}
	for _, args := range [][]string{{"help"}, {"compare", "--help"}, {"pairs", "-h"}, {"help", "compare"}, {"compare", seedDir, "-help"}} {
		out, errs, code := call(t, "", args...)
		if code != 0 || !strings.Contains(out, "Usage") || errs != "" {
			t.Errorf("parallax %q: exit %d, stdout %q, stderr %q; want the usage on stdout", args, code, out, errs)
		}
	}
	if _, errs, code := call(t, "", "compare", "--strictness", "NaN", seedDir); code != 2 || !strings.Contains(errs, "between 0 and 1") {
		t.Errorf("--strictness NaN: exit %d, stderr %q", code, errs)
	}
	// Flags may follow the folder.
	out, errs, code := call(t, "", "compare", seedDir, "--format", "json")
	if code != 0 || errs != "" || !strings.HasPrefix(out, "{") {
		t.Errorf("compare DIR --format json: exit %d, stderr %q, output starts %.20q", code, errs, out)
	}
}

// write makes a folder of files for one test.
func write(t *testing.T, files map[string][]byte) string {
	dir := t.TempDir()
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func seed(t *testing.T, name string) []byte {
	b, err := os.ReadFile(filepath.Join(seedDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestBadInput: each bad file is named with what is wrong, the rest is
// still compared, and the exit is non-zero only when nothing can be.
func TestBadInput(t *testing.T) {
	a, b := seed(t, "001_dcb0778ffaba6f06.txt"), seed(t, "002_58d5efca2139f73e.txt")
	long := bytes.Repeat([]byte("word "), 2<<20) // a 10 MB line
	tests := []struct {
		name     string
		files    map[string][]byte
		code     int
		stderr   []string
		articles int
	}{
		{"empty file", map[string][]byte{"a.txt": a, "b.txt": b, "e.txt": {}}, 0, []string{"e.txt: empty"}, 2},
		{"binary", map[string][]byte{"a.txt": a, "b.txt": b, "z.txt": {0x89, 'P', 'N', 'G', 0, 0, 1}}, 0, []string{"z.txt: binary data"}, 2},
		{"invalid UTF-8", map[string][]byte{"a.txt": a, "b.txt": b, "l.txt": []byte("Le caf\xe9.\n")}, 0, []string{"l.txt:1: not UTF-8 (byte 0xe9 at offset 6)"}, 2},
		{"HTML in a .txt", map[string][]byte{"a.txt": a, "b.txt": b, "h.txt": []byte("<html><body><h1>Talks</h1><p>Rubio met Lavrov.</p></body></html>")}, 0, []string{`h.txt: read as an HTML page, reduced to its article (25 bytes): headline "Talks", outlet "", date ""`}, 3},
		{"an .html page", map[string][]byte{"a.txt": a, "b.html": []byte("<!DOCTYPE html><html><body><nav>Menu</nav><article>" + strings.ReplaceAll(string(b), "\n\n", "<p>") + "</article></body></html>")}, 0, []string{"b.html: read as an HTML page"}, 2},
		{"a page without text", map[string][]byte{"a.txt": a, "b.txt": b, "h.html": []byte("<html><body><script>x()</script></body></html>")}, 0, []string{"h.html: the page has no article text"}, 2},
		{"duplicate", map[string][]byte{"a.txt": a, "b.txt": b, "c.txt": a}, 0, []string{"c.txt: the same text as", "a.txt"}, 2},
		{"one article only", map[string][]byte{"a.txt": a}, 1, []string{"nothing to compare"}, 0},
		{"nothing readable", map[string][]byte{"e.txt": {}, "f.txt": []byte("\xff\xfe")}, 1, []string{"e.txt: empty", "f.txt", "nothing to compare"}, 0},
		{"bad manifest", map[string][]byte{"a.txt": a, "b.txt": b, "manifest.json": []byte("{\"title\": }")}, 0, []string{"manifest.json:1: manifest:"}, 2},
		{"unsupported language", map[string][]byte{"a.txt": a, "b.txt": b, "c.txt": seed(t, "003_d26cce4f638814c6.txt"),
			"manifest.json": []byte(`{"articles": [{"id": "c", "language": "de"}]}`)}, 0, []string{"c.txt: language \"de\" is not supported", "english (en)", "swedish (sv)"}, 2},
		{"10 MB one-line file", map[string][]byte{"a.txt": a, "big.txt": long}, 0, nil, 2},
		{"duplicate ids in two folders", nil, 0, []string{`the id "a" is already`, `this article is "a-2"`}, 2},
		{"CRLF, RTL, CJK, emoji", map[string][]byte{
			"crlf.txt":  bytes.ReplaceAll(a, []byte("\n"), []byte("\r\n")),
			"rtl.txt":   []byte("وزير الخارجية الأمريكي ماركو روبيو التقى لافروف. المحادثات كانت صريحة.\n"),
			"cjk.txt":   []byte("美国国务卿鲁比奥与拉夫罗夫会面。会谈坦率。\n"),
			"emoji.txt": []byte("Rubio 🤝 Lavrov met in Kuala Lumpur 🇲🇾. Talks were frank 🔥.\n")}, 0, nil, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dirs := []string{write(t, tt.files)}
			if tt.files == nil { // two folders with files of one name
				dirs = []string{write(t, map[string][]byte{"a.txt": a}), write(t, map[string][]byte{"a.txt": b})}
			}
			done := make(chan struct{})
			var out, errs string
			var code int
			go func() {
				defer close(done)
				out, errs, code = call(t, "", append([]string{"compare", "--format", "json"}, dirs...)...)
			}()
			select {
			case <-done:
			case <-time.After(2 * time.Minute):
				t.Fatal("compare did not finish: a hang")
			}
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, errs)
			}
			for _, want := range tt.stderr {
				if !strings.Contains(errs, want) {
					t.Errorf("stderr %q lacks %q", errs, want)
				}
			}
			if tt.code == 0 {
				var r struct {
					Articles []struct {
						ID        string
						Sentences []struct{ Text string }
					}
				}
				if err := json.Unmarshal([]byte(out), &r); err != nil {
					t.Fatalf("output is not JSON: %v", err)
				}
				if len(r.Articles) != tt.articles {
					t.Errorf("%d articles compared, want %d", len(r.Articles), tt.articles)
				}
				for _, a := range r.Articles {
					if len(a.Sentences) == 0 {
						t.Errorf("%s: no sentences read", a.ID)
					}
					if a.ID == "cjk" && len(a.Sentences) != 2 {
						t.Errorf("cjk: %d sentences, want 2", len(a.Sentences))
					}
					if a.ID == "crlf" && strings.ContainsAny(a.Sentences[0].Text, "\r\n") {
						t.Errorf("crlf: a sentence holds a line end: %q", a.Sentences[0].Text)
					}
				}
			}
		})
	}
}

func TestFilesAndMissing(t *testing.T) {
	_, errs, code := call(t, "", "compare", filepath.Join(seedDir, "001_dcb0778ffaba6f06.txt"), filepath.Join(seedDir, "002_58d5efca2139f73e.txt"), "no/such.txt")
	if code != 0 || !strings.Contains(errs, "no/such.txt: no such file or folder") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestEval(t *testing.T) {
	out, errs, code := call(t, "", "eval", "../../testdata/pairs/seed-labelled.tsv")
	if code != 0 || !strings.Contains(out, "187 labelled pairs, 80 same fact, 107 not") || !strings.Contains(out, "TF-IDF cosine") || !strings.Contains(out, "stem Jaccard") {
		t.Errorf("eval on pairs: exit %d, stderr %q, output:\n%s", code, errs, out)
	}
	out, errs, code = call(t, "", "eval", "--sweep", "../../app/eval/testdata/ecb")
	if code != 0 || !strings.Contains(out, "1 topics, 3 articles, 2 gold same-event sentence pairs") || !strings.Contains(out, "engine, strictness "+strconv.FormatFloat(align.DefaultStrictness, 'f', 2, 64)) || !strings.Contains(out, "Across settings") {
		t.Errorf("eval on an ECB+ folder: exit %d, stderr %q, output:\n%s", code, errs, out)
	}
	for _, args := range [][]string{{"eval"}, {"eval", "--train", "../../testdata/pairs/seed-labelled.tsv"}} {
		if _, errs, code := call(t, "", args...); code != 2 || errs == "" {
			t.Errorf("parallax %q: exit %d, stderr %q; want 2", args, code, errs)
		}
	}
	if _, errs, code := call(t, "", "eval", "no/such/folder"); code != 1 || !strings.Contains(errs, "no/such/folder: no such file or folder") {
		t.Errorf("eval on a missing path: exit %d, stderr %q", code, errs)
	}
}

// TestEvalMissed: on ../shared/eval, --missed lists the real divergences
// the engine does not report, after the precision and recall table.
func TestEvalMissed(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "eval")
	if _, err := os.Stat(filepath.Join(dir, "superpal")); err != nil {
		t.Skip("../shared/eval is not beside the repository; skipping eval --missed")
	}
	out, errs, code := call(t, "", "eval", "--missed", "--seeds", "../../testdata/pairs/seed-labelled.tsv", "--divergences", "../../testdata/divergences/labels.tsv", dir)
	table := strings.Index(out, "opposite claims ")
	missed := strings.Index(out, "Labelled real, and not reported:")
	if code != 0 || table < 0 || missed < table || !strings.Contains(out[missed:], `"were burnt to death"`) {
		t.Errorf("exit %d, stderr %q, output:\n%s", code, errs, out)
	}
}

// TestExercise: the worksheet asks its questions without the answers;
// --key adds them with their sentences; JSON holds the answers; too few
// articles are said to be too few.
func TestExercise(t *testing.T) {
	sheet, errs, code := call(t, "", "exercise", seedDir)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"a worksheet", "Which other outlets report the same fact?", "   a) ", "what figure does it give?"} {
		if !strings.Contains(sheet, want) {
			t.Errorf("the worksheet lacks %q", want)
		}
	}
	if strings.Contains(sheet, "Answer key") {
		t.Error("the worksheet holds the key")
	}
	keyed, _, _ := call(t, "", "exercise", "--key", seedDir)
	if !strings.HasPrefix(keyed, sheet) || !strings.Contains(keyed, "\f\nAnswer key") || !regexp.MustCompile(`E: “The day before, Ukraine claimed that Russia had launched a record-breaking 728 drones[^\n]*” \(paragraph \d+ of E\)\n`).MatchString(keyed) {
		t.Errorf("--key does not add the key on a page of its own, with its sentences cited by paragraph, after the worksheet")
	}
	if strings.Contains(keyed, "““") || strings.Contains(keyed, "””") || !strings.Contains(keyed, "\nA · Article A\nundated\n   1  The US Secretary of State") {
		t.Errorf("the worksheet doubles quotation marks, or does not give each article by letter and outlet with its paragraphs numbered:\n%s", keyed)
	}
	// every sentence of every article is on the worksheet, in its paragraph
	out, _, _ := call(t, "", "compare", "--format", "json", seedDir)
	var rep compare.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	for i, a := range rep.Articles {
		for k, p := range rep.Paragraphs(i) {
			if !strings.Contains(sheet, fmt.Sprintf("%4d  %s\n", k+1, p)) {
				t.Errorf("the worksheet lacks paragraph %d of %s", k+1, a.ID)
			}
		}
	}
	out, _, code = call(t, "", "exercise", "--format", "json", seedDir)
	var ex struct {
		Articles []struct {
			Tag        string
			Paragraphs []string
		}
		Questions []struct {
			Kind    string
			Hint    string
			Choices []struct{ Correct bool }
		}
	}
	if err := json.Unmarshal([]byte(out), &ex); err != nil || code != 0 || len(ex.Questions) < 4 {
		t.Fatalf("--format json: exit %d, %d questions, %v", code, len(ex.Questions), err)
	}
	if len(ex.Articles) != len(rep.Articles) || len(ex.Articles[0].Paragraphs) != len(rep.Paragraphs(0)) || ex.Articles[4].Tag != "E" {
		t.Errorf("--format json: the articles are not the worksheet's: %+v", ex.Articles)
	}
	for n, q := range ex.Questions {
		if q.Kind == "discuss" {
			if len(q.Choices) != 0 || q.Hint != "" {
				t.Errorf("--format json: question %d, to discuss, has %d choices and hint %q", n+1, len(q.Choices), q.Hint)
			}
			continue
		}
		if !strings.HasPrefix(q.Hint, "Not quite. Look again at paragraph ") {
			t.Errorf("--format json: question %d's hint is %q", n+1, q.Hint)
		}
		right := 0
		for _, c := range q.Choices {
			if c.Correct {
				right++
			}
		}
		if right == 0 || right == len(q.Choices) {
			t.Errorf("--format json: question %d has %d right of %d choices", n+1, right, len(q.Choices))
		}
	}
	dir := write(t, map[string][]byte{"one.txt": seed(t, "001_dcb0778ffaba6f06.txt"), "two.txt": []byte("A storm brought heavy snow to the northern valleys overnight. Several roads were closed until the afternoon.")})
	if _, errs, code := call(t, "", "exercise", dir); code != 0 || !strings.Contains(errs, "fewer than the 4 an exercise needs") {
		t.Errorf("two unrelated articles: exit %d, stderr %q", code, errs)
	}
	if _, errs, code := call(t, "", "exercise", "--format", "pdf", seedDir); code != 2 || !strings.Contains(errs, "--format must be text or json") {
		t.Errorf("--format pdf: exit %d, stderr %q", code, errs)
	}
}

// TestEditsFromManifest: a folder's manifest edits apply; a bad one is
// named on standard error with the manifest and the edit, and the rest
// still apply.
func TestEditsFromManifest(t *testing.T) {
	dir := t.TempDir()
	entries, err := os.ReadDir(seedDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".txt") {
			b, err := os.ReadFile(filepath.Join(seedDir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	manifest := `{"title": "Edited", "edits": [
  {"join": [{"article": "002_58d5efca2139f73e", "text": "50-minute closed-door discussion"},
            {"article": "004_6e953f77dba7049c", "text": "lasted nearly an hour"}]},
  {"aside": {"article": "001_dcb0778ffaba6f06", "text": "Rubio was also seeing other foreign ministers"}},
  {"split": {"article": "003_d26cce4f638814c6", "text": "words no sentence has"}}
]}`
	if err := os.WriteFile(filepath.Join(dir, "manifest.json"), []byte(manifest), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := call(t, "", "compare", "--format", "json", dir)
	want := filepath.Join(dir, "manifest.json") + `: edit 3 (split): no sentence of "003_d26cce4f638814c6" holds "words no sentence has"; it is not applied`
	if code != 0 || !strings.Contains(errs, want) {
		t.Fatalf("exit %d, stderr %q; want %q", code, errs, want)
	}
	var rep compare.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	edited, aside := 0, 0
	for _, c := range rep.Clusters {
		if c.Edited {
			edited++
		}
	}
	for _, a := range rep.Articles {
		for _, s := range a.Sentences {
			if s.Aside && s.Fact == -1 && strings.HasPrefix(s.Text, "Rubio was also seeing other foreign ministers") {
				aside++
			}
		}
	}
	if edited != 1 || aside != 1 {
		t.Errorf("%d facts edited, %d sentences set aside; want 1 and 1", edited, aside)
	}
	text, _, _ := call(t, "", "compare", dir)
	if !strings.Contains(text, "1 set aside by the editor") {
		t.Error("the text report does not say that a sentence was set aside")
	}
}
