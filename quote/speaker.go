package quote

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/doc"
)

// emit resolves speakers in document order and appends the kept spans to
// d.Quotes.
func (r *run) emit() {
	slices.SortStableFunc(r.spans, func(a, b qspan) int { return cmp.Compare(a.first, b.first) })
	r.carryOn()
	prev := -1 // entity of the last attributed speaker
	for k := range r.spans {
		s := &r.spans[k]
		if !s.keep {
			continue
		}
		switch s.how {
		case howCarried:
			// The source precedes s and was resolved already.
			src := r.carriedSource(k)
			if src >= 0 {
				s.speaker = r.spans[src].speaker
				s.cueStart, s.cueEnd = r.spans[src].cueStart, r.spans[src].cueEnd
			}
		case howNone:
			// No cue: the subject of the sentence before, when it names
			// someone ("Marsh stood by her. “She has earned a second term.”").
			if ss, se, ok := r.ownSubject(s); ok {
				// A quote inside a sentence with no cue: its subject
				// ("Huckabee is labeling the order “an abuse of power.”").
				s.how = howGuess
				s.speaker, s.speakerSpan = r.resolve(ss, se, prev)
			} else if ss, se, ok := r.previousSubject(s.open); ok {
				s.how = howGuess
				s.speaker, s.speakerSpan = r.resolve(ss, se, prev)
			}
		default:
			s.speaker, s.speakerSpan = r.resolve(s.subjS, s.subjE, prev)
		}
		if s.speaker >= 0 {
			prev = s.speaker
		}
		r.d.Quotes = append(r.d.Quotes, r.quote(s))
	}
}

// carryOn gives a quotation with no cue of its own the attribution of the
// quote or report of speech just before it, in its paragraph or, when it
// opens its paragraph, in the paragraph before ("Smith says the plan will
// fail. “We warned them.”").
func (r *run) carryOn() {
	last := -1
	for k := range r.spans {
		s := &r.spans[k]
		if !s.keep {
			continue
		}
		if s.how == howNone && last >= 0 {
			f := &r.spans[last]
			if f.para == s.para || s.open == r.paraS[s.para] && f.para == s.para-1 {
				s.how = howCarried
				s.cueStart, s.cueEnd = f.cueStart, f.cueEnd
			}
		}
		if s.cueStart >= 0 {
			last = k
		} else {
			last = -1
		}
	}
}

// previousSubject finds the subject of the sentence that ends right before
// token open, in its paragraph or, when open starts its paragraph, the last
// sentence of the paragraph before: a name or a subject pronoun opening it.
func (r *run) previousSubject(open int) (int, int, bool) {
	end := open // the previous sentence ends before end
	if end == 0 {
		return 0, 0, false
	}
	for end > 0 && r.marks[end-1] != noMark {
		end--
	}
	if end == 0 || !(r.sentenceEnd(end-1) || r.isText(end-1, ":")) && r.para[end-1] == r.para[open] {
		return 0, 0, false
	}
	if r.para[open]-r.para[end-1] > 1 {
		return 0, 0, false
	}
	start := r.sentenceStart(end - 1)
	if r.marks[start] != noMark {
		return 0, 0, false // a quotation, not a sentence about someone
	}
	if r.subjectPronoun(start) && string(r.lower(start)) != "it" && string(r.lower(start)) != "you" {
		return start, start + 1, true
	}
	ss, se, ok := r.nameAfter(start, end-1)
	if !ok || !r.nameLike(ss) || se >= end-1 {
		return 0, 0, false
	}
	if len(r.ments) > 0 {
		m := r.mentionOver(doc.Span{Start: r.toks[ss].Start, End: r.toks[se-1].End})
		if m < 0 || r.d.Mentions[m].Kind != doc.Name || r.d.Mentions[m].Type != doc.Person && r.d.Mentions[m].Type != doc.Org {
			return 0, 0, false
		}
	}
	return ss, se, true
}

// ownSubject finds the subject of the sentence that holds the quote s
// when words of that sentence come before its opening mark.
func (r *run) ownSubject(s *qspan) (int, int, bool) {
	start := r.sentenceStart(s.open)
	words := 0
	for i := start; i < s.open; i++ {
		if r.marks[i] != noMark {
			start, words = i+1, 0
			continue
		}
		if r.isWord(i) {
			words++
		}
	}
	if words < 2 {
		return 0, 0, false
	}
	return r.sentenceSubject(start, s.open)
}

