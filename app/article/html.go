package article

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FromHTML reduces an HTML page or fragment to plain text for comparison:
// the text of the document in reading order, a blank line after each
// block (paragraphs, headings, list items, table rows, line breaks), and
// nothing of scripts, styles, forms, navigation or other hidden parts.
// Character references are decoded. The title is the page's first <h1>,
// else its <title>. Markup never survives: the result is text, shown as
// text. Cost: one pass of x/net/html's tokenizer, O(n).
func FromHTML(b []byte) (text, title string) {
	z := html.NewTokenizer(bytes.NewReader(b))
	var out strings.Builder
	var h1, head strings.Builder
	skip := 0 // depth inside elements whose text is not the article's
	inH1, inTitle := false, false
	breakLine := func() {
		s := out.String()
		if s == "" || strings.HasSuffix(s, "\n\n") {
			return
		}
		if strings.HasSuffix(s, "\n") {
			out.WriteString("\n")
			return
		}
		out.WriteString("\n\n")
	}
	for {
		switch z.Next() {
		case html.ErrorToken:
			return cleanText(out.String()), firstNonEmpty(cleanLine(h1.String()), cleanLine(head.String()))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case hidden[a]:
				if z.Token().Type == html.StartTagToken && a != atom.Br {
					skip++
				}
			case a == atom.Title:
				inTitle = true
			case a == atom.H1 && h1.Len() == 0:
				inH1 = true
			}
			if blocks[a] {
				breakLine()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case hidden[a] && skip > 0:
				skip--
			case a == atom.Title:
				inTitle = false
			case a == atom.H1:
				inH1 = false
			}
			if blocks[a] {
				breakLine()
			}
		case html.TextToken:
			t := string(z.Text()) // entities decoded
			switch {
			case inTitle:
				head.WriteString(t)
			case skip > 0:
			default:
				if inH1 {
					h1.WriteString(t)
				}
				words := strings.Join(strings.Fields(t), " ")
				if words != "" && (strings.HasPrefix(t, " ") || strings.HasPrefix(t, "\n") || strings.HasPrefix(t, "\t")) {
					if cur := out.String(); cur != "" && !strings.HasSuffix(cur, " ") && !strings.HasSuffix(cur, "\n") {
						out.WriteString(" ")
					}
				}
				out.WriteString(words)
				if strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\n") {
					out.WriteString(" ")
				}
			}
		}
	}
}

// hidden elements hold no article text.
var hidden = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Nav: true, atom.Form: true, atom.Button: true, atom.Select: true, atom.Svg: true,
	atom.Iframe: true, atom.Object: true, atom.Canvas: true, atom.Footer: true, atom.Aside: true,
}

// blocks end a paragraph of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Tr: true, atom.Blockquote: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Article: true, atom.Section: true, atom.Header: true, atom.Figcaption: true, atom.Pre: true,
	atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Hr: true, atom.Dd: true, atom.Dt: true,
}

// cleanText trims each line and keeps at most one blank line in a row.
func cleanText(s string) string {
	var b strings.Builder
	blank := true
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			if !blank {
				b.WriteString("\n")
			}
			blank = true
			continue
		}
		b.WriteString(line)
		b.WriteString("\n")
		blank = false
	}
	return strings.TrimSpace(b.String()) + "\n"
}

func cleanLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}
