package ui

// A set shared by link (article.Set.Link): the teacher's guide on one's
// own articles gives a link that carries them, with their edits, in its
// fragment; the page it opens reads them, asking before it replaces a set
// the student keeps in this browser.

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
)

// sharedSet is the set the page's address carries (#set=…): ok is false
// when it carries none; err says why one could not be read.
func sharedSet(ctx app.Context) (s article.Set, ok bool, err error) {
	frag := pageURL(ctx).Fragment
	payload, found := strings.CutPrefix(frag, article.LinkKey)
	if !found {
		return article.Set{}, false, nil
	}
	s, err = article.ReadLink(payload)
	return s, true, err
}

// dropFragment takes the set out of the address once read: a reload must
// not offer it again, nor a bookmark carry it.
func dropFragment(ctx app.Context) {
	u := pageURL(ctx)
	u.Fragment, u.RawFragment = "", ""
	replaceAddress(u.String())
}

// adoptShared decides what a shared set does to the kept one, kept: it
// takes its place where nothing, or the same articles, are kept (adopted:
// to be stored for the next visit too); otherwise it waits for the person
// to say (y.offer). It returns the set to start with.
func (y *YoursPage) adoptShared(ctx app.Context, kept article.Set) (s article.Set, adopted bool) {
	shared, ok, err := sharedSet(ctx)
	if !ok {
		return kept, false
	}
	dropFragment(ctx)
	switch {
	case err != nil:
		y.ed.note = "The link's articles could not be opened: " + err.Error() + ". Your own articles are as they were."
		return kept, false
	case emptySet(kept) || sameArticles(kept, shared):
		return shared, true
	}
	y.offer = &shared
	return kept, false
}

func emptySet(s article.Set) bool {
	for _, e := range s.Articles {
		if strings.TrimSpace(e.Text) != "" {
			return false
		}
	}
	return true
}

// sameArticles reports whether two sets hold the same texts in order.
func sameArticles(a, b article.Set) bool {
	if len(a.Articles) != len(b.Articles) {
		return false
	}
	for i := range a.Articles {
		if a.Articles[i].Text != b.Articles[i].Text {
			return false
		}
	}
	return true
}

// offerBar asks whether the shared set replaces the one kept here.
func (y *YoursPage) offerBar() app.UI {
	s := y.offer
	n, kept := len(s.Articles), len(y.ed.set.Articles)
	what := plural(n, "article", "articles")
	if s.Title != "" {
		what += " (“" + s.Title + "”)"
	}
	return app.Div().ID("px-offer").Class("px-note px-offer").Role("alert").Body(
		app.P().Text("This link brings "+strconv.Itoa(n)+" "+what+". Open them in place of the "+strconv.Itoa(kept)+" "+plural(kept, "article", "articles")+" kept in this browser? To keep yours, export them first (Your articles, Export as a file)."),
		app.P().Body(
			app.Button().Type("button").ID("px-offer-open").Class("px-button").Text("Open the shared articles").OnClick(func(ctx app.Context, e app.Event) {
				shared := *y.offer
				y.offer = nil
				y.setSet(ctx, shared, true)
				y.saveSet()
				ctx.NewAction(actionCompare)
			}),
			app.Text(" "),
			app.Button().Type("button").ID("px-offer-keep").Class("px-button px-secondary").Text("Keep mine").OnClick(func(ctx app.Context, e app.Event) {
				y.offer = nil
			}),
		),
	)
}

// shareLink is the set as a link's payload, made again only when the set
// changed (deflating a set of 200 takes a while).
func (y *YoursPage) shareLink() string {
	if y.linkRev != y.setRev || y.link == "" {
		y.link, _ = y.ed.set.Link()
		y.linkRev = y.setRev
	}
	return y.link
}
