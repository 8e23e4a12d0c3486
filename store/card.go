package store

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
)

// Card is everything known about one entity: the entity, the claims in
// which it is subject or object (with evidence), the quotations it said and
// those about it, and the documents that mention it.
type Card struct {
	Entity      kg.Entity      `json:"entity"`
	Claims      []kg.Claim     `json:"claims"`
	QuotesBy    []kg.Quote     `json:"quotes_by"`
	QuotesAbout []kg.Quote     `json:"quotes_about"`
	Documents   []doc.Document `json:"documents"`
}

// LoadCard reads the card of the entity with this ID from s.
func LoadCard(ctx context.Context, s Store, id string) (*Card, error) {
	e, err := s.Entity(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("card %s: %w", id, err)
	}
	c := &Card{Entity: *e}
	if c.Claims, err = s.Claims(ctx, ClaimFilter{Entity: id}); err != nil {
		return nil, fmt.Errorf("card %s: claims: %w", id, err)
	}
	if c.QuotesBy, err = s.Quotes(ctx, QuoteFilter{Speaker: id}); err != nil {
		return nil, fmt.Errorf("card %s: quotes: %w", id, err)
	}
	if c.QuotesAbout, err = s.Quotes(ctx, QuoteFilter{About: id}); err != nil {
		return nil, fmt.Errorf("card %s: quotes: %w", id, err)
	}
	if c.Documents, err = s.Documents(ctx, DocFilter{Entity: id, Limit: 50}); err != nil {
		return nil, fmt.Errorf("card %s: documents: %w", id, err)
	}
	return c, nil
}
