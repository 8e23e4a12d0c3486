package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// Names of the test graph: an accented name, and a name that needs
// escaping in every format.
const (
	actorName = "Ángel Peña"
	orgName   = `Smith <&"> Sons`
	charName  = "Capitán Ruiz"
	workName  = "Night Harbor"
)

// testGraph builds a small graph written for these tests, its slices out
// of order so the writers must sort.
func testGraph() *Graph {
	actor := kg.Ref{ID: "e-actor", Name: actorName, Type: doc.Person}
	char := kg.Ref{ID: "e-char", Name: charName, Type: doc.Character}
	work := kg.Ref{ID: "e-work", Name: workName, Type: doc.Work}
	season := kg.Ref{ID: "e-season", Name: workName + " season 2", Type: doc.Work}
	org := kg.Ref{ID: "e-org", Name: orgName, Type: doc.Org}
	ev := func(text string) []kg.Evidence {
		return []kg.Evidence{{Evidence: doc.Evidence{Doc: "d1", Sentence: 0, Extractor: "test"}, Text: text}}
	}
	return &Graph{
		Entities: []kg.Entity{
			{ID: "e-work", Type: doc.Work, Name: workName},
			{ID: "e-actor", Type: doc.Person, Name: actorName, Aliases: []string{"Peña"}, Gender: doc.Male, QID: "Q123"},
			{ID: "e-char", Type: doc.Character, Name: charName, Fictional: true},
			{ID: "e-org", Type: doc.Org, Name: orgName},
			{ID: "e-season", Type: doc.Work, Name: workName + " season 2"},
		},
		Claims: []kg.Claim{
			{ID: "c-plays", Subject: actor, Predicate: doc.Plays, Object: &char, Work: &work, Score: 0.9,
				Evidence: ev(`Peña takes the role of the "captain" in the show.`)},
			{ID: "c-cast", Subject: actor, Predicate: doc.CastIn, Object: &work, Score: 0.8, Evidence: ev("Peña is in the cast.")},
			{ID: "c-appears", Subject: char, Predicate: doc.AppearsIn, Object: &work, Score: 0.7, Evidence: ev("The captain is in it.")},
			{ID: "c-founded", Subject: actor, Predicate: doc.Founded, Object: &org, Score: 0.6,
				Evidence: ev("He started Smith <&\"> Sons\nlong ago.")},
			{ID: "c-works", Subject: actor, Predicate: doc.WorksFor, Object: &org, Score: 0.5, Role: "chair", Evidence: ev("He still works there.")},
			{ID: "c-season", Subject: season, Predicate: doc.SeasonOf, Object: &work, Season: 2, Score: 0.9, Evidence: ev("The second season.")},
			{ID: "c-premiere", Subject: work, Predicate: doc.Premiere, Value: "2020-02-13", Score: 0.9, Evidence: ev("It opens in February.")},
		},
		Quotes: []kg.Quote{{ID: "q1", Doc: "d1", Text: `I said "yes" \ and meant it`, Direct: true, Speaker: &actor, Cue: "said",
			About: []kg.Ref{work}, Score: 0.8}},
		Documents: []doc.Document{{ID: "d1", Title: "A captain & his crew", URL: "https://example.org/d1",
			Published: time.Date(2026, 2, 1, 12, 0, 0, 0, time.UTC)}},
	}
}

// xmlGraph is what GraphML and GEXF hold, read with encoding/xml.
type xmlNode struct {
	ID    string `xml:"id,attr"`
	Label string `xml:"label,attr"`
	Data  []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
	Values []struct {
		For   string `xml:"for,attr"`
		Value string `xml:"value,attr"`
	} `xml:"attvalues>attvalue"`
}

type xmlEdge struct {
	xmlNode
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
}

