package exercise

// What a worksheet prints besides the questions: each article's text
// with numbered paragraphs, which the questions, their hints and the key
// cite ("paragraph 4 of C").

import (
	"fmt"

	"github.com/parallax-news/parallax/app/compare"
)

// Sheet is an article as a worksheet prints it.
type Sheet struct {
	Tag    string `json:"tag"` // its letter: A, B, …
	Outlet string `json:"outlet"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"` // as compare.Article.When gives it
	// Paragraphs are its body's paragraphs in order, numbered from 1 on
	// paper (compare.Sentence.Paragraph).
	Paragraphs []string `json:"paragraphs"`
}

// sheets are the report's articles as a worksheet prints them.
func sheets(r *compare.Report) []Sheet {
	out := make([]Sheet, len(r.Articles))
	for i, a := range r.Articles {
		out[i] = Sheet{Tag: compare.Tag(i), Outlet: r.Outlet(i), Title: a.Title, Date: a.When(), Paragraphs: r.Paragraphs(i)}
	}
	return out
}

// hint is what a student who answered wrongly is told first: where to
// look again, a sentence that helps without giving the answer away
// (Question.Look); "" where there is none.
func hint(r *compare.Report, q Question) string {
	if q.Look == nil {
		return ""
	}
	where := r.Cite(*q.Look)
	if where == "" {
		return ""
	}
	return fmt.Sprintf("Not quite. Look again at %s, then try again.", where)
}

// look is the sentence a hint points at where the question does not
// choose one (onlyOne does): for which outlets tell a fact, one that tells
// it other than the one shown (the student still has to find the rest);
// otherwise the first sentence of the evidence that is not the one the
// question shows.
func look(q Question) *compare.Ref {
	switch q.Kind {
	case WhoTells:
		for _, ref := range q.Evidence {
			if q.About == nil || ref.Article != q.About.Article {
				return &ref
			}
		}
		return nil
	}
	for _, ref := range q.Evidence {
		if q.About == nil || ref != *q.About {
			return &ref
		}
	}
	return nil
}