// allCaps reports whether word token i has two or more letters, all
// upper case.
func (r *run) allCaps(i int) bool {
	t := r.text(i)
	n := 0
	for _, c := range t {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			n++
		}
	}
	return n > 1
}

// carriedSource finds the kept span before k that shares k's cue.
func (r *run) carriedSource(k int) int {
	s := &r.spans[k]
	for j := k - 1; j >= 0; j-- {
		f := &r.spans[j]
		if f.keep && f.cueStart == s.cueStart && f.how != howCarried {
			return j
		}
	}
	return -1
}

// quote turns a kept span into a doc.Quote.
func (r *run) quote(s *qspan) doc.Quote {
	span := doc.Span{Start: r.toks[s.first].Start, End: r.toks[s.last-1].End}
	q := doc.Quote{
		Span:        span,
		Text:        r.d.Body[span.Start:span.End],
		Direct:      s.direct,
		Speaker:     s.speaker,
		SpeakerSpan: s.speakerSpan,
	}
	if s.cueStart >= 0 {
		q.CueSpan = doc.Span{Start: r.toks[s.cueStart].Start, End: r.toks[s.cueEnd-1].End}
		q.Cue = r.d.Body[q.CueSpan.Start:q.CueSpan.End]
	}
	switch s.how {
	case howAfter:
		q.Score = scoreCueAfter
	case howBefore:
		q.Score = scoreCueBefore
	case howCarried:
		q.Score = scoreCarried
	case howIndirect:
		q.Score = scoreIndirect
	case howGuess:
		q.Score = scoreGuess
	case howTrailing:
		q.Score = scoreTrailing
	default:
		q.Score = scoreNoCue
	}
	if q.Speaker < 0 && s.how != howNone && s.how != howCarried && q.SpeakerSpan == (doc.Span{}) {
		q.Score *= 0.8
	}
	q.About = r.about(span, s, q.Speaker)
	return q
}