// attr returns a node's attribute, from GraphML data or GEXF attvalues.
func (n *xmlNode) attr(key string) string {
	for _, d := range n.Data {
		if d.Key == key {
			return d.Value
		}
	}
	for _, v := range n.Values {
		if v.For == key {
			return v.Value
		}
	}
	return ""
}

func checkXML(t *testing.T, out []byte) {
	t.Helper()
	var g struct {
		Graph struct {
			Nodes     []xmlNode `xml:"node"`
			Edges     []xmlEdge `xml:"edge"`
			NodesGEXF []xmlNode `xml:"nodes>node"`
			EdgesGEXF []xmlEdge `xml:"edges>edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(out, &g); err != nil {
		t.Fatalf("output is not XML: %v", err)
	}
	nodes := append(g.Graph.Nodes, g.Graph.NodesGEXF...)
	edges := append(g.Graph.Edges, g.Graph.EdgesGEXF...)
	names := map[string]string{}
	for _, n := range nodes {
		name := n.attr("name")
		if name == "" {
			name = n.Label
		}
		names[n.ID] = name
	}
	for id, want := range map[string]string{"e-actor": actorName, "e-org": orgName, "e-char": charName, "value:2020-02-13": "2020-02-13"} {
		if names[id] != want {
			t.Errorf("node %s named %q, want %q", id, names[id], want)
		}
	}
	if len(nodes) != 6 || len(edges) != 7 {
		t.Errorf("%d nodes and %d edges, want 6 and 7", len(nodes), len(edges))
	}
	found := false
	for _, e := range edges {
		if e.ID == "c-founded" {
			found = true
			if e.Source != "e-actor" || e.Target != "e-org" || e.attr("predicate") != "founded" ||
				e.attr("evidence") != "He started Smith <&\"> Sons\nlong ago." {
				t.Errorf("founded edge: %+v", e)
			}
		}
	}
	if !found {
		t.Error("no edge c-founded")
	}
}

func TestWriters(t *testing.T) {
	tests := []struct {
		name  string
		write func(io.Writer, *Graph) error
		check func(t *testing.T, out []byte)
	}{
		{"graphml", WriteGraphML, func(t *testing.T, out []byte) {
			checkXML(t, out)
			if !bytes.Contains(out, []byte(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`)) {
				t.Error("no GraphML root")
			}
		}},
		{"gexf", WriteGEXF, func(t *testing.T, out []byte) {
			checkXML(t, out)
			if !bytes.Contains(out, []byte(`<gexf xmlns="http://gexf.net/1.3" version="1.3">`)) {
				t.Error("no GEXF 1.3 root")
			}
		}},
		{"jsonld", WriteJSONLD, func(t *testing.T, out []byte) {
			var d struct {
				Context map[string]any   `json:"@context"`
				Graph   []map[string]any `json:"@graph"`
			}
			if err := json.Unmarshal(out, &d); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			if d.Context["@vocab"] != "https://schema.org/" {
				t.Errorf("context %v", d.Context)
			}
			byID := map[string]map[string]any{}
			for _, n := range d.Graph {
				id, _ := n["@id"].(string)
				byID[id] = n
			}
			actor := byID[Base+"entity/e-actor"]
			char := byID[Base+"entity/e-char"]
			org := byID[Base+"entity/e-org"]
			work := byID[Base+"entity/e-work"]
			if actor["@type"] != "Person" || actor["name"] != actorName || actor["sameAs"] != "http://www.wikidata.org/entity/Q123" {
				t.Errorf("actor %v", actor)
			}
			if char["@type"] != "Person" || char["additionalType"] != "http://www.wikidata.org/entity/Q95074" {
				t.Errorf("character %v", char)
			}
			if org["@type"] != "Organization" || org["name"] != orgName {
				t.Errorf("org %v", org)
			}
			if work["@type"] != "TVSeries" || work["datePublished"] == nil {
				t.Errorf("work %v", work)
			}
			// founder is inverse: stated on the organization.
			if f, _ := org["founder"].([]any); len(f) != 1 || f[0].(map[string]any)["@id"] != Base+"entity/e-actor" {
				t.Errorf("org founder %v", org["founder"])
			}
			// The work has the cast: the actor through cast_in, and a
			// PerformanceRole through plays; and the character.
			if a, _ := work["actor"].([]any); len(a) != 2 {
				t.Errorf("work actor %v", work["actor"])
			} else if r := a[1].(map[string]any); r["@type"] != "PerformanceRole" || r["characterName"] != charName ||
				r["actor"].(map[string]any)["@id"] != Base+"entity/e-actor" {
				t.Errorf("work actor role %v", r)
			}
			if c, _ := work["character"].([]any); len(c) != 1 || c[0].(map[string]any)["@id"] != Base+"entity/e-char" {
				t.Errorf("work character %v", work["character"])
			}
			if actor["actor"] != nil {
				t.Errorf("actor has actor %v", actor["actor"])
			}
			if w, _ := actor["worksFor"].([]any); len(w) != 1 {
				t.Errorf("actor worksFor %v", actor["worksFor"])
			}
			claim := byID[Base+"claim/c-founded"]
			if c, _ := claim["citation"].([]any); claim["@type"] != "Claim" || len(c) != 1 || c[0] != "He started Smith <&\"> Sons\nlong ago." {
				t.Errorf("claim %v", claim)
			}
			q := byID[Base+"quote/q1"]
			if q["@type"] != "Quotation" || q["text"] != `I said "yes" \ and meant it` {
				t.Errorf("quote %v", q)
			}
			if byID[Base+"document/d1"]["headline"] != "A captain & his crew" {
				t.Errorf("document %v", byID[Base+"document/d1"])
			}
		}},
		{"turtle", WriteTurtle, func(t *testing.T, out []byte) {
			s := string(out)
			for _, want := range []string{
				`rdfs:label "Smith <&\"> Sons"`,
				`rdfs:label "Ángel Peña"`,
				`schema:text "I said \"yes\" \\ and meant it"`,
				// cast member is stated on the work, both for cast_in and plays with a work.
				"<" + Base + "entity/e-work> wdt:P161 <" + Base + "entity/e-actor> .",
				// founded by is inverse.
				"<" + Base + "entity/e-org> wdt:P112 <" + Base + "entity/e-actor> .",
				"<" + Base + "entity/e-char> wdt:P1441 <" + Base + "entity/e-work> .",
				"<" + Base + "entity/e-actor> wdt:P108 <" + Base + "entity/e-org> .",
				"<" + Base + "entity/e-season> wdt:P179 <" + Base + "entity/e-work> .",
				"<" + Base + "entity/e-work> wdt:P577 \"2020-02-13\"^^xsd:date .",
				"<" + Base + "entity/e-char> a schema:Person ;\n    wdt:P31 wd:Q95074",
				"owl:sameAs wd:Q123",
				"@prefix wdt: <http://www.wikidata.org/prop/direct/> .",
			} {
				if !strings.Contains(s, want) {
					t.Errorf("Turtle lacks %s", want)
				}
			}
			for _, bad := range []string{"e-actor> wdt:P161", "e-actor> wdt:P112"} {
				if strings.Contains(s, bad) {
					t.Errorf("Turtle has %s, the wrong way round", bad)
				}
			}
		}},
		{"ftm", WriteFTM, func(t *testing.T, out []byte) {
			schemas := map[string]ftmEntity{}
			for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
				var e ftmEntity
				if err := json.Unmarshal([]byte(line), &e); err != nil {
					t.Fatalf("line %q: %v", line, err)
				}
				if e.ID == "" || e.Schema == "" || e.Properties == nil {
					t.Errorf("line %q lacks id, schema or properties", line)
				}
				schemas[e.ID] = e
			}
			if e := schemas["ng-entity-e-actor"]; e.Schema != "Person" || e.Properties["name"][0] != actorName || e.Properties["alias"][0] != "Peña" {
				t.Errorf("actor %+v", e)
			}
			if e := schemas["ng-entity-e-org"]; e.Schema != "Organization" || e.Properties["name"][0] != orgName {
				t.Errorf("org %+v", e)
			}
			if e := schemas["ng-claim-c-works"]; e.Schema != "Employment" || e.Properties["employee"][0] != "ng-entity-e-actor" ||
				e.Properties["employer"][0] != "ng-entity-e-org" || e.Properties["role"][0] != "chair" {
				t.Errorf("employment %+v", e)
			}
			if e := schemas["ng-claim-c-plays"]; e.Schema != "UnknownLink" || e.Properties["role"][0] != "plays" {
				t.Errorf("plays %+v", e)
			}
			if _, ok := schemas["ng-claim-c-premiere"]; ok {
				t.Error("a claim to a literal became a link")
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := tt.write(&a, testGraph()); err != nil {
				t.Fatal(err)
			}
			tt.check(t, a.Bytes())
			// Deterministic: a reversed input gives the same bytes.
			g := testGraph()
			for i, j := 0, len(g.Claims)-1; i < j; i, j = i+1, j-1 {
				g.Claims[i], g.Claims[j] = g.Claims[j], g.Claims[i]
			}
			for i, j := 0, len(g.Entities)-1; i < j; i, j = i+1, j-1 {
				g.Entities[i], g.Entities[j] = g.Entities[j], g.Entities[i]
			}
			if err := tt.write(&b, g); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Error("output depends on input order")
			}
		})
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

