package words

import (
	"os"
	"strings"
	"testing"
)

func keys(a *Analyzer, s string) []string {
	var out []string
	for _, t := range a.Tokens(s) {
		out = append(out, t.Key)
	}
	return out
}

func TestSameKey(t *testing.T) {
	a := NewAnalyzer(English())
	tests := []struct{ x, y string }{
		{"characterise", "characterize"},
		{"characterised", "characterized"},
		{"normalisation", "normalization"},
		{"defence", "defense"},
		{"travelled", "traveled"},
		{"colour", "color"},
		{"centre", "center"},
		{"programme", "program"},
		{"disappointed", "disappointment"},
		{"frustrated", "frustration"},
		{"member", "members"},
		{"U.S.", "US"},
		{"Russia‘s", "Russia's"},
		{"Russia’s", "Russia"},
		{"ﬁnance", "finance"}, // NFKC folds the ligature
		{"STRASSE", "straße"}, // full case folding
		{"Zelenskiy", "zelenskiy"},
	}
	for _, tt := range tests {
		kx, ky := keys(a, tt.x), keys(a, tt.y)
		if strings.Join(kx, " ") != strings.Join(ky, " ") {
			t.Errorf("keys(%q) = %q, keys(%q) = %q, want equal", tt.x, kx, tt.y, ky)
		}
	}
	for _, tt := range []struct{ x, y string }{{"prise", "prize"}, {"Iran", "Iraq"}, {"four", "for"}} {
		if kx, ky := keys(a, tt.x), keys(a, tt.y); strings.Join(kx, " ") == strings.Join(ky, " ") {
			t.Errorf("keys(%q) = keys(%q) = %q, want different", tt.x, tt.y, kx)
		}
	}
}

func TestTokens(t *testing.T) {
	a := NewAnalyzer(English())
	text := "I wouldn't say the U.S.-Russia talks cost $1,000.5 or 50-minute; us, NATO and IT."
	var got []string
	for _, tok := range a.Tokens(text) {
		if text[tok.Start:tok.End] == "" {
			t.Fatalf("empty token %+v", tok)
		}
		flags := ""
		if tok.Stop {
			flags += "s"
		}
		if tok.Neg {
			flags += "n"
		}
		switch tok.Kind {
		case Number:
			flags += "#"
		case Acronym:
			flags += "A"
		}
		got = append(got, text[tok.Start:tok.End]+"="+tok.Key+"/"+flags)
	}
	want := "I=i/s would=would/s n't=not/sn say=say/ the=the/s U.S.=us/A Russia=russia/ talks=talk/ cost=cost/ 1,000.5=1000.5/# or=or/s 50=50/# minute=minut/ us=us/s NATO=nato/A and=and/s IT=it/s"
	if strings.Join(got, " ") != want {
		t.Errorf("Tokens(%q) =\n %s\nwant\n %s", text, strings.Join(got, " "), want)
	}
}

func TestLanguages(t *testing.T) {
	for _, name := range []string{"", "en", "English", "en-GB", "fr", "french", "es", "ru", "sv", "no", "nb", "hu"} {
		if _, err := LookupLanguage(name); err != nil {
			t.Errorf("LookupLanguage(%q): %v", name, err)
		}
	}
	_, err := LookupLanguage("de")
	if err == nil {
		t.Fatal("LookupLanguage(de) succeeded; German is not one of Snowball's seven here")
	}
	for _, l := range []string{"english", "french", "hungarian", "norwegian", "russian", "spanish", "swedish"} {
		if !strings.Contains(err.Error(), l) {
			t.Errorf("error %q does not name %s", err, l)
		}
	}
	fr := NewAnalyzer(mustLang(t, "fr"))
	if k := keys(fr, "continuellement"); k[0] != "continuel" {
		t.Errorf("French stem of continuellement = %q, want continuel", k)
	}
	ru := NewAnalyzer(mustLang(t, "ru"))
	if k := keys(ru, "Лавров и переговоры"); len(k) != 3 || k[1] != "и" {
		t.Errorf("Russian keys = %q", k)
	}
}

