package article

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// pageCase is one saved page of testdata/pages and what its article is.
type pageCase struct {
	File   string `json:"file"`
	Title  string `json:"title"`
	First  string `json:"first"` // how the article's first paragraph after the headline starts
	Last   string `json:"last"`  // how its last paragraph ends
	Outlet string `json:"outlet"`
	Date   string `json:"date"`
	URL    string `json:"url"`
}

// pageClutter is what a news page holds around its article: none of it
// may be read as the article's.
var pageClutter = regexp.MustCompile(`(?i)cookie|newsletter|share (on|this)|follow (us|the verge)|related (coverage|articles|stories)|read more|sign up|subscribe|advertisement|trending|skip to|min read|slideshow|all rights reserved|alle rechte`)

func loadPages(t *testing.T) (dir string, cases []pageCase) {
	t.Helper()
	dir = filepath.Join("..", "..", "testdata", "pages")
	b, err := os.ReadFile(filepath.Join(dir, "expect.json"))
	if err != nil {
		t.Fatal(err)
	}
	var set struct {
		Pages []pageCase `json:"pages"`
	}
	if err := json.Unmarshal(b, &set); err != nil {
		t.Fatal(err)
	}
	return dir, set.Pages
}

// Real saved news pages: the text is the article's, from its first
// paragraph to its last, with no line of the page around it, and the
// outlet, date, headline and address are the page's.
func TestReadPage(t *testing.T) {
	dir, cases := loadPages(t)
	for _, c := range cases {
		t.Run(c.File, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(dir, c.File))
			if err != nil {
				t.Fatal(err)
			}
			p := ReadPage(b)
			paras := strings.Split(strings.TrimSpace(p.Text), "\n\n")
			if len(paras) < 3 {
				t.Fatalf("%d paragraphs: %q", len(paras), p.Text)
			}
			if paras[0] != c.Title {
				t.Errorf("the text starts with %q, not the headline", paras[0])
			}
			if !strings.HasPrefix(paras[1], c.First) {
				t.Errorf("the article starts with %.120q, want %q…", paras[1], c.First)
			}
			if last := paras[len(paras)-1]; !strings.HasSuffix(last, c.Last) {
				t.Errorf("the article ends with …%q, want …%q", last[max(0, len(last)-120):], c.Last)
			}
			for _, para := range paras {
				if m := pageClutter.FindString(para); m != "" && len(strings.Fields(para)) < 40 {
					t.Errorf("a paragraph of the page's clutter (%q): %.120q", m, para)
				}
			}
			got := Page{Title: p.Title, Outlet: p.Outlet, Date: p.Date, URL: p.URL}
			want := Page{Title: c.Title, Outlet: c.Outlet, Date: c.Date, URL: c.URL}
			if got != want {
				t.Errorf("ReadPage = %+v\nwant %+v", got, want)
			}
		})
	}
}

// Nothing a page holds makes ReadPage fail: its date is a day of the
// calendar or nothing, and its address an absolute http(s) one or nothing.
func FuzzReadPage(f *testing.F) {
	f.Add(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"X"},"datePublished":"2020-02-30"}</script></head><body><article><p>a b c.</p></article></body></html>`)
	f.Add(`<script type="application/ld+json">[{"@graph":[{"@type":["Article"],"publisher":[{"name":1}],"headline":7}]}]</script><h1>t</h1>`)
	f.Add(`<title>x | DW | 31.02.2020</title><link rel=canonical href="javascript:alert(1)"><meta property="og:url" content="//a"><p>One.</p>`)
	f.Add(`<div class="share"><figure><figcaption>c</figcaption></figure></div><time itemprop="datePublished" datetime="2020-01-01T23:00:00-05:00">`)
	f.Fuzz(func(t *testing.T, s string) {
		p := ReadPage([]byte(s))
		if p.Date != "" {
			if _, err := time.Parse(time.DateOnly, p.Date); err != nil {
				t.Fatalf("date %q", p.Date)
			}
		}
		if p.URL != "" && !strings.HasPrefix(p.URL, "http://") && !strings.HasPrefix(p.URL, "https://") {
			t.Fatalf("address %q", p.URL)
		}
	})
}
