package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"unicode/utf8"
)

// ManifestName is the file beside a corpus's texts that holds metadata.
const ManifestName = "manifest.json"

// MaxSize is the largest article read, in bytes.
const MaxSize = 32 << 20

// Manifest describes a corpus. Every field may be left out.
type Manifest struct {
	Title    string `json:"title,omitempty"`
	Language string `json:"language,omitempty"` // the default for its articles
	Articles []Meta `json:"articles,omitempty"`
	// Edits are the editor's corrections of the alignment (Edit).
	Edits []Edit `json:"edits,omitempty"`
}

// Problem is something wrong with one input file. It names the file and,
// where it can, the line.
type Problem struct {
	Path string
	Line int // 0 when the problem is the whole file
	Msg  string
}

func (p *Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.Path, p.Msg)
}

// Decode gives the text to compare of a file's bytes: a .txt file's as
// they are; an .html or .htm file, or a .txt file that holds HTML (a page
// saved as text), reduced to its article by ReadPage, with what the page
// says of itself (headline, outlet, date, address), and fromHTML set. The
// command and the browser's editor both read files through it. The error
// says what is wrong, naming the file.
func Decode(name string, b []byte) (p Page, fromHTML bool, err error) {
	if err := checkText(name, b); err != nil {
		return Page{}, false, err
	}
	if !isHTMLName(name) && !looksLikeHTML(b) {
		return Page{Text: string(b)}, false, nil
	}
	p = ReadPage(b)
	if strings.TrimSpace(p.Text) == "" {
		return Page{}, true, &Problem{Path: name, Msg: "the page has no article text"}
	}
	return p, true, nil
}

// isHTMLName is whether a file's name says it is an HTML page.
func isHTMLName(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".html" || ext == ".htm"
}

// isArticleName is whether a file in a corpus folder is an article.
func isArticleName(name string) bool {
	return strings.EqualFold(path.Ext(name), ".txt") || isHTMLName(name)
}

// checkText reports why b is not text to read: too large, empty, binary
// or not UTF-8.
func checkText(name string, b []byte) error {
	switch {
	case len(b) > MaxSize:
		return &Problem{Path: name, Msg: fmt.Sprintf("too large (%d MB); the limit is %d MB", len(b)>>20, MaxSize>>20)}
	case len(bytes.TrimSpace(b)) == 0:
		return &Problem{Path: name, Msg: "empty: there is no text to compare"}
	case isBinary(b):
		return &Problem{Path: name, Msg: "binary data, not text; save the article as a UTF-8 .txt file"}
	case !utf8.Valid(b):
		off := firstInvalid(b)
		return &Problem{Path: name, Line: 1 + bytes.Count(b[:off], []byte("\n")),
			Msg: fmt.Sprintf("not UTF-8 (byte 0x%02x at offset %d); save the file as UTF-8", b[off], off)}
	}
	return nil
}

func isBinary(b []byte) bool {
	head := b[:min(len(b), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctrl++
		}
	}
	return ctrl*10 > len(head)
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

func looksLikeHTML(b []byte) bool {
	head := strings.ToLower(string(bytes.TrimSpace(b[:min(len(b), 4096)])))
	if strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") {
		return true
	}
	tags := 0
	for _, t := range []string{"<p>", "<p ", "<div", "<br", "<span", "</a>", "<body", "<head"} {
		tags += strings.Count(head, t)
	}
	return tags >= 3
}

// Read checks and parses one file's bytes (Decode): an HTML page's
// headline, outlet, date and address are the article's where m gives
// none.
func Read(name string, b []byte, m Meta) (Article, error) {
	page, fromHTML, err := Decode(name, b)
	if err != nil {
		return Article{}, err
	}
	id := m.ID
	if id == "" {
		id = strings.TrimSuffix(path.Base(name), path.Ext(name))
	}
	m.Title = firstNonEmpty(m.Title, page.Title)
	m.Source = firstNonEmpty(m.Source, page.Outlet)
	m.Date = firstNonEmpty(m.Date, page.Date)
	m.URL = firstNonEmpty(m.URL, page.URL)
	a := Parse(id, name, page.Text, m)
	a.FromHTML = fromHTML
	return a, nil
}

