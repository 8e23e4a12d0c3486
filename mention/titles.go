package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/doc"
)

// titleSet holds the work titles a document names, keyed by first token.
type titleSet map[string][]string

func (ts titleSet) add(title string) {
	title = strings.TrimSpace(title)
	if title == "" || notTitle[lower(title)] {
		return
	}
	fw := firstWord(title)
	ts.addKey(fw, title)
	// "Extreme Makeover" is a work wherever "Extreme Makeover: Home
	// Edition" is.
	if k := strings.Index(title, ":"); k > 0 && strings.Count(title[:k], " ") >= 1 {
		ts.addKey(fw, strings.TrimSpace(title[:k]))
	}
	// The tokenizer splits contractions: "Can't" is "Ca" "n't", "It's" is
	// "It" "'s".
	if k := strings.IndexAny(fw, "'’"); k > 0 {
		key := fw[:k]
		if strings.HasPrefix(fw[k:], "'t") || strings.HasPrefix(fw[k:], "’t") {
			key = strings.TrimSuffix(key, "n")
		}
		if key != "" {
			ts.addKey(key, title)
		}
	}
}

func (ts titleSet) addKey(key, title string) {
	for _, t := range ts[key] {
		if t == title {
			return
		}
	}
	ts[key] = append(ts[key], title)
}

// match returns how many tokens from i spell the longest known title, or 0.
func (ts titleSet) match(words []string, i, last int) int {
	cands := ts[words[i]]
	best := 0
	for _, t := range cands {
		// Walk the title against the tokens, ignoring the spaces between them.
		rest := t
		k := i
		for k < last && rest != "" {
			w := words[k]
			if !strings.HasPrefix(rest, w) {
				break
			}
			rest = strings.TrimLeft(rest[len(w):], " ")
			k++
		}
		if rest == "" && k-i > best {
			best = k - i
		}
	}
	return best
}

func firstWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-' {
			return s[:i]
		}
	}
	return s
}

// span returns the text of tokens [a, b).
func span(d *doc.Doc, a, b int) string {
	return d.Body[d.Tokens[a].Start:d.Tokens[b-1].End]
}

// workTitles finds the titles of works that the document names: quoted
// title-case spans in the headline, and spans after cues in the body
// ("season two of X", "the crime drama X", "the series 'X'"). A title
// found once is a title wherever the document repeats it.
func (r *tagger) workTitles(d *doc.Doc, words []string) titleSet {
	ts := titleSet{}
	for _, q := range quotedSpans(d.Title) {
		if looksLikeTitle(q) {
			ts.add(q)
		}
	}
	for si := range d.Sentences {
		s := d.Sentences[si]
		r.definedTitle(d, words, si, ts)
		for i := s.First; i < s.Last; i++ {
			w := lower(words[i])
			if d.Tokens[i].Kind == doc.OpenQuote {
				// A short title-case span in quotation marks: "My Eyes Adored
				// You". Not a nickname inside a name (Joaquín "El Chapo"
				// Guzmán) and not a sentence.
				if q := quotedTitle(d, words, i, s); q != "" {
					ts.add(q)
				}
				continue
			}
			if d.Tokens[i].Kind == doc.Word && capitalised(words[i]) && (i == s.First || !capitalised(words[i-1])) &&
				!(i == s.First && w != "the" && r.gaz.CommonWord(w)) {
				if b := r.titleChunk(d, words, i, s.Last); b > i {
					switch {
					case b+2 < s.Last && words[b] == "(" && isYear(words[b+1]) && words[b+2] == ")":
						// "Thattathin Marayathu (2012)": a title with its year,
						// not an award or a battle with its year.
						if !r.hasOrgCue(words[i:b]) && !r.hasEventCue(words[i:b]) && !awardWords[lower(words[i])] {
							ts.add(span(d, i, b))
						}
					case lawNouns[words[b-1]] && (b-i >= 2 && !(b-i == 2 && words[i] == "The") || words[b-1] == "Constitution" && i > s.First) &&
						!(b < s.Last && r.nounModifier(words[b])):
						// "the Jones Act", "the Northwest Ordinance", "the
						// Constitution": a written law is a work.
						ts.add(span(d, i, b))
					case i > s.First && r.cueBefore(d, words, i, b, s) && r.plausible(d, words, i, b):
						// "starred in X", "an episode of X", "Netflix's X".
						r.addChunk(d, words, ts, i, s, !prepositions[lower(words[i-1])])
					case r.nounAfter(d, words, i, b, s) && r.plausible(d, words, i, b):
						// "her 1977 X album", "the X soundtrack".
						if words[i] == "The" && (i == s.First || afterNouns[lower(words[b])]) {
							ts.add(span(d, i+1, b))
						} else {
							ts.add(span(d, i, b))
						}
					case b+1 < s.Last && words[b] == "," && r.appositive(words, b+1, s.Last) && r.plausible(d, words, i, b) &&
						!r.givenName(words[i]) && !r.isPlatform(span(d, i, b)) && (i == s.First || !prepositions[lower(words[i-1])]) &&
						(b > i+1 || !r.gaz.CommonWord(lower(words[i]))):
						// "X, a BBC children's television programme"; not
						// "premiered on Hulu, the drama is back"
						ts.add(span(d, i, b))
					}
				}
			}
			switch {
			case (w == "season" || w == "series" || w == "seasons") && i+3 < s.Last && seasonNumber(lower(words[i+1])) > 0 && words[i+2] == "of":
				// "season two of X"
				r.addChunk(d, words, ts, i+3, s, true)
			case ordinal(w) > 0 && i+3 < s.Last && lower(words[i+1]) == "season" && words[i+2] == "of":
				// "the second season of X"
				r.addChunk(d, words, ts, i+3, s, true)
			case (w == "titled" || w == "entitled" || w == "called" || w == "named") && i+1 < s.Last && i > s.First:
				// "a documentary called Big Easy Express", "an album titled X"
				j := i + 1
				if d.Tokens[j].Kind == doc.OpenQuote {
					continue // the quoted-title rule above decides
				}
				if (w != "called" && w != "named") || r.workNounBefore(words, i, s.First) {
					r.addChunk(d, words, ts, j, s, true)
				}
			case (w == "game" || w == "single") && words[i] == w && i+1 < s.Last && i > s.First && gameOrSingle(lower(words[i-1])) &&
				!(w == "single" && lower(words[i-1]) == "a"):
				// "the 1972 arcade game Pong", "the lead single Windy"; not
				// "a single HSDPA device"
				r.addChunk(d, words, ts, i+1, s, true)
			case isYear(words[i]) && i+2 < s.Last && isPossessive(words[i+1]):
				// "1989's Cuts Both Ways"
				r.addChunk(d, words, ts, i+2, s, true)
			case workNouns[w] && (words[i] == w || w == "ep" || w == "lp") && i+1 < s.Last && i > s.First &&
				(!verbNouns[w] || (w == "show" && nounBefore(words[i-1])) || determinerBefore(words[i-1])):
				r.afterWorkNoun(d, words, ts, i, s)
			case pluralWorkNouns[w] && words[i] == w && i+1 < s.Last && i > s.First:
				// "films including X, Y and Z", "her two albums X and Y"
				r.titleList(d, words, ts, i+1, s)
			}
		}
	}
	return ts
}

