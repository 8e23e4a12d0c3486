// Package mention finds entity mentions by rules: gazetteers, capitalisation,
// work-title cues and the words around a name. It is the first tagger of the
// pipeline and, beside the trained model (package ner), the layer that knows
// what statistics miss: titles of works, platforms, operations, outlets.
package mention

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/gazetteer"
)

// Rules is the rule-based tagger. It is safe for concurrent use.
type Rules struct {
	gaz *gazetteer.Gazetteer
}

// tagger is the state of one Tag call: the Rules and a cache of the
// given-name decisions for the document's words.
type tagger struct {
	*Rules
	given map[string]bool
	gazc  map[string]gazResult
}

// NewRules returns a rule tagger reading the gazetteer g.
func NewRules(g *gazetteer.Gazetteer) *Rules { return &Rules{gaz: g} }

// Scores given to rule mentions, by how they were found. The trained model's
// scores lie in (0, 1]; Resolve keeps the higher-scored of two overlapping
// mentions.
const (
	scoreTitle    = 0.97 // a work title found by a cue
	scoreGazet    = 0.93 // platform, country, city, nationality
	scoreCue      = 0.9  // organisation or operation cue word, role noun before a name
	scoreCast     = 0.91 // a name in parentheses after a character's name
	scoreGiven    = 0.8  // a given name starts the span
	scoreContext  = 0.75 // a speech verb or a cast parenthesis around it
	scoreFallback = 0.45 // capitalised words, nothing else known
)

// Tag appends the mentions the rules find to d.Mentions. It reads mentions
// already there (from an earlier tagger) to recognise surnames of known
// people.
func (rs *Rules) Tag(d *doc.Doc) {
	if len(d.Tokens) == 0 {
		return
	}
	r := &tagger{Rules: rs, given: make(map[string]bool), gazc: make(map[string]gazResult)}
	words := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		words[i] = d.Body[t.Start:t.End]
	}
	titles := r.workTitles(d, words)
	var singles []int // tokens of one-word chunks decided later
	for si := range d.Sentences {
		s := d.Sentences[si]
		for i := s.First; i < s.Last; {
			if d.Tokens[i].Kind == doc.Number {
				// "3 Crosses", a title that starts with a number
				if n := titles.match(words, i, s.Last); n > 0 {
					r.add(d, i, i+n, doc.Work, scoreTitle, "rules:title")
					i += n
					continue
				}
			}
			if d.Tokens[i].Kind != doc.Word || !capitalised(words[i]) {
				i++
				continue
			}
			if n := titles.match(words, i, s.Last); n > 0 {
				r.add(d, i, i+n, doc.Work, scoreTitle, "rules:title")
				i += n
				continue
			}
			end := r.chunk(d, words, i, s.Last)
			// A known title inside the run starts a new run: "the Samsung
			// Galaxy S9" when "Galaxy S9" is a title.
			for k := i + 1; k < end; k++ {
				if len(titles[words[k]]) > 0 && titles.match(words, k, s.Last) > 0 {
					end = k
					break
				}
			}
			if n, kind, _, ok := r.gaz.Match(words[i:s.Last], 0); ok && n > 0 && (n >= end-i || r.gazetteerFirst(kind, words[i:end])) &&
				!(n == 1 && r.gaz.CommonWord(lower(words[i])) && r.sentenceStart(d, words, i, s)) {
				if t, ok := gazType(kind); ok {
					r.add(d, i, i+n, t, scoreGazet, "rules:gazetteer")
					i += n
					continue
				}
			}
			a := i
			// Leading titles ("Sheriff", "Mr.") and sentence-initial function
			// words ("The", "However") are not part of the name.
			personCue := false
			for a < end {
				lw := lower(words[a])
				if _, ok := r.gaz.Title(lw); ok && a+1 < end {
					personCue = true
					a++
					continue
				}
				if calendar[lw] || (r.gaz.CommonWord(lw) && r.sentenceStart(d, words, a, s)) {
					a++
					continue
				}
				break
			}
			if a >= end {
				i = end
				continue
			}
			t, score, src := r.classify(d, words, a, end, s, personCue)
			switch {
			case t != "" && hasQuote(d, a, end):
				r.add(d, a, end, t, scoreTitle, "rules:nickname")
			case t != "":
				r.add(d, a, end, t, score, src)
			case end-a == 1:
				singles = append(singles, a)
			}
			i = end
		}
	}
	r.tagSingles(d, words, singles)
}

