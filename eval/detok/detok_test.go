package detok

import "testing"

func TestJoin(t *testing.T) {
	tests := []struct {
		name  string
		sents [][]string
		sep   func(int) string
		want  string
	}{
		{"brackets, colon and quotes", [][]string{{"She", "said", "(", "once", ")", ":", `"`, "yes", `"`, "."}}, nil,
			`She said (once): "yes".`},
		{"clitics and sentences", [][]string{{"It", "'s", "late", "."}, {"We", "did", "n't", "go", "."}}, nil,
			"It's late. We didn't go."},
		{"plural possessive", [][]string{{"The", "players", "'", "union", "won", "."}}, nil,
			"The players' union won."},
		{"money and percent", [][]string{{"It", "cost", "$", "40", ",", "up", "5", "%", "."}}, nil,
			"It cost $40, up 5%."},
		{"title and dateline on lines of their own", [][]string{{"Mill", "shuts"}, {"May", "4", ",", "2011"}, {"The", "mill", "shut", "."}},
			func(int) string { return "\n" }, "Mill shuts\nMay 4, 2011\nThe mill shut."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, spans := Join(tt.sents, tt.sep)
			if text != tt.want {
				t.Fatalf("text %q, want %q", text, tt.want)
			}
			for si, s := range tt.sents {
				for ti, tok := range s {
					if got := text[spans[si][ti][0]:spans[si][ti][1]]; got != tok {
						t.Errorf("token %d.%d: %q, want %q", si, ti, got, tok)
					}
				}
			}
		})
	}
}
