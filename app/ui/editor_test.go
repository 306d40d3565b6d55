package ui

import (
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
)

func entries(texts ...string) article.Set {
	s := article.Set{}
	for _, t := range texts {
		s.Articles = append(s.Articles, article.Entry{Language: "en", Text: t})
	}
	return s
}

func TestEditorEdit(t *testing.T) {
	tests := []struct {
		name string
		set  article.Set
		edit edit
		want article.Set
	}{
		{"add", entries("a"), edit{Field: "add"}, entries("a", "")},
		{"remove", entries("a", "b", "c"), edit{Article: 1, Field: "remove"}, entries("a", "c")},
		{"remove past the end", entries("a"), edit{Article: 3, Field: "remove"}, entries("a")},
		{"the set's title", entries("a"), edit{Article: -1, Field: "title", Value: "Talks"}, article.Set{Title: "Talks", Articles: entries("a").Articles}},
		{"a text", entries("a", "b"), edit{Article: 1, Field: "text", Value: "new"}, entries("a", "new")},
		{"a field of no article", entries("a"), edit{Article: -2, Field: "text", Value: "x"}, entries("a")},
		{"a field it does not know", entries("a"), edit{Article: 0, Field: "colour", Value: "x"}, entries("a")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := cloneSet(tt.set)
			d := editor{set: tt.set, note: "Imported 2 articles", undo: &snapshot{}}
			d.edit(tt.edit)
			if !reflect.DeepEqual(d.set, tt.want) {
				t.Errorf("set = %+v, want %+v", d.set, tt.want)
			}
			if d.note != "" || d.undo != nil {
				t.Errorf("an edit left the note %q and undo %v", d.note, d.undo)
			}
			if !reflect.DeepEqual(tt.set, before) {
				t.Errorf("the edit changed the set it was given")
			}
		})
	}
}

func TestEditorAddFiles(t *testing.T) {
	page := "<html><body><h1>Talks</h1><p>Rubio met Lavrov.</p></body></html>"
	tests := []struct {
		name    string
		set     article.Set
		files   []fileRead
		changed bool
		texts   []string // the set's texts after
		note    []string // what the note says, in part
	}{
		{"blanks fill first", entries("", "kept", ""), []fileRead{{Name: "a.txt", Data: []byte("One.")}, {Name: "b.txt", Data: []byte("Two.")}, {Name: "c.txt", Data: []byte("Three.")}},
			true, []string{"One.", "kept", "Two.", "Three."}, []string{"Added 3 articles."}},
		{"an HTML page is its text", entries("kept"), []fileRead{{Name: "p.html", Data: []byte(page)}},
			true, []string{"kept", "Talks\n\nRubio met Lavrov.\n"}, []string{"Added 1 article."}},
		{"a file that cannot be read is named", entries("kept"), []fileRead{{Name: "x.pdf", Data: []byte("%PDF")}, {Name: "a.txt", Data: []byte("One.")}},
			true, []string{"kept", "One."}, []string{"Added 1 article.", "Left out: x.pdf: only .txt and .html files"}},
		{"nothing readable changes nothing", entries("kept", ""), []fileRead{{Name: "e.txt", Data: []byte(" ")}, {Name: "big.txt", TooLarge: 3 << 20}},
			false, []string{"kept", ""}, []string{"Added 0 articles.", "e.txt: empty", "big.txt: too large (3 MB)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := editor{set: tt.set}
			if got := d.addFiles(tt.files); got != tt.changed {
				t.Errorf("addFiles = %v, want %v", got, tt.changed)
			}
			var texts []string
			for _, e := range d.set.Articles {
				texts = append(texts, e.Text)
			}
			if !reflect.DeepEqual(texts, tt.texts) {
				t.Errorf("texts = %q, want %q", texts, tt.texts)
			}
			for _, want := range tt.note {
				if !strings.Contains(d.note, want) {
					t.Errorf("note %q lacks %q", d.note, want)
				}
			}
		})
	}
}

