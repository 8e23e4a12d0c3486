package server

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store"
)

// Entity IDs of the fixtures.
var (
	idLuna     = entityID(doc.Person, "Diego Luna")
	idRole     = entityID(doc.Character, "Miguel Ángel Félix Gallardo")
	idGallardo = entityID(doc.Person, "Miguel Ángel Félix Gallardo")
	idNarcos   = entityID(doc.Work, "Narcos: Mexico")
	idNetflix  = entityID(doc.Org, "Netflix")
	idMcNairy  = entityID(doc.Person, "Scoot McNairy")
	idBreslin  = entityID(doc.Character, "Walt Breslin")
	idDEA      = entityID(doc.Org, "DEA")
	idSarandos = entityID(doc.Person, "Ted Sarandos")
	idQuinn    = entityID(doc.Person, "Mallory Quinn")
)

// fixtureServer serves the fixtures with opt.
func fixtureServer(t *testing.T, opt Options) (http.Handler, map[string]*kg.DocGraph) {
	t.Helper()
	st, gs := openFixtureStore(t)
	return New(st, opt).Handler(), gs
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func do(t *testing.T, h http.Handler, method, target string, header http.Header, body string) response {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return response{rec.Code, rec.Header(), rec.Body.Bytes()}
}

func get(t *testing.T, h http.Handler, target string) response {
	t.Helper()
	return do(t, h, http.MethodGet, target, nil, "")
}

// decode unmarshals a 200 answer into v.
func (r response) decode(t *testing.T, v any) {
	t.Helper()
	if r.status != http.StatusOK {
		t.Fatalf("status %d, want 200: %s", r.status, r.body)
	}
	if ct := r.header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("decode %s: %v", r.body, err)
	}
}

func ids[T any](xs []T, id func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = id(x)
	}
	return out
}

func sorted(s []string) []string { s = slices.Clone(s); slices.Sort(s); return s }

func claimIDs(cs []kg.Claim) []string { return ids(cs, func(c kg.Claim) string { return c.ID }) }

func claimKey(c kg.Claim) string {
	o := c.Value
	if c.Object != nil {
		o = c.Object.Name
	}
	return c.Subject.Name + " " + string(c.Predicate) + " " + o
}

func claimKeys(cs []kg.Claim) []string { return sorted(ids(cs, claimKey)) }

func viewKeys(cs []ClaimView) []string {
	return sorted(ids(cs, func(c ClaimView) string { return claimKey(c.Claim) }))
}

func TestErrors(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	tests := []struct {
		target string
		status int
		msg    string // part of the error message
	}{
		{"/api/entities", 400, "missing query parameter q"},
		{"/api/entities?q=%20", 400, "missing query parameter q"},
		{"/api/entities?q=luna&limit=0", 400, "limit must be"},
		{"/api/entities?q=luna&limit=x", 400, "limit must be"},
		{"/api/entities?q=" + strings.Repeat("a", 501), 400, "longer than"},
		{"/api/entities/nope", 404, `no entity "nope"`},
		{"/api/entities/nope/graph", 404, `no entity "nope"`},
		{"/api/entities/nope/timeline", 404, `no entity "nope"`},
		{"/api/entities/" + idLuna + "/graph?depth=0", 400, "depth must be"},
		{"/api/entities/" + idLuna + "/graph?depth=4", 400, "depth must be"},
		{"/api/entities/" + idLuna + "/graph?predicate=likes", 400, `unknown predicate "likes"`},
		{"/api/entities/" + idLuna + "/graph?limit=501", 400, "limit must be"},
		{"/api/documents/nope", 404, `no document "nope"`},
		{"/api/documents/nope/related", 404, `no document "nope"`},
		{"/api/documents?limit=1001", 400, "limit must be"},
		{"/api/documents?offset=-1", 400, "offset must be"},
		{"/api/quotes?speaker=Nobody+Atall", 404, `no entity matches speaker="Nobody Atall"`},
		{"/api/quotes?about=zzzz", 404, `no entity matches about="zzzz"`},
		{"/api/claims?predicate=likes", 400, `unknown predicate "likes"`},
		{"/api/claims?subject=zzzz", 404, `no entity matches subject="zzzz"`},
		{"/api/search", 400, "missing query parameter q"},
		{"/api/search?q=luna&limit=101", 400, "limit must be"},
		{"/api/path?to=Luna", 400, "missing query parameter from"},
		{"/api/path?from=Luna", 400, "missing query parameter to"},
		{"/api/path?from=zzzz&to=Luna", 404, `no entity matches from="zzzz"`},
		{"/api/path?from=Luna&to=Sarandos&predicate=x", 400, `unknown predicate "x"`},
		{"/api/nothing", 404, "no such endpoint: /api/nothing"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			r := get(t, h, tt.target)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			var e struct{ Error string }
			if err := json.Unmarshal(r.body, &e); err != nil {
				t.Fatalf("error body %q is not JSON: %v", r.body, err)
			}
			if !strings.Contains(e.Error, tt.msg) {
				t.Errorf("error %q lacks %q", e.Error, tt.msg)
			}
		})
	}
}

