package redocred

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/doc"
)

func TestDetokenize(t *testing.T) {
	d := &Document{Sents: [][]string{{"He", "said", "(", "twice", ")", ":", `"`, "no", `"`, "."}, {"It", "'s", "done", "."},
		{"The", "KBS", "'", "drama", "and", "the", "actors", "'", "union", "."}}}
	text, spans := Detokenize(d)
	if want := `He said (twice): "no". It's done. The KBS' drama and the actors' union.`; text != want {
		t.Errorf("text %q, want %q", text, want)
	}
	for si, s := range d.Sents {
		for ti, tok := range s {
			if got := text[spans[si][ti][0]:spans[si][ti][1]]; got != tok {
				t.Errorf("token %d.%d: %q, want %q", si, ti, got, tok)
			}
		}
	}
}

// TestEvaluate scores a hand-made annotation: the director is right, the
// cast member is wrong (the wrong person), the date is missed; P569 is not a
// relation we emit and does not count.
func TestEvaluate(t *testing.T) {
	annotate := func(text string) *doc.Doc {
		span := func(s string) doc.Span {
			i := strings.Index(text, s)
			return doc.Span{Start: i, End: i + len(s)}
		}
		d := doc.New(doc.Document{Body: text})
		d.Mentions = []doc.Mention{
			{Span: span("Harbor Lights"), Entity: 0},
			{Span: span("Ana Petrova"), Entity: 1},
			{Span: span("It"), Entity: 2}, // wrongly linked: no gold entity there
		}
		d.Entities = []doc.Entity{{Type: doc.Work, Mentions: []int{0}}, {Type: doc.Person, Mentions: []int{1}}, {Type: doc.Person, Mentions: []int{2}}}
		d.Claims = []doc.Claim{
			{Subject: 0, Predicate: doc.DirectedBy, Object: 1},
			{Subject: 1, Predicate: doc.CastIn, Object: 0},
			{Subject: 2, Predicate: doc.CastIn, Object: 0},
		}
		return d
	}
	r, err := Evaluate(filepath.Join("testdata", "tiny.json"), annotate)
	if err != nil {
		t.Fatal(err)
	}
	// Predicted: P57 (0,2) right, P161 (0,2) wrong; the claim from "It"
	// has no gold entity and makes no triple. Gold: P57, P577, P161.
	if r.Predicted != 2 || r.Correct != 1 || r.Gold != 3 {
		t.Fatalf("counts %+v", r.Counts)
	}
	if p := r.ByRelation["P57"]; p.Precision != 1 || p.Recall != 1 {
		t.Errorf("P57 %+v", p)
	}
	if p := r.ByRelation["P161"]; p.Precision != 0 || p.Gold != 1 {
		t.Errorf("P161 %+v", p)
	}
	if _, ok := r.ByRelation["P569"]; ok {
		t.Error("P569 is not ours and must not be scored")
	}
	if !strings.Contains(r.Table(), "P57") {
		t.Errorf("table %q", r.Table())
	}
}

// TestRelations checks the Wikidata triples each predicate states and
// their direction: plays is stated on the character (P175, the actor),
// appears_in both ways, and predicates outside Re-DocRED's relations none.
func TestRelations(t *testing.T) {
	type rel = struct {
		R       string
		Inverse bool
	}
	tests := []struct {
		p    doc.Predicate
		want []rel
	}{
		{doc.Plays, []rel{{"P175", true}}},
		{doc.CastIn, []rel{{"P161", true}}},
		{doc.AppearsIn, []rel{{"P674", true}, {"P1441", false}}},
		{doc.Performer, []rel{{"P175", false}}},
		{doc.Founded, []rel{{"P112", true}}},
		{doc.Premiere, []rel{{"P577", false}}},
		{doc.SpokeTo, nil},
		{doc.BasedOn, nil},
	}
	for _, tt := range tests {
		got := Relations(tt.p)
		if len(got) != len(tt.want) {
			t.Errorf("%s: %v, want %v", tt.p, got, tt.want)
			continue
		}
		for i := range got {
			if got[i].R != tt.want[i].R || got[i].Inverse != tt.want[i].Inverse {
				t.Errorf("%s: %v, want %v", tt.p, got, tt.want)
			}
		}
	}
}