// ReadManifest parses a manifest; errors name the file and line.
func ReadManifest(name string, b []byte) (Manifest, error) {
	var m Manifest
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		off := dec.InputOffset() // where decoding stopped: an unknown field's end
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			off = se.Offset
		case errors.As(err, &te):
			off = te.Offset
		}
		line := 1 + bytes.Count(b[:min(int(off), len(b))], []byte("\n"))
		// Nothing of a broken manifest is used: half of it could be wrong.
		return Manifest{}, &Problem{Path: name, Line: line, Msg: "manifest: " + err.Error() + "; the manifest is ignored"}
	}
	var bad []string
	for i, a := range m.Articles {
		switch {
		case a.ID == "":
			bad = append(bad, fmt.Sprintf("article %d has no id", i+1))
		case a.Date != "" && !isISODate(a.Date):
			bad = append(bad, fmt.Sprintf("article %q: date %q is not YYYY-MM-DD", a.ID, a.Date))
		}
	}
	if len(bad) > 0 {
		return Manifest{}, &Problem{Path: name, Msg: "manifest: " + strings.Join(bad, "; ") + "; the manifest is ignored"}
	}
	return m, nil
}

// LoadManifest reads the manifest of folder dir in fsys, if there is one.
// No manifest is no error, and an empty Manifest.
func LoadManifest(fsys fs.FS, dir string) (Manifest, error) {
	name := path.Join(dir, ManifestName)
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return Manifest{}, nil
		}
		return Manifest{}, &Problem{Path: name, Msg: err.Error()}
	}
	return ReadManifest(name, b)
}

// Metas reads the manifest of folder dir in fsys, if there is one, and
// returns the corpus title and each article's metadata by id, with the
// manifest's default language filled in. No manifest is no error.
func Metas(fsys fs.FS, dir string) (title string, metas map[string]Meta, err error) {
	metas = map[string]Meta{}
	m, err := LoadManifest(fsys, dir)
	for _, am := range m.Articles {
		if am.Language == "" {
			am.Language = m.Language
		}
		metas[am.ID] = am
	}
	return m.Title, metas, err
}

// LoadDir reads every .txt, .html and .htm file of dir in fsys (Read), in name order, with the
// manifest beside them when there is one. Files that cannot be read are
// returned as problems and the rest are still loaded; err is set only when
// the folder itself cannot be read.
func LoadDir(fsys fs.FS, dir string) (title string, arts []Article, problems []error, err error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return "", nil, nil, err
	}
	title, metas, err := Metas(fsys, dir)
	if err != nil {
		problems = append(problems, err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && isArticleName(e.Name()) {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	for _, n := range names {
		p := path.Join(dir, n)
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			problems = append(problems, &Problem{Path: p, Msg: err.Error()})
			continue
		}
		id := strings.TrimSuffix(n, path.Ext(n))
		m := metas[id]
		m.ID = id
		a, err := Read(p, b, m)
		if err != nil {
			problems = append(problems, err)
			continue
		}
		arts = append(arts, a)
	}
	if len(names) == 0 {
		problems = append(problems, &Problem{Path: dir, Msg: "no .txt or .html files"})
	}
	have := map[string]bool{}
	for _, n := range names {
		have[strings.TrimSuffix(n, path.Ext(n))] = true
	}
	var missing []string
	for id := range metas {
		if !have[id] {
			missing = append(missing, id)
		}
	}
	sort.Strings(missing)
	for _, id := range missing {
		problems = append(problems, &Problem{Path: path.Join(dir, ManifestName), Msg: fmt.Sprintf("names article %q, but there is no %s.txt", id, id)})
	}
	return title, arts, problems, nil
}

// Dedup leaves out articles whose text repeats an earlier one's, and says
// which.
func Dedup(arts []Article) ([]Article, []error) {
	var out []Article
	var problems []error
	seen := map[string]string{}
	for _, a := range arts {
		if first, dup := seen[a.Text]; dup {
			problems = append(problems, &Problem{Path: a.Path, Msg: "the same text as " + first + "; left out"})
			continue
		}
		seen[a.Text] = a.Path
		out = append(out, a)
	}
	return out, problems
}
