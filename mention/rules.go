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
				!(n == 1 && r.gaz.CommonWord(lower(words[i])) && r.sentenceStart(d, words, i, s)) &&
				!(kind == gazetteer.City && r.personNotCity(d, words, i, i+n)) {
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
				if r.personTitle(lw) && a+1 < end {
					personCue = true
					a++
					continue
				}
				if calendar[lw] || (r.gaz.CommonWord(lw) && r.sentenceStart(d, words, a, s)) || (notNameStart[lw] && a+1 < end && (partyWords[words[a+1]] || groupWords[words[a+1]])) {
					a++
					continue
				}
				break
			}
			if a >= end {
				i = end
				continue
			}
			// A title inside the run starts a person's name: "Bourbon King
			// Philip", "Dynasty Pharaoh Ramesses II", "Attorney General Eric
			// Holder". The words before it are classified on their own.
			if k := r.innerTitle(d, words, a, end); k > a {
				if t, score, src := r.classify(d, words, a, k, s, personCue); t != "" && src != "rules:fallback" {
					r.add(d, a, k, t, score, src)
				} else if t, ok := groupWord(words, a, a+1); ok {
					r.add(d, a, a+1, t, scoreCue, "rules:party") // "Labour MP Lord Janner"
				} else if k-a == 1 {
					singles = append(singles, a)
				}
				a, personCue = k+1, true
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
	r.joinHyphens(d, words)
}

