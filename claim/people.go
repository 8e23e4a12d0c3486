package claim

import (
	"strings"

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
	for si := range r.d.Sentences {
		s := r.d.Sentences[si]
		for i := s.First; i < s.Last; i++ {
			if r.inQ[i] {
				continue
			}
			switch w := r.words[i]; {
			case w == "wife" || w == "husband" || w == "widow" || w == "widower":
				r.spouseOf(i, s)
			case w == "marrying":
				r.marrying(i, s)
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
			case w == "nomination" || w == "ticket":
				r.partyNomination(i, s)
			case w == "represented" || w == "representing" || w == "represents" || w == "represent":
				r.representsParty(i, s)
			case w == "joining" || w == "joined":
				r.joiningParty(i, s)
			case w == "its":
				r.itsLeader(i, s)
			case partyNounWords[w]:
				r.partyNoun(i, s)
			}
		}
	}
	r.checkSpouses()
	r.topicPronouns()
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
		if at != s.First || r.ment[at] < 0 || r.d.Mentions[r.ment[at]].Kind != doc.Pronoun || r.entityAt(at) != c.Subject {
			continue
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
	if i+1 < s.Last && r.words[i+1] == "of" {
		a, end := r.personAfter(i+2, s.Last, 3)
		if a < 0 || r.typeOf(a) != doc.Person || (end < s.Last && r.possessive(end)) {
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
		if b < 0 || b == a || r.typeOf(b) != doc.Person || !r.genderFits(b, r.words[i]) {
			return
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
		if b := r.entityAt(k); a >= 0 && b >= 0 && a != b && r.typeOf(a) == doc.Person && r.typeOf(b) == doc.Person &&
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
		return // "John, Tom's wife said": no apposition
	}
	a := r.entityAt(i - 2)
	if a < 0 || r.typeOf(a) != doc.Person || r.d.Mentions[r.ment[i-2]].Kind != doc.Name {
		return
	}
	k := r.mentionStart(i-2) - 1
	if k-1 < s.First || (r.words[k] != "," && r.words[k] != "(") {
		return
	}
	b := r.entityAt(k - 1)
	if b < 0 || b == a || r.typeOf(b) != doc.Person || r.d.Mentions[r.ment[k-1]].Kind != doc.Name || !r.genderFits(b, r.words[i]) {
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
	case "wife", "widow":
		return g != doc.Male
	case "husband", "widower":
		return g != doc.Female
	}
	return true
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
		if p := r.words[i-1]; i == s.First || (p != "to" && p != "would" && p != "could" && p != "did" && p != "not") {
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
	for k < s.Last {
		if r.words[k] == "the" {
			k++
		}
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Org && r.mentionStart(k) == k && r.possessive(r.mentionEnd(k)) {
			k = r.mentionEnd(k) + 1 // "Yale's Berkeley Divinity School"
		}
		o := r.entityAt(k)
		if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || !isSchool(r.d.Entities[o].Name) {
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
		if k < s.Last && (r.words[k] == "at" || r.words[k] == "from") {
			k++
		}
	}
	if len(schools) == 0 {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p >= 0 && r.afterThe(at) {
		p = -1
	}
	if p < 0 && (i == s.First || (i == s.First+1 && (r.words[s.First] == "after" || r.words[s.First] == "while"))) {
		// A fronted clause: its subject follows the first comma.
		last := schools[len(schools)-1].end
		for j := last; j+1 < s.Last && j < last+10; j++ {
			if r.words[j] == "," {
				if e := r.entityAt(j + 1); e >= 0 && r.typeOf(e) == doc.Person {
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
var schoolJoiners = set("of", "the", "'s", "’s", "-", "&", "de", "des", "du", "la", "le", "for", "and")

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
			if educationWords[r.words[b]] {
				school = b
			}
			b++
			continue
		}
		if b > a && (schoolJoiners[r.words[b]] || (t == "." && r.words[b-1] == "st")) {
			b++
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
	wrong := false
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

// sentenceSubject returns the person whose mention (a name or a pronoun)
// opens sentence s, with its first token, or -1.
func (r *run) sentenceSubject(s doc.Sentence) (int, int) {
	if e := r.entityAt(s.First); e >= 0 && r.typeOf(e) == doc.Person && !r.afterThe(s.First) {
		return e, s.First
	}
	return -1, -1
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
