package eval

import (
	"fmt"
	"io"
	"io/fs"
	"slices"
	"sort"
	"strings"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
)

// A DivergenceLabel is one pair of passages, in two articles of one story,
// that a careful reader judged: do they disagree (a figure or a date that
// cannot both be right, or opposite claims), or not. The labelled set is
// testdata/divergences/labels.tsv; its README says how it was made.
type DivergenceLabel struct {
	Story string // "seeds" (the bundled corpus) or "ecbplus/<topic>/<event>"
	Kind  string // figure, date or opposite
	Real  bool
	A, B  Passage
	Note  string
	Line  int // in the labels file
}

// Passage is a short exact text of one article.
type Passage struct {
	Article string // the article's id: its file name without .txt
	Text    string
}

// The kinds of labelled divergence: conflicts are figures and dates.
const (
	LabelFigure   = "figure"
	LabelDate     = "date"
	LabelOpposite = "opposite"
)

// ReadDivergenceLabels reads the labelled divergence set: lines of
// story, kind, real (1 or 0), article a, text a, article b, text b and a
// note, tab-separated; lines starting with # are comments.
func ReadDivergenceLabels(name string, r io.Reader) ([]DivergenceLabel, error) {
	var out []DivergenceLabel
	var bad error
	err := ScanTSV(name, r, func(line int, f []string) bool {
		if strings.HasPrefix(f[0], "#") {
			return true
		}
		if len(f) != 8 || (f[2] != "0" && f[2] != "1") || !slices.Contains([]string{LabelFigure, LabelDate, LabelOpposite}, f[1]) {
			bad = fmt.Errorf("%s:%d: expected story, kind (figure, date or opposite), real (1 or 0), article, text, article, text and note, tab-separated", name, line)
			return false
		}
		if f[4] == "" || f[6] == "" {
			bad = fmt.Errorf("%s:%d: a passage is empty", name, line)
			return false
		}
		out = append(out, DivergenceLabel{Story: f[0], Kind: f[1], Real: f[2] == "1",
			A: Passage{f[3], f[4]}, B: Passage{f[5], f[6]}, Note: f[7], Line: line})
		return true
	})
	if err != nil {
		return nil, err
	}
	return out, bad
}

// Reported is one pair of marks the engine reports as disagreeing.
type Reported struct {
	Story   string
	Kind    string // figure, date or opposite
	A, B    compare.Mark
	Summary string
	Label   int // index of the matching label, -1 when none matches
}

// Stories lists the stories the labels name, in order of first mention.
func Stories(labels []DivergenceLabel) []string {
	var out []string
	for _, l := range labels {
		if !slices.Contains(out, l.Story) {
			out = append(out, l.Story)
		}
	}
	return out
}

// LoadStory reads the articles of one story: "seeds" from seeds (the
// bundled corpus's folder), "ecbplus/<topic>/<event>" from the ECB+ topic
// folder under ecb, keeping the articles of that event.
func LoadStory(story string, seeds, ecb fs.FS) ([]article.Article, error) {
	if story == "seeds" {
		_, arts, problems, err := article.LoadDir(seeds, ".")
		if err == nil && len(problems) > 0 {
			err = problems[0]
		}
		return arts, err
	}
	parts := strings.Split(story, "/")
	if len(parts) != 3 || parts[0] != "ecbplus" {
		return nil, fmt.Errorf("story %q: expected seeds or ecbplus/<topic>/<event>", story)
	}
	if ecb == nil {
		return nil, fmt.Errorf("story %q: no ECB+ folder", story)
	}
	t, err := LoadTopic(ecb, parts[1])
	if err != nil {
		return nil, err
	}
	var out []article.Article
	for _, a := range t.Articles {
		if t.Event[a.ID] == parts[2] {
			out = append(out, a)
		}
	}
	if len(out) < 2 {
		return nil, fmt.Errorf("story %q: fewer than two articles of that event", story)
	}
	return out, nil
}

// ReportedPairs lists what the report says disagrees, pair by pair of
// marks in two articles: figures and dates the report marks as a conflict
// (in a fact or across the corpus), and every contradiction (opposite
// claims, sure or possible).
func ReportedPairs(story string, r *compare.Report) []Reported {
	var out []Reported
	type key struct {
		a, b   string
		sa, sb int
	}
	seen := map[key]bool{}
	add := func(kind string, d compare.Divergence, a, b compare.Mark) {
		if a.Article == b.Article {
			return
		}
		k := key{a.Article, b.Article, a.Start, b.Start}
		if seen[k] || seen[key{b.Article, a.Article, b.Start, a.Start}] {
			return
		}
		seen[k] = true
		out = append(out, Reported{Story: story, Kind: kind, A: a, B: b, Summary: d.Summary, Label: -1})
	}
	each := func(ds []compare.Divergence) {
		for _, d := range ds {
			switch {
			case d.Kind == compare.KindNumber && d.Conflict:
				for _, p := range d.Conflicts {
					add(LabelFigure, d, d.Members[p[0]], d.Members[p[1]])
				}
			case d.Kind == compare.KindDate && d.Conflict:
				for _, p := range d.Conflicts {
					add(LabelDate, d, d.Members[p[0]], d.Members[p[1]])
				}
			case d.Kind == compare.KindContradiction:
				for x, a := range d.Members {
					for _, b := range d.Members[x+1:] {
						add(LabelOpposite, d, a, b)
					}
				}
			}
		}
	}
	for _, c := range r.Clusters {
		each(c.Divergences)
	}
	each(r.Figures)
	each(r.Contradictions)
	return out
}

