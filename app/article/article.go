// Package article reads news articles: their metadata, from a manifest or
// from what the text itself says, and the span of their body.
package article

import (
	"github.com/parallax-news/parallax/app/segment"
)

// Article is one news article and what is known about it.
type Article struct {
	ID       string // file name without .txt
	Path     string // where it was read from, for messages
	Text     string // the raw bytes, exactly as read; an HTML page's text (FromHTML)
	Title    string
	Source   string // the outlet; "" when nothing names it
	Section  string // "international" in "ETV Bharat / international"
	Date     string // YYYY-MM-DD, or "" when unknown
	Dateline string // "KUALA LUMPUR, July 10": place and date as printed
	Language string // a name words.LookupLanguage accepts; "" is English
	URL      string
	FromHTML bool // read from an HTML page, reduced to its text (Decode)

	// Body is where the article's own sentences are: after any metadata
	// line, headline and dateline.
	Body segment.Span
	// Meta lists the spans of Text read as metadata (date line, headline,
	// dateline), in order.
	Meta []segment.Span
}

// Meta is what a manifest may say of an article. Empty fields leave the
// article's own text to speak.
type Meta struct {
	ID       string `json:"id"`
	Title    string `json:"title,omitempty"`
	Source   string `json:"source,omitempty"`
	Date     string `json:"date,omitempty"`
	Language string `json:"language,omitempty"`
	URL      string `json:"url,omitempty"`
}

// Parse reads an article's metadata and body from its text, then lets the
// manifest's non-empty fields override what the text says.
func Parse(id, path, text string, m Meta) Article {
	a := Article{ID: id, Path: path, Text: text}
	readHeader(&a)
	if m.Title != "" {
		a.Title = m.Title
	}
	if m.Source != "" {
		a.Source = m.Source
	}
	if m.Date != "" {
		a.Date = m.Date
	}
	if m.Language != "" {
		a.Language = m.Language
	}
	if m.URL != "" {
		a.URL = m.URL
	}
	return a
}
