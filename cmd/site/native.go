//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

const usage = `Usage:
  site generate [-web DIR] [-prefix /PATH] OUT   write the static site to OUT
  site serve [-addr HOST:PORT] [-prefix /PATH] DIR   serve a generated site
  site size [-budget BYTES] DIR   app.wasm's size, failing above the budget (brotli)

generate reads DIR/app.wasm (build it first with GOOS=js GOARCH=wasm) and
the other files of the web folder, prerenders the pages, writes brotli and
gzip copies of every text and wasm file, and draws the app's icons.
-prefix is the path the site will be served under (a GitHub Pages project
site: /repo); the default is the host's root.
`

func run(args []string) error {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, usage)
		return errors.New("name a command: generate or serve")
	}
	switch args[0] {
	case "generate":
		fs := flag.NewFlagSet("generate", flag.ContinueOnError)
		web := fs.String("web", "web", "the folder of static files, with app.wasm")
		prefix := fs.String("prefix", "", "the path the site is served under, such as /parallax")
		out, err := operand(fs, args[1:], "one output folder")
		if err != nil {
			return err
		}
		return generate(out, *web, cleanPrefix(*prefix))
	case "size":
		fs := flag.NewFlagSet("size", flag.ContinueOnError)
		budget := fs.Int("budget", 1600000, "the most app.wasm may weigh brotli-compressed, in bytes")
		dir, err := operand(fs, args[1:], "one generated site's folder")
		if err != nil {
			return err
		}
		report, err := wasmSize(dir, *budget)
		fmt.Println(report)
		return err
	case "serve":
		fs := flag.NewFlagSet("serve", flag.ContinueOnError)
		addr := fs.String("addr", "127.0.0.1:8000", "the address to listen on")
		prefix := fs.String("prefix", "", "serve the site under this path")
		dir, err := operand(fs, args[1:], "one folder")
		if err != nil {
			return err
		}
		return serve(dir, *addr, cleanPrefix(*prefix))
	}
	fmt.Fprint(os.Stderr, usage)
	return fmt.Errorf("unknown command %q", args[0])
}

// operand parses a command's flags and its one operand, what, showing
// the usage when they are not right.
func operand(fs *flag.FlagSet, args []string, what string) (string, error) {
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprint(os.Stderr, usage)
		return "", fmt.Errorf("%s takes %s", fs.Name(), what)
	}
	return fs.Arg(0), nil
}

func cleanPrefix(p string) string {
	p = strings.Trim(p, "/")
	if p == "" {
		return ""
	}
	return "/" + p
}

// workerJS is the service worker: go-app's, patched to work offline with
// a query string and under a path prefix (both measured to fail with the
// stock one).
//
//go:embed app-worker.js
var workerJS string

// hostJS is inlined in every page's head, before go-app's scripts: storage
// that survives a blocked cross-site iframe, height messages to the parent
// page (pym.js, AMP, WordPress), and a message if the widget cannot start.
//
//go:embed host.js
var hostJS string

// startJS takes the place of go-app's start of the WebAssembly in app.js
// (startWasm).
//
//go:embed start.js
var startJS string

// handler is the go-app handler for the site: metadata, icons, styles and
// the settings found necessary while planning (a fixed Version, the wasm's
// length for the progress bar, local icons, a prefix for sub-paths, a
// service worker that works offline).
func handler(prefix, version string, wasmLen int) *app.Handler {
	h := &app.Handler{
		Name:            "Parallax",
		ShortName:       "Parallax",
		Title:           "Parallax: how several articles tell one event",
		Description:     "Compare how news outlets report one event: the facts they share, what only one says, and where their numbers, names, dates and quotes differ.",
		Lang:            "en",
		Author:          "Parallax",
		Keywords:        []string{"news", "media literacy", "comparison", "journalism"},
		BackgroundColor: "#fbfaf7",
		ThemeColor:      "#0b5394",
		LoadingLabel:    "Loading the interactive comparison {progress}%",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			SVG:      "/web/icon.svg",
			Maskable: "/web/icon-512.png",
		},
		Styles:                []string{"/web/parallax.css"},
		CacheableResources:    append([]string{"/web/icon.svg", "/web/compile.js"}, pages()...),
		Version:               version,
		WasmContentLength:     strconv.Itoa(wasmLen),
		ServiceWorkerTemplate: workerJS,
		RawHeaders:            []string{"<script>" + hostJS + "</script>"},
	}
	if prefix != "" {
		h.Resources = prefixResolver(prefix)
	}
	return h
}

