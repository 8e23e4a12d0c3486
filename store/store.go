// Package store keeps the knowledge graph: documents, their sentences and
// mentions, canonical entities, claims with evidence, and quotations.
//
// Store is the one interface; it has two engines that share one logical
// schema and versioned migrations (package schema): SQLite in one file
// (package sqlite, the default) and PostgreSQL (package postgres, shared by
// many ingest workers). Open picks the engine from the DSN.
package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/postgres"
	"github.com/newsgraph/newsgraph/store/sqlite"
)

// Store reads and writes the graph. Its methods are safe for concurrent
// use.
type Store interface {
	// Put writes the documents' graphs in one transaction: if any fails,
	// nothing is written. A document already stored (same ID) is
	// replaced: its sentences, mentions, quotes and evidence rows are
	// deleted and rewritten, so ingesting it again changes nothing.
	// Entities upsert by ID (names and aliases unioned; the name is kept
	// unless the new one is longer and contains it), claims by ID
	// (evidence added per document, score the maximum), quotes by ID.
	// Every entity a mention, claim or quote points to must be in the
	// graph or already stored, and every span must lie in the body.
	Put(ctx context.Context, graphs []*kg.DocGraph) error
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Documents lists documents, newest first. Body is omitted unless
	// f.WithBody.
	Documents(ctx context.Context, f DocFilter) ([]doc.Document, error)
	// Document returns a document with its sentences, mentions, quotes,
	// the claims with evidence in it and the entities it mentions. It
	// returns an error wrapping ErrNotFound when there is none.
	Document(ctx context.Context, id string) (*DocView, error)
	// Entity returns an entity with its mention and document counts, or
	// an error wrapping ErrNotFound.
	Entity(ctx context.Context, id string) (*kg.Entity, error)
	// FindEntities finds entities by name or alias, ignoring case and
	// accents: exact matches first, then names starting with q, then
	// names with a word starting with q; each group ranked by mentions.
	FindEntities(ctx context.Context, q string, limit int) ([]kg.Entity, error)
	// Claims lists claims matching f, each with its evidence (sentence
	// text filled), highest score first.
	Claims(ctx context.Context, f ClaimFilter) ([]kg.Claim, error)
	// Quotes lists quotations matching f, in document order.
	Quotes(ctx context.Context, f QuoteFilter) ([]kg.Quote, error)
	// Search finds q in document titles and bodies and in quotations,
	// best first.
	Search(ctx context.Context, q string, limit int) ([]Hit, error)
	// Related lists documents that share entities with docID, ranked by
	// the shared entities weighted by their rarity.
	Related(ctx context.Context, docID string, limit int) ([]RelatedDoc, error)
	// Decider records user decisions (merge, rename, reject) that
	// survive re-ingest.
	Decider
	// Close releases the database.
	Close() error
}

// ErrNotFound is wrapped by the errors of lookups that find nothing.
var ErrNotFound = fmt.Errorf("not found")

// Stats counts what is stored.
type Stats struct {
	Documents int `json:"documents"`
	Sentences int `json:"sentences"`
	Entities  int `json:"entities"`
	Mentions  int `json:"mentions"`
	Claims    int `json:"claims"`
	Evidence  int `json:"evidence"`
	Quotes    int `json:"quotes"`
}

// DocFilter selects documents. Zero fields select everything.
type DocFilter struct {
	// Entity keeps documents that mention the entity with this ID.
	Entity string
	// Site keeps documents of this site.
	Site string
	// Since and Until bound the publication time: Since <= Published <
	// Until. Undated documents are dropped when either is set.
	Since, Until time.Time
	// Limit caps the result (0 means 100); Offset skips that many.
	Limit, Offset int
	// WithBody fills Document.Body.
	WithBody bool
}

// DocView is a document with everything stored about it.
type DocView struct {
	Document  doc.Document   `json:"document"`
	Sentences []doc.Sentence `json:"sentences"`
	Mentions  []kg.Mention   `json:"mentions"`
	// Entities are the entities the mentions refer to, by name.
	Entities []kg.Entity `json:"entities"`
	Quotes   []kg.Quote  `json:"quotes"`
	// Claims are those with evidence in the document; each keeps all
	// of its evidence, in this document and others.
	Claims []kg.Claim `json:"claims"`
}

// ClaimFilter selects claims. Zero fields select everything.
type ClaimFilter struct {
	Predicate doc.Predicate
	// Subject and Object are entity IDs at each end.
	Subject, Object string
	// Entity is an entity ID at either end.
	Entity string
	// Doc keeps claims with evidence in this document.
	Doc string
	// Limit caps the result (0 means 1000).
	Limit int
}

// QuoteFilter selects quotations. Zero fields select everything.
type QuoteFilter struct {
	// Speaker is the speaker's entity ID.
	Speaker string
	// About is the ID of an entity the quote is about.
	About string
	// Doc is the document's ID.
	Doc string
	// Limit caps the result (0 means 1000).
	Limit int
}

// Hit kinds.
const (
	HitDocument = "document"
	HitQuote    = "quote"
)

// Hit is a search result.
type Hit struct {
	// Kind is HitDocument or HitQuote.
	Kind    string `json:"kind"`
	DocID   string `json:"doc_id"`
	Title   string `json:"title"`
	QuoteID string `json:"quote_id,omitempty"`
	// Snippet is HTML: the matched words in <mark>…</mark>, the rest
	// escaped.
	Snippet string `json:"snippet"`
	// Rank orders hits, higher is better; it compares hits of one
	// search only.
	Rank float64 `json:"rank"`
	// Span and Speaker are the quotation's, for a quote hit.
	Span    *doc.Span `json:"span,omitempty"`
	Speaker *kg.Ref   `json:"speaker,omitempty"`
}

// RelatedDoc is a document related to another by the entities they share.
type RelatedDoc struct {
	// Document has no Body.
	Document doc.Document `json:"document"`
	// Shared are the shared entities, rarest first.
	Shared []kg.Ref `json:"shared"`
	// Score sums, over the shared entities, ln(1 + N/df): N documents
	// in the store, df of them mentioning the entity.
	Score float64 `json:"score"`
}

// Open opens a store. A DSN starting with "postgres://" or
// "postgresql://" opens PostgreSQL; anything else is a SQLite file path,
// created if absent. The schema is migrated to the current version.
func Open(ctx context.Context, dsn string) (Store, error) {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		db, err := postgres.Open(ctx, dsn)
		if err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
		return newSQLStore(db, db, pgDialect), nil
	}
	db, err := sqlite.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	return newSQLStore(db.Read, db.Write, sqliteDialect), nil
}