// addChunk adds the title that starts at token j, if one does; a title
// behind its author's possessive is the title ("version of H. G. Wells'
// The Time Machine").
func (r *tagger) addChunk(d *doc.Doc, words []string, ts titleSet, j int, s doc.Sentence, joinAnd bool) bool {
	b := r.titleChunkOpt(d, words, j, s.Last, joinAnd)
	if b <= j {
		return false
	}
	if b < s.Last && isPossessive(words[b]) {
		// "version of H. G. Wells' The Time Machine"; "a role in Dead Man's
		// Shoes"; not "a role in Labour's campaign".
		if b2 := r.titleChunk(d, words, b+1, s.Last); b2 > b+1 && r.plausible(d, words, b+1, b2) {
			if notTitle[lower(span(d, b+1, b2))] {
				return false // "ITV1's I'm a Celebrity"
			}
			if r.personAt(d, words, j, b) || r.isPlatform(span(d, j, b)) {
				ts.add(span(d, b+1, b2))
			} else {
				ts.add(span(d, j, b2))
			}
			return true
		}
		// "an episode of The Simpsons' ninth season"
		if n := b + 1; n < s.Last && (ordinalLike(lower(words[n])) && n+1 < s.Last && seasonWords[lower(words[n+1])] || seasonWords[lower(words[n])]) {
			ts.add(span(d, j, b))
			return true
		}
		return false
	}
	ts.add(span(d, j, b))
	return true
}

// afterWorkNoun reads the title after the work noun at token i: "the
// frontier drama X", "its new series 'X'", "his third studio album, X",
// "the Hindu epic, the X".
func (r *tagger) afterWorkNoun(d *doc.Doc, words []string, ts titleSet, i int, s doc.Sentence) {
	j := i + 1
	comma := false
	if words[j] == "," && j+1 < s.Last && modifiedNoun(words, i, s.First) {
		j++ // "the 2004 film, Born to Fight"
		comma = true
		if j+1 < s.Last && words[j] == "the" {
			j++
		}
	}
	quoted := d.Tokens[j].Kind == doc.OpenQuote
	if quoted {
		j++
	}
	a := j
	if j+1 < s.Last && d.Tokens[j].Kind == doc.Number && !isYear(words[j]) && capitalised(words[j+1]) {
		j++ // "the Irish film 3 Crosses"
	}
	if j >= s.Last || !capitalised(words[j]) || d.Tokens[j].Kind != doc.Word {
		return
	}
	b := r.titleChunk(d, words, j, s.Last)
	if b <= j {
		return
	}
	if comma && !r.plausible(d, words, j, b) {
		// Right after the noun a place or a nationality may lead a title
		// ("the soap opera Eldorado", "the series American Dad"), not after
		// a comma.
		return
	}
	if b+1 < s.Last && r.givenName(words[j]) && auxVerbs[lower(words[b])] {
		return // "every track Robbie has released"
	}
	if _, ok := r.gaz.Title(lower(words[j])); ok && j+1 < b && capitalised(words[j+1]) {
		return // "in his book Mr Brown is said to…", but "the series King of the Hill"
	}
	if w := lower(words[i]); w == "epic" && (lower(words[i-1]) == "a" || lower(words[i-1]) == "an") {
		return // "an epic New York Marathon contest"
	}
	j = a
	if quoted && (b >= s.Last || d.Tokens[b].Kind != doc.CloseQuote) {
		return
	}
	if comma && !quoted {
		// An apposition ends where it began: "the film, X, was…", not "in
		// the film, Tom Hanks plays…".
		if b < s.Last && words[b] != "," && words[b] != "(" && words[b] != ";" && words[b] != ")" && words[b] != "and" && d.Tokens[b].Kind != doc.Punct {
			return
		}
		if b+1 < s.Last && words[b] == "," && (speechVerbs[lower(words[b+1])] || lower(words[b+1]) == "who") {
			return // "in the film, Tom Hanks, who plays…"
		}
	}
	ts.add(span(d, j, b))
}