// prefixResolver puts the site's path prefix before absolute paths
// ("/web/app.wasm", "/") and leaves relative ones alone: the widget's own
// links ("?view=overview", "?") are relative to the page, and go-app's
// PrefixedLocation would turn them into "/parallax?view=overview" and
// "/parallax?", broken before the WebAssembly starts.
type prefixResolver string

// Resolve implements app.ResourceResolver.
func (p prefixResolver) Resolve(location string) string {
	switch {
	case strings.HasPrefix(location, "//") || strings.Contains(location, "://"):
		return location
	case location == "/":
		return string(p) // go-app strips this from paths to route them
	case strings.HasPrefix(location, "/"):
		return string(p) + location
	}
	return location
}

// generate writes the static site to out.
func generate(out, web, prefix string) error {
	wasm, err := os.ReadFile(filepath.Join(web, "app.wasm"))
	if err != nil {
		return fmt.Errorf("%v; build it first: GOOS=js GOARCH=wasm go build -o %s/app.wasm ./cmd/site", err, web)
	}
	// The version changes whenever anything the site serves may change:
	// the wasm, the web folder (by path inside it), the worker, the inline
	// script, the icons and the handler's text, and the prefix.
	sum := sha256.New()
	sum.Write(wasm)
	err = filepath.WalkDir(web, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Base(p) == "app.wasm" {
			return err
		}
		rel, err := filepath.Rel(web, p)
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		fmt.Fprintf(sum, "%s\x00%d\x00", filepath.ToSlash(rel), len(b))
		sum.Write(b)
		return err
	})
	if err != nil {
		return err
	}
	for _, part := range [][]byte{[]byte(workerJS), []byte(hostJS), []byte(startJS), icon(192), icon(512), []byte(prefix), []byte(fmt.Sprintf("%+v", handler(prefix, "", len(wasm))))} {
		fmt.Fprintf(sum, "%d\x00", len(part))
		sum.Write(part)
	}
	version := fmt.Sprintf("%x", sum.Sum(nil))[:16]
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(out, handler(prefix, version, len(wasm))); err != nil {
		return fmt.Errorf("generating the pages: %w", err)
	}
	if err := startWasm(out, prefix); err != nil {
		return err
	}
	if err := copyDir(web, filepath.Join(out, "web")); err != nil {
		return err
	}
	for name, size := range map[string]int{"icon-192.png": 192, "icon-512.png": 512} {
		if err := os.WriteFile(filepath.Join(out, "web", name), icon(size), 0o644); err != nil {
			return err
		}
	}
	if err := addCSP(out); err != nil {
		return err
	}
	return compressAll(out)
}

// startWasm replaces go-app's start of the WebAssembly in app.js with
// startJS, given the addresses of app.wasm and of its worker
// (web/compile.js) under the site's prefix.
func startWasm(dir, prefix string) error {
	p := filepath.Join(dir, "app.js")
	b, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	const call = "\ngoappInitWebAssembly();\n"
	if n := strings.Count(string(b), call); n != 1 {
		return fmt.Errorf("%s: go-app's %q is there %d times, not once: has go-app changed?", p, strings.TrimSpace(call), n)
	}
	wasm, worker := "/web/app.wasm", "/web/compile.js"
	if prefix != "" {
		wasm, worker = prefixResolver(prefix).Resolve(wasm), prefixResolver(prefix).Resolve(worker)
	}
	start := strings.NewReplacer("PX_WASM_URL", strconv.Quote(wasm), "PX_WORKER_URL", strconv.Quote(worker)).Replace(startJS)
	return os.WriteFile(p, []byte(strings.Replace(string(b), call, "\n"+start, 1)), 0o644)
}