// about lists the entities named inside the quote and the X of "said of
// X", leaving out the speaker.
func (r *run) about(span doc.Span, s *qspan, speaker int) []int {
	var out []int
	add := func(e int) {
		if e >= 0 && e != speaker && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	for _, m := range r.mentionsIn(span) {
		if r.d.Mentions[m].Kind == doc.Name {
			add(r.d.Mentions[m].Entity)
		}
	}
	if s.ofS >= 0 {
		of := doc.Span{Start: r.toks[s.ofS].Start, End: r.toks[s.ofE-1].End}
		for _, m := range r.mentionsIn(of) {
			add(r.d.Mentions[m].Entity)
		}
	}
	return out
}

// mentionsIn returns the mentions that lie inside span, by position.
func (r *run) mentionsIn(span doc.Span) []int {
	var out []int
	i, _ := slices.BinarySearchFunc(r.ments, span.Start, func(m, off int) int { return cmp.Compare(r.d.Mentions[m].Start, off) })
	for ; i < len(r.ments); i++ {
		m := r.d.Mentions[r.ments[i]]
		if m.Start >= span.End {
			break
		}
		if span.Contains(m.Span) {
			out = append(out, r.ments[i])
		}
	}
	return out
}

// mentionOver returns the best mention overlapping span: a name of a person
// or organization first, then any name, a pronoun, a nominal; -1 if none.
func (r *run) mentionOver(span doc.Span) int {
	best, bestRank := -1, 0
	i, _ := slices.BinarySearchFunc(r.ments, span.Start-200, func(m, off int) int { return cmp.Compare(r.d.Mentions[m].Start, off) })
	for ; i < len(r.ments); i++ {
		m := r.d.Mentions[r.ments[i]]
		if m.Start >= span.End {
			break
		}
		if !m.Overlaps(span) {
			continue
		}
		rank := 1
		switch {
		case m.Kind == doc.Name && (m.Type == doc.Person || m.Type == doc.Org):
			rank = 4
		case m.Kind == doc.Name:
			rank = 3
		case m.Kind == doc.Pronoun:
			rank = 2
		}
		if rank > bestRank {
			best, bestRank = r.ments[i], rank
		}
	}
	return best
}

// resolve finds the entity of the speaker phrase [ss, se) and the span to
// report for it. prev is the entity of the last quote's speaker, or -1.
func (r *run) resolve(ss, se, prev int) (int, doc.Span) {
	if ss < 0 || se <= ss {
		return -1, doc.Span{}
	}
	span := doc.Span{Start: r.toks[ss].Start, End: r.toks[se-1].End}
	if m := r.mentionOver(span); m >= 0 {
		mt := r.d.Mentions[m]
		if mt.Entity >= 0 && mt.Entity < len(r.d.Entities) {
			return mt.Entity, mt.Span
		}
		if mt.Kind == doc.Name {
			return -1, mt.Span
		}
	}
	// A name in capitals that the tagger missed ("SMITH:" in a
	// transcript): the person whose name ends with it.
	if se-ss == 1 && r.allCaps(ss) {
		if e := r.entityBySurname(ss); e >= 0 {
			return e, span
		}
	}
	// A pronoun that coreference left unlinked.
	if se-ss == 1 {
		if g, ok := r.pronoun(ss); ok {
			return r.pronounEntity(string(r.lower(ss)), g, span.Start, prev), span
		}
	}
	// A definite role noun: "the actor", "the 44-year-old", "the company".
	first := string(r.lower(ss))
	old := false // "the 44-year-old", "the 61-year-old engineer"
	for i := ss; i < se; i++ {
		old = old || hasSuffix(string(r.lower(i)), "-old")
	}
	if first == "the" || old {
		switch {
		case r.is(se-1, fRole) || old:
			return r.lastEntity(doc.Person, doc.Unknown, span.Start, prev), span
		case r.is(se-1, fOrg):
			return r.lastEntity(doc.Org, doc.Unknown, span.Start, prev), span
		}
	}
	return -1, span
}

// pronounEntity resolves an unlinked pronoun: the previous quote's speaker
// when it fits, else the last person (or organization, for "it") named
// before.
func (r *run) pronounEntity(word string, g doc.Gender, off, prev int) int {
	switch word {
	case "he", "she":
		return r.lastEntity(doc.Person, g, off, prev)
	case "it", "they", "we":
		return r.lastEntity(doc.Org, doc.Unknown, off, prev)
	}
	return -1
}

// lastEntity returns prev when it is of type t and fits gender g, else the
// entity of the last name mention of type t before off that fits g; -1 when
// none.
func (r *run) lastEntity(t doc.EntityType, g doc.Gender, off, prev int) int {
	fits := func(e int) bool {
		if e < 0 || e >= len(r.d.Entities) {
			return false
		}
		en := r.d.Entities[e]
		return en.Type == t && (g == doc.Unknown || en.Gender == doc.Unknown || en.Gender == g)
	}
	strict := func(e int) bool { return fits(e) && (g == doc.Unknown || r.d.Entities[e].Gender == g) }
	if strict(prev) {
		return prev
	}
	i, _ := slices.BinarySearchFunc(r.ments, off, func(m, o int) int { return cmp.Compare(r.d.Mentions[m].Start, o) })
	fallback := -1
	for j := i - 1; j >= 0; j-- {
		m := r.d.Mentions[r.ments[j]]
		if m.Kind != doc.Name {
			continue
		}
		if strict(m.Entity) {
			return m.Entity
		}
		if fallback < 0 && fits(m.Entity) {
			fallback = m.Entity
		}
	}
	if fallback < 0 && fits(prev) {
		return prev
	}
	return fallback
}

// entityBySurname returns the person whose name's last word is token i,
// case aside, the one with most mentions; -1 when none.
func (r *run) entityBySurname(i int) int {
	w := r.text(i)
	best, most := -1, 0
	for e, en := range r.d.Entities {
		if en.Type != doc.Person {
			continue
		}
		last := en.Name
		for k := len(last) - 1; k >= 0; k-- {
			if last[k] == ' ' {
				last = last[k+1:]
				break
			}
		}
		if strings.EqualFold(last, w) && len(en.Mentions) > most {
			best, most = e, len(en.Mentions)
		}
	}
	return best
}
