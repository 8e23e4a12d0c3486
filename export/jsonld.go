package export

import (
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
)

// Wikidata items the exports use.
const (
	wikidataEntity    = "http://www.wikidata.org/entity/"
	qHuman            = "Q5"
	qFictionalChar    = "Q95074"
	qTVSeries         = "Q5398426"
	qArrest           = "Q1403016"
	vocab             = Base + "vocab/"
	schemaOrg         = "https://schema.org/"
	fictionalCharType = wikidataEntity + qFictionalChar
)

// schemaType returns the schema.org type of an entity. A work that has
// seasons (the object of a season_of claim) is a TVSeries.
func schemaType(e *kg.Entity, series map[string]bool) string {
	switch e.Type {
	case doc.Person, doc.Character:
		return "Person"
	case doc.Org:
		return "Organization"
	case doc.GPE, doc.Loc:
		return "Place"
	case doc.Work:
		if series[e.ID] {
			return "TVSeries"
		}
		return "CreativeWork"
	case doc.Event:
		return "Event"
	}
	return "Thing"
}

// WriteJSONLD writes g as one JSON-LD document in the schema.org
// vocabulary. Entities are Person (characters add the Wikidata type
// fictional character, Q95074), Organization, CreativeWork or TVSeries,
// Place, Event or Thing; each claim sets the predicate's schema.org term
// on its subject, or on its object when schema.org states it there
// (founder, actor, character): "plays" with a work gives the work an actor
// that is a PerformanceRole with the characterName. Terms that are types
// (Event, OrganizationRole) and missing ones become Base+"vocab/"
// properties. Every claim is also a schema.org Claim node whose citation
// holds the evidence sentences. Quotations are Quotation nodes and
// documents NewsArticle.
func WriteJSONLD(w io.Writer, g *Graph) error {
	g = g.sorted()
	series := map[string]bool{}
	for _, c := range g.Claims {
		if c.Predicate == doc.SeasonOf && c.Object != nil {
			series[c.Object.ID] = true
		}
	}
	nodes := map[string]map[string]any{}
	var order []string
	for i := range g.Entities {
		e := &g.Entities[i]
		n := map[string]any{"@id": iri("entity", e.ID), "@type": schemaType(e, series), "name": e.Name, "identifier": e.ID}
		if len(e.Aliases) > 0 {
			n["alternateName"] = e.Aliases
		}
		if e.Type == doc.Character || (e.Fictional && e.Type == doc.Person) {
			n["additionalType"] = fictionalCharType
		}
		if e.Gender != doc.Unknown && (e.Type == doc.Person || e.Type == doc.Character) {
			n["gender"] = string(e.Gender)
		}
		if e.QID != "" {
			n["sameAs"] = wikidataEntity + e.QID
		}
		nodes[e.ID] = n
		order = append(order, e.ID)
	}
	ensure := func(r *kg.Ref) map[string]any {
		if n, ok := nodes[r.ID]; ok {
			return n
		}
		e := kg.Entity{ID: r.ID, Name: r.Name, Type: r.Type}
		n := map[string]any{"@id": iri("entity", r.ID), "@type": schemaType(&e, series), "name": r.Name, "identifier": r.ID}
		nodes[r.ID] = n
		order = append(order, r.ID)
		return n
	}
	link := func(n map[string]any, term string, v any) {
		old, _ := n[term].([]any)
		n[term] = append(old, v)
	}
	var claims []any
	for i := range g.Claims {
		c := &g.Claims[i]
		if c.Subject.ID == "" {
			continue
		}
		info, _ := doc.Info(c.Predicate)
		term := info.SchemaOrg
		if term == "" || !isProperty(term) {
			term = vocab + string(c.Predicate)
		}
		subj := ensure(&c.Subject)
		about := []any{map[string]any{"@id": iri("entity", c.Subject.ID)}}
		switch {
		case c.Object != nil && c.Object.ID != "":
			obj := ensure(c.Object)
			about = append(about, map[string]any{"@id": iri("entity", c.Object.ID)})
			switch {
			case c.Predicate == doc.Plays && c.Work != nil && c.Work.ID != "":
				// schema.org states the cast on the work, the part in a
				// PerformanceRole.
				link(ensure(c.Work), "actor", map[string]any{"@type": "PerformanceRole",
					"actor": map[string]any{"@id": iri("entity", c.Subject.ID)}, "characterName": c.Object.Name})
			case c.Predicate == doc.Plays:
				link(subj, vocab+string(c.Predicate), map[string]any{"@id": iri("entity", c.Object.ID)})
			case info.Inverse || onObject[c.Predicate]:
				link(obj, term, map[string]any{"@id": iri("entity", c.Subject.ID)})
			default:
				link(subj, term, map[string]any{"@id": iri("entity", c.Object.ID)})
			}
		case c.Value != "":
			link(subj, term, c.Value)
		}
		cn := map[string]any{
			"@id": iri("claim", claimKey(c)), "@type": "Claim", "about": about,
			"name":               string(c.Predicate),
			vocab + "predicate":  string(c.Predicate),
			vocab + "score":      c.Score,
			vocab + "inUniverse": c.InUniverse,
		}
		if c.Value != "" {
			cn[vocab+"value"] = c.Value
		}
		if c.Work != nil && c.Work.ID != "" {
			cn["isPartOf"] = map[string]any{"@id": iri("entity", c.Work.ID)}
		}
		if c.Role != "" {
			cn["roleName"] = c.Role
		}
		if texts := evidenceTexts(c); len(texts) > 0 {
			cn["citation"] = texts
		}
		var docs []any
		seen := map[string]bool{}
		for _, ev := range c.Evidence {
			if !seen[ev.Doc] {
				seen[ev.Doc] = true
				docs = append(docs, map[string]any{"@id": iri("document", ev.Doc)})
			}
		}
		if len(docs) > 0 {
			cn["appearance"] = docs
		}
		claims = append(claims, cn)
	}
	graph := make([]any, 0, len(order)+len(claims)+len(g.Quotes)+len(g.Documents))
	for _, id := range order {
		graph = append(graph, nodes[id])
	}
	graph = append(graph, claims...)
	for i := range g.Quotes {
		q := &g.Quotes[i]
		n := map[string]any{"@id": iri("quote", q.ID), "@type": "Quotation", "text": q.Text,
			"isPartOf": map[string]any{"@id": iri("document", q.Doc)}}
		if q.Speaker != nil && q.Speaker.ID != "" {
			n["creator"] = map[string]any{"@id": iri("entity", q.Speaker.ID)}
		}
		if q.Cue != "" {
			n[vocab+"cue"] = q.Cue
		}
		var about []any
		for _, a := range q.About {
			about = append(about, map[string]any{"@id": iri("entity", a.ID)})
		}
		if len(about) > 0 {
			n["about"] = about
		}
		graph = append(graph, n)
	}
	for i := range g.Documents {
		d := &g.Documents[i]
		n := map[string]any{"@id": iri("document", d.ID), "@type": "NewsArticle", "identifier": d.ID}
		if d.Title != "" {
			n["headline"] = d.Title
		}
		if d.URL != "" {
			n["url"] = d.URL
		}
		if d.Byline != "" {
			n["author"] = d.Byline
		}
		if d.Site != "" {
			n["publisher"] = d.Site
		}
		if !d.Published.IsZero() {
			n["datePublished"] = d.Published.Format(time.RFC3339)
		}
		graph = append(graph, n)
	}
	out := map[string]any{
		"@context": map[string]any{"@vocab": schemaOrg, "wd": wikidataEntity},
		"@graph":   graph,
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write JSON-LD: %w", err)
	}
	return nil
}

// onObject lists the predicates whose schema.org term is a property of
// the predicate's object: a work has actors and characters.
var onObject = map[doc.Predicate]bool{doc.CastIn: true, doc.AppearsIn: true}

// isProperty reports whether a schema.org term names a property (lower
// case first letter) rather than a type such as Event or
// OrganizationRole, which cannot link two nodes.
func isProperty(term string) bool {
	return term != "" && term[0] >= 'a' && term[0] <= 'z'
}
