// Package app_test guards the boundary of the engine: the core packages
// under app/ must build for the browser without the UI toolkit or the
// system: no go-app, no syscall/js, no net/http (but inside Readability's
// port, allowedVia), no os/exec.
package app_test

import (
	"os/exec"
	"strings"
	"testing"
)

var core = []string{"./article", "./segment", "./claim", "./words", "./align", "./diverge", "./compare", "./exercise"}

// forbidden may not be among the core's dependencies, but through
// allowedVia.
var forbidden = []string{"github.com/maxence-charriere/go-app", "net/http", "os/exec"}

// allowedVia may import a forbidden package: Readability's Go port (used
// by article.ReadPage) has FromURL, which the engine never calls, and
// with it net/http.
var allowedVia = map[string]bool{"codeberg.org/readeck/go-readability/v2": true}

// under is whether pkg is root or one of its subpackages.
func under(pkg, root string) bool { return pkg == root || strings.HasPrefix(pkg, root+"/") }

// module is this repository's import path. Its core packages may not import
// syscall/js themselves (the standard library's syscall and time do so
// under js/wasm, which is the runtime, not the engine).
const module = "github.com/parallax-news/parallax/"

func TestCoreDeps(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	for _, goos := range []string{"js", ""} {
		args := append([]string{"list", "-deps", "-f", "{{.ImportPath}} {{join .Imports \" \"}}"}, core...)
		cmd := exec.Command(goBin, args...)
		cmd.Env = append(cmd.Environ(), "GOOS="+goos)
		if goos == "js" {
			cmd.Env = append(cmd.Env, "GOARCH=wasm")
		}
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go list -deps (GOOS=%s): %v\n%s", goos, err, out)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			fields := strings.Fields(line)
			dep := fields[0]
			for _, f := range forbidden {
				if under(dep, f) || allowedVia[dep] {
					continue
				}
				for _, imp := range fields[1:] {
					if under(imp, f) {
						t.Errorf("the engine depends on %s, imported by %s (GOOS=%s)", imp, dep, goos)
					}
				}
			}
			if strings.HasPrefix(dep, module) {
				for _, imp := range fields[1:] {
					if imp == "syscall/js" {
						t.Errorf("%s imports syscall/js", dep)
					}
				}
			}
		}
	}
}
