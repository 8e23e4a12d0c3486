package server_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/pipeline"
	"github.com/newsgraph/newsgraph/server"
	"github.com/newsgraph/newsgraph/store"
)

// ingested serves a store built by the real pipeline from paths.
func ingested(t *testing.T, paths ...string) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	m, err := ner.Load()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{Model: m})
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	sum, err := ingest.Run(ctx, st, p, paths, ingest.Options{})
	if err != nil || sum.Errors() > 0 {
		t.Fatalf("ingest: %v %q", err, sum.Failed)
	}
	ts := httptest.NewServer(server.New(st, server.Options{}).Handler())
	t.Cleanup(ts.Close)
	return ts
}

// get fetches path and decodes the JSON answer into v.
func get(t *testing.T, ts *httptest.Server, path string, v any) {
	t.Helper()
	resp, err := http.Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, resp.StatusCode, b)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("GET %s: %v\n%s", path, err, b)
	}
}

// TestExampleArticles answers each endpoint over a store built from the
// example articles by the whole pipeline, with exact expectations.
func TestExampleArticles(t *testing.T) {
	ts := ingested(t, filepath.Join("..", "examples", "articles"))

	var ents server.EntityList
	get(t, ts, "/api/entities?q="+url.QueryEscape("kerem sahin"), &ents)
	if len(ents.Entities) == 0 || ents.Entities[0].Name != "Kerem Şahin" || ents.Entities[0].Type != "PERSON" {
		t.Fatalf("entities for kerem sahin: %+v", ents.Entities)
	}
	sahin := ents.Entities[0].ID

	var card server.EntityCard
	get(t, ts, "/api/entities/"+sahin, &card)
	var out []string
	for _, c := range card.ClaimsOut {
		out = append(out, string(c.Predicate)+" "+c.Object.Name)
		if len(c.Evidence) == 0 || !strings.Contains(c.Evidence[0].Text, "Kerem Şahin") {
			t.Errorf("claim %s: evidence %+v", c.Predicate, c.Evidence)
		}
	}
	slices.Sort(out)
	if want := []string{"cast_in Night Shift Berlin", "plays Emre Aydın"}; !slices.Equal(out, want) {
		t.Errorf("card claims %q, want %q", out, want)
	}
	if len(card.QuotesBy) != 2 || len(card.Documents) != 1 {
		t.Errorf("card: %d quotes by, %d documents", len(card.QuotesBy), len(card.Documents))
	}

	var quotes server.QuoteList
	get(t, ts, "/api/quotes?speaker="+url.QueryEscape("Freja Dahl"), &quotes)
	if len(quotes.Quotes) != 2 || !strings.HasPrefix(quotes.Quotes[0].Text, "Nora is the only one") {
		t.Errorf("quotes by Freja Dahl: %+v", quotes.Quotes)
	}

	var claims server.ClaimList
	get(t, ts, "/api/claims?predicate=plays", &claims)
	var plays []string
	for _, c := range claims.Claims {
		plays = append(plays, c.Subject.Name+"→"+c.Object.Name)
	}
	slices.Sort(plays)
	want := []string{"Anders Vik→Karl Moe", "Freja Dahl→Nora Lind", "Jonas Eklund→Per Halvorsen", "Katharina Brandl→Lena Vogt",
		"Kerem Şahin→Emre Aydın", "Marta Olsen→Ilse Brandt", "Owen Pryce→Silas Crane", "Rafael Ortiz→Tomás Vega", "Ruth Kimani→Ada Mwangi"}
	if !slices.Equal(plays, want) {
		t.Errorf("plays claims\n got  %q\n want %q", plays, want)
	}

	var found server.SearchResult
	get(t, ts, "/api/search?q=counterfeiting", &found)
	if len(found.Hits) != 1 || !strings.Contains(found.Hits[0].Title, "Night Shift Berlin") || !strings.Contains(found.Hits[0].Snippet, "<mark>counterfeiting</mark>") {
		t.Errorf("search counterfeiting: %+v", found.Hits)
	}

	var path server.PathResult
	get(t, ts, "/api/path?from="+url.QueryEscape("Marta Olsen")+"&to=Hulu", &path)
	if !path.Found || len(path.Steps) != 3 || path.Steps[0].From.Name != "Marta Olsen" || path.Steps[2].To.Name != "Hulu" {
		t.Errorf("path Marta Olsen → Hulu: %+v", path)
	}

	// The document view gives byte and code-point offsets: they differ
	// after an accented name.
	var dv server.DocumentView
	get(t, ts, "/api/documents/"+card.Documents[0].ID, &dv)
	checked := false
	for _, m := range dv.Mentions {
		if m.Text == "Şahin" {
			if dv.Document.Body[m.Start:m.End] != "Şahin" || m.CPEnd-m.CPStart != 5 || m.CPStart >= m.Start {
				t.Errorf("mention %+v", m)
			}
			checked = true
		}
	}
	if !checked {
		t.Error("no mention of Şahin in the document view")
	}

	// Read-only without a token.
	resp, err := http.Post(ts.URL+"/api/documents", "text/plain", strings.NewReader("A new article."))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("POST without a token configured: %d, want 403", resp.StatusCode)
	}
}

// TestSeedAPI asks the seed interview's questions through the API.
func TestSeedAPI(t *testing.T) {
	seed := filepath.Join("..", "..", "shared", "seed", "narcos-mexico-s2-interview.txt")
	if _, err := os.Stat(seed); err != nil {
		t.Skip("the seed article is not beside the repository (../shared/seed)")
	}
	ts := ingested(t, seed)

	var ents server.EntityList
	get(t, ts, "/api/entities?q="+url.QueryEscape("Diego Luna"), &ents)
	if len(ents.Entities) == 0 || ents.Entities[0].Name != "Diego Luna" {
		t.Errorf("entities for Diego Luna: %+v", ents.Entities)
	}
	var quotes server.QuoteList
	get(t, ts, "/api/quotes?speaker="+url.QueryEscape("Teresa Ruiz"), &quotes)
	if len(quotes.Quotes) != 2 {
		t.Errorf("quotes by Teresa Ruiz: %d, want 2", len(quotes.Quotes))
	}
	var claims server.ClaimList
	get(t, ts, "/api/claims?predicate=plays", &claims)
	if len(claims.Claims) != 4 {
		t.Errorf("plays claims: %d, want 4", len(claims.Claims))
	}
	var found server.SearchResult
	get(t, ts, "/api/search?q=untouchable", &found)
	if len(found.Hits) == 0 {
		t.Error("search untouchable: no hits")
	}
	var path server.PathResult
	get(t, ts, "/api/path?from="+url.QueryEscape("Diego Luna")+"&to=DEA", &path)
	if !path.Found || path.Steps[len(path.Steps)-1].To.Name != "DEA" {
		t.Errorf("path Diego Luna → DEA: %+v", path)
	}
	resp, err := http.Post(ts.URL+"/api/documents", "text/plain", strings.NewReader("A new article."))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("POST without a token: %d, want 403", resp.StatusCode)
	}
}
