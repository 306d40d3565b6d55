package claim

import (
	"strings"
	"testing"

	"github.com/parallax-news/parallax/app/segment"
	"github.com/parallax-news/parallax/app/words"
)

// split runs Split on a whole text as one sentence and returns the claims'
// texts.
func split(text, lang string) []string {
	l, err := words.LookupLanguage(lang)
	if err != nil {
		panic(err)
	}
	toks := words.NewAnalyzer(l).Tokens(text)
	var out []string
	for _, sp := range Split(text, segment.Span{Start: 0, End: len(text)}, toks, l.Code) {
		out = append(out, text[sp.Start:sp.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"after a clause",
			"U.S. Secretary of State Marco Rubio said Thursday that the U.S. and Russia have exchanged new ideas for Ukraine peace talks after he met with his Russian counterpart in Malaysia Thursday.",
			[]string{"U.S. Secretary of State Marco Rubio said Thursday that the U.S. and Russia have exchanged new ideas for Ukraine peace talks", "after he met with his Russian counterpart in Malaysia Thursday."}},
		{"following, after a comma",
			"Rubio confirmed on Thursday that the United States and Russia have exchanged new ideas regarding potential peace talks for Ukraine, following his meeting with Russian Foreign Minister Sergey Lavrov in Malaysia.",
			[]string{"Rubio confirmed on Thursday that the United States and Russia have exchanged new ideas regarding potential peace talks for Ukraine,", "following his meeting with Russian Foreign Minister Sergey Lavrov in Malaysia."}},
		{"a stop inside a quotation",
			"“It’s not a new approach. It’s a new idea or a new concept that I’ll take back to the president to discuss,” Rubio told reporters.",
			[]string{"“It’s not a new approach.", "It’s a new idea or a new concept that I’ll take back to the president to discuss,” Rubio told reporters."}},
		{"a semicolon",
			"Talks resumed on Monday; the envoys met again.",
			[]string{"Talks resumed on Monday;", "the envoys met again."}},
		{"which, to the end",
			"The two men held talks on the sidelines of the annual regional forum, which brings together ten members and their most important partners.",
			[]string{"The two men held talks on the sidelines of the annual regional forum,", "which brings together ten members and their most important partners."}},
		// "shortly after" binds: the meeting came after the shipments.
		{"shortly after", "Thursday's meeting occurred shortly after the U.S. resumed some shipments of defensive weapons to Ukraine.",
			[]string{"Thursday's meeting occurred shortly after the U.S. resumed some shipments of defensive weapons to Ukraine."}},
		// Too few words on one side: "He spoke after" is no claim.
		{"too short a side", "He spoke after the long and difficult meeting with the ministers ended.",
			[]string{"He spoke after the long and difficult meeting with the ministers ended."}},
		// Four words a side are enough (MinWords): "while acknowledging
		// ... guarantee peace" is a claim of its own.
		{"four words a side", "Rubio described the dialogue as “a new and different approach,” while acknowledging that it does not yet guarantee peace.",
			[]string{"Rubio described the dialogue as “a new and different approach,”", "while acknowledging that it does not yet guarantee peace."}},
		{"who is not a break", "President Donald Trump, who returned to office earlier this year, has taken a more critical stance toward Russia.",
			[]string{"President Donald Trump, who returned to office earlier this year, has taken a more critical stance toward Russia."}},
		{"3.5 and U.S. are no stops", "The economy grew 3.5 percent in the U.S. last year; prices rose by 2.1 percent in the same period.",
			[]string{"The economy grew 3.5 percent in the U.S. last year;", "prices rose by 2.1 percent in the same period."}},
		// Connectives are English; punctuation holds in every language.
		{"French connective", "Le ministre a rencontré son homologue russe à Kuala Lumpur after la réunion des ministres asiatiques.",
			[]string{"Le ministre a rencontré son homologue russe à Kuala Lumpur after la réunion des ministres asiatiques."}},
		{"French semicolon", "Le ministre a parlé ; les envoyés se sont revus.",
			[]string{"Le ministre a parlé ;", "les envoyés se sont revus."}},
	} {
		lang := "en"
		if strings.HasPrefix(c.name, "French") {
			lang = "fr"
		}
		got := split(c.text, lang)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: Split(%q) =\n  %q\nwant\n  %q", c.name, c.text, got, c.want)
		}
	}
}

// FuzzSplit: claims are in order, do not overlap, lie inside the
// sentence, have no white space at either end, and with the white space
// between them cover it.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Rubio said the two sides exchanged new ideas for peace talks after he met with his counterpart in Malaysia.",
		"“It’s not a new approach. It’s a new idea,” he said; that was all.",
		"A; B; C.", "", " ; ", "“.” “!” after, which, following",
	} {
		f.Add(s)
	}
	an := words.NewAnalyzer(words.English())
	f.Fuzz(func(t *testing.T, text string) {
		toks := an.Tokens(text)
		at := 0
		for _, sp := range Split(text, segment.Span{Start: 0, End: len(text)}, toks, "en") {
			if sp.Start < at || sp.End > len(text) || sp.Start >= sp.End {
				t.Fatalf("Split(%q): claim %v out of order or empty (after %d)", text, sp, at)
			}
			if strings.TrimSpace(text[at:sp.Start]) != "" {
				t.Fatalf("Split(%q): %q between claims is not white space", text, text[at:sp.Start])
			}
			if c := text[sp.Start:sp.End]; strings.TrimSpace(c) != c {
				t.Fatalf("Split(%q): claim %q has white space at an end", text, c)
			}
			at = sp.End
		}
		if strings.TrimSpace(text[at:]) != "" {
			t.Fatalf("Split(%q): %q after the last claim", text, text[at:])
		}
	})
}
