// Package export writes the knowledge graph in formats other tools read:
// JSON-LD (schema.org), GraphML, GEXF, RDF Turtle, Neo4j CSV and
// FollowTheMoney JSON lines. Every writer is deterministic: the same graph
// gives the same bytes.
package export

import (
	"context"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store"
)

// Base is the prefix of the IRIs the exports give entities, claims,
// quotes and documents.
const Base = "https://newsgraph.example/"

// Graph is what the exports write: the entities, claims, quotations and
// documents of a store, or any subset a caller builds.
type Graph struct {
	Entities  []kg.Entity
	Claims    []kg.Claim
	Quotes    []kg.Quote
	Documents []doc.Document
}

// all asks the store for every row at once.
const all = 1 << 30

// docPage is how many documents Load asks for at a time.
const docPage = 500

// Load reads the graph from st: every claim and quotation, the entities
// they name (subjects, objects, works, agents, speakers and the entities
// quotes are about) and every document, without bodies.
func Load(ctx context.Context, st store.Store) (*Graph, error) {
	g := &Graph{}
	var err error
	if g.Claims, err = st.Claims(ctx, store.ClaimFilter{Limit: all}); err != nil {
		return nil, fmt.Errorf("export: load claims: %w", err)
	}
	if g.Quotes, err = st.Quotes(ctx, store.QuoteFilter{Limit: all}); err != nil {
		return nil, fmt.Errorf("export: load quotes: %w", err)
	}
	ids := map[string]bool{}
	add := func(r *kg.Ref) {
		if r != nil && r.ID != "" {
			ids[r.ID] = true
		}
	}
	for i := range g.Claims {
		c := &g.Claims[i]
		add(&c.Subject)
		add(c.Object)
		add(c.Work)
		add(c.By)
	}
	for i := range g.Quotes {
		q := &g.Quotes[i]
		add(q.Speaker)
		for j := range q.About {
			add(&q.About[j])
		}
	}
	for _, id := range sortedKeys(ids) {
		e, err := st.Entity(ctx, id)
		if err != nil {
			return nil, fmt.Errorf("export: load entity %s: %w", id, err)
		}
		g.Entities = append(g.Entities, *e)
	}
	for off := 0; ; off += docPage {
		ds, err := st.Documents(ctx, store.DocFilter{Limit: docPage, Offset: off})
		if err != nil {
			return nil, fmt.Errorf("export: load documents at %d: %w", off, err)
		}
		g.Documents = append(g.Documents, ds...)
		if len(ds) < docPage {
			break
		}
	}
	return g, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// sorted returns copies of g's slices in a fixed order (by ID), so that
// every writer is deterministic whatever order the caller used.
func (g *Graph) sorted() *Graph {
	s := &Graph{
		Entities:  append([]kg.Entity(nil), g.Entities...),
		Claims:    append([]kg.Claim(nil), g.Claims...),
		Quotes:    append([]kg.Quote(nil), g.Quotes...),
		Documents: append([]doc.Document(nil), g.Documents...),
	}
	sort.SliceStable(s.Entities, func(i, j int) bool { return s.Entities[i].ID < s.Entities[j].ID })
	sort.SliceStable(s.Claims, func(i, j int) bool { return claimKey(&s.Claims[i]) < claimKey(&s.Claims[j]) })
	sort.SliceStable(s.Quotes, func(i, j int) bool { return s.Quotes[i].ID < s.Quotes[j].ID })
	sort.SliceStable(s.Documents, func(i, j int) bool { return s.Documents[i].ID < s.Documents[j].ID })
	return s
}

func claimKey(c *kg.Claim) string {
	if c.ID != "" {
		return c.ID
	}
	return kg.ClaimID(c)
}

// node is a vertex of the graph formats: an entity, or a literal value
// (a date) that a claim points to.
type node struct {
	ID        string
	Name      string
	Type      string
	Fictional bool
	QID       string
	Aliases   []string
}

// edge is a claim as an arc between two nodes.
type edge struct {
	ID        string
	Source    string
	Target    string
	Predicate string
	Score     float64
	Evidence  string
}

// valueID is the node ID of a literal value.
func valueID(v string) string { return "value:" + v }

// network turns g into nodes and edges, both sorted by ID. Entities a
// claim names but g lacks become nodes from the claim's reference.
func network(g *Graph) ([]node, []edge) {
	g = g.sorted()
	nodes := map[string]node{}
	for _, e := range g.Entities {
		nodes[e.ID] = node{ID: e.ID, Name: e.Name, Type: string(e.Type), Fictional: e.Fictional, QID: e.QID, Aliases: e.Aliases}
	}
	ref := func(r *kg.Ref) {
		if _, ok := nodes[r.ID]; !ok && r.ID != "" {
			nodes[r.ID] = node{ID: r.ID, Name: r.Name, Type: string(r.Type)}
		}
	}
	var edges []edge
	for i := range g.Claims {
		c := &g.Claims[i]
		if c.Subject.ID == "" {
			continue
		}
		ref(&c.Subject)
		target := ""
		switch {
		case c.Object != nil && c.Object.ID != "":
			ref(c.Object)
			target = c.Object.ID
		case c.Value != "":
			target = valueID(c.Value)
			if _, ok := nodes[target]; !ok {
				nodes[target] = node{ID: target, Name: c.Value, Type: string(doc.Date)}
			}
		default:
			continue
		}
		edges = append(edges, edge{ID: claimKey(c), Source: c.Subject.ID, Target: target,
			Predicate: string(c.Predicate), Score: c.Score, Evidence: evidenceText(c)})
	}
	out := make([]node, 0, len(nodes))
	for _, k := range sortedKeys(nodes) {
		out = append(out, nodes[k])
	}
	return out, edges
}

// evidenceText joins the distinct sentences a claim rests on.
func evidenceText(c *kg.Claim) string {
	return strings.Join(evidenceTexts(c), "\n")
}

func evidenceTexts(c *kg.Claim) []string {
	var out []string
	seen := map[string]bool{}
	for _, ev := range c.Evidence {
		if ev.Text != "" && !seen[ev.Text] {
			seen[ev.Text] = true
			out = append(out, ev.Text)
		}
	}
	return out
}

// iri returns the IRI of a thing of a kind ("entity", "claim", "quote",
// "document") under Base.
func iri(kind, id string) string {
	return Base + kind + "/" + url.PathEscape(id)
}

// label is the Neo4j label or schema name of an entity type: "Person",
// "Character", "Org" and so on.
func label(t string) string {
	switch doc.EntityType(t) {
	case doc.Person:
		return "Person"
	case doc.Character:
		return "Character"
	case doc.Org:
		return "Organization"
	case doc.GPE:
		return "GPE"
	case doc.Loc:
		return "Location"
	case doc.Work:
		return "Work"
	case doc.Event:
		return "Event"
	case doc.NORP:
		return "NORP"
	case doc.Date:
		return "Date"
	}
	return "Thing"
}
