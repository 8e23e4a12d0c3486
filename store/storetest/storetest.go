// Package storetest is the conformance suite that every store engine
// passes, with the fixtures it writes.
package storetest

import (
	"context"
	"errors"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store"
)

// Run runs the suite. newDSN returns the DSN of a new, empty database
// for one test and arranges its removal with t.Cleanup; the suite opens
// it with store.Open, possibly more than once.
func Run(t *testing.T, newDSN func(t *testing.T) string) {
	tests := []struct {
		name string
		fn   func(t *testing.T, dsn string)
	}{
		{"Empty", testEmpty},
		{"Stats", testStats},
		{"Reingest", testReingest},
		{"FailedPut", testFailedPut},
		{"BadGraphs", testBadGraphs},
		{"Reopen", testReopen},
		{"Documents", testDocuments},
		{"Document", testDocument},
		{"Entity", testEntity},
		{"EntityMerge", testEntityMerge},
		{"FindEntities", testFindEntities},
		{"Claims", testClaims},
		{"Quotes", testQuotes},
		{"Search", testSearch},
		{"Related", testRelated},
		{"Merge", testMerge},
		{"MergeClaims", testMergeClaims},
		{"Rename", testRename},
		{"Reject", testReject},
		{"Concurrent", testConcurrent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, newDSN(t)) })
	}
}

func open(t *testing.T, dsn string) store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// loaded opens dsn and puts the fixture.
func loaded(t *testing.T, dsn string) store.Store {
	t.Helper()
	s := open(t, dsn)
	if err := s.Put(context.Background(), Fixture()); err != nil {
		t.Fatalf("Put(Fixture): %v", err)
	}
	return s
}

var fixtureStats = store.Stats{Documents: 3, Sentences: 7, Entities: 5, Mentions: 13, Claims: 2, Evidence: 3, Quotes: 2}

func stats(t *testing.T, s store.Store) store.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func testEmpty(t *testing.T, dsn string) {
	s := open(t, dsn)
	ctx := context.Background()
	if st := stats(t, s); st != (store.Stats{}) {
		t.Errorf("Stats of a new store = %+v, want zero", st)
	}
	if docs, err := s.Documents(ctx, store.DocFilter{}); err != nil || len(docs) != 0 {
		t.Errorf("Documents = %v, %v; want none", docs, err)
	}
	if _, err := s.Entity(ctx, "nobody"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Entity(nobody) error = %v, want ErrNotFound", err)
	}
	if _, err := s.Document(ctx, "nothing"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Document(nothing) error = %v, want ErrNotFound", err)
	}
	if err := s.Put(ctx, nil); err != nil {
		t.Errorf("Put(nil) = %v", err)
	}
}

func testStats(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	if st := stats(t, s); st != fixtureStats {
		t.Errorf("Stats = %+v, want %+v", st, fixtureStats)
	}
	if want := expectedStats(Fixture()); want != fixtureStats {
		t.Errorf("the fixture holds %+v, its documentation says %+v", want, fixtureStats)
	}
}

