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
// and what only one article says.
func writeText(out io.Writer, r *compare.Report) error {
	w := bufio.NewWriter(out)
	tag := map[string]string{} // article id → short tag, A, B, ...
	sents := map[string][]compare.Sentence{}
	for i, a := range r.Articles {
		tag[a.ID] = letters(i)
		sents[a.ID] = a.Sentences
	}

	title := r.Title
	if title == "" {
		title = "Comparison"
	}
	fmt.Fprintf(w, "%s\n%s\n", title, strings.Repeat("=", len([]rune(title))))
	fmt.Fprintf(w, "%d articles, %d facts: %d reported by more than one article, %d by all %d (strictness %.2f)\n",
		len(r.Articles), r.Counts.Facts, r.Counts.Several, r.Counts.All, len(r.Articles), r.Strictness)
	fmt.Fprintf(w, "%d reported by one article only: %d with nothing close in another, %d with a sentence of another that comes close\n",
		r.Counts.One, r.Counts.One-r.Counts.OneClose, r.Counts.OneClose)

	heading(w, "Articles")
	for _, a := range r.Articles {
		src := a.Source
		if src == "" {
			src = "outlet not named"
		}
		date := a.Date
		if date == "" {
			date = "undated"
			if a.Dateline != "" {
				date = "dateline " + a.Dateline
			}
		}
		fmt.Fprintf(w, "[%s] %s: %s, %s\n", tag[a.ID], a.ID, src, date)
		if a.Title != "" {
			fmt.Fprintf(w, "    %q\n", a.Title)
		}
		fmt.Fprintf(w, "    %d sentences; %.0f%% report facts another article also reports; %d only here\n",
			len(a.Sentences), 100*a.Shared, len(a.Unique))
	}

	heading(w, "Facts reported by more than one article")
	order := make([]int, 0, len(r.Clusters))
	for i, c := range r.Clusters {
		if len(c.Members) > 1 {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		ca, cb := r.Clusters[a], r.Clusters[b]
		return cmp.Or(cb.Articles-ca.Articles, len(cb.Members)-len(ca.Members))
	})
	for _, i := range order {
		c := r.Clusters[i]
		var tags []string
		for _, m := range c.Members {
			tags = append(tags, tag[m.Article])
		}
		fmt.Fprintf(w, "\nFact %d: %d of %d articles (%s)\n", c.ID, c.Articles, len(r.Articles), strings.Join(tags, " "))
		for k, m := range c.Members {
			fmt.Fprintf(w, "  %s  %s\n", tag[m.Article], r.ClaimText(c.ID, k))
		}
		for _, d := range c.Divergences {
			fmt.Fprintf(w, "  ! %s: %s\n", kindName(d), d.Summary)
		}
		writeNear(w, r, tag, c.Near, "  ")
	}

	heading(w, "Where they differ")
	found := false
	for _, k := range compare.Kinds() {
		for _, c := range r.Clusters {
			for _, d := range c.Divergences {
				if d.Kind != k {
					continue
				}
				found = true
				fmt.Fprintf(w, "- %s (fact %d): %s\n", kindName(d), c.ID, d.Summary)
				writeWhy(w, d)
				for _, m := range d.Members {
					if len(m.Diff) > 0 {
						fmt.Fprintf(w, "    %s: %s\n", tag[m.Article], diffLine(m.Diff))
					}
				}
			}
		}
	}
	if !found {
		fmt.Fprintln(w, "No differences found inside shared facts.")
	}

	heading(w, "Figures the articles give differently")
	if len(r.Figures) == 0 {
		fmt.Fprintln(w, "None found.")
	}
	for _, f := range r.Figures {
		fmt.Fprintf(w, "- %s\n", f.Summary)
		writeWhy(w, f)
	}

	heading(w, "Opposite claims between sentences of different facts")
	if len(r.Contradictions) == 0 {
		fmt.Fprintln(w, "None found.")
	}
	for _, d := range r.Contradictions {
		fmt.Fprintf(w, "- %s\n", d.Summary)
		writeWhy(w, d)
		for _, m := range d.Members {
			says := ""
			if m.Says != "" {
				says = " (attributed to " + m.Says + ")"
			}
			fmt.Fprintf(w, "    %s%s: %s\n", tag[m.Article], says, sents[m.Article][m.Sentence].Text)
		}
	}

	heading(w, "Spelling variants across the articles")
	if len(r.Variants) == 0 {
		fmt.Fprintln(w, "None found.")
	}
	for _, v := range r.Variants {
		var ts []string
		for _, a := range v.Articles {
			ts = append(ts, tag[a])
		}
		possible := ""
		if v.Possible {
			possible = " (possibly the same)"
		}
		fmt.Fprintf(w, "- %s: %s%s, in %s\n", v.Kind, strings.Join(v.Forms, " / "), possible, strings.Join(ts, " "))
	}

	heading(w, "How close the articles are (share of facts in common)")
	fmt.Fprint(w, "     ")
	for _, a := range r.Articles {
		fmt.Fprintf(w, "%5s", tag[a.ID])
	}
	fmt.Fprintln(w)
	for i, a := range r.Articles {
		fmt.Fprintf(w, "%5s", tag[a.ID])
		for j := range r.Articles {
			if i == j {
				fmt.Fprintf(w, "%5s", "-")
			} else {
				fmt.Fprintf(w, "%5.2f", r.Similarity[i][j])
			}
		}
		fmt.Fprintln(w)
	}

	heading(w, "Which seems rewritten from which")
	if len(r.Derivations) == 0 {
		fmt.Fprintln(w, "No article looks rewritten from another.")
	}
	for _, d := range r.Derivations {
		fmt.Fprintf(w, "- %s may be rewritten from %s (likelihood %.2f): %s\n", tag[d.Derived], tag[d.Source], d.Likelihood, d.Reason)
	}

	heading(w, "What only one article says")
	for _, a := range r.Articles {
		if len(a.Unique) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n[%s] %s\n", tag[a.ID], a.ID)
		for _, k := range a.Unique {
			fmt.Fprintf(w, "  - %s\n", a.Sentences[k].Text)
			writeNear(w, r, tag, r.Close(compare.Ref{Article: a.ID, Sentence: k}), "      ")
		}
	}
	if len(r.Problems) > 0 {
		heading(w, "Left out")
		for _, p := range r.Problems {
			fmt.Fprintf(w, "- %s\n", p)
		}
	}
	return w.Flush()
}

// writeNear lists near misses: the sentences of other articles that come
// close to a fact without telling it, as a reader should check them.
func writeNear(w io.Writer, r *compare.Report, tag map[string]string, near []compare.Near, indent string) {
	for _, n := range near {
		fmt.Fprintf(w, "%s~ possibly also told by %s (score %.3f, strictness %.2f): %s\n", indent, tag[n.Article], n.Score, r.Strictness, r.NearText(n))
	}
}

func heading(w io.Writer, s string) {
	fmt.Fprintf(w, "\n%s\n%s\n", s, strings.Repeat("-", len([]rune(s))))
}

// letters names the i-th article: A … Z, AA, AB, ...
func letters(i int) string { return compare.Tag(i) }

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

// kindName is a divergence's kind as the report prints it, with
// "possible" when it is a cue to check rather than a finding.
func kindName(d compare.Divergence) string {
	if d.Possible {
		return string(d.Kind) + " (possible)"
	}
	return string(d.Kind)
}

// writeWhy prints why a divergence is reported.
func writeWhy(w io.Writer, d compare.Divergence) {
	if d.Reason != "" {
		fmt.Fprintf(w, "    why: %s\n", d.Reason)
	}
}
