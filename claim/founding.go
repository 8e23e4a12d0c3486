package claim

import (
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph/doc"
)

// Inception and publication dates that the founding and release patterns
// of the other files leave out: the thing an encyclopedic article defines,
// named later by "It" or "The NOUN" ("It was built in 1900", "The canton
// was created in 1986", a treaty: "It was signed on …"), a participle
// inside the definition ("X was an army formation established in March
// 1941"), a participle opening a sentence ("Built in the 1720s, the
// palace …") or following a name ("X, opened to the public in 2016"), an
// organisation named as the object of a founding verb ("formed the party X
// in 1932"), a founding dated by the clause that opens the sentence ("In
// 1942 the X camp was built next to …", "Since 1773, when X was founded"),
// and a work dated by a relative clause ("“W”, which was first released in
// 1966"). The work patterns of dates.go (a year in a parenthesis, "its 2003
// release", a debut, "Taito's 1986 W") run from here too.

// inceptionVerbs say that an organisation, a place or a building came to
// be.
var inceptionVerbs = set("founded", "co-founded", "established", "formed", "incorporated", "created", "opened", "built",
	"constructed", "erected", "inaugurated", "chartered", "organized", "organised", "launched", "consecrated",
	"unveiled", "completed", "instituted", "set")

// madeWorkVerbs date a work, a treaty or a law the article defines: "It
// was ratified on 4 May 1997", "Published in 1950, the manifesto".
var madeWorkVerbs = set("published", "released", "issued", "signed", "enacted", "ratified", "adopted", "passed",
	"concluded", "promulgated", "proclaimed")

// dateVerbFits reports whether the verb at i dates a thing of type t: a
// publication verb for a work, a founding verb for anything else.
func (r *run) dateVerbFits(i int, t doc.EntityType) bool {
	w := r.words[i]
	if t == doc.Work {
		return madeWorkVerbs[w]
	}
	return inceptionVerbs[w] || originVerbs[w]
}

// launchFits reports whether a launch verb at i can date the defined
// thing of class c: "It was launched in 2004" founds a channel, not a
// company, whose launches are of products.
func (r *run) launchFits(i int, c string) bool {
	return r.words[i] != "launched" || launchClasses[c]
}

// launchClasses are the things whose launch is their founding: a
// channel, a service, a programme; a company launches products.
var launchClasses = set("channel", "station", "network", "broadcaster", "service", "magazine", "newspaper", "website",
	"brand", "initiative", "programme", "program", "hub", "festival", "exchange", "airline", "campaign", "fund",
	"project", "platform", "scheme")

// datePredicate is the predicate a founding or publication date takes
// for a thing of type t.
func datePredicate(t doc.EntityType) doc.Predicate {
	if t == doc.Work {
		return doc.Published
	}
	return doc.Inception
}

// originVerbs are inception verbs in the active voice with the thing
// founded as their subject: "the city originated in 1624".
var originVerbs = set("originated", "originates")

// foundingAdverbs may stand between the auxiliary and the verb: "was
// originally founded", "was officially opened".
var foundingAdverbs = set("originally", "first", "officially", "formally", "initially", "jointly", "already")

// placeNouns name a place or a building: its type is a location.
var placeNouns = set("monument", "memorial", "hall", "palace", "castle", "church", "cathedral", "chapel", "mosque",
	"temple", "synagogue", "basilica", "abbey", "monastery", "building", "tower", "bridge", "tunnel", "dam", "canal",
	"airport", "stadium", "arena", "park", "reserve", "garden", "gardens", "square", "street", "road", "freeway",
	"highway", "motorway", "railway", "camp", "facility", "centre", "center", "museum", "library", "theatre", "theater",
	"hospital", "prison", "fort", "fortress", "lighthouse", "mall", "hotel", "area", "site", "estate", "manor",
	"mansion", "villa", "cemetery", "port", "harbour", "harbor", "pier", "plaza", "shrine", "grotto", "observatory",
	"zoo", "reservoir", "lake", "trail", "station", "terminal", "school", "house", "home", "homestead", "farmhouse",
	"cottage")

// townNouns name a settlement or an administrative division.
var townNouns = set("city", "town", "village", "canton", "municipality", "commune", "county", "district", "province",
	"region", "borough", "suburb", "neighborhood", "neighbourhood", "settlement", "parish", "township", "colony",
	"republic", "kingdom", "principality", "territory", "governorate", "prefecture", "state", "duchy", "emirate")

// bodyNouns name organisations beyond the definition classes of topic.go:
// units, bodies, events held every year.
var bodyNouns = set("command", "formation", "unit", "regiment", "brigade", "battalion", "squadron", "fleet", "force",
	"ministry", "committee", "commission", "board", "court", "authority", "service", "initiative", "festival",
	"tournament", "order", "diocese", "archdiocese", "congregation", "dynasty", "restaurant", "store",
	"hub", "program", "programme", "cooperative", "co-operative", "franchise", "museum", "library", "hospital",
	"school", "parliament", "assembly", "senate", "legislature", "government", "cabinet", "army", "navy", "police",
	"department", "office", "bureau", "exchange", "lab", "laboratory", "centre", "center", "division", "guberniya")

// foundedClass returns the entity type a definition's class noun gives
// a founded thing, or "" for a noun that names none.
func foundedClass(w string) doc.EntityType {
	switch {
	case orgClass[w] || bodyNouns[w]:
		return doc.Org
	case townNouns[w]:
		return doc.GPE
	case placeNouns[w]:
		return doc.Loc
	}
	return ""
}

// foundable reports whether an entity of type t can have an inception.
func foundable(t doc.EntityType) bool { return t == doc.Org || t == doc.GPE || t == doc.Loc }

// dates runs the patterns of this file at token i.
func (r *run) dates(i int, s doc.Sentence) {
	if r.inQ[i] {
		return
	}
	w := r.words[i]
	if r.has(i, tInceptionVerbs) || r.has(i, tOriginVerbs) || r.has(i, tMadeWorkVerbs) || w == "produced" {
		r.itWasFounded(i, s)
		r.definedParticiple(i, s)
		r.frontedFounding(i, s)
		r.frontedParticiple(i, s)
		r.nameOriginated(i, s)
		r.nameParticiple(i, s)
		r.abbrFounded(i, s)
		r.whichFounded(i, s)
	}
	switch w {
	case "founded", "co-founded", "established", "formed", "created", "incorporated":
		r.foundedObject(i, s)
		r.apposedFounded(i, s)
	case "released", "published", "issued", "premiered":
		r.whichReleased(i, s)
		if r.words[i] == "released" || r.words[i] == "issued" {
			r.releasedWorkIn(i, s)
		}

	case "(":
		r.yearInParens(i, s)
		r.listWorkYear(i, s)
		r.quotedWorkYear(i, s)
	case "its", "their":
		r.itsRelease(i, s)
		r.itsOrigin(i, s)
	case "debut":
		r.debutIn(i, s)
	case "independent", "independence":
		r.independence(i, s)
	case "founding", "foundation", "establishment", "creation", "formation", "inauguration", "completion", "opening",
		"introduction", "construction":
		r.foundingOf(i, s)
	case "existed", "active":
		r.existedFrom(i, s)
	case "designated", "declared", "proclaimed", "gazetted":
		r.designated(i, s)
	case "since":
		r.inOperationSince(i, s)
	case "dates":
		r.datesFrom(i, s)
	case "began", "started", "commenced":
		r.beganOperating(i, s)
		r.relativeBegan(i, s)
	case "went", "came", "brought":
		r.cameOnline(i, s)
	case "inaugural":
		r.inauguralNamed(i, s)
	case "founder":
		r.founderApposed(i, s)
	case "as":
		r.asTrackOfAlbum(i, s)
	case "contains", "includes", "contained", "included":
		r.albumTracks(i, s)
	case "featuring", "including":
		r.releaseFeaturing(i, s)
	}
	if r.d.Tokens[i].Kind == doc.Number && len(w) == 4 {
		r.possessiveYearWork(i, s)
		r.hitInYearWith(i, s)
	}
	r.classWorkIn(i, s)
	r.inYearRole(i, s)
	if i == s.Last-1 {
		r.abbrDate(s)
	}
}

// defined is the thing the opening sentence of an encyclopedic article
// defines, read for dates: the topic when topic.go found one, else a
// title before a copula whose class noun names an organisation, a place
// or a building ("The X Monument in Y is a large concrete monument").
type defined struct {
	ent        int    // the entity, or -1
	class      string // its class noun
	first, cop int    // the title's first token, the copula
	typ        doc.EntityType
	titleEnd   int
	// head is the title's own class noun ("house" of "House of X",
	// "monument" of "The X Monument"); weak is set when only the head
	// says what the thing is, with no definition after the copula.
	head string
	weak bool
}

// titleHead returns the class noun a title [a, b) holds: the word before
// its first "of" ("House of X", "University of Y"), else its last word,
// lower-cased, when that names an organisation or a place.
func (r *run) titleHead(a, b int) string {
	h := b - 1
	for q := a + 1; q < b; q++ {
		if r.words[q] == "of" {
			h = q - 1
			break
		}
	}
	if h < a || h >= len(r.words) {
		return ""
	}
	if w := r.words[h]; foundedClass(w) != "" && !workClass[w] || lawNouns[w] {
		return w
	}
	return ""
}

