// Package resolve turns one annotated document into its contribution to
// the graph: canonical entities with stable IDs, mentions, claims and quotes
// that point to them.
//
// Merging is conservative: two documents' entities are one when they have
// the same type class and the same name once case and accents are folded
// ("Félix Gallardo" and "Felix Gallardo"). A person and the character named
// after them never merge. User decisions (merge, rename, reject) are kept by
// the store and applied over these IDs, so they survive re-ingest.
package resolve

import (
	"strings"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/kg"
)

// EntityID returns the canonical ID of an entity of type t named name.
func EntityID(t doc.EntityType, name string) string {
	return kg.ID(kg.TypeClass(t), Key(name))
}

// Key folds a name for matching: lower case, no accents, single spaces, no
// quotation marks.
func Key(name string) string {
	f := strings.FieldsFunc(gazetteer.Fold(name), func(r rune) bool {
		return r == ' ' || r == '"' || r == '“' || r == '”' || r == '\t' || r == '\n'
	})
	return strings.Join(f, " ")
}

// Document returns what d contributes to the graph.
func Document(d *doc.Doc) *kg.DocGraph {
	g := &kg.DocGraph{Document: d.Document, Sentences: d.Sentences}
	ids := make([]string, len(d.Entities))
	refs := make([]kg.Ref, len(d.Entities))
	for i, e := range d.Entities {
		ids[i] = EntityID(e.Type, e.Name)
		refs[i] = kg.Ref{ID: ids[i], Name: e.Name, Type: e.Type}
		g.Entities = append(g.Entities, kg.Entity{ID: ids[i], Type: e.Type, Name: e.Name, Aliases: e.Aliases,
			Fictional: e.Fictional, Gender: e.Gender})
	}
	ref := func(i int) *kg.Ref {
		if i < 0 || i >= len(refs) {
			return nil
		}
		r := refs[i]
		return &r
	}
	for _, m := range d.Mentions {
		km := kg.Mention{Doc: d.ID, Span: m.Span, Text: m.Text, Type: m.Type, Kind: m.Kind, Score: m.Score}
		if m.Entity >= 0 && m.Entity < len(ids) {
			km.EntityID = ids[m.Entity]
		}
		g.Mentions = append(g.Mentions, km)
	}
	for _, c := range d.Claims {
		subj := ref(c.Subject)
		if subj == nil {
			continue
		}
		kc := kg.Claim{Subject: *subj, Predicate: c.Predicate, Object: ref(c.Object), Value: c.Value,
			Work: ref(c.Qualifiers.Work), By: ref(c.Qualifiers.By), Season: c.Qualifiers.Season, Role: c.Qualifiers.Role,
			Start: c.Qualifiers.Start, End: c.Qualifiers.End, InUniverse: c.InUniverse, Score: c.Score,
			Evidence: []kg.Evidence{{Evidence: c.Evidence, Text: sentenceText(d, c.Evidence.Sentence)}}}
		kc.ID = kg.ClaimID(&kc)
		g.Claims = append(g.Claims, kc)
	}
	for _, q := range d.Quotes {
		kq := kg.Quote{Doc: d.ID, Span: q.Span, Text: q.Text, Direct: q.Direct, Speaker: ref(q.Speaker),
			SpeakerSpan: q.SpeakerSpan, Cue: q.Cue, Score: q.Score, Sentence: d.SentenceAt(q.Start)}
		for _, a := range q.About {
			if r := ref(a); r != nil {
				kq.About = append(kq.About, *r)
			}
		}
		kq.ID = kg.ID(d.ID, "quote", itoa(q.Start), itoa(q.End))
		g.Quotes = append(g.Quotes, kq)
	}
	return g
}

func sentenceText(d *doc.Doc, i int) string {
	if i < 0 || i >= len(d.Sentences) {
		return ""
	}
	return d.Text(d.Sentences[i].Span)
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
