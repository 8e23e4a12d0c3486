package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store"
)

// reput puts the fixture again, as a re-ingest would.
func reput(t *testing.T, s store.Store) {
	t.Helper()
	if err := s.Put(context.Background(), Fixture()); err != nil {
		t.Fatalf("Put again: %v", err)
	}
}

func testMerge(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	ctx := context.Background()
	// Vidal Records is (wrongly, but that is the user's call) Marta Vidal.
	if err := s.Merge(ctx, Records, Vidal); err != nil {
		t.Fatalf("Merge: %v", err)
	}
	for round := range 2 {
		if _, err := s.Entity(ctx, Records); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("round %d: merged entity still there (err %v)", round, err)
		}
		e, err := s.Entity(ctx, Vidal)
		if err != nil {
			t.Fatal(err)
		}
		if e.Name != "Marta Vidal" || e.Mentions != 4 || e.Documents != 3 || !slices.Contains(e.Aliases, "Vidal Records") {
			t.Errorf("round %d: merged entity = %+v", round, e)
		}
		want := fixtureStats
		want.Entities = 4
		if st := stats(t, s); st != want {
			t.Errorf("round %d: Stats = %+v, want %+v", round, st, want)
		}
		found, err := s.FindEntities(ctx, "vidal records", 5)
		if err != nil || len(found) != 1 || found[0].ID != Vidal {
			t.Errorf("round %d: FindEntities(vidal records) = %+v, %v", round, found, err)
		}
		docs, err := s.Documents(ctx, store.DocFilter{Entity: Vidal})
		if err != nil || !slices.Equal(docIDs(docs), []string{DocB, DocA, DocC}) {
			t.Errorf("round %d: Documents(Vidal) = %v, %v", round, docIDs(docs), err)
		}
		reput(t, s)
	}
	dec, err := s.Decisions(ctx)
	if err != nil || len(dec) != 1 || dec[0].Kind != store.DecisionMerge || dec[0].Target != Records || dec[0].Into != Vidal {
		t.Errorf("Decisions = %+v, %v", dec, err)
	}
	// An entity merged away keeps its name out of the name of what it
	// became, even a longer one holding it, on Put after the merge.
	g := Fixture()[2]
	g.Entities = append(g.Entities, kg.Entity{ID: "ent-mvo", Type: doc.Person, Name: "Marta Vidal Ortega"})
	g.Mentions[0].EntityID = "ent-mvo"
	if err := s.Put(ctx, []*kg.DocGraph{g}); err != nil {
		t.Fatal(err)
	}
	if err := s.Merge(ctx, "ent-mvo", Vidal); err != nil {
		t.Fatal(err)
	}
	if err := s.Put(ctx, []*kg.DocGraph{g}); err != nil {
		t.Fatal(err)
	}
	if e, err := s.Entity(ctx, Vidal); err != nil || e.Name != "Marta Vidal" || !slices.Contains(e.Aliases, "Marta Vidal Ortega") {
		t.Errorf("after merging Marta Vidal Ortega: %+v, %v", e, err)
	}
	if err := s.Merge(ctx, Records, Vidal); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("merging a merged entity again: %v, want ErrNotFound", err)
	}
	if err := s.Merge(ctx, Vidal, Vidal); err == nil {
		t.Error("merging an entity into itself succeeded")
	}
	if err := s.Merge(ctx, Vidal, "nobody"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("merging into nobody: %v, want ErrNotFound", err)
	}
}

