package article

import (
	"bytes"
	"net/url"
	"regexp"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page is what a saved web page gives for comparison: the article's text
// and what the page says of itself. Empty fields are what it does not say.
type Page struct {
	Text   string
	Title  string // the article's headline
	Outlet string // its publisher in JSON-LD, else og:site_name, else the address's host
	Date   string // YYYY-MM-DD: the publication's calendar date as the page writes it
	Author string
	URL    string // the page's canonical address
}

// ReadPage reduces an HTML page to its article as Mozilla's Readability
// does (the algorithm of Firefox's reader view, in its line-by-line Go
// port, codeberg.org/readeck/go-readability), so that a saved page's
// menus, cookie banners, share buttons and related links are left out,
// and reads what the page says of itself. A fragment, or a page in which
// Readability finds no article, is reduced whole (FromHTML's rules).
// The command and the browser's editor both read pages through it.
func ReadPage(b []byte) Page {
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil { // x/net/html reports only its reader's errors
		text, title := FromHTML(b)
		return Page{Text: text, Title: title}
	}
	p := Page{URL: canonical(doc)}
	var base *url.URL
	if p.URL != "" {
		base, _ = url.Parse(p.URL)
	}
	meta := readMeta(doc) // before Readability, which changes doc
	parser := readability.NewParser()
	parser.KeepClasses = true // for prune
	art, err := parser.ParseDocument(doc, base)
	if err == nil && art.Node != nil {
		prune(art.Node)
		var body bytes.Buffer
		if html.Render(&body, art.Node) == nil {
			text, _ := FromHTML(body.Bytes())
			p.Text = proseOnly(text)
		}
		p.Author = cleanLine(art.Byline())
		p.Outlet = cleanLine(art.SiteName())
	}
	// the headline the page declares, else its first <h1>, else its
	// <title>; the page is read whole (FromHTML) only for those, or where
	// Readability found no article
	title := firstNonEmpty(meta.headline, meta.ogTitle)
	if title == "" || strings.TrimSpace(p.Text) == "" {
		whole, h1 := FromHTML(b)
		if strings.TrimSpace(p.Text) == "" {
			p.Text = whole
		}
		title = firstNonEmpty(title, h1)
	}
	p.Title = shortTitle(title)
	// and it heads the text, as in a saved .txt article (readHeader takes
	// it for the headline), where Readability left it out
	if p.Title != "" && !strings.HasPrefix(p.Text, p.Title) {
		p.Text = p.Title + "\n\n" + p.Text
	}
	p.Outlet = firstNonEmpty(meta.publisher, p.Outlet, host(p.URL))
	p.Date = meta.date
	if t, err := art.PublishedTime(); p.Date == "" && err == nil {
		p.Date = t.Format(time.DateOnly) // in the zone the page wrote
	}
	if p.Date == "" {
		p.Date = dateIn(meta.titles)
	}
	return p
}

// clutter is a class or id of what Readability keeps in an article and
// a reader skips: galleries, related links, share and newsletter boxes,
// captions and credits, bylines, advertisements.
var clutter = regexp.MustCompile(`(?i)(^|[-_\s])(gallery|slideshow|slides|carousel|related|newsletter|share|sharing|social|promo|advert|advertisement|ad|ads|sponsored|byline|caption|credit|credits|read-?more|tags|breadcrumbs?)($|[-_\s])`)

// prune takes out of an article's node what clutter names, and figures'
// captions.
func prune(root *html.Node) {
	var drop []*html.Node
	walk(root, func(n *html.Node) {
		if n == root || n.Type != html.ElementNode {
			return
		}
		if n.DataAtom == atom.Figcaption || clutter.MatchString(attr(n, "class")) || clutter.MatchString(attr(n, "id")) {
			drop = append(drop, n)
		}
	})
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// notProse are paragraphs of a page that are not the article's: a
// reading time, "Related coverage", "Read more: …", a newsletter's
// invitation, credits ("Reporting by …; Editing by …").
var notProse = regexp.MustCompile(`(?i)^(\d+\s+min(ute)?s?\s+read|read more\b.*|related( coverage| articles| stories| content)?|trending( articles| now)?|advertisement:?|(additional )?(reporting|writing|editing) by\b.*|.*\bsign up\b.*\bnewsletter\b.*|.*\bnewsletter\b.*\bsign up\b.*)$`)

// photoCredit ends a picture's caption: "… (Getty/Kevork Djansezian)".
var photoCredit = regexp.MustCompile(`(?i)\((getty|ap|afp|reuters|epa|dpa|photo|image|picture|credit)\b[^()]*\)$`)

// sentenceEnd is how a paragraph of prose ends.
var sentenceEnd = regexp.MustCompile(`[.!?…:;"”’»]$`)

// proseOnly keeps the paragraphs of text that are the article's: none
// that notProse names, and none of under nine words that does not end as
// a sentence does (a byline, a date, "Slideshow (15 images)", a
// subheading, a tweet's signature, a class name shown as text), and no
// caption (photoCredit).
func proseOnly(text string) string {
	var keep []string
	for _, para := range strings.Split(text, "\n\n") {
		line := cleanLine(para)
		switch {
		case line == "", notProse.MatchString(line):
		case len(strings.Fields(line)) < 9 && !sentenceEnd.MatchString(line), photoCredit.MatchString(line):
		default:
			keep = append(keep, strings.TrimSpace(para))
		}
	}
	if len(keep) == 0 {
		return text
	}
	return strings.Join(keep, "\n\n") + "\n"
}

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