// DivergenceScore is precision and recall of what the engine reports
// against the labelled set, for one group of kinds.
type DivergenceScore struct {
	Reported  int // pairs reported
	True      int // reported and labelled real
	False     int // reported and labelled not real
	Unlabeled int // reported with no label: counted as false
	Real      int // labelled real
	Found     int // labelled real and reported
}

// Precision counts an unlabelled report as a false one: the set must
// grow with the engine.
func (s DivergenceScore) Precision() float64 { return ratio(s.True, s.Reported) }

// Recall is the share of the labelled real divergences reported.
func (s DivergenceScore) Recall() float64 { return ratio(s.Found, s.Real) }

// MatchDivergences matches reported pairs to labels of the same story and
// kind group whose passages overlap the marks (in either order), and
// scores conflicts (figures and dates) and opposite claims apart.
func MatchDivergences(labels []DivergenceLabel, reported []Reported, texts map[string]map[string]string) (conflicts, opposites DivergenceScore) {
	score := func(kind string) *DivergenceScore {
		if kind == LabelOpposite {
			return &opposites
		}
		return &conflicts
	}
	found := make([]bool, len(labels))
	for i := range reported {
		rp := &reported[i]
		s := score(rp.Kind)
		s.Reported++
		for j, l := range labels {
			if l.Story != rp.Story || (l.Kind == LabelOpposite) != (rp.Kind == LabelOpposite) {
				continue
			}
			t := texts[l.Story]
			if covers(t, l.A, rp.A) && covers(t, l.B, rp.B) || covers(t, l.A, rp.B) && covers(t, l.B, rp.A) {
				rp.Label = j
				break
			}
		}
		switch {
		case rp.Label < 0:
			s.Unlabeled++
		case labels[rp.Label].Real:
			s.True++
			found[rp.Label] = true
		default:
			s.False++
		}
	}
	for j, l := range labels {
		if l.Real {
			s := score(l.Kind)
			s.Real++
			if found[j] {
				s.Found++
			}
		}
	}
	return conflicts, opposites
}

// covers reports whether the passage, found anywhere in its article's
// text, overlaps the mark.
func covers(texts map[string]string, p Passage, m compare.Mark) bool {
	if p.Article != m.Article {
		return false
	}
	text := texts[p.Article]
	for from := 0; ; {
		i := strings.Index(text[from:], p.Text)
		if i < 0 {
			return false
		}
		start := from + i
		if start < m.End && m.Start < start+len(p.Text) {
			return true
		}
		from = start + 1
	}
}

// CheckPassages reports every labelled passage that is not in its
// article, so that a label cannot silently match nothing.
func CheckPassages(labels []DivergenceLabel, texts map[string]map[string]string) []error {
	var out []error
	for _, l := range labels {
		for _, p := range []Passage{l.A, l.B} {
			t, ok := texts[l.Story][p.Article]
			if !ok {
				out = append(out, fmt.Errorf("line %d: %s has no article %q", l.Line, l.Story, p.Article))
			} else if !strings.Contains(t, p.Text) {
				out = append(out, fmt.Errorf("line %d: %q is not in %s", l.Line, p.Text, p.Article))
			}
		}
	}
	return out
}

// DivergenceResult is the labelled set measured.
type DivergenceResult struct {
	Conflicts, Opposites DivergenceScore
	Reported             []Reported // every reported pair, matched or not
	Stories              []string
}

// MeasureDivergences compares each labelled story at the strictness and
// scores what it reports. A story whose articles cannot be read is an
// error; checks names passages that are not in their article.
func MeasureDivergences(labels []DivergenceLabel, seeds, ecb fs.FS, strictness float64) (DivergenceResult, error) {
	res := DivergenceResult{Stories: Stories(labels)}
	texts := map[string]map[string]string{}
	for _, st := range res.Stories {
		arts, err := LoadStory(st, seeds, ecb)
		if err != nil {
			return res, err
		}
		texts[st] = map[string]string{}
		for _, a := range arts {
			texts[st][a.ID] = a.Text
		}
		c, err := compare.Prepare(st, arts)
		if err != nil {
			return res, fmt.Errorf("story %s: %w", st, err)
		}
		rep := c.Compare(compare.Options{Strictness: strictness})
		res.Reported = append(res.Reported, ReportedPairs(st, rep)...)
	}
	if errs := CheckPassages(labels, texts); len(errs) > 0 {
		return res, fmt.Errorf("the labels name passages that are not there: %v", errs[0])
	}
	res.Conflicts, res.Opposites = MatchDivergences(labels, res.Reported, texts)
	sort.SliceStable(res.Reported, func(i, j int) bool { return res.Reported[i].Story < res.Reported[j].Story })
	return res, nil
}
