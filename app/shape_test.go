package app_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// Shape limits: a function a reader can hold in view, a file a reader can
// read through. Tests are not held to them.
const (
	maxFuncLines = 80  // under app/ and cmd/, from func to closing brace
	maxFileLines = 450 // under app/
)

// TestShape keeps every function outside tests within maxFuncLines and
// every file under app/ within maxFileLines: the pipeline's stages stay
// functions a newcomer can read whole (docs/design.md, "The pipeline").
func TestShape(t *testing.T) {
	fset := token.NewFileSet()
	for _, root := range []string{".", filepath.Join("..", "cmd")} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			if n := fset.File(f.Pos()).LineCount(); root == "." && n > maxFileLines {
				t.Errorf("%s: %d lines, over %d: split it by concern", path, n, maxFileLines)
			}
			for _, decl := range f.Decls {
				fn, ok := decl.(*ast.FuncDecl)
				if !ok || fn.Body == nil {
					continue
				}
				from, to := fset.Position(fn.Pos()), fset.Position(fn.Body.End())
				if n := to.Line - from.Line + 1; n > maxFuncLines {
					t.Errorf("%s:%d: %s is %d lines, over %d", path, from.Line, fn.Name.Name, n, maxFuncLines)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