func testMergeClaims(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	ctx := context.Background()
	// Merging Ruiz into Vidal makes "Ruiz works for the theatre" and
	// "Vidal works for the theatre" one claim with three pieces of
	// evidence.
	if err := s.Merge(ctx, Ruiz, Vidal); err != nil {
		t.Fatalf("Merge: %v", err)
	}
	merged := kg.ClaimID(&kg.Claim{Subject: kg.Ref{ID: Vidal}, Predicate: doc.WorksFor, Object: &kg.Ref{ID: Harbor}})
	for round := range 2 {
		claims, err := s.Claims(ctx, store.ClaimFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(claims) != 1 || claims[0].ID != merged || len(claims[0].Evidence) != 3 || claims[0].Score != 0.9 ||
			claims[0].Subject.Name != "Marta Vidal" {
			t.Errorf("round %d: claims after merge = %+v", round, claims)
		}
		quotes, err := s.Quotes(ctx, store.QuoteFilter{Speaker: Vidal})
		if err != nil || len(quotes) != 2 {
			t.Errorf("round %d: Vidal's quotes = %d, %v; want 2", round, len(quotes), err)
		}
		quotes, err = s.Quotes(ctx, store.QuoteFilter{About: Vidal})
		if err != nil || len(quotes) != 1 || quotes[0].ID != QuoteB {
			t.Errorf("round %d: quotes about Vidal = %+v, %v", round, quotes, err)
		}
		want := store.Stats{Documents: 3, Sentences: 7, Entities: 4, Mentions: 13, Claims: 1, Evidence: 3, Quotes: 2}
		if st := stats(t, s); st != want {
			t.Errorf("round %d: Stats = %+v, want %+v", round, st, want)
		}
		reput(t, s)
	}
}

func testRename(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	ctx := context.Background()
	if err := s.Rename(ctx, Harbor, "Harbor Theatre Company of Valencia"); err != nil {
		t.Fatalf("Rename: %v", err)
	}
	for round := range 2 {
		e, err := s.Entity(ctx, Harbor)
		if err != nil {
			t.Fatal(err)
		}
		if e.Name != "Harbor Theatre Company of Valencia" || !slices.Contains(e.Aliases, "Harbor Theatre") {
			t.Errorf("round %d: renamed entity = %+v", round, e)
		}
		claims, err := s.Claims(ctx, store.ClaimFilter{Object: Harbor, Limit: 1})
		if err != nil || len(claims) != 1 || claims[0].Object.Name != e.Name {
			t.Errorf("round %d: claim object = %+v, %v", round, claims, err)
		}
		reput(t, s)
	}
	// A later, longer ingested name does not undo the rename.
	g := Fixture()[2]
	g.Entities[1].Name = "Harbor Theatre Company of Valencia, Spain"
	if err := s.Put(ctx, []*kg.DocGraph{g}); err != nil {
		t.Fatal(err)
	}
	if e, err := s.Entity(ctx, Harbor); err != nil || e.Name != "Harbor Theatre Company of Valencia" {
		t.Errorf("after a longer name: %+v, %v", e, err)
	}
	if err := s.Rename(ctx, "nobody", "X"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Rename(nobody) = %v, want ErrNotFound", err)
	}
	if err := s.Rename(ctx, Harbor, "  "); err == nil {
		t.Error("Rename to a blank name succeeded")
	}
}

func testReject(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	ctx := context.Background()
	vidalWorks := kg.ClaimID(&kg.Claim{Subject: kg.Ref{ID: Vidal}, Predicate: doc.WorksFor, Object: &kg.Ref{ID: Harbor}})
	if err := s.Reject(ctx, Valencia); err != nil {
		t.Fatalf("Reject(entity): %v", err)
	}
	if err := s.Reject(ctx, vidalWorks); err != nil {
		t.Fatalf("Reject(claim): %v", err)
	}
	for round := range 2 {
		if _, err := s.Entity(ctx, Valencia); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("round %d: rejected entity is back (err %v)", round, err)
		}
		claims, err := s.Claims(ctx, store.ClaimFilter{})
		if err != nil || len(claims) != 1 || claims[0].ID == vidalWorks {
			t.Errorf("round %d: claims = %v, %v; want only Ruiz's", round, claimIDs(claims), err)
		}
		// The mentions stay, unlinked.
		want := store.Stats{Documents: 3, Sentences: 7, Entities: 4, Mentions: 13, Claims: 1, Evidence: 2, Quotes: 2}
		if st := stats(t, s); st != want {
			t.Errorf("round %d: Stats = %+v, want %+v", round, st, want)
		}
		if docs, err := s.Documents(ctx, store.DocFilter{Entity: Valencia}); err != nil || len(docs) != 0 {
			t.Errorf("round %d: Documents(Valencia) = %v, %v", round, docIDs(docs), err)
		}
		if found, err := s.FindEntities(ctx, "valencia", 5); err != nil || len(found) != 0 {
			t.Errorf("round %d: FindEntities(valencia) = %+v, %v", round, found, err)
		}
		reput(t, s)
	}
	if err := s.Reject(ctx, "nobody"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Reject(nobody) = %v, want ErrNotFound", err)
	}
	// Rejecting a speaker leaves the quote without one.
	if err := s.Reject(ctx, Ruiz); err != nil {
		t.Fatal(err)
	}
	reput(t, s)
	quotes, err := s.Quotes(ctx, store.QuoteFilter{Doc: DocA})
	if err != nil || len(quotes) != 1 || quotes[0].Speaker != nil {
		t.Errorf("quote of a rejected speaker = %+v, %v", quotes, err)
	}
	if claims, err := s.Claims(ctx, store.ClaimFilter{}); err != nil || len(claims) != 0 {
		t.Errorf("claims after rejecting Ruiz = %v, %v; want none", claimIDs(claims), err)
	}
}
