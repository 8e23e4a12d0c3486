package claim

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/doc"
)

// TestTriggerMasks checks that a word's mask bit is its membership in each
// trigger's set.
func TestTriggerMasks(t *testing.T) {
	for tr, ws := range triggerSets {
		if len(ws) == 0 {
			t.Errorf("trigger %d has an empty set", tr)
		}
		for w := range ws {
			r := &run{masks: wordMasks([]string{w})}
			for tr2, ws2 := range triggerSets {
				if got := r.has(0, trigger(tr2)); got != ws2[w] {
					t.Errorf("%q trigger %d: has %v, set %v", w, tr2, got, ws2[w])
				}
			}
		}
	}
	if r := (&run{masks: wordMasks([]string{"zzz-not-a-trigger"})}); r.masks[0] != 0 {
		t.Errorf("an unknown word has mask %b", r.masks[0])
	}
}

// TestFirstField checks firstField against strings.Fields.
func TestFirstField(t *testing.T) {
	for _, s := range []string{"", " ", "Bachelor of Arts", "  PhD  ", "a\u00a0b", "\u0085x y", "\xff\xfe z", "x\t", "\u2003MBA\u2003"} {
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = f[0]
		}
		if got := firstField(s); got != want {
			t.Errorf("firstField(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLowerWords checks lowerWords against strings.ToLower of each token.
func TestLowerWords(t *testing.T) {
	body := "The BBC's İstanbul Café, ÀB and \xffX IDs: NASA-run Ωmega."
	d := &doc.Doc{}
	d.Body = body
	for _, f := range strings.FieldsFunc(body, func(c rune) bool { return c == ' ' || c == ',' }) {
		start := strings.Index(body, f)
		d.Tokens = append(d.Tokens, doc.Token{Span: doc.Span{Start: start, End: start + len(f)}})
	}
	words := lowerWords(d)
	for i := range d.Tokens {
		if want := strings.ToLower(d.TokenText(i)); words[i] != want {
			t.Errorf("token %d: %q, want %q", i, words[i], want)
		}
	}
}
