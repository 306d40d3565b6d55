// Package eval measures the same-fact decision and the facts against
// labelled data: a file of labelled sentence pairs, and folders in the
// layout of the ECB+ evaluation data (see ../shared/eval/README.md).
package eval

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax/app/article"
)

// Topic is one ECB+ topic: articles on two similar but different events,
// with the gold annotation.
type Topic struct {
	Name     string
	Articles []article.Article
	Event    map[string]string // article id → its event ("ecb" or "ecbplus")
	Gold     []GoldPair        // sentences of two documents that mention one action
}

// GoldPair is a `pos` line of gold.tsv: two byte spans in two documents.
type GoldPair struct {
	A, B         string // article ids
	AStart, AEnd int
	BStart, BEnd int
}

// GoldName is the annotation file of a topic folder.
const GoldName = "gold.tsv"

// LoadTopics reads every sub-folder of dir that holds a gold.tsv, in
// numeric order of their names where they are numbers.
func LoadTopics(fsys fs.FS, dir string) ([]Topic, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if e.IsDir() {
			if _, err := fs.Stat(fsys, path.Join(dir, e.Name(), GoldName)); err == nil {
				names = append(names, e.Name())
			}
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no topic folders with a %s (the layout of ../shared/eval/ecbplus)", dir, GoldName)
	}
	sort.Slice(names, func(i, j int) bool {
		a, errA := strconv.Atoi(names[i])
		b, errB := strconv.Atoi(names[j])
		if errA == nil && errB == nil {
			return a < b
		}
		return names[i] < names[j]
	})
	var out []Topic
	for _, n := range names {
		t, err := LoadTopic(fsys, path.Join(dir, n))
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

// LoadTopic reads one topic folder: its .txt articles and gold.tsv.
func LoadTopic(fsys fs.FS, dir string) (Topic, error) {
	t := Topic{Name: path.Base(dir), Event: map[string]string{}}
	_, arts, problems, err := article.LoadDir(fsys, dir)
	if err != nil {
		return t, err
	}
	if len(problems) > 0 {
		return t, problems[0]
	}
	t.Articles = arts
	known := map[string]bool{}
	for _, a := range arts {
		known[a.ID] = true
	}
	name := path.Join(dir, GoldName)
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return t, err
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		bad := func(why string) error { return fmt.Errorf("%s:%d: %s", name, line, why) }
		switch {
		case len(f) == 0 || f[0] == "":
			continue
		case f[0] == "sub" && len(f) == 3:
			if !known[f[1]] {
				return t, bad("names a document that is not in the folder")
			}
			t.Event[f[1]] = f[2]
		case f[0] == "pos" && len(f) == 7:
			var n [4]int
			for i, s := range []string{f[2], f[3], f[5], f[6]} {
				v, err := strconv.Atoi(s)
				if err != nil || v < 0 {
					return t, bad("offsets must be whole numbers")
				}
				n[i] = v
			}
			if !known[f[1]] || !known[f[4]] {
				return t, bad("names a document that is not in the folder")
			}
			t.Gold = append(t.Gold, GoldPair{A: f[1], AStart: n[0], AEnd: n[1], B: f[4], BStart: n[2], BEnd: n[3]})
		default:
			return t, bad("expected `sub DOC EVENT` or `pos DOC START END DOC START END`")
		}
	}
	if err := sc.Err(); err != nil {
		return t, err
	}
	for _, a := range arts {
		if t.Event[a.ID] == "" {
			return t, fmt.Errorf("%s: no `sub` line says which event %s reports", name, a.ID)
		}
	}
	return t, nil
}
