package exercise

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/app/article"
	"github.com/parallax-news/parallax/app/compare"
)

// TestProofread reads every generated question as a proofreader would:
// on the bundled corpus, and on each ECB+ topic of ../shared (skipped
// where it is absent). Prompts, explanations and hints close every
// quotation they open; a verb agrees with its subject ("Article A names
// Rubio", "A and B name Rubio"); no doubled spaces or empty fields; a
// prompt ends in "?" or "."; a hint cites a paragraph of an article.
func TestProofread(t *testing.T) {
	reports := map[string]*compare.Report{"the bundled corpus": seeds(t)}
	dir := filepath.Join("..", "..", "..", "shared", "eval", "ecbplus")
	if topics, err := os.ReadDir(dir); err == nil {
		for _, topic := range topics {
			title, arts, _, err := article.LoadDir(os.DirFS(dir), topic.Name())
			if err != nil {
				t.Fatal(err)
			}
			r, err := compare.Compare(title, arts, compare.Options{})
			if err != nil {
				t.Fatal(err)
			}
			reports["ECB+ topic "+topic.Name()] = r
		}
	} else {
		t.Log("../shared/eval/ecbplus is not beside the repository: the bundled corpus only")
	}
	agree := regexp.MustCompile(`(?:^|\. )([^.]*?) (names?) \S+ as the speaker`) // the subject: the sentence up to the verb
	hint := regexp.MustCompile(`^Not quite\. Look again at paragraph \d+ of [A-Z]+, then try again\.$`)
	n := 0
	for name, r := range reports {
		ex := Build(r)
		for _, q := range ex.Questions {
			n++
			where := func(field string) string { return name + ", question " + q.ID + " (" + field + ")" }
			fields := map[string]string{"prompt": q.Prompt, "explanation": q.Explain, "hint": q.Hint}
			if q.Kind == Discuss {
				delete(fields, "hint") // not checked: no hint
			}
			for field, s := range fields {
				if s == "" {
					t.Errorf("%s: empty", where(field))
				}
				if open, shut := strings.Count(s, "“"), strings.Count(s, "”"); open != shut {
					t.Errorf("%s: %d “ and %d ”: %s", where(field), open, shut, s)
				}
				if strings.Contains(s, "  ") {
					t.Errorf("%s: a doubled space: %s", where(field), s)
				}
				for _, m := range agree.FindAllStringSubmatch(s, -1) {
					plural := strings.Contains(m[1], " and ")
					if plural != (m[2] == "name") {
						t.Errorf("%s: %q does not agree: %s", where(field), m[0], s)
					}
				}
			}
			if !strings.HasSuffix(q.Prompt, "?") && !strings.HasSuffix(q.Prompt, ".") {
				t.Errorf("%s: ends neither in ? nor in .: %s", where("prompt"), q.Prompt)
			}
			if q.Kind != Discuss && !hint.MatchString(q.Hint) {
				t.Errorf("%s: %q", where("hint"), q.Hint)
			}
			for c, ch := range q.Choices {
				if strings.TrimSpace(ch.Text) == "" {
					t.Errorf("%s: choice %d is empty", where("choices"), c)
				}
			}
		}
	}
	t.Logf("%d questions read in %d reports", n, len(reports))
}
