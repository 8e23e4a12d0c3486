package ner

import (
	"math"
	"strings"

	"github.com/newsgraph/newsgraph/doc"
)

// Source is the Mention.Source of the tagger's mentions.
const Source = "ner"

// Places tells the type mapping which names are geopolitical places and
// nationalities (see MODEL.md). A nil Places maps every LOC to LOC and
// drops every MISC that no cue makes a work or an event.
type Places interface {
	// GPE reports whether name is a country, state or city.
	GPE(name string) bool
	// Nationality reports whether name is a nationality or demonym
	// ("Mexican", "South African").
	Nationality(name string) bool
	// EventCue reports whether word, in a name, marks an event ("War",
	// "Olympics").
	EventCue(word string) bool
}

// Tag tags d's sentences (d.Tokens and d.Sentences must be filled, as
// segment.Segment does) and appends a doc.Mention for each name found,
// with Kind Name, Entity -1, Source "ner" and a Score in (0, 1) from the
// decision margin. Model types are mapped to ours as MODEL.md describes;
// MISC names that map to none of ours are left out.
func (m *Model) Tag(d *doc.Doc) {
	if len(d.Sentences) == 0 || len(d.Tokens) == 0 {
		return
	}
	sents := make([][]string, 0, len(d.Sentences))
	firsts := make([]int, 0, len(d.Sentences))
	for _, s := range d.Sentences {
		if s.First < 0 || s.Last > len(d.Tokens) || s.First >= s.Last {
			continue
		}
		words := make([]string, 0, s.Last-s.First)
		for i := s.First; i < s.Last; i++ {
			t := d.Tokens[i]
			if t.Start < 0 || t.End > len(d.Body) || t.Start > t.End {
				words = append(words, "")
				continue
			}
			words = append(words, d.Body[t.Start:t.End])
		}
		sents = append(sents, words)
		firsts = append(firsts, s.First)
	}
	s := m.getScratch()
	defer m.pool.Put(s)
	m.prepare(s, sents)
	m.decode(s, sents)
	off := 0
	for k, words := range sents {
		classes := s.class[off : off+len(words)]
		margins := s.margin[off : off+len(words)]
		for i := 0; i < len(classes); {
			c := classes[i]
			if c == 0 {
				i++
				continue
			}
			j := i + 1
			if p := prefixOf(c); p == pB {
				for j < len(classes) && typeOf(classes[j]) == typeOf(c) && (prefixOf(classes[j]) == pI || prefixOf(classes[j]) == pL) {
					j++
					if prefixOf(classes[j-1]) == pL {
						break
					}
				}
			}
			minMargin := float32(math.Inf(1))
			for _, mg := range margins[i:j] {
				minMargin = min(minMargin, mg)
			}
			first, last := firsts[k]+i, firsts[k]+j-1
			span := doc.Span{Start: d.Tokens[first].Start, End: d.Tokens[last].End}
			if typ, ok := m.mapType(m.Types[typeOf(c)], d, words, i, j, firsts[k]); ok {
				d.Mentions = append(d.Mentions, doc.Mention{
					Span:   span,
					Text:   d.Body[span.Start:span.End],
					Type:   typ,
					Kind:   doc.Name,
					Entity: -1,
					Score:  marginScore(minMargin),
					Source: Source,
				})
			}
			i = j
		}
		off += len(words)
	}
}

// marginScore squashes a decision margin into (0, 1).
func marginScore(m float32) float64 {
	return 1 / (1 + math.Exp(-float64(m)/marginScale))
}

// marginScale is the margin that scores 0.73 (1/(1+e^-1)).
const marginScale = 2.0

// workCues are words that, right before a title-cased name, make it a
// creative work.
var workCues = map[string]bool{
	"series": true, "film": true, "movie": true, "show": true, "album": true,
	"song": true, "single": true, "book": true, "novel": true, "play": true,
	"documentary": true, "sitcom": true, "drama": true, "miniseries": true,
	"musical": true, "opera": true, "programme": true, "program": true,
	"game": true, "episode": true,
}

// eventWords are words that, inside a MISC name, make it an event when no
// Places is set.
var eventWords = map[string]bool{
	"war": true, "olympics": true, "games": true, "cup": true, "championship": true,
	"championships": true, "open": true, "festival": true, "awards": true,
	"summit": true, "election": true, "elections": true, "revolution": true,
	"prix": true, "tour": true, "conference": true, "marathon": true,
	"oscars": true, "emmys": true, "olympiad": true,
}

// mapType maps a model type to ours for the name words[i:j] of a sentence
// whose first token is d.Tokens[first]. ok is false for names to drop.
func (m *Model) mapType(typ string, d *doc.Doc, words []string, i, j, first int) (t doc.EntityType, ok bool) {
	name := strings.Join(words[i:j], " ")
	switch typ {
	case "PER", "PERSON":
		return doc.Person, true
	case "ORG", "ORGANIZATION", "ORGANISATION":
		return doc.Org, true
	case "LOC", "LOCATION", "GPE":
		if m.places != nil && m.places.GPE(name) {
			return doc.GPE, true
		}
		return doc.Loc, true
	case "MISC":
		if m.places != nil && m.places.Nationality(name) {
			return doc.NORP, true
		}
		if isWork(d, words, i, j, first) {
			return doc.Work, true
		}
		for _, w := range words[i:j] {
			lw := strings.ToLower(w)
			if eventWords[lw] || (m.places != nil && m.places.EventCue(w)) {
				return doc.Event, true
			}
		}
		return "", false
	}
	return "", false
}

// isWork reports whether the name words[i:j] reads as a work title: in
// quotation marks, or after a cue ("the series X", "season 2 of X").
func isWork(d *doc.Doc, words []string, i, j, first int) bool {
	if i > 0 && j < len(words) && isOpenQuote(d, first+i-1, words[i-1]) && isCloseQuote(d, first+j, words[j]) {
		return true
	}
	if i > 0 && workCues[strings.ToLower(words[i-1])] {
		return true
	}
	// "season 2 of X"
	if i >= 3 && strings.EqualFold(words[i-1], "of") && strings.EqualFold(words[i-3], "season") {
		return true
	}
	return false
}

func isOpenQuote(d *doc.Doc, tok int, w string) bool {
	if tok >= 0 && tok < len(d.Tokens) && d.Tokens[tok].Kind == doc.OpenQuote {
		return true
	}
	return w == "\"" || w == "\u201C" || w == "\u2018" || w == "'"
}

func isCloseQuote(d *doc.Doc, tok int, w string) bool {
	if tok >= 0 && tok < len(d.Tokens) && d.Tokens[tok].Kind == doc.CloseQuote {
		return true
	}
	return w == "\"" || w == "\u201D" || w == "\u2019" || w == "'"
}
