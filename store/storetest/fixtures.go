package storetest

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
)

// Entity IDs of the fixture.
const (
	Ruiz     = "ent-ruiz"
	Vidal    = "ent-vidal"
	Harbor   = "ent-harbor"
	Valencia = "ent-valencia"
	Records  = "ent-records"
)

// Document IDs of the fixture.
const (
	DocA = "doc-a"
	DocB = "doc-b"
	DocC = "doc-c"
)

// Quote IDs of the fixture.
const (
	QuoteA = "quote-a"
	QuoteB = "quote-b"
)

// builder writes one DocGraph from sentences, finding spans by text.
type builder struct {
	g *kg.DocGraph
	// from is where the next mention is looked for.
	from int
}

func newBuilder(id, title string, published time.Time, sentences ...string) *builder {
	b := &builder{g: &kg.DocGraph{Document: doc.Document{
		ID: id, Title: title, Published: published, Site: "Stage Notes",
		URL: "https://example.org/" + id, Source: "storetest",
	}}}
	var body strings.Builder
	for i, s := range sentences {
		if i > 0 {
			body.WriteByte(' ')
		}
		start := body.Len()
		body.WriteString(s)
		b.g.Sentences = append(b.g.Sentences, doc.Sentence{Span: doc.Span{Start: start, End: body.Len()}})
	}
	b.g.Document.Body = body.String()
	return b
}

// span returns the span of the first text at or after the last mention.
func (b *builder) span(text string) doc.Span {
	i := strings.Index(b.g.Document.Body[b.from:], text)
	if i < 0 {
		panic(fmt.Sprintf("storetest fixture: %q not in %s after %d", text, b.g.Document.ID, b.from))
	}
	start := b.from + i
	return doc.Span{Start: start, End: start + len(text)}
}

func (b *builder) sentenceAt(off int) int {
	for i, s := range b.g.Sentences {
		if s.Start <= off && off < s.End {
			return i
		}
	}
	return -1
}

func (b *builder) mention(text string, typ doc.EntityType, kind doc.MentionKind, entity string) *builder {
	sp := b.span(text)
	b.from = sp.End
	b.g.Mentions = append(b.g.Mentions, kg.Mention{Span: sp, Text: text, Type: typ, Kind: kind, EntityID: entity, Score: 0.9})
	return b
}

func (b *builder) entity(id string, typ doc.EntityType, name string, aliases ...string) *builder {
	b.g.Entities = append(b.g.Entities, kg.Entity{ID: id, Type: typ, Name: name, Aliases: aliases})
	return b
}

func (b *builder) claim(subject, pred, object string, score float64, text string) *builder {
	b.from = 0
	sp := b.span(text)
	c := kg.Claim{
		Subject: kg.Ref{ID: subject}, Predicate: doc.Predicate(pred), Object: &kg.Ref{ID: object}, Score: score,
		Evidence: []kg.Evidence{{Evidence: doc.Evidence{Doc: b.g.Document.ID, Sentence: b.sentenceAt(sp.Start), Span: sp, Extractor: "storetest"}}},
	}
	c.ID = kg.ClaimID(&c)
	b.g.Claims = append(b.g.Claims, c)
	return b
}

func (b *builder) quote(id, speaker, text, cue string, about ...string) *builder {
	b.from = 0
	sp := b.span(text)
	q := kg.Quote{ID: id, Doc: b.g.Document.ID, Span: sp, Text: text, Direct: true, Speaker: &kg.Ref{ID: speaker},
		Cue: cue, Score: 0.8, Sentence: b.sentenceAt(sp.Start)}
	for _, a := range about {
		q.About = append(q.About, kg.Ref{ID: a})
	}
	b.g.Quotes = append(b.g.Quotes, q)
	return b
}