func TestMethodNotAllowed(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	for _, tt := range []struct{ method, target, allow string }{
		{http.MethodDelete, "/api/documents", "GET, POST"},
		{http.MethodPost, "/api/entities", "GET"},
		{http.MethodPut, "/api/documents/doc-interview", "GET"},
	} {
		r := do(t, h, tt.method, tt.target, nil, "")
		if r.status != http.StatusMethodNotAllowed || r.header.Get("Allow") != tt.allow {
			t.Errorf("%s %s: status %d Allow %q, want 405 %q (%s)", tt.method, tt.target, r.status,
				r.header.Get("Allow"), tt.allow, r.body)
		}
	}
}

func TestHeaders(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	for _, target := range []string{"/", "/app.js", "/app.css", "/vendor/cytoscape.min.js", "/api/stats", "/api/nothing",
		"/api/entities/nope"} {
		r := get(t, h, target)
		if got := r.header.Get("Content-Security-Policy"); got != ContentSecurityPolicy {
			t.Errorf("%s: CSP %q", target, got)
		}
		if got := r.header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("%s: X-Content-Type-Options %q", target, got)
		}
	}
	for _, want := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
		"object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"} {
		if !strings.Contains(ContentSecurityPolicy, want+";") && !strings.HasSuffix(ContentSecurityPolicy, want) {
			t.Errorf("CSP lacks %s", want)
		}
	}
}

func TestStatic(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	tests := []struct {
		target, ctype, contains string
		status                  int
	}{
		{"/", "text/html; charset=utf-8", `<script src="/app.js" defer></script>`, 200},
		{"/app.js", "text/javascript; charset=utf-8", `"use strict";`, 200},
		{"/app.css", "text/css; charset=utf-8", ".doc-body", 200},
		{"/vendor/cytoscape.min.js", "text/javascript; charset=utf-8", "Cytoscape Consortium", 200},
		{"/vendor/cytoscape.LICENSE", "", "Permission is hereby granted", 200},
		{"/vendor/nope.js", "", "", 404},
		{"/index.html", "", "", 404}, // the page is at / only
		{"/nope", "", "", 404},
	}
	for _, tt := range tests {
		r := get(t, h, tt.target)
		if r.status != tt.status {
			t.Errorf("%s: status %d, want %d", tt.target, r.status, tt.status)
			continue
		}
		if tt.ctype != "" && r.header.Get("Content-Type") != tt.ctype {
			t.Errorf("%s: Content-Type %q, want %q", tt.target, r.header.Get("Content-Type"), tt.ctype)
		}
		if !strings.Contains(string(r.body), tt.contains) {
			t.Errorf("%s: body lacks %q", tt.target, tt.contains)
		}
	}
	// The page must not carry inline script or style.
	page := string(get(t, h, "/").body)
	for _, bad := range []string{"<script>", "style=", "<style", "onload=", "onclick=", "http://", "https://"} {
		if strings.Contains(page, bad) {
			t.Errorf("index.html contains %q", bad)
		}
	}
}

func TestStats(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	var got store.Stats
	get(t, h, "/api/stats").decode(t, &got)
	want := store.Stats{Documents: 3, Sentences: 14, Entities: 11, Mentions: 22, Claims: 11, Evidence: 12, Quotes: 4}
	if got != want {
		t.Errorf("stats %+v, want %+v", got, want)
	}
}

func TestFindEntities(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	tests := []struct {
		q    string
		want []string
	}{
		// Accents and case do not matter; more mentions rank first.
		{"felix", []string{idRole, idGallardo}},
		{"FÉLIX gallardo", []string{idRole, idGallardo}},
		{"Diego Luna", []string{idLuna}},
		{"luna", []string{idLuna}},
		{"walt", []string{idBreslin}},
		{"zzzz", []string{}},
	}
	for _, tt := range tests {
		var got EntityList
		get(t, h, "/api/entities?q="+url.QueryEscape(tt.q)).decode(t, &got)
		if gotIDs := ids(got.Entities, func(e kg.Entity) string { return e.ID }); !reflect.DeepEqual(gotIDs, tt.want) {
			t.Errorf("q=%q: %v, want %v", tt.q, gotIDs, tt.want)
		}
	}
	var got EntityList
	get(t, h, "/api/entities?q=luna").decode(t, &got)
	want := kg.Entity{ID: idLuna, Type: doc.Person, Name: "Diego Luna", Aliases: []string{"Luna"}, Mentions: 3, Documents: 2}
	if len(got.Entities) != 1 || !reflect.DeepEqual(got.Entities[0], want) {
		t.Errorf("entity %+v, want %+v", got.Entities, want)
	}
	var one EntityList
	get(t, h, "/api/entities?q=gallardo&limit=1").decode(t, &one)
	if len(one.Entities) != 1 {
		t.Errorf("limit=1 gave %d entities", len(one.Entities))
	}
}