func testReingest(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	ctx := context.Background()
	before, err := s.Claims(ctx, store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	// Again all at once, then one by one in another order.
	if err := s.Put(ctx, Fixture()); err != nil {
		t.Fatalf("second Put: %v", err)
	}
	for _, g := range slices.Backward(Fixture()) {
		if err := s.Put(ctx, []*kg.DocGraph{g}); err != nil {
			t.Fatalf("Put(%s): %v", g.Document.ID, err)
		}
	}
	if st := stats(t, s); st != fixtureStats {
		t.Errorf("Stats after re-ingest = %+v, want %+v", st, fixtureStats)
	}
	after, err := s.Claims(ctx, store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("claims changed on re-ingest:\nbefore %+v\nafter  %+v", before, after)
	}
	// DocA again without its claims: Vidal's claim, stated nowhere else,
	// goes; Ruiz's keeps its evidence in DocB.
	a := Fixture()[0]
	a.Claims = nil
	if err := s.Put(ctx, []*kg.DocGraph{a}); err != nil {
		t.Fatal(err)
	}
	claims, err := s.Claims(ctx, store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(claims) != 1 || claims[0].Subject.ID != Ruiz || len(claims[0].Evidence) != 1 || claims[0].Evidence[0].Doc != DocB {
		t.Errorf("claims after DocA lost its claims = %+v", claims)
	}
	if err := s.Put(ctx, Fixture()); err != nil {
		t.Fatal(err)
	}
	if st := stats(t, s); st != fixtureStats {
		t.Errorf("Stats after putting DocA back = %+v, want %+v", st, fixtureStats)
	}
}

func testFailedPut(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	ctx := context.Background()
	// A valid new document and, in the same Put, one whose mention
	// points to an entity that exists nowhere: a foreign-key violation
	// in the database, so the whole Put must roll back.
	good := Fixture()[2]
	good.Document.ID, good.Document.Body = "doc-d", good.Document.Body+" Extra."
	bad := Fixture()[0]
	bad.Document.ID = "doc-e"
	bad.Mentions[0].EntityID = "ent-missing"
	// DocA again with a claim about an unknown subject: the store must
	// not lose DocA's stored rows when the rewrite fails.
	badA := Fixture()[0]
	badA.Claims[0].Subject.ID = "ent-missing"
	badA.Claims[0].ID = ""
	for _, batch := range [][]*kg.DocGraph{{good, bad}, {badA}, {good, badA}} {
		if err := s.Put(ctx, batch); err == nil {
			t.Errorf("Put of a graph violating a constraint succeeded")
		}
		if st := stats(t, s); st != fixtureStats {
			t.Errorf("Stats after failed Put = %+v, want %+v", st, fixtureStats)
		}
	}
	if _, err := s.Document(ctx, "doc-d"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("document of a failed Put was stored (err %v)", err)
	}
	v, err := s.Document(ctx, DocA)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Mentions) != 5 || len(v.Quotes) != 1 || len(v.Claims) != 2 {
		t.Errorf("DocA after failed rewrite: %d mentions, %d quotes, %d claims; want 5, 1, 2", len(v.Mentions), len(v.Quotes), len(v.Claims))
	}
}

func testBadGraphs(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	ctx := context.Background()
	tests := []struct {
		name   string
		break_ func(g *kg.DocGraph)
	}{
		{"nil", nil},
		{"no ID", func(g *kg.DocGraph) { g.Document.ID = "" }},
		{"mention past body", func(g *kg.DocGraph) { g.Mentions[0].Span = doc.Span{Start: 5, End: len(g.Document.Body) + 1} }},
		{"negative span", func(g *kg.DocGraph) { g.Sentences[1].Start = -1 }},
		{"reversed span", func(g *kg.DocGraph) { g.Quotes[0].Span = doc.Span{Start: 10, End: 4} }},
		{"split character", func(g *kg.DocGraph) { g.Mentions[0].Span.Start = 1 }}, // inside "Á"
		{"evidence of another document", func(g *kg.DocGraph) { g.Claims[0].Evidence[0].Doc = DocB }},
		{"entity without ID", func(g *kg.DocGraph) { g.Entities[1].ID = "" }},
		{"claim without subject", func(g *kg.DocGraph) { g.Claims[0].Subject.ID = "" }},
		{"invalid UTF-8", func(g *kg.DocGraph) { g.Document.Body = "\xff" + g.Document.Body[1:] }},
		{"quote about unknown entity", func(g *kg.DocGraph) { g.Quotes[0].About = []kg.Ref{{ID: "ent-missing"}} }},
		{"unknown speaker", func(g *kg.DocGraph) { g.Quotes[0].Speaker = &kg.Ref{ID: "ent-missing"} }},
		{"unknown claim object", func(g *kg.DocGraph) { g.Claims[1].Object = &kg.Ref{ID: "ent-missing"}; g.Claims[1].ID = "" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g *kg.DocGraph
			if tt.break_ != nil {
				g = Fixture()[0]
				g.Document.ID = "doc-bad"
				for i := range g.Claims {
					g.Claims[i].Evidence[0].Doc = "doc-bad"
				}
				for i := range g.Quotes {
					g.Quotes[i].Doc, g.Quotes[i].ID = "doc-bad", "quote-bad"
				}
				tt.break_(g)
			}
			if err := s.Put(ctx, []*kg.DocGraph{Fixture()[1], g}); err == nil {
				t.Errorf("Put succeeded")
			}
			if st := stats(t, s); st != fixtureStats {
				t.Errorf("Stats = %+v, want %+v", st, fixtureStats)
			}
		})
	}
}

func testReopen(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	want, err := s.Document(context.Background(), DocB)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	s = open(t, dsn)
	if st := stats(t, s); st != fixtureStats {
		t.Errorf("Stats after reopening = %+v, want %+v", st, fixtureStats)
	}
	got, err := s.Document(context.Background(), DocB)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("DocB after reopening differs:\ngot  %+v\nwant %+v", got, want)
	}
}

