package claim

import (
	"strings"

	"github.com/newsgraph/newsgraph/doc"
)

// Claims about organisations and the people in them (member_of,
// member_of_party, works_for, founded, leads, chairperson, educated_at,
// inception, spouse helpers): an organisation or a country that is a
// member of another, musicians of a band named by its class noun or known
// as one, teaching, joining and working at an employer, offices held
// ("serves as X's chairwoman", "appointed as a judge of"), founders named
// by a role noun, founding dates after a "by" or an "as" phrase, studies
// and graduation; and checks the older patterns share (a minister's
// portfolio is no employer, a seat on a board is no membership).

// orgs runs the organisation patterns at token i of sentence s.
func (r *run) orgs(i int, s doc.Sentence) {
	if r.inQ[i] {
		return
	}
	r.members(i, s) // members.go
	if w := r.words[i]; (w == "manager" || w == "coach" || w == "boss") && i > s.First && !clauseWordBefore(r.words, i, s.First) {
		// The sports-role pattern takes these words before the role
		// pattern would: "He is the manager of X", "Harbor Tools manager Y".
		r.roleOf(i, s.First, s.Last)
	}
	switch w := r.words[i]; {
	case w == "member" && i+1 < s.Last && r.words[i+1] == "of":
		r.orgMemberOf(i, s)
		r.memberOfBandNoun(i, s)
		r.memberOfLoose(i, s)
	case w == "expelled" && i+2 < s.Last && r.words[i+1] == "from":
		r.expelledFrom(i, s)
	case w == "teaches" || w == "taught" || w == "teaching" || w == "teach" || w == "lectured" || w == "lectures":
		r.teachesAt(i, s)
	case w == "faculty" || w == "faculties":
		r.facultyOf(i, s)
	case w == "joined" || w == "joining" || w == "joins" || w == "rejoined" || w == "left" || w == "leaving" || w == "quit":
		r.joinedBand(i, s)
		r.joinedEmployer(i, s)
		r.joinedTheNamed(i, s)
	case w == "worked" || w == "works" || w == "working" || w == "employed" || w == "hired":
		r.workedAt(i, s)
	case r.has(i, tEmployRoles) && i+2 < s.Last && (r.words[i+1] == "at" || r.words[i+1] == "for") && i > s.First && (r.words[i-1] == "and" || r.words[i-1] == ","):
		r.roleListAt(i, s)
	case w == "served" && i+2 < s.Last && r.words[i+1] == "on":
		r.servedOn(i, s)
	case w == "appointed" || w == "named":
		r.appointedAs(i, s)
	case (w == "founder" || w == "co-founder") && i > s.First:
		r.orgFounder(i, s)
	case w == "started" && i+1 < s.Last && r.words[i+1] == "by":
		r.startedBy(i, s)
	case r.has(i, tFoundingVerbs) && i+1 < s.Last && r.words[i+1] == "as":
		r.foundedAs(i, s)
	case r.has(i, tFoundingVerbs) && i+1 < s.Last && r.words[i+1] == "by":
		r.foundedByIn(i, s)
	case r.has(i, tFoundingVerbs) && i+1 < s.Last && (r.words[i+1] == "in" || r.words[i+1] == "on"):
		r.foundedApposition(i, s)
	case w == "formed" || w == "founded" || w == "co-founded" || w == "started":
		r.formedBandWith(i, s)
	case w == "of" && i > s.First:
		r.personOfParty(i, s)
		r.personsOfBand(i, s)
		r.roleOfBandNoun(i, s)
	case w == "(" && i > s.First:
		r.formerlyOf(i, s)
	case w == "as" && i > s.First && (r.words[i-1] == "serves" || r.words[i-1] == "served" || r.words[i-1] == "serving"):
		r.servesAsRole(i, s)
	case (r.has(i, tLeadRoles) || r.has(i, tEmployRoles)) && i+2 < s.Last && r.words[i+1] == "of":
		r.roleOfIs(i, s)
	case w == "studied" || w == "studying" || w == "studies":
		r.studiedSubjectAt(i, s)
	case w == "attend" || (w == "went" && i+1 < s.Last && r.words[i+1] == "to"):
		r.attendSchool(i, s)
	case w == "graduated" || w == "graduating":
		r.graduatedLater(i, s)
	case w == "player" && i+1 < s.Last && r.words[i+1] == "for":
		r.collegePlayer(i, s)
	}
}

// memberVerbs link the subject to "a member of": "X is a member of",
// "X became a founding member of".
var memberVerbs = set("is", "was", "are", "were", "became", "becomes", "remains", "remained", "joined")

// orgMemberOf: "The Harbor Gazette is a member of the Regional Press
// Association", "Freedonia became a full member of the Trade Union of
// Nations" — an organisation or a country, the subject of the sentence,
// is a member of the organisation after "of".
func (r *run) orgMemberOf(i int, s doc.Sentence) {
	// Back over "a [founding|full|associate] " to the verb.
	k := i - 1
	for n := 0; k > s.First && n < 3 && r.entityAt(k) < 0 && r.words[k] != "a" && r.words[k] != "an"; n++ {
		k--
	}
	if k <= s.First || (r.words[k] != "a" && r.words[k] != "an") || !memberVerbs[r.words[k-1]] || r.words[k-1] == "joined" {
		return
	}
	v := k - 1
	if v-1 < s.First {
		return
	}
	subj := r.entityAt(v - 1)
	if subj < 0 {
		return
	}
	at := r.mentionStart(v - 1)
	switch r.typeOf(subj) {
	case doc.Org, doc.GPE:
	default:
		return
	}
	// The subject opens the sentence ("The X is", "It is"), or follows
	// the comma of a fronted clause ("In 2004, X became").
	if a := at; a > s.First && r.words[a-1] == "the" {
		at = a - 1
	}
	if at > s.First && r.words[at-1] != "," {
		return
	}
	orgs := r.listAfter(i+2, s.Last, 3, doc.Org)
	for _, o := range orgs {
		if o.e == subj || isParty(r.d.Entities[o.e].Name) || r.seatAfter(o.end, s) {
			continue
		}
		r.add(subj, doc.MemberOf, o.e, "", at, o.end, scoreGood, "org-member-of")
	}
}

