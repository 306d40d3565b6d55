package ui

import (
	"fmt"
	"strings"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
)

// editor is the logic of the page for one's own articles, apart from the
// page: the set, what each change does to it, and what the person is
// told. It is plain Go, tested without a browser (editor_test.go); the
// YoursPage holds one and does what the page must around it: check the
// set, keep it in storage, draw it, compare it.
type editor struct {
	set   article.Set
	note  string    // what happened last, for the person
	undo  *snapshot // what the last import or deletion replaced
	epoch int       // counts replacements of the whole set
}

// snapshot is what an import or a deletion replaced, for Undo: the set,
// and the comparison then shown.
type snapshot struct {
	set    article.Set
	corpus *compare.Corpus
	report *compare.Report
}

// edit makes one change to the set. It ends what the note offered.
func (d *editor) edit(e edit) {
	d.undo, d.note = nil, ""
	d.set = e.apply(d.set)
}

// addFiles turns files into articles: the blank ones fill first, then new
// ones follow. A file that cannot be read is named with the reason, and
// nothing already entered changes. It reports whether the set changed.
func (d *editor) addFiles(files []fileRead) bool {
	next := cloneSet(d.set)
	var added int
	var problems []string
	for _, f := range files {
		if f.TooLarge > 0 {
			problems = append(problems, fmt.Sprintf("%s: too large (%.0f MB) to be one article", f.Name, f.TooLarge/(1<<20)))
			continue
		}
		e, err := article.FromFile(f.Name, f.Data)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		if blank := firstBlank(next); blank >= 0 {
			next.Articles[blank] = e
		} else {
			next.Articles = append(next.Articles, e)
		}
		added++
	}
	d.undo, d.note = nil, fmt.Sprintf("Added %d %s.", added, plural(added, "article", "articles"))
	if len(problems) > 0 {
		d.note += " Left out: " + strings.Join(problems, "; ") + "."
	}
	if added > 0 {
		d.set = next
	}
	return added > 0
}

// adoptSet puts the set exported to file f, as article.ReadSet read it
// (s, or err for why it could not), in place of this one, keeping was
// (this set and its comparison) for Undo. A file that is not such a set
// changes nothing and says why; adoptSet reports whether it took. The
// page reads the file in a turn of its own, before (handleSet).
func (d *editor) adoptSet(f fileRead, s article.Set, err error, was snapshot) bool {
	if f.TooLarge > 0 {
		err = fmt.Errorf("it is %.0f MB, too large for a set of articles", f.TooLarge/(1<<20))
	}
	if err != nil {
		d.undo, d.note = nil, fmt.Sprintf("%s could not be imported: %v. Nothing was changed.", f.Name, err)
		return false
	}
	d.undo = &was
	d.epoch++
	d.set = s
	d.note = fmt.Sprintf("Imported %d %s from %s, in place of the ones here.", len(s.Articles), plural(len(s.Articles), "article", "articles"), f.Name)
	return true
}

// clear deletes every article, keeping was for Undo.
func (d *editor) clear(was snapshot) {
	n := len(d.set.Articles)
	d.undo = &was
	d.set = article.Set{}
	d.note = "Deleted everything from this page and this browser."
	if n > 0 {
		d.note = fmt.Sprintf("Deleted %d %s from this page and this browser.", n, plural(n, "article", "articles"))
	}
}

// restore puts back what the last import or deletion replaced, and
// returns it; false when there is nothing to put back.
func (d *editor) restore() (snapshot, bool) {
	if d.undo == nil {
		return snapshot{}, false
	}
	u := *d.undo
	d.undo = nil
	d.epoch++
	d.set = u.set
	d.note = "The articles are back."
	return u, true
}

// refuse says, when issues keep the set from being compared, how many
// problems there are to fix, and reports whether they do.
func (d *editor) refuse(issues []article.Issue) bool {
	d.undo = nil
	if !article.Blocking(issues) {
		return false
	}
	n := 0
	for _, is := range issues {
		if !is.Warning {
			n++
		}
	}
	d.note = fmt.Sprintf("%d %s to fix before comparing: see the marked fields.", n, plural(n, "problem", "problems"))
	return true
}

// firstBlank is the first article with no text and no metadata, or -1.
func firstBlank(s article.Set) int {
	for i, e := range s.Articles {
		if strings.TrimSpace(e.Text) == "" && e.Title == "" && e.Source == "" && e.Date == "" {
			return i
		}
	}
	return -1
}