// titleList reads a list of titles after a plural work noun: "films
// including A, B, and C", "the albums A and B", "sitcoms such as A (1989)
// and B".
func (r *tagger) titleList(d *doc.Doc, words []string, ts titleSet, j int, s doc.Sentence) {
	for n := 0; j < s.Last && n < 3; n++ {
		switch lower(words[j]) {
		case "including", "include", "included", "includes", "like", ":", ",", "—", "the":
			j++
			continue
		case "such":
			if j+1 < s.Last && words[j+1] == "as" {
				j += 2
				continue
			}
		}
		break
	}
	for items := 0; j < s.Last && items < 20; items++ {
		a := j
		if d.Tokens[j].Kind == doc.Number && j+1 < s.Last && capitalised(words[j+1]) && !isYear(words[j]) {
			j++ // "3000 Miles to Graceland"
		}
		b := r.titleChunkOpt(d, words, j, s.Last, false)
		if b <= j {
			return
		}
		if b < s.Last && isPossessive(words[b]) {
			// "such as Lucio Fulci's X": the title follows the maker.
			a = b + 1
			if b = r.titleChunkOpt(d, words, a, s.Last, false); b <= a {
				return
			}
		}
		if !r.plausible(d, words, a, b) {
			return
		}
		// The first title is set off from the sentence: "albums X and Y",
		// not "the albums Gorka recorded".
		if items == 0 && b < s.Last && d.Tokens[b].Kind == doc.Word && words[b] != "and" && words[b] != "or" {
			return
		}
		ts.add(span(d, a, b))
		j = b
		if j < s.Last && words[j] == "(" {
			// "(1989 – 94)", "(uncredited)"
			k := j + 1
			for k < s.Last && k < j+10 && words[k] != ")" {
				k++
			}
			if k >= s.Last || words[k] != ")" {
				return
			}
			j = k + 1
		}
		switch {
		case j+1 < s.Last && words[j] == "," && (words[j+1] == "and" || words[j+1] == "or"):
			j += 2
		case j < s.Last && (words[j] == "," || words[j] == "and" || words[j] == "or"):
			j++
		default:
			return
		}
	}
}

// personAt reports whether tokens [a, b) name a person: a person the
// model found there, or a common given name first.
func (r *tagger) personAt(d *doc.Doc, words []string, a, b int) bool {
	if r.givenName(words[a]) || strings.Count(words[a], ".") >= 1 {
		return true // "Lucio Fulci", "H.G. Wells"
	}
	sp := doc.Span{Start: d.Tokens[a].Start, End: d.Tokens[b-1].End}
	for _, m := range d.Mentions {
		if m.Type == doc.Person && m.Overlaps(sp) {
			return true
		}
	}
	return false
}

// orgAt reports whether the model found an organisation at token i.
func (r *tagger) orgAt(d *doc.Doc, i int) bool {
	for _, m := range d.Mentions {
		if m.Type == doc.Org && m.Source == "ner" && m.Overlaps(d.Tokens[i].Span) {
			return true
		}
	}
	return false
}

// placeName reports whether text is a country, a city or a nationality.
func (r *tagger) placeName(text string) bool {
	return r.isCountry(text) || r.isCity(text) || r.isNationality(text)
}

