package quote

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/doc"
)

func TestAbout(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"named inside the quote", "“Tom Reyes has been a good partner to this town,” Lopez said.", []string{"Tom Reyes"}},
		{"said of", "“He never gives up on anything,” Lopez said of Reyes.", []string{"Tom Reyes"}},
		{"speaker left out", "“Lopez always keeps her promises,” Lopez said.", nil},
		{"pronouns inside are not resolved", "“He never gives up on anything,” Lopez said.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotate(t, tt.body, []person{lopez, reyes}, map[string]int{"He": 1})
			Extract(d)
			if len(d.Quotes) != 1 {
				t.Fatalf("got %d quotes, want 1", len(d.Quotes))
			}
			var got []string
			for _, e := range d.Quotes[0].About {
				got = append(got, d.EntityName(e))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("about %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCueForms checks that the cue table knows every tense of the verbs a
// news writer uses.
func TestCueForms(t *testing.T) {
	lx := newLexicon()
	for _, w := range []string{
		"say", "says", "said", "saying", "tell", "told", "explained", "adds", "noted", "claimed",
		"argues", "warned", "insisted", "believes", "thought", "acknowledged", "admitted",
		"announced", "denied", "suggested", "wrote", "written", "tweeted", "shared", "recalled",
		"according", "pointed", "put",
	} {
		if lx.words[w].cue == 0 {
			t.Errorf("cue %q missing", w)
		}
	}
	for _, w := range []string{"the", "table", "Luna", "quickly"} {
		if lx.words[w].cue != 0 {
			t.Errorf("%q taken for a cue", w)
		}
	}
	seen := map[string]string{}
	for _, e := range cueTable {
		for _, f := range e.forms {
			if prev, ok := seen[f]; ok {
				t.Errorf("form %q listed for %q and %q", f, prev, e.cue.lemma)
			}
			seen[f] = e.cue.lemma
		}
	}
}

// TestNoPanicOnOddInput runs Extract on documents a reader might produce
// badly.
func TestNoPanicOnOddInput(t *testing.T) {
	for _, body := range []string{
		"", "“", "”", "\"", "''", "“”", "said", "“unclosed quote running to the end",
		"closing only” said he.", "‘’‘’", "“a “b “c” d” e”", "\n\n“\n\n”\n\n", "he said: “",
		"according to", "“Yes,” said", "(“x”)", "“x,” according to",
	} {
		d := annotate(t, body, nil, nil)
		Extract(d)
		for _, q := range d.Quotes {
			if q.Start < 0 || q.End > len(body) || q.Start > q.End {
				t.Errorf("%q: quote span %v out of the body", body, q.Span)
			}
		}
	}
	// A document with no tokens has no quotes.
	d := doc.New(doc.Document{Body: "“Hello there, friend,” she said."})
	Extract(d)
	if len(d.Quotes) != 0 {
		t.Errorf("quotes without tokens: %v", d.Quotes)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“We will win,” Lopez said.", "Reyes says, “No.”", "''Yes,'' he said.",
		"“Part one,” she said, “part two.”", "According to Lopez, it works.",
		"“Open\n\n“Still open,” he said.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		d := annotate(t, body, []person{lopez}, nil)
		Extract(d)
		for _, q := range d.Quotes {
			if q.Start < 0 || q.End > len(body) || q.Start >= q.End || q.Text != body[q.Start:q.End] {
				t.Fatalf("bad quote span %v in %q", q.Span, body)
			}
			if q.Speaker >= len(d.Entities) {
				t.Fatalf("speaker %d out of range", q.Speaker)
			}
		}
	})
}
