package words

import "testing"

func TestScript(t *testing.T) {
	for text, want := range map[string]string{
		"Rubio met Lavrov in Kuala Lumpur on Thursday.":          "Latin",
		"Рубио встретился с Лавровым в Куала-Лумпуре в четверг.": "Cyrillic",
		"التقى روبيو بلافروف في كوالالمبور يوم الخميس.":          "Arabic",
		"רוביו נפגש עם לברוב בקואלה לומפור ביום חמישי בערב.":     "Hebrew",
		"ルビオ国務長官はクアラルンプールでラブロフ外相と会談した。":                          "Chinese or Japanese",
		"Short.": "", // too few letters to say
		"Rubio (Рубио) met Lavrov (Лавров), said the agency ТАСС, in KL.": "Latin",
	} {
		if got := Script(text); got != want {
			t.Errorf("Script(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestDirection(t *testing.T) {
	for text, want := range map[string]string{
		"Rubio met Lavrov.":                         "ltr",
		"«التقى روبيو بلافروف»":                     "rtl",
		"  2025 — רוביו נפגש עם לברוב":              "rtl",
		"12 killed, said the Arabic-language paper": "ltr",
		"": "ltr",
	} {
		if got := Direction(text); got != want {
			t.Errorf("Direction(%q) = %q, want %q", text, got, want)
		}
	}
}
