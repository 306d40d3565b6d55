package diverge

import (
	"slices"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/app/words"
)

// members makes one member per sentence, each its own article.
func members(sentences ...string) []Member {
	an := words.NewAnalyzer(words.English())
	ms := make([]Member, len(sentences))
	for i, s := range sentences {
		id := string(rune('A' + i))
		ms[i] = Member{Article: id, Text: s, Start: 0, End: len(s), Tokens: an.Tokens(s)}
	}
	return ms
}

func kinds(ds []Divergence) string {
	var out []string
	for _, d := range ds {
		k := string(d.Kind)
		if d.Conflict {
			k += "!"
		}
		out = append(out, k)
	}
	return strings.Join(out, ",")
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string // "" none, "number" compatible, "number!" conflict
	}{
		{"nearly 500 vs 728", "Russia launched nearly 500 drones.", "Russia launched a record-breaking 728 drones.", "number!"},
		{"nearly 500 vs roughly 400", "Russia launched nearly 500 drones.", "Officials said roughly 400 drones were launched.", "number!"},
		{"about 50 minutes vs nearly an hour", "The meeting lasted about 50 minutes.", "The meeting lasted nearly an hour.", "number"},
		{"50-minute vs nearly an hour", "He spoke of the 50-minute meeting.", "The meeting, which lasted nearly an hour, ended.", "number"},
		{"same figure", "It brings together 10 ASEAN members.", "Ministers of the 10 ASEAN member states met.", ""},
		{"different things", "Tariffs as high as 500 percent loom.", "Russia launched nearly 500 drones.", ""},
		{"more than vs exact", "More than 1,000 people fled.", "Some 1,200 people fled.", "number"},
		{"a million", "Over 2 million people voted.", "Only 1.5 million people voted.", "number!"},
		{"years are dates", "The war began in 2022.", "The war began in 2014.", "date!"},
		{"counts with commas are no years", "Nearly 2,000 troops crossed.", "Some 1,850 troops crossed.", "number"},
		{"a multiplier is part of its number", "Two hundred people marched.", "About 200 people marched.", ""},
		{"only figures of different articles are compared", "More than 12 injured and 3 died.", "About 15 injured and 3 died.", "number"},
		{"a zero-padded day is the same day", "Talks end July 03.", "Talks end July 3.", ""},
		{"day of month is a date", "Tariffs start Aug. 1.", "Tariffs start August 9.", "date!"},
		{"clock times are not counts", "UPDATED: FRIDAY, MAY 3, 2013, 9: 56 AM Lindsay Lohan checked in.", "Posted on May 3, 2013 08: 45 am Lindsay Lohan checked in.", ""},
		{"nor is 10:20 a.m.", "At 10:20 a.m. Lohan checked in.", "At 11:45 p.m. Lohan checked in.", ""},
		{"a count after a time is still a count", "At 9:56 AM, 300 fans waited.", "At 9:56 AM, 450 fans waited.", "number!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := members(tt.a, tt.b)
			got := kinds(append(numbers(ms), dates(ms)...))
			if got != tt.want {
				t.Errorf("numbers(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestNumberMarks(t *testing.T) {
	ms := members("Russia deployed nearly 500 drones against Ukraine.", "Ukraine said 728 drones were launched.")
	ds := numbers(ms)
	if len(ds) != 1 {
		t.Fatalf("got %d divergences", len(ds))
	}
	var vals []string
	for _, m := range ds[0].Marks {
		vals = append(vals, m.Value)
		if ms[m.Member].Text[m.Start:m.End] != m.Value {
			t.Errorf("mark %q is not the text at its span", m.Value)
		}
	}
	if strings.Join(vals, "|") != "nearly 500 drones|728 drones" {
		t.Errorf("marks %q", vals)
	}
}

func TestDates(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"They met on Thursday.", "They met on Wednesday.", "date!"},
		{"They met on Thursday.", "They met Thursday in Malaysia.", ""},
		{"Trump notified them on Monday and Wednesday.", "Trump notified them on Wednesday.", ""},
		{"They first met in February.", "They first met in March.", "date!"},
		{"He may come.", "He came in May 2025.", ""}, // "may" the verb is no month
	}
	for _, tt := range tests {
		if got := kinds(dates(members(tt.a, tt.b))); got != tt.want {
			t.Errorf("dates(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestNameMarksEveryMember(t *testing.T) {
	ms := members("Sergey Lavrov met Rubio.", "Sergey Lavrov spoke.", "Sergei Lavrov left.", "Sergei Lavrov came back.")
	ms[3].Article = "C" // two sentences of one article: named once
	ds := names(ms)
	if len(ds) != 1 || len(ds[0].Marks) != 4 || ds[0].Summary != "name spelled Sergey (A, B) and Sergei (C)" {
		t.Errorf("names = %+v, want one divergence marking all three", ds)
	}
}

func TestNames(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"Foreign Minister Sergey Lavrov spoke.", "Foreign Minister Sergei Lavrov spoke.", "name spelled Sergey (A) and Sergei (B)"},
		{"President Zelensky said so.", "President Zelenskiy said so.", "name spelled Zelensky (A) and Zelenskiy (B)"},
		{"They discussed Iran and Syria.", "They discussed Iraq and Syria.", ""},
		{"Russia and Ukraine talked.", "Russian and Ukrainian officials talked.", ""},
		{"Kozlov said it.", "Kozlow said it.", "name spelled Kozlov (A) and Kozlow (B)"},
		{"Navalny said it.", "Navelny said it.", "possibly one name: Navalny (A) and Navelny (B)"},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range names(members(tt.a, tt.b)) {
			got = append(got, d.Summary)
		}
		if strings.Join(got, ";") != tt.want {
			t.Errorf("names(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestQuotes(t *testing.T) {
	a := "“I wouldn’t characterise it as something that guarantees peace,” Rubio said, “but it’s a concept that I’ll take back to the president.”"
	b := `"I wouldn't characterize it as something that guarantees a peace, but it's a concept that, you know, that I'll take back to the president."`
	ds := quotes(members(a, b))
	if len(ds) != 1 {
		t.Fatalf("quotes = %d divergences, want 1", len(ds))
	}
	var diff []string
	for _, e := range ds[0].Marks[1].Diff {
		if e.Op != '=' {
			diff = append(diff, string(e.Op)+e.Text)
		}
	}
	// characterise/characterize is spelling, not wording: only the words
	// B adds differ.
	if got := strings.Join(diff, " "); got != "+a +you know, that" {
		t.Errorf("diff = %q, want %q", got, "+a +you know, that")
	}
	if ds := quotes(members(`He called it "meaningless."`, `He called it "meaningless."`)); len(ds) != 0 {
		t.Errorf("identical quotes reported: %v", ds)
	}
	if ds := quotes(members(`He said "we will win."`, `She said "prices are rising."`)); len(ds) != 0 {
		t.Errorf("unrelated quotes compared: %v", ds)
	}
}

func TestContradictions(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{`"I think it's a new and a different approach," Rubio told reporters.`, "“It’s not a new approach. It’s a new idea,” Rubio told reporters.",
			`a possible contradiction: "not a new approach" (B) vs "a new and a different approach" (A)`},
		{"The Kremlin confirmed the talks.", "The Kremlin denied the talks.", `a possible contradiction: "confirmed" (A) vs "denied" (B)`},
		{"He said it does not guarantee peace.", "He wouldn't say it guarantees peace.", ""},
		{"The meeting did not result in any immediate breakthroughs.", "He downplayed the likelihood of an immediate breakthrough.", ""},
		{"There was not more flexibility.", "There was a lack of flexibility.", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, d := range contradictions(members(tt.a, tt.b)) {
			got = append(got, d.Summary)
		}
		if strings.Join(got, ";") != tt.want {
			t.Errorf("contradictions(%q, %q) =\n %q\nwant\n %q", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestVariants(t *testing.T) {
	facts := [][]Member{
		members("Sergey Lavrov met Rubio on defence.", "Sergei Lavrov met Rubio on defense."),
		members("Iran and Iraq were discussed.", "We characterise it so.", "We characterize it so."),
	}
	var got []string
	for _, v := range Variants(facts, nil) {
		got = append(got, v.Kind+":"+strings.Join(v.Forms, "/"))
	}
	want := "name:Sergei/Sergey spelling:characterise/characterize spelling:defence/defense"
	if strings.Join(got, " ") != want {
		t.Errorf("Variants = %q, want %q", got, want)
	}
}

func TestFigures(t *testing.T) {
	tests := []struct {
		name string
		ms   []string // one article each; "|" parts are sentences of one article
		want string   // the summaries, joined by "; "
	}{
		{"one count given two ways",
			[]string{"Police said at least 12 people were injured in the Athens riots.", "As many as 18 people were injured in the Athens riots, police said."},
			`people injured, figures that can agree: "at least 12 people" (A) vs "As many as 18 people" (B)`},
		{"a count of the same thing that cannot agree",
			[]string{"Police said 12 people were injured in the Athens riots.", "Police said 18 people were injured in the Athens riots."},
			`people injured, figures that conflict: "12 people" (A) vs "18 people" (B)`},
		// Article E of the bundled corpus: 400 drones overnight, 728 the day before.
		{"one article's figures of two nights",
			[]string{"Meanwhile, the conflict in Ukraine continues to escalate, with Russia launching its largest drone offensive yet, deploying nearly 500 drones against Ukraine.",
				"Ukrainian officials reported that roughly 400 drones and 18 missiles were deployed in the overnight assault.|The day before, Ukraine claimed that Russia had launched a record-breaking 728 drones, indicating a clear intensification of the offensive."},
			""},
		// The refugee camp reports of issue 22: three counts of people.
		{"people killed, people who died long ago, people living",
			[]string{"Local official Miabek Lang said at least 12 people had been killed and 20 wounded.",
				"About 2 million people died in the civil war.",
				"Roughly 21,000 people are living in the camp."},
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := words.NewAnalyzer(words.English())
			var ms []Member
			for i, a := range tt.ms {
				for _, s := range strings.Split(a, "|") {
					ms = append(ms, Member{Article: string(rune('A' + i)), Text: s, End: len(s), Tokens: an.Tokens(s)})
				}
			}
			var got []string
			for _, d := range Figures(ms) {
				got = append(got, d.Summary)
				if d.Reason == "" {
					t.Errorf("%q has no reason", d.Summary)
				}
			}
			if strings.Join(got, "; ") != tt.want {
				t.Errorf("Figures = %q, want %q", strings.Join(got, "; "), tt.want)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Sergey said “not a new approach.” 500 drones on Thursday", "Sergei said \"a new approach\" 728 drones on Friday")
	f.Add("“", "\"")
	f.Fuzz(func(t *testing.T, a, b string) {
		ms := members(a, b)
		for _, d := range append(Find(ms), Figures(ms)...) {
			for _, m := range d.Marks {
				if m.Member < 0 || m.Member >= len(ms) || m.Start < 0 || m.Start > m.End || m.End > len(ms[m.Member].Text) {
					t.Fatalf("mark %+v outside its member", m)
				}
				if d.Kind != "quote" && ms[m.Member].Text[m.Start:m.End] != m.Value {
					t.Fatalf("%s mark %q is not the text at its span %q", d.Kind, m.Value, ms[m.Member].Text[m.Start:m.End])
				}
			}
		}
	})
}

func TestOppositesFitTheirBits(t *testing.T) {
	if len(oppositeBit) > 32 {
		t.Fatalf("%d opposite stems; the bit set holds 32", len(oppositeBit))
	}
}

// TestIssue22 holds the false differences and the missed opposite claim
// that issue 22 found on six reports of one bombed refugee camp.
func TestIssue22(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string // kinds found, as kinds() prints them
	}{
		{"a parenthetical conversion is one figure",
			"The camp is less than 25 km (15 miles) from the border.", "The camp lies 10 miles from the border.", "number"},
		{"kilometres and miles convert",
			"The camp is 40 km from the border.", "The camp lies 10 miles from the border.", "number!"},
		{"a dateline is no date of the fact",
			"11 November 2011 Sudan's army bombed the camp on Thursday.", "Sudan's army bombed the camp, uprooted since June, on Thursday.", ""},
		{"nor is its year",
			"11 November 2011 Sudan's army bombed the camp on Thursday.", "The camp, set up in 2005, was bombed on Thursday.", ""},
		{"a dateline with a dash",
			"July 10, 2025 — Rubio met Lavrov in Kuala Lumpur.", "Rubio first met Lavrov in 2023 in Kuala Lumpur.", ""},
		{"an abbreviation alone is no month",
			"Jan Egeland said the camp was bombed.", "The camp was bombed in March, Egeland said.", ""},
		{"a place shared is not the happening",
			"The talks were held on Monday in Geneva.", "The talks, held in Geneva, ended on Tuesday.", ""},
		{"an updated stamp is no date of the fact",
			"Last updated 6 May 2010: three people died in the bank fire.", "Three people died in the bank fire on 5 May 2010.", ""},
		{"a start and a range of two spans",
			"The south waged war since 1955.", "The latest war, from 1983-2005, killed many.", ""},
		{"dates of two happenings",
			"He was promoted in September 2003.", "He coached the team in the 2008 season.", ""},
		{"dates of one happening",
			"The war began in 2014.", "The war began in 2022.", "date!"},
		{"harm counted against none",
			"Local official Miabek Lang said at least 12 people had been killed and 20 wounded.", "There were no casualties in the camp.", "contradiction!"},
		{"no dead or wounded",
			"At least 12 people had been killed in the camp, an official said.", "A UN spokesman said there were no dead or wounded.", "contradiction!"},
		{"no reports of casualties is no claim of none",
			"At least 12 people had been killed.", "There were no immediate reports of casualties.", ""},
		{"one person not hurt is no denial",
			"The minister was not injured in the attack, his office said.", "Five people were injured in the attack.", "contradiction"},
		{"without injury is no denial",
			"The president escaped without injury in the attack.", "Five people were injured in the attack.", ""},
		{"a denial that counts the dead itself",
			"No one was killed in the first blast, but 3 people died in the second.", "Three people were killed in the blasts.", ""},
		{"two places",
			"At least 12 people were killed in the strike on Kyiv.", "No one was killed in the strike on Kharkiv.", ""},
		{"two groups",
			"Five civilians were killed.", "There were no casualties among the soldiers.", ""},
		{"two sites",
			"12 people were killed in the attack on the camp.", "No one was killed in the attack on the nearby market.", ""},
		{"a part is no count",
			"Two of the suspects were arrested.", "Police arrested 4 suspects.", ""},
		{"per share is no percent",
			"The company paid $1.20 per share.", "The company paid a dividend of 3 percent.", ""},
		{"half an hour is 30 minutes",
			"The drive takes half an hour.", "The drive takes 30 minutes.", ""},
		{"a converted figure is rounded",
			"The border is 3 miles away.", "The border is 5 km away.", "number"},
		{"a count of what was shot down is not of what was launched",
			"The army said 400 drones were shot down.", "Russia launched 500 drones.", ""},
		{"three-plus is more than three",
			"He coached for nearly four seasons.", "He coached for three-plus seasons.", "number"},
		{"not just is more, not less",
			"She is not just a party girl, her publicist said.", "She was known as a party girl.", ""},
		{"a sentence that disputes its own negation",
			"Despite reports that Ross would not be returning to direct the sequel, he is back in talks.", "Ross is in talks over his return to direct the sequel.", ""},
		{"a headline's date stamp run into the text",
			"Ross in talks to direct sequel April 4, 2012 Despite being the director, his future is uncertain.", "Ross back in talks to direct sequel April 9, 2012 Despite reports, he is back.", ""},
		{"deaths of another time",
			"At least 12 people were killed on Thursday.", "No one was killed on Wednesday.", "date!"},
		{"a negation about someone a pronoun names",
			"The Red Sox have not made him an offer.", "The Red Sox have made the biggest offer in club history to Teixeira.", ""},
		{"the same negation without the pronoun is a cue",
			"The Red Sox have not made an offer.", "The Red Sox have made an offer in club history.", "contradiction"},
		{"a rule now against a rule then",
			"The regulations don't require federal agencies to consult scientists.", "Section 7, which required federal agencies to consult scientists, was changed.", ""},
		{"a rule then against a rule then is a cue",
			"The regulations didn't require federal agencies to consult scientists.", "Section 7 required federal agencies to consult scientists.", "contradiction"},
		{"a year of the clause before when",
			"She began modeling in 1950 when she met a police officer.", "Her breakthrough began after she divorced Neal in 1947 when she met a police officer.", ""},
		{"a year of the same happening",
			"She began modeling in 1950.", "She began modeling in 1947.", "date!"},
		{"a split names two groups",
			"Two jurors were among the nine voting to put Nichols to death.", "The jury was deadlocked at 9-3, with three voting for life without parole.", "number"},
		{"without the split the counts conflict",
			"Two jurors were among the nine voting to put Nichols to death.", "The jury was deadlocked, with three voting to put Nichols to death.", "number!"},
		{"one word quoted two ways is a quote difference",
			"Trump accused Putin of talking “bullshit.”", "Trump said Putin's words were “meaningless.”", "quote"},
		{"two speakers' words are not one quote",
			"“The talks were frank and useful,” Lavrov said.", "“The talks were frank but useless,” Rubio said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := members(tt.a, tt.b)
			var got []Divergence
			for _, d := range Find(ms) {
				if d.Kind != Name {
					got = append(got, d)
				}
			}
			if k := kinds(got); k != tt.want {
				t.Errorf("Find(%q, %q) = %q, want %q", tt.a, tt.b, k, tt.want)
			}
			for _, d := range got {
				if d.Reason == "" {
					t.Errorf("%s has no reason", d.Summary)
				}
			}
		})
	}
	// Across facts: the count and the denial share their subject, the camp.
	ms := members("Local official Miabek Lang said at least 12 people had been killed in the camp and 20 wounded.",
		"Aid workers said there were no casualties in the camp.", "No one was hurt in Juba.")
	ds := Opposites(ms)
	if len(ds) != 1 || !ds[0].Conflict || ds[0].Possible || ds[0].Marks[0].Says != "Lang" || ds[0].Marks[1].Value != "no casualties" {
		t.Fatalf("Opposites = %+v, want the camp's count against its denial, attributed", ds)
	}
}

// TestEnglishRulesStayEnglish: the rules that read English words do not
// run on another language's text, where they would misfire. The same
// sentences marked English fire, so the test fails if the language is
// ignored.
func TestEnglishRulesStayEnglish(t *testing.T) {
	pairs := [][2]string{
		{"“It is not a new approach,” said Rubio.", "“It is a new and different approach,” said Rubio."},
		{"Local official Miabek Lang said at least 12 people had been killed in the camp.", "There were no casualties in the camp."},
		{"The war began in 2014, said Rubio.", "The war began in 2022, said Rubio."},
	}
	for _, lang := range []string{"", "fr", "es", "sv"} {
		var contradictions, sure, says int
		for _, p := range pairs {
			ms := members(p[0], p[1])
			for i := range ms {
				ms[i].Lang = lang
			}
			for _, d := range append(Find(ms), Opposites(ms)...) {
				if d.Kind == Contradiction {
					contradictions++
				}
				if d.Kind == Date && d.Conflict {
					sure++
				}
				for _, m := range d.Marks {
					if m.Says != "" {
						says++
					}
				}
			}
		}
		english := lang == ""
		if (contradictions > 0) != english || (sure > 0) != english || (says > 0) != english {
			t.Errorf("Lang %q: %d contradictions, %d sure date conflicts, %d attributions; want them only in English", lang, contradictions, sure, says)
		}
	}
}

// TestRecordsAndOwners: a win-loss record is compared by its owner and
// scope, and a count after a record is the record owner's.
func TestRecordsAndOwners(t *testing.T) {
	tests := []struct {
		name string
		ms   []string
		want string
	}{
		{"one boxer's record given two ways",
			[]string{"The champion, Ivan Petrov, 41-2, 31 KO's, stopped his man in the fifth.", "Petrov (40-2, 29 KOs) won in Berlin on Saturday night."},
			`KO, figures that conflict: "31 KO" (A) vs "29 KOs" (B); record, figures that conflict: "41-2" (A) vs "40-2" (B)`},
		{"two boxers' records",
			[]string{"Petrov (40-2, 29 KOs) stopped Jones in Berlin.", "Jones (35-7-2, 20 KOs) lost in Berlin."}, ""},
		{"a coach's career and season records",
			[]string{"In three seasons with the club, Smith compiled a mark of 122-147.", "Smith is 284-286 lifetime, with the club and before it."}, ""},
		{"a season is no record",
			[]string{"Smith coached the club in 2008-09.", "Smith coached the club in 2007-08."}, ""},
		{"crowds in one city told by two names",
			[]string{"Clashes broke out in the northern city, where approximately 50,000 people marched.", "Violence also broke out in the city, where another 20,000 people marched."},
			`people marched, figures that conflict: "approximately 50,000 people" (A) vs "20,000 people" (B)`},
		{"a crowd count without a happening is not compared across facts",
			[]string{"As many as 20,000 people took to the streets of the capital.", "Police put the crowd in the capital at roughly 30,000 people."}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := members(tt.ms...)
			var got []string
			for _, d := range Figures(ms) {
				got = append(got, d.Summary)
			}
			slices.Sort(got)
			if strings.Join(got, "; ") != tt.want {
				t.Errorf("Figures = %q, want %q", strings.Join(got, "; "), tt.want)
			}
		})
	}
}