// csp is the pages' Content-Security-Policy: the site's own files, the
// WebAssembly go-app compiles ('wasm-unsafe-eval', which allows compiling
// wasm and not JavaScript's eval), the inline host script by its hash, and
// nothing else: no inline styles or scripts, no other origin, no plugins,
// no forms. %s is the hashes of the page's inline scripts.
const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' %s; style-src 'self'; " +
	"img-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
	"base-uri 'self'; form-action 'none'; object-src 'none'"

var inlineScript = regexp.MustCompile(`(?s)<script>(.*?)</script>`)

var (
	tag = regexp.MustCompile(`<[a-z][^<>]*>`)
	// falseAttr is a boolean attribute go-app's generated HTML writes as
	// name="false" (Checked(false), Disabled(false)), which HTML reads as
	// set: every column's box was drawn checked and disabled until the
	// WebAssembly ran.
	falseAttr = regexp.MustCompile(` (checked|disabled|selected|readonly|required|multiple|hidden|open|autofocus|inert)="false"`)
	// bareAria is an aria-* attribute written bare for the value true
	// (aria-hidden), which ARIA reads as not set.
	bareAria = regexp.MustCompile(`( aria-[a-z]+)( |/?>$)`)
)

// fixAttributes writes the attributes of page's tags as the browser
// would have them once go-app set them (falseAttr, bareAria).
func fixAttributes(page string) string {
	return tag.ReplaceAllStringFunc(page, func(t string) string {
		t = falseAttr.ReplaceAllString(t, "")
		for bareAria.MatchString(t) {
			t = bareAria.ReplaceAllString(t, `$1="true"$2`)
		}
		return t
	})
}

// addCSP puts the policy first in the head of every generated page (its
// attributes fixed, fixAttributes), with the hash of each inline script
// of its head, so that it governs everything the page loads. A meta
// policy cannot say frame-ancestors, which suits a widget made to be
// framed by any page.
func addCSP(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".html" {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		page := fixAttributes(string(b))
		head, _, ok := strings.Cut(page, "</head>")
		charset := `<meta charset="UTF-8">`
		if !ok || !strings.Contains(head, charset) {
			return fmt.Errorf("%s: no <head> with %s to put the Content-Security-Policy in", p, charset)
		}
		var hashes []string
		for _, m := range inlineScript.FindAllStringSubmatch(head, -1) {
			sum := sha256.Sum256([]byte(m[1]))
			hashes = append(hashes, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
		}
		meta := fmt.Sprintf(`<meta http-equiv="Content-Security-Policy" content="%s">`, fmt.Sprintf(csp, strings.Join(hashes, " ")))
		page = strings.Replace(page, charset, charset+"\n    "+meta, 1)
		return os.WriteFile(p, []byte(page), 0o644)
	})
}

func copyDir(from, to string) error {
	return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, p)
		if err != nil {
			return err
		}
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
}

// compressible are the files worth sending compressed.
var compressible = map[string]bool{".wasm": true, ".js": true, ".css": true, ".html": true, ".webmanifest": true, ".svg": true, ".json": true, ".txt": true}

// compressAll writes NAME.br (brotli, quality 11, a 16 MB window) and
// NAME.gz (gzip, best) beside every compressible file of dir, for the
// server to pick by the request's Accept-Encoding. The window is the
// largest RFC 7932 allows and the brotli command's default: app.wasm is
// about 10.7 MB, and the library's default 4 MB window made its copy
// 22 KB larger.
func compressAll(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !compressible[filepath.Ext(p)] {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var br, gz bytes.Buffer
		bw := brotli.NewWriterOptions(&br, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24})
		if _, err := bw.Write(b); err != nil {
			return err
		}
		if err := bw.Close(); err != nil {
			return err
		}
		gw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		if err != nil {
			return err
		}
		if _, err := gw.Write(b); err != nil {
			return err
		}
		if err := gw.Close(); err != nil {
			return err
		}
		if err := os.WriteFile(p+".br", br.Bytes(), 0o644); err != nil {
			return err
		}
		return os.WriteFile(p+".gz", gz.Bytes(), 0o644)
	})
}

