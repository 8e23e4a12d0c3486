package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
)

// ftmEntity is one line of FollowTheMoney JSON: every property holds a
// list of strings.
type ftmEntity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

// ftmSchema returns the FollowTheMoney schema of an entity type, or ""
// for types it has none for (NORP, DATE).
func ftmSchema(t doc.EntityType) string {
	switch t {
	case doc.Person, doc.Character:
		return "Person"
	case doc.Org:
		return "Organization"
	case doc.GPE, doc.Loc:
		return "Address"
	case doc.Work:
		return "Document"
	case doc.Event:
		return "Event"
	}
	return ""
}

// WriteFTM writes g as FollowTheMoney entities, one JSON object a line:
// Person (characters too, described as fictional), Organization, Address
// (places), Document (works) and Event, with name, alias, wikidataId and
// gender; then claims between two of them as Employment (works_for a
// organization), Membership (member_of, member_of_party), Directorship
// (leads, chairperson) or UnknownLink (any other, the predicate as role),
// with the evidence sentences as description. Claims to literal values
// and entities without a schema are left out.
func WriteFTM(w io.Writer, g *Graph) error {
	g = g.sorted()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	schemas := map[string]string{}
	for i := range g.Entities {
		e := &g.Entities[i]
		s := ftmSchema(e.Type)
		if s == "" {
			continue
		}
		schemas[e.ID] = s
		props := map[string][]string{"name": {e.Name}}
		if s == "Address" {
			props["full"] = []string{e.Name}
		}
		if s == "Document" {
			props["title"] = []string{e.Name}
		}
		if len(e.Aliases) > 0 {
			props["alias"] = append([]string(nil), e.Aliases...)
		}
		if e.QID != "" {
			props["wikidataId"] = []string{e.QID}
		}
		if s == "Person" && e.Gender != doc.Unknown {
			props["gender"] = []string{string(e.Gender)}
		}
		if e.Type == doc.Character || (e.Fictional && e.Type == doc.Person) {
			props["description"] = []string{"fictional character"}
		}
		if err := enc.Encode(ftmEntity{ID: ftmID("entity", e.ID), Schema: s, Properties: props}); err != nil {
			return fmt.Errorf("write FollowTheMoney: %w", err)
		}
	}
	for i := range g.Claims {
		c := &g.Claims[i]
		if c.Object == nil || schemas[c.Subject.ID] == "" || schemas[c.Object.ID] == "" {
			continue
		}
		l := ftmLink(c, schemas)
		if texts := evidenceTexts(c); len(texts) > 0 {
			l.Properties["description"] = texts
		}
		if c.Start != "" {
			l.Properties["startDate"] = []string{c.Start}
		}
		if c.End != "" {
			l.Properties["endDate"] = []string{c.End}
		}
		if err := enc.Encode(l); err != nil {
			return fmt.Errorf("write FollowTheMoney: %w", err)
		}
	}
	return nil
}

// ftmLink maps a claim between two exported entities to an interval
// entity.
func ftmLink(c *kg.Claim, schemas map[string]string) ftmEntity {
	id := ftmID("claim", claimKey(c))
	subj, obj := ftmID("entity", c.Subject.ID), ftmID("entity", c.Object.ID)
	person := schemas[c.Subject.ID] == "Person"
	org := schemas[c.Object.ID] == "Organization"
	switch {
	case c.Predicate == doc.WorksFor && person && org:
		props := map[string][]string{"employee": {subj}, "employer": {obj}}
		if c.Role != "" {
			props["role"] = []string{c.Role}
		}
		return ftmEntity{id, "Employment", props}
	case (c.Predicate == doc.MemberOf || c.Predicate == doc.MemberOfParty) && org:
		return ftmEntity{id, "Membership", map[string][]string{"member": {subj}, "organization": {obj}}}
	case c.Predicate == doc.Leads && org:
		return ftmEntity{id, "Directorship", map[string][]string{"director": {subj}, "organization": {obj}}}
	case c.Predicate == doc.Chairperson && schemas[c.Subject.ID] == "Organization":
		return ftmEntity{id, "Directorship", map[string][]string{"director": {obj}, "organization": {subj}}}
	}
	return ftmEntity{id, "UnknownLink", map[string][]string{"subject": {subj}, "object": {obj}, "role": {string(c.Predicate)}}}
}

// ftmID prefixes an ID with its kind, so entity and claim IDs never
// collide; FollowTheMoney IDs allow letters, digits, "-", "." and "_".
func ftmID(kind, id string) string {
	var b strings.Builder
	b.WriteString("ng-" + kind + "-")
	for _, r := range id {
		if r < 128 && (r == '-' || r == '.' || r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "_%x", r)
		}
	}
	return b.String()
}
