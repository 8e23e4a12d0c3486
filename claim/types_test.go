package claim

import (
	"testing"

	"github.com/newsgraph/newsgraph/doc"
)

func TestDeclared(t *testing.T) {
	tests := []struct {
		name     string
		subj     doc.EntityType
		pred     doc.Predicate
		obj      doc.EntityType // "" for a literal
		keep     bool
		objAfter doc.EntityType
	}{
		{"person in a band", doc.Person, doc.MemberOf, doc.Org, true, doc.Org},
		{"country in an alliance", doc.GPE, doc.MemberOf, doc.Org, true, doc.Org},
		{"band read as a title is retyped", doc.Person, doc.MemberOf, doc.Work, true, doc.Org},
		{"band performing, read as a title", doc.Work, doc.Performer, doc.Work, true, doc.Org},
		{"company in a cast", doc.Org, doc.CastIn, doc.Work, false, doc.Work},
		{"character talking to a newspaper", doc.Character, doc.SpokeTo, doc.Org, false, doc.Org},
		{"directed by a place", doc.Work, doc.DirectedBy, doc.GPE, false, doc.GPE},
		{"work published on a date", doc.Work, doc.Published, "", true, ""},
		{"person published on a date", doc.Person, doc.Published, "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Doc{
				Mentions: []doc.Mention{{Type: tt.subj, Entity: 0}, {Type: tt.obj, Entity: 1}},
				Entities: []doc.Entity{{Type: tt.subj, Mentions: []int{0}}, {Type: tt.obj, Mentions: []int{1}}},
			}
			c := doc.Claim{Subject: 0, Predicate: tt.pred, Object: 1}
			if tt.obj == "" {
				c.Object, c.Value = -1, "2001"
			}
			got := declared(d, []doc.Claim{c})
			if (len(got) == 1) != tt.keep {
				t.Fatalf("kept %d claims, want kept=%v", len(got), tt.keep)
			}
			if tt.obj != "" && (d.Entities[1].Type != tt.objAfter || d.Mentions[1].Type != tt.objAfter) {
				t.Errorf("object typed %s (mention %s), want %s", d.Entities[1].Type, d.Mentions[1].Type, tt.objAfter)
			}
		})
	}
}