// Fixture returns three small document graphs, written for these tests:
//
//   - DocA and DocB share Ángel Ruiz, Marta Vidal and the Harbor Theatre;
//     both state that Ruiz works for the theatre (scores 0.7 and 0.9);
//     DocA alone says Vidal works for it (0.6). Each has a quote: Ruiz's
//     in DocA (about the theatre), Vidal's about Ruiz in DocB.
//   - DocC, the oldest, shares the theatre and Valencia with DocA and
//     names Vidal Records; its body holds an ampersand.
//
// Counts: 3 documents, 7 sentences, 5 entities, 13 mentions, 2 claims
// with 3 evidence rows, 2 quotes. Mentions per entity: Ruiz 4 (2
// documents), Vidal 3 (2), Harbor 3 (3), Valencia 2 (2), Records 1 (1).
func Fixture() []*kg.DocGraph {
	a := newBuilder(DocA, "A new season at the Harbor Theatre", time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC),
		"Ángel Ruiz joined the Harbor Theatre in Valencia last spring.",
		"Ruiz said, “The stage feels like home to me.”",
		"Marta Vidal works for the theatre as its artistic director.").
		entity(Ruiz, doc.Person, "Ángel Ruiz", "Ruiz").
		entity(Harbor, doc.Org, "Harbor Theatre").
		entity(Valencia, doc.GPE, "Valencia").
		entity(Vidal, doc.Person, "Marta Vidal").
		mention("Ángel Ruiz", doc.Person, doc.Name, Ruiz).
		mention("Harbor Theatre", doc.Org, doc.Name, Harbor).
		mention("Valencia", doc.GPE, doc.Name, Valencia).
		mention("Ruiz", doc.Person, doc.Name, Ruiz).
		mention("Marta Vidal", doc.Person, doc.Name, Vidal).
		claim(Ruiz, "works_for", Harbor, 0.7, "Ángel Ruiz joined the Harbor Theatre").
		claim(Vidal, "works_for", Harbor, 0.6, "Marta Vidal works for the theatre").
		quote(QuoteA, Ruiz, "The stage feels like home to me.", "said", Harbor)
	b := newBuilder(DocB, "Vidal on her cast", time.Date(2026, 3, 5, 18, 0, 0, 0, time.FixedZone("CET", 3600)),
		"Marta Vidal praised her cast on Tuesday.",
		"“Ángel Ruiz brings a quiet fire to every scene,” Vidal told reporters.",
		"Ruiz now works for the Harbor Theatre full time.").
		entity(Vidal, doc.Person, "Marta Vidal", "Vidal").
		entity(Ruiz, doc.Person, "Ruiz").
		entity(Harbor, doc.Org, "Harbor Theatre").
		mention("Marta Vidal", doc.Person, doc.Name, Vidal).
		mention("Ángel Ruiz", doc.Person, doc.Name, Ruiz).
		mention("Vidal", doc.Person, doc.Name, Vidal).
		mention("Ruiz", doc.Person, doc.Name, Ruiz).
		mention("Harbor Theatre", doc.Org, doc.Name, Harbor).
		claim(Ruiz, "works_for", Harbor, 0.9, "Ruiz now works for the Harbor Theatre").
		quote(QuoteB, Vidal, "Ángel Ruiz brings a quiet fire to every scene,", "told", Ruiz)
	c := newBuilder(DocC, "Sponsors & stages", time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC),
		"Vidal Records & friends sponsor the Harbor Theatre in Valencia.").
		entity(Records, doc.Org, "Vidal Records").
		entity(Harbor, doc.Org, "Harbor Theatre").
		entity(Valencia, doc.GPE, "Valencia").
		mention("Vidal Records", doc.Org, doc.Name, Records).
		mention("Harbor Theatre", doc.Org, doc.Name, Harbor).
		mention("Valencia", doc.GPE, doc.Name, Valencia)
	return []*kg.DocGraph{a.g, b.g, c.g}
}

// Synthetic returns n small document graphs for benchmarks: each has
// three sentences, six mentions of four entities drawn from a pool of
// n/4+8, one claim and one quote.
func Synthetic(n int) []*kg.DocGraph {
	pool := n/4 + 8
	out := make([]*kg.DocGraph, n)
	for i := range n {
		p1, p2, org, place := i%pool, (i*7+3)%pool, (i*13+5)%pool, (i*17+1)%pool
		name := func(k int) string { return fmt.Sprintf("Person%d Surname%d", k, k%97) }
		orgName := fmt.Sprintf("Company%d", org)
		placeName := fmt.Sprintf("Town%d", place)
		b := newBuilder(fmt.Sprintf("syn-%06d", i), fmt.Sprintf("Story %d about %s", i, orgName),
			time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Hour),
			fmt.Sprintf("%s met %s in %s on a grey morning.", name(p1), name(p2), placeName),
			fmt.Sprintf("%s said, “We will build something lasting at %s.”", name(p1), orgName),
			fmt.Sprintf("%s has worked for %s since story %d.", name(p2), orgName, i)).
			entity(fmt.Sprintf("p%d", p1), doc.Person, name(p1)).
			entity(fmt.Sprintf("p%d", p2), doc.Person, name(p2)).
			entity(fmt.Sprintf("o%d", org), doc.Org, orgName).
			entity(fmt.Sprintf("l%d", place), doc.GPE, placeName).
			mention(name(p1), doc.Person, doc.Name, fmt.Sprintf("p%d", p1)).
			mention(name(p2), doc.Person, doc.Name, fmt.Sprintf("p%d", p2)).
			mention(placeName, doc.GPE, doc.Name, fmt.Sprintf("l%d", place)).
			mention(name(p1), doc.Person, doc.Name, fmt.Sprintf("p%d", p1)).
			mention(orgName, doc.Org, doc.Name, fmt.Sprintf("o%d", org)).
			mention(name(p2), doc.Person, doc.Name, fmt.Sprintf("p%d", p2)).
			claim(fmt.Sprintf("p%d", p2), "works_for", fmt.Sprintf("o%d", org), 0.8, "has worked for").
			quote(fmt.Sprintf("q%d", i), fmt.Sprintf("p%d", p1), "We will build something lasting at "+orgName+".", "said")
		out[i] = b.g
	}
	return out
}