// cueBefore reports whether the words before the capitalised run
// words[i:b] make it a title: "starred in X", "a recurring role as Y on X",
// "directed X", "an episode of X", "Netflix's X", "Taito's 1986 X".
func (r *tagger) cueBefore(d *doc.Doc, words []string, i, b int, s doc.Sentence) bool {
	p := lower(words[i-1])
	p2 := ""
	if i-2 >= s.First {
		p2 = lower(words[i-2])
	}
	text := span(d, i, b)
	if b < s.Last && (workNouns[words[b]] || definitionNouns[words[b]] || pluralWorkNouns[words[b]]) {
		return false // "the sequel to Ben Stiller comedy X", "appeared in BBC mini-series X"
	}
	if b == i+1 && r.gaz.OrgAcronym(words[i]) {
		return false
	}
	switch {
	case p == "in" || p == "on":
		if r.placeName(text) || r.hasOrgCue(words[i:b]) || r.givenName(words[i]) || calendar[lower(words[i])] || r.isPlatform(text) {
			return false
		}
		if appearVerbs[p2] {
			return true
		}
		// "roles such as Anne Marsh in X and Lisa Trotter in Y": a name
		// before "in", in a sentence about roles.
		if i-2 > s.First && d.Tokens[i-2].Kind == doc.Word && capitalised(words[i-2]) && !r.gaz.CommonWord(lower(words[i-2])) {
			for k := i - 3; k >= s.First && k >= i-40; k-- {
				if castWords[lower(words[k])] {
					return true
				}
			}
		}
		// "the role of Ortrud in X", "portrayed the main antagonist in X"
		for k := i - 2; k >= s.First && k >= i-8; k-- {
			w := lower(words[k])
			if roleWords[w] {
				return true
			}
			if w == "in" || w == "on" || w == "." || w == ";" || w == "," || w == "and" || w == "with" || speechVerbs[w] {
				return false
			}
		}
		return false
	case p == "of" || p == "to":
		// "an episode of X", "a sequel to X"
		return ofWork[p2] && !r.givenName(words[i]) && (p == "of" || p2 == "sequel" || p2 == "prequel" || p2 == "soundtrack" || p2 == "follow-up") &&
			!r.placeName(text)
	case p == "for" && (p2 == "screenplay" || p2 == "script" || p2 == "teleplay"):
		// "wrote the screenplay for X"
		return !r.givenName(words[i]) && !r.placeName(text)
	case p == "as" && releasedAs(words, i-1, s.First):
		// "released in the US as X", "retitled as X"
		return !r.givenName(words[i]) && !r.placeName(text)
	case p == "directed" || p == "co-directed" || p == "helmed":
		// "wrote and directed X", not "directed by X" nor "directed Smith
		// to hide it"
		return !r.givenName(words[i]) && !r.placeName(text) && !(b < s.Last && words[b] == "to")
	case isPossessive(p) && i-2 >= s.First:
		if isYear(words[i-2]) {
			return false // "1989's X" is read elsewhere
		}
		if _, ok := r.gaz.Platform(words[i-2]); ok {
			// "the BBC's X", "Netflix's X", not "Netflix's Reed Hastings"
			return !r.personAt(d, words, i, b) && !r.roleWord(words[i:b]) && !(b < s.Last && speechVerbs[lower(words[b])])
		}
	case isYear(p) && i-2 >= s.First && isPossessive(words[i-2]):
		// "Taito's 1986 Arkanoid", not "Dunedin's 2008 Arts Festival"
		return !r.hasOrgCue(words[i:b]) && !r.hasEventCue(words[i:b])
	}
	return false
}

// nounAfter reports whether a work noun after the capitalised run
// words[i:b] makes it a title: "her 1977 X album", "the X soundtrack", "the
// X trilogy".
func (r *tagger) nounAfter(d *doc.Doc, words []string, i, b int, s doc.Sentence) bool {
	if b >= s.Last {
		return false
	}
	n := lower(words[b])
	p := ""
	if i > s.First {
		p = lower(words[i-1])
	}
	if words[i] == "The" && b > i+1 {
		p, i = "the", i+1 // "The Night Harbor soundtrack"
	}
	switch {
	case afterNouns[n] && p == "the":
	case workNouns[n] || afterNouns[n] || n == "single" || n == "ep":
		if !isYear(p) && !isPossessive(p) {
			return false
		}
	default:
		return false
	}
	if b == i+1 && (allCaps(words[i]) || r.orgAt(d, i)) {
		return false // "the BBC series", "the 1964 Disney film"
	}
	if b+1 < s.Last && r.nounModifier(words[b+1]) {
		return false // "the Bafta film awards"
	}
	return !r.hasOrgCue(words[i:b]) && !r.placeName(span2(words, i, b))
}

// span2 joins words[i:b] with spaces.
func span2(words []string, i, b int) string { return strings.Join(words[i:b], " ") }

// roleWord reports whether one of ws is a role noun or a title ("Chief",
// "Director").
func (r *tagger) roleWord(ws []string) bool {
	for _, w := range ws {
		lw := lower(w)
		if _, ok := r.gaz.RoleNoun(lw); ok {
			return true
		}
		if _, ok := r.gaz.Title(lw); ok {
			return true
		}
	}
	return false
}

// determinerBefore reports whether w before a noun is a determiner, a
// year or a possessive: "the play X", "her 2009 release X".
func determinerBefore(w string) bool {
	switch lower(w) {
	case "the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this", "that", "new", "first", "debut", "latest":
		return true
	}
	return isYear(w) || isPossessive(w)
}

// nounBefore reports whether w, before a word that is a noun or a verb
// ("show", "track"), makes it a noun: a determiner, a year, a possessive,
// an acronym ("the AFI short"), an adjective or a noun in the singular
// ("reality show"), not a subject in the plural ("agents track").
func nounBefore(w string) bool {
	if determinerBefore(w) || allCaps(w) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !verbBefore(w) && !strings.HasSuffix(w, "s")
}

// verbBefore reports whether w, before a word that is a noun or a verb
// ("play", "show"), makes it a verb: "to play X", "Luna shows X".
func verbBefore(w string) bool {
	switch lower(w) {
	case "to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "not", "n't", "and", "or",
		"also", "who", "which", "that", "he", "she", "they", "we", "i", "you", "it", "never", "often", "then":
		return true
	}
	return capitalised(w)
}