// definedThing reads the definition of the first sentence. It makes the
// title a mention only when make is true, so that a pattern that does not
// fire leaves the document as it was.
func (r *run) definedThing(make bool) defined {
	d := defined{ent: -1}
	if len(r.d.Sentences) == 0 {
		return d
	}
	if r.topic.ent >= 0 && r.topic.class != "person" {
		d.ent, d.class, d.first, d.cop, d.titleEnd = r.topic.ent, r.topic.class, r.topic.first, r.topic.cop, r.topic.end
		d.head = r.titleHead(r.topic.first, r.topic.end)
		d.typ = r.typeOf(d.ent)
		if !foundable(d.typ) {
			if t := foundedClass(d.class); t != "" && !workClass[d.class] {
				d.typ = t
			}
		}
		return d
	}
	s := r.d.Sentences[0]
	a := s.First
	for a < s.Last && r.d.Tokens[a].Kind == doc.OpenQuote {
		a++
	}
	b, cop, depth := -1, -1, 0
	for k := a; k < s.Last && k < a+40; k++ {
		w := r.words[k]
		switch {
		case w == "(":
			depth++
		case w == ")" && depth > 0:
			depth--
		}
		if b < 0 && (w == "(" || w == "," || copulas[w]) {
			b = k
		}
		if depth == 0 && copulas[w] {
			cop = k
			break
		}
	}
	if b <= a || cop < 0 || b-a > 10 || cop-b > 15 {
		return d
	}
	// "The Road, Rail and Canal Workers Union (RRCWU) is": a name the
	// tagger read across the comma runs on to the parenthesis or copula.
	if r.words[b] == "," && r.ment[b-1] >= 0 && r.ment[b-1] == r.ment[min(b+1, s.Last-1)] {
		for q := b + 1; q <= cop; q++ {
			if r.words[q] == "(" || q == cop {
				b = q
				break
			}
		}
		if b-a > 12 {
			return d
		}
	}
	// "The X Monument in Warsaw is": the place is no part of the title.
	for q := a + 1; q+1 < b; q++ {
		if r.words[q] == "in" {
			if e := r.entityAt(q + 1); e >= 0 && (r.typeOf(e) == doc.GPE || r.typeOf(e) == doc.Loc) && r.mentionEnd(q+1) == b {
				b = q
			}
			break
		}
	}
	// "The X camp was": a class noun ends the title in lower case.
	tail := b
	for tail > a && r.d.Tokens[tail-1].Kind == doc.Word && !capitalized(r.d.TokenText(tail-1)) {
		tail--
	}
	if tail == a || b-tail > 1 || !r.titleLike(a, tail) {
		return d
	}
	if tail < b && foundedClass(r.words[tail]) == "" {
		return d
	}
	// The class noun: the last known one of the noun phrase after the
	// copula, before a preposition, a relative pronoun or a punctuation.
	head := r.titleHead(a, tail)
	if tail < b {
		head = r.words[tail]
	}
	k := cop + 1
	switch {
	case k+2 < s.Last && r.words[k] == "one" && r.words[k+1] == "of" && r.words[k+2] == "the":
		k += 3
	case k < s.Last && (r.words[k] == "a" || r.words[k] == "an" || r.words[k] == "the"):
		k++
	case head != "":
		// "The X Monument in Y was erected to honor Z": no definition,
		// but the title says what the thing is.
		d.weak = true
		k = s.Last
	default:
		return d
	}
	class := ""
	for j := k; j < s.Last && j < k+14; j++ {
		w := r.words[j]
		if r.d.Tokens[j].Kind == doc.Punct && w != "-" || j > k && (w == "of" || w == "in" || w == "on" || w == "at" ||
			w == "for" || w == "with" || w == "by" || w == "from" || w == "which" || w == "that" || w == "who" ||
			w == "whose" || w == "where" || w == "to") || j > k && class != "" && verbLike(w) {
			break
		}
		if (foundedClass(w) != "" || lawNouns[w]) && r.entityAt(j) < 0 {
			class = w
		} else if n := strings.TrimSuffix(w, "s"); n != w && foundedClass(n) != "" && r.entityAt(j) < 0 && j > k && r.words[k-1] == "the" {
			class = n // "one of the oldest homes erected by"
		}
	}
	if tail < b {
		class = r.words[tail] // "The X camp was a facility": the title's noun
	}
	if class == "" && !workClass[head] {
		class = head
	}
	if class == "" || workClass[class] {
		return d
	}
	d.class, d.first, d.cop, d.typ, d.titleEnd, d.head = class, a, cop, foundedClass(class), b, head
	if lawNouns[class] {
		d.typ = doc.Work // a treaty or a law: published when signed
	}
	// The entity: a name mention covering the title, else (only when
	// asked) a new one.
	if e := r.titleEntity(a, b); e >= 0 {
		d.ent = e
		return d
	}
	if e := r.titleEntity(a, tail); e >= 0 && tail < b {
		d.ent = e
		return d
	}
	if !make {
		d.ent = -2 // to be made
		return d
	}
	start := a
	if r.words[a] == "the" {
		start = a + 1
	}
	for q := start; q < b; q++ {
		if mi := r.ment[q]; mi >= 0 && (r.mentionStart(q) < start || r.mentionEnd(q) > b) {
			d.ent = -1
			return d
		}
	}
	d.ent = r.newMention(start, b, d.typ, doc.Name, -1)
	return d
}

// titleLike is titleShaped where a dash may join names: "The A – B
// Monument".
func (r *run) titleLike(a, b int) bool {
	for k := a; k < b; k++ {
		if r.d.Tokens[k].Kind != doc.Word && r.d.Tokens[k].Kind != doc.Number && r.words[k] != "." && r.words[k] != ";" {
			continue
		}
		if !r.titleShaped(k, k+1) && !titleSmall[r.words[k]] {
			return false
		}
	}
	return true
}

// settle makes the defined thing an entity of a type that has an
// inception, and returns it, or -1.
func (r *run) settle() int {
	d := r.definedThing(true)
	if d.ent < 0 || d.typ == "" {
		return -1
	}
	t := r.typeOf(d.ent)
	if d.typ == doc.Work {
		if t != doc.Work {
			if len(r.d.Entities[d.ent].Mentions) > 3 {
				return -1
			}
			r.retype(d.ent, doc.Work)
		}
		return d.ent
	}
	if foundable(t) {
		return d.ent
	}
	switch t {
	case doc.Person, doc.Work, doc.Event, doc.NORP, "":
		if len(r.d.Entities[d.ent].Mentions) > 8 {
			return -1
		}
		r.retype(d.ent, d.typ)
		return d.ent
	}
	return -1
}

// refersToDefined reports whether the subject that opens at token k names
// the defined thing: "It", "The canton", "This company", "The current
// league", or a mention of its entity. It returns the token after the
// subject, or -1.
func (r *run) refersToDefined(k int, s doc.Sentence, d defined) int {
	if k >= s.Last {
		return -1
	}
	w := r.words[k]
	if w == "it" && !d.weak {
		return k + 1
	}
	if w == "the" || w == "this" {
		j := k + 1
		if j < s.Last && (r.words[j] == "current" || r.words[j] == "original" || r.words[j] == "present" || r.words[j] == "new") {
			j++
		}
		if j >= s.Last {
			return -1
		}
		n := r.words[j]
		named := r.ment[j] >= 0 && r.d.Mentions[r.ment[j]].Kind == doc.Name
		if !named && (n == d.class || n == d.head || !d.weak && (sameClass[n] != "" && sameClass[n] == sameClass[d.class] ||
			companyNouns[n] && companyNouns[d.class])) {
			return j + 1
		}
	}
	if e := r.entityAt(k); e >= 0 && e == d.ent && r.mentionStart(k) == k {
		return r.mentionEnd(k)
	}
	return -1
}

// passiveTo reports whether tokens [a, i) are an auxiliary and adverbs
// before the participle at i: "was", "was originally", "has been".
func (r *run) passiveTo(a, i int) bool {
	aux := false
	for k := a; k < i; k++ {
		switch w := r.words[k]; {
		case w == "was" || w == "were" || w == "is" || w == "been" || w == "has" || w == "had" || w == "have":
			aux = true
		case foundingAdverbs[w]:
		default:
			return false
		}
	}
	return aux
}

// foundingDate returns the date a founding verb at token i names in its
// clause: "in 1935", "on 4 January 1926", "by X in 1923", "by A and B in
// 1863", "as a camp in 1935", "between 1863 and 1874" (the first year),
// within ten tokens and before a comma or a relative pronoun.
func (r *run) foundingDate(i int, s doc.Sentence) (string, int) {
	agent := false
	for k := i + 1; k+1 < s.Last && k < i+12; k++ {
		switch r.words[k] {
		case "by":
			agent = true
		case "and":
			// "built by A and B Smith in 1863": the agents, not a clause.
			if agent && capitalized(r.d.TokenText(k+1)) && r.d.Tokens[k+1].Kind == doc.Word {
				continue
			}
			return "", -1
		case ",", ";", "(", "which", "who", "that", "when", "but", "after", "before", "until":
			return "", -1
		case "in", "on", "from", "during", "around", "circa", "c.", "between":
			if v, de := r.decadeRightAfter(k, s); v != "" {
				return v, de
			}
		}
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Date {
			return "", -1
		}
	}
	return "", -1
}

