package claim

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/doc"
)

// Patterns of people's lives read over the whole document once the
// sentence patterns have run: whom a person married (P26), where they
// studied (P69) and which party they belong to (P102). They add to the
// sentence patterns of patterns.go and encyclopedic.go and check the
// marriages those find against the pronouns that name the spouses.

// people runs the document-wide patterns of this file. It is called at
// the start of finish, so that marriages it finds go both ways.
func (r *run) people() {
	r.topicSurname()
	r.topicNamePlaces()
	for si := range r.d.Sentences {
		s := r.d.Sentences[si]
		inch := r.inchMark(s)
		for i := s.First; i < s.Last; i++ {
			if r.inQ[i] && !inch {
				continue
			}
			switch w := r.words[i]; {
			case w == "wife" || w == "husband" || w == "widow" || w == "widower":
				r.spouseOf(i, s)
			case r.has(i, tExSpouseNouns):
				r.exSpouse(i, s)
			case w == "marrying":
				r.marrying(i, s)
			case w == "marriage" || w == "marriages":
				r.marriageTo(i, s)
			case r.has(i, tWeddingVerbs):
				r.coupleVerb(i, s)
				r.wedPronoun(i, s)
			case w == "king" || w == "emperor" || w == "tsar" || w == "czar":
				r.royalCouple(i, s)
			case w == "born":
				r.bornTo(i, s)
			case w == "education" || w == "graduate" || w == "graduates" || w == "attend":
				r.schooled(i, s)
			case w == "college":
				r.collegeSport(i, s)
			case w == "educated" || w == "studied" || w == "graduated" || w == "graduating" || w == "attended" || w == "attending":
				r.untaggedSchool(i, s)
				r.schoolsWithPlaces(i, s)
			case r.degreeAt(i) > 0 && (i == s.First || r.entityAt(i-1) < 0 || r.mentionStart(i) == i):
				r.degreeFrom(i, s)
			case w == "nomination" || w == "ticket":
				r.partyNomination(i, s)
			case w == "candidate" || w == "nominee":
				r.candidateOf(i, s)
			case r.has(i, tPartyFoundVerbs):
				r.partyFoundedBy(i, s)
			case w == "represented" || w == "representing" || w == "represents" || w == "represent":
				r.representsParty(i, s)
			case w == "under":
				r.partyUnder(i, s)
			case w == "from":
				r.frontedFromSchool(i, s)
			case r.has(i, tAlumniNouns):
				r.alumniInclude(i, s)
			case w == "and":
				r.coupleSurname(i, s)
			case r.has(i, tElectedVerbs):
				r.electedAsParty(i, s)
			case w == "joining" || w == "joined":
				r.joiningParty(i, s)
			case w == "its":
				r.itsLeader(i, s)
			case r.has(i, tPartyNounWords):
				r.partyNoun(i, s)
			}
		}
	}
	r.checkSpouses()
	r.partyFounders()
	r.topicPronouns()
}

// topicNamePlaces gives back to the topic of a biography the one-word
// mentions of a part of its name that the tagger read as a place and that
// open a sentence before a verb: "Liang was able to attend X" in the
// article on Liang Wei.
func (r *run) topicNamePlaces() {
	t := r.topic.ent
	if t < 0 || r.topic.class != "person" || r.typeOf(t) != doc.Person {
		return
	}
	parts := map[string]bool{}
	for _, f := range strings.Fields(strings.ToLower(r.d.Entities[t].Name)) {
		if len(f) > 2 {
			parts[f] = true
		}
	}
	for si := 1; si < len(r.d.Sentences); si++ {
		k := r.d.Sentences[si].First
		mi := r.ment[k]
		if mi < 0 || r.mentionEnd(k) != k+1 || k+1 >= r.d.Sentences[si].Last || !parts[r.words[k]] {
			continue
		}
		if m := r.d.Mentions[mi]; m.Kind != doc.Name || m.Entity < 0 || (m.Type != doc.GPE && m.Type != doc.Loc) {
			continue
		}
		if w := r.words[k+1]; w != "was" && w != "is" && w != "had" && w != "has" && !r.verbAt(k+1) {
			continue
		}
		r.relink(mi, t)
	}
}

// inchMark reports whether the only quote mark of sentence s is the
// inch sign of a height ("a 6'9\" forward from X"), which opens no
// quotation.
func (r *run) inchMark(s doc.Sentence) bool {
	n, inch := 0, false
	for k := s.First; k < s.Last; k++ {
		if kd := r.d.Tokens[k].Kind; kd != doc.OpenQuote && kd != doc.CloseQuote && r.d.TokenText(k) != "\"" {
			continue
		}
		n++
		if k > s.First {
			t := r.d.TokenText(k - 1)
			inch = len(t) >= 3 && t[0] >= '0' && t[0] <= '9' && strings.ContainsAny(t, "'’")
		}
	}
	return n == 1 && inch
}

// topicPronouns moves to the topic person of a biography the marriages,
// schools and parties whose subject is a "He" or "She" opening a sentence
// that coreference linked to someone else (a parent named in the sentence
// before): in an article that defines a person, such a pronoun is the
// person.
func (r *run) topicPronouns() {
	t := r.topic.ent
	if t < 0 || r.topic.class != "person" || r.typeOf(t) != doc.Person {
		return
	}
	for k := range r.out {
		c := &r.out[k]
		if c.Predicate != doc.Spouse && c.Predicate != doc.EducatedAt && c.Predicate != doc.MemberOfParty {
			continue
		}
		if c.Subject == t || c.Object == t {
			continue
		}
		at := r.d.TokenAt(c.Evidence.Start)
		s := r.d.Sentences[r.sentenceOf(at)]
		if r.ment[at] < 0 || r.d.Mentions[r.ment[at]].Kind != doc.Pronoun || r.entityAt(at) != c.Subject {
			continue
		}
		if at != s.First && (!r.onlyAdverbialBefore(at, s) || r.pronounNear(at)) {
			continue // "In 1904 he obtained …" moves only when no one else near is named
		}
		g := r.d.Entities[t].Gender
		if (r.words[at] == "he" && g == doc.Female) || (r.words[at] == "she" && g == doc.Male) {
			continue
		}
		if r.words[at] != "he" && r.words[at] != "she" {
			continue
		}
		c.Subject = t
	}
}

// spouseNouns name a spouse.
var spouseNouns = set("wife", "husband", "widow", "widower")

// spouseOf: "B, the second wife of A", "B was the widow of A", "B (A's
// wife)", "B, A's husband," — a spouse named in apposition.
func (r *run) spouseOf(i int, s doc.Sentence) {
	r.spouseUntagged(i, s)
	if i+1 < s.Last && r.words[i+1] == "of" && !r.possessive(i-1) { // not "(A's wife of the tale)"
		a, end := r.personAfter(i+2, s.Last, 3)
		if a < 0 || !isPersonType(r.typeOf(a)) || (end < s.Last && r.possessive(end)) {
			return // "the wife of A's brother"
		}
		k := i - 1
		for k > s.First && (spouseMods[r.words[k]] || r.words[k] == "the" || r.words[k] == "a") {
			k--
		}
		b, at := -1, -1
		switch r.words[k] {
		case ",", "(":
			if k-1 >= s.First && r.entityAt(k-1) >= 0 && r.d.Mentions[r.ment[k-1]].Kind == doc.Name {
				b, at = r.entityAt(k-1), r.mentionStart(k-1)
			}
		case "was", "is", "became":
			if k-1 >= s.First && r.entityAt(k-1) >= 0 {
				b, at = r.entityAt(k-1), r.mentionStart(k-1)
			}
		}
		if b < 0 || b == a || (!isPersonType(r.typeOf(b)) && (at < 0 || !r.oneWordName(at))) || !r.genderFits(b, r.words[i]) {
			return
		}
		if !isPersonType(r.typeOf(b)) {
			r.retype(b, doc.Person) // "Florence, the first wife of King Doran": a name the tagger took for a place
		}
		r.add(a, doc.Spouse, b, "", at, end, scoreGood, "spouse-of")
		return
	}
	// A's widow B, his widow, B (patterns.go reads "wife" and "husband")
	if w := r.words[i]; (w == "widow" || w == "widower") && i > s.First {
		k := i + 1
		if k < s.Last && r.words[k] == "," {
			k++
		}
		a := -1
		if r.possessive(i-1) && i-2 >= s.First {
			a = r.entityAt(i - 2)
		} else if p := r.words[i-1]; p == "his" || p == "her" {
			a = r.entityAt(i - 1) // the pronoun's person
		}
		if b := r.entityAt(k); a >= 0 && b >= 0 && a != b && isPersonType(r.typeOf(a)) && isPersonType(r.typeOf(b)) &&
			r.mentionStart(k) == k && r.d.Mentions[r.ment[k]].Kind == doc.Name && r.genderFits(b, w) {
			r.add(a, doc.Spouse, b, "", i-1, r.mentionEnd(k), scoreGood, "widow-name")
			return
		}
	}
	// B , A 's wife ,
	if i-2 <= s.First || !r.possessive(i-1) || i+1 >= s.Last {
		return
	}
	switch r.words[i+1] {
	case ",", ")", ".", ";", "of":
	default:
		if a := r.entityAt(i - 2); a < 0 || r.mentionStart(i-2) < 1 || r.words[r.mentionStart(i-2)-1] != "(" {
			return // "John, Tom's wife said": no apposition
		} // "B (A's wife in the tale)"
	}
	a := r.entityAt(i - 2)
	if a < 0 || !isPersonType(r.typeOf(a)) || r.d.Mentions[r.ment[i-2]].Kind != doc.Name {
		return
	}
	k := r.mentionStart(i-2) - 1
	if k-1 < s.First || (r.words[k] != "," && r.words[k] != "(") {
		return
	}
	b := r.entityAt(k - 1)
	if b < 0 || b == a || !isPersonType(r.typeOf(b)) || r.d.Mentions[r.ment[k-1]].Kind != doc.Name || !r.genderFits(b, r.words[i]) {
		return
	}
	if r.words[k] == "," && k-1 >= s.First && r.mentionStart(k-1) > s.First {
		// "Speaking to B, A's wife said": B must open the apposition's host
		// clause or follow a preposition-free run.
		if p := r.words[r.mentionStart(k-1)-1]; p == "to" || p == "with" || p == "for" || p == "by" {
			return
		}
	}
	r.add(a, doc.Spouse, b, "", r.mentionStart(k-1), i+1, scoreGood, "apposition-spouse")
}

// possessive reports whether token k is a possessive clitic.
func (r *run) possessive(k int) bool {
	return k < len(r.words) && (r.words[k] == "'s" || r.words[k] == "’s" || r.words[k] == "'")
}

