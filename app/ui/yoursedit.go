package ui

import "github.com/parallax-news/parallax/app/article"

// edit is one change to the set: a field of an article (Article -1 and
// Field "title" for the set's title), a web page pasted into its text
// ("page", its HTML the value), or "add" and "remove".
type edit struct {
	Article int
	Field   string
	Value   string
}

// apply makes the edit on a copy of s.
func (e edit) apply(s article.Set) article.Set {
	s = cloneSet(s)
	switch {
	case e.Field == "add":
		s.Articles = append(s.Articles, article.Entry{Language: "en"})
		return s
	case e.Article == -1 && e.Field == "title":
		s.Title = e.Value
		return s
	case e.Article < 0 || e.Article >= len(s.Articles):
		return s
	case e.Field == "remove":
		return s.Without(e.Article) // its edits follow the articles after it
	}
	a := &s.Articles[e.Article]
	switch e.Field {
	case "title":
		a.Title = e.Value
	case "source":
		a.Source = e.Value
	case "date":
		a.Date = e.Value
	case "url":
		a.URL = e.Value
	case "page": // HTML pasted into an empty text field (onPaste)
		*a = a.Fill(article.ReadPage([]byte(e.Value)))
	case "language":
		a.Language = e.Value
	case "text":
		a.Text = e.Value
	}
	return s
}
