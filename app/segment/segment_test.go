package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func texts(s string, spans []Span) []string {
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = s[sp.Start:sp.End]
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "One. Two! Three? Four", []string{"One.", "Two!", "Three?", "Four"}},
		{"acronym then title", "U.S. Secretary of State Marco Rubio said so.", []string{"U.S. Secretary of State Marco Rubio said so."}},
		{"acronym mid sentence", "the U.S. and Russia met. They talked.", []string{"the U.S. and Russia met.", "They talked."}},
		{"acronym ends sentence", "trade deals with the U.S. Among them are eight of ASEAN's 10 members.",
			[]string{"trade deals with the U.S.", "Among them are eight of ASEAN's 10 members."}},
		{"acronym in title-case headline", "Rubio Says U.S. And Russia Have Exchanged New Ideas", []string{"Rubio Says U.S. And Russia Have Exchanged New Ideas"}},
		{"hyphenated acronym", "the fragile nature of U.S.-Russia relations. Next.", []string{"the fragile nature of U.S.-Russia relations.", "Next."}},
		{"month abbreviation", "tariffs set to be imposed Aug. 1. Rubio left.", []string{"tariffs set to be imposed Aug. 1.", "Rubio left."}},
		{"titles", "Gen. Keith Kellogg met Mr. Smith and Dr. Jones. St. Louis is far.", []string{"Gen. Keith Kellogg met Mr. Smith and Dr. Jones.", "St. Louis is far."}},
		{"initials", "J. K. Rowling wrote it. She did.", []string{"J. K. Rowling wrote it.", "She did."}},
		{"decimal", "Growth was 3.5 percent. Prices rose.", []string{"Growth was 3.5 percent.", "Prices rose."}},
		{"ends inside curly quotes", "“It’s a concept,” he said. “We’re going.” He left.", []string{"“It’s a concept,” he said.", "“We’re going.”", "He left."}},
		{"quote continues after attribution", "“I wouldn’t characterise it as something that guarantees peace,” Rubio said, “but it’s a concept that I’ll take back to the president.” Next one.",
			[]string{"“I wouldn’t characterise it as something that guarantees peace,” Rubio said, “but it’s a concept that I’ll take back to the president.”", "Next one."}},
		{"several sentences in one quotation", "“It’s not a new approach. It’s a new idea,” Rubio told reporters. Then he left.",
			[]string{"“It’s not a new approach. It’s a new idea,” Rubio told reporters.", "Then he left."}},
		{"straight quotes", `"We need a roadmap. And then we shared ideas," he said. "We are going."`,
			[]string{`"We need a roadmap. And then we shared ideas," he said.`, `"We are going."`}},
		{"unclosed quotation splits", "He said: “First part. Second part\nNew paragraph.", []string{"He said: “First part.", "Second part", "New paragraph."}},
		{"headline without stop", "US diplomatic push could be overshadowed by tariff threats\n\nRubio was also seeing other ministers.",
			[]string{"US diplomatic push could be overshadowed by tariff threats", "Rubio was also seeing other ministers."}},
		{"line break ends sentence", "First line\nSecond line.", []string{"First line", "Second line."}},
		{"hard wrap continues", "This sentence is wrapped\nacross two lines. Next.", []string{"This sentence is wrapped\nacross two lines.", "Next."}},
		{"CRLF", "One.\r\nTwo.\r\n", []string{"One.", "Two."}},
		{"hard-wrapped text", "Kuala Lumpur, July 11, 2025 – The Europe Today: U.S. Secretary of\nState Marco Rubio confirmed on Thursday that the United States and\nRussia have exchanged new ideas regarding potential peace talks for\nUkraine. Speaking to reporters after the 50-minute closed-door\nDiscussion, he left.\n\nNext paragraph.",
			[]string{"Kuala Lumpur, July 11, 2025 – The Europe Today: U.S. Secretary of\nState Marco Rubio confirmed on Thursday that the United States and\nRussia have exchanged new ideas regarding potential peace talks for\nUkraine.", "Speaking to reporters after the 50-minute closed-door\nDiscussion, he left.", "Next paragraph."}},
		{"caption credit", "Rubio meets Lavrov in Kuala Lumpur, Malaysia.(REUTERS)\n\nSpeaking after the meeting, Rubio spoke.",
			[]string{"Rubio meets Lavrov in Kuala Lumpur, Malaysia.(REUTERS)", "Speaking after the meeting, Rubio spoke."}},
		{"lowercase after stop", "It cost 5 dollars vs. 6 dollars. e.g. this.", []string{"It cost 5 dollars vs. 6 dollars. e.g. this."}},
		{"CJK", "今天下雨。明天晴天！", []string{"今天下雨。", "明天晴天！"}},
		{"emoji and RTL", "Great news 🎉. مرحبا بالعالم. Done.", []string{"Great news 🎉.", "مرحبا بالعالم.", "Done."}},
		{"empty", "", nil},
		{"only space", " \n\t \n", nil},
		{"ellipsis", "He waited… Then he spoke.", []string{"He waited…", "Then he spoke."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.in, Sentences(tt.in))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Sentences(%q) =\n  %q\nwant\n  %q", tt.in, got, tt.want)
			}
		})
	}
}

