package ner

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/gazetteer"
)

// Gazetteer flags of a token (tok.gaz).
const (
	gGiven      = 1 << iota // a known given name
	gGivenFreq              // a common given name
	gCountry                // in a country name
	gNation                 // in a nationality
	gCity                   // in a city name
	gPlatform               // in a platform or broadcaster name
	gAcronym                // an organization acronym
	gLegal                  // in an organization legal form ("Inc", "Ltd")
	gOrgCue                 // an organization cue word ("Agency", "University")
	gEventCue               // an event cue word ("War", "Festival")
	gTitle                  // a person title ("Mr", "President")
	gCommon                 // a common word often capitalised at sentence start
	gMatchStart             // first word of a multi-word match
	gMatchEnd               // last word of a multi-word match

	// gKnown marks, in lexEntry.gaz, that the word flags were set when
	// the model was built; it is not a feature.
	gKnown = 1 << 15
)

// lexicon gives tokens their gazetteer flags and maps types (Places).
type lexicon struct {
	g *gazetteer.Gazetteer
}

// memoSet marks a computed entry of the memo of lexicon.flags.
const memoSet = 1 << 31

// flags sets the gazetteer flags of a sentence's tokens. Only words that
// start with a capital letter or are all capitals are looked up. memo,
// when not nil, keeps the single-word flags of the words the model's
// table does not know, by document slot (tok.slot); its entries start 0.
func (l *lexicon) flags(words []string, toks []tok, memo []uint32) {
	for i := 0; i < len(words); {
		w := words[i]
		if !capitalised(w) {
			i++
			continue
		}
		n, kind, _, ok := l.g.Match(words, i)
		if ok && n > 0 {
			var bit uint32
			switch kind {
			case gazetteer.Country:
				bit = gCountry
			case gazetteer.Nationality:
				bit = gNation
			case gazetteer.City:
				bit = gCity
			case gazetteer.Platform:
				bit = gPlatform
			case gazetteer.OrgAcronym:
				bit = gAcronym
			case gazetteer.LegalForm:
				bit = gLegal
			}
			for j := i; j < i+n && j < len(toks); j++ {
				toks[j].gaz |= bit
			}
			if n > 1 {
				toks[i].gaz |= gMatchStart
				if e := i + n - 1; e < len(toks) {
					toks[e].gaz |= gMatchEnd
				}
			}
		}
		for j := i; j < len(words) && j < i+max(n, 1); j++ {
			t := &toks[j]
			switch {
			case !capitalised(words[j]):
			case t.lexgaz&gKnown != 0:
				t.gaz |= uint32(t.lexgaz &^ gKnown)
			case memo != nil && t.slot >= 0 && int(t.slot) < len(memo):
				// looked up once per document and word
				v := memo[t.slot]
				if v&memoSet == 0 {
					v = l.wordFlags(words[j]) | memoSet
					memo[t.slot] = v
				}
				t.gaz |= v &^ memoSet
			default:
				t.gaz |= l.wordFlags(words[j])
			}
		}
		i += max(n, 1)
	}
}

// wordFlags returns the single-word flags of a capitalised word. They
// ignore case and accents, so the model can keep them for the words of its
// table (lexEntry.gaz) and look up only the others.
func (l *lexicon) wordFlags(w string) uint32 {
	var f uint32
	if n, ok := l.g.GivenName(w); ok {
		f |= gGiven
		if n.Count >= 2000 {
			f |= gGivenFreq
		}
	}
	if l.g.OrgCue(w) {
		f |= gOrgCue
	}
	if l.g.EventCue(w) {
		f |= gEventCue
	}
	if _, ok := l.g.Title(w); ok {
		f |= gTitle
	}
	if l.g.CommonWord(w) {
		f |= gCommon
	}
	return f
}

func capitalised(w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// GPE implements Places.
func (l *lexicon) GPE(name string) bool {
	if _, ok := l.g.Country(name); ok {
		return true
	}
	_, ok := l.g.City(name)
	return ok
}

// Nationality implements Places.
func (l *lexicon) Nationality(name string) bool {
	_, ok := l.g.Nationality(name)
	return ok
}

// EventCue implements Places.
func (l *lexicon) EventCue(word string) bool { return l.g.EventCue(word) }
