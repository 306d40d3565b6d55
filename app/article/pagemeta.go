package article

import (
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page's head and JSON-LD say that Readability does
// not give as the comparison needs it.
type pageMeta struct {
	publisher string // JSON-LD's publisher name: Reuters' og:site_name says "U.S."
	headline  string // JSON-LD's headline: Der Spiegel's <title> is its issue's
	ogTitle   string
	date      string // YYYY-MM-DD
	titles    string // <title> and og:title, where a page without a date elsewhere may write it (DW)
}

// shortTitle is a headline without the outlet's part after " | "
// ("… new initiative | DW | 19.01.2020"), when what is before it is a
// headline (four words or more).
func shortTitle(t string) string {
	if head, _, ok := strings.Cut(t, " | "); ok && len(strings.Fields(head)) >= 4 {
		return strings.TrimSpace(head)
	}
	return t
}

// writtenDate is a date as pages write it in a title: 19.01.2020 or
// 2020-01-19.
var writtenDate = regexp.MustCompile(`\b(?:(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})-(\d{2})-(\d{2}))\b`)

// dateIn is the first date written in s, as YYYY-MM-DD; "" if none is,
// or if it is not a day of the calendar.
func dateIn(s string) string {
	m := writtenDate.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	d := m[4] + "-" + m[5] + "-" + m[6]
	if m[3] != "" {
		d = fmt.Sprintf("%s-%02s-%02s", m[3], m[2], m[1])
	}
	if _, err := time.Parse(time.DateOnly, d); err != nil {
		return ""
	}
	return d
}

// calendarDate is the date at the start of an ISO 8601 time
// ("2019-11-08T16:00:00-05:00"): the page's own calendar day, not UTC's.
var calendarDate = regexp.MustCompile(`^\s*(\d{4}-\d{2}-\d{2})`)

// isoDay is the calendar date at the start of an ISO 8601 time s, as
// YYYY-MM-DD; "" when s does not start with a day of the calendar.
func isoDay(s string) string {
	m := calendarDate.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, m[1]); err != nil {
		return ""
	}
	return m[1]
}

// readMeta reads the publisher and publication date of a page: JSON-LD
// (an object of a type ending in "Article", or a list or @graph holding
// one), then <meta property="article:published_time"> and the like.
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var metaDate string
	walk(doc, func(n *html.Node) {
		switch n.DataAtom {
		case atom.Script:
			if attr(n, "type") == "application/ld+json" && n.FirstChild != nil {
				pub, headline, date := jsonLD(n.FirstChild.Data)
				m.publisher = firstNonEmpty(m.publisher, pub)
				m.headline = firstNonEmpty(m.headline, headline)
				m.date = firstNonEmpty(m.date, date)
			}
		case atom.Title:
			if n.FirstChild != nil {
				m.titles += n.FirstChild.Data + "\n"
			}
		case atom.Meta:
			if attr(n, "property") == "og:title" {
				m.titles += attr(n, "content") + "\n"
				m.ogTitle = firstNonEmpty(m.ogTitle, cleanLine(attr(n, "content")))
			}
			switch strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"))) {
			case "article:published_time", "datepublished", "og:article:published_time", "date", "dc.date", "dc.date.issued", "pubdate", "publish-date":
				metaDate = firstNonEmpty(metaDate, isoDay(attr(n, "content")))
			}
		case atom.Time:
			if attr(n, "itemprop") == "datePublished" {
				metaDate = firstNonEmpty(metaDate, isoDay(attr(n, "datetime")))
			}
		}
	})
	m.date = firstNonEmpty(m.date, metaDate)
	return m
}

// jsonLD reads the publisher's name, the headline and the publication
// date of the first article described in a JSON-LD script.
func jsonLD(src string) (publisher, headline, date string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return "", "", ""
	}
	var visit func(v any) bool
	visit = func(v any) bool {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				if visit(e) {
					return true
				}
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok && visit(g) {
				return true
			}
			if !isArticleType(x["@type"]) {
				return false
			}
			if h, ok := x["headline"].(string); ok {
				headline = cleanLine(html.UnescapeString(h))
			}
			if d, ok := x["datePublished"].(string); ok {
				date = isoDay(d)
			}
			switch p := x["publisher"].(type) {
			case map[string]any:
				publisher, _ = p["name"].(string)
			case []any:
				if len(p) > 0 {
					if first, ok := p[0].(map[string]any); ok {
						publisher, _ = first["name"].(string)
					}
				}
			}
			publisher = cleanLine(publisher)
			return true
		}
		return false
	}
	visit(v)
	return publisher, headline, date
}

// isArticleType is whether a JSON-LD @type names an article
// (NewsArticle, Article, ReportageNewsArticle, BlogPosting…).
func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// canonical is the page's own address: <link rel="canonical">, else
// og:url; "" when it gives none that is absolute.
func canonical(doc *html.Node) string {
	var link, og string
	walk(doc, func(n *html.Node) {
		switch {
		case n.DataAtom == atom.Link && strings.EqualFold(attr(n, "rel"), "canonical") && link == "":
			link = attr(n, "href")
		case n.DataAtom == atom.Meta && attr(n, "property") == "og:url" && og == "":
			og = attr(n, "content")
		}
	})
	for _, u := range []string{link, og} {
		if p, err := url.Parse(strings.TrimSpace(u)); err == nil && (p.Scheme == "https" || p.Scheme == "http") && p.Host != "" {
			return p.String()
		}
	}
	return ""
}

// host is an address's host without "www.", as the outlet of last resort.
func host(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(p.Hostname(), "www.")
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