// checkInvariants holds for any input: spans sorted, not overlapping,
// inside the text, non-empty, not starting or ending in white space, on
// rune boundaries.
func checkInvariants(t *testing.T, s string, spans []Span) {
	t.Helper()
	prev := 0
	valid := utf8.ValidString(s)
	for i, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
			t.Fatalf("span %d %v out of order or empty (previous end %d, len %d)", i, sp, prev, len(s))
		}
		r, _ := utf8.DecodeRuneInString(s[sp.Start:])
		l, _ := utf8.DecodeLastRuneInString(s[:sp.End])
		if isSpace(r) || isSpace(l) {
			t.Fatalf("span %d %v has surrounding space: %q", i, sp, s[sp.Start:sp.End])
		}
		if valid && (!utf8.RuneStart(s[sp.Start]) || (sp.End < len(s) && !utf8.RuneStart(s[sp.End]))) {
			t.Fatalf("span %d %v splits a rune", i, sp)
		}
		prev = sp.End
	}
	// Every non-space rune of the text is inside some sentence.
	k := 0
	for i, r := range s {
		if isSpace(r) || r == utf8.RuneError {
			continue
		}
		for k < len(spans) && spans[k].End <= i {
			k++
		}
		if k == len(spans) || spans[k].Start > i {
			t.Fatalf("rune %q at %d is in no sentence", r, i)
		}
	}
}

func seedTexts(t testing.TB) []string {
	files, err := filepath.Glob("../../corpus/*/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus texts found: %v", err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func TestInvariantsOnSeeds(t *testing.T) {
	for _, s := range seedTexts(t) {
		checkInvariants(t, s, Sentences(s))
	}
}

func TestParagraphs(t *testing.T) {
	in := "\n Title line\n\nFirst para\ncontinued here.\r\nSecond.\n\n\n"
	got := texts(in, Paragraphs(in))
	want := []string{"Title line", "First para\ncontinued here.", "Second."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Paragraphs(%q) = %q, want %q", in, got, want)
	}
}

func TestLongInput(t *testing.T) {
	// A 10 MB line with no stop and one with very many stops both finish
	// and keep the invariants (go test's timeout catches a hang; the cost
	// is measured by BenchmarkLongInput).
	long := strings.Repeat("word ", 2<<20)
	checkInvariants(t, long, Sentences(long))
	stops := strings.Repeat("A. b.c. U.S. Mr. “x. y.” ", 200000)
	checkInvariants(t, stops, Sentences(stops))
}

func FuzzSentences(f *testing.F) {
	// Seeds are the corpus's paragraphs: whole articles are slow to mutate.
	for _, s := range seedTexts(f) {
		for _, p := range Paragraphs(s) {
			f.Add(s[p.Start:p.End])
		}
	}
	f.Add("U.S. “a. b,” he said, “c.” D.")
	f.Add("\r\n\u2028x.\u00a0Y")
	f.Add("\xff\xfe. A")
	f.Fuzz(func(t *testing.T, s string) {
		spans := Sentences(s)
		checkInvariants(t, s, spans)
		for _, sp := range spans {
			if strings.TrimFunc(s[sp.Start:sp.End], unicode.IsSpace) == "" {
				t.Fatalf("blank sentence %v", sp)
			}
		}
	})
}

// BenchmarkLongInput: 1 MB of text, one line with many stops and quotes,
// and the same as 20,000 short paragraphs. Compare ns/op across -benchtime
// sizes or with a larger text to see the cost stay linear.
func BenchmarkLongInput(b *testing.B) {
	line := strings.Repeat("A. b.c. U.S. Mr. “x. y.” Zed said so. ", 27000)
	paras := strings.Repeat("Short paragraph one.\n", 50000)
	for _, in := range []struct{ name, text string }{{"line", line}, {"paragraphs", paras}} {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			for b.Loop() {
				Sentences(in.text)
			}
		})
	}
}

// TestHeadings: a whole paragraph with no final stop is a heading; a
// sentence of a paragraph, or a paragraph that ends with a stop, is not.
func TestHeadings(t *testing.T) {
	text := "Talks in Kuala Lumpur\n\nRubio met Lavrov. They talked.\n\nA short line.\n\nNo stop here either"
	paras := Paragraphs(text)
	sents := SentencesIn(text, paras)
	got := Headings(text, paras, sents)
	want := []bool{true, false, false, false, true}
	if len(got) != len(want) {
		t.Fatalf("%d sentences %v, want %d", len(got), sents, len(want))
	}
	for k := range want {
		if got[k] != want[k] {
			t.Errorf("%q: heading %v, want %v", text[sents[k].Start:sents[k].End], got[k], want[k])
		}
	}
	if s := (Span{2, 5}).Shift(10); s != (Span{12, 15}) {
		t.Errorf("Shift = %v", s)
	}
}