func isPossessive(w string) bool { return w == "'s" || w == "’s" || w == "'" || w == "’" }

// definedTitle reads a definition at the start of sentence si: "X is a 2006
// American animated film", "X (stylized x) is the third album", "El Tren de
// los Momentos is an album". A title asked as a question ("How Could It
// Be?") is defined by the next sentence: "… ? is a 1994 album".
func (r *tagger) definedTitle(d *doc.Doc, words []string, si int, ts titleSet) {
	s := d.Sentences[si]
	if s.Last-s.First < 3 {
		return
	}
	if si > 0 && (words[s.First] == "is" || words[s.First] == "was") && r.definesWork(words, s.First, s.Last) {
		p := d.Sentences[si-1]
		e := p.Last
		for e > p.First && (words[e-1] == "?" || words[e-1] == "!" || d.Tokens[e-1].Kind == doc.CloseQuote) {
			e--
		}
		if e > p.First && e-p.First <= 12 && capitalised(words[p.First]) && d.Tokens[p.First].Kind == doc.Word {
			ts.add(span(d, p.First, e))
		}
		return
	}
	a := s.First
	if d.Tokens[a].Kind == doc.OpenQuote {
		return // the quoted-title rule reads "X" is a song
	}
	if !capitalised(words[a]) || d.Tokens[a].Kind != doc.Word {
		return
	}
	// "They Shoot Horses, Don't They? is a 1969 film"
	for k := a + 1; k < s.Last && k <= a+12; k++ {
		if (words[k] == "?" || words[k] == "!") && k+1 < s.Last && r.definesWork(words, k+1, s.Last) {
			ts.add(span(d, a, k))
			return
		}
	}
	b := r.titleChunk(d, words, a, s.Last)
	// Small lower-case words inside a title: "Sonic the Hedgehog", "El Tren
	// de los Momentos".
	for k := b; k < s.Last && k < a+10; k++ {
		if d.Tokens[k].Kind != doc.Word {
			break
		}
		if capitalised(words[k]) {
			b = k + 1
			continue
		}
		if !smallWords[words[k]] {
			break
		}
	}
	v := b
	if v < s.Last && words[v] == "(" {
		// "X (stylized as x; born …) is"
		for v < s.Last && v < b+30 && words[v] != ")" {
			v++
		}
		v++
	}
	if b > a && v < s.Last && r.definesWork(words, v, s.Last) {
		ts.add(span(d, a, b))
		if v > b {
			r.alsoKnownAs(d, words, ts, b+1, v-1)
		}
	}
}

// alsoKnownAs reads other titles of a defined work in the parenthesis
// [a, e): "(also known as X and Y)", "(stylized as X)", "(originally
// titled X)".
func (r *tagger) alsoKnownAs(d *doc.Doc, words []string, ts titleSet, a, e int) {
	for k := a; k+1 < e; k++ {
		if words[k] != "as" && words[k] != "titled" && words[k] != "aka" {
			continue
		}
		j := k + 1
		for j < e {
			if d.Tokens[j].Kind == doc.OpenQuote {
				j++
			}
			b := r.titleChunkOpt(d, words, j, e, false)
			if b <= j {
				break
			}
			ts.add(span(d, j, b))
			if b < e && d.Tokens[b].Kind == doc.CloseQuote {
				b++
			}
			if b < e && (words[b] == "and" || words[b] == "or" || words[b] == ",") {
				j = b + 1
				continue
			}
			break
		}
	}
}

// titleChunk returns the end of a title that starts at the capitalised word
// i: capitalised words, a colon or hyphen between them ("Narcos: Mexico"),
// "of" or "the" before a capital ("Lord of War", "Sonic the Hedgehog"),
// "and" between capitals when the title goes on ("Pride and Prejudice
// Revisited"), a small number at the end ("Ong Bak 2").
func (r *tagger) titleChunk(d *doc.Doc, words []string, i, last int) int {
	return r.titleChunkOpt(d, words, i, last, true)
}

