package server

import (
	"time"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
)

// The API's response bodies. Byte offsets are named start and end;
// code-point offsets, for clients whose strings are not UTF-8, are named
// cp_start and cp_end.

// Caps on the evidence a claim carries where it is one of many.
const (
	cardEvidence = 10
	fewEvidence  = 3
)

// ClaimView is a claim with at most a few pieces of its evidence, so that
// a claim made by thousands of articles stays small; EvidenceTotal counts
// them all.
type ClaimView struct {
	kg.Claim
	EvidenceTotal int `json:"evidence_total"`
}

// viewOf returns c with its first n pieces of evidence.
func viewOf(c kg.Claim, n int) ClaimView {
	total := len(c.Evidence)
	if total > n {
		c.Evidence = c.Evidence[:n:n]
	}
	return ClaimView{Claim: c, EvidenceTotal: total}
}

func viewsOf(cs []kg.Claim, n int) []ClaimView {
	out := make([]ClaimView, len(cs))
	for i, c := range cs {
		out[i] = viewOf(c, n)
	}
	return out
}

// DocSummary describes a document without its body.
type DocSummary struct {
	ID        string    `json:"id"`
	Title     string    `json:"title,omitempty"`
	URL       string    `json:"url,omitempty"`
	Source    string    `json:"source,omitempty"`
	Site      string    `json:"site,omitempty"`
	Byline    string    `json:"byline,omitempty"`
	Published time.Time `json:"published,omitzero"`
}

func summarize(d *doc.Document) DocSummary {
	return DocSummary{ID: d.ID, Title: d.Title, URL: d.URL, Source: d.Source, Site: d.Site,
		Byline: d.Byline, Published: d.Published}
}

// EntityList answers GET /api/entities.
type EntityList struct {
	Query    string      `json:"query"`
	Entities []kg.Entity `json:"entities"`
}

// EntityCard answers GET /api/entities/{id}.
type EntityCard struct {
	Entity kg.Entity `json:"entity"`
	// ClaimsOut have the entity as subject, ClaimsIn as object.
	ClaimsOut   []ClaimView  `json:"claims_out"`
	ClaimsIn    []ClaimView  `json:"claims_in"`
	QuotesBy    []kg.Quote   `json:"quotes_by"`
	QuotesAbout []kg.Quote   `json:"quotes_about"`
	Documents   []DocSummary `json:"documents"`
}

// Graph answers GET /api/entities/{id}/graph.
type Graph struct {
	Root  string      `json:"root"`
	Nodes []GraphNode `json:"nodes"`
	Edges []GraphEdge `json:"edges"`
	// Truncated is true when the node cap cut the search short.
	Truncated bool `json:"truncated"`
}

// GraphNode is an entity in a Graph, at Depth claims from the root.
type GraphNode struct {
	ID    string         `json:"id"`
	Name  string         `json:"name"`
	Type  doc.EntityType `json:"type"`
	Depth int            `json:"depth"`
}

// GraphEdge is a claim between two entities of a Graph.
type GraphEdge struct {
	ID        string        `json:"id"`
	Source    string        `json:"source"`
	Target    string        `json:"target"`
	Predicate doc.Predicate `json:"predicate"`
	Claim     ClaimView     `json:"claim"`
}

// Offsets are a span's byte and code-point offsets.
type Offsets struct {
	Start   int `json:"start"`
	End     int `json:"end"`
	CPStart int `json:"cp_start"`
	CPEnd   int `json:"cp_end"`
}

func (x *cpIndex) span(s doc.Span) Offsets {
	return Offsets{Start: s.Start, End: s.End, CPStart: x.at(s.Start), CPEnd: x.at(s.End)}
}

// DocumentView answers GET /api/documents/{id}.
type DocumentView struct {
	Document  doc.Document  `json:"document"`
	Sentences []SentenceOut `json:"sentences"`
	Mentions  []MentionOut  `json:"mentions"`
	Quotes    []QuoteOut    `json:"quotes"`
	Claims    []ClaimOut    `json:"claims"`
	Entities  []kg.Entity   `json:"entities"`
}

// SentenceOut is a sentence of a document.
type SentenceOut struct {
	Offsets
	Paragraph int `json:"paragraph"`
}