// An import replaces the set and can be undone; a bad file changes
// nothing. So does a deletion.
func TestEditorImportClearUndo(t *testing.T) {
	mine := entries("mine one", "mine two")
	exported, err := entries("theirs").JSON()
	if err != nil {
		t.Fatal(err)
	}
	report := &compare.Report{Title: "shown"}
	d := editor{set: mine}

	if importFile(&d, fileRead{Name: "bad.json", Data: []byte("{")}, snapshot{set: d.set}) {
		t.Fatal("a broken file was imported")
	}
	if !reflect.DeepEqual(d.set, mine) || d.undo != nil || !strings.HasPrefix(d.note, "bad.json could not be imported: ") || !strings.HasSuffix(d.note, "Nothing was changed.") {
		t.Fatalf("after a broken import: set %+v, undo %v, note %q", d.set, d.undo, d.note)
	}
	if importFile(&d, fileRead{Name: "big.json", Data: exported, TooLarge: 40 << 20}, snapshot{set: d.set}) {
		t.Fatal("a file too large was imported")
	}

	if !importFile(&d, fileRead{Name: "set.json", Data: exported}, snapshot{set: d.set, report: report}) {
		t.Fatalf("the export was not imported: %s", d.note)
	}
	if len(d.set.Articles) != 1 || d.set.Articles[0].Text != "theirs" || d.epoch != 1 || d.note != "Imported 1 article from set.json, in place of the ones here." {
		t.Fatalf("after the import: %+v, epoch %d, note %q", d.set, d.epoch, d.note)
	}
	u, ok := d.restore()
	if !ok || u.report != report || !reflect.DeepEqual(d.set, mine) || d.epoch != 2 || d.note != "The articles are back." {
		t.Fatalf("undo: ok %v, report %v, set %+v, epoch %d, note %q", ok, u.report, d.set, d.epoch, d.note)
	}
	if _, ok := d.restore(); ok {
		t.Fatal("a second undo found something to put back")
	}

	d.clear(snapshot{set: d.set})
	if len(d.set.Articles) != 0 || d.note != "Deleted 2 articles from this page and this browser." {
		t.Fatalf("after deleting: %+v, note %q", d.set, d.note)
	}
	if _, ok := d.restore(); !ok || !reflect.DeepEqual(d.set, mine) {
		t.Fatalf("the deletion was not undone: %+v", d.set)
	}
	d.set = article.Set{}
	if d.clear(snapshot{}); d.note != "Deleted everything from this page and this browser." {
		t.Errorf("deleting nothing: note %q", d.note)
	}
}

func TestEditorRefuse(t *testing.T) {
	warning := article.Issue{Article: 0, Field: "language", Msg: "looks French", Warning: true}
	problem := article.Issue{Article: 1, Field: "text", Msg: "empty"}
	tests := []struct {
		name   string
		issues []article.Issue
		refuse bool
		note   string
	}{
		{"nothing to fix", nil, false, "kept"},
		{"a warning only", []article.Issue{warning}, false, "kept"},
		{"one problem", []article.Issue{warning, problem}, true, "1 problem to fix before comparing: see the marked fields."},
		{"two problems", []article.Issue{problem, warning, problem}, true, "2 problems to fix before comparing: see the marked fields."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := editor{note: "kept", undo: &snapshot{}}
			if got := d.refuse(tt.issues); got != tt.refuse || d.note != tt.note || d.undo != nil {
				t.Errorf("refuse = %v, note %q, undo %v; want %v, %q, nil", got, d.note, d.undo, tt.refuse, tt.note)
			}
		})
	}
}

// importFile reads f as the page does and puts its set in place of d's.
func importFile(d *editor, f fileRead, was snapshot) bool {
	s, err := article.ReadSet(f.Data)
	return d.adoptSet(f, s, err, was)
}