// wasmSize reports the size of a generated site's app.wasm, raw and as
// served (the brotli copy generate writes), and fails when the brotli copy
// is over budget bytes.
func wasmSize(dir string, budget int) (string, error) {
	raw, err := os.Stat(filepath.Join(dir, "web", "app.wasm"))
	if err != nil {
		return "", fmt.Errorf("%v: generate the site first (make dist)", err)
	}
	br, err := os.Stat(filepath.Join(dir, "web", "app.wasm.br"))
	if err != nil {
		return "", fmt.Errorf("%v: generate the site first (make dist)", err)
	}
	report := fmt.Sprintf("app.wasm: %.2f MB raw, %.3f MB brotli (%d bytes; budget %d)", float64(raw.Size())/1e6, float64(br.Size())/1e6, br.Size(), budget)
	if br.Size() > int64(budget) {
		return report, fmt.Errorf("app.wasm is %d bytes brotli-compressed, %d over its budget of %d", br.Size(), br.Size()-int64(budget), budget)
	}
	return report, nil
}

// serve serves a generated site, as a static host would: index.html for a
// folder, NAME.html for a path without an extension, and the brotli or
// gzip copy of a file when the browser accepts it.
func serve(dir, addr, prefix string) error {
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		return fmt.Errorf("%s has no index.html: run make dist first", dir)
	}
	mux := http.NewServeMux()
	h := staticHandler(dir)
	if prefix != "" {
		mux.Handle(prefix+"/", http.StripPrefix(prefix, h))
		mux.Handle("/", http.RedirectHandler(prefix+"/", http.StatusFound))
	} else {
		mux.Handle("/", h)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	fmt.Printf("Parallax is at http://%s%s/\n", ln.Addr(), prefix)
	return http.Serve(ln, mux)
}

// accepts reports whether an Accept-Encoding header accepts the coding
// name: listed, and not with q=0.
func accepts(header, name string) bool {
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(coding), name) {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

func staticHandler(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := path.Clean("/" + r.URL.Path)
		if strings.HasSuffix(r.URL.Path, "/") {
			p = path.Join(p, "index.html")
		}
		file := filepath.Join(dir, filepath.FromSlash(p))
		if _, err := os.Stat(file); err != nil && path.Ext(p) == "" {
			file += ".html"
		}
		info, err := os.Stat(file)
		if err != nil || info.IsDir() {
			http.NotFound(w, r)
			return
		}
		ctype := mime.TypeByExtension(filepath.Ext(file))
		switch filepath.Ext(file) {
		case ".wasm":
			ctype = "application/wasm"
		case ".webmanifest":
			ctype = "application/manifest+json"
		}
		if ctype != "" {
			w.Header().Set("Content-Type", ctype)
		}
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("Vary", "Accept-Encoding")
		// A page framed with sandbox="allow-scripts" has an opaque origin:
		// its fetch of app.wasm is cross-origin. GitHub Pages sends the same.
		w.Header().Set("Access-Control-Allow-Origin", "*")
		for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if !accepts(r.Header.Get("Accept-Encoding"), enc.name) {
				continue
			}
			f, err := os.Open(file + enc.ext)
			if err != nil {
				continue
			}
			defer f.Close()
			fi, err := f.Stat()
			if err != nil {
				continue
			}
			w.Header().Set("Content-Encoding", enc.name)
			// ServeContent adds Last-Modified and answers If-Modified-Since,
			// so a reload does not fetch the 1.8 MB wasm again.
			http.ServeContent(w, r, filepath.Base(file), fi.ModTime(), f)
			return
		}
		http.ServeFile(w, r, file)
	})
}
