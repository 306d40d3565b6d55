// Package corpus holds the bundled corpora, embedded in every binary: each
// is a folder corpus/<slug>/ of UTF-8 .txt articles, copied byte for byte
// from their source, with an optional manifest.json (see article.Manifest).
// Every folder is a page of the site, /c/<slug>; Default is also its home
// page.
package corpus

import (
	"embed"
	"io/fs"
	"sort"
)

//go:embed */*.txt */manifest.json
var files embed.FS

// FS holds every bundled corpus, each in a folder named by its slug.
var FS fs.FS = files

// Default is the slug of the corpus shown when none is asked for.
const Default = "rubio-lavrov"

// Slugs lists the bundled corpora in order. A folder whose name is not a
// slug (lower-case letters, digits and hyphens) is not one: ValidSlug says
// why, and the corpus tests fail on it.
func Slugs() []string {
	entries, err := fs.ReadDir(FS, ".")
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() && ValidSlug(e.Name()) {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out
}

// ValidSlug reports whether name can be a corpus's address, /c/<name>:
// 1 to 64 lower-case ASCII letters, digits and inner hyphens.
func ValidSlug(name string) bool {
	if name == "" || len(name) > 64 || name[0] == '-' || name[len(name)-1] == '-' {
		return false
	}
	for _, c := range name {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