// decade is a TimeML decade: "197" for "the 1970s".
var decade = regexp.MustCompile(`^\d{3}$`)

// dateOrDecade reports whether v is a calendar date, a year, a month or a
// decade.
func dateOrDecade(v string) bool {
	return v != "" && (datePrefix.MatchString(v) || decade.MatchString(v))
}

// decadeRightAfter is dateRightAfter that takes a decade too: "in the
// late 1970s".
func (r *run) decadeRightAfter(i int, s doc.Sentence) (string, int) {
	if i+1 >= s.Last {
		return "", -1
	}
	from := r.d.Tokens[i+1].Start
	for _, t := range r.d.Timexes {
		if t.Start == from && t.End <= s.End && dateOrDecade(t.Value) {
			return t.Value, r.d.TokenAt(t.End - 1)
		}
	}
	return "", -1
}

// companyNouns name a business; any of them may name again a business
// the article defined by another: "a subsidiary of X … This company".
var companyNouns = set("company", "firm", "corporation", "subsidiary", "manufacturer", "retailer", "airline", "bank",
	"publisher", "conglomerate", "chain", "brand", "operator", "carrier", "startup", "developer", "business")

// foundingVerbAt reports whether the verb at i says a founding: "set" only
// in "set up", and none before "into" (a merger), "up" or "out", nor
// "launched on the stock market" (a verb before "on" and no date).
func (r *run) foundingVerbAt(i int, s doc.Sentence) bool {
	if r.words[i] == "set" {
		return i+1 < s.Last && r.words[i+1] == "up"
	}
	if i+1 < s.Last {
		switch r.words[i+1] {
		case "into", "onto", "up", "out":
			return false // "incorporated into the city": a merger
		case "on":
			// "launched on the stock market", "opened on the site of X"
			// name no founding unless a date follows.
			if v, _ := r.decadeRightAfter(i+1, s); v == "" {
				return false
			}
		}
	}
	return true
}

// itWasFounded: "It was erected in the early 1950s", "The canton was created
// in 1986", "The firm was incorporated on 12 May 1931", "Designed
// by A, it was built in 1900", "The current league originates from 1978"
// — a later sentence dates the thing the article defines.
func (r *run) itWasFounded(i int, s doc.Sentence) {
	if s.First == r.d.Sentences[0].First || !r.foundingVerbAt(i, s) {
		return
	}
	d := r.definedThing(false)
	if d.ent == -1 || d.typ == "" || !r.dateVerbFits(i, d.typ) || d.typ == doc.Work && !lawNouns[d.class] || !r.launchFits(i, d.class) {
		return // a film or a song: release and its guards read "It was released"
	}
	// The subject: the sentence's first words, or "it" after a fronted
	// participle clause ("Designed by A, it was built").
	k := s.First
	end := r.refersToDefined(k, s, d)
	if end < 0 {
		for j := s.First + 1; j < i; j++ {
			if r.words[j] == "," && j+1 < i && r.words[j+1] == "it" && fronted(r.words[s.First]) {
				k, end = j+1, j+2
				break
			}
		}
	}
	if end < 0 || end > i {
		return
	}
	// "The monument, cast in X, was unveiled": an apposition.
	j := end
	if j < i && r.words[j] == "," {
		for j++; j < i && r.words[j] != ","; j++ {
		}
		j++
	}
	v := r.words[i]
	if originVerbs[v] {
		if j != i {
			return
		}
	} else if j >= i || !r.passiveTo(j, i) && !r.coordPassive(j, i) {
		return
	}
	date, de := r.foundingDate(i, s)
	from := k
	if date == "" && k > s.First+2 && r.words[k-1] == "," && (r.words[s.First] == "in" || r.words[s.First] == "on") {
		// "On 3 June 1961, it was formally established as the X": the date
		// that opens the sentence.
		if v, e := r.decadeRightAfter(s.First, s); v != "" && e == k-2 {
			date, de, from = v, i, s.First
		}
	}
	if !dateOrDecade(date) {
		return
	}
	e := r.settle()
	if e < 0 {
		return
	}
	r.add(e, datePredicate(d.typ), -1, date, from, de+1, scoreGood, "it-was-founded")
	r.townFoundedBy(e, i, s)
	// "… established as the X National Shrine": the new name too.
	if q := i + 1; d.typ != doc.Work && q+2 < s.Last && r.words[q] == "as" && r.words[q+1] == "the" {
		if n := r.entityAt(q + 2); n >= 0 && n != e && foundable(r.typeOf(n)) && r.mentionStart(q+2) == q+2 && r.d.Mentions[r.ment[q+2]].Kind == doc.Name {
			r.add(n, doc.Inception, -1, date, from, max(de+1, r.mentionEnd(q+2)), scoreGood, "it-was-founded-as")
		}
	}
}

// townFoundedBy: "It was founded by A in 1923" of a town the article
// defines — the people after "by" right after the verb founded it. A
// builder is no founder, and an organisation's founders are read by
// founding in encyclopedic.go.
func (r *run) townFoundedBy(e, i int, s doc.Sentence) {
	if t := r.typeOf(e); t != doc.GPE && t != doc.Loc || i+2 >= s.Last || r.words[i+1] != "by" {
		return
	}
	if v := r.words[i]; v != "founded" && v != "co-founded" && v != "established" {
		return
	}
	for _, a := range r.listAfter(i+2, s.Last, 2, doc.Person) {
		r.add(a.e, doc.Founded, e, "", i, a.end, scoreGood, "town-founded-by")
	}
}

// coordPassive reports whether tokens [a, i) are a passive clause and
// "and" before the participle at i: "was designed by A and opened", "is
// run by B and was established". A first clause with its own number
// ("was extended in 1920 and completed") dates another event.
func (r *run) coordPassive(a, i int) bool {
	c := i - 1
	if c > a && (r.words[c] == "was" || r.words[c] == "were") {
		c--
	}
	if c-a < 2 || c-a > 12 || r.words[c] != "and" {
		return false
	}
	switch r.words[a] {
	case "was", "were", "is", "are":
	default:
		return false
	}
	for k := a + 1; k < c; k++ {
		switch r.words[k] {
		case ",", ";", "and", "which", "who", "that", "but", "(":
			return false
		}
		if r.d.Tokens[k].Kind == doc.Number {
			return false
		}
	}
	return true
}