// titleChunkOpt is titleChunk; with joinAnd false (in a list: "X, Y and
// Z"), "and" always ends the title and a given name may start a title with
// "to" or "in" ("3000 Miles to Graceland"), which elsewhere reads as a
// person in a work ("Gene Kelly in X").
func (r *tagger) titleChunkOpt(d *doc.Doc, words []string, i, last int, joinAnd bool) int {
	if i >= last || d.Tokens[i].Kind != doc.Word || !capitalised(words[i]) {
		return i
	}
	if calendar[lower(words[i])] && (i+1 >= last || !capitalised(words[i+1]) || d.Tokens[i+1].Kind != doc.Word) {
		return i // "the release Monday", but "Friday Night Lights"
	}
	capAt := func(k int) bool {
		if k >= last || d.Tokens[k].Kind != doc.Word || !capitalised(words[k]) || calendar[lower(words[k])] {
			return false
		}
		_, platform := r.gaz.Platform(words[k])
		return !platform
	}
	j := i + 1
	for j < last {
		w := words[j]
		switch {
		case d.Tokens[j].Kind == doc.Word && capitalised(w) && !calendar[lower(w)]:
			// A platform ends the title ("Narcos Netflix"), unless an
			// article makes it a word of the title ("The History of Saints").
			if _, ok := r.gaz.Platform(w); ok && words[j-1] != "The" && words[j-1] != "the" && words[j-1] != "of" {
				return j
			}
			j++
			continue
		case (w == ":" || w == "&" || w == "of" || w == "the" || (w == "-" && (!joinAnd || d.Tokens[j].Start == d.Tokens[j-1].End))) && capAt(j+1):
			j += 2
			continue
		case w == "of" && j+1 < last && words[j+1] == "the" && capAt(j+2):
			j += 3 // "Sanders of the River"
			continue
		case foreignArticles[words[i]] && foreignSmall[w] && capAt(j+1):
			j += 2 // "El Amor de Mi Vida"
			continue
		case foreignArticles[words[i]] && foreignSmall[w] && j+1 < last && foreignSmall[words[j+1]] && capAt(j+2):
			j += 3 // "La Reina de la Noche"
			continue
		case (w == "to" || w == "in" || w == "on") && capAt(j+1) && !r.placeName(words[j+1]) && !r.givenName(words[j+1]) && !(joinAnd && r.givenName(words[i])):
			j += 2 // "Born to Fight", "Set in Stone", not "X in Paris" nor "Gene Kelly in X"
			continue
		case (w == "to" || w == "in" || w == "on") && j+1 < last && words[j+1] == "the" && capAt(j+2) && !r.placeName(words[j+2]) && !(joinAnd && r.givenName(words[i])):
			j += 3 // "Singing in the Rain", "Back to the Future"
			continue
		case w == "and" && joinAnd && capAt(j+1) && capAt(j+2):
			j += 2
			continue
		case w == "and" && joinAnd && j+1 < last && words[j+1] == "the" && capAt(j+2):
			j += 3 // "Beauty and the Beast"
			continue
		case d.Tokens[j].Kind == doc.Number && len(w) <= 2 && (j+1 >= last || d.Tokens[j+1].Kind != doc.Word):
			return j + 1 // "Ong Bak 2"
		}
		break
	}
	return j
}

// quotedSpans returns the texts inside quotation marks in s.
func quotedSpans(s string) []string {
	var out []string
	open := -1
	var want rune
	prev := ' '
	for i, r := range s {
		next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
		switch {
		case open < 0 && (r == '“' || r == '‘' || ((r == '"' || r == '\'') && !unicode.IsLetter(prev))):
			open = i + utf8.RuneLen(r)
			switch r {
			case '“':
				want = '”'
			case '‘':
				want = '’'
			default:
				want = r
			}
		case open >= 0 && r == want && !unicode.IsLetter(next):
			out = append(out, s[open:i])
			open = -1
		}
		prev = r
	}
	return out
}

// looksLikeTitle reports whether a quoted span reads as a title: short, its
// first letter and most of its words capitalised.
func looksLikeTitle(q string) bool {
	f := strings.Fields(q)
	if len(f) == 0 || len(f) > 10 || !capitalised(f[0]) {
		return false
	}
	caps := 0
	for _, w := range f {
		if capitalised(w) {
			caps++
		}
	}
	return caps*2 >= len(f)
}

// seasonNumber reads a season number written as a word or digits: "two",
// "2"; 0 when w is none.
func seasonNumber(w string) int {
	switch w {
	case "one", "1":
		return 1
	case "two", "2":
		return 2
	case "three", "3":
		return 3
	case "four", "4":
		return 4
	case "five", "5":
		return 5
	case "six", "6":
		return 6
	case "seven", "7":
		return 7
	case "eight", "8":
		return 8
	case "nine", "9":
		return 9
	case "ten", "10":
		return 10
	}
	return 0
}

// ordinal reads "first" … "tenth" and "sophomore"; 0 when w is none.
func ordinal(w string) int {
	switch w {
	case "first", "debut":
		return 1
	case "second", "sophomore":
		return 2
	case "third":
		return 3
	case "fourth":
		return 4
	case "fifth":
		return 5
	case "sixth":
		return 6
	case "seventh":
		return 7
	case "eighth":
		return 8
	case "ninth":
		return 9
	case "tenth":
		return 10
	}
	return 0
}

// SeasonNumber reads a season number written as digits, a number word or an
// ordinal ("2", "two", "second", "sophomore"); 0 when w is none.
func SeasonNumber(w string) int {
	w = lower(w)
	if n := seasonNumber(w); n > 0 {
		return n
	}
	return ordinal(w)
}

// definitionNouns end a definition of a work: "is a 1998 album".
var definitionNouns = map[string]bool{
	"film": true, "movie": true, "series": true, "sitcom": true, "drama": true, "miniseries": true, "documentary": true,
	"album": true, "single": true, "song": true, "ep": true, "soundtrack": true, "mixtape": true, "novel": true,
	"book": true, "novella": true, "poem": true, "play": true, "musical": true, "opera": true, "game": true,
	"episode": true, "comic": true, "manga": true, "anime": true, "painting": true, "show": true, "programme": true,
	"program": true, "franchise": true, "thriller": true, "comedy": true, "western": true, "release": true,
	"compilation": true, "telenovela": true, "videogame": true, "trilogy": true, "epic": true, "lp": true,
}