// genderFits reports whether person e may be called by the spouse noun w:
// a wife or a widow is not known to be male, a husband not female.
func (r *run) genderFits(e int, w string) bool {
	g := r.d.Entities[e].Gender
	switch w {
	case "wife", "widow", "ex-wife":
		return g != doc.Male
	case "husband", "widower", "ex-husband":
		return g != doc.Female
	}
	return true
}

// exSpouseNouns name a former spouse in one word.
var exSpouseNouns = set("ex-wife", "ex-husband")

// exSpouse reads a former spouse as the spouse nouns are read: "B is the
// ex-wife of A", "A's ex-husband, B" — a marriage, though ended.
func (r *run) exSpouse(i int, s doc.Sentence) {
	r.spouseOf(i, s)
	r.spouse(i, s.First, s.Last) // in patterns.go: "A's ex-wife B"
}

// royalCouple: "King A and Queen B", "Emperor A and Empress B" — a
// monarch and a consort named together are married.
func (r *run) royalCouple(i int, s doc.Sentence) {
	a, end := r.titledPerson(i, s)
	if a < 0 || end+2 >= s.Last || r.words[end] != "and" {
		return
	}
	switch r.words[end+1] {
	case "queen", "empress", "tsarina", "czarina":
	default:
		return
	}
	b, bend := r.titledPerson(end+1, s)
	if b < 0 || b == a {
		return
	}
	if bend < s.Last && (r.words[bend] == "," || r.words[bend] == "and") && bend+1 < s.Last && r.entityAt(bend+1) >= 0 {
		return // a list of monarchs, not a couple
	}
	if i > s.First && (r.words[i-1] == "," || r.words[i-1] == "and") && i-2 >= s.First && r.entityAt(i-2) >= 0 {
		return
	}
	r.add(a, doc.Spouse, b, "", i, bend, scoreGood, "royal-couple")
}

// titledPerson returns the person named by the title at token i: a
// mention that starts at the title or right after it.
func (r *run) titledPerson(i int, s doc.Sentence) (int, int) {
	for _, k := range []int{i, i + 1} {
		if k >= s.Last {
			break
		}
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Person && r.mentionStart(k) == k &&
			r.d.Mentions[r.ment[k]].Kind == doc.Name {
			return e, r.mentionEnd(k)
		}
		if k == i && r.entityAt(k) >= 0 {
			break
		}
	}
	return -1, -1
}

// bornTo: "born in X, Y, to A, a Zambian engineer, and B" — the parents
// named after a birthplace are married (patterns.go reads "born to A and
// B" with nothing between).
func (r *run) bornTo(i int, s doc.Sentence) {
	k := i + 1
	for ; k < s.Last && k < i+14; k++ {
		w := r.words[k]
		if w == "to" {
			break
		}
		if w == "and" || w == "." || w == ";" || w == "(" || r.verbAt(k) {
			return
		}
	}
	if k >= s.Last || r.words[k] != "to" || r.words[k-1] != "," {
		return
	}
	a, end := r.personAfter(k+1, s.Last, 3)
	if a < 0 || r.typeOf(a) != doc.Person {
		return
	}
	j := r.skipAside(end, s)
	if j >= s.Last || r.words[j] != "and" {
		return
	}
	j++
	for n := 0; j < s.Last && n < 3; n++ {
		if w := r.words[j]; w == "his" || w == "her" || w == "the" || w == "wife" || w == "husband" || w == "reverend" {
			j++
			continue
		}
		break
	}
	b := r.entityAt(j)
	if b < 0 || b == a || r.typeOf(b) != doc.Person || r.mentionStart(j) != j || r.d.Mentions[r.ment[j]].Kind != doc.Name {
		return
	}
	if e := r.mentionEnd(j); e+1 < s.Last && r.words[e] == "," && r.d.Tokens[e+1].Kind == doc.Number {
		return // a list of people with their ages
	}
	if len(strings.Fields(r.d.Entities[a].Name)) < 2 && len(strings.Fields(r.d.Entities[b].Name)) < 2 {
		return
	}
	r.add(a, doc.Spouse, b, "", k+1, r.mentionEnd(j), scoreGood-0.1, "born-to-parents")
}

// skipAside returns the token after an aside that follows a parent's
// name: "(1801 – 1870)", ", a Zambian aircraft engineer" (lower-case
// words and nationalities only), or k itself.
func (r *run) skipAside(k int, s doc.Sentence) int {
	if k < s.Last && r.words[k] == "(" {
		j := k
		for j < s.Last && j < k+12 && r.words[j] != ")" {
			j++
		}
		k = j + 1
	}
	if k+1 < s.Last && r.words[k] == "," && (r.words[k+1] == "a" || r.words[k+1] == "an" || r.words[k+1] == "the") {
		j := k + 2
		for n := 0; j < s.Last && n < 6; n++ {
			if e := r.entityAt(j); e >= 0 && r.typeOf(e) == doc.NORP {
				j = r.mentionEnd(j)
				continue
			}
			if r.entityAt(j) >= 0 || r.d.Tokens[j].Kind != doc.Word || capitalized(r.d.TokenText(j)) || listStop[r.words[j]] ||
				kinWords[r.words[j]] || r.verbAt(j) {
				break
			}
			j++
		}
		if j < s.Last && r.words[j] == "and" && j > k+2 {
			return j
		}
		return k
	}
	if k < s.Last && r.words[k] == "," && k+1 < s.Last && r.words[k+1] == "and" {
		return k + 1
	}
	return k
}

// checkSpouses drops or mends the marriages read from "his wife" and "her
// husband" whose possessor the sentence does not allow: "the daughter of
// A and his wife B" is A's marriage, not the daughter's; "his" is not a
// woman known to be one.
func (r *run) checkSpouses() {
	keep := r.out[:0]
	var mended []doc.Claim
	for _, c := range r.out {
		if c.Predicate != doc.Spouse || c.Evidence.Extractor != "claim:spouse-noun" {
			keep = append(keep, c)
			continue
		}
		a := r.d.TokenAt(c.Evidence.Start)
		b := r.d.TokenAt(c.Evidence.End - 1)
		q, noun := -1, ""
		for k := a; k <= b; k++ {
			if spouseNouns[r.words[k]] {
				q, noun = k-1, r.words[k]
				break
			}
		}
		for q > a && spouseMods[r.words[q]] {
			q--
		}
		if q < 0 || (r.words[q] != "his" && r.words[q] != "her") {
			keep = append(keep, c)
			continue
		}
		want := r.possessorOf(q, a, noun)
		switch {
		case want == c.Subject:
			keep = append(keep, c)
		case want >= 0 && want != c.Object:
			c.Subject = want
			mended = append(mended, c)
		}
	}
	r.out = append(keep, mended...)
}

// possessorOf returns the person "his" or "her" at token q names before
// the spouse noun: the parent of a "child of A and his wife B", else the
// person the pronoun is linked to when the subject a pattern found (from
// token a) cannot be the possessor. It returns -1 when none fits.
func (r *run) possessorOf(q, a int, noun string) int {
	s := r.d.Sentences[r.sentenceOf(q)]
	pron := -1
	if e := r.entityAt(q); e >= 0 && r.typeOf(e) == doc.Person {
		pron = e
	}
	male := r.words[q] == "his"
	fits := func(e int) bool {
		if e < 0 || r.typeOf(e) != doc.Person {
			return false
		}
		g := r.d.Entities[e].Gender
		return !(male && g == doc.Female) && !(!male && g == doc.Male)
	}
	// "A and his wife B": the person named right before "and".
	if k := q - 1; k > s.First && r.words[k] == "and" {
		for j := k - 1; j >= s.First && j >= k-2; j-- {
			if e := r.entityAt(j); e >= 0 {
				if r.typeOf(e) == doc.Person && r.d.Mentions[r.ment[j]].Kind == doc.Name { // a guessed gender aside
					return e
				}
				break
			}
			if t := r.d.TokenText(j); r.d.Tokens[j].Kind != doc.Word || !(capitalized(t) || strings.ContainsAny(t, "'’")) {
				break // only a surname the tagger left out: "Valery Giscard d'Estaing"
			}
		}
	}
	// "the son of A … and his wife B": A, named after the first "son of"
	// ("a son of A, the fifth son of C, and his wife B": A).
	for k := max(s.First+1, q-25); k < q; k++ {
		if r.words[k] != "of" || !kinWords[r.words[k-1]] {
			continue
		}
		if pron >= 0 && fits(pron) {
			for j := k + 1; j < q; j++ {
				if r.entityAt(j) == pron {
					return pron
				}
			}
		}
		if e, _ := r.personAfter(k+1, q, 4); fits(e) {
			return e
		}
		return -1
	}
	subj := r.entityAt(a)
	if fits(subj) {
		return subj
	}
	if fits(pron) {
		return pron
	}
	return -1
}