// memberOfBandNoun: "she had long been a member of the indie group Salt
// Meadow" — the name after a band noun is a band, whatever type the tagger
// gave it, and the person before is its member.
func (r *run) memberOfBandNoun(i int, s doc.Sentence) {
	k := i + 2
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	// Up to three modifiers, then the band noun.
	n := 0
	for k < s.Last && n < 3 && !bandNouns[r.words[k]] && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && !listStop[r.words[k]] {
		k++
		n++
	}
	if k+1 >= s.Last || !bandNouns[r.words[k]] {
		return
	}
	k++
	b := r.entityAt(k)
	if b < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	switch r.typeOf(b) {
	case doc.Org:
	case doc.Person, doc.Loc, doc.GPE, doc.Work:
		if len(r.d.Entities[b].Mentions) > 2 && !r.calledBand(b) {
			return // a name said often elsewhere is what the tagger says
		}
		r.retype(b, doc.Org)
	default:
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 10 {
		return
	}
	r.add(p, doc.MemberOf, b, "", at, r.mentionEnd(k), scoreGood, "member-of-band-noun")
}

// teachesAt: "She teaches at Antioch College", "he taught law at the
// University of X" — the school employs the teacher.
func (r *run) teachesAt(i int, s doc.Sentence) {
	k := i + 1
	// An optional subject taught: "taught literature at", "teach music at".
	for n := 0; k < s.Last && n < 3 && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && r.words[k] != "at"; n++ {
		if listStop[r.words[k]] && r.words[k] != "and" {
			return
		}
		k++
	}
	if k+1 >= s.Last || r.words[k] != "at" {
		return
	}
	r.schools(k+1, i, s, doc.WorksFor, "teaches-at")
}

// facultyOf: "in 1998 she joined the faculty of Harbor College", "She is on
// the faculties of A and B".
func (r *run) facultyOf(i int, s doc.Sentence) {
	if i+2 >= s.Last || (r.words[i+1] != "of" && r.words[i+1] != "at") || i-2 < s.First {
		return
	}
	if r.words[i-1] != "the" || (r.words[i-2] != "joined" && r.words[i-2] != "on" && r.words[i-2] != "joining") {
		return
	}
	r.schools(i+2, i-2, s, doc.WorksFor, "faculty-of")
}

// joinedBand: "Jay Zisk left Bad Reason", "he joined the band Velvet
// Hours" — joining or leaving an organisation the document calls a band
// makes the person a member.
func (r *run) joinedBand(i int, s doc.Sentence) {
	k := i + 1
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	named := false
	for n := 0; k < s.Last && n < 3 && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && !listStop[r.words[k]]; n++ {
		if bandNouns[r.words[k]] {
			named = true
		}
		k++
	}
	if k >= s.Last || !named && k > i+2 {
		return
	}
	b := r.entityAt(k)
	if b < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	band := named || (r.isTopic(b) && sameClass[r.topic.class] == "band")
	if !band && r.typeOf(b) == doc.Org && r.bandish(b) {
		band = true
	}
	called := r.calledBand(b) // "the punk band X" elsewhere (members.go)
	if !band && !called {
		return
	}
	if r.typeOf(b) != doc.Org {
		if !called && (!named || len(r.d.Entities[b].Mentions) > 2) {
			return
		}
		r.retype(b, doc.Org)
	}
	if r.membershipOrg(b) && (r.words[i] == "joined" || r.words[i] == "joining" || r.words[i] == "joins") {
		return // the "joined" pattern reads it
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 8 {
		return
	}
	r.add(p, doc.MemberOf, b, "", at, r.mentionEnd(k), scoreGood, "joined-band")
}

// orgFounder: "Harbor Party founder Karl Moe", "the founder of Harbor
// Tools, Erik Lind", "Erik Lind, founder and chairman of Harbor Tools".
func (r *run) orgFounder(i int, s doc.Sentence) {
	// ORG founder PERSON
	if o := r.entityAt(i - 1); o >= 0 && r.typeOf(o) == doc.Org && r.mentionEnd(i-1) == i && r.d.Mentions[r.ment[i-1]].Kind == doc.Name {
		if j := r.mentionAfter(i, s.Last); j >= 0 && r.typeOf(r.entityAt(j)) == doc.Person {
			r.add(r.entityAt(j), doc.Founded, o, "", r.mentionStart(i-1), r.mentionEnd(j), scoreGood, "org-founder-person")
			if partyName(r.d.Entities[o].Name) {
				// A party's founder is its member.
				r.add(r.entityAt(j), doc.MemberOfParty, o, "", r.mentionStart(i-1), r.mentionEnd(j), scoreGood, "org-founder-person")
			}
		}
		return
	}
	// founder and ROLE of ORG
	k := i + 1
	if k+2 < s.Last && r.words[k] == "and" {
		k += 2
		if k < s.Last && r.words[k] != "of" {
			k++ // "founder and executive chairman of"
		}
		if k >= s.Last || r.words[k] != "of" {
			return
		}
		o, end := r.orgAfter(k+1, s.Last, 3, doc.Org)
		if o < 0 {
			return
		}
		if p, at := r.personBefore(i, s.First); p >= 0 && r.typeOf(p) == doc.Person && i-at <= 6 {
			r.add(p, doc.Founded, o, "", at, end, scoreGood, "founder-and-role-of")
		}
		return
	}
	// the founder of ORG, PERSON
	if k < s.Last && r.words[k] == "of" && r.words[i-1] == "the" {
		o, end := r.orgAfter(k+1, s.Last, 3, doc.Org)
		if o < 0 || end+1 >= s.Last || r.words[end] != "," {
			return
		}
		if p := r.entityAt(end + 1); p >= 0 && r.typeOf(p) == doc.Person && r.mentionStart(end+1) == end+1 {
			// Not "X, the founder of ORG, Y …": the person must not be
			// named just before.
			if q, at := r.personBefore(i, s.First); q >= 0 && i-at <= 3 {
				return
			}
			r.add(p, doc.Founded, o, "", i-1, r.mentionEnd(end+1), scoreGood, "founder-of-org-person")
		}
	}
}

// startedBy: "X is a record label started by Julie Dorn in 1990" — a
// founding with "started", which the other founding patterns leave out
// because "started" is said of much else.
func (r *run) startedBy(i int, s doc.Sentence) {
	org, at := r.foundedSubject(i, s)
	if org < 0 {
		org, at = r.definedOrg(i, s)
	}
	if org < 0 || r.typeOf(org) != doc.Org {
		return
	}
	list := r.listAfter(i+2, s.Last, 3, doc.Person)
	if len(list) == 0 {
		return
	}
	for _, a := range list {
		r.add(a.e, doc.Founded, org, "", min(at, i), a.end, scoreGood, "started-by")
	}
	r.dateAfterBy(org, at, list[len(list)-1].end, s, "started-by-in")
}

// dateAfterBy: "… founded by A and B in 1990" — the date right after the
// list of founders is the inception.
func (r *run) dateAfterBy(org, at, end int, s doc.Sentence, rule string) {
	if end+1 >= s.Last || r.words[end] != "in" && r.words[end] != "on" {
		return
	}
	if date, de := r.dateRightAfter(end, s); date != "" {
		r.add(org, doc.Inception, -1, date, min(at, end), de+1, scoreGood, rule)
	}
}

// foundedAs: "It was founded as a section of the sports club X on 1
// January 1994", "Founded as a planned town in 1970, X is" — the date
// after the "as" phrase is the inception.
func (r *run) foundedAs(i int, s doc.Sentence) {
	org, at := r.foundedSubject(i, s)
	if org < 0 && i == s.First {
		// "Founded as a mill town in 1882, Carrow is …"
		if e, a := r.subjectAfterComma(i, s, doc.GPE); e >= 0 {
			org, at = e, a
		} else if e, a := r.subjectAfterComma(i, s, doc.Org); e >= 0 {
			org, at = e, a
		}
	}
	if org < 0 {
		return
	}
	for k := i + 2; k+1 < s.Last && k < i+14; k++ {
		w := r.words[k]
		if w == "," || w == ";" || w == "by" || w == "(" || w == "and" {
			return
		}
		if w != "in" && w != "on" {
			continue
		}
		if date, de := r.dateRightAfter(k, s); date != "" {
			r.add(org, doc.Inception, -1, date, min(at, i), de+1, scoreGood, "founded-as-in")
			return
		}
	}
}

// foundedByIn: "an organisation created by the government in 1921", "X
// was founded by A and B in 1990" — the date after the "by" phrase is the
// inception.
func (r *run) foundedByIn(i int, s doc.Sentence) {
	org, at := r.foundedSubject(i, s)
	if org < 0 {
		org, at = r.definedOrg(i, s)
	}
	if org < 0 {
		return
	}
	for k := i + 2; k+1 < s.Last && k < i+12; k++ {
		switch w := r.words[k]; w {
		case ",", ";", "(", "which", "who", "that", "to":
			return
		case "in", "on":
			if date, de := r.dateRightAfter(k, s); date != "" {
				r.add(org, doc.Inception, -1, date, min(at, i), de+1, scoreGood, "founded-by-in")
				return
			}
		}
	}
}

// personOfParty: "Uma Bhat of the Janata Party", "Tom Reed of Labour" —
// a person named with "of" and a party is its member.
func (r *run) personOfParty(i int, s doc.Sentence) {
	p := r.entityAt(i - 1)
	if p < 0 || r.typeOf(p) != doc.Person || r.mentionEnd(i-1) != i || r.d.Mentions[r.ment[i-1]].Kind != doc.Name {
		return
	}
	k := i + 1
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || !partyName(r.d.Entities[o].Name) {
		return
	}
	r.add(p, doc.MemberOfParty, o, "", r.mentionStart(i-1), r.mentionEnd(k), scoreGood, "person-of-party")
}

// studiedSubjectAt: "she studied electrical engineering at X College" —
// what was studied comes between the verb and the school.
func (r *run) studiedSubjectAt(i int, s doc.Sentence) {
	k := i + 1
	n := 0
	for k < s.Last && n < 4 && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && !listStop[r.words[k]] {
		k++
		n++
	}
	if n == 0 || k+1 >= s.Last || r.words[k] != "at" {
		return
	}
	r.schools(k+1, i, s, doc.EducatedAt, "studied-subject-at")
}

// attendSchool: "he was able to attend X University", "then went to Yale
// College" — a school named as one.
func (r *run) attendSchool(i int, s doc.Sentence) {
	k := i + 1
	if r.words[i] == "went" {
		k++
	}
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || !isSchool(r.d.Entities[o].Name) {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 12 {
		return
	}
	r.add(p, doc.EducatedAt, o, "", at, r.mentionEnd(k), scoreGood, "attend-school")
}

// kinBodies name families and peoples, which one belongs to rather than
// works for: "chief of Clan X".
var kinBodies = set("clan", "tribe", "dynasty", "family", "house", "nation")

// portfolioWords name a government's departments.
var portfolioWords = set("department", "ministry", "office", "affairs", "state", "defence", "defense", "finance",
	"treasury", "interior", "justice", "health", "education", "transport", "agriculture", "fisheries", "trade", "labour",
	"labor", "energy", "resources", "environment", "culture", "tourism", "works", "welfare", "home", "foreign", "industry",
	"economy", "economic", "social", "security", "pensions", "housing", "sport", "media", "business", "enterprise",
	"science", "technology", "development", "rural", "and", "&", "the", "of", "for")

// notEmployer reports whether a role noun before an organisation names
// no employment: a minister's portfolio ("Minister of Fisheries"), a
// secretary of a department, a chief of a clan.
func notEmployer(role, org string) bool {
	if nameHas(org, kinBodies) {
		return true
	}
	if fs := strings.Fields(strings.ToLower(org)); len(fs) == 1 && notMembershipWords[fs[0]] {
		return true // a bare "Committee": which one is not said
	}
	switch role {
	case "minister", "ministers":
		return true
	case "secretary":
		return nameHas(org, portfolioWords)
	}
	return false
}

// memberOfLoose: "Dix is a member of Stop Hunger, an organization
// founded in 2016", "X is a member of the Lisbon Academy of Letters
// (since 2011) and of the Nordic Academy" — a member of what the tagger
// took for a place or a person, when its name or an apposition says it is
// a body with members; and a second "and of" after a parenthesis.
func (r *run) memberOfLoose(i int, s doc.Sentence) {
	if i > s.First {
		switch r.words[i-1] {
		case "faculty", "staff", "board", "council", "committee", "cabinet", "household", "family", "crew":
			return
		}
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 10 {
		return
	}
	for k := at; k < i; k++ {
		if r.words[k] == "by" || r.words[k] == "with" {
			return
		}
	}
	k := i + 2
	for n := 0; n < 3 && k < s.Last; n++ {
		if r.words[k] == "the" {
			k++
		}
		o := r.entityAt(k)
		if o < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name || r.inQ[k] {
			return
		}
		end := r.mentionEnd(k)
		if t := r.typeOf(o); (t == doc.GPE || t == doc.Loc) && end+1 < s.Last && r.words[end] == "-" {
			// "the Berlin - Brandenburg Academy": a place naming the body.
			if q := r.entityAt(end + 1); q >= 0 && r.typeOf(q) == doc.Org && r.mentionStart(end+1) == end+1 {
				o, end = q, r.mentionEnd(end+1)
				n++ // an organisation named this way is not the member-of pattern's
			}
		}
		name := r.d.Entities[o].Name
		ok := false
		switch r.typeOf(o) {
		case doc.Org:
			ok = n > 0 // the first one is the member-of pattern's
		case doc.Loc, doc.GPE, doc.Person, doc.Work:
			ok = len(r.d.Entities[o].Mentions) <= 2 && (nameHas(name, membershipWords) || r.orgApposition(end, s))
		}
		if ok && !notMembership(name) && !r.seatAfter(end, s) {
			if r.typeOf(o) != doc.Org {
				r.retype(o, doc.Org)
			}
			r.add(p, memberPredicate(name), o, "", at, end, scoreGood, "member-of-loose")
		}
		// "… ( since 2008 ) and of the X": the next "and of" before any
		// comma.
		k = end
		for k+1 < s.Last && k < end+14 && r.words[k] != "," && r.words[k] != ";" && !(r.words[k] == "and" && r.words[k+1] == "of") {
			k++
		}
		if k+1 < s.Last && r.words[k] == "and" && r.words[k+1] == "of" {
			k += 2
			continue
		}
		return
	}
}

// orgApposition reports whether ", a|an CLASS" follows token k, with an
// organisation's class noun within three words: ", an organization
// founded in 2016".
func (r *run) orgApposition(k int, s doc.Sentence) bool {
	if k+2 >= s.Last || r.words[k] != "," || (r.words[k+1] != "a" && r.words[k+1] != "an") {
		return false
	}
	for j := k + 2; j < s.Last && j < k+5; j++ {
		if orgClass[r.words[j]] {
			return true
		}
	}
	return false
}

// joinedEmployer: "She later joined UNESCO in Paris", "Prior to joining
// Harbor Tools, Lind worked …" — a person who joins a company, a school
// or an agency works for it; a country that joins an organisation is a
// member of it ("Freedonia joined the Trade Union of Nations in 2004").
// Parties, bands, clubs and teams are left to the membership patterns.
func (r *run) joinedEmployer(i int, s doc.Sentence) {
	if w := r.words[i]; w != "joined" && w != "joining" && w != "joins" && w != "rejoined" {
		return
	}
	k := i + 1
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	end := r.mentionEnd(k)
	if end < s.Last && (r.words[end] == "'s" || r.words[end] == "’s") {
		return // "joined Harbor's board"
	}
	name := r.d.Entities[o].Name
	if b := r.entityAt(i - 1); i > s.First && b >= 0 && r.typeOf(b) == doc.Org {
		return // "ASEAN joining APEC": an organisation joins
	}
	p, at := r.personBefore(i, s.First)
	if p >= 0 && i-at > 10 {
		p = -1
	}
	if p < 0 && (i == s.First || r.words[i-1] == "to" || r.words[i-1] == "after" || r.words[i-1] == "before") {
		// "Prior to joining X, Lind …", "After joining X, she …"
		p, at = r.subjectAfterClause(end, s), i
	}
	if p < 0 {
		// A country joins: "Freedonia joined the Union in 2004".
		if c := r.entityAt(i - 1); i > s.First && c >= 0 && r.typeOf(c) == doc.GPE && r.mentionEnd(i-1) == i && !notMembership(name) {
			r.add(c, doc.MemberOf, o, "", r.mentionStart(i-1), end, scoreGood, "country-joined")
			if a := r.mentionStart(i - 1); a-1 > s.First && r.words[a-1] == "and" && r.bodyOfCountries(o) {
				for _, d := range r.countriesBefore(a-1, s.First) {
					r.add(d.e, doc.MemberOf, o, "", d.end, end, scoreGood, "country-joined") // "Estonia and Latvia joined"
				}
			}
		}
		return
	}
	if r.typeOf(p) != doc.Person || r.sportsDoc() || r.membershipOrg(o) || partyName(name) || r.bandish(o) || isLeague(name) {
		return
	}
	if nameHas(name, notMembershipWords) && !nameHas(name, employerBodies) {
		return // "joined the Senate": a seat
	}
	if r.teamName(name) {
		return // "before joining the Westport Bears": a team
	}
	if r.musicDoc() && !isSchool(name) && !r.orgNamed(k, k, o) && !r.isOutlet(name) {
		return // in an article about music, one joins a band, a label or a rights society
	}
	r.add(p, doc.WorksFor, o, "", min(at, i), end, scoreGood-0.1, "joined-employer")
}

// employerBodies are bodies of government that employ their staff, even
// when their name holds a word of a seat: "the Police Service".
var employerBodies = set("police", "ministry", "government", "commission")

// workedAt: "he worked at Harbor Tools", "She worked as an editor at the
// Gazette", "was employed by X", "was hired by X" — a person employed by
// an organisation ("worked for" is the works-for pattern's).
func (r *run) workedAt(i int, s doc.Sentence) {
	k := i + 1
	w := r.words[i]
	switch w {
	case "worked", "works", "working":
		if k < s.Last && r.words[k] == "as" {
			// "as an editor at": a role of up to four words.
			k++
			for n := 0; k < s.Last && n < 4 && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && r.words[k] != "at" && r.words[k] != "for"; n++ {
				if listStop[r.words[k]] && r.words[k] != "a" && r.words[k] != "an" && r.words[k] != "the" {
					return
				}
				k++
			}
			if k >= s.Last || (r.words[k] != "at" && r.words[k] != "for") {
				return
			}
		} else if k+3 < s.Last && r.words[k] == "in" {
			// "worked in the U.S. for X", "works in London at Y": a place
			// between the verb and the employer.
			if r.words[k+1] == "the" && r.entityAt(k+1) < 0 {
				k++
			}
			g := r.entityAt(k + 1)
			if g < 0 || (r.typeOf(g) != doc.GPE && r.typeOf(g) != doc.Loc) || r.mentionStart(k+1) != k+1 {
				return
			}
			k = r.mentionEnd(k + 1)
			if k >= s.Last || (r.words[k] != "for" && r.words[k] != "at") {
				return
			}
		} else if k >= s.Last || r.words[k] != "at" {
			return
		}
	case "employed":
		if k >= s.Last || (r.words[k] != "by" && r.words[k] != "at") {
			return
		}
	case "hired":
		if k >= s.Last || r.words[k] != "by" || r.sportsDoc() {
			return
		}
	}
	k++
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	end := r.mentionEnd(k)
	name := r.d.Entities[o].Name
	if partyName(name) || (notMembership(name) && !nameHas(name, employerBodies)) {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 10 {
		return
	}
	r.add(p, doc.WorksFor, o, "", at, end, scoreGood, "worked-at")
}

// onlyPerson reports whether person p is the only person named in
// sentence s: a subject far from its predicate ("Lind wrote for papers
// across three continents, in many roles, and was lastly an editor at X")
// is then still the one meant.
func (r *run) onlyPerson(p int, s doc.Sentence) bool {
	for k := s.First; k < s.Last; k++ {
		if e := r.entityAt(k); e >= 0 && e != p && isPersonType(r.typeOf(e)) {
			return false
		}
	}
	return true
}

// definedOrg returns the organisation the opening definition is about
// when the participle at token i closes it after a comma: "X is a record
// label based in Y, started by Z" — else -1.
func (r *run) definedOrg(i int, s doc.Sentence) (int, int) {
	t := r.topicOfType(doc.Org)
	if t < 0 || s.First != r.d.Sentences[0].First || i <= r.topic.cop || i == s.First || r.words[i-1] != "," {
		return -1, -1
	}
	return t, r.topic.first
}

// andModifiers reports whether the "and" at token j joins two modifiers
// of a definition's class noun: "a British television and film production
// company", "a video game development and publishing company" — lower-case
// words after it, up to four, end with a class noun.
func (r *run) andModifiers(j int, s doc.Sentence) bool {
	if r.words[j] != "and" || j+1 >= s.Last {
		return false
	}
	for k := j + 1; k < s.Last && k <= j+4; k++ {
		w := r.words[k]
		if r.d.Tokens[k].Kind != doc.Word || r.entityAt(k) >= 0 || capitalized(r.d.TokenText(k)) || (classStop[w] && w != "and") {
			return false
		}
		if (orgClass[w] || workClass[w]) && (k+1 >= s.Last || r.d.Tokens[k+1].Kind != doc.Word || classStop[r.words[k+1]]) {
			return true
		}
	}
	return false
}

// teamName reports whether name reads as a sports team's in a document
// that talks about sport at all: its last word a plural ("the Westport
// Bears"), when two different sports words occur somewhere.
func (r *run) teamName(name string) bool {
	fs := strings.Fields(name)
	if len(fs) < 2 {
		return false
	}
	last := fs[len(fs)-1]
	if !capitalized(last) || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || isAcronym(last) {
		return false
	}
	kinds := map[string]bool{}
	for i, w := range r.words {
		if r.has(i, tSportsWords) {
			kinds[w] = true
		}
	}
	return len(kinds) >= 2
}

// bandAt returns the band whose name mention starts at token k (after
// "the"): an entity the document calls a band, or the band it is about;
// a band the tagger took for a person or a place is retyped. Else -1.
func (r *run) bandAt(k int, s doc.Sentence) (int, int) {
	if k < s.Last && r.words[k] == "the" && r.entityAt(k) < 0 {
		k++
	}
	b := r.entityAt(k)
	if b < 0 || k >= s.Last || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name || r.inQ[k] {
		return -1, -1
	}
	if !(r.isTopic(b) && sameClass[r.topic.class] == "band") && !r.bandish(b) {
		return -1, -1
	}
	switch r.typeOf(b) {
	case doc.Org:
	case doc.Person, doc.Loc, doc.Work:
		if len(r.d.Entities[b].Mentions) > 3 {
			return -1, -1
		}
		r.retype(b, doc.Org)
	default:
		return -1, -1
	}
	return b, r.mentionEnd(k)
}

// personsOfBand: "Paul Lang and Rob Bates of The Quiet Harbour", "Mary
// Wilde of the Sapphires" — people named with "of" and a band are its
// members.
func (r *run) personsOfBand(i int, s doc.Sentence) {
	if r.entityAt(i-1) < 0 || r.typeOf(r.entityAt(i-1)) != doc.Person || r.mentionEnd(i-1) != i || r.d.Mentions[r.ment[i-1]].Kind != doc.Name {
		return
	}
	b, end := r.bandAt(i+1, s)
	if b < 0 {
		b, end = r.theNamedBand(i+1, s)
	}
	if b < 0 {
		return
	}
	for _, m := range r.listBefore(i, s.First) {
		if m.e != b {
			r.add(m.e, doc.MemberOf, b, "", m.end, end, scoreGood, "persons-of-band")
		}
	}
}

// theNamedBand returns the band named at token k in an article about
// music by a name that opens with "The" and that the tagger took for a
// person ("Rob Bates of The Quiet Harbour"), making it an organisation,
// and the name's end; else -1, -1.
func (r *run) theNamedBand(k int, s doc.Sentence) (int, int) {
	if k >= s.Last || r.words[k] != "the" || !r.musicDoc() {
		return -1, -1
	}
	b := r.entityAt(k)
	if b < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name || r.inQ[k] || r.typeOf(b) != doc.Person {
		return -1, -1
	}
	if len(r.d.Entities[b].Mentions) > 2 || r.isOutlet(r.d.Entities[b].Name) || r.mentionEnd(k) == k+1 {
		return -1, -1
	}
	r.retype(b, doc.Org)
	return b, r.mentionEnd(k)
}

// formerlyOf: "Leroy Burns (formerly of Black Ivory)", "Tom Anders
// (ex-Modern Talk)" — a former member of a band.
func (r *run) formerlyOf(i int, s doc.Sentence) {
	p := r.entityAt(i - 1)
	if p < 0 || r.typeOf(p) != doc.Person || r.mentionEnd(i-1) != i || r.d.Mentions[r.ment[i-1]].Kind != doc.Name {
		return
	}
	k := i + 1
	switch {
	case k+1 < s.Last && r.words[k] == "formerly" && r.words[k+1] == "of":
		k += 2
	case k+1 < s.Last && r.words[k] == "ex" && r.words[k+1] == "-":
		k += 2
	case k < s.Last && r.words[k] == "ex-":
		k++
	default:
		return
	}
	b, end := r.bandAt(k, s)
	if b < 0 && r.musicDoc() {
		// In an article about music, what a singer was formerly of is a
		// band.
		if k < s.Last && r.words[k] == "the" && r.entityAt(k) < 0 {
			k++
		}
		if e := r.entityAt(k); e >= 0 && r.mentionStart(k) == k && r.d.Mentions[r.ment[k]].Kind == doc.Name &&
			(r.typeOf(e) == doc.Org || r.bandNamed(e)) && !nameHas(r.d.Entities[e].Name, formerLabelWords) {
			b, end = e, r.mentionEnd(k)
			if r.typeOf(e) != doc.Org {
				r.retype(e, doc.Org)
			}
		}
	}
	if b < 0 || end >= s.Last || r.words[end] != ")" {
		return
	}
	c := r.add(p, doc.MemberOf, b, "", r.mentionStart(i-1), end+1, scoreGood, "formerly-of-band")
	r.ended(c, true)
}

// formerLabelWords name record labels and publishers, which no singer
// was formerly "of" as a member.
var formerLabelWords = set("records", "recordings", "music", "entertainment", "label", "studios", "publishing", "media")

// societyWords name bodies of members, whose officers are members too.
var societyWords = set("society", "association", "union", "league", "federation", "academy", "guild", "fraternity",
	"brotherhood", "movement", "alliance", "coalition", "caucus", "club")

// officerRoles are the offices of a society's members.
var officerRoles = set("president", "chairman", "chairwoman", "chairperson", "secretary", "treasurer")

// officerOf returns what holding the role noun at organisation o says: an
// officer of a society, an association or a union is a member of it
// ("vice president of the Free Press Society"); else the organisation
// employs them.
func (r *run) officerOf(role string, o int) doc.Predicate {
	if name := r.d.Entities[o].Name; officerRoles[role] && nameHas(name, societyWords) && !isSchool(name) && !notMembership(name) {
		return doc.MemberOf
	}
	return doc.WorksFor
}

// servesAsRole: "Vera Lamb serves as Harbor Fund's chairwoman" — a
// person holding an organisation's office, named with a possessive.
func (r *run) servesAsRole(i int, s doc.Sentence) {
	k := i + 1
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k {
		return
	}
	j := r.mentionEnd(k)
	if j+1 >= s.Last || (r.words[j] != "'s" && r.words[j] != "’s" && r.words[j] != "'") {
		return
	}
	role := j + 1
	for n := 0; role < s.Last && n < 2 && !leadRoles[r.words[role]] && !employRoles[r.words[role]]; n++ {
		role++ // "Harbor's chief executive", "Harbor's first chairwoman"
	}
	if role >= s.Last || (!leadRoles[r.words[role]] && !employRoles[r.words[role]]) {
		return
	}
	p, at := r.personBefore(i-1, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 6 {
		return
	}
	if r.words[i-2] == "who" && at > s.First && r.words[at-1] == "of" {
		return // "X, the son of Y, who served as": whose office is unclear
	}
	r.officer(p, o, role, at, role+1, "serves-as-org-role")
}

// roleOfIs: "The current president of Harbor Fund is Vera Lamb" — the
// office named first, its holder after the copula.
func (r *run) roleOfIs(i int, s doc.Sentence) {
	if i == s.First || (r.words[i-1] != "the" && r.words[i-1] != "current" && r.words[i-1] != "first" && r.words[i-1] != "new") {
		return
	}
	k := i + 2
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k {
		return
	}
	j := r.mentionEnd(k)
	if j+1 >= s.Last || (r.words[j] != "is" && r.words[j] != "was") {
		return
	}
	p := r.entityAt(j + 1)
	if p < 0 || r.typeOf(p) != doc.Person || r.mentionStart(j+1) != j+1 {
		return
	}
	r.officer(p, o, i, i, r.mentionEnd(j+1), "role-of-org-is")
}

// officer records that person p holds the office named by the role noun
// at token role in organisation o: they work for it (or are a member of a
// society), a chair chairs it, a head leads it.
func (r *run) officer(p, o, role, a, b int, rule string) {
	name := r.d.Entities[o].Name
	if notEmployer(r.words[role], name) || partyName(name) {
		return
	}
	r.add(p, r.officerOf(r.words[role], o), o, "", a, b, scoreGood, rule)
	if chairRoles[r.words[role]] && !r.viceBefore(role) {
		r.add(o, doc.Chairperson, p, "", a, b, scoreGood, rule)
	}
	if r.leadRole(role) {
		r.add(p, doc.Leads, o, "", a, b, scoreGood, rule)
	}
}

// seatAfter reports whether a body one sits on follows token k, within
// two words: "a member of the Harbor Tools management board" is a seat in
// the company, not a membership of it.
func (r *run) seatAfter(k int, s doc.Sentence) bool {
	for j := k; j < s.Last && j < k+2; j++ {
		switch r.words[j] {
		case "board", "committee", "council", "staff", "faculty", "cabinet", "team", "panel", "executive":
			return true
		}
	}
	return false
}

// bandNounPhrase reads "the 1970s rock band Badfinger" from token k: up
// to four modifiers, a band noun, then a name, which becomes an
// organisation if the tagger took it for a person or a place. It returns
// the band and the token after its name, or -1.
func (r *run) bandNounPhrase(k int, s doc.Sentence) (int, int) {
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	n := 0
	for k < s.Last && n < 4 && !bandNouns[r.words[k]] && r.entityAt(k) < 0 &&
		(r.d.Tokens[k].Kind == doc.Word || r.d.Tokens[k].Kind == doc.Number || r.words[k] == "-") && !listStop[r.words[k]] {
		k++
		n++
	}
	if k+1 >= s.Last || !bandNouns[r.words[k]] || r.words[k] == "bands" || r.words[k] == "groups" {
		return -1, -1
	}
	k++
	b := r.entityAt(k)
	if b < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name || r.inQ[k] {
		return -1, -1
	}
	switch r.typeOf(b) {
	case doc.Org:
	case doc.Person, doc.Loc, doc.GPE, doc.Work:
		if !r.bandNamed(b) && r.typeOf(b) != doc.Work && !r.calledBand(b) {
			return -1, -1
		}
		r.retype(b, doc.Org)
	default:
		return -1, -1
	}
	return b, r.mentionEnd(k)
}

// roleOfBandNoun: "known mainly as the singer and lyricist of the punk
// band X", "is the drummer and one of the lyricists of the folk
// band X, and also drummer of the sludge metal band Y" — a musician's
// part in a band named by its class noun.
func (r *run) roleOfBandNoun(i int, s doc.Sentence) {
	b, end := r.bandNounPhrase(i+1, s)
	if b < 0 {
		return
	}
	// A musician's role within six words before "of".
	role := -1
	for j := i - 1; j >= s.First && j >= i-6; j-- {
		if bandRoles[r.words[j]] || r.words[j] == "member" || r.words[j] == "frontman" ||
			r.words[j] == "co-founder" || r.words[j] == "founder" {
			role = j
			break
		}
		if r.entityAt(j) >= 0 || r.words[j] == "." || r.words[j] == ";" {
			break
		}
	}
	if role < 0 {
		return
	}
	p, at := r.personBefore(role, s.First)
	if p >= 0 && role-at > 14 {
		p = -1
	}
	if p < 0 || r.typeOf(p) != doc.Person {
		// "X (born 1981) is the guitarist of …": the person the opening
		// sentence defines.
		if t := r.topic.ent; t >= 0 && r.topic.class == "person" && s.First == r.d.Sentences[0].First && role > r.topic.cop {
			p, at = t, r.topic.first
		} else {
			return
		}
	}
	if p == b {
		return
	}
	for k := at; k < role; k++ {
		if r.words[k] == "by" || r.words[k] == "with" {
			return // "X was joined by the singer of the band Y"
		}
	}
	r.add(p, doc.MemberOf, b, "", at, end, scoreGood, "role-of-band-noun")
}

// formedBandWith: "In 1997, he formed Reed & Lang with Paul Lang" — in an
// article about music, those a band is formed with are its members.
func (r *run) formedBandWith(i int, s doc.Sentence) {
	k := i + 1
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	for n := 0; k < s.Last && n < 3 && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && !listStop[r.words[k]]; n++ {
		k++ // "formed the rock band X"
	}
	b := r.entityAt(k)
	if b < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name || r.typeOf(b) != doc.Org {
		return
	}
	end := r.mentionEnd(k)
	if end+1 >= s.Last || r.words[end] != "with" {
		return
	}
	if nameHas(r.d.Entities[b].Name, formerLabelWords) || (!r.bandish(b) && !r.musicDoc()) {
		return
	}
	with := r.listAfter(end+1, s.Last, 2, doc.Person)
	if len(with) == 0 {
		return
	}
	// The one who formed it is its founder (person-founded-org); those
	// formed with are members.
	for _, a := range with {
		r.add(a.e, doc.MemberOf, b, "", i, a.end, scoreGood, "formed-band-with")
	}
}

// orgRolePerson reads "[the] Radio One presenter Zoe Bell" from token k:
// an organisation, a lower-case role noun and a person, whom it returns as
// a one-item list (nil if the words do not fit).
func (r *run) orgRolePerson(k, last int) []agent {
	if k < last && r.words[k] == "the" {
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k {
		return nil
	}
	q := r.mentionEnd(k)
	if q+1 >= last || r.entityAt(q) >= 0 || r.d.Tokens[q].Kind != doc.Word || capitalized(r.d.TokenText(q)) || listStop[r.words[q]] {
		return nil
	}
	p := r.entityAt(q + 1)
	if p < 0 || r.typeOf(p) != doc.Person || r.mentionStart(q+1) != q+1 {
		return nil
	}
	return []agent{{p, r.mentionEnd(q + 1)}}
}

// appositionHead: in "Prince Yi, the fifth son of Emperor Go, and his
// wife", the person named inside an apposition after "of" is not whom
// "his" refers to; the head before the apposition's comma is. It returns
// that head, or person a at token at unchanged.
func (r *run) appositionHead(a, at, first int) (int, int) {
	j := at - 1
	for n := 0; n < 2 && j > first && r.entityAt(j) < 0 && r.d.Tokens[j].Kind == doc.Word && capitalized(r.d.TokenText(j)); n++ {
		j-- // a title: "of Emperor Go"
	}
	if j <= first || r.words[j] != "of" {
		return a, at
	}
	for k := j - 1; k > first && k >= j-5; k-- {
		if r.words[k] == "," {
			if e := r.entityAt(k - 1); e >= 0 && r.typeOf(e) == doc.Person && r.mentionEnd(k-1) == k {
				return e, r.mentionStart(k - 1)
			}
			return a, at
		}
		if r.entityAt(k) >= 0 {
			return a, at
		}
	}
	return a, at
}

// graduatedLater: "she graduated two years early from the Royal Polytechnic
// of X", "graduated with honours from Y" — a few words between the verb and
// "from" ("graduated from" is the educated-at pattern's).
func (r *run) graduatedLater(i int, s doc.Sentence) {
	k := i + 1
	n := 0
	for k < s.Last && n < 4 && r.words[k] != "from" && r.entityAt(k) < 0 && r.d.Tokens[k].Kind != doc.Punct {
		if w := r.words[k]; listStop[w] && w != "at" && w != "with" && w != "in" {
			return
		}
		k++
		n++
	}
	if n == 0 || k+1 >= s.Last || r.words[k] != "from" {
		return
	}
	r.schoolOf(i, k+1, s, "graduated-later")
}

// collegePlayer: "Lund, a centre, was a hockey player for Harbor
// State University" — a player for a school's team studied there.
func (r *run) collegePlayer(i int, s doc.Sentence) {
	r.schoolOf(i, i+2, s, "college-player")
}

// schoolOf records that the person before token i was educated at the
// school named at token k (after "the").
func (r *run) schoolOf(i, k int, s doc.Sentence, rule string) {
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name || !isSchool(r.d.Entities[o].Name) {
		return
	}
	switch r.typeOf(o) {
	case doc.Org:
	case doc.Person, doc.Loc, doc.GPE:
		r.retype(o, doc.Org)
	default:
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 14 {
		return
	}
	r.add(p, doc.EducatedAt, o, "", at, r.mentionEnd(k), scoreGood, rule)
}

// parenLen counts the tokens of tokens [a, b) that sit inside parentheses,
// with the parentheses: a birth date after a name does not push the name
// away from what follows.
func (r *run) parenLen(a, b int) int {
	n, depth := 0, 0
	for k := a; k < b && k < len(r.words); k++ {
		switch r.words[k] {
		case "(":
			depth++
		case ")":
			if depth > 0 {
				depth--
				n++
				continue
			}
		}
		if depth > 0 {
			n++
		}
	}
	return n
}

// portfolioTitle reports whether the organisation o before the role noun
// at token i names an office rather than an employer or a party: a
// portfolio ("Home Affairs spokesman", "Trade and Industry Secretary"), a
// capitalised minister's title ("Labour Minister X", against the party's
// "Labour minister X"), or a bare "Committee".
func (r *run) portfolioTitle(i, o int) bool {
	name := r.d.Entities[o].Name
	fs := strings.Fields(strings.ToLower(name))
	all := len(fs) > 0
	for _, f := range fs {
		if !portfolioWords[f] {
			all = false
		}
	}
	if all && !partyName(name) {
		return true
	}
	if w := r.words[i]; (w == "minister" || w == "secretary") && capitalized(r.d.TokenText(i)) {
		return true
	}
	return len(fs) == 1 && notMembershipWords[fs[0]]
}

// roleOfOther reports whether the role phrase starting at token a ("the
// Tory leader") is the object of a preposition or a possessor — "a friend
// of the Tory leader", "a letter to the Labour chairman" — so that it
// names someone other than the person before it.
func (r *run) roleOfOther(a int, s doc.Sentence) bool {
	j := a - 1
	for j > s.First && (r.words[j] == "the" || r.words[j] == "a" || r.words[j] == "former" || r.words[j] == "then") {
		j--
	}
	if j < s.First {
		return false
	}
	switch r.words[j] {
	case "of", "to", "with", "by", "for", "against", "from", "'s", "’s", "at", "on", "about", "between":
		return true
	}
	return false
}

// ledPreps after a lead verb show that it is not leading an organisation:
// "runs from", "ran at", "led to".
var ledPreps = set("from", "to", "through", "into", "along", "across", "at", "in", "on", "for", "out", "over", "down",
	"away", "off", "past", "around")

// roleMods are participles that belong to a role noun: "Managing
// Director", "acting chairman".
var roleMods = set("managing", "acting", "founding", "presiding", "commanding", "visiting", "leading")

// roleListAt: "was for some years a reporter, columnist, and editor at the
// Harbor Post" — the last of a list of role nouns takes the organisation, and the
// subject before the copula holds them all.
func (r *run) roleListAt(i int, s doc.Sentence) {
	// Back over "a presenter , producer , and": role words and separators.
	j := i - 1
	seps := 0
	for j > s.First && i-j < 12 {
		w := r.words[j]
		if w == "," || w == "and" {
			seps++
		} else if w != "a" && w != "an" && w != "the" && (r.entityAt(j) >= 0 || r.d.Tokens[j].Kind != doc.Word ||
			capitalized(r.d.TokenText(j)) || listStop[w] || copulas[w] || (verbLike(w) && !roleMods[w])) {
			break
		}
		j--
	}
	if seps == 0 || j <= s.First || (!copulas[r.words[j]] && r.words[j] != "as") {
		return
	}
	o, end := r.orgAfter(i+2, s.Last, 3, doc.Org)
	if o < 0 || notEmployer(r.words[i], r.d.Entities[o].Name) || partyName(r.d.Entities[o].Name) || notMembership(r.d.Entities[o].Name) {
		return
	}
	p, at := r.personBefore(j+1, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || (j-at > 14 && !r.onlyPerson(p, s)) {
		return
	}
	r.add(p, r.officerOf(r.words[i], o), o, "", at, end, scoreGood, "role-list-at-org")
}

// servedOn: "Varga sat on the senior leadership team of Harbor
// Associates" — a member of an organisation's staff works for it.
func (r *run) servedOn(i int, s doc.Sentence) {
	k := i + 2
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	for n := 0; k < s.Last && n < 3 && r.words[k] != "team" && r.words[k] != "staff" && r.words[k] != "faculty" &&
		r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && !listStop[r.words[k]]; n++ {
		k++
	}
	if k+2 >= s.Last || (r.words[k] != "team" && r.words[k] != "staff" && r.words[k] != "faculty") || r.words[k+1] != "of" {
		return
	}
	o, end := r.orgAfter(k+2, s.Last, 2, doc.Org)
	if o < 0 || r.sportsDoc() || partyName(r.d.Entities[o].Name) || r.teamName(r.d.Entities[o].Name) {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 8 {
		return
	}
	r.add(p, doc.WorksFor, o, "", at, end, scoreGood, "served-on-staff")
}

// appointedAs: "Mayor Pell appointed Ortiz as a clerk of the County
// Court", "she was named chief executive of Harbor Tools" — the office of
// an organisation someone is given.
func (r *run) appointedAs(i int, s doc.Sentence) {
	k := i + 1
	p, at := -1, -1
	if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Person && r.mentionStart(k) == k {
		p, at = e, k // "appointed Wallace as"
		k = r.mentionEnd(k)
	} else if i > s.First && (r.words[i-1] == "was" || r.words[i-1] == "been" || r.words[i-1] == "is") {
		p, at = r.personBefore(i, s.First) // "she was named"
		if p >= 0 && i-at > 6 {
			p = -1
		}
	}
	if p < 0 || r.typeOf(p) != doc.Person {
		return
	}
	if k < s.Last && r.words[k] == "as" {
		k++
	}
	if k < s.Last && (r.words[k] == "a" || r.words[k] == "an" || r.words[k] == "the") {
		k++
	}
	if r.orgRoleAppointed(p, at, i, k, s) {
		return
	}
	// The role: up to three words ending in a role noun.
	role := -1
	for n := 0; k < s.Last && n < 3; n++ {
		if w := r.words[k]; w == "best" || w == "top" || w == "greatest" || w == "most" || strings.HasSuffix(w, "est") {
			return // "named him the best coach": an award
		}
		if employRoles[r.words[k]] || r.words[k] == "judge" {
			role = k
		} else if r.entityAt(k) >= 0 || r.d.Tokens[k].Kind != doc.Word || listStop[r.words[k]] {
			break
		}
		k++
	}
	if role < 0 || k+1 >= s.Last || (r.words[k] != "of" && r.words[k] != "at") {
		return
	}
	o, end := r.orgAfter(k+1, s.Last, 2, doc.Org)
	if o < 0 || r.d.Mentions[r.ment[end-1]].Kind != doc.Name {
		return // "named head of the department": which one is not said
	}
	name := r.d.Entities[o].Name
	if notEmployer(r.words[role], name) || partyName(name) || r.portfolioTitle(role, o) ||
		(notMembership(name) && r.words[role] != "judge" && !nameHas(name, employerBodies)) {
		return
	}
	r.officer(p, o, role, min(at, i), end, "appointed-as")
}

// orgRoleAppointed: "Vale is appointed Harbor Agency Acting Deputy Director", "she
// was named Harbor Tools' chief executive" — the organisation before the
// role given, from token k. It reports whether the words had that shape.
func (r *run) orgRoleAppointed(p, at, i, k int, s doc.Sentence) bool {
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return false
	}
	j := r.mentionEnd(k)
	if j < s.Last && (r.words[j] == "'s" || r.words[j] == "’s" || r.words[j] == "'") {
		j++
	}
	role := -1
	for n := 0; j < s.Last && n < 4; n++ {
		w := r.words[j]
		if employRoles[w] || leadRoles[w] {
			role = j
		} else if r.entityAt(j) >= 0 || r.d.Tokens[j].Kind != doc.Word || listStop[w] {
			break
		}
		j++
	}
	if role < 0 || r.sportsDoc() && !employRoles[r.words[role]] {
		return false
	}
	name := r.d.Entities[o].Name
	if notEmployer(r.words[role], name) || partyName(name) || r.portfolioTitle(role, o) ||
		(notMembership(name) && !nameHas(name, employerBodies)) {
		return true
	}
	r.officer(p, o, role, min(at, i), role+1, "appointed-org-role")
	return true
}

// foundedApposition: "the Westport Olympians, another club, which was
// formed in 1962", "Stop Hunger, an organization founded in 2016" — an
// apposition with an organisation's class noun makes the name before it an
// organisation, whatever the tagger said, and the date its inception.
func (r *run) foundedApposition(i int, s doc.Sentence) {
	if o, _ := r.foundedSubject(i, s); o >= 0 {
		return // the founding pattern reads it
	}
	k := i - 1
	for k > s.First && clauseFill[r.words[k]] && r.words[k] != "," {
		k--
	}
	if k > s.First && (r.words[k] == "which" || r.words[k] == "that") {
		k--
	}
	for k > s.First && r.words[k] == "," {
		k--
	}
	// The apposition: "a different club", "an organization".
	class := false
	j := k
	for j > s.First && k-j < 5 && r.entityAt(j) < 0 && r.d.Tokens[j].Kind == doc.Word && r.words[j] != "a" && r.words[j] != "an" {
		if orgClass[r.words[j]] {
			class = true
		}
		j--
	}
	if !class || (r.words[j] != "a" && r.words[j] != "an") || j-2 < s.First || r.words[j-1] != "," {
		return
	}
	e := r.entityAt(j - 2)
	if e < 0 || r.d.Mentions[r.ment[j-2]].Kind != doc.Name || r.inQ[j-2] {
		return
	}
	if !r.asOrg(e) {
		return
	}
	if date, de := r.dateRightAfter(i+1, s); date != "" {
		r.add(e, doc.Inception, -1, date, r.mentionStart(j-2), de+1, scoreGood, "founded-apposition")
	}
}

// schools states pred between the person named before the cue at i (at
// most 12 tokens before it) and every school of the list that starts at k:
// "taught law at A and B", "joined the faculty of A".
func (r *run) schools(k, i int, s doc.Sentence, pred doc.Predicate, rule string) {
	list := r.listAfter(k, s.Last, 1, doc.Org)
	if len(list) == 0 {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || (i-at > 12 && (i-at > 25 || !r.onlyPerson(p, s))) {
		return
	}
	for _, o := range list {
		if isSchool(r.d.Entities[o.e].Name) || r.schoolAlias(o.e) {
			r.add(p, pred, o.e, "", at, o.end, scoreGood, rule)
		}
	}
}

// schoolAlias reports whether organisation o is named by the first words
// of a school the document names in full: "Hallam" for "Hallam School
// of Music".
func (r *run) schoolAlias(o int) bool {
	name := r.d.Entities[o].Name
	if name == "" || isAcronym(name) {
		return false
	}
	for e, ent := range r.d.Entities {
		if e != o && ent.Type == doc.Org && isSchool(ent.Name) && strings.HasPrefix(ent.Name, name+" ") {
			return true
		}
	}
	return false
}

// asOrg reports whether e can be read as an organisation, making it one
// when the tagger took a rarely named organisation (two mentions at most)
// for a place or a person.
func (r *run) asOrg(e int) bool {
	switch r.typeOf(e) {
	case doc.Org:
		return true
	case doc.GPE, doc.Loc, doc.Person:
		if len(r.d.Entities[e].Mentions) > 2 {
			return false
		}
		r.retype(e, doc.Org)
		return true
	}
	return false
}

// orgsDoc reads memberships and employers over the whole document, after the
// sentence rules.
func (r *run) orgsDoc() {
	r.topicBandRoles()
	r.presentersOfNetwork()
}

// presenterWords name those who front a broadcast programme.
var presenterWords = set("presenter", "presenters", "presented", "host", "hosts", "hosted", "anchor", "anchors",
	"anchored", "newsreader", "newsreaders")

// presentersOfNetwork: "Night Desk is a weekly Harbor Television current
// affairs programme … Its regular presenters are A and B" — in an article
// about a programme that its opening sentence puts on a network, those
// named as its presenters or hosts work for the network.
func (r *run) presentersOfNetwork() {
	w := r.topic.ent
	if w < 0 || r.typeOf(w) != doc.Work || len(r.d.Sentences) == 0 {
		return
	}
	var nets []int
	for _, c := range r.out {
		if c.Predicate == doc.ReleasedOn && c.Subject == w && c.Object >= 0 && c.Evidence.Sentence == 0 && r.typeOf(c.Object) == doc.Org {
			nets = append(nets, c.Object)
		}
	}
	if len(nets) != 1 {
		return
	}
	n := len(r.out)
	for ci := 0; ci < n; ci++ {
		c := r.out[ci]
		if c.Predicate != doc.CastIn || c.Object != w || r.typeOf(c.Subject) != doc.Person {
			continue
		}
		si := c.Evidence.Sentence
		if si < 0 || si >= len(r.d.Sentences) {
			continue
		}
		s := r.d.Sentences[si]
		for k := s.First; k < s.Last; k++ {
			if presenterWords[r.words[k]] && !r.inQ[k] {
				a, b := r.d.TokenAt(c.Evidence.Start), r.d.TokenAt(c.Evidence.End-1)+1
				r.add(c.Subject, doc.WorksFor, nets[0], "", a, b, scoreGood, "presenter-of-network")
				break
			}
		}
	}
}

// topicBand returns the band an article is about: its topic when a band,
// or the band that performs the recording it is about; else -1.
func (r *run) topicBand() int {
	t := r.topic.ent
	if t < 0 || (sameClass[r.topic.class] != "band" && !musicClass[r.topic.class]) {
		return -1
	}
	b := r.docBand()
	if b < 0 || r.typeOf(b) != doc.Org {
		return -1
	}
	return b
}

// topicBandRoles: "Guitarist Kit Vale and singer Joe Reyes wrote it", "the
// last album to include drummer Sam Kerr" — in an article about a band or
// one of its recordings, a musician named after a band role noun that no
// other organisation owns is a member of that band.
func (r *run) topicBandRoles() {
	b := r.topicBand()
	if b < 0 {
		return
	}
	for _, s := range r.d.Sentences {
		for k := s.First; k+1 < s.Last; k++ {
			if r.words[k] == "member" || r.words[k] == "members" {
				r.topicBandMembersAre(k, b, s)
			}
			if !bandRoles[r.words[k]] || r.inQ[k] || r.entityAt(k) >= 0 || r.otherBandOwns(k, b, s) {
				continue
			}
			j := k + 1
			if r.words[j] == "," && j+1 < s.Last {
				j++
			}
			p := r.entityAt(j)
			if p < 0 || p == b || r.typeOf(p) != doc.Person || r.mentionStart(j) != j || r.d.Mentions[r.ment[j]].Kind != doc.Name {
				continue
			}
			r.add(p, doc.MemberOf, b, "", k, r.mentionEnd(j), scoreGood, "topic-band-role")
		}
	}
}

// topicBandMembersAre: "The only constant member was Kit Vale", "its
// original members were A, B and C" — in an article about band b, the
// people a member noun is said to be are its members.
func (r *run) topicBandMembersAre(k, b int, s doc.Sentence) {
	j := k + 1
	if j+1 >= s.Last || r.inQ[k] {
		return
	}
	switch r.words[j] {
	case "was", "were", "is", "are", "included", "include", "includes":
	case "consisted", "consist", "comprised":
		r.topicBandLineUp(k, j, b, s)
		return
	default:
		return
	}
	for a := k - 1; a >= s.First && a >= k-4; a-- {
		if r.words[a] == "the" || r.words[a] == "its" || r.words[a] == "their" {
			break
		}
		if r.words[a] == "guest" || r.words[a] == "session" || r.words[a] == "touring" {
			return // "its guest members were": no members
		}
		if (r.entityAt(a) >= 0 && r.d.Mentions[r.ment[a]].Kind != doc.Nominal) || r.d.Tokens[a].Kind != doc.Word || listStop[r.words[a]] {
			return // "Oasis members were", "of the members were"
		}
	}
	list := r.listAfter(j+1, s.Last, 0, doc.Person)
	if len(list) == 0 || r.mentionStart(j+1) != j+1 {
		return
	}
	for _, m := range list {
		if m.e != b && r.d.Mentions[r.ment[m.end-1]].Kind == doc.Name {
			r.add(m.e, doc.MemberOf, b, "", k, m.end, scoreGood, "topic-band-members-are")
		}
	}
}

// topicBandLineUp: "The band's founding members consisted of a
// trio: singer A, her cousin B, C" — after the colon,
// each person named (after at most three words of role or kin) is a
// member of band b. The member noun is at token k, the verb at j.
func (r *run) topicBandLineUp(k, j, b int, s doc.Sentence) {
	for a := k - 1; a >= s.First && a >= k-5; a-- {
		if r.words[a] == "the" || r.words[a] == "its" || r.words[a] == "their" {
			break
		}
		if r.words[a] == "guest" || r.words[a] == "session" || r.words[a] == "touring" {
			return
		}
		if e := r.entityAt(a); e >= 0 && e != b && r.d.Mentions[r.ment[a]].Kind != doc.Nominal {
			return // "Oasis members consisted of"
		}
	}
	c := j + 1
	for c < s.Last && c < j+10 && r.words[c] != ":" {
		c++
	}
	if c >= s.Last || r.words[c] != ":" {
		return
	}
	gap := 0
	for q := c + 1; q < s.Last; q++ {
		if e := r.entityAt(q); e >= 0 && r.mentionStart(q) == q && (r.d.Mentions[r.ment[q]].Kind != doc.Pronoun || gap >= 3) {
			if r.typeOf(e) != doc.Person || r.d.Mentions[r.ment[q]].Kind != doc.Name || e == b {
				return
			}
			r.add(e, doc.MemberOf, b, "", k, r.mentionEnd(q), scoreGood, "topic-band-line-up")
			q = r.mentionEnd(q) - 1
			gap = 0
			continue
		}
		switch w := r.words[q]; {
		case w == "," || w == "and":
			gap = 0
		case r.d.Tokens[q].Kind == doc.Word && (!capitalized(r.d.TokenText(q)) || r.ment[q] >= 0) && gap < 3:
			gap++ // "lead singer", "his brother"
		default:
			return
		}
	}
}

// otherBandOwns reports whether the band role noun at token k belongs to
// someone other than band b: "Oasis guitarist", "his guitarist", "a guest
// singer", "the session drummer".
func (r *run) otherBandOwns(k, b int, s doc.Sentence) bool {
	j := k - 1
	for j >= s.First && (r.words[j] == "lead" || r.words[j] == "rhythm" || r.words[j] == "bass" || r.words[j] == "backing" ||
		r.words[j] == "former" || r.words[j] == "original" || r.words[j] == "founding" || r.words[j] == "new" || r.words[j] == "future") {
		j--
	}
	if j < s.First {
		return false
	}
	switch r.words[j] {
	case "'s", "’s", "'":
		j--
		if j >= s.First {
			if e := r.entityAt(j); e >= 0 && e != b && r.mentionEnd(j) == j+1 {
				return true // "Oasis's guitarist"
			}
		}
		return false
	}
	// Otherwise only a list, a clause or a preposition may come before:
	// "Guitarist A and singer B", "by guitarist C", "to include drummer
	// D"; not "the legendary singer E", "Oasis guitarist F", "a guest
	// singer G".
	return !roleOpeners[r.words[j]]
}

// roleOpeners may come right before a band member's role noun.
var roleOpeners = set(",", "and", "by", "with", "include", "includes", "included", "including", "as", "to", "from",
	"then", "current", "later", ":", "(", "when", "while", "after", "before", "were", "was", "are", "is")

// clauseWordBefore reports whether one of the two words before token i
// opens a clause ("games since coach X"), so that a name before it is no
// organisation of the role.
func clauseWordBefore(words []string, i, first int) bool {
	for k := i - 1; k >= first && k >= i-2; k-- {
		switch words[k] {
		case "since", "after", "before", "when", "while", "until", "under", "as", "than":
			return true
		}
	}
	return false
}

// joinedTheNamed: "She joined the Dutch Coastal Brigade in 1944" — a name
// after "joined the" (and a nationality) that the tagger took for a
// person, named once, is a body the subject became a member of.
func (r *run) joinedTheNamed(i int, s doc.Sentence) {
	if w := r.words[i]; w != "joined" && w != "joining" && w != "joins" && w != "rejoined" {
		return
	}
	k := i + 1
	if k+1 >= s.Last || r.words[k] != "the" || r.entityAt(k) >= 0 {
		return
	}
	k++
	if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.NORP && r.mentionStart(k) == k {
		k = r.mentionEnd(k) // "the French Foreign Legion"
	}
	described := false
	for n := 0; n < 6 && k < s.Last; n++ {
		if e := r.entityAt(k); e >= 0 {
			t := r.typeOf(e)
			if j := r.mentionEnd(k); (t == doc.GPE || t == doc.Loc || t == doc.NORP) && j < s.Last && r.words[j] == "-" {
				k = j // "the Berlin-based … X"
				described = true
				continue
			}
			break
		}
		if listStop[r.words[k]] || (r.words[k] != "-" && (r.d.Tokens[k].Kind != doc.Word || (capitalized(r.d.TokenText(k)) && !hyphenMod(r.words[k])))) {
			break
		}
		k++ // "the underground legend X"
		described = true
	}
	o := r.entityAt(k)
	if k >= s.Last || o < 0 || r.typeOf(o) != doc.Person || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name ||
		len(r.d.Entities[o].Mentions) > 1 || r.inQ[k] {
		return
	}
	if described {
		// After a description, only a name that is no person's, in an
		// article about music: a band.
		if g, ok := r.x.gaz.GivenName(r.d.TokenText(k)); !r.musicDoc() || (ok && g.Count >= 50) {
			return
		}
	}
	end := r.mentionEnd(k)
	if end < s.Last && (r.words[end] == "'s" || r.words[end] == "’s") {
		return // "joined the Smith's family"
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || p == o || r.typeOf(p) != doc.Person || i-at > 8 {
		return
	}
	r.retype(o, doc.Org)
	pred := memberPredicate(r.d.Entities[o].Name)
	r.add(p, pred, o, "", at, end, scoreGood-0.1, "joined-the-named")
	// "A with B joined X": both joined.
	if at-2 >= s.First && r.words[at-1] == "with" {
		if a := r.entityAt(at - 2); a >= 0 && a != o && r.typeOf(a) == doc.Person && r.d.Mentions[r.ment[at-2]].Kind == doc.Name {
			r.add(a, pred, o, "", r.mentionStart(at-2), end, scoreGood-0.1, "joined-the-named")
		}
	}
}

// expelledFrom: "Morita, expelled from the ranks of the Harbor Union,",
// "she was expelled from the Liberty Party in 1990" — one expelled from
// a body with members had been a member of it.
func (r *run) expelledFrom(i int, s doc.Sentence) {
	k := i + 2
	ranks := false
	if k+2 < s.Last && r.words[k] == "the" && r.words[k+1] == "ranks" && r.words[k+2] == "of" {
		k += 3
		ranks = true
	}
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	o := r.entityAt(k)
	if k >= s.Last || o < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name || r.inQ[k] {
		return
	}
	if r.typeOf(o) != doc.Org && (!ranks || !r.asOrg(o)) {
		return // "expelled from the ranks of X": X is a body, whatever the tagger said
	}
	end := r.mentionEnd(k)
	if end < s.Last && (r.words[end] == "'s" || r.words[end] == "’s") {
		return // "expelled from the party's group"
	}
	name := r.d.Entities[o].Name
	if isSchool(name) || notMembership(name) || r.isOutlet(name) {
		return // expelled from a school or a parliament: no membership
	}
	p, at := r.personBefore(i, s.First)
	if p >= 0 && i-at > 12 {
		p = -1
	}
	if a := i - 1; a-1 > s.First && (r.words[a] == "was" || r.words[a] == "were") && r.words[a-1] == "and" {
		// "X spoke out against Y, and was expelled": the subject of the
		// first verb, not the nearest name.
		p, at = r.firstPerson(s)
	}
	if p < 0 || p == o || r.typeOf(p) != doc.Person {
		return
	}
	c := r.add(p, memberPredicate(name), o, "", at, end, scoreGood, "expelled-from")
	r.ended(c, true)
}

// firstPerson returns the first person named in sentence s, outside
// quotes and parentheses, and its first token; -1, -1 when there is none.
func (r *run) firstPerson(s doc.Sentence) (int, int) {
	for k := s.First; k < s.Last; k++ {
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Person && !r.inQ[k] && !r.inParens(k) {
			return e, r.mentionStart(k)
		}
	}
	return -1, -1
}

// hyphenMod reports whether a word is a place-made modifier with a
// lower-case head: "berlin-based", "london-born".
func hyphenMod(w string) bool {
	return strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-born") || strings.HasSuffix(w, "-formed")
}

// companyRoles are the offices only a company or a body holds, never a
// person: "X chief executive Y" makes X an organisation.
var companyRoles = set("chairman", "chairwoman", "ceo", "chief", "managing", "finance")

// companyRoleAt reports whether the words from token k name a company
// office: "chairman", "ceo", "chief executive", "chief operating officer",
// "managing director", "finance director".
func (r *run) companyRoleAt(k, last int) (int, bool) {
	if k >= last || !companyRoles[r.words[k]] {
		return k, false
	}
	switch r.words[k] {
	case "chairman", "chairwoman", "ceo":
		return k + 1, true
	case "chief":
		if k+1 < last && r.words[k+1] == "executive" {
			return k + 2, true
		}
		if k+2 < last && (r.words[k+1] == "operating" || r.words[k+1] == "financial") && r.words[k+2] == "officer" {
			return k + 3, true
		}
	case "managing", "finance":
		if k+1 < last && r.words[k+1] == "director" {
			return k + 2, true
		}
	}
	return k, false
}

// mistypedCompany: "JP Rowan chief executive Tom Vale said …" — a name the
// tagger took for a person, right before a company office and a person's
// name, is the company; it is retyped while the sentence begins, before
// the role patterns read it. A name that opens with a common given name
// stays a person.
func (r *run) mistypedCompany(s doc.Sentence) {
	for k := s.First + 1; k+1 < s.Last; k++ {
		e := r.entityAt(k - 1)
		if e < 0 || r.typeOf(e) != doc.Person || r.mentionEnd(k-1) != k || r.d.Mentions[r.ment[k-1]].Kind != doc.Name || r.inQ[k-1] {
			continue
		}
		j, ok := r.companyRoleAt(k, s.Last)
		if !ok || j >= s.Last {
			continue
		}
		p := r.entityAt(j)
		if p < 0 || p == e || r.typeOf(p) != doc.Person || r.mentionStart(j) != j || r.d.Mentions[r.ment[j]].Kind != doc.Name {
			continue
		}
		if a := r.mentionStart(k - 1); a > s.First && (r.words[a-1] == "'s" || r.words[a-1] == "’s" || r.entityAt(a-1) >= 0) {
			continue
		}
		fs := strings.Fields(r.d.Entities[e].Name)
		if len(fs) == 0 {
			continue
		}
		if g, ok := r.x.gaz.GivenName(fs[0]); ok && g.Count >= 50 {
			continue // "Tom Vale chairman …": a person after all
		}
		r.retype(e, doc.Org)
	}
}