func TestWriteNeo4j(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "neo")
	if err := WriteNeo4j(dir, testGraph()); err != nil {
		t.Fatal(err)
	}
	nodes := readCSV(t, filepath.Join(dir, Neo4jNodes))
	if strings.Join(nodes[0], ",") != "id:ID,name,:LABEL,aliases:string[],qid,fictional:boolean" {
		t.Errorf("nodes header %q", nodes[0])
	}
	byID := map[string][]string{}
	for _, r := range nodes[1:] {
		byID[r[0]] = r
	}
	if r := byID["e-org"]; r == nil || r[1] != orgName || r[2] != "Organization" {
		t.Errorf("org row %q", r)
	}
	if r := byID["e-actor"]; r == nil || r[1] != actorName || r[3] != "Peña" || r[4] != "Q123" {
		t.Errorf("actor row %q", r)
	}
	if r := byID["e-char"]; r == nil || r[2] != "Character" || r[5] != "true" {
		t.Errorf("character row %q", r)
	}
	rels := readCSV(t, filepath.Join(dir, Neo4jRelationships))
	if strings.Join(rels[0], ",") != ":START_ID,:END_ID,:TYPE,id,score:float,evidence" {
		t.Errorf("relationships header %q", rels[0])
	}
	if len(rels) != 8 {
		t.Errorf("%d relationships, want 7", len(rels)-1)
	}
	for _, r := range rels[1:] {
		if byID[r[0]] == nil || byID[r[1]] == nil {
			t.Errorf("relationship %q points outside the nodes", r)
		}
		if r[3] == "c-founded" && (r[2] != "FOUNDED" || r[5] != "He started Smith <&\"> Sons\nlong ago.") {
			t.Errorf("founded row %q", r)
		}
	}
}

