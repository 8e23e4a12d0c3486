// Package pipeline runs the stages that turn one article into an annotated
// document, in the one order data flows (DESIGN.md §1): segment, tag
// (trained model, then rules), time expressions, in-document linking,
// quotations, claims.
package pipeline

import (
	"fmt"

	"github.com/newsgraph/newsgraph/claim"
	"github.com/newsgraph/newsgraph/coref"
	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/mention"
	"github.com/newsgraph/newsgraph/quote"
	"github.com/newsgraph/newsgraph/segment"
	"github.com/newsgraph/newsgraph/timex"
)

// Tagger adds entity mentions to a segmented document.
type Tagger interface {
	Tag(d *doc.Doc)
}

// Pipeline holds the stages. It is safe for concurrent use: each call of
// Run works on its own document.
type Pipeline struct {
	// Taggers run in order; the rules tagger last, so that it can read
	// what the model found. Overlaps are settled by score.
	Taggers []Tagger
	Linker  *coref.Linker
	Quotes  *quote.Extractor
	Claims  *claim.Extractor
}

// Options choose the stages.
type Options struct {
	// Model is the trained tagger, or nil to tag by rules alone.
	Model Tagger
}

// New builds a pipeline over the embedded gazetteer.
func New(opt Options) (*Pipeline, error) {
	g, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	p := &Pipeline{Linker: coref.New(g), Quotes: quote.New(), Claims: claim.New(g)}
	if opt.Model != nil {
		p.Taggers = append(p.Taggers, opt.Model)
	}
	p.Taggers = append(p.Taggers, mention.NewRules(g))
	return p, nil
}

// Run annotates d with every stage. It replaces earlier annotations.
func (p *Pipeline) Run(d *doc.Doc) {
	segment.Segment(d)
	d.Mentions = d.Mentions[:0]
	d.Entities = d.Entities[:0]
	d.Timexes = d.Timexes[:0]
	d.Quotes = d.Quotes[:0]
	d.Claims = d.Claims[:0]
	for _, t := range p.Taggers {
		t.Tag(d)
	}
	mention.Resolve(d)
	timex.Tag(d)
	p.Linker.Link(d)
	p.Quotes.Extract(d)
	p.Claims.Extract(d)
}

// Annotate runs the pipeline over a document and returns the result.
func (p *Pipeline) Annotate(in doc.Document) *doc.Doc {
	d := doc.New(in)
	p.Run(d)
	return d
}