// joinHyphens joins two person names on either side of a spaced hyphen
// into one when they spell a compound given name, as tokenized text writes
// it: "Jean - Luc Marchal". Other names stay apart: the hyphen may be a
// dash between two sentences or two people ("Vera Holm - Berg's film").
func (r *tagger) joinHyphens(d *doc.Doc, words []string) {
	var people []doc.Mention
	for _, m := range d.Mentions {
		if m.Type == doc.Person && m.Kind == doc.Name && (m.Source == "ner" || strings.HasPrefix(m.Source, "rules:")) {
			people = append(people, m)
		}
	}
	for _, x := range people {
		xa, xb := tokenRange(d, x.Span)
		h := xb
		if h+1 >= len(d.Tokens) || words[h] != "-" || d.Tokens[h].Start == d.Tokens[h-1].End || d.Tokens[h+1].Start == d.Tokens[h].End {
			continue
		}
		for _, y := range people {
			ya, yb := tokenRange(d, y.Span)
			if ya != h+1 {
				continue
			}
			nx, ny := xb-xa, yb-ya
			_, given := r.gaz.GivenName(words[xa])
			_, given2 := r.gaz.GivenName(words[ya])
			ok := nx == 1 && ny <= 3 && given && given2
			if ok {
				r.add(d, xa, yb, doc.Person, scoreCast, "rules:hyphen")
			}
			break
		}
	}
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
	if t, ok := groupWord(words, a, end); ok && !r.partySlot(d, words, a, end, s) {
		return t, scoreCue, "rules:party"
	}
	// A word before "leader" or "spokesman" names the body they speak
	// for: "Solidarity leader", "Kremlin spokesman"; at the start of a
	// sentence only before a name ("Shadow spokesman for sport" is none),
	// and never a bare cue word ("Committee chairman").
	if n == 1 && end < s.Last && memberNouns[words[end]] && !r.givenName(words[a]) && !r.gaz.CommonWord(lower(words[a])) &&
		!r.gaz.OrgCue(words[a]) && !knownPerson(d, words[a], d.Tokens[a].Span) &&
		(!r.sentenceStart(d, words, a, s) || end+1 < s.Last && capitalised(words[end+1])) {
		if _, _, ok := r.gazClass(text, n); !ok {
			return doc.Org, scoreContext, "rules:member"
		}
	}
	// After a title a city or a people's name is a person's: "Queen
	// Victoria", "President Obama"; not after "Saint" ("St Helens").
	if personCue && a > s.First && !saintWords[lower(words[a-1])] && !r.isCountry(text) && !r.isPlatform(text) && !r.hasOrgCue(words[a:end]) {
		if _, _, ok := r.gazClass(text, n); ok {
			return doc.Person, scoreCue, "rules:honorific"
		}
	}
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
		if titleWords(words, a, end, s.First) {
			return doc.Work, scoreFallback, "rules:fallback"
		}
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
	case "rules:gazetteer", "rules:cast", "rules:extends", "rules:honorific", "rules:party", "rules:hyphen", "rules:cue", "rules:outlet", "rules:platform", "rules:speaker", "rules:maker", "rules:who":
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

// personTitle reports whether lw (lower case) is a title written before a
// person's name: "mr", "queen", "pharaoh".
func (r *tagger) personTitle(lw string) bool {
	if _, ok := r.gaz.Title(lw); ok {
		return true
	}
	return rulerTitles[lw]
}

// saintWords are titles that also start place names: "St Helens".
var saintWords = map[string]bool{"saint": true, "st": true, "st.": true, "san": true, "santa": true, "sainte": true}

// innerTitle returns the position of a person's title inside the
// capitalised run words[a:end] that one to four name words follow, or -1:
// "Bourbon King Philip", "Bank Governor Mark Carney". Runs that read as an
// organisation or a place after the title ("Royal Prince Alfred Hospital",
// "Fort Prince George") keep whole.
func (r *tagger) innerTitle(d *doc.Doc, words []string, a, end int) int {
	for k := a + 1; k+1 < end; k++ {
		lw := lower(words[k])
		if !r.personTitle(lw) || saintWords[lw] || adjectiveTitles[lw] {
			continue
		}
		if r.givenName(words[k-1]) {
			return -1 // "James Earl Jones", a middle name
		}
		if titleHead(words[a:k]) {
			return -1 // "Vice Admiral James Greer" is left whole
		}
		rest := words[k+1 : end]
		if len(rest) > 4 || d.Tokens[k+1].Kind != doc.Word || !capitalised(words[k+1]) || r.hasOrgCue(rest) || r.hasEventCue(rest) {
			return -1
		}
		text := d.Body[d.Tokens[k+1].Start:d.Tokens[end-1].End]
		if r.isCountry(text) || r.isPlatform(text) || r.hasOrgCue(words[a:k]) && len(rest) == 1 {
			return -1
		}
		return k
	}
	return -1
}

// groupWord types a run that names a party by its members' word ("a
// Democrat", "the Christian Democrats") as an organisation, and a faith's
// or people's adjective ("Catholic", "Soviet") as NORP.
func groupWord(words []string, a, end int) (doc.EntityType, bool) {
	n := end - a
	switch {
	case n == 1 && partyWords[words[a]]:
		return doc.Org, true
	case n == 1 && groupWords[words[a]]:
		return doc.NORP, true
	case n >= 2 && n <= 3 && partyPlurals[words[end-1]]:
		return doc.Org, true
	}
	return "", false
}

// personNotCity reports whether the city name words[a:b] is here a word of
// a person's name: the model tags it as a person and a person of that name
// is found elsewhere in the document ("Obama" after "Barack Obama").
func (r *tagger) personNotCity(d *doc.Doc, words []string, a, b int) bool {
	if b-a != 1 {
		return false
	}
	sp := d.Tokens[a].Span
	model := false
	for _, m := range d.Mentions {
		if m.Source == "ner" && m.Type == doc.Person && m.Overlaps(sp) {
			model = true
			break
		}
	}
	return model && knownPerson(d, words[a], sp)
}

// titleModifiers make compound titles with the title after them: "Vice
// Admiral", "Rear Admiral", "Deputy Mayor".
var titleModifiers = map[string]bool{
	"vice": true, "rear": true, "deputy": true, "lieutenant": true, "chief": true, "prime": true,
	"attorney": true, "lord": true, "grand": true, "crown": true, "field": true, "major": true,
	"brigadier": true, "acting": true, "assistant": true, "associate": true, "under": true,
	"executive": true, "senior": true, "first": true, "former": true, "interim": true, "ex": true,
	"vice-": true, "then": true, "late": true,
}

// titleHead reports whether ws are all title modifiers or titles: the
// head of a compound title.
func titleHead(ws []string) bool {
	for _, w := range ws {
		if !titleModifiers[lower(w)] {
			return false
		}
	}
	return true
}

// titleWords reports whether the capitalised run words[a:end] reads as a
// title rather than a person's name: it opens with a possessive in
// mid-sentence ("released My Darling Dismay"), or it holds a
// pronoun or an auxiliary ("So Haunt Me", "Who Had No Kingdom").
func titleWords(words []string, a, end, first int) bool {
	if a > first && titleOpeners[words[a]] {
		return true
	}
	for _, w := range words[a:end] {
		if titleFunction[w] {
			return true
		}
	}
	return false
}

// adjectiveTitles are titles that are also adjectives or common nouns
// inside names: "General Workers' Union", "Chief Medical Officer",
// "Private Equity". They start no name inside a run.
var adjectiveTitles = map[string]bool{
	"general": true, "major": true, "private": true, "chief": true, "chair": true, "chef": true,
	"justice": true, "brother": true, "sister": true, "mother": true, "father": true, "officer": true,
	"agent": true, "count": true, "director": true, "representative": true,
	"judge": true, "coach": true, "doctor": true, "premier": true, "lady": true, "dame": true,
}

// partySlot reports whether the one-word party name words[a] stands
// between a determiner and a lower-case noun ("a Whig member", "the
// Republican nominee"): the claim rules name that party themselves when a
// politician is near, and read the slot only when no tagger named it.
// Plurals and a noun's word before a preposition or a verb ("a Democrat
// in 1990", "a Liberal who") are no such slot.
func (r *tagger) partySlot(d *doc.Doc, words []string, a, end int, s doc.Sentence) bool {
	if end-a != 1 || !partyWords[words[a]] || strings.HasSuffix(words[a], "s") || a == s.First || end >= s.Last {
		return false
	}
	if nw := words[end]; prepositions[nw] || slotStops[nw] {
		return false // "to a Democrat in 1990": the word is a noun
	}
	switch lower(words[a-1]) {
	case "a", "an", "the", "former", "fellow":
	default:
		return false
	}
	return d.Tokens[end].Kind == doc.Word && !capitalised(words[end])
}

// slotStops after a party word make it a noun, not an adjective.
var slotStops = map[string]bool{
	"and": true, "or": true, "but": true, "who": true, "was": true, "is": true, "had": true, "has": true,
	"of": true, "since": true, "until": true, "after": true, "before": true, "as": true, "than": true,
}
