//go:build js

package compare

import (
	"strings"
	"syscall/js"
	"testing"
)

// In the browser there is no file system: e2e/wasmexec.mjs serves the
// ECB+ texts (WASMEXEC_SHARED) at /shared/, with their list at
// /shared/list, for the benchmarks to fetch.
func sharedFiles(tb testing.TB) []string {
	list, ok := fetch("/shared/list")
	if !ok {
		return nil
	}
	return strings.Fields(list)
}

func readShared(tb testing.TB, f string) []byte {
	text, ok := fetch("/shared/" + f)
	if !ok {
		tb.Fatalf("fetching %s failed", f)
	}
	return []byte(text)
}

// fetch GETs a URL of the page's server synchronously: a benchmark's
// set-up may block, and a synchronous request needs no event loop.
func fetch(url string) (string, bool) {
	xhr := js.Global().Get("XMLHttpRequest").New()
	xhr.Call("open", "GET", url, false)
	xhr.Call("overrideMimeType", "text/plain; charset=utf-8")
	xhr.Call("send")
	if xhr.Get("status").Int() != 200 {
		return "", false
	}
	return xhr.Get("responseText").String(), true
}
