// Package redocred scores claims against Re-DocRED, document-level relations
// over Wikipedia introductions with Wikidata property ids.
//
// Each gold document is detokenized into a body, with a map from byte
// offsets back to token positions; the pipeline annotates the body; our
// entities are matched to the gold entities (vertexSet) by mention overlap;
// our claims become (head, relation, tail) triples over gold entity indexes
// through the Wikidata mapping of the predicate table (doc.Predicates), and
// are scored against the gold triples of the relations we emit.
package redocred

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/eval/detok"
)

// Mention is a gold mention: a token span of one sentence.
type Mention struct {
	Name     string `json:"name"`
	SentID   int    `json:"sent_id"`
	Pos      [2]int `json:"pos"`
	Type     string `json:"type"`
	startOff int
	endOff   int
}

// Label is a gold relation triple over vertexSet indexes.
type Label struct {
	H int    `json:"h"`
	T int    `json:"t"`
	R string `json:"r"`
}

// Document is one Re-DocRED document.
type Document struct {
	Title     string      `json:"title"`
	Sents     [][]string  `json:"sents"`
	VertexSet [][]Mention `json:"vertexSet"`
	Labels    []Label     `json:"labels"`
}

// Read reads a Re-DocRED JSON file.
func Read(path string) ([]Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var docs []Document
	if err := json.Unmarshal(b, &docs); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return docs, nil
}

// Detokenize joins a document's tokens into one paragraph per document and
// returns the text with each token's byte span, by sentence.
func Detokenize(d *Document) (string, [][][2]int) {
	return detok.Join(d.Sents, nil)
}

// Counts are the triples found, expected and right.
type Counts struct {
	Predicted int `json:"predicted"`
	Gold      int `json:"gold"`
	Correct   int `json:"correct"`
}

// PRF is precision, recall and F1 with their counts.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Counts
}

func prf(c Counts) PRF {
	p := PRF{Counts: c}
	if c.Predicted > 0 {
		p.Precision = float64(c.Correct) / float64(c.Predicted)
	}
	if c.Gold > 0 {
		p.Recall = float64(c.Correct) / float64(c.Gold)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
	return p
}

// Result is the score over a file.
type Result struct {
	PRF
	ByRelation map[string]PRF `json:"by_relation"`
	Documents  int            `json:"documents"`
	// Works measures the tagger on titles: the gold works (MISC entities
	// heading a P161, P449, P674 or P577 triple) and how many of them have
	// a mention we tagged WORK.
	Works WorkShare `json:"works"`
}

// WorkShare is the share of gold works found as WORK mentions.
type WorkShare struct {
	Gold  int     `json:"gold"`
	Found int     `json:"found"`
	Share float64 `json:"share"`
}

// MarshalJSON flattens precision, recall and F1 to the top level.
func (r Result) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Precision  float64        `json:"precision"`
		Recall     float64        `json:"recall"`
		F1         float64        `json:"f1"`
		Counts     Counts         `json:"counts"`
		ByRelation map[string]PRF `json:"by_relation"`
		Documents  int            `json:"documents"`
		Works      WorkShare      `json:"works"`
	}{r.Precision, r.Recall, r.F1, r.Counts, r.ByRelation, r.Documents, r.Works})
}

// Table formats the result for people.
func (r Result) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-8s %-22s %9s %9s %9s %6s %6s %6s\n", "relation", "label", "precision", "recall", "f1", "pred", "gold", "right")
	rels := make([]string, 0, len(r.ByRelation))
	for k := range r.ByRelation {
		rels = append(rels, k)
	}
	sort.Strings(rels)
	for _, k := range rels {
		p := r.ByRelation[k]
		fmt.Fprintf(&b, "%-8s %-22s %9.3f %9.3f %9.3f %6d %6d %6d\n", k, Labels[k], p.Precision, p.Recall, p.F1, p.Predicted, p.Gold, p.Correct)
	}
	fmt.Fprintf(&b, "%-8s %-22s %9.3f %9.3f %9.3f %6d %6d %6d\n", "all", "", r.Precision, r.Recall, r.F1, r.Predicted, r.Gold, r.Correct)
	fmt.Fprintf(&b, "works found as WORK mentions: %d of %d (%.3f)\n", r.Works.Found, r.Works.Gold, r.Works.Share)
	return b.String()
}

// Labels names the Wikidata properties we score.
var Labels = map[string]string{
	"P161": "cast member", "P674": "characters", "P1441": "present in work", "P449": "original network",
	"P577": "publication date", "P108": "employer", "P463": "member of", "P112": "founded by",
	"P57": "director", "P58": "screenwriter", "P162": "producer", "P170": "creator", "P272": "production company",
	"P175": "performer", "P102": "member of political party", "P26": "spouse", "P69": "educated at",
	"P488": "chairperson", "P571": "inception", "P179": "series",
}

// triple is (head vertex, relation, tail vertex).
type triple struct {
	h, t int
	r    string
}

// Relations maps a claim to the Re-DocRED triples it states, by the
// predicate's Wikidata property and direction. A plays claim links the
// actor and the character, which Wikidata states on the character as
// performer (P175: "actor … associated with this role"); the work's cast
// member (P161) and characters (P674) come from the cast_in and appears_in
// claims it implies. appears_in states both P674 (work → character) and
// P1441 (character → work).
func Relations(p doc.Predicate) []struct {
	R       string
	Inverse bool
} {
	type rel = struct {
		R       string
		Inverse bool
	}
	switch p {
	case doc.Plays:
		return []rel{{"P175", true}} // the character's performer is the actor
	case doc.CastIn:
		return []rel{{"P161", true}}
	case doc.AppearsIn:
		return []rel{{"P674", true}, {"P1441", false}}
	case doc.BasedOn, doc.SpokeTo, doc.Arrested, doc.Killed, doc.OrderedKilling, doc.SeasonOf:
		return nil
	case doc.Premiere, doc.Published:
		return []rel{{"P577", false}}
	case doc.Founded:
		return []rel{{"P112", true}}
	}
	in, ok := doc.Info(p)
	if !ok || in.Wikidata == "" {
		return nil
	}
	if _, scored := Labels[in.Wikidata]; !scored {
		return nil
	}
	return []rel{{in.Wikidata, in.Inverse}}
}