// fronted reports whether w can open a participle or prepositional clause
// before a sentence's subject: "Designed by A, it", "Under B, it".
func fronted(w string) bool {
	switch w {
	case "in", "on", "under", "after", "during", "following", "originally", "initially", "like", "as", "with", "since":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// screenClasses are the class nouns of a broadcast or screen work whose
// production in a year is its release: "a telenovela produced by A for
// B in 1995".
var screenClasses = set("film", "movie", "telenovela", "series", "sitcom", "documentary", "miniseries", "serial",
	"soap", "programme", "program", "show", "drama")

// workMadeFits reports whether the participle at i dates the work d
// defines: "released" or "published" for any work, "produced" for a
// screen work.
func (r *run) workMadeFits(i int, d defined) bool {
	if d.typ != doc.Work {
		return false
	}
	switch r.words[i] {
	case "released", "published", "issued":
		return true
	case "produced":
		return screenClasses[d.class]
	}
	return false
}

// definedParticiple: "Kestrel Group was a Canadian naval unit
// established in May 1943", "X is an organisation created by the
// government in 1921", "X is a trading zone in Y that formally
// opened on 9 March 2015" — a founding participle or relative clause
// on the class noun of the opening definition dates the defined thing.
func (r *run) definedParticiple(i int, s doc.Sentence) {
	if s.First != r.d.Sentences[0].First || !r.foundingVerbAt(i, s) {
		return
	}
	d := r.definedThing(false)
	if d.ent == -1 || d.typ == "" || i <= d.cop+2 || !r.dateVerbFits(i, d.typ) && !r.workMadeFits(i, d) ||
		d.typ == doc.Work && !lawNouns[d.class] && !r.workMadeFits(i, d) || !r.launchFits(i, d.class) {
		return
	}
	// Back over "that was officially", "which was".
	k := i - 1
	for k > d.cop && (foundingAdverbs[r.words[k]] || r.words[k] == "was" || r.words[k] == "were" || r.words[k] == "is" ||
		r.words[k] == "has" || r.words[k] == "been") {
		k--
	}
	if r.words[k] == "that" || r.words[k] == "which" {
		k--
	} else if k != i-1 {
		return
	}
	// The phrase from the copula holds no apposition, clause or list: a
	// noun phrase and its place ("a hub in Y, Z").
	for q := d.cop + 1; q <= k; q++ {
		w := r.words[q]
		if w == ";" || w == "(" || copulas[w] || w == "and" && q+1 <= k && (r.words[q+1] == "a" || r.words[q+1] == "an" || r.words[q+1] == "the") {
			return
		}
		if w == "," && q+1 <= k && (r.words[q+1] == "a" || r.words[q+1] == "an" || r.words[q+1] == "the" || r.words[q+1] == "which") {
			return
		}
		if q > d.cop+1 && (w == "which" || w == "that" || w == "who") {
			return
		}
	}
	// The word before the participle: the class noun phrase's head, or
	// the place after it.
	if e := r.entityAt(k); e >= 0 {
		if r.typeOf(e) != doc.GPE && r.typeOf(e) != doc.Loc || r.words[i-1] != "that" && r.words[i-1] != "which" && !foundingAdverbs[r.words[i-1]] {
			return // "a subsidiary of ORG founded in 1990": the organisation's date
		}
	} else if r.d.Tokens[k].Kind != doc.Word || capitalized(r.d.TokenText(k)) {
		return
	}
	if r.originVerb(i) {
		return
	}
	date, de := r.foundingDate(i, s)
	if !dateOrDecade(date) {
		return
	}
	if e := r.settle(); e >= 0 {
		r.add(e, datePredicate(d.typ), -1, date, d.first, de+1, scoreGood, "defined-participle")
	}
}

// originVerb reports whether the verb at i is an active origin verb,
// which no participle pattern reads.
func (r *run) originVerb(i int) bool { return originVerbs[r.words[i]] }

// foundedObject: "Morrow founded the left-leaning civic association X
// in April 1951", "who established the Friends of Y in 1994" — an
// organisation named as the object of a founding verb, with the date
// right after it.
func (r *run) foundedObject(i int, s doc.Sentence) {
	if i > s.First && (r.words[i-1] == "was" || r.words[i-1] == "were" || r.words[i-1] == "been" || r.words[i-1] == "be") {
		return
	}
	k := i + 1
	if k < s.Last && (r.words[k] == "the" || r.words[k] == "a" || r.words[k] == "an") {
		k++
	}
	for n := 0; k < s.Last && n < 5 && r.entityAt(k) < 0; n++ {
		w := r.words[k]
		if r.d.Tokens[k].Kind != doc.Word && w != "-" || capitalized(r.d.TokenText(k)) || titleSmall[w] || verbLike(w) && !strings.HasSuffix(w, "-wing") {
			if w != "right" && w != "left" && w != "-" && w != "wing" {
				return
			}
		}
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	classed := k > i+1 && (orgClass[r.words[k-1]] || bodyNouns[r.words[k-1]])
	if r.words[i] == "created" && !classed {
		return // "who created Spider-Man in 1962": a character or a show
	}
	switch r.typeOf(o) {
	case doc.Org:
	case doc.Person, doc.Work:
		// "formed the political organization X": the class noun says
		// what the tagger took for a person is an organisation.
		if !classed || len(r.d.Entities[o].Mentions) > 3 {
			return
		}
	default:
		return
	}
	end := r.mentionEnd(k)
	if end-1 > k && (r.words[end-1] == "in" || r.words[end-1] == "on") && end < s.Last && r.d.Tokens[end].Kind == doc.Number {
		end-- // "the Friends of Nature in" read as one name before "1994"
	}
	if end+2 < s.Last && r.words[end] == "(" && r.words[end+2] == ")" {
		end += 3 // "X (ABBR)"
	}
	if end+1 >= s.Last || r.words[end] != "in" && r.words[end] != "on" {
		return
	}
	date, de := r.dateRightAfter(end, s)
	if date == "" || !datePrefix.MatchString(date) {
		return
	}
	if r.typeOf(o) != doc.Org {
		r.retype(o, doc.Org)
	}
	r.add(o, doc.Inception, -1, date, i, de+1, scoreGood, "founded-org-in")
}

// frontedFounding: "In 1958 the X Hall was built beside the harbour",
// "On 17 March 2009, …, the X Authority, led by Y, was formed", "Since
// 1773, when the X Opera was founded by Y" — a passive founding with no
// date of its own, dated by the clause that opens the sentence or by the
// date before "when".
func (r *run) frontedFounding(i int, s doc.Sentence) {
	if !inceptionVerbs[r.words[i]] || !r.foundingVerbAt(i, s) || r.words[i] == "completed" || r.words[i] == "launched" {
		return
	}
	if v, _ := r.foundingDate(i, s); v != "" {
		return // the verb's own date: other patterns read it
	}
	// Back over the auxiliary to the subject, maybe past an apposition.
	k := i - 1
	for k > s.First && (foundingAdverbs[r.words[k]] || r.words[k] == "was" || r.words[k] == "were") {
		k--
	}
	if k == i-1 || r.words[k+1] != "was" && r.words[k+1] != "were" {
		return
	}
	if r.words[k] == "," {
		j := k - 1
		for j > s.First && j > k-10 && r.words[j] != "," {
			j--
		}
		if r.words[j] != "," {
			return
		}
		k = j - 1
	}
	o := r.entityAt(k)
	if o < 0 || !foundable(r.typeOf(o)) || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	if (r.typeOf(o) == doc.GPE || r.typeOf(o) == doc.Loc) && !placeFounding[r.words[i]] && r.words[i] != "built" &&
		r.words[i] != "constructed" && r.words[i] != "erected" && r.words[i] != "inaugurated" {
		return
	}
	at := r.mentionStart(k)
	a := at
	if a > s.First && r.words[a-1] == "the" {
		a--
	}
	// "…, when X was founded": the date before the "when".
	if a-3 >= s.First && r.words[a-1] == "when" && r.words[a-2] == "," {
		for _, x := range r.d.Timexes {
			if x.End <= r.d.Tokens[a-2].Start && r.d.TokenAt(x.End-1) == a-3 && datePrefix.MatchString(x.Value) {
				r.add(o, doc.Inception, -1, x.Value, r.d.TokenAt(x.Start), i+1, scoreGood, "when-founded")
				return
			}
		}
		return
	}
	// "During the war, in 1942 the X was built": the date right before
	// the subject.
	q := a - 1
	if q > s.First && r.words[q] == "," {
		q--
	}
	for _, x := range r.d.Timexes {
		if q <= s.First || r.d.TokenAt(x.End-1) != q || x.End > r.d.Tokens[q].End || !datePrefix.MatchString(x.Value) {
			continue
		}
		p := r.d.TokenAt(x.Start)
		if p-1 >= s.First && (r.words[p-1] == "in" || r.words[p-1] == "on") && (p-1 == s.First || r.words[p-2] == ",") {
			r.add(o, doc.Inception, -1, x.Value, p-1, i+1, scoreGood, "in-date-founded-passive")
			return
		}
	}
	// "On DATE, …, the X was formed".
	w := r.words[s.First]
	if w != "in" && w != "on" {
		return
	}
	date, de := r.dateRightAfter(s.First, s)
	if date == "" || !datePrefix.MatchString(date) || de >= a {
		return
	}
	// The subject is the first name after the date, or the last clause's
	// after "and": "On DATE, A was removed, and the X was formed".
	conj := a-1 > de && r.words[a-1] == "and"
	for q := de + 1; q < at; q++ {
		if e := r.entityAt(q); e >= 0 && r.typeOf(e) != doc.Date && r.typeOf(e) != doc.NORP && !conj {
			return
		}
		if r.words[q] == ";" {
			return
		}
	}
	r.add(o, doc.Inception, -1, date, s.First, i+1, scoreGood, "in-date-founded-passive")
}

// whichReleased: "“W”, which was first released in 1966", "the single
// “W”, which had initially been released in 1984" — a relative clause
// on a work dates it.
func (r *run) whichReleased(i int, s doc.Sentence) {
	k := i - 1
	for k > s.First && (r.words[k] == "was" || r.words[k] == "were" || r.words[k] == "had" || r.words[k] == "has" ||
		r.words[k] == "been" || r.words[k] == "originally" || r.words[k] == "first" || r.words[k] == "initially") {
		k--
	}
	if k == i-1 || r.words[k] != "which" || k-2 < s.First || r.words[k-1] != "," {
		return
	}
	j := k - 2
	if r.d.Tokens[j].Kind == doc.CloseQuote && j > s.First {
		j--
	}
	e := r.entityAt(j)
	if e < 0 || r.typeOf(e) != doc.Work || r.mentionEnd(j) != j+1 {
		return
	}
	if i+2 >= s.Last || r.words[i+1] != "in" && r.words[i+1] != "on" {
		return
	}
	date, de := r.dateRightAfter(i+1, s)
	if date == "" || !datePrefix.MatchString(date) {
		return
	}
	p := doc.Published
	if r.words[i] == "premiered" {
		p = doc.Premiere
	}
	r.add(e, p, -1, date, r.mentionStart(j), de+1, scoreGood, "which-was-released")
}

// frontedParticiple: "Established in May 1931 at the urging of A,
// Brookvale was founded by …", "Built in the 1840s, the mansion houses …",
// "Formed in 2004, the trio comprises …" — a founding participle that
// opens the sentence dates the subject after the comma that closes it: a
// named organisation or place, or the defined thing named by its class
// noun or "it".
func (r *run) frontedParticiple(i int, s doc.Sentence) {
	if i != s.First || originVerbs[r.words[i]] || !r.foundingVerbAt(i, s) || i+1 >= s.Last || r.words[i+1] != "in" && r.words[i+1] != "on" {
		return
	}
	date, de := r.decadeRightAfter(i+1, s)
	if date == "" {
		return
	}
	depth, c := 0, -1
	for j := de + 1; j+1 < s.Last && j < de+30; j++ {
		switch r.words[j] {
		case "(":
			depth++
		case ")":
			depth--
		case ",":
			if depth == 0 {
				c = j
			}
		}
		if c >= 0 {
			break
		}
	}
	if c < 0 {
		return
	}
	k := c + 1
	d := r.definedThing(false)
	if d.ent != -1 && d.typ != "" && r.dateVerbFits(i, d.typ) && r.launchFits(i, d.class) && r.refersToDefined(k, s, d) > 0 && (r.words[k] == "it" || r.ment[k] < 0 || r.d.Mentions[r.ment[k]].Kind != doc.Name) {
		if e := r.settle(); e >= 0 {
			r.add(e, datePredicate(d.typ), -1, date, i, de+1, scoreGood, "fronted-participle")
		}
		return
	}
	if !inceptionVerbs[r.words[i]] {
		return
	}
	if r.words[k] == "the" && k+1 < s.Last {
		k++
	}
	e := r.entityAt(k)
	if e < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	person := false
	switch r.typeOf(e) {
	case doc.Org:
	case doc.GPE, doc.Loc:
		if !placeMade(r.words[i]) {
			return
		}
	case doc.Person:
		// Nobody is "established in 1924": a name the tagger took for a
		// person is an organisation.
		if !orgOnlyVerbs[r.words[i]] && r.words[i] != "established" || len(r.d.Entities[e].Mentions) > 3 {
			return
		}
		person = true
	default:
		return
	}
	// The name is the clause's subject: a verb follows it.
	end := r.mentionEnd(k)
	if end >= s.Last || !(copulas[r.words[end]] || r.words[end] == "has" || r.words[end] == "had" || verbLike(r.words[end]) ||
		strings.HasSuffix(r.words[end], "s") && len(r.words[end]) > 3 && r.d.Tokens[end].Kind == doc.Word && !capitalized(r.d.TokenText(end))) {
		return
	}
	if person {
		r.retype(e, doc.Org)
	}
	r.add(e, doc.Inception, -1, date, i, de+1, scoreGood, "fronted-participle")
}

// nameOriginated: "The Duchy of X originated in 1525", "where the City of
// Y itself originated in 1624" — an organisation or a place named right
// before an origin verb.
func (r *run) nameOriginated(i int, s doc.Sentence) {
	if !originVerbs[r.words[i]] || i == s.First || i+1 >= s.Last || r.words[i+1] != "in" && r.words[i+1] != "from" {
		return
	}
	k := i - 1
	if k > s.First && r.words[k] == "itself" {
		k--
	}
	e := r.entityAt(k)
	if e < 0 || !foundable(r.typeOf(e)) || r.mentionEnd(k) != k+1 || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	date, de := r.dateRightAfter(i+1, s)
	if date == "" {
		return
	}
	r.add(e, doc.Inception, -1, date, r.mentionStart(k), de+1, scoreGood, "name-originated")
}

// nameParticiple: "the new wing of the X Gallery, open to
// visitors since May 2012", "the city of X, built by monks in 1200" — a
// founding participle after a comma dates the name before the comma, the
// date a few words on (a date right after the verb is founding's).
func (r *run) nameParticiple(i int, s doc.Sentence) {
	if !inceptionVerbs[r.words[i]] || originVerbs[r.words[i]] || !r.foundingVerbAt(i, s) || i-2 < s.First || r.words[i-1] != "," || i+1 >= s.Last {
		return
	}
	switch r.words[i+1] {
	case "in", "on", "a", "an", "the", "his", "her", "their", "its", "this", "and":
		return // the date right after: founding reads it; an object: an active verb
	}
	if capitalized(r.d.TokenText(i + 1)) {
		return
	}
	k := i - 2
	e := r.entityAt(k)
	if e < 0 || r.mentionEnd(k) != i-1 || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	if !r.madeBy(e, r.words[i]) {
		return
	}
	if r.words[i] == "launched" || r.words[i] == "completed" {
		return
	}
	date, de := r.foundingDate(i, s)
	if date == "" {
		return
	}
	r.add(e, doc.Inception, -1, date, r.mentionStart(k), de+1, scoreGood, "name-participle")
}

// independenceVerbs take "independence" as their object: "gained
// independence from X in 1960".
// A declaration is left out: it may found no state ("Catalonia declared
// independence in 2017").
var independenceVerbs = set("gained", "won", "achieved", "attained", "obtained")

// independence: "Ruritania became an independent state on 2 March 1958",
// "Ghana gained independence from Britain in 1957", "India's
// independence in 1947" — a state named right before dates its inception
// by its independence.
func (r *run) independence(i int, s doc.Sentence) {
	if i+1 >= s.Last || i-2 < s.First {
		return
	}
	k := i - 1 // the token before the phrase, to end the state's name
	switch r.words[i] {
	case "independent":
		// "became independent", "became an independent state"
		q := i + 1
		if r.words[k] == "an" {
			k--
			if !stateNouns[r.words[q]] {
				return
			}
			q++
		}
		if r.words[k] != "became" {
			return
		}
		k--
		r.independenceDate(k, q, i, s)
	case "independence":
		switch {
		case independenceVerbs[r.words[k]]:
			k--
		case r.words[k] == "'s" || r.words[k] == "’s":
			k--
		case k-2 > s.First && r.words[k] == "of" && r.words[k-1] == "declaration" && (r.words[k-2] == "'s" || r.words[k-2] == "’s"):
			k -= 3 // "X's declaration of independence in 1917"
		default:
			return
		}
		r.independenceDate(k, i+1, i, s)
	}
}

// stateNouns name a sovereign state: "an independent state".
var stateNouns = set("state", "country", "nation", "republic", "kingdom", "dominion")

// independenceDate adds the inception of the state whose name ends at
// token k, dated right after token q, past "from X": the phrase's head is
// at token i.
func (r *run) independenceDate(k, q, i int, s doc.Sentence) {
	for k > s.First && (r.words[k] == "formally" || r.words[k] == "officially" || r.words[k] == "finally") {
		k--
	}
	e := r.entityAt(k)
	if e < 0 || r.typeOf(e) != doc.GPE && r.typeOf(e) != doc.Loc || r.mentionEnd(k) != k+1 || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	if q+1 < s.Last && r.words[q] == "from" {
		if x := r.entityAt(q + 1); x >= 0 && r.mentionStart(q+1) == q+1 {
			q = r.mentionEnd(q + 1)
		} else {
			return
		}
	}
	if q+1 >= s.Last || r.words[q] != "in" && r.words[q] != "on" {
		return
	}
	date, de := r.dateRightAfter(q, s)
	if date == "" || !datePrefix.MatchString(date) {
		return
	}
	r.add(e, doc.Inception, -1, date, r.mentionStart(k), de+1, scoreGood, "independence-in")
}

// foundingNounTypes are the nouns of a founding, each with the types of
// thing it founds: "the creation of the Coastal League in 1971", "the
// completion of X Dam in 1936". An opening founds a place, not a body
// ("the State Opening of Parliament").
var foundingNounTypes = map[string][]doc.EntityType{
	"founding":      {doc.Org, doc.GPE, doc.Loc},
	"foundation":    {doc.Org, doc.GPE},
	"establishment": {doc.Org, doc.GPE, doc.Loc},
	"creation":      {doc.Org, doc.GPE, doc.Loc},
	"formation":     {doc.Org},
	"inauguration":  {doc.Loc},
	"completion":    {doc.Loc},
	"opening":       {doc.Loc},
	"introduction":  {doc.Org},
	"construction":  {doc.Loc},
}

// foundingOf: "until the creation of the Coastal League in 1971", "formed by
// the completion of Marlow Dam in 1958", "since the introduction of the
// X Authority in 2006", "the construction of the X Station (1897–1901)" —
// a founding noun, a name after "of" and a date right after the name or a
// year in parentheses.
func (r *run) foundingOf(i int, s doc.Sentence) {
	types := foundingNounTypes[r.words[i]]
	if types == nil || i == s.First || r.words[i-1] != "the" || i+3 >= s.Last || r.words[i+1] != "of" {
		return
	}
	k := i + 2
	if r.words[k] == "the" {
		k++
	}
	e := r.entityAt(k)
	if e < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	ok := false
	for _, t := range types {
		ok = ok || r.typeOf(e) == t
	}
	end := r.mentionEnd(k)
	if !ok && foundable(r.typeOf(e)) && placeNouns[r.words[end-1]] {
		ok = true // "the completion of X Dam": a building, whatever its tag
	}
	if !ok || end+1 >= s.Last {
		return
	}
	var date string
	var de int
	switch r.words[end] {
	case "in", "on":
		date, de = r.dateRightAfter(end, s)
	case "(":
		// "oversaw the construction of the X Station (1897–1901)"
		date, de = r.yearParen(end, s)
	}
	if date == "" || !datePrefix.MatchString(date) {
		return
	}
	r.add(e, doc.Inception, -1, date, i-1, de+1, scoreGood, "the-founding-of")
}

// existedFrom: "X was an administrative division of Y, which existed
// from 1708 until 1782", "X was a command of the Y Navy, active from 1944
// to 1958" — in a past definition the start of the defined thing's
// existence is its inception, not the nearer name's (activeFrom reads a
// name right before the verb).
func (r *run) existedFrom(i int, s doc.Sentence) {
	if s.First != r.d.Sentences[0].First || i+2 >= s.Last || i-2 <= s.First || r.words[i+1] != "from" {
		return
	}
	k := i - 1
	if r.words[i] == "existed" {
		if r.words[k] != "which" {
			return
		}
		k--
	}
	if r.words[k] != "," {
		return
	}
	date, de := r.dateRightAfter(i+1, s)
	if date == "" || !datePrefix.MatchString(date) {
		return
	}
	d := r.definedThing(false)
	if d.ent == -1 || d.typ == "" || d.typ == doc.Work || d.cop >= k || r.words[d.cop] != "was" && r.words[d.cop] != "were" {
		return
	}
	if e := r.settle(); e >= 0 {
		r.add(e, doc.Inception, -1, date, d.first, de+1, scoreGood, "existed-from")
	}
}

// protectedNouns end the name of a protected area, which a government
// designates into being: "X National Monument", "the Y Wilderness".
// A forest is left out: "X Forest" names a wood older than its
// designation.
var protectedNouns = set("park", "monument", "reserve", "wilderness", "sanctuary", "refuge", "preserve", "seashore",
	"lakeshore", "area", "parks", "reserves")

// designateVerbs make a protected area: "designated X National Monument
// on 2 March 1909", "the X National Park, declared in 1938".
var designateVerbs = set("designated", "declared", "proclaimed", "gazetted")

// protectedAt returns the protected area named at token k, after an
// optional "the", with its first token and the token after its name, or
// -1. A name no tagger found whole ("the Olympic Wilderness", with only
// "Olympic" a place) is -2: settleArea makes it once a date is found.
func (r *run) protectedAt(k int, s doc.Sentence) (int, int, int) {
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	e := r.entityAt(k)
	if e < 0 || r.mentionStart(k) != k || !foundable(r.typeOf(e)) || r.d.Mentions[r.ment[k]].Kind != doc.Name || r.mentionEnd(k) < r.capsName(k, s) {
		if b := r.capsName(k, s); b-k >= 2 && protectedNouns[r.words[b-1]] && r.entityAt(b-1) < 0 {
			return -2, k, b
		}
		return -1, -1, -1
	}
	end := r.mentionEnd(k)
	if !protectedNouns[r.words[end-1]] || end-k < 2 {
		return -1, -1, -1
	}
	return e, k, end
}

// settleArea returns protected area e, making the mention over [a, b)
// when e is -2.
func (r *run) settleArea(e, a, b int) int {
	if e == -2 {
		return r.newMention(a, b, doc.Loc, doc.Name, -1)
	}
	return e
}

// designated: "President A originally designated X National Monument on
// 2 March 1909", "In 1988, Congress designated most of the park as the X
// Wilderness", "the X National Park, declared in 1938 through …" — a
// protected area is made by its designation: its inception.
func (r *run) designated(i int, s doc.Sentence) {
	if i == s.First || i+2 >= s.Last || r.inQ[i] {
		return
	}
	prev := r.words[i-1]
	if prev == "," {
		// "X National Park, declared in 1938"
		e := r.entityAt(i - 2)
		if e < 0 || r.mentionEnd(i-2) != i-1 || r.words[i+1] != "in" && r.words[i+1] != "on" {
			return
		}
		if p, _, _ := r.protectedAt(r.mentionStart(i-2), s); p != e {
			return
		}
		if date, de := r.dateRightAfter(i+1, s); date != "" && datePrefix.MatchString(date) {
			r.add(e, doc.Inception, -1, date, r.mentionStart(i-2), de+1, scoreGood, "designated-area")
		}
		return
	}
	if prev == "was" || prev == "were" || prev == "been" || prev == "be" || prev == "is" || prev == "are" {
		return
	}
	// The object: the area itself, or "… as the X Wilderness".
	e, at, end := r.protectedAt(i+1, s)
	if e == -1 {
		for k := i + 1; k < s.Last && k < i+10; k++ {
			if r.words[k] == "," || r.words[k] == ";" || r.words[k] == "(" {
				return
			}
			if r.words[k] == "as" {
				e, at, end = r.protectedAt(k+1, s)
				break
			}
		}
	}
	if e == -1 {
		return
	}
	if end+1 < s.Last && (r.words[end] == "in" || r.words[end] == "on") {
		if date, de := r.dateRightAfter(end, s); date != "" && datePrefix.MatchString(date) {
			r.add(r.settleArea(e, at, end), doc.Inception, -1, date, i, de+1, scoreGood, "designated-area")
		}
		return
	}
	// "In 1988, Congress designated …": the date that opens the sentence.
	if end < s.Last && r.words[end] != "." || r.words[s.First] != "in" && r.words[s.First] != "on" {
		return
	}
	date, de := r.dateRightAfter(s.First, s)
	if date == "" || !datePrefix.MatchString(date) || de+2 >= i || r.words[de+1] != "," {
		return
	}
	for q := de + 2; q < i; q++ {
		if r.words[q] == "," || r.words[q] == ";" {
			return
		}
	}
	r.add(r.settleArea(e, at, end), doc.Inception, -1, date, s.First, end, scoreGood, "designated-area")
}

// operationWords say a thing works: "in operation since 1952", "has
// offered full operations since 1952", "has existed since 1120".
var operationWords = set("operation", "operations", "operating", "operated", "operational", "existence", "existed")

// inOperationSince: "It has run scheduled ferry operations since 1964",
// "X has been in operation since 1952" — the defined thing or a name
// opening the sentence, working since a date: its inception.
func (r *run) inOperationSince(i int, s doc.Sentence) {
	if i+1 >= s.Last || i-2 <= s.First {
		return
	}
	date, de := r.dateRightAfter(i, s)
	if date == "" || !datePrefix.MatchString(date) {
		return
	}
	// The operation word right before "since", a few words after "has".
	if !operationWords[r.words[i-1]] {
		return
	}
	h := i - 2
	for h > s.First && h > i-7 && r.words[h] != "has" && r.words[h] != "have" {
		if r.d.Tokens[h].Kind == doc.Punct || r.entityAt(h) >= 0 {
			return
		}
		h--
	}
	if r.words[h] != "has" && r.words[h] != "have" {
		return
	}
	e, at := -1, s.First
	d := r.definedThing(false)
	if d.ent != -1 && d.typ != "" && d.typ != doc.Work && r.refersToDefined(s.First, s, d) == h && (r.words[s.First] == "it" || r.ment[s.First] < 0 || r.entityAt(s.First) == d.ent) {
		e = r.settle()
	} else if x := r.entityAt(h - 1); x >= 0 && foundable(r.typeOf(x)) && r.mentionStart(h-1) == s.First+boolInt(r.words[s.First] == "the") && r.d.Mentions[r.ment[h-1]].Kind == doc.Name {
		e = x
	}
	if e < 0 {
		return
	}
	r.add(e, doc.Inception, -1, date, at, de+1, scoreGood, "in-operation-since")
}

// boolInt is 1 for true.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// companySuffixes end a company's legal name after a comma: "X, LLC".
var companySuffixes = set("llc", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "plc", "gmbh", "ag", "sa", "llp", "co.")

// abbrFounded: "X Business School (XBS) was founded in 1903", "X Europe
// GmbH was set up in March 2009" — a name, then its abbreviation
// in parentheses or its legal suffix after a comma, then a passive
// founding verb and its date: the parenthesis or the suffix hides the name
// from the other founding patterns.
func (r *run) abbrFounded(i int, s doc.Sentence) {
	if !inceptionVerbs[r.words[i]] || r.words[i] == "launched" || r.words[i] == "completed" || r.words[i] == "set" || !r.foundingVerbAt(i, s) {
		return
	}
	k := i - 1
	for k > s.First && foundingAdverbs[r.words[k]] {
		k--
	}
	if k <= s.First+3 || r.words[k] != "was" && r.words[k] != "were" {
		return
	}
	k--
	switch {
	case r.words[k] == ")" && r.words[k-2] == "(" && capitalized(r.d.TokenText(k-1)):
		k -= 3
	case companySuffixes[r.words[k]] && r.words[k-1] == ",":
		k -= 2
	default:
		return
	}
	e := r.entityAt(k)
	if e < 0 || r.mentionEnd(k) != k+1 || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	if !r.madeBy(e, r.words[i]) {
		return
	}
	r.foundedOn(e, i, s, r.mentionStart(k), "name-(abbr)-founded")
}

// whichFounded: "the Grand X Theatre, which opened in 1931", "the X
// Bridge, which was built in 1889 by Y" — a relative clause on a place
// dates it; a name the tagger typed otherwise whose last word is a
// building noun is a place. founding reads an organisation's ("X, which
// was founded in 1875").
func (r *run) whichFounded(i int, s doc.Sentence) {
	v := r.words[i]
	if !inceptionVerbs[v] || v == "launched" || v == "completed" || v == "set" || v == "created" || !r.foundingVerbAt(i, s) {
		return
	}
	k := i - 1
	aux := false
	for k > s.First && (foundingAdverbs[r.words[k]] || r.words[k] == "was" || r.words[k] == "were" || r.words[k] == "had" || r.words[k] == "been") {
		aux = aux || r.words[k] == "was" || r.words[k] == "were" || r.words[k] == "been"
		k--
	}
	if !aux && v != "opened" || k-2 < s.First || r.words[k] != "which" || r.words[k-1] != "," {
		return
	}
	j := k - 2
	e := r.entityAt(j)
	if e < 0 || r.mentionEnd(j) != j+1 || r.d.Mentions[r.ment[j]].Kind != doc.Name {
		return
	}
	head := r.words[j]
	t := r.typeOf(e)
	switch {
	case t == doc.Org || (t == doc.GPE || t == doc.Loc) && foundingVerbs[v] && placeFounding[v]:
		return // founding reads "X, which was founded in 1875"
	case (t == doc.GPE || t == doc.Loc) && (v == "built" || v == "constructed" || v == "erected" || v == "inaugurated" || v == "opened"):
	case placeNouns[head] && !orgClass[head] && r.mentionEnd(j)-r.mentionStart(j) > 1 && len(r.d.Entities[e].Mentions) <= 3:
		if t != doc.Loc && t != doc.GPE && t != doc.Org {
			r.retype(e, doc.Loc) // "the Grand X Theatre" taken for an event
		}
	default:
		return
	}
	r.foundedOn(e, i, s, r.mentionStart(j), "which-was-founded")
}

// datesFrom: "The church dates from 1120", "It dates back to the late
// 1840s" — a named place or organisation, or the defined thing, whose
// origin is dated.
func (r *run) datesFrom(i int, s doc.Sentence) {
	if i == s.First || i+2 >= s.Last {
		return
	}
	q := i + 1
	if r.words[q] == "back" {
		q++
	}
	if r.words[q] != "from" && r.words[q] != "to" {
		return
	}
	date, de := r.decadeRightAfter(q, s)
	if !dateOrDecade(date) {
		return
	}
	e := r.openingFounded(i, s)
	if e < 0 {
		return
	}
	r.add(e, doc.Inception, -1, date, s.First, de+1, scoreGood, "dates-from")
}

// startWords follow "began" when a thing starts to work: "began
// broadcasting", "started operations". Trading is left out: a company
// begins trading on a stock market long after its founding.
var startWords = set("broadcasting", "operations", "operating", "operation", "service", "services", "airing")

// beganOperating: "The station first began broadcasting March 3,
// 1971", "X began operations on 1 May 1990", "The X Collective began in
// the early 1990s as a loose project" — the defined thing or a name
// opening the sentence, whose start is dated: its inception.
func (r *run) beganOperating(i int, s doc.Sentence) {
	if i == s.First || i+2 >= s.Last {
		return
	}
	q := i + 1
	switch {
	case startWords[r.words[q]]:
		q++
		if r.words[q] == "in" || r.words[q] == "on" {
			q++
		}
	case r.words[q] == "in" || r.words[q] == "on":
		q++
	default:
		return
	}
	date, de := r.decadeRightAfter(q-1, s)
	if date == "" {
		return
	}
	if r.words[i+1] == "in" || r.words[i+1] == "on" {
		if de+1 >= s.Last || r.words[de+1] != "as" {
			return // "the war began in 1914": only "began in 1985 as a club" founds
		}
	}
	v := i
	for v > s.First && foundingAdverbs[r.words[v-1]] {
		v--
	}
	e := r.openingFounded(v, s)
	if e < 0 {
		// "The Harbour Collective began in the early 1990s as a project": a
		// name no tagger found whole opens the sentence.
		a := s.First + boolInt(r.words[s.First] == "the")
		if v-a < 2 || r.capsName(a, s) != v || r.entityAt(v-1) >= 0 {
			return
		}
		e = r.newMention(a, v, doc.Org, doc.Name, -1)
	}
	r.add(e, doc.Inception, -1, date, s.First, de+1, scoreGood, "began-operating")
}

// inauguralNamed: "At the inaugural X Music Awards in 2013", "the
// inaugural X Cup in 1930" — the first edition of an event or a body,
// dated right after its name: its inception.
func (r *run) inauguralNamed(i int, s doc.Sentence) {
	if i == s.First || r.words[i-1] != "the" || i+3 >= s.Last {
		return
	}
	e := r.entityAt(i + 1)
	if e < 0 || r.mentionStart(i+1) != i+1 || r.d.Mentions[r.ment[i+1]].Kind != doc.Name || r.typeOf(e) != doc.Org && r.typeOf(e) != doc.Event {
		return
	}
	end := r.mentionEnd(i + 1)
	if end+1 >= s.Last || r.words[end] != "in" && r.words[end] != "on" {
		return
	}
	date, de := r.dateRightAfter(end, s)
	if date == "" || !datePrefix.MatchString(date) {
		return
	}
	r.add(e, doc.Inception, -1, date, i-1, de+1, scoreGood, "inaugural-named")
}

// onlineWords end the phrases of a station, a plant or a service starting
// to work: "went on the air", "came online", "was brought into service";
// not "went live", said of a campaign or a broadcast.
var onlineWords = set("online", "on-line", "air", "on-air", "service", "operation")

// cameOnline: "KZRT went on the air on 3 May 1961", "The Ferrow plant
// came online in 1978", "WQXB was brought online in 1993" — a name
// opening the sentence, a past verb of starting to work and the date
// right after: its inception. A future or a plan ("will come online")
// has no past verb.
func (r *run) cameOnline(i int, s doc.Sentence) {
	v := i
	if r.words[i] == "brought" {
		if i == s.First || r.words[i-1] != "was" && r.words[i-1] != "were" {
			return
		}
		v = i - 1
	}
	q := i + 1
	for q < s.Last && q < i+4 && !onlineWords[r.words[q]] {
		switch r.words[q] {
		case "on", "the", "into":
			q++
			continue
		}
		return
	}
	if q+2 >= s.Last || !onlineWords[r.words[q]] ||
		(r.words[q] == "service" || r.words[q] == "operation") && r.words[q-1] != "into" {
		return
	}
	if r.words[q+1] != "in" && r.words[q+1] != "on" {
		return
	}
	date, de := r.dateRightAfter(q+1, s)
	if date == "" || !datePrefix.MatchString(date) {
		return
	}
	x := r.entityAt(v - 1)
	if v == s.First || x < 0 || r.mentionEnd(v-1) != v || r.mentionStart(v-1) != s.First+boolInt(r.words[s.First] == "the") ||
		r.d.Mentions[r.ment[v-1]].Kind != doc.Name {
		return
	}
	if t := r.typeOf(x); t != doc.Org && t != doc.Loc {
		return
	}
	r.add(x, doc.Inception, -1, date, s.First, de+1, scoreGood, "came-online")
}

// foundedOn states e's inception from the founding date read after the
// verb at i, when it is a date or a decade; the evidence starts at start.
func (r *run) foundedOn(e, i int, s doc.Sentence, start int, rule string) {
	date, de := r.foundingDate(i, s)
	if !dateOrDecade(date) {
		return
	}
	r.add(e, doc.Inception, -1, date, start, de+1, scoreGood, rule)
}

// openingFounded returns what the sentence opening before the verb at v
// names, when it alone stands before the verb: the thing the document
// defines ("It dates from 1120", "The church began operating in 1902"),
// or a name of a foundable type ("The X Bridge dates from 1889"); -1 when
// neither.
func (r *run) openingFounded(v int, s doc.Sentence) int {
	d := r.definedThing(false)
	if d.ent != -1 && d.typ != "" && d.typ != doc.Work && r.refersToDefined(s.First, s, d) == v && (r.words[s.First] == "it" || r.ment[s.First] < 0 || r.entityAt(s.First) == d.ent) {
		return r.settle()
	}
	if x := r.entityAt(v - 1); x >= 0 && foundable(r.typeOf(x)) && r.mentionEnd(v-1) == v && r.mentionStart(v-1) == s.First+boolInt(r.words[s.First] == "the") && r.d.Mentions[r.ment[v-1]].Kind == doc.Name {
		return x
	}
	return -1
}

// capsName returns the end of the name of capitalized words that starts
// at token k ("Kokumin Dōmei", "Beijing Olympians"), small title words
// and hyphens allowed inside, or k when none starts there. A name some
// mention already covers in part, other than a place's or a people's name
// inside it, is no new name.
func (r *run) capsName(k int, s doc.Sentence) int {
	b := k
	for b < s.Last && b < k+8 {
		w := r.d.TokenText(b)
		if !(r.d.Tokens[b].Kind == doc.Word && capitalized(w) || b > k && (titleSmall[r.words[b]] || w == "-") && b+1 < s.Last && capitalized(r.d.TokenText(b+1))) {
			break
		}
		if e := r.entityAt(b); e >= 0 {
			if t := r.typeOf(e); t != doc.GPE && t != doc.NORP && t != doc.Loc || r.mentionStart(b) < k {
				return k
			}
		}
		b++
	}
	if b < s.Last && r.entityAt(b) >= 0 && r.mentionStart(b) < b {
		return k // a mention runs on past the name
	}
	return b
}

// orgOverName returns the organisation named over tokens [k, b): the name
// mention covering them exactly, or a new organisation mention when no
// mention but a place's inside covers them; -1 when the tokens name
// something else.
func (r *run) orgOverName(k, b int) int {
	if e := r.entityAt(k); e >= 0 && r.mentionStart(k) == k && r.mentionEnd(k) == b {
		if r.typeOf(e) == doc.Org && r.d.Mentions[r.ment[k]].Kind == doc.Name {
			return e
		}
		return -1
	}
	if b-k < 2 {
		return -1 // one word: a place or a person the tagger knew
	}
	return r.newMention(k, b, doc.Org, doc.Name, -1)
}

// apposedFounded: "the Harbor Wolves, another club, which was
// formed in 1962" — a relative clause dates the name before an
// apposition whose class noun says it is an organisation.
func (r *run) apposedFounded(i int, s doc.Sentence) {
	if !r.foundingVerbAt(i, s) || i+2 >= s.Last || r.words[i] == "set" || r.words[i] == "completed" || r.words[i] == "launched" {
		return
	}
	k := i - 1
	for k > s.First && foundingAdverbs[r.words[k]] {
		k--
	}
	if k-3 <= s.First || r.words[k] != "was" && r.words[k] != "were" || r.words[k-1] != "which" && r.words[k-1] != "that" || r.words[k-2] != "," {
		return
	}
	// The apposition: "a different club", lower-case words to a class noun.
	c := k - 3
	if !(orgClass[r.words[c]] || bodyNouns[r.words[c]]) {
		return
	}
	j := c - 1
	for j > s.First && j > c-5 && r.words[j] != "," {
		if r.d.Tokens[j].Kind != doc.Word || capitalized(r.d.TokenText(j)) || r.entityAt(j) >= 0 {
			return
		}
		j--
	}
	if r.words[j] != "," || r.words[j+1] != "a" && r.words[j+1] != "an" {
		return
	}
	// The name before the comma.
	a := j - 1
	for a > s.First && a > j-8 && (r.d.Tokens[a-1].Kind == doc.Word && capitalized(r.d.TokenText(a-1)) || titleSmall[r.words[a-1]] && r.words[a-1] != "the" && r.words[a-1] != "a") {
		a--
	}
	for a < j && !capitalized(r.d.TokenText(a)) {
		a++
	}
	if a >= j || r.capsName(a, s) != j {
		return
	}
	date, de := r.foundingDate(i, s)
	if !dateOrDecade(date) {
		return
	}
	if o := r.orgOverName(a, j); o >= 0 {
		r.add(o, doc.Inception, -1, date, a, de+1, scoreGood, "apposed-which-founded")
	}
}

// founderApposed: "the home town of the founder of the Varnian Kingdom,
// King Oskar Brand", "the founder of X, A, …" — the person named in
// the apposition right after "the founder of X" founded X.
func (r *run) founderApposed(i int, s doc.Sentence) {
	if i == s.First || r.words[i-1] != "the" || i+3 >= s.Last || r.words[i+1] != "of" || r.inQ[i] {
		return
	}
	o, end := r.orgAfter(i+2, s.Last, 3, doc.Org, doc.GPE, doc.Loc)
	if o < 0 || end+1 >= s.Last || r.words[end] != "," {
		return
	}
	k := end + 1
	for n := 0; n < 2 && k+1 < s.Last && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && capitalized(r.d.TokenText(k)); n++ {
		k++ // a title before the name: "Maharaja", "Sir"
	}
	p := r.entityAt(k)
	if p < 0 || r.typeOf(p) != doc.Person || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	// The apposition ends the clause: a comma, a period or a verb after
	// the name, not "and" joining another founder.
	pe := r.mentionEnd(k)
	if pe < s.Last && r.words[pe] == "and" {
		return
	}
	r.add(p, doc.Founded, o, "", i-1, pe, scoreGood, "the-founder-of-x-apposed")
}

// originNouns name a thing's coming to be: "Its name was first
// written down in 1488", "Its building began in 1712".
var originNouns = set("existence", "erection", "construction", "foundation", "founding", "establishment", "creation",
	"formation", "origins", "origin", "history")

// originLinks may stand between an origin noun and its date.
var originLinks = set("was", "is", "first", "recorded", "documented", "mentioned", "attested", "began", "begun",
	"started", "commenced", "dates", "date", "back", "goes", "go", "can", "be", "traced", "officially")

// itsOrigin: "Kungliga X (The Royal X Orchestra) is a Swedish orchestra
// … Its existence is first documented in 1611", "The Church of X is a
// church in Y. Its erection began in 1766" — a sentence soon after the
// definition that opens with "Its" and an origin noun dates the defined
// thing.
func (r *run) itsOrigin(i int, s doc.Sentence) {
	if i != s.First || i+4 >= s.Last || !originNouns[r.words[i+1]] || r.d.Tokens[s.First].Sentence > 2 {
		return
	}
	k := i + 2
	for k < s.Last && k < i+9 && originLinks[r.words[k]] {
		k++
	}
	if k == i+2 || k+1 >= s.Last || r.words[k] != "in" && r.words[k] != "from" && r.words[k] != "to" {
		return
	}
	date, de := r.decadeRightAfter(k, s)
	if !dateOrDecade(date) {
		return
	}
	d := r.definedThing(false)
	if d.ent == -1 || d.typ == "" || d.typ == doc.Work || d.weak {
		return
	}
	if e := r.settle(); e >= 0 {
		r.add(e, doc.Inception, -1, date, i, de+1, scoreGood, "its-origin-in")
	}
}

// beganClasses name a thing whose start is its inception: a tour, a
// movement, a series of events.
var beganClasses = set("tour", "movement", "festival", "campaign", "series", "league", "competition", "tournament",
	"project", "programme", "program", "initiative", "scheme", "service", "magazine", "newspaper", "club", "band",
	"group", "school", "trend", "style", "genre", "wave", "circuit", "cup", "championship")

// relativeBegan: "The X Tour was an annual concert tour … that began in
// 2011", "the Y School, a painting movement that started in the 1970s" —
// a name defined or apposed as a tour, a movement or a body, and a
// relative clause that dates its start: its inception.
func (r *run) relativeBegan(i int, s doc.Sentence) {
	if i-4 <= s.First || i+2 >= s.Last || r.words[i-1] != "that" && r.words[i-1] != "which" || r.words[i+1] != "in" {
		return
	}
	date, de := r.decadeRightAfter(i+1, s)
	if !dateOrDecade(date) {
		return
	}
	// Back to the article opening the definition or the apposition.
	a := -1
	for k := i - 2; k > s.First && k > i-25; k-- {
		if e := r.entityAt(k); e >= 0 {
			if t := r.typeOf(e); t != doc.GPE && t != doc.NORP && t != doc.Loc {
				return // another name between: the clause may be its
			}
		}
		if r.words[k] == "a" || r.words[k] == "an" {
			a = k
			break
		}
	}
	// The nearest article opens the apposition or follows the copula:
	// "X is a sponsor of a tour that began" dates the tour, not X.
	if a < 0 || r.words[a-1] != "," && r.words[a-1] != "was" && r.words[a-1] != "is" || !r.beganClassAt(a+1, i-1) {
		return
	}
	n := a - 2
	if r.words[a-1] == "," && r.words[n] == "”" {
		n--
	}
	e := r.entityAt(n)
	if e < 0 || r.d.Mentions[r.ment[n]].Kind != doc.Name || r.mentionEnd(n) != n+1 {
		return
	}
	switch r.typeOf(e) {
	case doc.Person, doc.GPE, doc.NORP, doc.Character:
		return
	case doc.Event, doc.Work:
		r.retype(e, doc.Org) // a tour or a movement is founded, not published
	}
	r.add(e, doc.Inception, -1, date, r.mentionStart(n), de+1, scoreGood, "relative-began")
}

// beganClassAt reports whether one of the first four words of [a, b)
// names a class whose start is an inception.
func (r *run) beganClassAt(a, b int) bool {
	for k := a; k < b && k < a+4; k++ {
		if beganClasses[r.words[k]] {
			return true
		}
	}
	return false
}

// madeBy reports whether entity e can come to be by verb w: an
// organisation by any founding verb, a town or a building by placeMade's.
func (r *run) madeBy(e int, w string) bool {
	switch r.typeOf(e) {
	case doc.Org:
		return true
	case doc.GPE, doc.Loc:
		return placeMade(w)
	}
	return false
}

// placeMade reports whether a town, a park or a building can be said to
// come to be by verb w: a founding verb places take, or a verb of building.
func placeMade(w string) bool {
	return placeFounding[w] || w == "built" || w == "constructed" || w == "erected"
}
