package main

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/parallax-news/parallax/app/compare"
)

// writeText prints the report for a person: articles, facts by how many
// articles carry them, divergences, variants, similarity, likely rewrites,
// and what only one article says. It names each article as the widget
// does, by letter and outlet (compare.Report.Name), and prints what the
// report decided; it decides nothing itself.
func writeText(out io.Writer, r *compare.Report) error {
	w := bufio.NewWriter(out)
	t := textReport{w, r}
	t.head()
	t.articles()
	t.facts()
	t.differences()
	t.figures()
	t.opposites()
	t.variants()
	t.closeness()
	t.derivations()
	t.onlyHere()
	t.problems()
	return w.Flush()
}

// textReport prints the sections of one report.
type textReport struct {
	w *bufio.Writer
	r *compare.Report
}

// tag is the letter of the article with id.
func (t textReport) tag(id string) string { return compare.Tag(t.r.Index(id)) }

func (t textReport) heading(s string) {
	fmt.Fprintf(t.w, "\n%s\n%s\n", s, strings.Repeat("-", len([]rune(s))))
}

func (t textReport) none(found bool, s string) {
	if !found {
		fmt.Fprintln(t.w, s)
	}
}

func (t textReport) head() {
	r, c := t.r, t.r.Counts
	title := r.Title
	if title == "" {
		title = "Comparison"
	}
	fmt.Fprintf(t.w, "%s\n%s\n", title, strings.Repeat("=", len([]rune(title))))
	fmt.Fprintf(t.w, "%d articles, %d facts (strictness %.2f): %d %s; %d %s; %d %s; %d %s\n",
		len(r.Articles), c.Facts, r.Strictness,
		c.All, compare.ReachLabel(compare.ToldByAll), c.Some, compare.ReachLabel(compare.ToldBySome),
		c.OnlyHere, compare.ReachLabel(compare.ToldByOne), c.OneClose, compare.ReachLabel(compare.ToldByOneClose))
}

func (t textReport) articles() {
	t.heading("Articles")
	for i, a := range t.r.Articles {
		fmt.Fprintf(t.w, "%s (file %s), %s\n", t.r.Name(i), a.ID, a.When())
		if a.Title != "" {
			fmt.Fprintf(t.w, "    %s\n", compare.Quoted(a.Title))
		}
		aside := ""
		if n := len(a.Sentences) - a.Counted(); n > 0 {
			aside = fmt.Sprintf("; %d set aside by the editor", n)
		}
		fmt.Fprintf(t.w, "    %d sentences; %s report facts another article also reports; %d told by no other article%s\n",
			len(a.Sentences), compare.Percent(a.Shared), len(a.Unique), aside)
	}
}

// facts lists the facts more than one article tells, the most widely
// told first.
func (t textReport) facts() {
	r := t.r
	t.heading("Facts reported by more than one article")
	var order []int
	for id := range r.Clusters {
		if r.Shared(id) {
			order = append(order, id)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ca, cb := r.Clusters[a], r.Clusters[b]
		return cmp.Or(cb.Articles-ca.Articles, len(cb.Members)-len(ca.Members))
	})
	for _, id := range order {
		c := r.Clusters[id]
		var tags []string
		for _, i := range r.Tellers(id) {
			tags = append(tags, compare.Tag(i))
		}
		fmt.Fprintf(t.w, "\nFact %d: %d of %d articles (%s)\n", c.ID, c.Articles, len(r.Articles), strings.Join(tags, " "))
		for k, m := range c.Members {
			fmt.Fprintf(t.w, "  %s  %s\n", t.tag(m.Article), r.ClaimText(c.ID, k))
		}
		for _, d := range c.Divergences {
			fmt.Fprintf(t.w, "  ! %s\n", t.divergence(d))
		}
		t.near(c.Near, "  ")
	}
}

// divergence is a divergence in one line, as the widget's panel shows it:
// its kind, whether it is a conflict or a cue, and each article's words
// with its letter and whom it is attributed to.
func (t textReport) divergence(d compare.Divergence) string {
	var b strings.Builder
	b.WriteString(compare.KindLabel(d.Kind))
	if d.Conflict {
		b.WriteString(" (conflict)")
	}
	if d.Possible {
		b.WriteString(" (possible)")
	}
	b.WriteString(": ")
	for k, rd := range t.r.Readings(d) {
		if k > 0 {
			b.WriteString(" · ")
		}
		fmt.Fprintf(&b, "%s %s", compare.Quoted(rd.Value), compare.Tag(rd.Article))
		if rd.Says != "" {
			fmt.Fprintf(&b, " (%s)", rd.Says)
		}
	}
	return b.String()
}

// why prints why a divergence is reported.
func (t textReport) why(d compare.Divergence) {
	if d.Reason != "" {
		fmt.Fprintf(t.w, "    why: %s\n", d.Reason)
	}
}