func TestEntityCard(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	var c EntityCard
	get(t, h, "/api/entities/"+idLuna).decode(t, &c)
	if c.Entity.Name != "Diego Luna" || c.Entity.Mentions != 3 || c.Entity.Documents != 2 {
		t.Errorf("entity %+v", c.Entity)
	}
	if got, want := viewKeys(c.ClaimsOut), []string{"Diego Luna cast_in Narcos: Mexico",
		"Diego Luna plays Miguel Ángel Félix Gallardo"}; !reflect.DeepEqual(got, want) {
		t.Errorf("claims out %q, want %q", got, want)
	}
	if len(c.ClaimsIn) != 0 || len(c.QuotesAbout) != 0 {
		t.Errorf("claims in %v, quotes about %v: want none", c.ClaimsIn, c.QuotesAbout)
	}
	// The cast claim is made by both documents: two pieces of evidence
	// with their sentences.
	for _, cl := range c.ClaimsOut {
		if cl.Predicate != doc.CastIn {
			continue
		}
		got := ids(cl.Evidence, func(e kg.Evidence) string { return e.Doc + ": " + e.Text })
		want := []string{
			"doc-interview: Diego Luna returns as the trafficker Miguel Ángel Félix Gallardo.",
			"doc-streaming: Diego Luna, the drama’s star, is developing another series for the service.",
		}
		if !reflect.DeepEqual(sorted(got), want) {
			t.Errorf("cast_in evidence %q, want %q", got, want)
		}
	}
	if len(c.QuotesBy) != 1 || c.QuotesBy[0].Text != "Power makes him paranoid — he trusts nobody now," ||
		c.QuotesBy[0].Doc != "doc-interview" || c.QuotesBy[0].Cue != "said" {
		t.Errorf("quotes by %+v", c.QuotesBy)
	}
	if got := ids(c.Documents, func(d DocSummary) string { return d.ID }); !reflect.DeepEqual(got,
		[]string{"doc-streaming", "doc-interview"}) {
		t.Errorf("documents %v", got)
	}

	var role EntityCard
	get(t, h, "/api/entities/"+idRole).decode(t, &role)
	if got, want := viewKeys(role.ClaimsIn), []string{"Diego Luna plays Miguel Ángel Félix Gallardo"}; !reflect.DeepEqual(got, want) {
		t.Errorf("role claims in %q", got)
	}
	if got, want := viewKeys(role.ClaimsOut), []string{"Miguel Ángel Félix Gallardo based_on Miguel Ángel Félix Gallardo"}; !reflect.DeepEqual(got, want) {
		t.Errorf("role claims out %q", got)
	}
	if len(role.QuotesAbout) != 1 || role.QuotesAbout[0].Speaker == nil || role.QuotesAbout[0].Speaker.ID != idLuna {
		t.Errorf("quotes about the role %+v", role.QuotesAbout)
	}
	if len(role.QuotesBy) != 0 {
		t.Errorf("quotes by the role %+v", role.QuotesBy)
	}
}

