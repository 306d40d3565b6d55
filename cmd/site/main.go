// Command site is the Parallax widget: one main built twice. Built for
// GOOS=js GOARCH=wasm it is the app.wasm the browser runs; built natively
// it writes the static site (`site generate DIR`) and serves a folder for
// local use (`site serve DIR`).
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/ui"
	"github.com/parallax-news/parallax/corpus"
)

// routes registers the pages, in one place. Each page but the home page
// is NAME.html at that address: a plain static server (python3 -m
// http.server, nginx or S3 as they come) maps no address without an
// extension to a file. In the browser the address without ".html" is the
// same page too, for hosts that serve it so (GitHub Pages, Netlify, site
// serve) and for links made before. Exact routes only: the static
// generator skips pattern routes.
func routes() {
	page := func(path string, c func() app.Composer) {
		app.Route(path, c)
		if app.IsClient {
			app.Route(strings.TrimSuffix(path, ".html"), c)
		}
	}
	app.Route("/", func() app.Composer { return &ui.CorpusPage{} })
	page("/yours.html", func() app.Composer { return &ui.YoursPage{} })
	for _, slug := range corpus.Slugs() {
		page("/c/"+slug+".html", func() app.Composer { return &ui.CorpusPage{Corpus: slug, Root: "../"} })
	}
}

// pages are the site's pages, for the service worker to keep offline.
func pages() []string {
	out := []string{"/", "/yours.html"}
	for _, slug := range corpus.Slugs() {
		out = append(out, "/c/"+slug+".html")
	}
	return out
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "-warm" {
		// in the worker that compiled app.wasm (web/compile.js), which
		// reads a failure from the exit code
		if ui.Warm() == 0 {
			os.Exit(1)
		}
		return
	}
	routes()
	// In the browser, the Go runtime's start and the packages'
	// initialisation are one task, go-app's start and the first draw
	// another: together they took 181-192 ms at a 4× slowed CPU in four
	// loads (docs/performance.md, "Start-up on a phone"). Natively this
	// returns at once.
	ui.YieldToBrowser()
	app.RunWhenOnBrowser() // in the browser this never returns
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "site:", err)
		os.Exit(1)
	}
}