// sentenceStart reports whether token a begins its sentence, possibly after
// an opening quotation mark or a bracket.
func (r *tagger) sentenceStart(d *doc.Doc, words []string, a int, s doc.Sentence) bool {
	for k := s.First; k < a; k++ {
		if d.Tokens[k].Kind == doc.Word || d.Tokens[k].Kind == doc.Number {
			return false
		}
	}
	return true
}

// chunk returns the end of the run of capitalised words that starts at i:
// particles ("de", "van") between capitals, a quoted nickname
// (Joaquín "El Chapo" Guzmán) and "of" inside organisation names are kept.
func (r *tagger) chunk(d *doc.Doc, words []string, i, last int) int {
	j := i + 1
	hasCue := r.gaz.OrgCue(words[i])
	for j < last {
		w := words[j]
		tk := d.Tokens[j].Kind
		switch {
		case tk == doc.Word && capitalised(w) && !calendar[lower(w)]:
			if r.gaz.OrgCue(w) {
				hasCue = true
			}
			j++
			continue
		case tk == doc.Word && particles[lower(w)] && j+1 < last && d.Tokens[j+1].Kind == doc.Word && capitalised(words[j+1]):
			j += 2
			continue
		case (w == "of" || w == "for") && hasCue && j+1 < last && d.Tokens[j+1].Kind == doc.Word && capitalised(words[j+1]) && !calendar[lower(words[j+1])]:
			j += 2
			continue
		case w == "&" && j+1 < last && capitalised(words[j+1]):
			j += 2
			continue
		case tk == doc.OpenQuote:
			// A nickname: an opening mark, one to three capitalised words, a
			// closing mark, and a capitalised surname right after.
			k := j + 1
			for k < last && k-j <= 3 && d.Tokens[k].Kind == doc.Word && capitalised(words[k]) {
				k++
			}
			if k > j+1 && k < last && d.Tokens[k].Kind == doc.CloseQuote && k+1 < last &&
				d.Tokens[k+1].Kind == doc.Word && capitalised(words[k+1]) && d.Tokens[k].End == d.Tokens[k+1].Start-1 {
				j = k + 2
				continue
			}
		}
		break
	}
	return j
}