// differences lists the divergences inside facts, kind by kind.
func (t textReport) differences() {
	t.heading("Where they differ")
	found := false
	for _, k := range compare.Kinds() {
		for _, c := range t.r.Clusters {
			for _, d := range c.Divergences {
				if d.Kind != k {
					continue
				}
				found = true
				fmt.Fprintf(t.w, "- fact %d: %s\n", c.ID, t.divergence(d))
				t.why(d)
				for _, m := range d.Members {
					if len(m.Diff) > 0 {
						fmt.Fprintf(t.w, "    %s: %s\n", t.tag(m.Article), diffLine(m.Diff))
					}
				}
			}
		}
	}
	t.none(found, "No differences found inside shared facts.")
}

func (t textReport) figures() {
	t.heading("Figures the articles give differently")
	t.none(len(t.r.Figures) > 0, "None found.")
	for _, f := range t.r.Figures {
		fmt.Fprintf(t.w, "- %s\n", t.divergence(f))
		t.why(f)
	}
}

func (t textReport) opposites() {
	t.heading("Opposite claims between sentences of different facts")
	t.none(len(t.r.Contradictions) > 0, "None found.")
	for _, d := range t.r.Contradictions {
		fmt.Fprintf(t.w, "- %s\n", t.divergence(d))
		t.why(d)
		for _, m := range d.Members {
			if s, ok := t.r.Sentence(compare.Ref{Article: m.Article, Sentence: m.Sentence}); ok {
				fmt.Fprintf(t.w, "    %s: %s\n", t.tag(m.Article), s.Text)
			}
		}
	}
}

func (t textReport) variants() {
	t.heading("Spelling variants across the articles")
	t.none(len(t.r.Variants) > 0, "None found.")
	for _, v := range t.r.Variants {
		var tags []string
		for _, a := range v.Articles {
			tags = append(tags, t.tag(a))
		}
		possible := ""
		if v.Possible {
			possible = " (possibly the same)"
		}
		fmt.Fprintf(t.w, "- %s: %s%s, in %s\n", v.Kind, strings.Join(v.Forms, " / "), possible, strings.Join(tags, " "))
	}
}

// closeness prints the similarity matrix.
func (t textReport) closeness() {
	r := t.r
	t.heading("How close the articles are (facts in common, as a share of their sentences)")
	fmt.Fprint(t.w, "     ")
	for i := range r.Articles {
		fmt.Fprintf(t.w, "%5s", compare.Tag(i))
	}
	fmt.Fprintln(t.w)
	for i := range r.Articles {
		fmt.Fprintf(t.w, "%5s", compare.Tag(i))
		for j := range r.Articles {
			if i == j {
				fmt.Fprintf(t.w, "%5s", "-")
			} else {
				fmt.Fprintf(t.w, "%5.2f", r.Similarity[i][j])
			}
		}
		fmt.Fprintln(t.w)
	}
}

func (t textReport) derivations() {
	r := t.r
	t.heading("Which seems rewritten from which")
	t.none(len(r.Derivations) > 0, "No article looks rewritten from another.")
	for _, d := range r.Derivations {
		fmt.Fprintf(t.w, "- %s may be rewritten from %s (likelihood %s): %s\n",
			r.Name(r.Index(d.Derived)), r.Name(r.Index(d.Source)), compare.Percent(d.Likelihood), d.Reason)
	}
}

func (t textReport) onlyHere() {
	t.heading("What only one article says")
	for i, a := range t.r.Articles {
		if len(a.Unique) == 0 {
			continue
		}
		fmt.Fprintf(t.w, "\n%s\n", t.r.Name(i))
		for _, k := range a.Unique {
			fmt.Fprintf(t.w, "  - %s\n", a.Sentences[k].Text)
			t.near(t.r.Close(compare.Ref{Article: a.ID, Sentence: k}), "      ")
		}
	}
}

func (t textReport) problems() {
	if len(t.r.Problems) == 0 {
		return
	}
	t.heading("Left out")
	for _, p := range t.r.Problems {
		fmt.Fprintf(t.w, "- %s\n", p)
	}
}

// near lists near misses: the sentences of other articles that come
// close to a fact without telling it, as a reader should check them.
func (t textReport) near(near []compare.Near, indent string) {
	for _, n := range near {
		fmt.Fprintf(t.w, "%s~ possibly also told by %s (%s close, strictness %s): %s\n",
			indent, t.tag(n.Article), compare.Percent(n.Score), compare.Percent(t.r.Strictness), t.r.NearText(n))
	}
}

// diffLine shows a word diff inline: [-removed-] {+added+}.
func diffLine(d []compare.Edit) string {
	var b strings.Builder
	for i, e := range d {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch e.Op {
		case "-":
			b.WriteString("[-" + e.Text + "-]")
		case "+":
			b.WriteString("{+" + e.Text + "+}")
		default:
			b.WriteString(e.Text)
		}
	}
	return b.String()
}
