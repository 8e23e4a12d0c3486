package kg

import (
	"testing"

	"github.com/newsgraph/newsgraph/doc"
)

func TestID(t *testing.T) {
	if ID("a", "bc") == ID("ab", "c") {
		t.Error("ID does not separate its parts")
	}
	if got := ID("x"); len(got) != 16 || got != ID("x") {
		t.Errorf("ID(x) = %q, want 16 stable hex digits", got)
	}
}

func TestClaimID(t *testing.T) {
	a := Claim{Subject: Ref{ID: "s"}, Predicate: doc.Plays, Object: &Ref{ID: "o"}, Work: &Ref{ID: "w"}, Score: 0.5}
	b := a
	b.Score = 0.9
	b.Evidence = []Evidence{{Text: "other sentence"}}
	if ClaimID(&a) != ClaimID(&b) {
		t.Error("the same statement with other evidence got another ID")
	}
	c := a
	c.Work = nil
	d := a
	d.Object, d.Value = nil, "o"
	if ClaimID(&a) == ClaimID(&c) || ClaimID(&a) == ClaimID(&d) {
		t.Error("different statements share an ID")
	}
}

func TestTypeClass(t *testing.T) {
	if TypeClass(doc.GPE) != TypeClass(doc.Loc) || TypeClass(doc.Person) == TypeClass(doc.Character) {
		t.Error("type classes")
	}
}
