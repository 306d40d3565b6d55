package ui

import (
	"context"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/corpus"
)

// Warm runs, with no page, the code a page runs first: the bundled
// corpus read and compared, and its views drawn as HTML. The site's
// worker (web/compile.js) runs it on the module the page then starts:
// the browser compiles a WebAssembly function on the thread that first
// calls it (lazy compilation), and the code it compiled in the worker is
// the module's, so the page's own thread finds that code compiled.
// It returns how many views it drew, 0 if the corpus could not be compared.
func Warm() int {
	_, r, _ := compareCorpus(context.Background(), corpus.FS, "", nil)
	if r == nil {
		return 0
	}
	drawn := 0
	s := State{View: SideBySide, Fact: -1}
	picked := s
	picked.Fact = 0
	for _, v := range []app.UI{
		&Header{Report: r, State: s},
		&ColumnsView{Report: r, State: s, Limit: 5},
		&ColumnsView{Report: r, State: picked},
		&OverviewView{Report: r, State: s},
		&DivergenceView{Report: r, State: s},
		&SourcesView{Report: r},
		&Attribution{Report: r},
	} {
		if app.HTMLString(v) != "" {
			drawn++
		}
	}
	return drawn
}