func TestGraph(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	tests := []struct {
		query     string
		nodes     []string
		edges     []string
		truncated bool
	}{
		{"", []string{idLuna, idRole, idNarcos}, []string{"Diego Luna cast_in Narcos: Mexico",
			"Diego Luna plays Miguel Ángel Félix Gallardo"}, false},
		{"?depth=1&predicate=plays", []string{idLuna, idRole}, []string{"Diego Luna plays Miguel Ángel Félix Gallardo"}, false},
		{"?depth=2", []string{idLuna, idRole, idNarcos, idGallardo, idMcNairy, idNetflix}, []string{
			"Diego Luna cast_in Narcos: Mexico", "Diego Luna plays Miguel Ángel Félix Gallardo",
			"Miguel Ángel Félix Gallardo based_on Miguel Ángel Félix Gallardo", "Narcos: Mexico released_on Netflix",
			"Scoot McNairy cast_in Narcos: Mexico"}, false},
		{"?depth=3", []string{idLuna, idRole, idNarcos, idGallardo, idMcNairy, idNetflix, idBreslin, idSarandos}, []string{
			"Diego Luna cast_in Narcos: Mexico", "Diego Luna plays Miguel Ángel Félix Gallardo",
			"Miguel Ángel Félix Gallardo based_on Miguel Ángel Félix Gallardo", "Narcos: Mexico released_on Netflix",
			"Scoot McNairy cast_in Narcos: Mexico", "Scoot McNairy plays Walt Breslin", "Ted Sarandos works_for Netflix"}, false},
		{"?depth=2&limit=4", []string{idLuna, idRole, idNarcos, idGallardo}, []string{
			"Diego Luna cast_in Narcos: Mexico", "Diego Luna plays Miguel Ángel Félix Gallardo",
			"Miguel Ángel Félix Gallardo based_on Miguel Ángel Félix Gallardo"}, true},
	}
	for _, tt := range tests {
		var g Graph
		get(t, h, "/api/entities/"+idLuna+"/graph"+tt.query).decode(t, &g)
		gotNodes := ids(g.Nodes, func(n GraphNode) string { return n.ID })
		if !reflect.DeepEqual(sorted(gotNodes), sorted(tt.nodes)) {
			t.Errorf("%s: nodes %v, want %v", tt.query, gotNodes, tt.nodes)
		}
		gotEdges := sorted(ids(g.Edges, func(e GraphEdge) string { return claimKey(e.Claim.Claim) }))
		if !reflect.DeepEqual(gotEdges, tt.edges) {
			t.Errorf("%s: edges %q, want %q", tt.query, gotEdges, tt.edges)
		}
		if g.Truncated != tt.truncated || g.Root != idLuna {
			t.Errorf("%s: truncated %v root %s", tt.query, g.Truncated, g.Root)
		}
		// Every edge joins two nodes of the graph, and carries its
		// claim with evidence.
		in := map[string]bool{}
		for _, n := range g.Nodes {
			in[n.ID] = true
		}
		for _, e := range g.Edges {
			if !in[e.Source] || !in[e.Target] || e.ID != e.Claim.ID || len(e.Claim.Evidence) == 0 ||
				e.Claim.Evidence[0].Text == "" {
				t.Errorf("%s: bad edge %+v", tt.query, e)
			}
		}
	}
}

func TestDocument(t *testing.T) {
	h, gs := fixtureServer(t, Options{})
	for _, id := range []string{"doc-interview", "doc-streaming", "doc-hostile"} {
		var v DocumentView
		get(t, h, "/api/documents/"+id).decode(t, &v)
		g := gs[id]
		body := v.Document.Body
		if body != g.Document.Body || v.Document.Title != g.Document.Title {
			t.Fatalf("%s: document differs", id)
		}
		runes := []rune(body)
		// check tests one span: its bytes and its code points must give
		// the same text.
		check := func(what string, o Offsets, text string) {
			t.Helper()
			if o.Start < 0 || o.End > len(body) || o.Start > o.End || o.CPStart > o.CPEnd || o.CPEnd > len(runes) {
				t.Errorf("%s %s: offsets %+v out of range", id, what, o)
				return
			}
			if body[o.Start:o.End] != text || string(runes[o.CPStart:o.CPEnd]) != text {
				t.Errorf("%s %s: bytes give %q, code points %q, want %q", id, what, body[o.Start:o.End],
					string(runes[o.CPStart:o.CPEnd]), text)
			}
			if utf8.RuneCountInString(body[:o.Start]) != o.CPStart {
				t.Errorf("%s %s: cp_start %d", id, what, o.CPStart)
			}
		}
		if len(v.Mentions) != len(g.Mentions) || len(v.Quotes) != len(g.Quotes) || len(v.Sentences) != len(g.Sentences) {
			t.Fatalf("%s: %d mentions, %d quotes, %d sentences; want %d, %d, %d", id, len(v.Mentions), len(v.Quotes),
				len(v.Sentences), len(g.Mentions), len(g.Quotes), len(g.Sentences))
		}
		for _, m := range v.Mentions {
			check("mention", m.Offsets, m.Text)
			if m.EntityID == "" || m.EntityName == "" {
				t.Errorf("%s: mention %q has no entity", id, m.Text)
			}
		}
		for _, q := range v.Quotes {
			check("quote", q.Offsets, q.Text)
			if q.SpeakerSpan == nil {
				t.Errorf("%s: quote %q has no speaker span", id, q.Text)
			} else {
				check("speaker", *q.SpeakerSpan, body[q.SpeakerSpan.Start:q.SpeakerSpan.End])
			}
		}
		for _, c := range v.Claims {
			check("claim", c.Offsets, c.Sentence)
		}
		if len(v.Claims) != len(g.Claims) {
			t.Errorf("%s: %d claims, want %d", id, len(v.Claims), len(g.Claims))
		}
	}

	// Exact offsets where the accents make bytes and code points differ.
	var v DocumentView
	get(t, h, "/api/documents/doc-interview").decode(t, &v)
	want := map[string]Offsets{
		"Miguel Ángel Félix Gallardo": {Start: 100, End: 129, CPStart: 100, CPEnd: 127},
		"Luna":                        {Start: 189, End: 193, CPStart: 181, CPEnd: 185},
		"McNairy":                     {Start: 418, End: 425, CPStart: 405, CPEnd: 412},
	}
	for _, m := range v.Mentions {
		if w, ok := want[m.Text]; ok && m.Offsets != w {
			t.Errorf("mention %q at %+v, want %+v", m.Text, m.Offsets, w)
		}
	}
	if q := v.Quotes[0]; q.Offsets != (Offsets{Start: 135, End: 185, CPStart: 131, CPEnd: 179}) || q.Speaker.ID != idLuna {
		t.Errorf("first quote %+v", q)
	}
}

