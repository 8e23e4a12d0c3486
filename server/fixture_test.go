package server

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store"
)

// A fixture is an article written for the tests, in a form that is easy
// to read and write: sentences by paragraph, and annotations that name
// the text they cover. build turns it into the kg.DocGraph the store
// takes, computing every offset.
type fixture struct {
	Document   doc.Document `json:"document"`
	Paragraphs [][]string   `json:"paragraphs"`
	Entities   []struct {
		Key       string         `json:"key"`
		Name      string         `json:"name"`
		Type      doc.EntityType `json:"type"`
		Aliases   []string       `json:"aliases"`
		Fictional bool           `json:"fictional"`
	} `json:"entities"`
	Mentions []struct {
		Text   string          `json:"text"`
		Nth    int             `json:"nth"`
		Entity string          `json:"entity"`
		Kind   doc.MentionKind `json:"kind"`
	} `json:"mentions"`
	Quotes []struct {
		Text        string   `json:"text"`
		Speaker     string   `json:"speaker"`
		SpeakerText string   `json:"speaker_text"`
		SpeakerNth  int      `json:"speaker_nth"`
		Cue         string   `json:"cue"`
		About       []string `json:"about"`
	} `json:"quotes"`
	Claims []struct {
		Subject    string        `json:"subject"`
		Predicate  doc.Predicate `json:"predicate"`
		Object     string        `json:"object"`
		Value      string        `json:"value"`
		Work       string        `json:"work"`
		Season     int           `json:"season"`
		InUniverse bool          `json:"in_universe"`
		Sentence   int           `json:"sentence"`
	} `json:"claims"`
}

// entityID is how the fixtures name canonical entities.
func entityID(t doc.EntityType, name string) string { return kg.ID(string(t), name) }

// nth returns the span of the n-th occurrence (from 0) of s in body.
func nth(body, s string, n int) (doc.Span, error) {
	off := 0
	for i := 0; ; i++ {
		j := strings.Index(body[off:], s)
		if j < 0 {
			return doc.Span{}, fmt.Errorf("occurrence %d of %q not in body", n, s)
		}
		if i == n {
			return doc.Span{Start: off + j, End: off + j + len(s)}, nil
		}
		off += j + len(s)
	}
}

func (f *fixture) build() (*kg.DocGraph, error) {
	g := &kg.DocGraph{Document: f.Document}
	var body strings.Builder
	for p, para := range f.Paragraphs {
		if p > 0 {
			body.WriteString("\n\n")
		}
		for i, s := range para {
			if i > 0 {
				body.WriteString(" ")
			}
			start := body.Len()
			body.WriteString(s)
			g.Sentences = append(g.Sentences, doc.Sentence{Span: doc.Span{Start: start, End: body.Len()}, Paragraph: p})
		}
	}
	text := body.String()
	g.Document.Body = text
	id := g.Document.ID
	d := doc.New(g.Document)
	d.Sentences = g.Sentences

	refs := map[string]kg.Ref{}
	for _, e := range f.Entities {
		ke := kg.Entity{ID: entityID(e.Type, e.Name), Type: e.Type, Name: e.Name, Aliases: e.Aliases, Fictional: e.Fictional}
		g.Entities = append(g.Entities, ke)
		refs[e.Key] = kg.Ref{ID: ke.ID, Name: ke.Name, Type: ke.Type}
	}
	lookup := func(key string) (*kg.Ref, error) {
		if key == "" {
			return nil, nil
		}
		r, ok := refs[key]
		if !ok {
			return nil, fmt.Errorf("no entity %q", key)
		}
		return &r, nil
	}
	for _, m := range f.Mentions {
		sp, err := nth(text, m.Text, m.Nth)
		if err != nil {
			return nil, fmt.Errorf("mention: %w", err)
		}
		r, err := lookup(m.Entity)
		if err != nil {
			return nil, fmt.Errorf("mention %q: %w", m.Text, err)
		}
		g.Mentions = append(g.Mentions, kg.Mention{Doc: id, Span: sp, Text: m.Text, Type: r.Type, Kind: m.Kind,
			EntityID: r.ID, Score: 1})
	}
	for _, q := range f.Quotes {
		sp, err := nth(text, q.Text, 0)
		if err != nil {
			return nil, fmt.Errorf("quote: %w", err)
		}
		kq := kg.Quote{ID: kg.ID(id, "quote", fmt.Sprint(sp.Start)), Doc: id, Span: sp, Text: q.Text, Direct: true,
			Cue: q.Cue, Score: 0.9, Sentence: d.SentenceAt(sp.Start)}
		if kq.Speaker, err = lookup(q.Speaker); err != nil {
			return nil, fmt.Errorf("quote speaker: %w", err)
		}
		if q.SpeakerText != "" {
			if kq.SpeakerSpan, err = nth(text, q.SpeakerText, q.SpeakerNth); err != nil {
				return nil, fmt.Errorf("quote speaker: %w", err)
			}
		}
		for _, a := range q.About {
			r, err := lookup(a)
			if err != nil {
				return nil, fmt.Errorf("quote about: %w", err)
			}
			kq.About = append(kq.About, *r)
		}
		g.Quotes = append(g.Quotes, kq)
	}
	for _, c := range f.Claims {
		if c.Sentence < 0 || c.Sentence >= len(g.Sentences) {
			return nil, fmt.Errorf("claim %s: no sentence %d", c.Predicate, c.Sentence)
		}
		sub, err := lookup(c.Subject)
		if err != nil {
			return nil, fmt.Errorf("claim subject: %w", err)
		}
		kc := kg.Claim{Subject: *sub, Predicate: c.Predicate, Value: c.Value, Season: c.Season,
			InUniverse: c.InUniverse, Score: 0.8}
		if kc.Object, err = lookup(c.Object); err != nil {
			return nil, fmt.Errorf("claim object: %w", err)
		}
		if kc.Work, err = lookup(c.Work); err != nil {
			return nil, fmt.Errorf("claim work: %w", err)
		}
		sp := g.Sentences[c.Sentence].Span
		kc.Evidence = []kg.Evidence{{Evidence: doc.Evidence{Doc: id, Sentence: c.Sentence, Span: sp, Extractor: "fixture"},
			Text: text[sp.Start:sp.End]}}
		kc.ID = kg.ClaimID(&kc)
		g.Claims = append(g.Claims, kc)
	}
	return g, nil
}

// loadFixtures reads and builds every testdata/*.json fixture.
func loadFixtures(t testing.TB) map[string]*kg.DocGraph {
	t.Helper()
	paths, err := filepath.Glob("testdata/*.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	out := map[string]*kg.DocGraph{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var f fixture
		if err := json.Unmarshal(b, &f); err != nil {
			t.Fatalf("parse %s: %v", p, err)
		}
		g, err := f.build()
		if err != nil {
			t.Fatalf("build %s: %v", p, err)
		}
		out[g.Document.ID] = g
	}
	return out
}

// openFixtureStore opens a SQLite store in a temporary folder and puts the
// fixtures in it.
func openFixtureStore(t testing.TB) (store.Store, map[string]*kg.DocGraph) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	gs := loadFixtures(t)
	var all []*kg.DocGraph
	for _, id := range []string{"doc-interview", "doc-streaming", "doc-hostile"} {
		g, ok := gs[id]
		if !ok {
			t.Fatalf("fixture %s missing", id)
		}
		all = append(all, g)
	}
	if err := st.Put(ctx, all); err != nil {
		t.Fatalf("put fixtures: %v", err)
	}
	return st, gs
}