// definesWork reports whether the words from token b define a title before
// them as a work: "is/was a|an|the" then at most six modifiers (years,
// nationalities, genres, a parenthesis) and a work noun. After a
// parenthesis the verb may be missing: "X (also known as Y) a 1974 film".
func (r *tagger) definesWork(words []string, b, last int) bool {
	if b+2 >= last {
		return false
	}
	if v := lower(words[b]); v == "is" || v == "was" {
		b++
	} else if b == 0 || words[b-1] != ")" {
		return false
	}
	return r.workPhrase(words, b, last) > 0
}

// appositive reports whether a work phrase from token b stands apart: "X, a
// 2004 film," not "Set in X, the film is about…".
func (r *tagger) appositive(words []string, b, last int) bool {
	k := r.workPhrase(words, b, last)
	return k > 0 && (k+1 >= last || !auxVerbs[lower(words[k+1])])
}

// workPhrase returns the token of the work noun when the words from token
// b name a kind of work: "a|an|the", at most eight modifiers and a work
// noun ("a 1998 album", "a BBC children's television programme"); else 0.
func (r *tagger) workPhrase(words []string, b, last int) int {
	if b >= last {
		return 0
	}
	if a := words[b]; a != "a" && a != "an" && a != "the" {
		return 0 // "A - Teens released the album" is no phrase
	}
	mods := 0
	for k := b + 1; k < last && mods <= 8; k++ {
		w := lower(words[k])
		if w == "(" {
			// "her second (and so far last) studio album"
			for k < last && words[k] != ")" {
				k++
			}
			continue
		}
		if definitionNouns[w] {
			// "a film director" is no film.
			if k+1 < last && r.nounModifier(words[k+1]) {
				return 0
			}
			return k
		}
		if !isPossessive(w) && w != "studio" && w != "live" && r.nounModifier(w) {
			return 0 // "the production company behind the film", but "the third studio album"
		}
		switch w {
		case ",", ".", "by", "of", "who", "that", "in", "on", "from", "for", "with", "about", "at", "and", "character", "member",
			"whose", "which", "where", "when", "known", "based", "its", "his", "her", "their", "is", "was", "behind",
			"to", "not", "has", "have", "had", "will", "would", "can", "could":
			return 0
		}
		mods++
	}
	return 0
}

// quotedTitle returns the text of a short title-case span between the
// opening mark at token open and its closing mark, or "". Sentence
// punctuation may close the title inside the marks ("This Train."); one
// word alone counts only beside a cue: a song noun in the sentence, "by"
// or a year after it, or another quoted title next to it.
func quotedTitle(d *doc.Doc, words []string, open int, s doc.Sentence) string {
	last := s.Last
	end := -1
	stop := false // a sentence mark before the closing mark
	for k := open + 1; k < last && k <= open+14; k++ {
		if d.Tokens[k].Kind == doc.CloseQuote {
			end = k
			break
		}
		if w := words[k]; w == "." || w == "!" || w == "?" || d.Tokens[k].Kind == doc.OpenQuote {
			if k+1 < last && d.Tokens[k+1].Kind == doc.CloseQuote && k > open+1 && d.Tokens[k].Kind != doc.OpenQuote {
				stop = true
				continue
			}
			return ""
		}
	}
	if end < 0 || end == open+1 {
		return ""
	}
	// A nickname between two parts of a name.
	if open > 0 && end+1 < len(words) && capitalised(words[open-1]) && d.Tokens[open-1].Kind == doc.Word &&
		capitalised(words[end+1]) && d.Tokens[end+1].Kind == doc.Word {
		return ""
	}
	first, lastTok := open+1, end-1
	for lastTok > first && (words[lastTok] == "," || words[lastTok] == "." || words[lastTok] == "!" || words[lastTok] == "?") {
		lastTok--
	}
	text := d.Body[d.Tokens[first].Start:d.Tokens[lastTok].End]
	if d.Tokens[first].Kind != doc.Word || !nameEdge(d.Tokens[lastTok].Kind) || !looksLikeTitle(text) {
		return "" // not "BB+"
	}
	// A closing mark glued to the next word is an apostrophe: "lovin' it".
	if end+1 < len(d.Tokens) && d.Tokens[end+1].Start == d.Tokens[end].End && d.Tokens[end+1].Kind == doc.Word {
		return ""
	}
	// Punctuation inside the marks: a title in title case ("This Train."),
	// not a quoted sentence ("That's unprecedented.").
	if (stop || lastTok < end-1) && !titleCase(words[first:lastTok+1]) {
		return ""
	}
	// A quotation with its speaker: `"It's Over Now," she said`.
	if k := end + 1; k < last && (speechVerbs[lower(words[k])] || k+1 < last && capitalised(words[k]) && speechVerbs[lower(words[k+1])]) {
		return ""
	}
	// One capitalised word alone is too often a scare quote or a name.
	if first == lastTok && (allCaps(words[first]) || !oneWordTitle(d, words, open, end, s)) {
		return ""
	}
	return text
}

