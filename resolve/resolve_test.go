package resolve_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/resolve"
)

func TestEntityID(t *testing.T) {
	tests := []struct {
		a, b   string
		ta, tb doc.EntityType
		same   bool
	}{
		{"Félix Gallardo", "Felix  Gallardo", doc.Person, doc.Person, true},
		{"ÁNGEL RUIZ", "angel ruiz", doc.Person, doc.Person, true},
		{"Mexico", "Mexico", doc.GPE, doc.Loc, true},
		{"Ilse Brandt", "Ilse Brandt", doc.Person, doc.Character, false},
		{"Ilse Brandt", "Ilse Brandtt", doc.Person, doc.Person, false},
	}
	for _, tt := range tests {
		got := resolve.EntityID(tt.ta, tt.a) == resolve.EntityID(tt.tb, tt.b)
		if got != tt.same {
			t.Errorf("EntityID(%s %q) == EntityID(%s %q): %v, want %v", tt.ta, tt.a, tt.tb, tt.b, got, tt.same)
		}
	}
}

// TestDocument checks that one document's annotations become a graph with
// stable IDs: the same claim in two documents has one ID.
func TestDocument(t *testing.T) {
	body := "Ruth Kimani plays Ada Mwangi."
	mk := func(id string) *doc.Doc {
		d := doc.New(doc.Document{ID: id, Body: body})
		d.Sentences = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(body)}, First: 0, Last: 0}}
		d.Entities = []doc.Entity{{Type: doc.Person, Name: "Ruth Kimani", Mentions: []int{0}}, {Type: doc.Character, Name: "Ada Mwangi", Fictional: true, Mentions: []int{1}}}
		d.Mentions = []doc.Mention{
			{Span: doc.Span{Start: 0, End: 11}, Text: "Ruth Kimani", Type: doc.Person, Entity: 0},
			{Span: doc.Span{Start: 18, End: 28}, Text: "Ada Mwangi", Type: doc.Character, Entity: 1},
		}
		d.Claims = []doc.Claim{{Subject: 0, Predicate: doc.Plays, Object: 1, Qualifiers: doc.NoQualifiers(), Score: 0.9,
			Evidence: doc.Evidence{Doc: id, Sentence: 0, Span: doc.Span{Start: 0, End: 28}, Extractor: "test"}}}
		d.Quotes = []doc.Quote{{Span: doc.Span{Start: 12, End: 17}, Text: "plays", Speaker: 0, About: []int{1, 7}}}
		return d
	}
	g1, g2 := resolve.Document(mk("doc1")), resolve.Document(mk("doc2"))
	if len(g1.Entities) != 2 || g1.Entities[0].ID != resolve.EntityID(doc.Person, "Ruth Kimani") {
		t.Fatalf("entities %+v", g1.Entities)
	}
	if g1.Mentions[1].EntityID != g1.Entities[1].ID {
		t.Errorf("mention entity %q, want %q", g1.Mentions[1].EntityID, g1.Entities[1].ID)
	}
	c := g1.Claims[0]
	if c.Subject.Name != "Ruth Kimani" || c.Object == nil || c.Object.Name != "Ada Mwangi" || c.Evidence[0].Text != body {
		t.Errorf("claim %+v", c)
	}
	if c.ID != kg.ClaimID(&c) || c.ID != g2.Claims[0].ID {
		t.Errorf("claim IDs %q and %q differ", c.ID, g2.Claims[0].ID)
	}
	if g1.Quotes[0].ID == g2.Quotes[0].ID {
		t.Error("quotes of two documents share an ID")
	}
	if len(g1.Quotes[0].About) != 1 {
		t.Errorf("about %+v: an out-of-range entity must be dropped", g1.Quotes[0].About)
	}
}
