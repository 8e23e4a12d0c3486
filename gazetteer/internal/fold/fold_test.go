package fold

import (
	"testing"
	"unicode/utf8"
)

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ángel", "angel"},
		{"Ḩalab", "halab"},
		{"Hawaiʻi", "hawai'i"},
		{"Straße", "strasse"},
		{"A\u0301ngel", "angel"}, // decomposed input
		{"Москва", "москва"},
		{"Ελλάδα", "ελλαδα"},
		{"O’Brien", "o'brien"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTableMatchesSlow checks the fast path against x/text on every rune
// the tables cover.
func TestTableMatchesSlow(t *testing.T) {
	for r := rune(0x80); r < extEnd; r++ {
		if r >= latinMax && r < extStart {
			continue
		}
		s := "x" + string(r) + "Y"
		if got, want := String(s), slow(s); got != want {
			t.Errorf("rune %U: String %q, slow %q", r, got, want)
		}
	}
}

func TestASCIIInto(t *testing.T) {
	var buf [8]byte
	if k, ok := ASCIIInto(buf[:], "Mexico"); !ok || string(k) != "mexico" {
		t.Errorf("ASCIIInto(Mexico) = %q %v", k, ok)
	}
	if _, ok := ASCIIInto(buf[:], "Culiacán"); ok {
		t.Error("ASCIIInto accepted non-ASCII")
	}
	if _, ok := ASCIIInto(buf[:], "Switzerland"); ok {
		t.Error("ASCIIInto accepted a word longer than the buffer")
	}
}

func FuzzString(f *testing.F) {
	for _, s := range []string{"Ángel", "Straße", "Ḩalab", "A\u0301", "\xff", "Москва"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := String(s)
		if utf8.ValidString(s) && !utf8.ValidString(k) {
			t.Errorf("String(%q) = %q: invalid UTF-8", s, k)
		}
		if String(k) != k {
			t.Errorf("String is not idempotent on %q: %q then %q", s, k, String(k))
		}
	})
}