// Evaluate runs annotate over every document of the file and scores the
// triples.
func Evaluate(path string, annotate func(text string) *doc.Doc) (Result, error) {
	docs, err := Read(path)
	if err != nil {
		return Result{}, err
	}
	scored := map[string]bool{}
	for p := range doc.Predicates {
		for _, r := range Relations(doc.Predicates[p].Predicate) {
			scored[r.R] = true
		}
	}
	by := map[string]*Counts{}
	for r := range scored {
		by[r] = &Counts{}
	}
	var all Counts
	var works WorkShare
	for i := range docs {
		gd := &docs[i]
		text, spans := Detokenize(gd)
		d := annotate(text)
		gold := map[triple]bool{}
		for _, l := range gd.Labels {
			if scored[l.R] {
				gold[triple{l.H, l.T, l.R}] = true
			}
		}
		g, f := worksFound(gd, spans, d)
		works.Gold += g
		works.Found += f
		pred := predict(gd, spans, d)
		for t := range pred {
			if !scored[t.r] {
				continue
			}
			by[t.r].Predicted++
			all.Predicted++
			if gold[t] {
				by[t.r].Correct++
				all.Correct++
			}
		}
		for t := range gold {
			by[t.r].Gold++
			all.Gold++
		}
	}
	if works.Gold > 0 {
		works.Share = float64(works.Found) / float64(works.Gold)
	}
	res := Result{PRF: prf(all), ByRelation: map[string]PRF{}, Documents: len(docs), Works: works}
	for r, c := range by {
		if c.Gold > 0 || c.Predicted > 0 {
			res.ByRelation[r] = prf(*c)
		}
	}
	return res, nil
}

// workHeads are the relations whose head is a work.
var workHeads = map[string]bool{"P161": true, "P449": true, "P674": true, "P577": true}

// worksFound counts the gold works of a document (MISC heads of workHeads
// triples) and those with a WORK mention of ours overlapping one of theirs.
func worksFound(gd *Document, spans [][][2]int, d *doc.Doc) (gold, found int) {
	seen := map[int]bool{}
	for _, l := range gd.Labels {
		if !workHeads[l.R] || seen[l.H] || l.H >= len(gd.VertexSet) || len(gd.VertexSet[l.H]) == 0 || gd.VertexSet[l.H][0].Type != "MISC" {
			continue
		}
		seen[l.H] = true
		gold++
	search:
		for _, m := range gd.VertexSet[l.H] {
			if m.SentID >= len(spans) || m.Pos[1] > len(spans[m.SentID]) || m.Pos[1] <= m.Pos[0] {
				continue
			}
			g := doc.Span{Start: spans[m.SentID][m.Pos[0]][0], End: spans[m.SentID][m.Pos[1]-1][1]}
			for _, om := range d.Mentions {
				if om.Type == doc.Work && om.Overlaps(g) {
					found++
					break search
				}
			}
		}
	}
	return gold, found
}

// predict turns d's claims into triples over the gold entities.
func predict(gd *Document, spans [][][2]int, d *doc.Doc) map[triple]bool {
	// Gold mention byte spans.
	type gm struct{ start, end, v int }
	var gms []gm
	for v, ms := range gd.VertexSet {
		for _, m := range ms {
			if m.SentID >= len(spans) || m.Pos[0] >= len(spans[m.SentID]) || m.Pos[1]-1 >= len(spans[m.SentID]) || m.Pos[1] <= m.Pos[0] {
				continue
			}
			gms = append(gms, gm{spans[m.SentID][m.Pos[0]][0], spans[m.SentID][m.Pos[1]-1][1], v})
		}
	}
	vertexOf := func(s doc.Span) int {
		best, bestOv := -1, 0
		for _, g := range gms {
			ov := min(s.End, g.end) - max(s.Start, g.start)
			if ov > bestOv {
				best, bestOv = g.v, ov
			}
		}
		return best
	}
	// Each entity of ours votes for the gold entity its mentions overlap.
	ent := make([]int, len(d.Entities))
	for e := range d.Entities {
		votes := map[int]int{}
		for _, mi := range d.Entities[e].Mentions {
			if v := vertexOf(d.Mentions[mi].Span); v >= 0 {
				votes[v]++
			}
		}
		ent[e] = -1
		best := 0
		for v, n := range votes {
			if n > best || (n == best && v < ent[e]) {
				ent[e], best = v, n
			}
		}
	}
	out := map[triple]bool{}
	for _, c := range d.Claims {
		rels := Relations(c.Predicate)
		if len(rels) == 0 {
			continue
		}
		h := ent[c.Subject]
		t := -1
		if c.Object >= 0 {
			t = ent[c.Object]
		} else {
			// A literal: the time expression of that value in the evidence.
			for _, tx := range d.Timexes {
				if tx.Value == c.Value && c.Evidence.Contains(tx.Span) {
					t = vertexOf(tx.Span)
					break
				}
			}
		}
		if h < 0 || t < 0 || h == t {
			continue
		}
		for _, r := range rels {
			if r.Inverse {
				out[triple{t, h, r.R}] = true
			} else {
				out[triple{h, t, r.R}] = true
			}
		}
	}
	return out
}