// classify decides the type of the capitalised run words[a:end], or ""
// when the rules cannot tell.
func (r *tagger) classify(d *doc.Doc, words []string, a, end int, s doc.Sentence, personCue bool) (doc.EntityType, float64, string) {
	text := d.Body[d.Tokens[a].Start:d.Tokens[end-1].End]
	n := end - a
	if t, score, ok := r.gazClass(text, n); ok {
		return t, score, "rules:gazetteer"
	}
	if n >= 2 && r.gaz.EventCue(words[a]) {
		return doc.Event, scoreCue, "rules:cue"
	}
	for k := a; k < end; k++ {
		if r.gaz.OrgCue(words[k]) && (n >= 2 || k > a) {
			return doc.Org, scoreCue, "rules:cue"
		}
	}
	prev, next := "", ""
	if a > s.First {
		prev = lower(words[a-1])
	}
	if end < s.Last {
		next = lower(words[end])
	}
	if n == 1 && allCaps(words[a]) {
		if prev == "told" || prev == "tells" {
			return doc.Org, scoreContext, "rules:outlet"
		}
		return doc.Org, scoreCue, "rules:context"
	}
	// A platform after a release verb: "debuts on Hulu", "available to
	// stream on Vidmo", whatever its name.
	if prev == "on" && releaseBefore(words, a-1, s.First) && !r.givenName(words[a]) {
		return doc.Org, scoreContext, "rules:platform"
	}
	// A person after "according to" or after "directed by", whatever
	// their name: "according to Oona", "created by Dorota".
	if a >= s.First+2 && lower(words[a-2]) == "according" && prev == "to" && !allCaps(words[a]) {
		return doc.Person, scoreContext, "rules:speaker"
	}
	if prev == "by" && a >= s.First+2 && makerVerbs[lower(words[a-2])] && !r.hasOrgCue(words[a:end]) {
		return doc.Person, scoreContext, "rules:maker"
	}
	// An outlet after "told": "told Variety", "told The Screen Desk".
	if (prev == "told" || prev == "tells") && !r.givenName(words[a]) && !knownPerson(d, words[a], d.Tokens[a].Span) {
		return doc.Org, scoreContext, "rules:outlet"
	}
	if personCue {
		return doc.Person, scoreCue, "rules:honorific"
	}
	// "Sofia Marchetti, who heads …": organisations take "which".
	if next == "," && end+1 < s.Last && lower(words[end+1]) == "who" && n >= 2 && r.givenName(words[a]) {
		return doc.Person, scoreContext, "rules:who"
	}
	if _, ok := r.gaz.RoleNoun(prev); ok && prev != "" {
		return doc.Person, scoreCue, "rules:role"
	}
	// "(Michael Peña)" after a name: the cast of a character.
	if prev == "(" && next == ")" && a >= 2 && d.Tokens[a-2].Kind == doc.Word && capitalised(words[a-2]) &&
		(n > 1 || !r.gaz.CommonWord(lower(words[a]))) {
		return doc.Person, scoreCast, "rules:cast"
	}
	if n >= 2 && r.givenName(words[a]) {
		return doc.Person, scoreGiven, "rules:given"
	}
	if speechVerbs[next] || personVerbs[next] {
		return doc.Person, scoreContext, "rules:context"
	}
	if n >= 2 && n <= 4 && !hasDigit(text) {
		return doc.Person, scoreFallback, "rules:fallback"
	}
	return "", 0, ""
}

// knownPerson reports whether w is a word of a person's name the taggers
// found earlier in the document.
func knownPerson(d *doc.Doc, w string, at doc.Span) bool {
	f := gazetteer.Fold(w)
	for _, m := range d.Mentions {
		if m.Type != doc.Person || m.Source == "rules:outlet" || m.Overlaps(at) {
			continue
		}
		for _, x := range strings.Fields(m.Text) {
			if gazetteer.Fold(x) == f {
				return true
			}
		}
	}
	return false
}

// releaseBefore reports whether a release verb ("debuts", "streams",
// "premiered", "available") stands within four words before token on.
func releaseBefore(words []string, on, first int) bool {
	for k := on - 1; k >= first && k >= on-4; k-- {
		if releaseVerbs[lower(words[k])] {
			return true
		}
	}
	return false
}

// gazetteerFirst reports whether a gazetteer entry of kind k that covers
// only the start of the capitalised run ws should stand alone: not when the
// run names an organisation ("Guadalajara Cartel") or a person whose given
// name is also a city ("Sofia Marchetti").
func (r *tagger) gazetteerFirst(k gazetteer.Kind, ws []string) bool {
	if r.hasOrgCue(ws) {
		return false
	}
	return !(k == gazetteer.City && r.givenName(ws[0]))
}

// gazResult is a cached gazetteer decision for a capitalised run.
type gazResult struct {
	t     doc.EntityType
	score float64
	ok    bool
}

// gazClass looks a capitalised run up as a platform, country, nationality
// or city, once per distinct text in the document.
func (r *tagger) gazClass(text string, n int) (doc.EntityType, float64, bool) {
	if g, ok := r.gazc[text]; ok {
		return g.t, g.score, g.ok
	}
	var g gazResult
	switch {
	case r.isPlatform(text):
		g = gazResult{doc.Org, scoreGazet, true}
	case r.isCountry(text):
		g = gazResult{doc.GPE, scoreGazet, true}
	case n == 1 && r.isNationality(text):
		g = gazResult{doc.NORP, scoreGazet, true}
	case n <= 3 && r.isCity(text):
		g = gazResult{doc.GPE, scoreGazet * 0.95, true}
	}
	r.gazc[text] = g
	return g.t, g.score, g.ok
}