func TestDocumentsAndRelated(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	tests := []struct {
		query string
		want  []string
	}{
		{"", []string{"doc-hostile", "doc-streaming", "doc-interview"}},
		{"?limit=1&offset=1", []string{"doc-streaming"}},
		{"?entity=" + idNetflix, []string{"doc-streaming", "doc-interview"}},
		{"?site=Screen+Desk", []string{"doc-interview"}},
	}
	for _, tt := range tests {
		var l DocumentList
		get(t, h, "/api/documents"+tt.query).decode(t, &l)
		if got := ids(l.Documents, func(d DocSummary) string { return d.ID }); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("documents%s: %v, want %v", tt.query, got, tt.want)
		}
	}
	var rel RelatedList
	get(t, h, "/api/documents/doc-interview/related").decode(t, &rel)
	if len(rel.Documents) != 1 || rel.Documents[0].ID != "doc-streaming" {
		t.Fatalf("related %+v", rel)
	}
	if got := sorted(ids(rel.Documents[0].Shared, func(r kg.Ref) string { return r.Name })); !reflect.DeepEqual(got,
		[]string{"Diego Luna", "Narcos: Mexico", "Netflix"}) {
		t.Errorf("shared %v", got)
	}
	var none RelatedList
	get(t, h, "/api/documents/doc-hostile/related").decode(t, &none)
	if len(none.Documents) != 0 {
		t.Errorf("hostile document related to %+v", none.Documents)
	}
}

func TestQuotes(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	tests := []struct {
		query   string
		speaker string
		about   string
		want    []string // speakers' names, in order
	}{
		{"", "", "", []string{"Diego Luna", "Scoot McNairy", "Ted Sarandos", "Mallory Quinn"}},
		{"?speaker=luna", idLuna, "", []string{"Diego Luna"}},
		{"?speaker=" + url.QueryEscape("scoot mcnairy"), idMcNairy, "", []string{"Scoot McNairy"}},
		{"?about=walt", "", idBreslin, []string{"Scoot McNairy"}},
		{"?speaker=luna&about=walt", idLuna, idBreslin, []string{}},
		{"?speaker=quinn&about=harbor", idQuinn, entityID(doc.Org, `Harbor Trust <i onmouseover="window.__pwned=1">`),
			[]string{"Mallory Quinn"}},
		{"?doc=doc-streaming", "", "", []string{"Ted Sarandos"}},
	}
	for _, tt := range tests {
		var l QuoteList
		get(t, h, "/api/quotes"+tt.query).decode(t, &l)
		if got := ids(l.Quotes, func(q kg.Quote) string { return q.Speaker.Name }); !reflect.DeepEqual(sorted(got),
			sorted(tt.want)) {
			t.Errorf("quotes%s: %v, want %v", tt.query, got, tt.want)
		}
		if (l.Speaker == nil) != (tt.speaker == "") || l.Speaker != nil && l.Speaker.ID != tt.speaker {
			t.Errorf("quotes%s: speaker %+v, want %s", tt.query, l.Speaker, tt.speaker)
		}
		if (l.About == nil) != (tt.about == "") || l.About != nil && l.About.ID != tt.about {
			t.Errorf("quotes%s: about %+v, want %s", tt.query, l.About, tt.about)
		}
	}
}

func TestClaims(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	tests := []struct {
		query string
		want  []string
	}{
		{"?predicate=plays", []string{"Diego Luna plays Miguel Ángel Félix Gallardo", "Scoot McNairy plays Walt Breslin"}},
		{"?predicate=plays&subject=diego", []string{"Diego Luna plays Miguel Ángel Félix Gallardo"}},
		{"?subject=mcnairy", []string{"Scoot McNairy cast_in Narcos: Mexico", "Scoot McNairy plays Walt Breslin"}},
		{"?object=netflix", []string{"Narcos: Mexico released_on Netflix", "Ted Sarandos works_for Netflix"}},
		{"?predicate=works_for&object=netflix", []string{"Ted Sarandos works_for Netflix"}},
		{"?predicate=premiere", []string{"Narcos: Mexico premiere 2020-02-13"}},
		{"?predicate=spouse", []string{}},
	}
	for _, tt := range tests {
		var l ClaimList
		get(t, h, "/api/claims"+tt.query).decode(t, &l)
		if got := claimKeys(l.Claims); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("claims%s: %q, want %q", tt.query, got, tt.want)
		}
		for _, c := range l.Claims {
			if len(c.Evidence) == 0 || c.Evidence[0].Text == "" {
				t.Errorf("claims%s: %s lacks evidence", tt.query, claimKey(c))
			}
		}
	}
	var l ClaimList
	get(t, h, "/api/claims?subject=diego").decode(t, &l)
	if l.Subject == nil || l.Subject.ID != idLuna {
		t.Errorf("subject resolved to %+v", l.Subject)
	}
}