func mustLang(t *testing.T, n string) Language {
	l, err := LookupLanguage(n)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"U.S.-Russia", "don't 1,000.5", "今天下雨。", "مرحبا", "🎉a'b'", "\xff\xfeA.B.", "O'Brien's"} {
		f.Add(s)
	}
	a := NewAnalyzer(English())
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range a.Tokens(s) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("token %+v out of order or outside %d bytes", tok, len(s))
			}
			prev = tok.End
		}
	})
}

func TestGuess(t *testing.T) {
	seed, err := os.ReadFile("../../corpus/rubio-lavrov/000_8182e91da08cedce.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{string(seed), "english"},
		{"Le ministre russe des Affaires étrangères a rencontré jeudi son homologue américain à Kuala Lumpur, en marge d'une réunion de l'Association des nations de l'Asie du Sud-Est. Les deux hommes ont discuté pendant près d'une heure de la guerre en Ukraine et des relations entre leurs pays, selon un communiqué publié par le ministère.", "french"},
		{"El ministro ruso de Asuntos Exteriores se reunió el jueves con su homólogo estadounidense en Kuala Lumpur, al margen de una reunión de la Asociación de Naciones del Sudeste Asiático. Los dos hombres hablaron durante casi una hora sobre la guerra en Ucrania y las relaciones entre sus países, según un comunicado del ministerio.", "spanish"},
		{"Министр иностранных дел России в четверг встретился со своим американским коллегой в Куала-Лумпуре на полях встречи Ассоциации государств Юго-Восточной Азии. Они обсуждали почти час войну на Украине и отношения между их странами, говорится в сообщении министерства, которое было опубликовано после встречи.", "russian"},
		{"Too short to tell: a headline and a line.", ""},
		{strings.Repeat("Rubio Lavrov ASEAN Kuala Lumpur 2025 ", 20), ""}, // names and numbers only
	}
	for _, tt := range tests {
		lang, ok := Guess(tt.text)
		if got := map[bool]string{true: lang.Name}[ok]; got != tt.want {
			t.Errorf("Guess(%.40q…) = %q (ok %v), want %q", tt.text, lang.Name, ok, tt.want)
		}
	}
}

// BenchmarkGuess is the language guess over one news article, as the
// editor runs it on every article of an import.
func BenchmarkGuess(b *testing.B) {
	seed, err := os.ReadFile("../../corpus/rubio-lavrov/000_8182e91da08cedce.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(seed)
	for b.Loop() {
		Guess(text)
	}
}

func TestTranslitKey(t *testing.T) {
	for _, p := range [][2]string{{"Sergey", "Sergei"}, {"Zelensky", "Zelenskiy"}, {"Volodymyr", "Wolodymyr"}, {"Khodorkovsky", "Hodorkovsky"}, {"Müller", "Muller"}} {
		if a, b := TranslitKey(p[0]), TranslitKey(p[1]); a != b {
			t.Errorf("%s → %q, %s → %q: want one key", p[0], a, p[1], b)
		}
	}
	for _, p := range [][2]string{{"Iran", "Iraq"}, {"Russia", "Russian"}, {"Austria", "Australia"}} {
		if TranslitKey(p[0]) == TranslitKey(p[1]) {
			t.Errorf("%s and %s share the key %q", p[0], p[1], TranslitKey(p[0]))
		}
	}
}

// TestTokensIn: the tokens of a part of a text carry offsets into the text.
func TestTokensIn(t *testing.T) {
	text := "Headline. Rubio met Lavrov."
	an := NewAnalyzer(English())
	toks := an.TokensIn(text, 10, len(text))
	if len(toks) != 3 || text[toks[0].Start:toks[0].End] != "Rubio" || text[toks[2].Start:toks[2].End] != "Lavrov" {
		t.Fatalf("TokensIn = %+v", toks)
	}
}
