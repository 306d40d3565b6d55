package ui

// The address holds the page's state (state.go): nav reads it when the
// address changes; navigate and replaceURL write it.

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/compare"
)

// nav reads the state from the address. It returns whether the
// strictness changed, and where the selection goes if it did: a fact's
// number belongs to one strictness, so when the reader moves the slider
// the selection follows the selected sentence to its new fact (a link's
// own fact number is already in its own strictness). Another view opened
// by the reader is drawn in steps.
func (c *comparison) nav(ctx app.Context) (realign bool, anchor *compare.Ref) {
	u := pageURL(ctx)
	s := ParseState(u.Query())
	realign = s.Strictness != c.state.Strictness || s.Machine != c.state.Machine
	opened := c.navigated && s.View != c.state.View
	if realign && c.navigated && c.report != nil && s.Fact >= 0 && s.Fact < len(c.report.Clusters) {
		anchor = &c.report.Clusters[s.Fact].Members[0]
		if i, k, ok := s.Anchor(); ok && i < len(c.report.Articles) && k < len(c.report.Articles[i].Sentences) {
			anchor = &compare.Ref{Article: c.report.Articles[i].ID, Sentence: k}
		}
	}
	c.state = s
	c.navigated = true
	if app.IsClient {
		c.page = (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path}).String()
	}
	ctx.Defer(func(app.Context) { applyAccent(s.Accent) })
	if opened && c.report != nil && !realign {
		c.drawInSteps(ctx, nil)
	}
	return realign, anchor
}

// replaceURL changes the address to the state without a new history
// entry (the selection following the slider is not a step of its own).
func replaceURL(ctx app.Context, s State) {
	u := pageURL(ctx)
	replaceAddress((&url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path, RawQuery: s.Query().Encode()}).String())
}

// replaceAddress makes next the page's address without a new history
// entry: in history, or where the host forbids it (cmd/site/host.js), in
// window.__pxURL.
func replaceAddress(next string) {
	if v := app.Window().Get("__pxURL"); v.Truthy() {
		app.Window().Set("__pxURL", next)
		return
	}
	app.Window().Get("history").Call("replaceState", nil, "", next)
}

// navigate moves the page to a new state: the URL changes, and the
// page's OnNav does the rest. Any component may call it.
func navigate(ctx app.Context, s State) {
	u := pageURL(ctx)
	ctx.NavigateTo(&url.URL{Scheme: u.Scheme, Host: u.Host, Path: u.Path, RawQuery: s.Query().Encode()})
}

// pageURL is the page's address: the browser's, or, where a sandbox
// forbids history (see cmd/site/host.js), the one kept in window.__pxURL.
func pageURL(ctx app.Context) *url.URL {
	if app.IsClient {
		if v := app.Window().Get("__pxURL"); v.Truthy() {
			if u, err := url.Parse(v.String()); err == nil {
				return u
			}
		}
	}
	return ctx.Page().URL()
}