func TestSearch(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	var r SearchResult
	get(t, h, "/api/search?q=stubborn").decode(t, &r)
	if len(r.Hits) != 2 {
		t.Fatalf("hits %+v", r.Hits)
	}
	kinds := map[string]HitOut{}
	for _, hit := range r.Hits {
		kinds[hit.Kind] = hit
	}
	q := kinds[store.HitQuote]
	if q.Doc != "doc-interview" || q.Speaker == nil || q.Speaker.ID != idMcNairy || q.Start == nil || *q.Start != 360 ||
		*q.End != 414 || q.Snippet != "Walt is <mark>stubborn</mark>, and that is why I liked playing him," {
		t.Errorf("quote hit %+v", q)
	}
	if d := kinds[store.HitDocument]; d.Doc != "doc-interview" || !strings.Contains(d.Snippet, "<mark>stubborn</mark>") ||
		d.Speaker != nil {
		t.Errorf("document hit %+v", d)
	}

	var n SearchResult
	get(t, h, "/api/search?q=luna").decode(t, &n)
	if got := ids(n.Entities, func(e kg.Entity) string { return e.ID }); !reflect.DeepEqual(got, []string{idLuna}) {
		t.Errorf("entities for luna: %v", got)
	}

	// Markup in an article comes back escaped; only <mark> is markup.
	var x SearchResult
	get(t, h, "/api/search?q=script").decode(t, &x)
	if len(x.Hits) != 1 || !strings.Contains(x.Hits[0].Snippet, "&lt;<mark>script</mark>&gt;window.__pwned=1") {
		t.Errorf("hostile snippet %+v", x.Hits)
	}
}

func TestPath(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	var p PathResult
	get(t, h, "/api/path?from=McNairy&to=Sarandos").decode(t, &p)
	if !p.Found || p.From.ID != idMcNairy || p.To.ID != idSarandos {
		t.Fatalf("path %+v", p)
	}
	type step struct {
		from, to, claim string
		forward         bool
	}
	var got []step
	for _, s := range p.Steps {
		got = append(got, step{s.From.Name, s.To.Name, claimKey(s.Claim.Claim), s.Forward})
		if len(s.Claim.Evidence) == 0 || s.Claim.Evidence[0].Text == "" {
			t.Errorf("step %s lacks evidence", claimKey(s.Claim.Claim))
		}
	}
	want := []step{
		{"Scoot McNairy", "Narcos: Mexico", "Scoot McNairy cast_in Narcos: Mexico", true},
		{"Narcos: Mexico", "Netflix", "Narcos: Mexico released_on Netflix", true},
		{"Netflix", "Ted Sarandos", "Ted Sarandos works_for Netflix", false},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("steps %+v, want %+v", got, want)
	}

	for _, tt := range []struct {
		query string
		found bool
		steps int
	}{
		{"from=Luna&to=Luna", true, 0},
		{"from=Quinn&to=Luna", false, 0},
		{"from=Walt&to=DEA", true, 1},
		{"from=Walt&to=Netflix", true, 3},
		// Filtered to works_for, Walt reaches the DEA but not Netflix.
		{"from=Walt&to=Netflix&predicate=works_for", false, 0},
	} {
		var p PathResult
		get(t, h, "/api/path?"+tt.query).decode(t, &p)
		if p.Found != tt.found || len(p.Steps) != tt.steps {
			t.Errorf("%s: found %v with %d steps, want %v with %d", tt.query, p.Found, len(p.Steps), tt.found, tt.steps)
		}
	}
}

