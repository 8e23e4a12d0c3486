package claim

import (
	"slices"

	"github.com/newsgraph/newsgraph/doc"
)

// declared keeps the claims whose subject and object have the entity types
// doc.Predicates declares for the predicate, so the graph holds no
// "member of" a film or "cast member" that is a company. One confusion of
// the tagger is mended rather than dropped: a band's name read as a title
// (WORK) is an organisation when a claim makes it what people are members
// of or what performs a recording.
func declared(d *doc.Doc, cs []doc.Claim) []doc.Claim {
	for _, c := range cs {
		if c.Object < 0 || d.Entities[c.Object].Type != doc.Work {
			continue
		}
		if c.Predicate == doc.MemberOf || c.Predicate == doc.Performer {
			retype(d, c.Object, doc.Org)
		}
	}
	out := cs[:0]
	for _, c := range cs {
		in, ok := doc.Info(c.Predicate)
		if !ok {
			continue
		}
		if !slices.Contains(in.Subject, d.Entities[c.Subject].Type) {
			continue
		}
		if c.Object >= 0 && !slices.Contains(in.Object, d.Entities[c.Object].Type) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// retype gives entity e and its mentions type t.
func retype(d *doc.Doc, e int, t doc.EntityType) {
	d.Entities[e].Type = t
	for _, mi := range d.Entities[e].Mentions {
		d.Mentions[mi].Type = t
	}
}