// schooled: "received an education at X", "a graduate of X and of Y", "was
// able to attend X" — education words encyclopedic.go does not read.
func (r *run) schooled(i int, s doc.Sentence) {
	k := i + 1
	if k >= s.Last {
		return
	}
	strict := true
	switch r.words[i] {
	case "education":
		if r.words[k] != "at" && r.words[k] != "from" {
			return
		}
		k++
	case "graduate", "graduates":
		if r.words[k] != "of" {
			return
		}
		k++
		strict = false
	case "attend":
		if i == s.First {
			return
		}
		if p := r.words[i-1]; p != "to" && p != "would" && p != "could" && p != "did" && p != "not" {
			return // "attend" after its subject only as an infinitive or with a modal
		}
	}
	var schools []agent
	for k < s.Last {
		if r.words[k] == "the" {
			k++
		}
		o := r.entityAt(k)
		if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || (strict && !isSchool(r.d.Entities[o].Name)) {
			break
		}
		end := r.mentionEnd(k)
		if end < s.Last && r.possessive(end) {
			break // "attend Yale's ceremony"
		}
		schools = append(schools, agent{o, end})
		k = end
		if k+1 < s.Last && r.words[k] == "and" && r.words[k+1] == "of" {
			k += 2
			continue
		}
		if j, ok := r.listSep(k, s.Last); ok {
			k = j
			continue
		}
		break
	}
	if len(schools) == 0 {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 12 || r.afterThe(at) {
		return
	}
	for _, a := range schools {
		r.add(p, doc.EducatedAt, a.e, "", at, a.end, scoreGood, "schooled-at")
	}
}

// afterThe reports whether the mention at token at follows "the": "of the
// Walter Prize" names no person, whatever the tagger says.
func (r *run) afterThe(at int) bool { return at > 0 && r.words[at-1] == "the" }

// collegeSports are games a student plays for a college team.
var collegeSports = set("football", "basketball", "baseball", "hockey", "soccer", "lacrosse", "volleyball", "softball",
	"golf", "tennis", "wrestling", "rugby", "athletics")

// collegeSport: "played college football at X", "After playing college
// basketball for X, he was drafted" — the player studied at X.
func (r *run) collegeSport(i int, s doc.Sentence) {
	k := i + 1
	if k+2 >= s.Last || !collegeSports[r.words[k]] || (r.words[k+1] != "at" && r.words[k+1] != "for") {
		return
	}
	o, end := r.orgAfter(k+2, s.Last, 2, doc.Org)
	if o < 0 || isLeague(r.d.Entities[o].Name) || (end < s.Last && r.possessive(end)) {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || i-at > 10 || r.afterThe(at) {
		p, at = r.subjectAfterClause(end, s), i
	}
	if p < 0 || r.typeOf(p) != doc.Person {
		return
	}
	r.add(p, doc.EducatedAt, o, "", at, end, scoreGood, "college-sport")
}

// schoolsWithPlaces: "educated at A in Lakefield, Ontario, B in Montreal,
// and at C" — schools each followed by its town; and a fronted clause,
// "Educated at X as one of its first pupils, he …".
func (r *run) schoolsWithPlaces(i int, s doc.Sentence) {
	k := i + 1
	switch r.words[i] {
	case "educated", "studied":
		if k >= s.Last || r.words[k] != "at" {
			return
		}
		k++
	case "graduated", "graduating":
		if k >= s.Last || r.words[k] != "from" {
			return
		}
		k++
	}
	var schools []agent
	explicit := false // "…, and at INSEAD": a school after its own "at"
	for k < s.Last {
		if r.words[k] == "the" {
			k++
		}
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Org && r.mentionStart(k) == k && r.possessive(r.mentionEnd(k)) {
			k = r.mentionEnd(k) + 1 // "Yale's Berkeley Divinity School"
		}
		o := r.entityAt(k)
		if o >= 0 && explicit && len(schools) > 0 && r.isPlace(k) && len(r.d.Entities[o].Mentions) == 1 &&
			isAcronym(r.d.TokenText(k)) && r.mentionEnd(k) == k+1 && k+2 < s.Last && r.words[k+1] == "in" && r.isPlace(k+2) {
			r.retype(o, doc.Org) // "and at INSEAD in Fontainebleau": an institution, not a place
		}
		if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || r.possessive(r.mentionEnd(k)) ||
			!(isSchool(r.d.Entities[o].Name) || explicit && len(schools) > 0) {
			break
		}
		end := r.mentionEnd(k)
		schools = append(schools, agent{o, end})
		k = end
		// "in Lakefield, Ontario"
		if k+1 < s.Last && r.words[k] == "in" && r.isPlace(k+1) {
			k = r.mentionEnd(k + 1)
			for k+1 < s.Last && r.words[k] == "," && r.isPlace(k+1) {
				k = r.mentionEnd(k + 1)
			}
		}
		j, ok := r.listSep(k, s.Last)
		if !ok {
			break
		}
		k = j
		explicit = false
		if k < s.Last && (r.words[k] == "at" || r.words[k] == "from") {
			k++
			explicit = true
		}
	}
	if len(schools) == 0 {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p >= 0 && r.afterThe(at) {
		p = -1
	}
	if p < 0 && (i == s.First || (i > s.First && (r.words[i-1] == "after" || r.words[i-1] == "while") && r.onlyTimeBefore(i-1, s))) {
		// A fronted clause: its subject follows the first comma.
		last := schools[len(schools)-1].end
		for j := last; j+1 < s.Last && j < last+10; j++ {
			if r.words[j] == "," {
				if e, _ := r.clauseSubject(j+1, s); e >= 0 {
					p, at = e, i
				}
				break
			}
		}
	}
	if p < 0 || r.typeOf(p) != doc.Person {
		return
	}
	for _, a := range schools {
		r.add(p, doc.EducatedAt, a.e, "", at, a.end, scoreGood, "schools-with-places")
	}
}

// isPlace reports whether a place mention starts at token k.
func (r *run) isPlace(k int) bool {
	e := r.entityAt(k)
	return e >= 0 && r.mentionStart(k) == k && (r.typeOf(e) == doc.GPE || r.typeOf(e) == doc.Loc)
}

// partyNounWords name a party's member in one capitalised word: "fellow
// Democrat X", "A Republican, he …".
var partyNounWords = set("democrat", "republican", "tory", "socialist", "communist", "whig", "unionist", "federalist",
	"libertarian", "gaullist", "peronist")

// nominationVerbs take a party's nomination.
var nominationVerbs = set("sought", "seek", "seeks", "seeking", "won", "win", "wins", "winning", "lost", "lose", "losing",
	"secured", "secure", "securing", "clinched", "clinch", "received", "accepted", "gained", "captured")

// partyNomination: "X sought the Democratic nomination", "X, who lost the
// Republican nomination", "elected on the Democratic ticket" — the party
// named by its adjective.
func (r *run) partyNomination(i int, s doc.Sentence) {
	a := i - 1
	for a > s.First && a > i-3 && capitalized(r.d.TokenText(a)) && partyWords[r.words[a]] {
		a--
	}
	if a == i-1 || a <= s.First || r.words[a] != "the" {
		return
	}
	v := a - 1
	if r.words[i] == "ticket" {
		if r.words[v] != "on" {
			return
		}
	} else if !nominationVerbs[r.words[v]] {
		return
	}
	p, at := r.personBefore(v, s.First)
	if p < 0 || !r.canJoin(p) || v-at > 14 || r.afterThe(at) {
		return
	}
	o := r.partyEntity(a+1, i)
	if o < 0 {
		return
	}
	r.add(p, doc.MemberOfParty, o, "", at, i+1, scoreGood, "party-nomination")
	r.ticketMate(o, i, s)
}

// ticketMate: "elected on the Democratic ticket with Governor B" — the
// running mate named after "with" stood for the same party.
func (r *run) ticketMate(o, i int, s doc.Sentence) {
	if r.words[i] != "ticket" || i+2 >= s.Last || r.words[i+1] != "with" {
		return
	}
	k := i + 2
	for k < s.Last && k < i+5 && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && capitalized(r.d.TokenText(k)) {
		k++ // "Governor"
	}
	b := r.entityAt(k)
	if b < 0 || !r.canJoin(b) || r.mentionStart(k) != k {
		return
	}
	end := r.mentionEnd(k)
	if end < s.Last && r.words[end] != "," && r.words[end] != "." && r.words[end] != "and" && r.words[end] != "in" {
		return
	}
	r.add(b, doc.MemberOfParty, o, "", i, end, scoreGood, "ticket-mate")
}

// partyEntity returns the party named by tokens [a, b): the organisation
// of a mention that covers just them, a nationality mention of the tagger
// retyped, or a new mention.
func (r *run) partyEntity(a, b int) int {
	for k := a; k < b; k++ {
		if r.ment[k] >= 0 {
			if r.mentionStart(k) != a || r.mentionEnd(k) != b {
				return -1
			}
			e := r.entityAt(k)
			switch r.typeOf(e) {
			case doc.Org:
				return e
			case doc.NORP, doc.Person:
				r.retype(e, doc.Org)
				return e
			}
			return -1
		}
	}
	key := partyKey(r.d.Text(doc.Span{Start: r.d.Tokens[a].Start, End: r.d.Tokens[b-1].End}))
	for e, ent := range r.d.Entities {
		if ent.Type == doc.Org && partyKey(ent.Name) == key {
			return r.newMention(a, b, doc.Org, doc.Name, e) // "Democrat" after "the Democratic nomination"
		}
	}
	return r.newMention(a, b, doc.Org, doc.Name, -1)
}

// partyKey folds the forms of a party word: "Democratic", "Democrats" and
// "Democrat"; "Tories" and "Tory".
func partyKey(name string) string {
	k := strings.ToLower(strings.TrimSpace(name))
	k = strings.TrimSuffix(k, " party")
	switch k {
	case "democratic", "democrats":
		return "democrat"
	case "tories":
		return "tory"
	}
	return strings.TrimSuffix(k, "s")
}

// partyLead may open a sentence before a party noun: "Fellow Democrat X".
var partyLead = set("fellow", "the", "a", "an", "former", "veteran", "leading")

// partyNoun: "fellow Democrat Ann Lee", "Republican Tom Hale", and a
// fronted apposition, "A Republican, he has served …".
func (r *run) partyNoun(i int, s doc.Sentence) {
	if !capitalized(r.d.TokenText(i)) || (r.ment[i] >= 0 && (r.mentionStart(i) != i || r.mentionEnd(i) != i+1)) {
		return
	}
	if i > s.First && (r.possessive(i-1) || r.entityAt(i-1) >= 0 || (capitalized(r.d.TokenText(i-1)) && !partyLead[r.words[i-1]])) {
		return // "Liberal Democrat X", "Social Democrat X": a party of two words
	}
	// A Republican, he …
	if i == s.First+1 && (r.words[s.First] == "a" || r.words[s.First] == "an") && i+2 < s.Last && r.words[i+1] == "," {
		if p := r.entityAt(i + 2); p >= 0 && r.canJoin(p) && r.mentionStart(i+2) == i+2 {
			if o := r.partyEntity(i, i+1); o >= 0 {
				r.add(p, doc.MemberOfParty, o, "", s.First, r.mentionEnd(i+2), scoreGood, "party-apposition")
			}
		}
		return
	}
	// Democrat Ann Lee
	j := i + 1
	if j >= s.Last || r.ment[j] < 0 || r.mentionStart(j) != j || r.d.Mentions[r.ment[j]].Kind != doc.Name {
		return
	}
	p := r.entityAt(j)
	end := r.mentionEnd(j)
	if !r.canJoin(p) || end-j < 2 || (end < s.Last && r.possessive(end)) {
		return
	}
	if _, ok := r.x.gaz.GivenName(r.d.TokenText(j)); !ok {
		return // a full personal name: not "Republican Guard"
	}
	if o := r.partyEntity(i, i+1); o >= 0 {
		r.add(p, doc.MemberOfParty, o, "", i, end, scoreGood, "party-noun-person")
	}
}

// representsParty: "he represented the Moderate Party in the Riksdag",
// "representing the MAPAR party".
func (r *run) representsParty(i int, s doc.Sentence) {
	o, end := r.orgAfter(i+1, s.Last, 2, doc.Org)
	if o < 0 {
		return
	}
	if !partyName(r.d.Entities[o].Name) && (end >= s.Last || r.words[end] != "party") {
		return
	}
	if end < s.Last && r.words[end] == "party" {
		end++
	}
	if end < s.Last && r.possessive(end) {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || !r.canJoin(p) || i-at > 10 || r.afterThe(at) {
		return
	}
	r.add(p, doc.MemberOfParty, o, "", at, end, scoreGood, "represents-party")
}

// joiningParty: "Before joining the Christian Democrats, he …" — the
// subject of a fronted clause follows its comma.
func (r *run) joiningParty(i int, s doc.Sentence) {
	if i > s.First+1 || (i == s.First+1 && r.words[s.First] != "after" && r.words[s.First] != "before" && r.words[s.First] != "since") {
		return
	}
	o, end := r.orgAfter(i+1, s.Last, 2, doc.Org, doc.Person)
	if o < 0 || !partyName(r.d.Entities[o].Name) || end >= s.Last || r.words[end] != "," {
		return
	}
	if r.typeOf(o) != doc.Org {
		r.retype(o, doc.Org) // "the Christian Democrats" taken for a person
	}
	p := r.subjectAfterClause(end, s)
	if p < 0 || !r.canJoin(p) {
		return
	}
	r.add(p, doc.MemberOfParty, o, "", i, end+2, scoreGood-0.1, "joining-party")
}

// canJoin reports whether entity p is a person who may belong to a party:
// not a party the tagger took for a person.
func (r *run) canJoin(p int) bool {
	return p >= 0 && r.typeOf(p) == doc.Person && !partyName(r.d.Entities[p].Name)
}

// clauseOpeners introduce a participle clause: "before marrying him".
var clauseOpeners = set("before", "after", "since", "following", "upon", "until", "by")

// marrying: "She starred alongside X before marrying him in 1995",
// "After marrying Y in 1990, he moved to Paris" — the object of the
// participle (a name or a pronoun) and the subject of the sentence.
func (r *run) marrying(i int, s doc.Sentence) {
	if i == s.First || !clauseOpeners[r.words[i-1]] {
		return
	}
	b, end := r.personAfter(i+1, s.Last, 1)
	if b < 0 || r.typeOf(b) != doc.Person {
		return
	}
	a, at := -1, -1
	if i-1 == s.First {
		a, at = r.subjectAfterClause(end, s), i
	} else if e := r.entityAt(s.First); e >= 0 && r.mentionStart(s.First) == s.First {
		for k := s.First; k < i; k++ {
			if r.words[k] == ";" || r.words[k] == ":" || r.d.Tokens[k].Kind == doc.OpenQuote {
				return
			}
		}
		a, at = e, s.First
	}
	if a < 0 || a == b || r.typeOf(a) != doc.Person {
		return
	}
	r.add(a, doc.Spouse, b, "", at, end, scoreGood, "marrying")
}

// schoolJoiners are the small words inside a school's name: "St.
// Patrick's Academy", "Our Lady of the Lake University".
var schoolJoiners = set("of", "the", "'s", "’s", "-", "&", "de", "des", "du", "la", "le", "for", "and", "a", "di", "del",
	"della")

// untaggedSchool: "graduated from St. Patrick's Academy in Brooklyn",
// "studied at London's St. Martin's College" — a school's name the tagger
// split into a person and a fragment becomes one organisation, and the
// subject studied there.
func (r *run) untaggedSchool(i int, s doc.Sentence) {
	k := i + 1
	switch r.words[i] {
	case "graduated", "graduating":
		if k >= s.Last || r.words[k] != "from" {
			return
		}
		k++
	case "studied", "educated":
		for n := 0; r.words[i] == "studied" && n < 3 && k < s.Last && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word &&
			!capitalized(r.d.TokenText(k)) && !listStop[r.words[k]]; n++ {
			k++ // "studied composition at"
		}
		if k >= s.Last || r.words[k] != "at" {
			return
		}
		k++
	}
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	if e := r.entityAt(k); k < s.Last && e >= 0 && r.mentionStart(k) == k && r.typeOf(e) != doc.Person && r.possessive(r.mentionEnd(k)) {
		k = r.mentionEnd(k) + 1 // "London's", "Yale's"
	}
	a, b, school := k, k, -1
	for b < s.Last && b < a+10 {
		t := r.d.TokenText(b)
		if r.d.Tokens[b].Kind == doc.Word && capitalized(t) {
			if educationWords[r.words[b]] || foreignSchoolWords[r.words[b]] {
				school = b
			}
			b++
			continue
		}
		if b > a && (schoolJoiners[r.words[b]] || (t == "." && r.words[b-1] == "st")) {
			b++
			continue
		}
		if school == a && b > a && r.d.Tokens[b].Kind == doc.Word && foreignSchoolWords[r.words[a]] && !listStop[r.words[b]] &&
			!schoolStops[r.words[b]] && r.entityAt(b) < 0 {
			b++ // "École nationale supérieure des Arts Décoratifs": a foreign name keeps its lower-case words
			continue
		}
		break
	}
	for b > a && !capitalized(r.d.TokenText(b-1)) {
		b--
	}
	if school < 0 || school >= b || b-a < 2 || b-a > 8 {
		return
	}
	// Only a name the tagger got wrong: a person or a fragment inside.
	if e := r.entityAt(a); e >= 0 && r.mentionStart(a) == a && r.mentionEnd(a) >= b {
		return
	}
	// A foreign school's name that the tagger read only in part (a place
	// or a fragment inside it) is wrong too.
	wrong := foreignSchoolWords[r.words[a]] && (r.entityAt(a) < 0 || r.mentionEnd(a) < b)
	for j := a; j < b; j++ {
		if e := r.entityAt(j); e >= 0 && (isPersonType(r.typeOf(e)) || r.mentionStart(j) < a || r.mentionEnd(j) > b) {
			wrong = wrong || isPersonType(r.typeOf(e))
			if r.mentionStart(j) < a || r.mentionEnd(j) > b {
				return
			}
		}
		if r.entityAt(j) >= 0 && r.typeOf(r.entityAt(j)) == doc.Org && r.mentionStart(j) > a {
			wrong = true // "Our Lady" + "Lake University"
		}
	}
	if !wrong {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 10 || r.afterThe(at) {
		return
	}
	var inside []int
	for j := a; j < b; j++ {
		if mi := r.ment[j]; mi >= 0 && (len(inside) == 0 || inside[len(inside)-1] != mi) {
			inside = append(inside, mi)
		}
	}
	o := r.newMention(a, b, doc.Org, doc.Name, -1)
	for _, mi := range inside {
		r.relink(mi, o) // the fragments name the school
	}
	r.add(p, doc.EducatedAt, o, "", at, b, scoreGood, "untagged-school")
}

// foreignSchoolWords head the names of schools in other languages:
// "Escuela Superior de …", "École nationale …".
var foreignSchoolWords = set("escuela", "école", "ecole", "colegio", "instituto", "istituto", "liceo", "lycée", "scuola",
	"conservatorio", "academia", "akademie", "académie", "escola", "universidade", "gimnazjum", "gymnasium", "hochschule",
	"universidad", "università", "universität", "université", "universiteit", "faculdade", "facultad")

// schoolStops end a foreign school's name: "… in Paris", "… where".
var schoolStops = set("in", "at", "where", "and", "or", "from", "until", "before", "after", "for", "with", "to", "on", "as",
	"during", "under", "which", "who", "when", "while", "since", "then", "but")

// sentenceSubject returns the person whose mention (a name or a pronoun)
// opens sentence s, with its first token, or -1.
func (r *run) sentenceSubject(s doc.Sentence) (int, int) {
	if e := r.entityAt(s.First); e >= 0 && r.typeOf(e) == doc.Person && !r.afterThe(s.First) {
		return e, s.First
	}
	return -1, -1
}

// sentenceCharacter is sentenceSubject for a real person or a fictional
// character: "He was a prince of the epic and was married to B".
func (r *run) sentenceCharacter(s doc.Sentence) (int, int) {
	if e := r.entityAt(s.First); e >= 0 && isPersonType(r.typeOf(e)) && !r.afterThe(s.First) {
		return e, s.First
	}
	return -1, -1
}

// spouseFits reports whether the mention at token k may name a spouse of
// a: a person, or for a character of a story a one-word name the tagger
// typed as a place or an organisation ("he was married to Ulupi").
func (r *run) spouseFits(a, k int) bool {
	b := r.entityAt(k)
	if b < 0 {
		return false
	}
	if isPersonType(r.typeOf(b)) {
		return true
	}
	if r.typeOf(a) != doc.Character || r.d.Mentions[r.ment[k]].Kind != doc.Name || r.mentionEnd(k) != r.mentionStart(k)+1 {
		return false
	}
	return r.typeOf(b) == doc.Loc || r.typeOf(b) == doc.Org
}

// oneWordName reports whether the mention at token k is a one-word name
// typed as a place or an organisation: a given name the tagger misread.
func (r *run) oneWordName(k int) bool {
	e := r.entityAt(k)
	if e < 0 || r.d.Mentions[r.ment[k]].Kind != doc.Name || r.mentionEnd(k) != r.mentionStart(k)+1 {
		return false
	}
	switch r.typeOf(e) {
	case doc.Loc, doc.Org, doc.GPE:
		return true
	}
	return false
}

// partyHeads are the roles "its" gives a party's member.
var partyHeads = set("leader", "chairman", "chairwoman", "chairperson", "president", "secretary-general", "founder",
	"co-founder")

// itsLeader: "In 2006 its leader Ann Varo ran for president" — in an
// article that defines a party, "its" with no other organisation before
// it in the sentence is the party.
func (r *run) itsLeader(i int, s doc.Sentence) {
	t := r.topic.ent
	if t < 0 || r.topic.class != "party" || r.typeOf(t) != doc.Org || i+2 >= s.Last || !partyHeads[r.words[i+1]] {
		return
	}
	for k := s.First; k < i; k++ {
		if e := r.entityAt(k); e >= 0 && e != t && (r.typeOf(e) == doc.Org || isPersonType(r.typeOf(e))) {
			return // "its" may be another's
		}
	}
	j := r.mentionAfter(i+1, s.Last)
	if j < 0 || !r.canJoin(r.entityAt(j)) || r.d.Mentions[r.ment[j]].Kind != doc.Name {
		return
	}
	r.add(r.entityAt(j), doc.MemberOfParty, t, "", i, r.mentionEnd(j), scoreGood, "its-leader")
}

// marriageTo: "A's marriage to B", "his second marriage, to C, ended",
// and in a biography "among them marriages to B and Princess C" — the
// possessor (or the topic, when the sentence names no one else before)
// married the people after "to".
func (r *run) marriageTo(i int, s doc.Sentence) {
	k := i + 1
	if k < s.Last && r.words[k] == "," {
		k++
	}
	if k+1 >= s.Last || r.words[k] != "to" {
		return
	}
	q := i - 1
	for q > s.First && spouseMods[r.words[q]] {
		q--
	}
	a, at := -1, -1
	switch {
	case q > s.First && r.possessive(q):
		if e := r.entityAt(q - 1); e >= 0 && r.d.Mentions[r.ment[q-1]].Kind == doc.Name {
			a, at = e, r.mentionStart(q-1)
		}
	case q >= s.First && (r.words[q] == "his" || r.words[q] == "her"):
		if e := r.entityAt(q); e >= 0 && r.pronounFits(e, r.words[q]) && r.pronounNear(q) {
			a, at = e, q
		}
	case r.words[i] == "marriages" && r.topic.class == "person":
		// "his life was marked by scandals, among them marriages to B":
		// only the topic is named before.
		t := r.topic.ent
		seen := false
		for j := s.First; j < i; j++ {
			if e := r.entityAt(j); e >= 0 && isPersonType(r.typeOf(e)) {
				if e != t {
					return
				}
				seen = true
			}
		}
		if seen {
			a, at = t, i
		}
	case r.words[i] == "marriages":
		a, at = r.pronounSubject(i, s), i
	}
	if a < 0 || !isPersonType(r.typeOf(a)) {
		return
	}
	for _, b := range r.titledList(k+1, s) {
		if b.e != a {
			r.add(a, doc.Spouse, b.e, "", at, b.end, scoreGood, "marriage-to")
		}
	}
}

// pronounSubject returns the person of a "He" or "She" that opens
// sentence s when every person named before token i is that one: "He was
// a restless man, and his private life drew gossip, including marriages
// to B and C". It returns -1 otherwise.
func (r *run) pronounSubject(i int, s doc.Sentence) int {
	if w := r.words[s.First]; w != "he" && w != "she" {
		return -1
	}
	p := r.entityAt(s.First)
	if p < 0 || r.typeOf(p) != doc.Person || !r.pronounFits(p, map[string]string{"he": "his", "she": "her"}[r.words[s.First]]) {
		return -1
	}
	for j := s.First; j < i; j++ {
		if e := r.entityAt(j); e >= 0 && e != p && (isPersonType(r.typeOf(e)) || r.typeOf(e) == doc.Org) {
			return -1
		}
		if r.words[j] == ";" || r.words[j] == ":" || r.d.Tokens[j].Kind == doc.OpenQuote {
			return -1
		}
	}
	return p
}

// pronounFits reports whether "his" or "her" may name person e.
func (r *run) pronounFits(e int, w string) bool {
	if r.typeOf(e) != doc.Person {
		return false
	}
	g := r.d.Entities[e].Gender
	return !(w == "his" && g == doc.Female) && !(w == "her" && g == doc.Male)
}

// titledList reads the people named from token k: "B and Princess C",
// "the painter B" — a title or up to two lower-case role words may come
// before each name.
func (r *run) titledList(k int, s doc.Sentence) []agent {
	var out []agent
	for k < s.Last && len(out) < 4 {
		for n := 0; k < s.Last && n < 3 && r.entityAt(k) < 0; n++ {
			w := r.words[k]
			if w == "the" || (honorifics[w] && capitalized(r.d.TokenText(k))) ||
				(r.d.Tokens[k].Kind == doc.Word && !capitalized(r.d.TokenText(k)) && !listStop[w] && !r.verbAt(k)) {
				k++
				continue
			}
			break
		}
		e := r.entityAt(k)
		if e < 0 || !isPersonType(r.typeOf(e)) || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
			break
		}
		end := r.mentionEnd(k)
		if end < s.Last && r.possessive(end) {
			break // "to B's daughter"
		}
		if q := end; q < s.Last && r.entityAt(q) < 0 && r.d.Tokens[q].Kind == doc.Word && !capitalized(r.d.TokenText(q)) &&
			!listStop[r.words[q]] && !r.verbAt(q) {
			// "to Radio One presenter C": the name modifies a role noun.
			p := r.entityAt(q + 1)
			if q+1 >= s.Last || p < 0 || !isPersonType(r.typeOf(p)) || r.mentionStart(q+1) != q+1 {
				break
			}
			e, end = p, r.mentionEnd(q+1)
		}
		out = append(out, agent{e, end})
		j, ok := r.listSep(end, s.Last)
		if !ok {
			break
		}
		k = j
	}
	return out
}

// weddingVerbs say that two people married or divorced.
var weddingVerbs = set("married", "divorced", "wed", "marry", "marries", "weds")

// coupleVerb: "A and B married in 1990", "A and B were divorced in 1981"
// — two people named alone before a wedding verb with no object.
func (r *run) coupleVerb(i int, s doc.Sentence) {
	v := i - 1
	for v > s.First && (r.words[v] == "were" || r.words[v] == "got" || r.words[v] == "later" || r.words[v] == "had" ||
		r.words[v] == "been" || r.words[v] == "eventually" || r.words[v] == "finally") {
		v--
	}
	if v <= s.First {
		return
	}
	if j := i + 1; j < s.Last {
		switch w := r.words[j]; {
		case w == "in" || w == "on" || w == "at" || w == "." || w == "," || w == ";" || w == "after" || w == "shortly" ||
			w == "secretly" || w == "soon" || w == "and" || w == "that" || w == "last":
		default:
			return
		}
	}
	b := r.entityAt(v)
	if b < 0 || !isPersonType(r.typeOf(b)) || r.mentionEnd(v) != v+1 || r.d.Mentions[r.ment[v]].Kind != doc.Name {
		return
	}
	bs := r.mentionStart(v)
	if bs-2 < s.First || r.words[bs-1] != "and" {
		return
	}
	a := r.entityAt(bs - 2)
	if a < 0 || a == b || !isPersonType(r.typeOf(a)) || r.d.Mentions[r.ment[bs-2]].Kind != doc.Name {
		return
	}
	as := r.mentionStart(bs - 2)
	if as > s.First {
		if p := r.words[as-1]; p == "," || p == "'s" || p == "’s" || p == "of" || p == "both" || kinWords[p] {
			return // a list of three, or "the children of A and B"
		}
	}
	r.add(a, doc.Spouse, b, "", as, i+1, scoreGood, "couple-married")
}

// wedAdverbs may come between a subject and a wedding verb.
var wedAdverbs = set("later", "then", "eventually", "subsequently", "soon", "finally", "also", "secretly", "was", "had", "has",
	"is")

// wedPronoun: "A met the actress B in Rome and married her", "B later
// divorced him", "…, and was married to B" — a wedding verb whose
// subject is the sentence's (after "and") or the name right before it,
// and whose object is a name or a pronoun for someone named in the
// sentence or the topic.
func (r *run) wedPronoun(i int, s doc.Sentence) {
	v := i - 1
	for v > s.First && wedAdverbs[r.words[v]] {
		v--
	}
	if v < s.First {
		return
	}
	a, at := -1, -1
	if r.words[v] == "and" {
		a, at = r.sentenceCharacter(s)
		if a >= 0 {
			end := r.mentionEnd(at)
			if end < s.Last && (r.possessive(end) || kinWords[r.words[end]]) {
				return // "A's daughter … and married B"
			}
			for j := end; j < v; j++ {
				if r.words[j] == ";" || r.words[j] == ":" || r.words[j] == "who" || r.words[j] == "whom" ||
					r.words[j] == "which" || r.d.Tokens[j].Kind == doc.OpenQuote {
					return
				}
				if e := r.entityAt(j); e >= 0 && e != a && isPersonType(r.typeOf(e)) && r.d.Mentions[r.ment[j]].Kind == doc.Pronoun {
					return // another subject
				}
			}
		}
	} else if e := r.entityAt(v); e >= 0 && r.mentionEnd(v) == v+1 {
		if r.d.Mentions[r.ment[v]].Kind != doc.Name && !(r.mentionStart(v) == s.First && r.d.Mentions[r.ment[v]].Kind == doc.Pronoun) {
			return
		}
		a, at = e, r.mentionStart(v)
		if at > s.First && (r.possessive(at-1) || r.words[at-1] == "and") {
			return
		}
	}
	if a < 0 || !isPersonType(r.typeOf(a)) || !r.pronounNear(at) {
		return
	}
	k := i + 1
	if k < s.Last && r.words[k] == "to" {
		k++
	}
	if j := r.namedAfter(k, s); j > 0 {
		k = j // "married a French lady by the name of B"
	}
	if k >= s.Last || r.ment[k] < 0 || r.mentionStart(k) != k {
		return
	}
	b, end := r.entityAt(k), r.mentionEnd(k)
	if b < 0 || b == a || !r.spouseFits(a, k) || (end < s.Last && r.possessive(end)) {
		return
	}
	named := r.d.Mentions[r.ment[k]].Kind == doc.Name
	if !named {
		if w := r.words[k]; w != "him" && w != "her" || !r.pronounFits(b, map[string]string{"him": "his", "her": "her"}[w]) {
			return
		}
		if w := r.words[k]; w == "her" && end < s.Last && (r.entityAt(end) >= 0 || r.d.Tokens[end].Kind == doc.Word &&
			!listStop[r.words[end]] && !r.verbAt(end) && r.words[end] != "last" && r.words[end] != "shortly") {
			return // "divorced her husband": a possessive
		}
		ok := r.isTopic(b)
		for j := s.First; j < k && !ok; j++ {
			ok = r.entityAt(j) == b && r.d.Mentions[r.ment[j]].Kind == doc.Name
		}
		if !ok {
			return
		}
	}
	if !named && r.d.Mentions[r.ment[at]].Kind != doc.Name {
		return // two pronouns
	}
	r.add(a, doc.Spouse, b, "", min(at, k), end, scoreGood, "wed-pronoun")
	if named {
		r.spouseList(a, at, end, s)
	}
}

// spouseList: "he was married to A, B, C and D at different times" — a
// list of three or more people named in full after the first spouse are
// spouses too. The list ends the clause: a parenthesis, a time or place
// phrase, or the sentence's end follows it.
func (r *run) spouseList(a, at, k int, s doc.Sentence) {
	var bs []int
	closed := false
	for k < s.Last && (r.words[k] == "," || r.words[k] == "and") {
		last := r.words[k] == "and"
		k++
		if k < s.Last && r.words[k] == "and" {
			k++ // ", and B"
			last = true
		}
		e := r.entityAt(k)
		if e < 0 || e == a || !r.spouseFits(a, k) || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
			return
		}
		bs = append(bs, e)
		k = r.mentionEnd(k)
		if k < s.Last && r.possessive(k) {
			return
		}
		if last {
			closed = true
			break
		}
	}
	if len(bs) < 2 || !closed {
		return // the list ends with "and B"
	}
	if k < s.Last {
		switch r.words[k] {
		case ".", "(", ";", "at", "in", "respectively", "between", "from":
		default:
			return // "married A, B and C went on": a clause follows
		}
	}
	for _, b := range bs {
		r.add(a, doc.Spouse, b, "", at, k, scoreGood-0.1, "spouse-list")
	}
}

// electedVerbs take a party in "as a": "elected as a Whig", "stood as a
// Liberal".
var electedVerbs = set("elected", "re-elected", "reelected", "ran", "stood", "sat", "served")

// electedAsParty: "Marlow was elected as a Whig in 1840", "she
// sat as a Liberal" — the party word the tagger already named
// (encyclopedic.go reads the untagged ones).
func (r *run) electedAsParty(i int, s doc.Sentence) {
	k := i + 1
	if k+3 >= s.Last || r.words[k] != "as" || (r.words[k+1] != "a" && r.words[k+1] != "an") {
		return
	}
	j := k + 2
	if r.ment[j] < 0 || r.mentionStart(j) != j || r.mentionEnd(j) != j+1 || !capitalized(r.d.TokenText(j)) ||
		!partyWords[r.words[j]] {
		return
	}
	switch r.words[j+1] {
	case "to", "in", "for", ",", ".", "candidate", "and", "from", "member", "mp", "councillor", "senator", "representative":
	default:
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || !r.canJoin(p) || i-at > 6 || r.afterThe(at) {
		return
	}
	o := r.partyEntity(j, j+1)
	if o < 0 {
		return
	}
	r.add(p, doc.MemberOfParty, o, "", at, j+1, scoreGood, "elected-as-party")
}

// partyUnder: "the Labour Party under Ann Lee", "a deputy of the
// Labour Party under Ann Lee" — the party's leader of the time.
func (r *run) partyUnder(i int, s doc.Sentence) {
	if i == s.First || i+1 >= s.Last {
		return
	}
	o := r.entityAt(i - 1)
	if o < 0 || r.typeOf(o) != doc.Org || !partyName(r.d.Entities[o].Name) {
		return
	}
	k := i + 1
	p := r.entityAt(k)
	if p < 0 || !r.canJoin(p) || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	r.add(p, doc.MemberOfParty, o, "", r.mentionStart(i-1), r.mentionEnd(k), scoreGood, "party-under")
}

// partyFounders: a person who founded a party belongs to it.
func (r *run) partyFounders() {
	for k, n := 0, len(r.out); k < n; k++ {
		c := r.out[k]
		if c.Predicate != doc.Founded || c.Object < 0 || !r.canJoin(c.Subject) || r.typeOf(c.Object) != doc.Org ||
			!partyName(r.d.Entities[c.Object].Name) {
			continue
		}
		if a := r.add(c.Subject, doc.MemberOfParty, c.Object, "", 0, 1, scoreGood-0.1, "party-founder"); a != nil {
			a.Evidence = c.Evidence
			a.Evidence.Extractor = "claim:party-founder"
		}
	}
}

// degreeWords name an academic degree.
var degreeWords = set("degree", "degrees", "diploma", "doctorate", "phd", "ph.d.", "ph.d", "dphil", "habilitation", "ba",
	"b.a.", "bsc", "b.sc.", "bfa", "ma", "m.a.", "msc", "m.sc.", "mfa", "mba", "llb", "llm", "ll.b.", "ll.m.", "bachelor",
	"bachelor's", "master", "master's", "masters", "doctor", "licentiate")

// degreeVerbs take a degree as their object.
var degreeVerbs = set("earned", "earning", "earns", "received", "receiving", "receives", "obtained", "obtaining", "holds",
	"held", "holding", "completed", "completing", "gained", "gaining", "took", "awarded", "attained", "got")

// firstField returns the first of strings.Fields(s), or "" if there is
// none, without splitting the rest of s.
func firstField(s string) string {
	start := strings.IndexFunc(s, func(c rune) bool { return !unicode.IsSpace(c) })
	if start < 0 {
		return ""
	}
	if n := strings.IndexFunc(s[start:], unicode.IsSpace); n >= 0 {
		return s[start : start+n]
	}
	return s[start:]
}

// degreeAt returns the token after the degree phrase starting at token
// i: a degree word or a degree the tagger named ("Bachelor of Fine Arts",
// "BFA"), or -1.
func (r *run) degreeAt(i int) int {
	if e := r.entityAt(i); e >= 0 {
		if r.mentionStart(i) != i || r.typeOf(e) == doc.Person {
			return -1
		}
		if f := firstField(r.d.Entities[e].Name); f != "" && degreeWords[strings.ToLower(f)] {
			return r.mentionEnd(i)
		}
		return -1
	}
	if !r.has(i, tDegreeWords) {
		return -1
	}
	k := i + 1
	// "Bachelor of Arts", "Master of Fine Arts"
	if k+1 < len(r.words) && r.words[k] == "of" && capitalized(r.d.TokenText(k+1)) && r.entityAt(k+1) < 0 {
		k += 2
		for k < len(r.words) && k < i+6 && r.entityAt(k) < 0 && capitalized(r.d.TokenText(k)) {
			k++
		}
	}
	return k
}

// degreeFrom: "She holds a BFA in sculpture from X College, a Bachelor
// of Arts from Y College, and …", "earned her doctorate
// in 1984 under Z at X University", "before completing an MA in
// Illustration at X College" — a degree taken after a verb, with its
// subject, its field, its year and adviser, then the school.
func (r *run) degreeFrom(i int, s doc.Sentence) {
	// The verb before the degree: "holds a", "received his Russian".
	v := i - 1
	for n := 0; v > s.First && n < 4; n++ {
		w := r.words[v]
		if degreeVerbs[w] || ((w == "while" || w == "as") && (r.words[v+1] == "a" || r.words[v+1] == "an")) {
			break
		}
		if e := r.entityAt(v); (e >= 0 && r.typeOf(e) == doc.NORP) || w == "a" || w == "an" || w == "his" || w == "her" ||
			w == "their" || (e < 0 && r.d.Tokens[v].Kind == doc.Word && !capitalized(r.d.TokenText(v)) && !listStop[w] && !r.verbAt(v)) {
			v--
			continue
		}
		return
	}
	reach := 10
	if v <= s.First {
		return
	}
	if w := r.words[v]; w == "while" || w == "as" {
		reach = 20 // "X started writing plays in 1971, while a doctoral student at Y"
	} else if !degreeVerbs[r.words[v]] {
		return
	}
	p, at := r.personBefore(v, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || v-at > reach || r.afterThe(at) {
		return
	}
	if p = r.nearOrTopic(p, at, s); p < 0 {
		return
	}
	k := r.degreeAt(i)
	for n := 0; k > 0 && k < s.Last && n < 4; n++ {
		k = r.degreeSchool(p, at, k, s)
		if k < 0 {
			return
		}
		// ", a Bachelor of Arts … from Y"
		j, ok := r.listSep(k, s.Last)
		if !ok {
			return
		}
		if j < s.Last && (r.words[j] == "a" || r.words[j] == "an" || r.words[j] == "his" || r.words[j] == "her") {
			j++
		}
		for j < s.Last && r.entityAt(j) < 0 && r.d.Tokens[j].Kind == doc.Word && !capitalized(r.d.TokenText(j)) &&
			!degreeWords[r.words[j]] && !listStop[r.words[j]] && !r.verbAt(j) {
			j++ // "a journalism degree"
		}
		if j >= s.Last {
			return
		}
		k = r.degreeAt(j)
	}
}

// degreeSchool reads what follows a degree from token k — "in
// sculpture and painting", "(Ph.D.)", "in 1959", "under Z" — up to
// "from" or "at" and the school, which person p attended. It returns the
// token after the school, or -1.
func (r *run) degreeSchool(p, at, k int, s doc.Sentence) int {
	start, field := k, false
	for k < s.Last && k < start+12 {
		w := r.words[k]
		if w == "from" || w == "at" {
			break
		}
		switch {
		case w == "(":
			j := k
			for j < s.Last && j < k+8 && r.words[j] != ")" {
				j++
			}
			if j >= s.Last || r.words[j] != ")" {
				return -1
			}
			k = j + 1
			continue
		case w == "under" || w == "with":
			e := r.entityAt(k + 1)
			if e < 0 || !isPersonType(r.typeOf(e)) {
				return -1
			}
			k = r.mentionEnd(k + 1)
			continue
		case w == "in" || w == "for" || w == "and" || w == "of" || w == "-" || w == "/" || (field && w == "the"):
			field = field || w == "in" || w == "for"
			k++
			continue
		}
		if r.isDateAt(k) {
			k++
			continue
		}
		if e := r.entityAt(k); e >= 0 && !isPersonType(r.typeOf(e)) && !isSchool(r.d.Entities[e].Name) {
			k = r.mentionEnd(k) // "an MA in Sequential Illustration"
			continue
		}
		if r.entityAt(k) >= 0 || r.d.Tokens[k].Kind != doc.Word || listStop[w] || (r.verbAt(k) && !field) || degreeVerbs[w] {
			return -1 // a verb, save a field of study: "in painting"
		}
		k++
	}
	if k+1 >= s.Last || (r.words[k] != "from" && r.words[k] != "at") {
		return -1
	}
	k++
	if r.words[k] == "the" && r.entityAt(k) < 0 {
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || !isSchool(r.d.Entities[o].Name) {
		return -1
	}
	end := r.mentionEnd(k)
	if end < s.Last && r.possessive(end) {
		return -1
	}
	r.add(p, doc.EducatedAt, o, "", at, end, scoreGood, "degree-from")
	// "the University of Northland – Port Rowan", "X College in Paris"
	for end+1 < s.Last && (r.words[end] == "–" || r.words[end] == "-" || r.words[end] == "in") && r.isPlace(end+1) {
		end = r.mentionEnd(end + 1)
	}
	return end
}

// isDateAt reports whether token k is inside a time expression.
func (r *run) isDateAt(k int) bool {
	t := r.d.Tokens[k]
	for _, x := range r.d.Timexes {
		if x.Start <= t.Start && t.End <= x.End {
			return true
		}
	}
	return false
}

// pronounNear reports whether the mention at token at is a name, or a
// pronoun for the topic or for someone named in its sentence or the one
// before: news text moves between people faster than coreference does.
func (r *run) pronounNear(at int) bool {
	mi := r.ment[at]
	if mi < 0 || r.d.Mentions[mi].Kind == doc.Name {
		return true
	}
	e := r.d.Mentions[mi].Entity
	if r.isTopic(e) {
		return true
	}
	si := r.sentenceOf(at)
	from := r.d.Sentences[max(0, si-1)].First
	for k := from; k < at; k++ {
		if r.entityAt(k) == e && r.d.Mentions[r.ment[k]].Kind == doc.Name {
			return true
		}
	}
	return false
}

// topicSurname gives back to the topic of a biography the bare surnames
// that coreference linked to a relative sharing it ("Bowes, known for her
// work, …" linked to her husband Thomas Bowes, named later): in an
// article about a person, the surname alone names that person. Claims
// whose evidence held such a mention, and no other of the relative's,
// move to the topic.
func (r *run) topicSurname() {
	t := r.topic.ent
	if t < 0 || r.topic.class != "person" || r.typeOf(t) != doc.Person {
		return
	}
	tf := strings.Fields(r.d.Entities[t].Name)
	if len(tf) < 2 {
		return
	}
	sur := strings.ToLower(tf[len(tf)-1])
	moved := map[int][]doc.Span{} // relative → the mentions moved
	for e := range r.d.Entities {
		ef := strings.Fields(r.d.Entities[e].Name)
		if e == t || r.typeOf(e) != doc.Person || len(ef) < 2 || strings.ToLower(ef[len(ef)-1]) != sur {
			continue
		}
		var bare []int
		for _, mi := range r.d.Entities[e].Mentions {
			m := r.d.Mentions[mi]
			if m.Kind == doc.Name && strings.ToLower(strings.TrimSpace(r.d.Text(m.Span))) == sur {
				bare = append(bare, mi)
			}
		}
		if len(bare) == 0 || len(bare) == len(r.d.Entities[e].Mentions) {
			continue
		}
		for _, mi := range bare {
			if k := r.d.TokenAt(r.d.Mentions[mi].Start); k > 0 && honorifics[r.words[k-1]] {
				continue // "Mrs Bowes"
			}
			moved[e] = append(moved[e], r.d.Mentions[mi].Span)
			r.relink(mi, t)
		}
	}
	if len(moved) == 0 {
		return
	}
	// What the relative's claims rest on.
	still := func(e int, ev doc.Span) bool {
		for _, mi := range r.d.Entities[e].Mentions {
			if ev.Contains(r.d.Mentions[mi].Span) {
				return true
			}
		}
		return false
	}
	for k := range r.out {
		c := &r.out[k]
		for _, end := range []*int{&c.Subject, &c.Object} {
			e := *end
			sp, ok := moved[e]
			if !ok || still(e, c.Evidence.Span) {
				continue
			}
			for _, x := range sp {
				if c.Evidence.Span.Contains(x) {
					*end = t
					break
				}
			}
		}
		if c.Subject == c.Object {
			c.Object = -1 // dropped below
		}
	}
	keep := r.out[:0]
	for _, c := range r.out {
		if c.Object >= 0 || c.Value != "" {
			keep = append(keep, c)
		}
	}
	r.out = keep
}

// spouseUntagged: "A and her husband B appear in the letters" where the
// tagger took B, named once, for a place or an organisation: after "A and
// his wife" or "A and her husband" a lone capitalised name is a person.
func (r *run) spouseUntagged(i int, s doc.Sentence) {
	r.parentUntagged(i, s)
	q := i - 1
	if q-2 < s.First || i+1 >= s.Last || (r.words[q] != "his" && r.words[q] != "her") || r.words[q-1] != "and" {
		return
	}
	a := r.entityAt(q - 2)
	if a < 0 || r.typeOf(a) != doc.Person || r.d.Mentions[r.ment[q-2]].Kind != doc.Name || !r.pronounFits(a, r.words[q]) ||
		r.entityAt(q) != a {
		return
	}
	k := i + 1
	b := r.entityAt(k)
	if b < 0 || b == a || r.mentionStart(k) != k || r.mentionEnd(k) != k+1 || r.d.Mentions[r.ment[k]].Kind != doc.Name ||
		len(r.d.Entities[b].Mentions) != 1 {
		return
	}
	switch r.typeOf(b) {
	case doc.GPE, doc.Loc, doc.Org:
	default:
		return
	}
	if e := k + 1; e < s.Last && (r.possessive(e) || r.entityAt(e) >= 0 || capitalized(r.d.TokenText(e))) {
		return // "his wife Paris's": not a name alone
	}
	r.retype(b, doc.Person)
	r.add(a, doc.Spouse, b, "", r.mentionStart(q-2), k+1, scoreGood, "spouse-untagged")
}

// parentUntagged: "the eldest child of A ( 1811 – 1880 ) and his wife B"
// — a parent named in full whom the tagger took for an organisation or a
// place is a person, married to B.
func (r *run) parentUntagged(i int, s doc.Sentence) {
	q := i - 1
	if q-2 < s.First || i+1 >= s.Last || (r.words[q] != "his" && r.words[q] != "her") || r.words[q-1] != "and" {
		return
	}
	j := q - 2
	if r.words[j] == ")" { // a life span: "( 1811 – 1880 )"
		for j > s.First && j > q-10 && r.words[j] != "(" {
			j--
		}
		if r.words[j] != "(" {
			return
		}
		j--
	}
	if j < s.First {
		return
	}
	a := r.entityAt(j)
	if a < 0 || r.d.Mentions[r.ment[j]].Kind != doc.Name || r.mentionEnd(j) != j+1 {
		return
	}
	switch r.typeOf(a) {
	case doc.Org, doc.GPE, doc.Loc:
	default:
		return
	}
	as := r.mentionStart(j)
	if as-1 < s.First || r.words[as-1] != "of" || as-2 < s.First || !kinWords[r.words[as-2]] || len(strings.Fields(r.d.Entities[a].Name)) < 2 {
		return // only a parent named in full: "the child of A and his wife"
	}
	b := r.entityAt(i + 1)
	if b < 0 || b == a || r.typeOf(b) != doc.Person || r.mentionStart(i+1) != i+1 || r.d.Mentions[r.ment[i+1]].Kind != doc.Name ||
		!r.genderFits(b, r.words[i]) {
		return
	}
	r.retype(a, doc.Person)
	r.add(a, doc.Spouse, b, "", as, r.mentionEnd(i+1), scoreGood, "parent-untagged")
}

// onlyTimeBefore reports whether tokens before k in sentence s are a
// time expression and its comma: "In 1955, while attending X, …".
func (r *run) onlyTimeBefore(k int, s doc.Sentence) bool {
	for j := s.First; j < k; j++ {
		if !r.isDateAt(j) && r.words[j] != "," && r.words[j] != "in" && r.words[j] != "on" {
			return false
		}
	}
	return true
}

// clauseSubject returns the person who opens the main clause at token k
// after a fronted clause, past "in Los Angeles," and "New Jersey native":
// the place of the fronted clause and the subject's origin.
func (r *run) clauseSubject(k int, s doc.Sentence) (int, int) {
	if k+1 < s.Last && r.words[k] == "in" && r.isPlace(k+1) {
		j := r.mentionEnd(k + 1)
		for j+1 < s.Last && r.words[j] == "," && r.isPlace(j+1) && !r.nativeAfter(j+1, s) {
			j = r.mentionEnd(j + 1)
		}
		if j+1 >= s.Last || r.words[j] != "," {
			return -1, -1
		}
		k = j + 1
	}
	if r.isPlace(k) && r.nativeAfter(k, s) {
		k = r.mentionEnd(k) + 1
	}
	if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Person && r.mentionStart(k) == k {
		return e, k
	}
	return -1, -1
}

// nativeAfter reports whether the place mention at token k is followed by
// "native": "New Jersey native Leroy Smith".
func (r *run) nativeAfter(k int, s doc.Sentence) bool {
	e := r.mentionEnd(k)
	return e+1 < s.Last && (r.words[e] == "native" || r.words[e] == "-born")
}

// namedAfter returns the token of the name that "a woman named B" or "a
// Colombian lady by the name of B" gives from token k (at "a"), or -1.
func (r *run) namedAfter(k int, s doc.Sentence) int {
	if k >= s.Last || (r.words[k] != "a" && r.words[k] != "an") {
		return -1
	}
	j := k + 1
	for n := 0; j < s.Last && n < 6; n++ {
		if e := r.entityAt(j); e >= 0 && r.typeOf(e) == doc.NORP {
			j = r.mentionEnd(j)
			continue
		}
		w := r.words[j]
		if w == "named" || w == "called" {
			j++
			break
		}
		if w == "by" && j+3 < s.Last && r.words[j+1] == "the" && r.words[j+2] == "name" && r.words[j+3] == "of" {
			j += 4
			break
		}
		if r.entityAt(j) >= 0 || (r.d.Tokens[j].Kind == doc.Word && (capitalized(r.d.TokenText(j)) || listStop[w])) {
			return -1
		}
		if r.d.Tokens[j].Kind != doc.Word && w != "/" && w != "-" {
			return -1
		}
		j++
	}
	if j >= s.Last || r.ment[j] < 0 || r.mentionStart(j) != j || r.d.Mentions[r.ment[j]].Kind != doc.Name || j == k+1 {
		return -1
	}
	return j
}

// coupleMarkers say that two people named together are a couple.
var coupleMarkers = set("married", "marriage", "couple", "husband", "wife", "wed", "wedding", "honeymoon", "spouse", "spouses",
	"newlyweds", "anniversary")

// siblingMarkers say that two people sharing a surname may be kin.
var siblingMarkers = set("brother", "brothers", "sister", "sisters", "siblings", "twins", "twin", "son", "sons", "daughter",
	"daughters", "children", "mother", "father", "parents", "cousins", "cousin")

// coupleSurname: "Tom and Ann Hale, who married in 1990, …", "William
// and Annie Carr … the couple" — a man and a woman sharing one surname,
// named together, are married when their sentence or the next one calls
// them a couple and neither names kin; with no such word, when the first
// is named elsewhere in full with the same surname ("Martin and
// Clara Dorsey" … "Martin Dorsey"), not as a lone first name.
func (r *run) coupleSurname(i int, s doc.Sentence) {
	if i == s.First || i+1 >= s.Last {
		return
	}
	a, b := r.entityAt(i-1), r.entityAt(i+1)
	if a < 0 || b < 0 || a == b || r.typeOf(a) != doc.Person || r.typeOf(b) != doc.Person ||
		r.mentionStart(i-1) != i-1 || r.mentionStart(i+1) != i+1 ||
		r.d.Mentions[r.ment[i-1]].Kind != doc.Name || r.d.Mentions[r.ment[i+1]].Kind != doc.Name {
		return
	}
	end := r.mentionEnd(i + 1)
	if end-(i+1) < 2 || (i-2 >= s.First && (r.words[i-2] == "," || r.words[i-2] == "and")) {
		return // "Tom, Ann and Mary Hale": a list
	}
	sur := strings.ToLower(r.d.TokenText(end - 1))
	af := strings.Fields(r.d.Entities[a].Name)
	if len(af) > 1 && strings.ToLower(af[len(af)-1]) != sur {
		return // Tom has another surname
	}
	ga, ok1 := r.x.gaz.GivenName(r.d.TokenText(i - 1))
	gb, ok2 := r.x.gaz.GivenName(r.d.TokenText(i + 1))
	if !ok1 || !ok2 || !((ga.PMale > 0.9 && gb.PMale < 0.1) || (ga.PMale < 0.1 && gb.PMale > 0.9)) {
		return
	}
	si := r.sentenceOf(i)
	last := s.Last
	if si+1 < len(r.d.Sentences) {
		last = r.d.Sentences[si+1].Last
	}
	marked := false
	for k := s.First; k < last; k++ {
		if siblingMarkers[r.words[k]] {
			return
		}
		marked = marked || coupleMarkers[r.words[k]]
	}
	if !marked && len(af) < 2 {
		return
	}
	r.add(a, doc.Spouse, b, "", i-1, end, scoreGood-0.1, "couple-surname")
}

// onlyAdverbialBefore reports whether the tokens of sentence s before k
// are a short opening adverbial with no mention but a date: "In 1904",
// "Later,".
func (r *run) onlyAdverbialBefore(k int, s doc.Sentence) bool {
	if k-s.First > 6 {
		return false
	}
	for j := s.First; j < k; j++ {
		if r.ment[j] >= 0 || r.d.Tokens[j].Kind == doc.OpenQuote || r.words[j] == "(" {
			return false
		}
		if r.d.Tokens[j].Kind == doc.Word && !r.isDateAt(j) && capitalized(r.d.TokenText(j)) && j > s.First {
			return false
		}
	}
	return true
}

// nearOrTopic returns who the mention of person p at token at names: p
// when pronounNear allows it, else the topic of a biography when the
// mention is a "he" or "she" opening the sentence's clause, else -1.
func (r *run) nearOrTopic(p, at int, s doc.Sentence) int {
	if r.pronounNear(at) {
		return p
	}
	t := r.topic.ent
	if t < 0 || r.topic.class != "person" || r.typeOf(t) != doc.Person || (at != s.First && !r.onlyAdverbialBefore(at, s)) {
		return -1
	}
	g := r.d.Entities[t].Gender
	switch r.words[at] {
	case "he":
		if g != doc.Female {
			return t
		}
	case "she":
		if g != doc.Male {
			return t
		}
	}
	return -1
}

// alumniNouns name a school's former students.
var alumniNouns = set("alumni", "alumnae", "graduates", "pupils", "students", "old boys", "alumnus")

// alumniInclude: "Notable alumni include A (1946–1950), author; B, a rugby
// player; and C" in an article about a school, or "alumni of X include
// A and B" — each person listed studied at the school.
func (r *run) alumniInclude(i int, s doc.Sentence) {
	k := i + 1
	school := -1
	if k+1 < s.Last && r.words[k] == "of" {
		j := k + 1
		if r.words[j] == "the" && r.entityAt(j) < 0 {
			j++
		}
		o := r.entityAt(j)
		if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(j) != j || !isSchool(r.d.Entities[o].Name) {
			return
		}
		school, k = o, r.mentionEnd(j)
	} else if t := r.topic.ent; t >= 0 && r.typeOf(t) == doc.Org && isSchool(r.d.Entities[t].Name) {
		school = t
	} else if t := r.entityAt(0); t >= 0 && r.mentionStart(0) == 0 && r.typeOf(t) == doc.Org && isSchool(r.d.Entities[t].Name) {
		school = t // an article that opens with the school's name
	}
	if school < 0 || k >= s.Last {
		return
	}
	switch r.words[k] {
	case "include", "included", "including", "includes":
	default:
		return
	}
	if r.words[i] != "alumni" && r.words[i] != "alumnae" {
		// "former pupils include": only after "former" or "notable".
		if p := r.words[max(s.First, i-1)]; p != "former" && p != "notable" && p != "famous" {
			return
		}
	}
	for j := k + 1; j < s.Last; j++ {
		p := r.entityAt(j)
		if p < 0 || r.typeOf(p) != doc.Person || r.mentionStart(j) != j || r.d.Mentions[r.ment[j]].Kind != doc.Name {
			continue
		}
		end := r.mentionEnd(j)
		j = end - 1
		if prev := r.words[r.mentionStart(end-1)-1]; prev != "include" && prev != "included" && prev != "including" &&
			prev != "includes" && prev != "," && prev != ";" && prev != "and" {
			continue
		}
		if end < s.Last {
			switch r.words[end] {
			case "(", ",", ";", "and", ".":
			default:
				continue // "Rugby Player for Leicester"
			}
		}
		if end-r.mentionStart(end-1) < 2 {
			continue
		}
		if _, ok := r.x.gaz.GivenName(r.d.TokenText(r.mentionStart(end - 1))); !ok {
			continue
		}
		r.add(p, doc.EducatedAt, school, "", i, end, scoreGood-0.1, "alumni-include")
	}
}

// frontedFromSchool: "A 6'8" centre from the University of
// Northland, Okafor played …" — a sentence that opens with a noun
// phrase describing its subject as from a school.
func (r *run) frontedFromSchool(i int, s doc.Sentence) {
	if w := r.words[s.First]; (w != "a" && w != "an") || i-s.First > 10 {
		return
	}
	for j := s.First + 1; j < i; j++ {
		if r.ment[j] >= 0 || (r.d.Tokens[j].Kind == doc.Word && (capitalized(r.d.TokenText(j)) || listStop[r.words[j]])) {
			return
		}
	}
	k := i + 1
	if k < s.Last && r.words[k] == "the" && r.entityAt(k) < 0 {
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || !isSchool(r.d.Entities[o].Name) {
		return
	}
	end := r.mentionEnd(k)
	if end+1 >= s.Last || r.words[end] != "," {
		return
	}
	p, at := r.clauseSubject(end+1, s)
	if p < 0 || r.d.Mentions[r.ment[at]].Kind != doc.Name {
		return
	}
	r.add(p, doc.EducatedAt, o, "", s.First, r.mentionEnd(at), scoreGood-0.1, "fronted-from-school")
}

// candidacyVerbs link a candidate to "as the X candidate": "ran as the
// Labour candidate", "won the seat as the candidate of the Green Party".
var candidacyVerbs = set("ran", "run", "runs", "running", "stood", "stand", "stands", "standing", "contested",
	"contests", "contesting", "won", "wins", "fought", "campaigned", "was", "is", "selected", "chosen", "nominated",
	"re-elected", "elected", "returned")

// candidateMods may stand between "as the" and "candidate of": "as the
// presidential candidate of the X Party".
var candidateMods = set("presidential", "official", "joint", "mayoral", "parliamentary", "party", "unity")

// candidateTitles may stand before a candidate's name at the head of its
// clause: "former Vice President A ran as …".
var candidateTitles = set("former", "then", "incumbent", "vice", "president", "governor", "mayor", "senator", "sitting",
	"deputy", "prime", "minister", "mp", "councillor", "congressman", "congresswoman")

// candidateOf: "A ran as the Labour candidate", "A won the election as
// the candidate of the Unity Party" — the subject of the clause whose
// verb names a candidacy belongs to the party it stood for. The party is
// a party-word name or an organisation whose name says "party".
func (r *run) candidateOf(i int, s doc.Sentence) {
	var o, a int // the party and the token of "the" before it or the noun
	if i+2 < s.Last && r.words[i+1] == "of" {
		k := i + 2
		if r.words[k] == "the" {
			k++
		}
		e := r.entityAt(k)
		if e < 0 || r.mentionStart(k) != k || !r.partyish(e) {
			return
		}
		o, a = e, i-1
		for a > s.First && candidateMods[r.words[a]] {
			a--
		}
	} else {
		if i-3 < s.First {
			return
		}
		if e := r.entityAt(i - 1); e >= 0 {
			if r.mentionEnd(i-1) != i || !r.partyish(e) {
				return
			}
			o, a = e, r.mentionStart(i-1)-1
		} else {
			b := i - 1
			for b > s.First && b > i-3 && capitalized(r.d.TokenText(b)) && partyWords[r.words[b]] {
				b--
			}
			if b == i-1 {
				return
			}
			if o = r.partyEntity(b+1, i); o < 0 {
				return
			}
			a = b
		}
	}
	if a-1 <= s.First || r.words[a] != "the" || r.words[a-1] != "as" {
		return
	}
	p, at := r.personBefore(a-1, s.First)
	if p < 0 || !r.canJoin(p) || r.afterThe(at) {
		return
	}
	// The person heads its clause: only titles before it back to the
	// sentence's start or a comma.
	h := at - 1
	for h >= s.First && (candidateTitles[r.words[h]] || (r.d.Tokens[h].Kind == doc.Word && capitalized(r.d.TokenText(h)) && r.entityAt(h) < 0 && h > s.First)) {
		h--
	}
	if h >= s.First && r.words[h] != "," && r.words[h] != ";" {
		return
	}
	verb := false
	for k := r.mentionEnd(at); k < a-1; k++ {
		if e := r.entityAt(k); e >= 0 && e != p && isPersonType(r.typeOf(e)) {
			return // "A beat B as the X candidate"
		}
		verb = verb || candidacyVerbs[r.words[k]]
	}
	if !verb {
		return
	}
	r.add(p, doc.MemberOfParty, o, "", at, i+1, scoreGood, "party-candidate")
}

// partyNameNouns name the kinds of party that do not say "party":
// "the Green Alliance", "the National Front", "the Unity Movement".
var partyNameNouns = set("alliance", "front", "movement", "league", "bloc")

// partyish reports whether organisation e may be the party of "as the X
// candidate": a party's name, or an acronym ("the SDLP candidate").
func (r *run) partyish(e int) bool {
	if r.typeOf(e) != doc.Org {
		return false
	}
	name := r.d.Entities[e].Name
	if partyName(name) || nameHas(name, partyNameNouns) {
		return true
	}
	if n := len(name); n < 2 || n > 6 {
		return false
	}
	for _, c := range name {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// partyFoundVerbs take a party's founder after "by".
var partyFoundVerbs = set("founded", "co-founded", "formed", "established", "created", "launched")

// partyFoundedBy: "standing for the TVK party, founded by the former
// president A", "the Northern Party, formed by A in 1990" — the founder
// of the party the phrase follows belongs to it. The party is an
// organisation with "party" in its name or right after it.
func (r *run) partyFoundedBy(i int, s doc.Sentence) {
	if i+2 >= s.Last || i-2 <= s.First || r.words[i+1] != "by" {
		return
	}
	j := i - 1
	if r.words[j] == "," || r.words[j] == "was" {
		j--
	}
	o := -1
	if r.words[j] == "party" && !capitalized(r.d.TokenText(j)) {
		if e := r.entityAt(j - 1); e >= 0 && r.typeOf(e) == doc.Org && r.mentionEnd(j-1) == j {
			o = e // "the MAPAR party"
		}
	} else if e := r.entityAt(j); e >= 0 && r.typeOf(e) == doc.Org && r.mentionEnd(j) == j+1 && partyName(r.d.Entities[e].Name) {
		o = e
	}
	if o < 0 {
		return
	}
	k := i + 2
	for k < s.Last && k < i+6 && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word &&
		(r.words[k] == "the" || r.words[k] == "former" || r.words[k] == "late" || candidateTitles[r.words[k]] || capitalized(r.d.TokenText(k))) {
		k++ // "the former president"
	}
	p := r.entityAt(k)
	if p < 0 || !r.canJoin(p) || r.mentionStart(k) != k {
		return
	}
	end := r.mentionEnd(k)
	if end < s.Last && (r.possessive(end) || r.words[end] == "and") {
		return // "founded by A's son", "by A and B" (read by the founding rules)
	}
	r.add(p, doc.MemberOfParty, o, "", i-1, end, scoreGood, "party-founded-by")
}
