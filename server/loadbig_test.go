package server

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store"
)

// TestLoadSynthetic measures the server under load on a store of copies
// of the fixtures. It runs only when NEWSGRAPH_LOAD_DOCS is set (the
// number of copies of each fixture); NEWSGRAPH_LOAD_CLIENTS (default 50)
// and NEWSGRAPH_LOAD_SECONDS (default 5) shape the run. It serves on
// loopback only.
func TestLoadSynthetic(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("NEWSGRAPH_LOAD_DOCS"))
	if n <= 0 {
		t.Skip("set NEWSGRAPH_LOAD_DOCS to run the load test")
	}
	clients := envInt("NEWSGRAPH_LOAD_CLIENTS", 50)
	secs := envInt("NEWSGRAPH_LOAD_SECONDS", 5)
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "load.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	gs := loadFixtures(t)
	start := time.Now()
	for i := 0; i < n; i++ {
		var batch []*kg.DocGraph
		for _, g := range gs {
			batch = append(batch, copyGraph(g, fmt.Sprintf("%s-%d", g.Document.ID, i)))
		}
		if err := st.Put(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	stats, _ := st.Stats(ctx)
	t.Logf("store: %+v, filled in %v", stats, time.Since(start).Round(time.Millisecond))
	base, _ := serveLoopback(t, New(st, Options{}).Handler())
	paths := []string{
		"/api/entities?q=luna",
		"/api/entities/" + idLuna,
		"/api/entities/" + idLuna + "/graph?depth=2",
		"/api/entities/" + idNarcos + "/timeline",
		"/api/documents/doc-interview-0",
		"/api/documents/doc-interview-0/related",
		"/api/documents?limit=50",
		"/api/quotes?speaker=McNairy",
		"/api/claims?predicate=plays",
		"/api/search?q=stubborn",
		"/api/path?from=McNairy&to=Sarandos",
	}
	res := Load(ctx, base, clients, time.Duration(secs)*time.Second, paths)
	t.Logf("\n%s", res)
	if res.Errors > 0 {
		t.Errorf("%d errors", res.Errors)
	}
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// copyGraph returns g as a document with another ID.
func copyGraph(g *kg.DocGraph, id string) *kg.DocGraph {
	c := *g
	c.Document.ID = id
	c.Document.Body = g.Document.Body + "\n\n" + id // distinct bodies
	c.Mentions = append([]kg.Mention(nil), g.Mentions...)
	for i := range c.Mentions {
		c.Mentions[i].Doc = id
	}
	c.Quotes = append([]kg.Quote(nil), g.Quotes...)
	for i := range c.Quotes {
		c.Quotes[i].Doc = id
		c.Quotes[i].ID = kg.ID(id, c.Quotes[i].ID)
	}
	c.Claims = append([]kg.Claim(nil), g.Claims...)
	for i := range c.Claims {
		ev := append([]kg.Evidence(nil), c.Claims[i].Evidence...)
		for j := range ev {
			ev[j].Doc = id
		}
		c.Claims[i].Evidence = ev
	}
	return &c
}
