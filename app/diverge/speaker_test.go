package diverge

import "testing"

// TestSpeaker: whom the seed articles' quotations are attributed to, and
// none where a sentence names no one.
func TestSpeaker(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"“I wouldn’t characterise it as something that guarantees peace,” Rubio said, “but it’s a concept that I’ll take back to the president.”", "Rubio"},
		{`"I think it's a new and a different approach," Rubio told reporters after talks with Russian Foreign Minister Sergey Lavrov.`, "Rubio"},
		{"According to Rubio, the two sides discussed a possible “new and different approach” to reviving peace efforts over Ukraine.", "Rubio"},
		{"Speaking to reporters after the 50-minute closed-door discussion, Rubio described the dialogue as “a new and different approach,” while acknowledging that it does not yet guarantee peace.", "Rubio"},
		{"Lavrov outlined the Kremlin’s position on settling the war, stating, “We discussed Ukraine.”", "Lavrov"},
		{"Russian Deputy Foreign Minister Sergey Ryabkov downplayed suggestions that ties were deteriorating, saying, “I do not agree.”", "Ryabkov"},
		{"In a statement released shortly after Thursday's meeting, Russia's Foreign Ministry said that \"substantive and frank exchange of views\" had taken place.", "Russia's Foreign Ministry"},
		{"The leaders of Britain and France also announced plans, while NATO Secretary General Mark Rutte said he was “working closely with allies.”", "Rutte"},
		{"The Russian Ministry of Foreign Affairs described the diplomats’ exchange as “substantive and frank,” covering Ukraine.", "Russian Ministry of Foreign Affairs"},
		{"“What we need now is a clear roadmap to conclude this conflict,” Rubio stressed.", "Rubio"},
		{"“It’s a concept that I’ll take back to the president,” he said, without disclosing further details.", ""},
		{`"We're going to continue to stay involved where we see opportunities to make a difference."`, ""},
		{"A spokesperson noted that Moscow remains committed to repairing what it described as “broken” diplomatic channels.", ""},
		{"Earlier this week, he accused Russian President Vladimir Putin of talking “bullshit” on Ukraine.", ""},
		{"“Rubio said nothing,” a reader wrote.", ""}, // quoted words are not the speaker
		{"", ""},
	}
	for _, tt := range tests {
		if got := Speaker(tt.sentence); got != tt.want {
			t.Errorf("Speaker(%.60q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