func docIDs(docs []doc.Document) []string {
	var ids []string
	for _, d := range docs {
		ids = append(ids, d.ID)
	}
	return ids
}

func testDocuments(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	ctx := context.Background()
	tests := []struct {
		f    store.DocFilter
		want []string
	}{
		{store.DocFilter{}, []string{DocB, DocA, DocC}},
		{store.DocFilter{Limit: 2}, []string{DocB, DocA}},
		{store.DocFilter{Limit: 2, Offset: 2}, []string{DocC}},
		{store.DocFilter{Entity: Vidal}, []string{DocB, DocA}},
		{store.DocFilter{Entity: Records}, []string{DocC}},
		{store.DocFilter{Entity: "nobody"}, nil},
		{store.DocFilter{Since: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}, []string{DocB, DocA}},
		{store.DocFilter{Until: time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)}, []string{DocC}},
		{store.DocFilter{Site: "Stage Notes"}, []string{DocB, DocA, DocC}},
		{store.DocFilter{Site: "Elsewhere"}, nil},
	}
	for _, tt := range tests {
		docs, err := s.Documents(ctx, tt.f)
		if err != nil {
			t.Fatalf("Documents(%+v): %v", tt.f, err)
		}
		if got := docIDs(docs); !slices.Equal(got, tt.want) {
			t.Errorf("Documents(%+v) = %v, want %v", tt.f, got, tt.want)
		}
		for _, d := range docs {
			if d.Body != "" {
				t.Errorf("Documents(%+v): %s has a body without WithBody", tt.f, d.ID)
			}
		}
	}
	docs, err := s.Documents(ctx, store.DocFilter{WithBody: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []*kg.DocGraph{Fixture()[1], Fixture()[0], Fixture()[2]} {
		got := docs[i]
		w := want.Document
		if got.ID != w.ID || got.Body != w.Body || got.Title != w.Title || got.URL != w.URL || got.Site != w.Site ||
			got.Source != w.Source || !got.Published.Equal(w.Published) {
			t.Errorf("document %d = %+v, want %+v", i, got, w)
		}
	}
	if _, off := docs[0].Published.Zone(); off != 3600 {
		t.Errorf("DocB's time zone offset = %d, want 3600 (kept as written)", off)
	}
}

func testDocument(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	v, err := s.Document(context.Background(), DocA)
	if err != nil {
		t.Fatal(err)
	}
	want := Fixture()[0]
	if v.Document.Body != want.Document.Body || v.Document.Title != want.Document.Title {
		t.Errorf("document = %+v", v.Document)
	}
	if !reflect.DeepEqual(v.Sentences, want.Sentences) {
		t.Errorf("sentences = %+v, want %+v", v.Sentences, want.Sentences)
	}
	if len(v.Mentions) != len(want.Mentions) {
		t.Fatalf("%d mentions, want %d", len(v.Mentions), len(want.Mentions))
	}
	for i, m := range v.Mentions {
		w := want.Mentions[i]
		w.Doc = DocA
		if m != w {
			t.Errorf("mention %d = %+v, want %+v", i, m, w)
		}
		if got := v.Document.Body[m.Span.Start:m.Span.End]; got != m.Text {
			t.Errorf("mention %d span holds %q, text %q", i, got, m.Text)
		}
	}
	var ents []string
	for _, e := range v.Entities {
		ents = append(ents, e.ID)
	}
	if want := []string{Ruiz, Harbor, Valencia, Vidal}; !slices.Equal(ents, want) {
		t.Errorf("entities = %v, want %v", ents, want)
	}
	if len(v.Quotes) != 1 || v.Quotes[0].ID != QuoteA {
		t.Errorf("quotes = %+v, want %s", v.Quotes, QuoteA)
	}
	if len(v.Claims) != 2 {
		t.Fatalf("claims = %+v, want 2", v.Claims)
	}
	// The claim made in both documents keeps both pieces of evidence.
	if n := len(v.Claims[0].Evidence); n != 2 {
		t.Errorf("claim %s has %d pieces of evidence, want 2", v.Claims[0].ID, n)
	}
}

func testEntity(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	ctx := context.Background()
	tests := []kg.Entity{
		{ID: Ruiz, Type: doc.Person, Name: "Ángel Ruiz", Aliases: []string{"Ruiz"}, Mentions: 4, Documents: 2},
		{ID: Vidal, Type: doc.Person, Name: "Marta Vidal", Aliases: []string{"Vidal"}, Mentions: 3, Documents: 2},
		{ID: Harbor, Type: doc.Org, Name: "Harbor Theatre", Mentions: 3, Documents: 3},
		{ID: Valencia, Type: doc.GPE, Name: "Valencia", Mentions: 2, Documents: 2},
		{ID: Records, Type: doc.Org, Name: "Vidal Records", Mentions: 1, Documents: 1},
	}
	for _, want := range tests {
		got, err := s.Entity(ctx, want.ID)
		if err != nil {
			t.Fatalf("Entity(%s): %v", want.ID, err)
		}
		if !reflect.DeepEqual(*got, want) {
			t.Errorf("Entity(%s) = %+v, want %+v", want.ID, *got, want)
		}
	}
	if _, err := s.Entity(ctx, "nobody"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Entity(nobody) error = %v, want ErrNotFound", err)
	}
}

func testEntityMerge(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	ctx := context.Background()
	put := func(e kg.Entity) {
		t.Helper()
		g := Fixture()[2]
		g.Entities = append(g.Entities, e)
		if err := s.Put(ctx, []*kg.DocGraph{g}); err != nil {
			t.Fatalf("Put: %v", err)
		}
	}
	get := func() *kg.Entity {
		t.Helper()
		e, err := s.Entity(ctx, Ruiz)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	// A shorter name is kept as an alias only; a longer one that is not
	// the same name extended is too.
	put(kg.Entity{ID: Ruiz, Type: doc.Person, Name: "Á. Ruiz", Gender: doc.Male, QID: "Q1"})
	put(kg.Entity{ID: Ruiz, Type: doc.Person, Name: "Somebody Else Entirely", Aliases: []string{"Angelito"}})
	e := get()
	if e.Name != "Ángel Ruiz" || e.Gender != doc.Male || e.QID != "Q1" {
		t.Errorf("after merges: %+v, want name Ángel Ruiz, male, Q1", e)
	}
	if want := []string{"Angelito", "Ruiz", "Somebody Else Entirely", "Á. Ruiz"}; !slices.Equal(e.Aliases, want) {
		t.Errorf("aliases = %q, want %q", e.Aliases, want)
	}
	// A longer name holding the old one replaces it; the old name stays
	// an alias. Later values do not overwrite known gender and QID.
	put(kg.Entity{ID: Ruiz, Type: doc.Person, Name: "Ángel Ruiz Soler", Gender: doc.Female, QID: "Q2"})
	e = get()
	if e.Name != "Ángel Ruiz Soler" || e.Gender != doc.Male || e.QID != "Q1" {
		t.Errorf("after longer name: %+v", e)
	}
	if !slices.Contains(e.Aliases, "Ángel Ruiz") {
		t.Errorf("aliases %q lack the old name", e.Aliases)
	}
	if found, err := s.FindEntities(ctx, "angelito", 5); err != nil || len(found) != 1 || found[0].ID != Ruiz {
		t.Errorf("FindEntities(angelito) = %+v, %v", found, err)
	}
}

func testFindEntities(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	tests := []struct {
		q     string
		limit int
		want  []string
	}{
		{"angel ruiz", 10, []string{Ruiz}},
		{"ÁNGEL RUIZ", 10, []string{Ruiz}},
		{"  Angel   Ruiz ", 10, []string{Ruiz}},
		{"ruiz", 10, []string{Ruiz}},
		{"ang", 10, []string{Ruiz}},
		{"theatre", 10, []string{Harbor}},
		// Exact (alias Vidal), then prefix (Vidal Records).
		{"vidal", 10, []string{Vidal, Records}},
		{"records", 10, []string{Records}},
		// All prefix matches, ranked by mentions: 3, 2, 1.
		{"v", 10, []string{Vidal, Valencia, Records}},
		{"v", 2, []string{Vidal, Valencia}},
		// Word matches: Marta Vidal (3 mentions) before Vidal Records? No:
		// "vidal r" is a prefix of Vidal Records only.
		{"vidal r", 10, []string{Records}},
		{"marta v", 10, []string{Vidal}},
		{"nobody", 10, nil},
		{"", 10, nil},
		{"%", 10, nil},
		{"_", 10, nil},
	}
	for _, tt := range tests {
		got, err := s.FindEntities(context.Background(), tt.q, tt.limit)
		if err != nil {
			t.Fatalf("FindEntities(%q): %v", tt.q, err)
		}
		var ids []string
		for _, e := range got {
			ids = append(ids, e.ID)
			if e.Mentions == 0 || e.Documents == 0 {
				t.Errorf("FindEntities(%q): %s has no counts", tt.q, e.ID)
			}
		}
		if !slices.Equal(ids, tt.want) {
			t.Errorf("FindEntities(%q, %d) = %v, want %v", tt.q, tt.limit, ids, tt.want)
		}
	}
}

func claimIDs(cs []kg.Claim) []string {
	var ids []string
	for _, c := range cs {
		ids = append(ids, c.ID)
	}
	return ids
}

func testClaims(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	ctx := context.Background()
	ruizWorks := kg.ClaimID(&kg.Claim{Subject: kg.Ref{ID: Ruiz}, Predicate: doc.WorksFor, Object: &kg.Ref{ID: Harbor}})
	vidalWorks := kg.ClaimID(&kg.Claim{Subject: kg.Ref{ID: Vidal}, Predicate: doc.WorksFor, Object: &kg.Ref{ID: Harbor}})
	tests := []struct {
		f    store.ClaimFilter
		want []string
	}{
		{store.ClaimFilter{}, []string{ruizWorks, vidalWorks}},
		{store.ClaimFilter{Limit: 1}, []string{ruizWorks}},
		{store.ClaimFilter{Predicate: doc.WorksFor}, []string{ruizWorks, vidalWorks}},
		{store.ClaimFilter{Predicate: doc.Leads}, nil},
		{store.ClaimFilter{Subject: Ruiz}, []string{ruizWorks}},
		{store.ClaimFilter{Subject: Harbor}, nil},
		{store.ClaimFilter{Object: Harbor}, []string{ruizWorks, vidalWorks}},
		{store.ClaimFilter{Entity: Harbor}, []string{ruizWorks, vidalWorks}},
		{store.ClaimFilter{Entity: Vidal}, []string{vidalWorks}},
		{store.ClaimFilter{Doc: DocB}, []string{ruizWorks}},
		{store.ClaimFilter{Doc: DocC}, nil},
		{store.ClaimFilter{Doc: DocA, Subject: Vidal}, []string{vidalWorks}},
	}
	for _, tt := range tests {
		got, err := s.Claims(ctx, tt.f)
		if err != nil {
			t.Fatalf("Claims(%+v): %v", tt.f, err)
		}
		if ids := claimIDs(got); !slices.Equal(ids, tt.want) {
			t.Errorf("Claims(%+v) = %v, want %v", tt.f, ids, tt.want)
		}
	}
	got, err := s.Claims(ctx, store.ClaimFilter{Subject: Ruiz})
	if err != nil || len(got) != 1 {
		t.Fatalf("Claims(Ruiz) = %v, %v", got, err)
	}
	c := got[0]
	if c.Subject != (kg.Ref{ID: Ruiz, Name: "Ángel Ruiz", Type: doc.Person}) || c.Object == nil ||
		*c.Object != (kg.Ref{ID: Harbor, Name: "Harbor Theatre", Type: doc.Org}) || c.Predicate != doc.WorksFor {
		t.Errorf("claim = %+v", c)
	}
	if math.Abs(c.Score-0.9) > 1e-9 {
		t.Errorf("score = %v, want the maximum 0.9", c.Score)
	}
	wantEv := []kg.Evidence{
		{Evidence: Fixture()[0].Claims[0].Evidence[0].Evidence, Text: "Ángel Ruiz joined the Harbor Theatre in Valencia last spring."},
		{Evidence: Fixture()[1].Claims[0].Evidence[0].Evidence, Text: "Ruiz now works for the Harbor Theatre full time."},
	}
	if !reflect.DeepEqual(c.Evidence, wantEv) {
		t.Errorf("evidence = %+v\nwant %+v", c.Evidence, wantEv)
	}
}

func testQuotes(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	ctx := context.Background()
	tests := []struct {
		f    store.QuoteFilter
		want []string
	}{
		{store.QuoteFilter{}, []string{QuoteA, QuoteB}},
		{store.QuoteFilter{Limit: 1}, []string{QuoteA}},
		{store.QuoteFilter{Speaker: Ruiz}, []string{QuoteA}},
		{store.QuoteFilter{Speaker: Vidal}, []string{QuoteB}},
		{store.QuoteFilter{Speaker: Harbor}, nil},
		{store.QuoteFilter{About: Ruiz}, []string{QuoteB}},
		{store.QuoteFilter{About: Harbor}, []string{QuoteA}},
		{store.QuoteFilter{Doc: DocB}, []string{QuoteB}},
		{store.QuoteFilter{Doc: DocC}, nil},
		{store.QuoteFilter{Doc: DocA, Speaker: Vidal}, nil},
	}
	for _, tt := range tests {
		got, err := s.Quotes(ctx, tt.f)
		if err != nil {
			t.Fatalf("Quotes(%+v): %v", tt.f, err)
		}
		var ids []string
		for _, q := range got {
			ids = append(ids, q.ID)
		}
		if !slices.Equal(ids, tt.want) {
			t.Errorf("Quotes(%+v) = %v, want %v", tt.f, ids, tt.want)
		}
	}
	got, err := s.Quotes(ctx, store.QuoteFilter{Doc: DocB})
	if err != nil || len(got) != 1 {
		t.Fatalf("Quotes(DocB) = %v, %v", got, err)
	}
	want := Fixture()[1].Quotes[0]
	want.Speaker = &kg.Ref{ID: Vidal, Name: "Marta Vidal", Type: doc.Person}
	want.About = []kg.Ref{{ID: Ruiz, Name: "Ángel Ruiz", Type: doc.Person}}
	if !reflect.DeepEqual(got[0], want) {
		t.Errorf("quote = %+v\nwant %+v", got[0], want)
	}
}

func testSearch(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	ctx := context.Background()
	type hit struct{ kind, doc, quote string }
	tests := []struct {
		q    string
		want []hit // in any order
		// marked must appear in the snippet of every hit.
		marked string
	}{
		{"quiet fire", []hit{{"document", DocB, ""}, {"quote", DocB, QuoteB}}, "<mark>quiet</mark> <mark>fire</mark>"},
		{"stage", []hit{{"document", DocA, ""}, {"quote", DocA, QuoteA}}, "<mark>stage</mark>"},
		{"angel ruiz", []hit{{"document", DocA, ""}, {"document", DocB, ""}, {"quote", DocB, QuoteB}}, "<mark>Ángel</mark>"},
		{"Ángel", []hit{{"document", DocA, ""}, {"document", DocB, ""}, {"quote", DocB, QuoteB}}, "<mark>Ángel</mark>"},
		{"ANGEL", []hit{{"document", DocA, ""}, {"document", DocB, ""}, {"quote", DocB, QuoteB}}, "<mark>Ángel</mark>"},
		{"sponsor", []hit{{"document", DocC, ""}}, "&amp;"},
		{"sponsors", []hit{{"document", DocC, ""}}, ""}, // title
		{"zebra", nil, ""},
		{"", nil, ""},
		{`"*:()`, nil, ""},
		{`"stage" feels*`, []hit{{"document", DocA, ""}, {"quote", DocA, QuoteA}}, ""}, // AND of words, no syntax
		{`stage OR fire`, nil, ""}, // "or" is a word too
	}
	for _, tt := range tests {
		hits, err := s.Search(ctx, tt.q, 10)
		if err != nil {
			t.Fatalf("Search(%q): %v", tt.q, err)
		}
		var got []hit
		for i, h := range hits {
			got = append(got, hit{h.Kind, h.DocID, h.QuoteID})
			if !strings.Contains(h.Snippet, tt.marked) {
				t.Errorf("Search(%q) hit %d snippet %q lacks %q", tt.q, i, h.Snippet, tt.marked)
			}
			if strings.Count(h.Snippet, "<mark>") != strings.Count(h.Snippet, "</mark>") || strings.Contains(h.Snippet, "<mark></mark>") {
				t.Errorf("Search(%q) hit %d snippet %q: unbalanced marks", tt.q, i, h.Snippet)
			}
			if i > 0 && h.Rank > hits[i-1].Rank {
				t.Errorf("Search(%q): hits not ordered by rank", tt.q)
			}
			if h.Title == "" {
				t.Errorf("Search(%q) hit %d has no title", tt.q, i)
			}
		}
		cmp := func(a, b hit) int { return strings.Compare(a.kind+a.doc+a.quote, b.kind+b.doc+b.quote) }
		slices.SortFunc(got, cmp)
		want := slices.Clone(tt.want)
		slices.SortFunc(want, cmp)
		if !slices.Equal(got, want) {
			t.Errorf("Search(%q) = %v, want %v", tt.q, got, want)
		}
	}
	hits, err := s.Search(ctx, "quiet", 10)
	if err != nil || len(hits) == 0 {
		t.Fatalf("Search(quiet) = %v, %v", hits, err)
	}
	for _, h := range hits {
		if strings.ContainsAny(strings.NewReplacer("<mark>", "", "</mark>", "").Replace(h.Snippet), "<>\"") {
			t.Errorf("snippet %q holds unescaped HTML", h.Snippet)
		}
	}
	if hits, err := s.Search(ctx, "ruiz", 1); err != nil || len(hits) != 1 {
		t.Errorf("Search(ruiz, 1) = %d hits, %v; want 1", len(hits), err)
	}
}

func testRelated(t *testing.T, dsn string) {
	s := loaded(t, dsn)
	ctx := context.Background()
	got, err := s.Related(ctx, DocA, 10)
	if err != nil {
		t.Fatal(err)
	}
	// N = 3 documents; df: Ruiz 2, Vidal 2, Harbor 3, Valencia 2.
	w := func(df float64) float64 { return math.Log(1 + 3/df) }
	want := []struct {
		id     string
		shared []string
		score  float64
	}{
		{DocB, []string{Ruiz, Vidal, Harbor}, 2*w(2) + w(3)},
		{DocC, []string{Valencia, Harbor}, w(2) + w(3)},
	}
	if len(got) != len(want) {
		t.Fatalf("Related(DocA) = %+v, want %d documents", got, len(want))
	}
	for i, r := range got {
		var shared []string
		for _, e := range r.Shared {
			shared = append(shared, e.ID)
		}
		if r.Document.ID != want[i].id || !slices.Equal(shared, want[i].shared) || math.Abs(r.Score-want[i].score) > 1e-9 {
			t.Errorf("Related(DocA)[%d] = %s %v %.4f, want %s %v %.4f", i, r.Document.ID, shared, r.Score, want[i].id, want[i].shared, want[i].score)
		}
		if r.Document.Title == "" || r.Document.Body != "" {
			t.Errorf("Related document %s: title %q, body %d bytes; want a title and no body", r.Document.ID, r.Document.Title, len(r.Document.Body))
		}
	}
	if got, err := s.Related(ctx, DocA, 1); err != nil || len(got) != 1 {
		t.Errorf("Related(DocA, 1) = %d, %v", len(got), err)
	}
	if got, err := s.Related(ctx, "nothing", 10); err != nil || len(got) != 0 {
		t.Errorf("Related(nothing) = %v, %v", got, err)
	}
}

// expectedStats counts what graphs hold once stored, for graphs whose
// entities and claims have no decisions applied.
func expectedStats(graphs []*kg.DocGraph) store.Stats {
	var st store.Stats
	ents, claims, ev := map[string]bool{}, map[string]bool{}, map[kg.Evidence]string{}
	for _, g := range graphs {
		st.Documents++
		st.Sentences += len(g.Sentences)
		st.Mentions += len(g.Mentions)
		st.Quotes += len(g.Quotes)
		for _, e := range g.Entities {
			ents[e.ID] = true
		}
		for _, c := range g.Claims {
			claims[c.ID] = true
			for _, e := range c.Evidence {
				e.Text = c.ID
				ev[e] = c.ID
			}
		}
	}
	st.Entities, st.Claims, st.Evidence = len(ents), len(claims), len(ev)
	return st
}

func testConcurrent(t *testing.T, dsn string) {
	s := open(t, dsn)
	ctx := context.Background()
	graphs := Synthetic(120)
	const writers = 4
	errs := make(chan error, 2*writers)
	for w := range writers {
		go func() {
			var err error
			for i := w; i < len(graphs) && err == nil; i += writers {
				err = s.Put(ctx, graphs[i:i+1])
			}
			errs <- err
		}()
		go func() {
			var err error
			for i := 0; i < 20 && err == nil; i++ {
				_, err = s.FindEntities(ctx, "person", 5)
				if err == nil {
					_, err = s.Search(ctx, "lasting", 5)
				}
			}
			errs <- err
		}()
	}
	for range 2 * writers {
		if err := <-errs; err != nil {
			t.Errorf("concurrent use: %v", err)
		}
	}
	if got, want := stats(t, s), expectedStats(graphs); got != want {
		t.Errorf("Stats after concurrent Puts = %+v, want %+v", got, want)
	}
}