func TestTurtleString(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain", `"plain"`},
		{`a "b"`, `"a \"b\""`},
		{`back\slash`, `"back\\slash"`},
		{"two\nlines\r\ttab", `"two\nlines\r\ttab"`},
		{"bell\x07", `"bell\u0007"`},
		{"Ángel", `"Ángel"`},
	} {
		if got := turtleString(tt.in); got != tt.want {
			t.Errorf("turtleString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// TestLoad stores the store's fixture in SQLite, loads it back and
// writes it as GraphML.
func TestLoad(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Put(ctx, storetest.Fixture()); err != nil {
		t.Fatal(err)
	}
	g, err := Load(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	// Claims and quotes name Ruiz, Vidal and the theatre; Valencia and
	// Vidal Records are only mentioned.
	var names []string
	for _, e := range g.Entities {
		names = append(names, e.Name)
	}
	if got := strings.Join(names, ","); got != "Harbor Theatre,Ángel Ruiz,Marta Vidal" {
		t.Errorf("entities %s", got)
	}
	if len(g.Claims) != 2 || len(g.Quotes) != 2 || len(g.Documents) != 3 {
		t.Errorf("%d claims, %d quotes, %d documents; want 2, 2, 3", len(g.Claims), len(g.Quotes), len(g.Documents))
	}
	var out bytes.Buffer
	if err := WriteGraphML(&out, g); err != nil {
		t.Fatal(err)
	}
	var x struct {
		Nodes []xmlNode `xml:"graph>node"`
		Edges []xmlEdge `xml:"graph>edge"`
	}
	if err := xml.Unmarshal(out.Bytes(), &x); err != nil {
		t.Fatal(err)
	}
	if len(x.Nodes) != 3 || len(x.Edges) != 2 {
		t.Errorf("%d nodes, %d edges; want 3, 2", len(x.Nodes), len(x.Edges))
	}
	for _, e := range x.Edges {
		if e.Source == storetest.Ruiz && !strings.Contains(e.attr("evidence"), "Harbor Theatre") {
			t.Errorf("Ruiz's edge lacks its evidence: %q", e.attr("evidence"))
		}
	}
}

// TestOddInput writes a graph with control characters, invalid UTF-8, a
// claim to an entity the graph lacks and a claim with no object: every
// writer still gives output its reader parses.
func TestOddInput(t *testing.T) {
	ghost := kg.Ref{ID: "e-ghost", Name: "Ghost\x07 \xff", Type: doc.Person}
	g := &Graph{
		Entities: []kg.Entity{{ID: "e 1/ä", Type: doc.NORP, Name: "bell\x07 and \xff"}},
		Claims: []kg.Claim{
			{ID: "c1", Subject: kg.Ref{ID: "e 1/ä"}, Predicate: "no_such", Object: &ghost},
			{ID: "c2", Subject: kg.Ref{ID: "e 1/ä"}, Predicate: doc.Spouse},
		},
	}
	for name, write := range map[string]func(io.Writer, *Graph) error{"graphml": WriteGraphML, "gexf": WriteGEXF} {
		var out bytes.Buffer
		if err := write(&out, g); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var x struct{}
		if err := xml.Unmarshal(out.Bytes(), &x); err != nil {
			t.Errorf("%s: not XML: %v\n%s", name, err, out.String())
		}
		if !strings.Contains(out.String(), "e-ghost") {
			t.Errorf("%s: the claim's missing entity is no node", name)
		}
	}
	var out bytes.Buffer
	if err := WriteJSONLD(&out, g); err != nil || !json.Valid(out.Bytes()) {
		t.Errorf("JSON-LD: %v\n%s", err, out.String())
	}
	out.Reset()
	if err := WriteFTM(&out, g); err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if line != "" && !json.Valid([]byte(line)) {
			t.Errorf("FTM line %q", line)
		}
	}
	out.Reset()
	if err := WriteTurtle(&out, g); err != nil {
		t.Fatal(err)
	}
	if s := out.String(); !strings.Contains(s, `"bell\u0007 and `) || !strings.Contains(s, "/entity/e%201%2F%C3%A4>") {
		t.Errorf("Turtle did not escape the literal or the IRI:\n%s", s)
	}
	dir := t.TempDir()
	if err := WriteNeo4j(dir, g); err != nil {
		t.Fatal(err)
	}
	readCSV(t, filepath.Join(dir, Neo4jNodes))
	readCSV(t, filepath.Join(dir, Neo4jRelationships))
}
