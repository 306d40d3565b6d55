// Package corpus holds the bundled corpora, embedded in every binary: each
// is a folder corpus/<slug>/ of UTF-8 .txt articles, copied byte for byte
// from their source, with an optional manifest.json (see article.Manifest).
package corpus

import "embed"

// FS holds every bundled corpus, each in a folder named by its slug.
//
//go:embed rubio-lavrov
var FS embed.FS

// Default is the slug of the corpus shown when none is asked for.
const Default = "rubio-lavrov"
