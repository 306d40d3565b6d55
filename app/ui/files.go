package ui

// Files dropped on the page or chosen with the file picker, read in the
// browser into the person's articles.

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/parallax-news/parallax/app/article"
)

// onDragOver lets files be dropped anywhere on the page (YoursPage's
// root listens); dragged text is left to the fields.
func onDragOver(ctx app.Context, e app.Event) {
	if hasFiles(e) {
		e.PreventDefault()
	}
}

// hasFiles reports whether a drag carries files.
func hasFiles(e app.Event) bool {
	types := e.Get("dataTransfer").Get("types")
	if !types.Truthy() {
		return false
	}
	for k := 0; k < types.Get("length").Int(); k++ {
		if types.Index(k).String() == "Files" {
			return true
		}
	}
	return false
}

// onFiles reads the files chosen in a file input and sends them as action.
func onFiles(action string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		input := ctx.JSSrc()
		readFiles(ctx, input.Get("files"), action)
		input.Set("value", "") // choosing the same file again reads it again
	}
}

// readFiles reads a FileList's bytes, then sends them all as one action
// ([]fileRead). The YoursPage that handles it is the one that asked: a
// page's handlers go when it is left.
func readFiles(ctx app.Context, list app.Value, action string) {
	if !list.Truthy() || list.Get("length").Int() == 0 {
		return
	}
	n := list.Get("length").Int()
	files := make([]fileRead, n)
	left := n
	done := func() {
		if left--; left == 0 {
			ctx.NewActionWithValue(action, files)
		}
	}
	for k := 0; k < n; k++ {
		f := list.Call("item", k)
		files[k].Name = f.Get("name").String()
		if size := f.Get("size").Float(); size > article.MaxSize {
			files[k].TooLarge = size // not read at all
			done()
			continue
		}
		f.Call("arrayBuffer").Then(func(buf app.Value) {
			arr := app.Window().Get("Uint8Array").New(buf)
			files[k].Data = make([]byte, arr.Get("length").Int())
			app.CopyBytesToGo(files[k].Data, arr)
			done()
		})
	}
}