func TestTimeline(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	tests := []struct {
		id   string
		want []string
	}{
		{idNarcos, []string{"2020-02-10 document doc-interview", "2020-02-13 claim premiere",
			"2020-03-02 document doc-streaming"}},
		{idGallardo, []string{"1989 claim arrested", "2020-02-10 document doc-interview"}},
		{idDEA, []string{"2020-02-10 document doc-interview"}},
	}
	for _, tt := range tests {
		var tl Timeline
		get(t, h, "/api/entities/"+tt.id+"/timeline").decode(t, &tl)
		got := ids(tl.Events, func(e TimelineEvent) string {
			if e.Claim != nil {
				return e.Date + " claim " + string(e.Claim.Predicate)
			}
			return e.Date + " document " + e.Document.ID
		})
		if !reflect.DeepEqual(got, tt.want) || tl.Entity.ID != tt.id {
			t.Errorf("timeline of %s: %q, want %q", tt.id, got, tt.want)
		}
	}
}

func TestTimelineOrder(t *testing.T) {
	c := func(id, value, start string) kg.Claim {
		cl := kg.Claim{ID: id, Value: value, Start: start}
		if value == "" {
			cl.Object = &kg.Ref{ID: "x"}
		}
		return cl
	}
	cs := []kg.Claim{
		c("a", "2020-02-13", ""),
		c("b", "XXXX-02-13", ""), // no year: left out
		c("c", "", "1989-05"),
		c("d", "", ""), // no date
		c("e", "1989", ""),
		c("f", "PRESENT_REF", ""),
		c("g", "", "2020-02-13T10:00"),
	}
	got := ids(timeline(cs, nil), func(e TimelineEvent) string { return e.Date + "/" + e.Claim.ID })
	want := []string{"1989/e", "1989-05/c", "2020-02-13/a", "2020-02-13T10:00/g"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("timeline %v, want %v", got, want)
	}
}

func TestOpenAPI(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	r := get(t, h, "/api/openapi.json")
	var spec struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
		Comps   struct {
			Schemas map[string]json.RawMessage `json:"schemas"`
		} `json:"components"`
	}
	r.decode(t, &spec)
	if spec.OpenAPI != "3.1.0" {
		t.Errorf("openapi %q", spec.OpenAPI)
	}
	// Every API route is described, and nothing else.
	var routes []string
	s := New(nil, Options{})
	for _, rt := range s.api() {
		routes = append(routes, rt.pattern)
	}
	described := map[string]bool{}
	for path, ops := range spec.Paths {
		for method := range ops {
			described[strings.ToUpper(method)+" "+path] = true
		}
	}
	for _, rt := range routes {
		if !described[rt] {
			t.Errorf("route %s is not in openapi.json", rt)
		}
		delete(described, rt)
	}
	for d := range described {
		t.Errorf("openapi.json describes %s, which is not a route", d)
	}
	// Every route in apiRoutes is served (not answered by the catch-all).
	for _, rt := range routes {
		method, path, _ := strings.Cut(rt, " ")
		req := httptest.NewRequest(method, strings.ReplaceAll(path, "{id}", "x"), nil)
		if _, pat := s.mux.Handler(req); pat != rt {
			t.Errorf("%s is served by %q", rt, pat)
		}
	}
	// Every $ref points at a schema that exists.
	for _, ref := range refs(string(r.body)) {
		name := strings.TrimPrefix(ref, "#/components/schemas/")
		if name == ref {
			continue
		}
		if _, ok := spec.Comps.Schemas[name]; !ok {
			t.Errorf("dangling $ref %s", ref)
		}
	}
}

func refs(s string) []string {
	var out []string
	for {
		i := strings.Index(s, `"$ref": "`)
		if i < 0 {
			return out
		}
		s = s[i+len(`"$ref": "`):]
		j := strings.IndexByte(s, '"')
		out = append(out, s[:j])
		s = s[j:]
	}
}