// MentionOut is a mention with its offsets and entity.
type MentionOut struct {
	Offsets
	Text       string          `json:"text"`
	Type       doc.EntityType  `json:"type"`
	Kind       doc.MentionKind `json:"kind"`
	EntityID   string          `json:"entity_id,omitempty"`
	EntityName string          `json:"entity_name,omitempty"`
	Score      float64         `json:"score"`
}

// QuoteOut is a quotation with its offsets and speaker.
type QuoteOut struct {
	Offsets
	ID          string   `json:"id"`
	Text        string   `json:"text"`
	Direct      bool     `json:"direct"`
	Speaker     *kg.Ref  `json:"speaker,omitempty"`
	SpeakerSpan *Offsets `json:"speaker_span,omitempty"`
	Cue         string   `json:"cue,omitempty"`
	About       []kg.Ref `json:"about,omitempty"`
	Sentence    int      `json:"sentence"`
	Score       float64  `json:"score"`
}

// ClaimOut is one piece of a claim's evidence in the document shown: the
// span and sentence that support the claim, and the claim itself (with
// a few pieces of its evidence, in this document and others).
type ClaimOut struct {
	Offsets
	Sentence  string    `json:"sentence"`
	Extractor string    `json:"extractor,omitempty"`
	Claim     ClaimView `json:"claim"`
}

// DocumentList answers GET /api/documents.
type DocumentList struct {
	Documents []DocSummary `json:"documents"`
}

// RelatedList answers GET /api/documents/{id}/related.
type RelatedList struct {
	Documents []RelatedOut `json:"documents"`
}

// RelatedOut is a related document with the entities it shares.
type RelatedOut struct {
	DocSummary
	Shared []kg.Ref `json:"shared"`
	Score  float64  `json:"score"`
}

// QuoteList answers GET /api/quotes.
type QuoteList struct {
	Speaker *kg.Ref    `json:"speaker,omitempty"`
	About   *kg.Ref    `json:"about,omitempty"`
	Quotes  []kg.Quote `json:"quotes"`
}

// ClaimList answers GET /api/claims.
type ClaimList struct {
	Predicate doc.Predicate `json:"predicate,omitempty"`
	Subject   *kg.Ref       `json:"subject,omitempty"`
	Object    *kg.Ref       `json:"object,omitempty"`
	Claims    []kg.Claim    `json:"claims"`
}

// SearchResult answers GET /api/search: entities whose names match, and
// text hits in documents and quotes.
type SearchResult struct {
	Query    string      `json:"query"`
	Entities []kg.Entity `json:"entities"`
	Hits     []HitOut    `json:"hits"`
}

// HitOut is a search hit. Snippet is HTML in which only <mark> and
// </mark> are markup; a quote hit carries its speaker and span.
type HitOut struct {
	Kind    string  `json:"kind"`
	Doc     string  `json:"doc"`
	Title   string  `json:"title"`
	QuoteID string  `json:"quote_id,omitempty"`
	Snippet string  `json:"snippet"`
	Rank    float64 `json:"rank"`
	Speaker *kg.Ref `json:"speaker,omitempty"`
	Start   *int    `json:"start,omitempty"`
	End     *int    `json:"end,omitempty"`
}

// PathResult answers GET /api/path.
type PathResult struct {
	From  kg.Ref     `json:"from"`
	To    kg.Ref     `json:"to"`
	Found bool       `json:"found"`
	Steps []PathStep `json:"steps"`
}

// PathStep walks one claim from From to To; Forward is false when the
// claim points the other way (its subject is To).
type PathStep struct {
	From    kg.Ref    `json:"from"`
	To      kg.Ref    `json:"to"`
	Forward bool      `json:"forward"`
	Claim   ClaimView `json:"claim"`
}

// Timeline answers GET /api/entities/{id}/timeline.
type Timeline struct {
	Entity kg.Ref          `json:"entity"`
	Events []TimelineEvent `json:"events"`
}

// TimelineEvent is a dated claim or a published document. Date is a
// TimeML value (2020-02-13, 2020-02, 1989) or, for a document, the day
// it was published.
type TimelineEvent struct {
	Date     string      `json:"date"`
	Kind     string      `json:"kind"`
	Claim    *kg.Claim   `json:"claim,omitempty"`
	Document *DocSummary `json:"document,omitempty"`
}

// IngestResult answers POST /api/documents.
type IngestResult struct {
	ID string `json:"id"`
}

// ref returns the Ref of an entity.
func ref(e *kg.Entity) kg.Ref { return kg.Ref{ID: e.ID, Name: e.Name, Type: e.Type} }