// oneWordTitle reports whether the one quoted word between the marks at
// open and end is a title: "Windy" by The Association, "Spring" (1997),
// "Scream" beside another quoted title, a quoted word in a sentence about
// songs.
func oneWordTitle(d *doc.Doc, words []string, open, end int, s doc.Sentence) bool {
	if n := end + 1; n < s.Last {
		if words[n] == "by" || (words[n] == "(" && n+1 < s.Last && isYear(words[n+1])) {
			return true
		}
	}
	// Another quoted span just before or just after: `"A" and "B"`.
	if k := open - 1; k > s.First && (words[k] == "," || words[k] == "and" || words[k] == "or") && d.Tokens[k-1].Kind == doc.CloseQuote {
		return true
	}
	if k := end + 1; k+1 < s.Last && (words[k] == "," || words[k] == "and" || words[k] == "or") && d.Tokens[k+1].Kind == doc.OpenQuote {
		return true
	}
	for k := s.First; k < s.Last; k++ {
		if songNouns[lower(words[k])] {
			return true
		}
	}
	return false
}

func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w[0] == '1' || w[0] == '2'
}

// ordinalLike reports whether w is an ordinal number word: "second",
// "twentieth", "21st".
func ordinalLike(w string) bool {
	if ordinal(w) > 0 {
		return true
	}
	for _, suf := range []string{"teenth", "ieth", "st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			p := w[:len(w)-len(suf)]
			if suf == "teenth" || suf == "ieth" || (p[len(p)-1] >= '0' && p[len(p)-1] <= '9') {
				return true
			}
		}
	}
	return false
}

// releasedAs reports whether a release verb stands within five words before
// the "as" at token as: "released in the US as X", "retitled as X".
func releasedAs(words []string, as, first int) bool {
	for k := as - 1; k >= first && k >= as-5; k-- {
		switch lower(words[k]) {
		case "released", "re-released", "retitled", "renamed", "reissued", "marketed", "titled", "entitled":
			return true
		case ".", ",", ";":
			return false
		}
	}
	return false
}

// workNounBefore reports whether a work noun stands within six words
// before token i ("a documentary of this year, called X", not "a man
// called X" nor "an opera composer named X").
func (r *tagger) workNounBefore(words []string, i, first int) bool {
	for k := i - 1; k >= first && k >= i-6; k-- {
		w := lower(words[k])
		if definitionNouns[w] {
			return true
		}
		if r.nounModifier(w) || w == "." || w == ";" {
			return false
		}
	}
	return false
}

// gameOrSingle reports whether w before "game" or "single" makes it a work
// noun: "arcade game", "video game", "lead single", "debut single".
func gameOrSingle(w string) bool {
	switch w {
	case "arcade", "video", "board", "computer", "mobile", "card", "lead", "debut", "first", "second", "third",
		"final", "new", "hit", "the", "a":
		return true
	}
	return false
}

// modifiedNoun reports whether the work noun at token i follows a
// determiner, a year or an adjective within three words ("the 2004 film",
// "his third studio album", "the Hindu epic"), so that a comma after it
// introduces the title.
func modifiedNoun(words []string, i, first int) bool {
	for k := i - 1; k >= first && k >= i-3; k-- {
		p := lower(words[k])
		switch p {
		case "the", "a", "his", "her", "their", "its", "first", "second", "third", "debut", "new", "latest", "animated",
			"musical", "studio", "solo", "previous", "next", "final", "last", "live", "'s", "’s":
			return true
		case ",", ".", "and", "or", "in", "on", "of":
			return false
		}
		if isYear(p) || ordinal(p) > 0 {
			return true
		}
	}
	return false
}

// plausible reports whether the capitalised run words[a:b] may be a title
// found by a cue: not a place, not led by a nationality or an honorific
// ("Mr Sullivan"), not a hyphenated modifier ("Booker-shortlisted").
func (r *tagger) plausible(d *doc.Doc, words []string, a, b int) bool {
	if r.placeName(span(d, a, b)) || r.isNationality(words[a]) {
		return false
	}
	if _, ok := r.gaz.Title(lower(words[a])); ok {
		return false
	}
	if b == a+1 {
		w := words[a]
		if k := strings.LastIndexByte(w, '-'); k > 0 && k+1 < len(w) && !capitalised(w[k+1:]) {
			return false
		}
	}
	return true
}

// hasEventCue reports whether one of ws is an event cue word ("Festival",
// "Battle").
func (r *tagger) hasEventCue(ws []string) bool {
	for _, w := range ws {
		if r.gaz.EventCue(w) {
			return true
		}
	}
	return false
}

// nounModifier reports whether w after a work noun makes the noun a
// modifier: "film director", "album producer", "film awards".
func (r *tagger) nounModifier(w string) bool {
	lw := lower(w)
	if modifiedNouns[lw] {
		return true
	}
	_, ok := r.gaz.RoleNoun(lw)
	return ok
}

// titleCase reports whether every word of ws is capitalised or a small
// word ("Hero of the Day"); punctuation counts as nothing.
func titleCase(ws []string) bool {
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if !capitalised(w) && !smallWords[w] && !titleSmall[w] {
			return false
		}
	}
	return true
}
