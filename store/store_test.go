package store

import (
	"slices"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ángel Ruiz", "angel ruiz"},
		{"  ÁNGEL \t RUIZ\n", "angel ruiz"},
		{"Félix Gallardo", "felix gallardo"},
		{"Ångström", "angstrom"},
		{"Ñuñoa", "nunoa"},
		{"A\u0301ngel", "angel"}, // already decomposed
		{"", ""},
		{"   ", ""},
		{"O'Brien-Smith", "o'brien-smith"},
		{"\xff", "\ufffd"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTerms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Ángel Ruiz", []string{"angel", "ruiz"}},
		{`"stage" OR fi*re:`, []string{"stage", "or", "fi", "re"}},
		{"NEAR(a b)", []string{"near", "a", "b"}},
		{"--", nil},
		{"2020 año", []string{"2020", "ano"}},
	}
	for _, tt := range tests {
		if got := terms(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("terms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkHTML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a " + markOpen + "b" + markClose + " c", "a <mark>b</mark> c"},
		{"<b> & " + markOpen + "\"x\"" + markClose, "&lt;b&gt; &amp; <mark>&#34;x&#34;</mark>"},
		{markOpen + "open", "<mark>open</mark>"},
		{"close" + markClose + " only", "close only"},
		{markOpen + markOpen + "x" + markClose + markClose, "<mark>x</mark>"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := markHTML(tt.in); got != tt.want {
			t.Errorf("markHTML(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkTerms(t *testing.T) {
	m := func(s string) string { return markOpen + s + markClose }
	tests := []struct {
		in    string
		words []string
		want  string
	}{
		{"Ángel Ruiz said", []string{"angel"}, m("Ángel") + " Ruiz said"},
		{"“Ángel, RUIZ!”", []string{"angel", "ruiz"}, "“" + m("Ángel") + ", " + m("RUIZ") + "!”"},
		{"Angela", []string{"angel"}, "Angela"},
		{"", []string{"x"}, ""},
	}
	for _, tt := range tests {
		if got := markTerms(tt.in, tt.words); got != tt.want {
			t.Errorf("markTerms(%q, %q) = %q, want %q", tt.in, tt.words, got, tt.want)
		}
	}
}

func TestLikeEscape(t *testing.T) {
	if got, want := likeEscape(`50%_a\b`), `50\%\_a\\b`; got != want {
		t.Errorf("likeEscape = %q, want %q", got, want)
	}
}
