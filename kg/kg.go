// Package kg defines the knowledge graph across documents: canonical
// entities, claims with their evidence, quotations, and the mentions that
// tie them to text. The store keeps these values; the CLI, the server and
// the exports speak them.
package kg

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/newsgraph/newsgraph/doc"
)

// Entity is a canonical entity: every mention of it across documents.
type Entity struct {
	ID        string         `json:"id"`
	Type      doc.EntityType `json:"type"`
	Name      string         `json:"name"`
	Aliases   []string       `json:"aliases,omitempty"`
	Fictional bool           `json:"fictional,omitempty"`
	Gender    doc.Gender     `json:"gender,omitempty"`
	// QID is the Wikidata item, when known.
	QID string `json:"qid,omitempty"`
	// Mentions and Documents count the entity's mentions and the
	// documents they are in (filled by the store).
	Mentions  int `json:"mentions,omitempty"`
	Documents int `json:"documents,omitempty"`
}

// Ref names an entity inside a claim or a quote.
type Ref struct {
	ID   string         `json:"id"`
	Name string         `json:"name"`
	Type doc.EntityType `json:"type"`
}

// Evidence is a place in a document that supports a claim or a quote,
// with the sentence's text.
type Evidence struct {
	doc.Evidence
	// Text is the sentence the evidence lies in.
	Text string `json:"text,omitempty"`
}

// Claim is a statement about entities, merged across the documents that
// make it.
type Claim struct {
	ID        string        `json:"id"`
	Subject   Ref           `json:"subject"`
	Predicate doc.Predicate `json:"predicate"`
	// Object is the entity the claim points to; nil when Value holds a
	// literal (a TimeML date value).
	Object     *Ref       `json:"object,omitempty"`
	Value      string     `json:"value,omitempty"`
	Work       *Ref       `json:"work,omitempty"`
	By         *Ref       `json:"by,omitempty"`
	Season     int        `json:"season,omitempty"`
	Role       string     `json:"role,omitempty"`
	Start      string     `json:"start,omitempty"`
	End        string     `json:"end,omitempty"`
	InUniverse bool       `json:"in_universe,omitempty"`
	Score      float64    `json:"score"`
	Evidence   []Evidence `json:"evidence"`
}

// Quote is a quotation with its speaker.
type Quote struct {
	ID          string   `json:"id"`
	Doc         string   `json:"doc"`
	Span        doc.Span `json:"span"`
	Text        string   `json:"text"`
	Direct      bool     `json:"direct"`
	Speaker     *Ref     `json:"speaker,omitempty"`
	SpeakerSpan doc.Span `json:"speaker_span"`
	Cue         string   `json:"cue,omitempty"`
	About       []Ref    `json:"about,omitempty"`
	Score       float64  `json:"score"`
	// Sentence is the index of the sentence the quote starts in.
	Sentence int `json:"sentence"`
}

// Mention is a span of a document that refers to a canonical entity.
type Mention struct {
	Doc      string          `json:"doc"`
	Span     doc.Span        `json:"span"`
	Text     string          `json:"text"`
	Type     doc.EntityType  `json:"type"`
	Kind     doc.MentionKind `json:"kind"`
	EntityID string          `json:"entity_id,omitempty"`
	Score    float64         `json:"score"`
}

// DocGraph is what one document contributes to the graph: the unit the
// store writes in one go.
type DocGraph struct {
	Document  doc.Document   `json:"document"`
	Sentences []doc.Sentence `json:"sentences"`
	Mentions  []Mention      `json:"mentions"`
	Entities  []Entity       `json:"entities"`
	Claims    []Claim        `json:"claims"`
	Quotes    []Quote        `json:"quotes"`
}

// ID returns a stable identifier made from parts: the first 16 hex digits
// of their SHA-256.
func ID(parts ...string) string {
	h := sha256.New()
	for i, p := range parts {
		if i > 0 {
			h.Write([]byte{0})
		}
		h.Write([]byte(p))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// ClaimID returns the identifier of a claim: the same statement made in
// two documents gets one ID and two pieces of evidence.
func ClaimID(c *Claim) string {
	obj := "=" + c.Value // a literal never equals an entity ID
	if c.Object != nil {
		obj = c.Object.ID
	}
	work := ""
	if c.Work != nil {
		work = c.Work.ID
	}
	return ID(c.Subject.ID, string(c.Predicate), obj, work)
}

// TypeClass groups entity types that may name the same thing: a person and
// a character never merge, but GPE and LOC may.
func TypeClass(t doc.EntityType) string {
	switch t {
	case doc.GPE, doc.Loc:
		return "PLACE"
	}
	return strings.ToUpper(string(t))
}