func (r *tagger) isPlatform(s string) bool    { _, ok := r.gaz.Platform(s); return ok }
func (r *tagger) isCountry(s string) bool     { _, ok := r.gaz.Country(s); return ok }
func (r *tagger) isNationality(s string) bool { _, ok := r.gaz.Nationality(s); return ok }
func (r *tagger) isCity(s string) bool        { _, ok := r.gaz.City(s); return ok }

// hasOrgCue reports whether one of ws is an organisation cue word.
func (r *tagger) hasOrgCue(ws []string) bool {
	for _, w := range ws {
		if r.gaz.OrgCue(w) {
			return true
		}
	}
	return false
}

// givenName reports whether w is a given name common enough to count and
// not a common English word.
func (r *tagger) givenName(w string) bool {
	if v, ok := r.given[w]; ok {
		return v
	}
	g, ok := r.gaz.GivenName(w)
	v := ok && g.Count >= 200 && !r.gaz.CommonWord(lower(w))
	r.given[w] = v
	return v
}

// tagSingles types the one-word capitalised runs left over: a word of a
// known person's name is a person ("Luna" after "Diego Luna"), so is a
// common given name or a word before a speech verb.
func (r *tagger) tagSingles(d *doc.Doc, words []string, singles []int) {
	if len(singles) == 0 {
		return
	}
	known := make(map[string]doc.EntityType)
	for _, m := range d.Mentions {
		if m.Kind != doc.Name {
			continue
		}
		for _, w := range strings.Fields(m.Text) {
			w = gazetteer.Fold(strings.Trim(w, `"“”'‘’`))
			if len(w) > 1 && !r.gaz.CommonWord(w) {
				if _, dup := known[w]; !dup || m.Type == doc.Person {
					known[w] = m.Type
				}
			}
		}
	}
	for _, i := range singles {
		w := words[i]
		if t, ok := known[gazetteer.Fold(w)]; ok && (t == doc.Person || t == doc.Character) {
			r.add(d, i, i+1, t, scoreGiven, "rules:known")
			continue
		}
		next := ""
		if i+1 < len(words) {
			next = lower(words[i+1])
		}
		if r.gaz.CommonWord(lower(w)) {
			continue
		}
		if speechVerbs[next] || personVerbs[next] {
			r.add(d, i, i+1, doc.Person, scoreContext, "rules:context")
			continue
		}
		if i > 0 && (lower(words[i-1]) == "told" || lower(words[i-1]) == "tells") && !r.givenName(w) && !knownPerson(d, w, d.Tokens[i].Span) {
			r.add(d, i, i+1, doc.Org, scoreContext, "rules:context")
			continue
		}
		if r.givenName(w) {
			r.add(d, i, i+1, doc.Person, scoreFallback, "rules:given")
		}
	}
}

func (r *tagger) add(d *doc.Doc, a, b int, t doc.EntityType, score float64, src string) {
	sp := doc.Span{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End}
	d.Mentions = append(d.Mentions, doc.Mention{Span: sp, Text: d.Body[sp.Start:sp.End], Type: t, Kind: doc.Name, Entity: -1, Score: score, Source: src})
}

