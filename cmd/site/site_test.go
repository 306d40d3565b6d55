//go:build !wasm

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/parallax-news/parallax/corpus"
)

// TestGenerate builds the static site around a stand-in app.wasm and
// checks what a host will serve: the prerendered comparison, the local
// icons, the precompressed copies, and the handler's headers.
func TestGenerate(t *testing.T) {
	web := t.TempDir()
	for name, data := range map[string]string{"app.wasm": "\x00asm fake", "parallax.css": "body{}", "icon.svg": "<svg/>"} {
		if err := os.WriteFile(filepath.Join(web, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "dist")
	if err := generate(out, web, ""); err != nil {
		t.Fatal(err)
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(index)
	for _, want := range []string{
		"Rubio and Lavrov meet in Kuala Lumpur", // the corpus title
		"data-article=\"001_dcb0778ffaba6f06\"", // a sentence of a column
		"He didn&#39;t elaborate.",              // its text, escaped
		"/web/parallax.css",                     // the stylesheet
	} {
		if !strings.Contains(page, want) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	// the columns' boxes as the widget draws them: D not shown, and none
	// disabled (go-app wrote checked="false" and disabled="false")
	checked := regexp.MustCompile(`\schecked[\s>]`)
	for _, box := range []struct {
		id   string
		want bool
	}{{"px-col-0", true}, {"px-col-3", false}} {
		tag := regexp.MustCompile(`<input[^>]*id="` + box.id + `"[^>]*>`).FindString(page)
		if tag == "" || checked.MatchString(tag) != box.want || strings.Contains(tag, "disabled") {
			t.Errorf("the box of column %s is %q", box.id, tag)
		}
	}
	if strings.Contains(page, " aria-hidden>") || !strings.Contains(page, ` aria-hidden="true">`) {
		t.Errorf("index.html has aria-hidden without its value")
	}
	appJS, err := os.ReadFile(filepath.Join(out, "app.js"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(appJS), "\ngoappInitWebAssembly();\n") || !strings.Contains(string(appJS), `inWorker("/web/app.wasm")`) || !strings.Contains(string(appJS), `new Worker("/web/compile.js")`) {
		t.Errorf("app.js starts the WebAssembly go-app's way, not start.js's")
	}
	manifest, err := os.ReadFile(filepath.Join(out, "manifest.webmanifest"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(manifest), "/web/icon-512.png") || strings.Contains(string(manifest), "https://") {
		t.Errorf("the manifest does not use the local icons:\n%s", manifest)
	}
	for _, f := range []string{"web/app.wasm.br", "web/app.wasm.gz", "index.html.br", "web/icon-192.png", "web/icon-512.png", "app.js", "app-worker.js"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("dist lacks %s", f)
		}
	}
	// the compressed copies are the files
	for _, f := range []string{"web/app.wasm", "index.html"} {
		raw, _ := os.ReadFile(filepath.Join(out, f))
		br, _ := os.ReadFile(filepath.Join(out, f+".br"))
		if got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br))); err != nil || !bytes.Equal(got, raw) || len(raw) == 0 {
			t.Errorf("%s.br does not decode to %s (%d bytes): %d bytes, %v", f, f, len(raw), len(got), err)
		}
	}

	// every page is generated, carries the policy before anything it
	// governs, and is kept by the worker for offline use
	worker, err := os.ReadFile(filepath.Join(out, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	wants := map[string]string{"/": "Rubio and Lavrov meet", "/yours.html": "Reading the articles kept in this browser"}
	for _, slug := range corpus.Slugs() {
		wants["/c/"+slug+".html"] = "data-article=" // its columns
	}
	for route, want := range wants {
		// the file at the page's own address, as any static server serves it
		file := map[bool]string{true: "index.html", false: strings.TrimPrefix(route, "/")}[route == "/"]
		b, err := os.ReadFile(filepath.Join(out, file))
		if err != nil {
			t.Errorf("the page %s: %v", route, err)
			continue
		}
		page := string(b)
		if !strings.Contains(page, want) {
			t.Errorf("%s lacks %q", file, want)
		}
		if !strings.Contains(string(worker), `"`+route+`"`) {
			t.Errorf("the service worker does not keep %s for offline use", route)
		}
		head, _, _ := strings.Cut(page, "</head>")
		policy := regexp.MustCompile(`<meta charset="UTF-8">\s*<meta http-equiv="Content-Security-Policy" content="([^"]+)">`).FindStringSubmatch(head)
		if policy == nil {
			t.Errorf("%s: no Content-Security-Policy right after the charset", file)
			continue
		}
		scripts := inlineScript.FindAllStringSubmatch(head, -1)
		if len(scripts) == 0 || strings.Contains(policy[1], "unsafe-inline") {
			t.Errorf("%s: %d inline scripts, policy %s", file, len(scripts), policy[1])
		}
		for _, m := range scripts {
			sum := sha256.Sum256([]byte(m[1]))
			if h := base64.StdEncoding.EncodeToString(sum[:]); !strings.Contains(policy[1], "'sha256-"+h+"'") {
				t.Errorf("%s: the policy does not allow the inline script %.40q… (sha256-%s)", file, m[1], h)
			}
		}
	}

	srv := httptest.NewServer(staticHandler(out))
	defer srv.Close()
	req, _ := http.NewRequest("GET", srv.URL+"/web/app.wasm", nil)
	req.Header.Set("Accept-Encoding", "gzip, br")
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Header.Get("Content-Encoding") != "br" || resp.Header.Get("Content-Type") != "application/wasm" {
		t.Errorf("app.wasm served as %q, %q; want br, application/wasm", resp.Header.Get("Content-Encoding"), resp.Header.Get("Content-Type"))
	}
	resp, err = http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("/ answered %d", resp.StatusCode)
	}
	resp, err = http.Get(srv.URL + "/no-such-thing")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Errorf("a missing file answered %d, want 404", resp.StatusCode)
	}
}

// TestStartWasm checks that app.js fetches app.wasm under the site's
// prefix with start.js, in place of go-app's start: in a worker, and in
// the page where no worker can be made.
func TestStartWasm(t *testing.T) {
	for prefix, want := range map[string]string{"": `inWorker("/web/app.wasm")`, "/parallax": `inWorker("/parallax/web/app.wasm")`} {
		dir := t.TempDir()
		stock := "function goappInitWebAssembly() {}\ngoappInitWebAssembly();\n"
		if err := os.WriteFile(filepath.Join(dir, "app.js"), []byte(stock), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := startWasm(dir, prefix); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(filepath.Join(dir, "app.js"))
		if js := string(b); !strings.Contains(js, want) || !strings.Contains(js, strings.Replace(want, "inWorker", "compile", 1)) || !strings.Contains(js, `new Worker("`+prefix+`/web/compile.js")`) || strings.Contains(js, "PX_") || strings.Contains(js, "\ngoappInitWebAssembly();") {
			t.Errorf("prefix %q: app.js does not start with %s:\n%s", prefix, want, js)
		}
		// a go-app whose app.js has changed is named, not patched blindly
		os.WriteFile(filepath.Join(dir, "app.js"), []byte("goappInitWebAssembly()"), 0o644)
		if err := startWasm(dir, prefix); err == nil || !strings.Contains(err.Error(), "has go-app changed?") {
			t.Errorf("prefix %q, another app.js: %v", prefix, err)
		}
	}
}

func TestWasmSize(t *testing.T) {
	dir := t.TempDir()
	if _, err := wasmSize(dir, 100); err == nil || !strings.Contains(err.Error(), "make dist") {
		t.Errorf("no site: %v", err)
	}
	os.MkdirAll(filepath.Join(dir, "web"), 0o755)
	os.WriteFile(filepath.Join(dir, "web", "app.wasm"), make([]byte, 5000), 0o644)
	os.WriteFile(filepath.Join(dir, "web", "app.wasm.br"), make([]byte, 1000), 0o644)
	if report, err := wasmSize(dir, 1000); err != nil || !strings.Contains(report, "1000 bytes; budget 1000") {
		t.Errorf("at the budget: %q, %v", report, err)
	}
	if _, err := wasmSize(dir, 999); err == nil || !strings.Contains(err.Error(), "1 over its budget of 999") {
		t.Errorf("over the budget: %v", err)
	}
}

func TestIcon(t *testing.T) {
	b := icon(48)
	if len(b) < 8 || string(b[1:4]) != "PNG" {
		t.Fatalf("icon is not a PNG")
	}
}

func TestMain(m *testing.M) {
	routes() // main registers them; tests call generate directly
	os.Exit(m.Run())
}

func TestFixAttributes(t *testing.T) {
	for in, want := range map[string]string{
		`<input checked="false" disabled="false" type="checkbox" id="px-col-3">`: `<input type="checkbox" id="px-col-3">`,
		`<input type="checkbox" id="px-col-0" checked disabled="false">`:         `<input type="checkbox" id="px-col-0" checked>`,
		`<span aria-hidden class="px-badge">5/5</span>`:                          `<span aria-hidden="true" class="px-badge">5/5</span>`,
		`<span class="b" aria-hidden aria-busy>x</span>`:                         `<span class="b" aria-hidden="true" aria-busy="true">x</span>`,
		`<span aria-pressed="false">a</span>`:                                    `<span aria-pressed="false">a</span>`,
		`<p>checked="false" and aria-hidden in a text</p>`:                       `<p>checked="false" and aria-hidden in a text</p>`,
	} {
		if got := fixAttributes(in); got != want {
			t.Errorf("fixAttributes(%q) = %q, want %q", in, got, want)
		}
	}
}