func TestIngest(t *testing.T) {
	st, _ := openFixtureStore(t)
	var gotBody, gotType string
	ingest := func(ctx context.Context, body []byte, ct string) (string, error) {
		gotBody, gotType = string(body), ct
		if strings.Contains(string(body), "unreadable") {
			return "", errors.New("no article text found")
		}
		return "doc-new", nil
	}
	withToken := New(st, Options{Token: "s3cret-token", Ingest: ingest, MaxBody: 64}).Handler()
	noToken := New(st, Options{Ingest: ingest}).Handler()
	noIngest := New(st, Options{Token: "s3cret-token"}).Handler()
	hdr := func(kv ...string) http.Header {
		h := http.Header{}
		for i := 0; i < len(kv); i += 2 {
			h.Set(kv[i], kv[i+1])
		}
		return h
	}
	text := "Some article text."
	tests := []struct {
		name   string
		h      http.Handler
		header http.Header
		body   string
		status int
	}{
		{"no token configured", noToken, hdr("Authorization", "Bearer s3cret-token", "Content-Type", "text/plain"), text, 403},
		{"no pipeline", noIngest, hdr("Authorization", "Bearer s3cret-token", "Content-Type", "text/plain"), text, 403},
		{"missing token", withToken, hdr("Content-Type", "text/plain"), text, 401},
		{"wrong token", withToken, hdr("Authorization", "Bearer s3cret-tokeN", "Content-Type", "text/plain"), text, 401},
		{"token prefix", withToken, hdr("Authorization", "Bearer s3cret", "Content-Type", "text/plain"), text, 401},
		{"basic scheme", withToken, hdr("Authorization", "Basic s3cret-token", "Content-Type", "text/plain"), text, 401},
		{"empty bearer", withToken, hdr("Authorization", "Bearer ", "Content-Type", "text/plain"), text, 401},
		{"bad content type", withToken, hdr("Authorization", "Bearer s3cret-token", "Content-Type", "application/json"), text, 415},
		{"no content type", withToken, hdr("Authorization", "Bearer s3cret-token"), text, 415},
		{"too large", withToken, hdr("Authorization", "Bearer s3cret-token", "Content-Type", "text/plain"), strings.Repeat("x", 65), 413},
		{"empty", withToken, hdr("Authorization", "Bearer s3cret-token", "Content-Type", "text/plain"), " \n", 400},
		{"pipeline fails", withToken, hdr("Authorization", "Bearer s3cret-token", "Content-Type", "text/html"), "<p>unreadable</p>", 422},
		{"text", withToken, hdr("Authorization", "Bearer s3cret-token", "Content-Type", "text/plain; charset=utf-8"), text, 201},
		{"html, lower-case scheme", withToken, hdr("Authorization", "bearer s3cret-token", "Content-Type", "text/html"), "<p>Hi.</p>", 201},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gotBody, gotType = "", ""
			r := do(t, tt.h, http.MethodPost, "/api/documents", tt.header, tt.body)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			var v map[string]string
			if err := json.Unmarshal(r.body, &v); err != nil {
				t.Fatalf("body %q: %v", r.body, err)
			}
			switch {
			case tt.status == 201:
				if v["id"] != "doc-new" || r.header.Get("Location") != "/api/documents/doc-new" ||
					gotBody != tt.body || gotType != tt.header.Get("Content-Type") {
					t.Errorf("answer %v, Location %q; pipeline got %q as %q", v, r.header.Get("Location"), gotBody, gotType)
				}
			case tt.status == 401:
				if r.header.Get("WWW-Authenticate") == "" || v["error"] == "" || gotBody != "" {
					t.Errorf("401 without challenge or with the pipeline run: %v", v)
				}
			default:
				if v["error"] == "" {
					t.Errorf("no error message: %s", r.body)
				}
				if tt.status != 422 && gotBody != "" {
					t.Errorf("pipeline ran on a refused request")
				}
			}
		})
	}
}

func TestCPIndex(t *testing.T) {
	text := strings.Repeat("Ángel 😀 “x” ", 60) + "end"
	x := newCPIndex(text)
	for off := 0; off <= len(text); off++ {
		if !utf8.RuneStart(text[min(off, len(text)-1)]) && off < len(text) {
			continue
		}
		if got, want := x.at(off), utf8.RuneCountInString(text[:off]); got != want {
			t.Fatalf("at(%d) = %d, want %d", off, got, want)
		}
	}
	if x.at(-5) != 0 || x.at(len(text)+10) != utf8.RuneCountInString(text) {
		t.Errorf("offsets out of range are not clamped")
	}
	if e := newCPIndex(""); e.at(0) != 0 || e.at(3) != 0 {
		t.Errorf("empty text")
	}
}

func TestPanicRecovery(t *testing.T) {
	// A nil store makes the handlers panic; the client still gets a
	// JSON 500.
	h := New(nil, Options{}).Handler()
	r := get(t, h, "/api/stats")
	if r.status != http.StatusInternalServerError || !strings.Contains(string(r.body), `"error"`) {
		t.Errorf("status %d body %s", r.status, r.body)
	}
}

func TestViewOf(t *testing.T) {
	c := kg.Claim{ID: "c"}
	for i := 0; i < 12; i++ {
		c.Evidence = append(c.Evidence, kg.Evidence{Evidence: doc.Evidence{Doc: "d", Sentence: i}})
	}
	v := viewOf(c, cardEvidence)
	if len(v.Evidence) != 10 || v.EvidenceTotal != 12 || v.Evidence[9].Sentence != 9 || len(c.Evidence) != 12 {
		t.Errorf("view has %d of %d pieces", len(v.Evidence), v.EvidenceTotal)
	}
	if v := viewOf(kg.Claim{}, 3); v.EvidenceTotal != 0 || len(v.Evidence) != 0 {
		t.Errorf("empty claim %+v", v)
	}
	b, _ := json.Marshal(viewOf(c, 1))
	if !strings.Contains(string(b), `"evidence_total":12`) || !strings.Contains(string(b), `"id":"c"`) {
		t.Errorf("JSON %s", b)
	}
}