func gazType(k gazetteer.Kind) (doc.EntityType, bool) {
	switch k {
	case gazetteer.Country, gazetteer.City:
		return doc.GPE, true
	case gazetteer.Platform, gazetteer.OrgAcronym:
		return doc.Org, true
	case gazetteer.Nationality:
		return doc.NORP, true
	}
	return "", false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// tokenRange returns the tokens [a, b) covering span s.
func tokenRange(d *doc.Doc, s doc.Span) (int, int) {
	a := d.TokenAt(s.Start)
	b := a
	for b < len(d.Tokens) && d.Tokens[b].Start < s.End {
		b++
	}
	return a, b
}

// tier ranks the source of a mention: titles and nicknames found by cues
// beat the model, gazetteer entries beat it on the same span (a platform
// is an organisation whatever the model says), the model beats the other
// rules.
func tier(m doc.Mention) int {
	switch m.Source {
	case "rules:title", "rules:nickname":
		return 3
	case "rules:gazetteer", "rules:cast", "rules:extends", "rules:honorific", "rules:cue", "rules:outlet", "rules:platform", "rules:speaker", "rules:maker", "rules:who":
		return 2
	case "ner":
		return 1
	}
	return 0
}

// extendsModel reports whether m strictly contains a model mention of its
// own type, a name the model cut short.
func extendsModel(ms []doc.Mention, m doc.Mention) bool {
	for _, o := range ms {
		if o.Source == "ner" && o.Type == m.Type && m.Contains(o.Span) && m.Len() > o.Len() && m.Score >= scoreGiven {
			return true
		}
	}
	return false
}

// Resolve orders d.Mentions by position and drops overlaps. Of two
// overlapping mentions the one of higher tier stays, then the higher
// scored, then the longer; but a gazetteer entry inside a longer mention of
// the model ("Mexico" in "Bank of Mexico") gives way.
func Resolve(d *doc.Doc) {
	ms := d.Mentions[:0]
	for _, m := range d.Mentions {
		if m.Source == "rules:gazetteer" && insideLonger(d.Mentions, m) {
			continue
		}
		if m.Type == doc.Person && tier(m) == 0 && extendsModel(d.Mentions, m) {
			// "Miguel Ángel Félix Gallardo" where the model stopped short.
			m.Source = "rules:extends"
		}
		ms = append(ms, m)
	}
	sort.SliceStable(ms, func(x, y int) bool {
		a, b := ms[x], ms[y]
		if ta, tb := tier(a), tier(b); ta != tb {
			return ta > tb
		}
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		return a.Len() > b.Len()
	})
	used := make([]bool, len(d.Tokens))
	kept := ms[:0]
	for _, m := range ms {
		a, b := tokenRange(d, m.Span)
		// "Former Rovers", "Ex-Labour": a word saying a role is over opens
		// no name (a title keeps it: "Former Glory").
		for m.Type != doc.Work && b-a >= 2 && notNameStart[strings.ToLower(d.TokenText(a))] {
			a++
			for a < b && !nameEdge(d.Tokens[a].Kind) {
				a++
			}
		}
		// A name starts and ends on a word: "Vik)" is "Vik".
		for a < b && !nameEdge(d.Tokens[a].Kind) {
			a++
		}
		for b > a && !nameEdge(d.Tokens[b-1].Kind) {
			b--
		}
		if a < b && (d.Tokens[a].Start != m.Start || d.Tokens[b-1].End != m.End) {
			m.Span = doc.Span{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End}
			m.Text = d.Body[m.Start:m.End]
		}
		if w := d.TokenText(a); a < b && m.Type != doc.Work && len(w) > 3 && strings.EqualFold(w[:3], "ex-") && m.Start == d.Tokens[a].Start {
			m.Span.Start += 3 // "Ex-Labour" is "Labour"
			m.Text = d.Body[m.Start:m.End]
		}
		ok := a < b
		for k := a; k < b && ok; k++ {
			ok = !used[k]
		}
		if !ok {
			continue
		}
		for k := a; k < b; k++ {
			used[k] = true
		}
		kept = append(kept, m)
	}
	sort.Slice(kept, func(x, y int) bool { return kept[x].Start < kept[y].Start })
	d.Mentions = kept
}

func nameEdge(k doc.TokenKind) bool { return k == doc.Word || k == doc.Number }

// notNameStart are capitalised words that open a noun phrase before a
// name, never the name: "Former", "Ex".
var notNameStart = map[string]bool{"former": true, "ex": true, "ex-": true, "then": true, "veteran": true,
	"outgoing": true, "incoming": true, "disgraced": true}

// insideLonger reports whether a model mention strictly contains m.
func insideLonger(ms []doc.Mention, m doc.Mention) bool {
	for _, o := range ms {
		if o.Source == "ner" && o.Contains(m.Span) && o.Len() > m.Len() {
			return true
		}
	}
	return false
}

// hasQuote reports whether tokens [a, b) hold a quotation mark (a
// nickname inside a name).
func hasQuote(d *doc.Doc, a, b int) bool {
	for k := a; k < b; k++ {
		if d.Tokens[k].Kind == doc.OpenQuote || d.Tokens[k].Kind == doc.CloseQuote {
			return true
		}
	}
	return false
}
