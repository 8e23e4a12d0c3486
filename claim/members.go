package claim

import (
	"strings"

	"github.com/newsgraph/newsgraph/doc"
)

// Membership by reference to the band a document is about ("band member
// X", "X left the group"), bands the tagger took for people, member
// countries named with their organisation ("NATO members A and B", "A and
// the other Commonwealth realms"), leaders named by "its" and by
// "leadership of", and the teachers of a student's school ("under the
// supervision of A at X").

// members runs the membership patterns at token i of sentence s.
func (r *run) members(i int, s doc.Sentence) {
	if i == s.First {
		r.mistypedSchool(s)
		r.mistypedCompany(s) // orgs.go
	}
	if i == s.Last-1 {
		defer r.foundersAreMembers(s)
	}
	if r.inQ[i] {
		return
	}
	switch w := r.words[i]; {
	case (w == "member" || w == "members") && i > s.First && (r.words[i-1] == "band" || r.words[i-1] == "group"):
		r.bandMemberNoun(i, s)
	case w == "bandmate" || w == "bandmates":
		r.bandMemberNoun(i, s)
		r.bandmateIn(i, s)
	case w == "member" && i > s.First && r.entityAt(i-1) >= 0:
		r.placeNamedBandMember(i, s)
	case w == "formed" || w == "founded" || w == "co-founded" || w == "created" || w == "started":
		r.formedTheBand(i, s)
		r.foundedUnnamedTopic(i, s)
	case w == "by" && i > s.First+1 && i+2 < s.Last:
		r.foundedByRole(i, s)
		if r.words[i-1] == "led" || r.words[i-1] == "headed" || r.words[i-1] == "chaired" {
			r.commaLedBy(i, s)
		}
	case w == "joined" || w == "rejoined" || w == "left" || w == "leaving" || w == "quit" || w == "quitting" || w == "rejoining" || w == "joining":
		r.leftTheBand(i, s)
	case r.has(i, tMemberCountryNouns) && i > s.First:
		r.orgMembersList(i, s)
		r.otherOrgMembers(i, s)
	case w == "of" && i+1 < s.Last:
		r.personsOfOrg(i, s)
		if i > s.First {
			r.personOfBandNoun(i, s)
		}
		if i > s.First && (r.words[i-1] == "founder" || r.words[i-1] == "co-founder") {
			r.founderOfClass(i, s)
		}
	case (w == "founder" || w == "co-founder") && i > s.First+1 && (r.words[i-1] == "'s" || r.words[i-1] == "’s" || r.words[i-1] == "'"):
		r.orgsFounder(i, s)
	case r.has(i, tPressRoles) && i+3 < s.Last && (r.words[i+1] == "of" || r.words[i+1] == "at" || r.words[i+1] == "for"):
		r.roleAtPeriodical(i, s)
	case r.has(i, tAcademicRoles) && i+2 < s.Last && r.words[i+1] == "at":
		r.academicAtList(i, s)
	case (w == "position" || w == "job" || w == "post") && i+2 < s.Last && (r.words[i+1] == "with" || r.words[i+1] == "at"):
		r.positionWith(i, s)
	case w == "fellow" && i+2 < s.Last && r.words[i+1] == "of" && i > s.First:
		r.fellowOf(i, s)
	case w == "leader" && i+2 < s.Last && r.words[i+1] == "of" && i > s.First:
		r.leaderOf(i, s)
	case w == "its" && i+2 < s.Last:
		r.itsRole(i, s)
	case w == "leadership" && i+2 < s.Last && r.words[i+1] == "of":
		r.leadershipOf(i, s)
	case (w == "under" || w == "supervision" || w == "supervisors" || w == "supervisor" || w == "advisor" || w == "adviser") && i+1 < s.Last:
		r.studiedUnder(i, s)
	case (w == "teachers" || w == "professors" || w == "instructors") && i+1 < s.Last && (r.words[i+1] == "included" || r.words[i+1] == "were"):
		r.studiedUnder(i, s)
	}
	switch r.words[i] {
	case "played", "plays", "playing", "drummed", "sang", "was", "is", "became", "remained":
		r.playedInBand(i, s)
		if r.words[i] == "was" || r.words[i] == "is" {
			r.wasInBand(i, s)
		}
		if r.words[i] != "played" && r.words[i] != "plays" && r.words[i] != "playing" && r.words[i] != "drummed" && r.words[i] != "sang" {
			r.republicWithin(i, s)
		}
	case "leader":
		r.orgLeaderNoun(i, s)
	case "admitted", "inducted", "elected", "accepted", "initiated":
		r.admittedTo(i, s)
	case "admittance", "admission", "accession", "entry", "membership":
		r.countryAccession(i, s)
	case "band":
		r.hisBand(i, s)
	case "member":
		r.memberStateOf(i, s)
		r.electedMembersOf(i, s)
		r.memberAndRoleOf(i, s)
	}
	if r.has(i, tEmployRoles) && i+2 < s.Last && r.words[i+1] == "of" {
		r.andRoleOf(i, s)
	}
	if r.has(i, tRecruitVerbs) {
		r.recruitedMembers(i, s)
	}
	switch r.words[i] {
	case "formed", "founded", "co-founded":
		r.formedBandList(i, s)
	case "members", "states":
		r.orgMembersInclude(i, s)
	case "founding", "co-founding":
		r.foundingClause(i, s)
	case "consisting", "composed", "made", "comprising":
		r.ensembleConsisting(i, s)
	}
	if r.has(i, tEmployRoles) {
		r.andRolePerson(i, s)
	}
	// A role at an employer: "… and a senior editor at X", "an
	// academician at Y".
	if (r.has(i, tEmployRoles) || r.has(i, tMoreRoles) || r.has(i, tPressRoles) || r.has(i, tAcademicRoles)) && i+2 < s.Last &&
		(r.words[i+1] == "at" || r.words[i+1] == "for" || r.words[i+1] == "with") {
		r.andRoleAt(i, s)
		if r.has(i, tMoreRoles) {
			r.moreRoleAt(i, s)
		}
	}
}

// musicBandNouns name a band by its class without doubt: "group" is said
// of companies and campaigns too, and counts only in an article about
// music.
var musicBandNouns = set("band", "duo", "trio", "quartet", "quintet", "outfit")

// bandNoun reports whether the word at token k names a band: a band
// noun, or "group" after a genre ("the electronic group") or in an
// article about music.
func (r *run) bandNoun(k int) bool {
	w := r.words[k]
	return musicBandNouns[w] || (w == "group" && ((k > 0 && genreMods[r.words[k-1]]) || r.musicDoc()))
}

// genreMods are the genres that make a "group" a band.
var genreMods = set("rock", "pop", "punk", "metal", "electronic", "folk", "vocal", "jazz", "hop", "rap", "indie", "soul",
	"funk", "r&b", "reggae", "gospel", "blues", "techno", "dance", "boy", "girl", "musical", "music", "doo-wop",
	"grunge", "disco", "ska", "psychedelic", "instrumental", "synthpop", "trance", "emo")

// calledBand reports whether entity e is named right after a band noun
// somewhere ("the punk rock band X", "the electronic group Y") and its
// name does not open with a common given name, so that a person the tagger saw in
// a band name may be retyped.
func (r *run) calledBand(e int) bool {
	if e < 0 {
		return false
	}
	if r.typeOf(e) == doc.Person {
		fs := strings.Fields(r.d.Entities[e].Name)
		if len(fs) == 0 {
			return false
		}
		if g, ok := r.x.gaz.GivenName(fs[0]); ok && g.Count >= 50 {
			return false // "the group Ada Lind": a person after all
		}
	}
	for _, mi := range r.d.Entities[e].Mentions {
		m := r.d.Mentions[mi]
		if m.Kind != doc.Name {
			continue
		}
		if k := r.d.TokenAt(m.Start); k > 0 && r.bandNoun(k-1) {
			return true
		}
	}
	return false
}

// docBand returns the band the document is about: its topic when a band,
// else the one entity it calls a band (by a band noun before its name).
// It returns -1 when there is none or more than one.
func (r *run) docBand() int {
	if t := r.topic.ent; t >= 0 && sameClass[r.topic.class] == "band" {
		switch r.typeOf(t) {
		case doc.Org:
			return t
		case doc.Person, doc.Work:
			if r.calledBand(t) || len(r.d.Entities[t].Mentions) <= 2 {
				r.retype(t, doc.Org)
				return t
			}
		}
		return -1
	}
	if t := r.topic.ent; t >= 0 && musicClass[r.topic.class] && r.typeOf(t) == doc.Work {
		// A recording's performer, when a band: "the sixth album by X".
		if b := r.performerOf(t); b >= 0 && (r.typeOf(b) == doc.Org || r.calledBand(b)) {
			if r.typeOf(b) != doc.Org {
				r.retype(b, doc.Org)
			}
			return b
		}
	}
	band := -1
	for e := range r.d.Entities {
		switch r.typeOf(e) {
		case doc.Org, doc.Person, doc.Work:
		default:
			continue
		}
		if !r.calledBand(e) {
			continue
		}
		if band >= 0 {
			return -1 // two bands: which one is meant is not said
		}
		band = e
	}
	if band >= 0 && r.typeOf(band) != doc.Org {
		r.retype(band, doc.Org)
	}
	return band
}

// bandMemberNoun: "According to band member Kit Vale", "the departure of
// bandmate Joe Reyes" — a member of the band the document is about, named
// after a member noun that no band name precedes ("Oasis band member X"
// is the band-role pattern's).
func (r *run) bandMemberNoun(i int, s doc.Sentence) {
	a := i
	if r.words[i] == "member" || r.words[i] == "members" {
		a = i - 1
	}
	if a > s.First {
		if e := r.entityAt(a - 1); e >= 0 || r.words[a-1] == "'s" || r.words[a-1] == "’s" {
			return // "Oasis band member X", "the band's member": others read these
		}
	}
	j := i + 1
	if j < s.Last && r.words[j] == "," {
		j++
	}
	list := r.listAfter(j, s.Last, 0, doc.Person)
	if len(list) == 0 || r.mentionStart(j) != j {
		return
	}
	b := r.docBand()
	if b < 0 {
		return
	}
	for _, m := range list {
		if m.e != b && r.d.Mentions[r.ment[m.end-1]].Kind == doc.Name {
			r.add(m.e, doc.MemberOf, b, "", a, m.end, scoreGood, "band-member-noun")
		}
	}
}

// leftTheBand: "after the tour Kit Vale quit the group for good",
// "drummer Joe Reyes joined the band in 1999" — joining or leaving "the
// band" names the band the document is about.
func (r *run) leftTheBand(i int, s doc.Sentence) {
	k := i + 1
	if k+1 >= s.Last || r.words[k] != "the" || !r.bandNoun(k+1) {
		return
	}
	if n := k + 2; n < s.Last && (r.entityAt(n) >= 0 || r.words[n] == "'s" || r.words[n] == "’s" ||
		(r.d.Tokens[n].Kind == doc.Word && !listStop[r.words[n]] && !capitalized(r.d.TokenText(n)) && !r.verbAt(n))) {
		return // "joined the band X", "left the band's label", "the group chairman"
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 6 {
		return
	}
	for k := r.mentionEnd(at); k < i; k++ {
		if r.words[k] == "by" || r.words[k] == "with" || r.words[k] == "," || r.words[k] == "and" {
			return // "replaced by X, who left the band": whose leaving is unclear
		}
	}
	b := r.docBand()
	if b < 0 || b == p {
		return
	}
	r.add(p, doc.MemberOf, b, "", at, k+2, scoreGood, "left-the-band")
}

// memberCountryNouns name the members of an international body: "NATO
// members", "EU member states", "Commonwealth realms".
var memberCountryNouns = set("members", "member", "states", "countries", "nations", "realms", "allies")

// memberBody returns the organisation named right before the member noun
// at token i ("NATO members", "EU member states", "the other
// Commonwealth realms") and the noun's last token, or -1. The noun after
// "member" must be a country noun.
func (r *run) memberBody(i int, s doc.Sentence) (int, int) {
	k := i - 1
	last := i
	switch w := r.words[i]; {
	case w == "member":
		if i+1 >= s.Last || !memberCountryNouns[r.words[i+1]] || r.words[i+1] == "member" || r.words[i+1] == "members" {
			return -1, -1
		}
		last = i + 1
	case w == "states" || w == "countries" || w == "nations":
		if k > s.First && r.words[k] == "member" {
			return -1, -1 // "member states": the "member" token reads it
		}
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionEnd(k) != i || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return -1, -1
	}
	name := r.d.Entities[o].Name
	if partyName(name) || notMembership(name) || r.bandish(o) || r.teamName(name) {
		return -1, -1
	}
	if !r.bodyOfCountries(o) {
		return -1, -1 // "Oasis members": a band's, the band patterns'
	}
	return o, last
}

// bodyOfCountries reports whether organisation o is a body whose members
// are countries: an acronym ("NATO", "OPEC") or a name with a word of
// union ("European Union", "Commonwealth", "Arab League").
func (r *run) bodyOfCountries(o int) bool {
	name := r.d.Entities[o].Name
	if fs := strings.Fields(name); len(fs) == 1 && isAcronym(fs[0]) {
		return true
	}
	return nameHas(name, countryBodyWords)
}

// countryBodyWords name unions of countries.
var countryBodyWords = set("union", "commonwealth", "league", "nations", "community", "alliance", "organization",
	"organisation", "pact", "treaty", "cooperation", "co-operation", "council", "association", "bloc", "area")

// orgMembersList: "NATO members Poland and Hungary", "EU member states
// such as Malta and Cyprus", "fellow OPEC member Venezuela" — countries
// listed after their organisation's member noun.
func (r *run) orgMembersList(i int, s doc.Sentence) {
	o, last := r.memberBody(i, s)
	if o < 0 {
		return
	}
	k := last + 1
	if k+1 < s.Last && r.words[k] == "such" && r.words[k+1] == "as" {
		k += 2
	} else if k < s.Last && (r.words[k] == "including" || r.words[k] == "like") {
		k++ // not after a comma: "ASEAN member states, China and Japan" may list non-members
	}
	list := r.listAfter(k, s.Last, 0, doc.GPE)
	if len(list) == 0 || r.mentionStart(k) != k && !(r.words[k] == "the" && r.mentionStart(k+1) == k+1) {
		return
	}
	for _, c := range list {
		r.add(c.e, doc.MemberOf, o, "", r.mentionStart(i-1), c.end, scoreGood, "org-members-list")
	}
}

// otherOrgMembers: "New Zealand, Tuvalu and the other Commonwealth
// realms", "France, Germany and other EU countries" — countries listed
// before "other" and their organisation's member noun.
func (r *run) otherOrgMembers(i int, s doc.Sentence) {
	o, _ := r.memberBody(i, s)
	if o < 0 {
		return
	}
	k := r.mentionStart(i-1) - 1
	if k <= s.First || r.words[k] != "other" {
		return
	}
	k--
	if k > s.First && r.words[k] == "the" {
		k--
	}
	if k <= s.First || r.words[k] != "and" {
		return
	}
	for _, c := range r.countriesBefore(k, s.First) {
		r.add(c.e, doc.MemberOf, o, "", c.end, i+1, scoreGood, "other-org-members")
	}
}

// countriesBefore reads a coordination of countries ending right before
// the "and" at token k ("France, Germany and"), in text order.
func (r *run) countriesBefore(k, first int) []agent {
	var out []agent
	j := k - 1
	for j >= first {
		e := r.entityAt(j)
		if e < 0 || r.typeOf(e) != doc.GPE || r.inQ[j] {
			break
		}
		out = append(out, agent{e, r.mentionStart(j)})
		j = r.mentionStart(j) - 1
		if j >= first && r.words[j] == "the" {
			j--
		}
		if j >= first && r.words[j] == "," {
			j--
			continue
		}
		break
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// itsRoles are the offices "its" may name.
var itsRoles = set("leader", "founder", "co-founder", "chairman", "chairwoman", "chairperson", "president")

// itsRole: "the Harbor Front and its leader Ada Lind", "Harbor Tools,
// its founder Erik Lind said" — the office of the organisation named just
// before "its".
func (r *run) itsRole(i int, s doc.Sentence) {
	k := i + 1
	if r.words[k] == "founding" || r.words[k] == "former" || r.words[k] == "late" || r.words[k] == "longtime" {
		k++ // "its founding president"
	}
	if k+1 >= s.Last || !itsRoles[r.words[k]] || r.viceBefore(k) {
		return
	}
	p, j := r.namedPersonAfter(k, s)
	if p < 0 {
		return
	}
	// The organisation: right before "its", after "and" or a comma.
	q := i - 1
	if q > s.First && (r.words[q] == "and" || r.words[q] == ",") {
		q--
	}
	if q >= s.First && r.words[q] == "," {
		q--
	}
	o := r.entityAt(q)
	if q < s.First || o < 0 || r.mentionEnd(q) != q+1 || r.d.Mentions[r.ment[q]].Kind != doc.Name {
		return
	}
	if r.words[k-1] == "former" || r.words[k-1] == "late" {
		return // a past office: when it ended is not said
	}
	switch r.typeOf(o) {
	case doc.Org:
	case doc.Person:
		// "the rebel movement, Harbor Dawn and its leader X": "its" says
		// the name is no person's.
		if len(r.d.Entities[o].Mentions) > 2 || r.words[i-1] != "and" {
			return
		}
		r.retype(o, doc.Org)
	default:
		return
	}
	at, end := r.mentionStart(q), r.mentionEnd(j)
	switch r.words[k] {
	case "founder", "co-founder":
		r.add(p, doc.Founded, o, "", at, end, scoreGood, "its-role")
	case "leader", "president":
		if r.words[k] == "president" && !r.membershipOrg(o) {
			return // a company's president is no leader the graph knows
		}
		r.add(p, doc.Leads, o, "", at, end, scoreGood, "its-role")
	default:
		r.add(o, doc.Chairperson, p, "", at, end, scoreGood, "its-role")
	}
}

// leadershipOf: "Lind's leadership of Harbor College", "during Moe's
// studies and leadership of the Westport Institute" — the possessor leads
// the organisation.
func (r *run) leadershipOf(i int, s doc.Sentence) {
	k := i + 2
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name || notMembership(r.d.Entities[o].Name) {
		return
	}
	// Back to "X's", over at most three words ("academic studies and").
	for j := i - 1; j > s.First && j >= i-4; j-- {
		w := r.words[j]
		if w == "'s" || w == "’s" {
			p := r.entityAt(j - 1)
			if p < 0 || r.typeOf(p) != doc.Person || r.mentionEnd(j-1) != j {
				return
			}
			r.add(p, doc.Leads, o, "", r.mentionStart(j-1), r.mentionEnd(k), scoreGood, "leadership-of")
			if isSchool(r.d.Entities[o].Name) {
				// A school's head is on its staff.
				r.add(p, doc.WorksFor, o, "", r.mentionStart(j-1), r.mentionEnd(k), scoreGood, "leadership-of")
			}
			return
		}
		if r.entityAt(j) >= 0 || r.d.Tokens[j].Kind != doc.Word || (listStop[w] && w != "and") {
			return
		}
	}
}

// studyWords show that a sentence is about a student's studies.
var studyWords = set("doctorate", "phd", "ph.d.", "thesis", "dissertation", "studied", "studies", "degree", "doctoral",
	"habilitation", "student", "graduate", "postgraduate", "master's", "studying")

// studiedUnder: "she earned her doctorate at X University under the
// supervision of A and B", "studied music at X, where his teachers
// included A and B", "a degree in 1959 under A at X University" — in a
// sentence about studies, the teachers named work for the school the
// sentence names.
func (r *run) studiedUnder(i int, s doc.Sentence) {
	k := i + 1
	switch r.words[i] {
	case "under":
		if k+1 < s.Last && r.words[k] == "the" && (r.words[k+1] == "supervision" || r.words[k+1] == "direction" ||
			r.words[k+1] == "guidance" || r.words[k+1] == "tutelage") {
			return // the noun reads it
		}
	case "supervision", "supervisor", "supervisors", "advisor", "adviser":
		if k >= s.Last || r.words[k] != "of" {
			return
		}
		k++
	case "teachers", "professors", "instructors":
		k++
	}
	teachers := r.listAfter(k, s.Last, 1, doc.Person)
	if len(teachers) == 0 {
		return
	}
	study := false
	for j := s.First; j < s.Last; j++ {
		if studyWords[r.words[j]] {
			study = true
			break
		}
	}
	if !study {
		return
	}
	// The school: right after the list ("under A at X"), else the one
	// school the sentence names before the cue.
	school, end := -1, -1
	if e := teachers[len(teachers)-1].end; e+1 < s.Last && r.words[e] == "at" {
		if o, oe := r.orgAfter(e+1, s.Last, 2, doc.Org); o >= 0 && isSchool(r.d.Entities[o].Name) {
			school, end = o, oe
		}
	}
	if school < 0 {
		for j := s.First; j < i; j++ {
			o := r.entityAt(j)
			if o < 0 || r.typeOf(o) != doc.Org || !isSchool(r.d.Entities[o].Name) {
				continue
			}
			if school >= 0 && school != o {
				return // two schools: which one is not said
			}
			school, end = o, r.mentionEnd(j)
			j = end - 1
		}
	}
	if school < 0 {
		return
	}
	for _, t := range teachers {
		if t.e != school {
			r.add(t.e, doc.WorksFor, school, "", min(i, end), max(t.end, end), scoreGood-0.1, "studied-under")
		}
	}
}

// personsOfOrg: "measured by Ada Lind and Tom Reyes of the Harbor
// Foundation", "said analyst Vera Lamb of Westport Bank" — people named
// with "of" and an organisation work for it. Parties, bands, teams and
// bodies one sits on are left to their patterns; in an article about music
// or acting the organisation's name must say it is an employer (a class
// noun such as foundation or bank, a school, a news outlet).
func (r *run) personsOfOrg(i int, s doc.Sentence) {
	if i == s.First || r.entityAt(i-1) < 0 || r.typeOf(r.entityAt(i-1)) != doc.Person || r.mentionEnd(i-1) != i ||
		r.d.Mentions[r.ment[i-1]].Kind != doc.Name {
		return
	}
	o, k := r.namedOrgAfter(i, s)
	if o < 0 {
		return
	}
	end := r.mentionEnd(k)
	if end < s.Last && (r.words[end] == "'s" || r.words[end] == "’s" || r.words[end] == "-") {
		return // "X of the Harbor Tools' board", "of the Anglo - Irish Bank"
	}
	name := r.d.Entities[o].Name
	if partyName(name) || notMembership(name) || r.membershipOrg(o) || r.bandish(o) || r.sportsDoc() || isLeague(name) {
		return
	}
	if end < s.Last && r.d.Tokens[end].Kind == doc.Word && !capitalized(r.d.TokenText(end)) && !listStop[r.words[end]] && !r.verbAt(end) {
		return // "X of IT firm Y": the name is a modifier
	}
	if (r.musicDoc() || r.actingDoc()) && !r.orgNamed(k, k, o) && !isSchool(name) && !r.isOutlet(name) {
		if r.musicDoc() {
			r.personsOfUnnamedBand(i, o, end, s)
		}
		return // "A and B of The Harbors": a band, whatever the tagger says
	}
	for _, m := range r.listBefore(i, s.First) {
		if g, ok := r.x.gaz.GivenName(r.d.TokenText(m.end)); !ok || g.Count < 50 {
			continue // a common given name opens a person's name: not a title, not "Chief Executive"
		}
		if r.d.Mentions[r.ment[m.end]].Kind == doc.Name && strings.Contains(r.d.Entities[m.e].Name, " ") {
			// A full name: a lone word here is a title ("Director General
			// of the X") more often than a person.
			r.add(m.e, doc.WorksFor, o, "", m.end, end, scoreGood-0.1, "persons-of-org")
		}
	}
}

// founderOfClass: "X is a Welsh producer and the founder of Green Valley
// Media group Harbor Pictures" — the organisation after the
// class noun is the one founded; a name before the class noun only
// describes it. The founder is the person just before, or the person the
// opening definition is about.
func (r *run) founderOfClass(i int, s doc.Sentence) {
	k := i + 1
	class := -1
	for n := 0; k < s.Last && n < 8; n++ {
		if e := r.entityAt(k); e >= 0 {
			if r.typeOf(e) != doc.Org && r.typeOf(e) != doc.NORP && r.typeOf(e) != doc.GPE {
				return
			}
			k = r.mentionEnd(k)
			continue
		}
		w := r.words[k]
		if orgClass[w] || orgClassWords[w] {
			class = k
			break
		}
		if r.d.Tokens[k].Kind != doc.Word || (listStop[w] && w != "and" && w != "the") {
			return
		}
		k++
	}
	if class < 0 || class+1 >= s.Last || class == i+1 || (class == i+2 && r.words[i+1] == "the") {
		return // "founder of the company X": the older patterns read it
	}
	o := r.entityAt(class + 1)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(class+1) != class+1 || r.d.Mentions[r.ment[class+1]].Kind != doc.Name {
		return
	}
	if r.entityAt(class-1) < 0 {
		return // "founder of a film company X": the name is the company's alone, the older patterns' case
	}
	p, at := r.personBefore(i-1, s.First)
	if p >= 0 && i-at > 6 {
		p = -1
	}
	if p < 0 {
		if t := r.topic.ent; t >= 0 && (r.topic.class == "" || r.topic.class == "person") && r.typeOf(t) == doc.Person &&
			s.First == r.d.Sentences[0].First && i > r.topic.cop {
			p, at = t, r.topic.first
		}
	}
	if p < 0 || r.typeOf(p) != doc.Person {
		return
	}
	r.add(p, doc.Founded, o, "", min(at, i), r.mentionEnd(class+1), scoreGood, "founder-of-class")
}

// orgsFounder: "Harbor Tools' founder Erik Lind", "the firm was run by
// Westport Bank's founder, Vera Lamb" — an organisation's founder named
// with a possessive.
func (r *run) orgsFounder(i int, s doc.Sentence) {
	o := r.entityAt(i - 2)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionEnd(i-2) != i-1 || r.d.Mentions[r.ment[i-2]].Kind != doc.Name {
		return
	}
	p, j := r.namedPersonAfter(i, s)
	if p < 0 {
		return
	}
	r.add(p, doc.Founded, o, "", r.mentionStart(i-2), r.mentionEnd(j), scoreGood, "org's-founder")
}

// commaLedBy: `the Conservatives, led by Ada Lind`, `the "New Front",
// led by Tom Reyes` — an organisation named before the comma of a
// participle clause is led by the person after "by".
func (r *run) commaLedBy(i int, s doc.Sentence) {
	if i < s.First+3 || r.words[i-2] != "," || r.sportsDoc() {
		return
	}
	q := i - 3
	if q > s.First && r.d.Tokens[q].Kind == doc.CloseQuote {
		q--
	}
	o := r.entityAt(q)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionEnd(q) > i-2 || r.d.Mentions[r.ment[q]].Kind != doc.Name || notMembership(r.d.Entities[o].Name) {
		return
	}
	j := i + 1
	p := r.entityAt(j)
	if j >= s.Last || p < 0 || r.typeOf(p) != doc.Person || r.mentionStart(j) != j || r.d.Mentions[r.ment[j]].Kind != doc.Name {
		return
	}
	end := r.mentionEnd(j)
	if end < s.Last && (r.words[end] == "'s" || r.words[end] == "’s") {
		return // "led by Lind's deputy"
	}
	if r.words[i-1] == "chaired" {
		r.add(o, doc.Chairperson, p, "", r.mentionStart(q), end, scoreGood, "comma-led-by")
		return
	}
	r.add(p, doc.Leads, o, "", r.mentionStart(q), end, scoreGood, "comma-led-by")
}

// placeNamedBandMember: "featuring former Ciudad Blanca member, Ana
// Ruiz" — in an article about music, a name the tagger took for a place
// or a title, before "member" and a person, is the person's band ("Oasis
// member X", with an organisation, is the band-role pattern's).
func (r *run) placeNamedBandMember(i int, s doc.Sentence) {
	o := r.entityAt(i - 1)
	switch r.typeOf(o) {
	case doc.Loc, doc.GPE, doc.Work:
	default:
		return
	}
	if r.mentionEnd(i-1) != i || r.d.Mentions[r.ment[i-1]].Kind != doc.Name || !r.musicDoc() ||
		len(r.d.Entities[o].Mentions) > 2 || (r.typeOf(o) != doc.Work && !r.bandNamed(o)) {
		return
	}
	p, j := r.namedPersonAfter(i, s)
	if p < 0 {
		return
	}
	r.retype(o, doc.Org)
	c := r.add(p, doc.MemberOf, o, "", r.mentionStart(i-1), r.mentionEnd(j), scoreGood, "place-named-band-member")
	r.ended(c, r.formerBefore(r.mentionStart(i-1)))
}

// formedTheBand: "Ruiz then started a new band, Marea Negra", "In 1994 she
// formed the punk band Velvet Static" — who forms a band is its member.
func (r *run) formedTheBand(i int, s doc.Sentence) {
	k := i + 1
	if k >= s.Last {
		return
	}
	switch r.words[k] {
	case "a", "an", "the", "his", "her", "their":
		k++
	default:
		return
	}
	for n := 0; k < s.Last && n < 3 && !r.bandNoun(k) && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && !listStop[r.words[k]]; n++ {
		k++
	}
	if k+1 >= s.Last || !r.bandNoun(k) {
		return
	}
	k++
	if r.words[k] == "," && k+1 < s.Last {
		k++
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 6 {
		return
	}
	b, end := r.bandName(k, s)
	if b < 0 || p == b {
		return
	}
	r.add(p, doc.MemberOf, b, "", at, end, scoreGood, "formed-the-band")
}

// bandName returns the band named at token k, right after a band noun,
// and the token after its name: an organisation, a name the tagger took
// for a person, a place or a title (retyped), or title-case words no
// tagger found ("the group Lanterns for Ghosts"), which become a new
// organisation. It returns -1 when token k starts no name.
func (r *run) bandName(k int, s doc.Sentence) (int, int) {
	if k >= s.Last || r.inQ[k] {
		return -1, -1
	}
	if b := r.entityAt(k); b >= 0 {
		if r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
			return -1, -1
		}
		switch r.typeOf(b) {
		case doc.Org:
		case doc.Person, doc.Loc, doc.GPE, doc.Work:
			if !r.bandNamed(b) && !r.calledBand(b) && r.typeOf(b) != doc.Work {
				return -1, -1
			}
			r.retype(b, doc.Org)
		default:
			return -1, -1
		}
		return b, r.mentionEnd(k)
	}
	// Untagged title-case words, with the small words of a title between.
	end := k
	for j := k; j < s.Last && j < k+6; j++ {
		if r.entityAt(j) >= 0 || r.d.Tokens[j].Kind != doc.Word {
			break
		}
		if capitalized(r.d.TokenText(j)) {
			end = j + 1
			continue
		}
		if !titleSmallWords[r.words[j]] || j+1 >= s.Last || !capitalized(r.d.TokenText(j+1)) {
			break
		}
	}
	if end == k || (end == k+1 && k+1 < s.Last && r.d.Tokens[k+1].Kind == doc.Word && !listStop[r.words[k+1]]) {
		return -1, -1 // nothing, or one capital before a lower-case noun: "the group Board"
	}
	b := r.newMention(k, end, doc.Org, doc.Name, -1)
	return b, end
}

// titleSmallWords may stand inside a title: "Lanterns for Ghosts".
var titleSmallWords = set("for", "of", "the", "and", "in", "on", "&", "a", "to")

// personOfBandNoun: "the keyboard player Roland Vane of the group
// Lanterns for Ghosts" — a person named with "of" and a band named by its class
// noun is its member.
func (r *run) personOfBandNoun(i int, s doc.Sentence) {
	p := r.entityAt(i - 1)
	if p < 0 || r.typeOf(p) != doc.Person || r.mentionEnd(i-1) != i || r.d.Mentions[r.ment[i-1]].Kind != doc.Name {
		return
	}
	k := i + 1
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	for n := 0; k < s.Last && n < 3 && r.entityAt(k) < 0 && !r.bandNoun(k) && r.d.Tokens[k].Kind == doc.Word &&
		!capitalized(r.d.TokenText(k)) && !listStop[r.words[k]]; n++ {
		k++
	}
	if k+1 >= s.Last || !r.bandNoun(k) || r.words[k] == "bands" || r.words[k] == "groups" {
		return
	}
	b, end := r.bandName(k+1, s)
	if b < 0 || b == p {
		return
	}
	r.add(p, doc.MemberOf, b, "", r.mentionStart(i-1), end, scoreGood, "person-of-band-noun")
}

// leaderOf: "Ada Lind, leader of the Freedom Party", "Lind once led
// Party X in Freedonia" — the person before leads the organisation; not a
// deputy, and not the leader of a chamber or a council.
func (r *run) leaderOf(i int, s doc.Sentence) {
	if r.viceBefore(i) || r.words[i-1] == "party" || r.words[i-1] == "group" {
		return // "deputy leader of", "party leader of the X group"
	}
	o, end := r.orgAfter(i+2, s.Last, 2, doc.Org)
	if o < 0 || r.d.Mentions[r.ment[end-1]].Kind != doc.Name || notMembership(r.d.Entities[o].Name) {
		return
	}
	for k := end; k < s.Last && k < end+4; k++ {
		if notMembershipWords[r.words[k]] || r.words[k] == "group" || r.words[k] == "delegation" {
			return // "leader of the Greens in the assembly": a group's leader
		}
	}
	former := false
	j := i - 1
	for ; j >= s.First && j >= i-4; j-- {
		switch w := r.words[j]; w {
		case "the", "a", "then", "current":
			continue
		case "former", "ex", "late":
			former = true
			continue
		case "longtime", "long-time", "founding", "first":
			continue
		}
		break
	}
	if j < s.First+1 {
		return
	}
	switch r.words[j] {
	case ",", "was", "is", "became", "becomes", "remains", "remained":
	default:
		return
	}
	k := j - 1
	if r.words[j] == "," && r.ment[k] < 0 {
		return
	}
	for k > s.First && (r.words[k] == "also" || r.words[k] == "later" || r.words[k] == "then") {
		k--
	}
	p := r.entityAt(k)
	if p < 0 || r.typeOf(p) != doc.Person || r.mentionEnd(k) != k+1 && r.words[j] != "," {
		return
	}
	if r.words[j] == "," && r.mentionEnd(k) != j {
		return
	}
	c := r.add(p, doc.Leads, o, "", r.mentionStart(k), end, scoreGood, "leader-of")
	r.ended(c, former)
}

// foundedByRole: "The choir was formed in 1911 by Westport's town
// organist, Karl Moe" — a founder named after a possessive role, which
// the founding pattern's list of names does not read.
func (r *run) foundedByRole(i int, s doc.Sentence) {
	v := -1
	for j := i - 1; j >= s.First && j >= i-7; j-- {
		w := r.words[j]
		if w == "founded" || w == "co-founded" || w == "established" || w == "formed" || w == "organized" || w == "organised" {
			v = j
			break
		}
		if w == "," || w == ";" || w == "and" {
			return
		}
	}
	if v < 0 {
		return
	}
	k := i + 1
	if r.words[k] == "the" || r.words[k] == "its" {
		k++
	}
	owner := false
	if e := r.entityAt(k); e >= 0 && (r.typeOf(e) == doc.GPE || r.typeOf(e) == doc.Org) && r.mentionStart(k) == k {
		k = r.mentionEnd(k)
		if k >= s.Last || (r.words[k] != "'s" && r.words[k] != "’s") {
			return
		}
		k++
		owner = true
	}
	role := 0
	for k < s.Last && role < 3 && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && !listStop[r.words[k]] && !capitalized(r.d.TokenText(k)) {
		k++
		role++
	}
	if role == 0 || k+1 >= s.Last || r.words[k] != "," {
		return // "by A and B": the founding pattern's
	}
	if !owner && (i+1 >= s.Last || r.words[i+1] != "its") {
		return
	}
	k++
	p := r.entityAt(k)
	if p < 0 || r.typeOf(p) != doc.Person || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	org, at := r.foundedSubject(v, s)
	if org < 0 || r.typeOf(org) != doc.Org {
		return
	}
	r.add(p, doc.Founded, org, "", min(at, v), r.mentionEnd(k), scoreGood, "founded-by-role")
}

// foundedUnnamedTopic: in an article defining a manufacturer, "In 1937,
// the engineer Karl Moe started a small company in his garage" — the company
// founded, named by the topic's class noun and no name, is the topic.
func (r *run) foundedUnnamedTopic(i int, s doc.Sentence) {
	t := r.topicOfType(doc.Org)
	if t < 0 || s.First == r.d.Sentences[0].First || i+2 >= s.Last || (r.words[i+1] != "a" && r.words[i+1] != "an") {
		return
	}
	k := i + 2
	for n := 0; k < s.Last && n < 2 && r.entityAt(k) < 0 && !orgClass[r.words[k]] && r.d.Tokens[k].Kind == doc.Word && !listStop[r.words[k]]; n++ {
		k++
	}
	if k >= s.Last || !orgClass[r.words[k]] {
		return
	}
	if c := sameClass[r.words[k]]; r.words[k] != r.topic.class && (c == "" || c != sameClass[r.topic.class]) {
		return
	}
	if k+1 < s.Last && (r.entityAt(k+1) >= 0 && r.typeOf(r.entityAt(k+1)) == doc.Org || r.words[k+1] == "called" || r.words[k+1] == "named") {
		return // "founded a company, X": another one, named
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 6 {
		return
	}
	r.add(p, doc.Founded, t, "", at, k+1, scoreGood-0.1, "founded-unnamed-topic")
}

// fellowBodies name the learned societies and colleges that elect
// fellows: a fellow of a think tank is on its staff instead.
var fellowBodies = set("society", "academy", "college", "royal", "association", "st.", "st", "saint", "hall", "union")

// fellowOf: "X is a professor at Y and a Fellow of St. Anne's", "she was
// elected a fellow of the Northern Society of Antiquaries" — a fellow of a learned society
// or a college is its member. A college the tagger took for a place is
// retyped.
func (r *run) fellowOf(i int, s doc.Sentence) {
	if w := r.words[i-1]; w != "a" && w != "an" && w != "the" && w != "honorary" && w != "elected" && w != "senior" {
		return // "his fellow officers"
	}
	k := i + 2
	if r.words[k] == "the" {
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name || r.inQ[k] {
		return
	}
	end := r.mentionEnd(k)
	name := r.d.Entities[o].Name
	college := end < s.Last && (r.words[end] == "'s" || r.words[end] == "’s")
	if !nameHas(name, fellowBodies) && !college {
		return
	}
	if !r.asOrg(o) {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p >= 0 && at > s.First {
		switch r.words[at-1] {
		case "of", "at", "for", "in", "to", "with", "by":
			p = -1 // "Professor of Tax Law": the tagger's person is a prepositional object
		}
	}
	if p < 0 {
		if t := r.topic.ent; t >= 0 && (r.topic.class == "" || r.topic.class == "person") && r.typeOf(t) == doc.Person &&
			s.First == r.d.Sentences[0].First && i > r.topic.cop {
			p, at = t, r.topic.first
		}
	} else if r.typeOf(p) != doc.Person || (i-at > 10 && (i-at-r.parenLen(at, i) > 40 || !r.onlyPerson(p, s))) {
		return
	}
	if p < 0 {
		return
	}
	if college {
		end++
	}
	r.add(p, doc.MemberOf, o, "", at, end, scoreGood, "fellow-of")
}

// pressRoles are the staff of a periodical.
var pressRoles = set("editor", "co-editor", "columnist", "correspondent", "reporter", "journalist", "critic",
	"publisher", "writer", "cartoonist", "photographer")

// periodicalNouns name newspapers and magazines.
var periodicalNouns = set("magazine", "newspaper", "paper", "journal", "tabloid", "daily", "weekly", "periodical",
	"gazette", "review")

// roleAtPeriodical: "a columnist for the weekly magazine Die Lampe", "a
// critic for the newspaper Harbor Post" — the staff of a periodical named
// after its class noun work for it; the tagger's title becomes an
// organisation.
func (r *run) roleAtPeriodical(i int, s doc.Sentence) {
	k := i + 2
	if r.words[k] == "the" || r.words[k] == "a" {
		k++
	}
	for n := 0; k < s.Last && n < 2 && !periodicalNouns[r.words[k]] && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && !listStop[r.words[k]]; n++ {
		k++
	}
	if k+1 >= s.Last || !periodicalNouns[r.words[k]] {
		return
	}
	for k+1 < s.Last && periodicalNouns[r.words[k+1]] {
		k++ // "the weekly magazine"
	}
	k++
	o := r.entityAt(k)
	if o < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	end := r.mentionEnd(k)
	switch r.typeOf(o) {
	case doc.Org:
	case doc.Work:
	case doc.Person, doc.Loc:
		if len(r.d.Entities[o].Mentions) > 2 {
			return
		}
	default:
		return
	}
	p, at := r.personBefore(i, s.First)
	if p >= 0 && at > s.First && (r.words[at-1] == "of" || r.words[at-1] == "by" || r.words[at-1] == "with") {
		p = -1
	}
	if p >= 0 && i-at > 10 {
		p = -1
	}
	if p < 0 && end < s.Last {
		// "As co-editor of the magazine X he proved …": the subject after.
		j := end
		if r.words[j] == "," {
			j++
		}
		if e := r.entityAt(j); j < s.Last && e >= 0 && r.mentionStart(j) == j {
			p, at = e, j
			if (r.words[j] == "he" || r.words[j] == "she") && (r.typeOf(e) != doc.Person || e == o) && r.topic.ent >= 0 && r.typeOf(r.topic.ent) == doc.Person {
				p = r.topic.ent // a pronoun the resolver gave to a thing: the article's person
			}
		} else if j < s.Last && (r.words[j] == "he" || r.words[j] == "she") && r.topic.ent >= 0 && r.typeOf(r.topic.ent) == doc.Person {
			p, at = r.topic.ent, j
		}
	}
	if p < 0 || p == o || r.typeOf(p) != doc.Person {
		return
	}
	if r.typeOf(o) != doc.Org {
		r.retype(o, doc.Org)
	}
	r.add(p, doc.WorksFor, o, "", min(at, i), max(end, at+1), scoreGood, "role-at-periodical")
}

// bandmateIn: "Vane, a bandmate of Lisle's in The Four Winds" — the
// person before and the one after "of" are members of the band after
// "in".
func (r *run) bandmateIn(i int, s doc.Sentence) {
	k := i + 1
	if k+3 >= s.Last || r.words[k] != "of" {
		return
	}
	k++
	q := r.entityAt(k)
	if q < 0 || r.typeOf(q) != doc.Person || r.mentionStart(k) != k {
		return
	}
	k = r.mentionEnd(k)
	if k < s.Last && (r.words[k] == "'s" || r.words[k] == "’s" || r.words[k] == "'") {
		k++
	}
	if k+1 >= s.Last || r.words[k] != "in" {
		return
	}
	b, end := r.bandAt(k+1, s)
	if b < 0 {
		j := k + 1
		if r.words[j] == "the" && r.entityAt(j) < 0 {
			j++
		}
		e := r.entityAt(j)
		if e < 0 || r.mentionStart(j) != j || r.d.Mentions[r.ment[j]].Kind != doc.Name || r.inQ[j] {
			return
		}
		switch r.typeOf(e) {
		case doc.Org:
		case doc.Person, doc.Loc, doc.Work:
			if !r.bandNamed(e) && !r.calledBand(e) && r.typeOf(e) != doc.Work {
				return
			}
			r.retype(e, doc.Org)
		default:
			return
		}
		b, end = e, r.mentionEnd(j)
	}
	r.add(q, doc.MemberOf, b, "", i, end, scoreGood, "bandmate-in")
	if p, at := r.personBefore(i, s.First); p >= 0 && p != q && r.typeOf(p) == doc.Person && i-at <= 5 {
		r.add(p, doc.MemberOf, b, "", at, end, scoreGood, "bandmate-in")
	}
}

// academicRoles are posts held at universities.
var academicRoles = set("professor", "professors", "professorship", "professorships", "lecturer", "lectureships",
	"lectureship", "chair", "chairs")

// academicAtList: "She lectured as a guest professor at Linden (2010),
// Harwood (2012) and Westport (2016)", "held professorships at the
// universities of Brenstadt and Kallen" — every institution of
// the list employed the academic. Names the tagger read as titles (a name
// and a year in parentheses look like a film) or, after "universities
// of", as towns, are the universities.
func (r *run) academicAtList(i int, s doc.Sentence) {
	k := i + 2
	town := false
	if k+2 < s.Last && r.words[k] == "the" && (r.words[k+1] == "universities" || r.words[k+1] == "university") && r.words[k+2] == "of" &&
		r.entityAt(k+1) < 0 {
		k += 3
		town = true
	}
	types := []doc.EntityType{doc.Org, doc.Work}
	if town {
		types = append(types, doc.GPE, doc.Loc, doc.Person)
	}
	list := r.listAfter(k, s.Last, 0, types...)
	if len(list) < 2 && !town {
		return // one institution: the role patterns read it
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 8 || (at > s.First && (r.words[at-1] == "of" || r.words[at-1] == "with")) {
		return // "X, brother of Y and a professor at": Y is not the one
	}
	for _, o := range list {
		switch r.typeOf(o.e) {
		case doc.Org:
		case doc.Work, doc.GPE, doc.Loc, doc.Person:
			if len(r.d.Entities[o.e].Mentions) > 2 || (r.typeOf(o.e) != doc.Work && len(r.d.Entities[o.e].Mentions) > 1) {
				continue
			}
			r.retype(o.e, doc.Org)
		default:
			continue
		}
		if name := r.d.Entities[o.e].Name; notMembership(name) || partyName(name) {
			continue
		}
		r.add(p, doc.WorksFor, o.e, "", at, o.end, scoreGood, "academic-at-list")
	}
}

// moreRoles are posts with an employer that the older role list leaves
// out.
var moreRoles = set("academician", "instructor", "teacher", "tutor", "librarian", "archivist", "physician", "surgeon",
	"accountant", "consultant", "programmer", "designer", "architect", "strategist", "fellow", "staffer")

// roleBack reads back from the role noun at token i over up to two
// lower-case modifiers to "a" or "an" ("a senior editor"), and returns
// the article's token, or -1.
func (r *run) roleBack(i int, s doc.Sentence) int {
	j := i - 1
	for n := 0; j > s.First && n < 3 && r.words[j] != "a" && r.words[j] != "an"; n++ {
		if r.entityAt(j) >= 0 || r.d.Tokens[j].Kind != doc.Word || listStop[r.words[j]] || capitalized(r.d.TokenText(j)) && n > 0 {
			return -1
		}
		j--
	}
	if j <= s.First || (r.words[j] != "a" && r.words[j] != "an") {
		return -1
	}
	return j
}

// employerAfter returns the employer named after the preposition at
// token k, with the token after its name, or -1: a named organisation
// that is no party, no band and, unless a job is named (job), no body one
// sits on.
func (r *run) employerAfter(k int, s doc.Sentence, job bool) (int, int) {
	o, end := r.orgAfter(k, s.Last, 2, doc.Org)
	if o < 0 || r.d.Mentions[r.ment[end-1]].Kind != doc.Name {
		return -1, -1
	}
	name := r.d.Entities[o].Name
	if partyName(name) || r.bandish(o) || (notMembership(name) && !nameHas(name, employerBodies) && !job) || nameHas(name, kinBodies) {
		return -1, -1
	}
	return o, end
}

// andRoleAt: "She is treasurer of the Harbor Film Club and a
// senior editor at the Harbor Institute" — a second role joined by "and"
// belongs to the subject of the copula before the first.
func (r *run) andRoleAt(i int, s doc.Sentence) {
	a := r.roleBack(i, s)
	if a < 0 || a-1 <= s.First || r.words[a-1] != "and" {
		return
	}
	o, end := r.employerAfter(i+2, s, false)
	if o < 0 || notEmployer(r.words[i], r.d.Entities[o].Name) {
		return
	}
	// Back to the copula, with no person between it and "and".
	cop := -1
	for j := a - 2; j > s.First && j >= a-16; j-- {
		if copulas[r.words[j]] {
			cop = j
			break
		}
		if e := r.entityAt(j); e >= 0 && isPersonType(r.typeOf(e)) {
			// "X, brother of Y and a professor at": X is the subject.
			if h, at := r.kinAppositionHead(j, s); h >= 0 {
				r.add(h, doc.WorksFor, o, "", at, end, scoreGood, "and-role-at")
			}
			return // "the brother of Y and a professor at": Y is no subject
		}
		if r.words[j] == ";" || r.words[j] == "who" || r.words[j] == "which" {
			return
		}
	}
	if cop < 0 {
		return
	}
	p, at := r.copulaSubject(cop)
	if p < 0 {
		return
	}
	r.add(p, doc.WorksFor, o, "", at, end, scoreGood, "and-role-at")
}

// moreRoleAt: "X is an academician at the Linden Institute", "Y, a
// consultant at Harbor Partners" — a post the older role list leaves out,
// right after the copula or an apposition's comma.
func (r *run) moreRoleAt(i int, s doc.Sentence) {
	a := r.roleBack(i, s)
	if a < 0 || a-1 <= s.First {
		return
	}
	if r.words[i] == "fellow" && r.words[i+1] != "at" {
		return // "a fellow of": the fellowship pattern's
	}
	o, end := r.employerAfter(i+2, s, false)
	if o < 0 {
		return
	}
	var p, at int
	switch w := r.words[a-1]; {
	case copulas[w] || w == "became" || w == "becomes":
		if p, at = r.copulaSubject(a - 1); p < 0 {
			return
		}
	case w == ",":
		p = r.entityAt(a - 2)
		if p < 0 || r.mentionEnd(a-2) != a-1 {
			return
		}
		at = r.mentionStart(a - 2)
	default:
		return
	}
	if r.typeOf(p) != doc.Person {
		return
	}
	r.add(p, doc.WorksFor, o, "", at, end, scoreGood, "role-at-org-more")
}

// positionWith: "In 1950 he accepted a post with the Westport Port
// Authority", "she took a job at Harbor Tools" — the
// employer of a position taken.
func (r *run) positionWith(i int, s doc.Sentence) {
	if i-2 < s.First || (r.words[i-1] != "a" && r.words[i-1] != "the" && r.words[i-1] != "his" && r.words[i-1] != "her") {
		return
	}
	switch r.words[i-2] {
	case "took", "take", "takes", "taking", "accepted", "accepts", "accepting", "got", "landed", "found", "held", "holds",
		"obtained", "secured", "offered":
	default:
		return
	}
	o, end := r.employerAfter(i+2, s, true)
	if o < 0 || r.sportsDoc() {
		return
	}
	if r.words[i-2] == "offered" {
		return // an offer is not taken yet
	}
	p, at := r.personBefore(i-2, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 8 {
		return
	}
	r.add(p, doc.WorksFor, o, "", at, end, scoreGood, "position-with")
}

// copulaSubject returns the person right before the copula at token cop,
// with its first token: a name, a pronoun the resolver linked, or a bare
// "He"/"She" in an article about a person, which is that person. Else -1.
func (r *run) copulaSubject(cop int) (int, int) {
	if cop-1 < 0 {
		return -1, -1
	}
	if p := r.entityAt(cop - 1); p >= 0 {
		if r.typeOf(p) != doc.Person {
			return -1, -1
		}
		return p, r.mentionStart(cop - 1)
	}
	if w := r.words[cop-1]; (w == "he" || w == "she") && r.topic.ent >= 0 && r.typeOf(r.topic.ent) == doc.Person {
		return r.topic.ent, cop - 1
	}
	return -1, -1
}

// legislatureNames name legislatures by their seat or their own name, whose
// "leader" leads a party's group there: "the Holyrood leader".
var legislatureNames = set("holyrood", "stormont", "westminster", "dáil", "dail", "knesset", "seanad", "storting", "riksdag",
	"sejm", "rada", "majlis", "cortes", "folketing", "eduskunta", "althing", "oireachtas")

// bandInstruments are what a musician plays in a band: "played bass in X".
var bandInstruments = set("bass", "guitar", "guitars", "drums", "keyboards", "keys", "piano", "saxophone", "violin",
	"trumpet", "percussion", "synthesizer", "synthesizers", "organ", "cello", "harmonica")

// playedInBand: "Tom Reed played bass in the Velvet Anchors", "she sang
// and played keyboards for X", "Sam Kerr was the drummer of X" — the
// player is a member of a band the document calls one (bandAt).
func (r *run) playedInBand(i int, s doc.Sentence) {
	k := i + 1
	switch w := r.words[i]; w {
	case "played", "plays", "playing", "drummed", "sang":
		for n := 0; n < 3 && k < s.Last && (bandInstruments[r.words[k]] || r.words[k] == "lead" || r.words[k] == "rhythm" ||
			r.words[k] == "and" || r.words[k] == "the"); n++ {
			k++
		}
		if w != "drummed" && w != "sang" && (k == i+1 || !bandInstruments[r.words[k-1]]) {
			return
		}
	case "was", "is", "became", "remained":
		if k+1 >= s.Last || (r.words[k] != "the" && r.words[k] != "a") {
			return
		}
		k++
		if r.words[k] == "lead" || r.words[k] == "founding" || r.words[k] == "original" {
			k++
		}
		if k >= s.Last || !bandRoles[r.words[k]] {
			return
		}
		k++
	default:
		return
	}
	if k+1 >= s.Last || (r.words[k] != "in" && r.words[k] != "for" && r.words[k] != "with" && r.words[k] != "of") {
		return
	}
	b, end := r.bandAt(k+1, s)
	if b < 0 {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || p == b || r.typeOf(p) != doc.Person || i-r.mentionEnd(at) > 2 {
		return
	}
	r.add(p, doc.MemberOf, b, "", at, end, scoreGood, "played-in-band")
}

// orgLeaderNoun: "Greenpeace leader Jan Kowal", "the Harbor Union's
// leader, Ada Lind" — the person leads the organisation named before the
// noun and is one of its members (of its party, for a party); a former
// leader led it once. A deputy or a would-be leader is not read.
func (r *run) orgLeaderNoun(i int, s doc.Sentence) {
	if i <= s.First || r.viceBefore(i) {
		return
	}
	k := i - 1
	if r.words[k] == "'s" || r.words[k] == "’s" {
		k--
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionEnd(k) != k+1 || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	at := r.mentionStart(k)
	if at > s.First {
		switch r.words[at-1] {
		case "interim", "acting", "future", "would-be", "deputy", "vice", "new", "a", "an", "another", "every", "each", "no":
			return
		}
	}
	if at > s.First && (r.words[at-1] == "'s" || r.words[at-1] == "’s" || r.entityAt(at-1) >= 0) {
		return // "the SNP's Holyrood leader": a leader in a body of another
	}
	former := r.formerBefore(at)
	pi := r.mentionAfter(i, s.Last)
	if pi < 0 || r.typeOf(r.entityAt(pi)) != doc.Person || r.d.Mentions[r.ment[pi]].Kind != doc.Name {
		return
	}
	p := r.entityAt(pi)
	name := r.d.Entities[o].Name
	if notMembership(name) || nameHas(name, legislatureNames) {
		return
	}
	end := r.mentionEnd(pi)
	r.ended(r.add(p, doc.Leads, o, "", at, end, scoreGood, "org-leader-noun"), former)
	r.add(p, memberPredicate(name), o, "", at, end, scoreGood, "org-leader-noun")
}

// andRolePerson: "Eskom chairman A and chief executive B", "the firm's
// founder A and its finance director B" — a second role and person
// joined to an organisation's first, at the same organisation.
func (r *run) andRolePerson(i int, s doc.Sentence) {
	pi := i + 1
	if pi >= s.Last || r.entityAt(pi) < 0 || r.typeOf(r.entityAt(pi)) != doc.Person || r.mentionStart(pi) != pi ||
		r.d.Mentions[r.ment[pi]].Kind != doc.Name {
		return
	}
	j := r.employRoleStart(i+1, s.First)
	if j <= s.First+2 || r.words[j-1] != "and" || r.viceBefore(i) {
		return
	}
	if r.words[j] == "its" || r.words[j] == "their" {
		j++
	}
	q := r.entityAt(j - 2)
	if q < 0 || r.typeOf(q) != doc.Person || r.mentionEnd(j-2) != j-1 {
		return
	}
	k := r.employRoleStart(r.mentionStart(j-2), s.First)
	if k == r.mentionStart(j-2) || k <= s.First {
		return
	}
	k--
	if r.words[k] == "'s" || r.words[k] == "’s" {
		k--
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionEnd(k) != k+1 || r.portfolioTitle(i, o) || partyName(r.d.Entities[o].Name) {
		return
	}
	p := r.entityAt(pi)
	at, end := r.mentionStart(k), r.mentionEnd(pi)
	former := r.formerBefore(at)
	if chairRoles[r.words[i]] {
		r.ended(r.add(o, doc.Chairperson, p, "", at, end, scoreGood, "and-role-person"), former)
	}
	r.ended(r.add(p, doc.WorksFor, o, "", at, end, scoreGood, "and-role-person"), former)
}

// employRoleStart returns the first token of the role words that end
// before token k: "chief executive", "managing director", "finance
// director" (a lower-case modifier before a role noun). It returns k when
// there is no role noun right before k.
func (r *run) employRoleStart(k, first int) int {
	if k-1 < first || !employRoles[r.words[k-1]] {
		return k
	}
	j := k - 1
	for n := 0; n < 2 && j-1 >= first && r.entityAt(j-1) < 0 && r.d.Tokens[j-1].Kind == doc.Word &&
		(employRoles[r.words[j-1]] || roleMods[r.words[j-1]] || r.words[j-1] == "finance" || r.words[j-1] == "executive" ||
			r.words[j-1] == "operating" || r.words[j-1] == "general"); n++ {
		j--
	}
	return j
}

// admittedNouns are the bodies one is admitted or elected to as a member:
// "admitted to the skiing club X", "elected to the Academy".
var admittedNouns = set("club", "society", "academy", "association", "fraternity", "sorority", "guild", "order",
	"brotherhood", "institute", "union", "league", "federation", "bureau", "politburo", "presidium")

// admittedTo: "Hal Moe was admitted to the skiing club Ull in 1898",
// "she was elected to the Harbor Academy of Letters", "inducted into the
// Order of X" — admission into a body with members, named after its class
// noun or with one in its name (not a hall of fame, a hospital or a
// legislature).
func (r *run) admittedTo(i int, s doc.Sentence) {
	k := i + 1
	if k+1 >= s.Last || (r.words[k] != "to" && r.words[k] != "into") {
		return
	}
	k++
	if r.words[k] == "the" {
		k++
	}
	classed := false
	for n := 0; n < 3 && k < s.Last && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && !capitalized(r.d.TokenText(k)); n++ {
		classed = classed || admittedNouns[r.words[k]]
		k++
	}
	if k >= s.Last {
		return
	}
	o := r.entityAt(k)
	if o < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name || r.inQ[k] {
		return
	}
	name := r.d.Entities[o].Name
	if notMembership(name) || strings.Contains(strings.ToLower(name), "hall") {
		return
	}
	if !classed && !(r.typeOf(o) == doc.Org && nameHas(name, admittedNouns)) {
		return
	}
	if t := r.typeOf(o); t != doc.Org && (!classed || len(r.d.Entities[o].Mentions) > 2) {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || p == o || r.typeOf(p) != doc.Person || i-r.mentionEnd(at) > 3 {
		return
	}
	if r.typeOf(o) != doc.Org {
		r.retype(o, doc.Org)
	}
	r.add(p, memberPredicate(name), o, "", at, r.mentionEnd(k), scoreGood, "admitted-to")
}

// memberStateOf: "Freedonia is a Harbor Union member state", "It is a
// member state of the Northern Council, and a member state of the Sea
// Pact", "Freedonia, an OTA member country," — a country (or the country
// the article defines) is a member of each body. "is not", "would
// become" and "wants to become" do not reach the pattern: only a copula
// right before the article does.
func (r *run) memberStateOf(i int, s doc.Sentence) {
	o, a, end := r.memberStatePhrase(i, s)
	if o < 0 {
		return
	}
	// Back over earlier items of a list of such phrases to the verb.
	for n := 0; n < 3; n++ {
		if a-1 <= s.First || (r.words[a-1] != "," && r.words[a-1] != "and") {
			break
		}
		b := a - 1
		if r.words[b] == "and" && b-1 > s.First && r.words[b-1] == "," {
			b--
		}
		prev := -1
		for k := b - 1; k > s.First && k >= b-8; k-- {
			if r.words[k] == "member" {
				prev = k
				break
			}
		}
		if prev < 0 {
			break
		}
		po, pa, pend := r.memberStatePhrase(prev, s)
		if po < 0 || pend != b {
			break
		}
		a = pa
	}
	if a-1 <= s.First {
		return
	}
	var subj, at int
	switch v := r.words[a-1]; v {
	case "is", "was", "became", "remains", "remained":
		subj = r.entityAt(a - 2)
		at = a - 2
		if subj < 0 && a-2 >= s.First && r.words[a-2] == "it" {
			subj = r.countryTopic() // "It is a member state of X" in an article about a country
		}
	case ",":
		subj = r.entityAt(a - 2)
		at = a - 2
		if subj >= 0 && r.mentionEnd(a-2) != a-1 {
			return
		}
	default:
		return
	}
	if subj < 0 || subj == o || r.typeOf(subj) != doc.GPE {
		return
	}
	if r.ment[at] >= 0 {
		at = r.mentionStart(at) // not "It", which no mention covers
	}
	r.add(subj, doc.MemberOf, o, "", at, end, scoreGood, "member-state-of")
}

// memberStatePhrase reads the phrase of "member" at token i: "a|an [full|
// founding] ORG member state" or "a|an [full|founding] member state|country
// of ORG". It returns the body, the article's token and the phrase's end,
// or -1s.
func (r *run) memberStatePhrase(i int, s doc.Sentence) (int, int, int) {
	if i+1 >= s.Last || (r.words[i+1] != "state" && r.words[i+1] != "country" && r.words[i+1] != "nation") {
		return -1, -1, -1
	}
	o, end, start := -1, -1, i
	if b := r.entityAt(i - 1); b >= 0 && r.typeOf(b) == doc.Org && r.mentionEnd(i-1) == i && r.bodyOfCountries(b) &&
		!partyName(r.d.Entities[b].Name) && !notMembership(r.d.Entities[b].Name) {
		o, end, start = b, i+2, r.mentionStart(i-1)
		if start > s.First && r.words[start-1] == "the" {
			return -1, -1, -1 // "the EU member state": which one is not said
		}
	} else if i+3 < s.Last && r.words[i+2] == "of" {
		k := i + 3
		if r.words[k] == "the" {
			k++
		}
		b := r.entityAt(k)
		if b < 0 || r.typeOf(b) != doc.Org || r.mentionStart(k) != k || notMembership(r.d.Entities[b].Name) {
			return -1, -1, -1
		}
		o, end = b, r.mentionEnd(k)
	} else {
		return -1, -1, -1
	}
	a := start - 1
	if a > s.First && (r.words[a] == "full" || r.words[a] == "founding" || r.words[a] == "associate") {
		a--
	}
	if a <= s.First || (r.words[a] != "a" && r.words[a] != "an") {
		return -1, -1, -1
	}
	return o, a, end
}

// memberRanks qualify a membership: "a corresponding member", "a full
// member".
var memberRanks = set("full", "corresponding", "foreign", "honorary", "founding", "life", "associate", "senior",
	"leading", "active", "permanent", "ordinary")

// electedMembersOf: "She was elected in 1972 an associate member and in
// 1985 a full member of the Harbor Academy", "Ada Lind is a founding
// member, and a trustee, of the Quiet Society" — a member of the body
// after "of", read over dates, ranks and a second role that the
// member-of pattern's window does not cross.
func (r *run) electedMembersOf(i int, s doc.Sentence) {
	k := i + 1
	if k < s.Last && r.words[k] == "," {
		// ", and a trustee ," before "of".
		if k+5 >= s.Last || r.words[k+1] != "and" || (r.words[k+2] != "a" && r.words[k+2] != "an") {
			return
		}
		k += 3
		for n := 0; n < 2 && k < s.Last && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && r.words[k] != ","; n++ {
			k++
		}
		if k+1 >= s.Last || r.words[k] != "," {
			return
		}
		k++
	}
	if k+1 >= s.Last || r.words[k] != "of" || (k == i+1 && !r.electedBefore(i, s)) {
		return
	}
	orgs := r.listAfter(k+1, s.Last, 3, doc.Org)
	if len(orgs) == 0 {
		return
	}
	// Back over "a [rank]", dates and a first "a [rank] member and" to a
	// copula or "elected".
	j := i - 1
	for n := 0; j > s.First && n < 14; n++ {
		w := r.words[j]
		if memberVerbs[w] || w == "elected" || w == "made" {
			break
		}
		if r.entityAt(j) >= 0 && r.d.Tokens[j].Kind != doc.Number {
			return
		}
		if !(w == "a" || w == "an" || w == "and" || w == "in" || w == "member" || memberRanks[w] || r.d.Tokens[j].Kind == doc.Number) {
			return
		}
		j--
	}
	p, at := r.personBefore(j, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || j-r.mentionEnd(at) > 2 {
		return
	}
	for _, o := range orgs {
		name := r.d.Entities[o.e].Name
		if notMembership(name) || r.seatAfter(o.end, s) {
			continue
		}
		r.add(p, memberPredicate(name), o.e, "", at, o.end, scoreGood, "elected-members-of")
	}
}

// electedBefore reports whether "elected" or "made" opens the words
// before the member noun at i, over a rank, an article, a date and a
// first "a [rank] member and": "chosen in 1971 an associate member
// and in 1985 a full member".
func (r *run) electedBefore(i int, s doc.Sentence) bool {
	for j := i - 1; j > s.First && j >= i-14; j-- {
		switch w := r.words[j]; {
		case w == "elected" || w == "made":
			return i-j > 4 // nearer ones are the member-of pattern's
		case w == "a" || w == "an" || w == "and" || w == "in" || w == "member" || memberRanks[w] || r.d.Tokens[j].Kind == doc.Number:
		default:
			return false
		}
	}
	return false
}

// recruitVerbs bring a new musician into a band.
var recruitVerbs = set("recruited", "recruiting", "recruit", "recruits", "added", "adding", "enlisted", "enlisting",
	"hired", "hiring")

// recruitedMembers: "The Pale Lanterns were formed by A and B, later
// recruiting singer C and drummer D", "the band added guitarist E" — a
// musician, named after a band role noun, whom a band (named before the
// verb, or "the band" of the article) takes in.
func (r *run) recruitedMembers(i int, s doc.Sentence) {
	b := -1
	for k := i - 1; k >= s.First && k >= i-30; k-- {
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Org && ((r.isTopic(e) && sameClass[r.topic.class] == "band") || r.bandish(e)) {
			b = e
			break
		}
		if k > s.First && r.words[k-1] == "the" && r.bandNoun(k) && (k+1 >= s.Last || r.entityAt(k+1) < 0) {
			b = r.docBand()
			break
		}
	}
	if b < 0 {
		return
	}
	k := i + 1
	if k < s.Last && (r.words[k] == "new" || r.words[k] == "the") {
		k++
	}
	var members []agent
	for k < s.Last && bandRoles[r.words[k]] {
		for k < s.Last && (bandRoles[r.words[k]] || r.words[k] == "lead") {
			k++
		}
		if k >= s.Last || r.mentionStart(k) != k {
			break
		}
		e := r.entityAt(k)
		if e < 0 || r.typeOf(e) != doc.Person || r.d.Mentions[r.ment[k]].Kind != doc.Name {
			break
		}
		members = append(members, agent{e: e, end: r.mentionEnd(k)})
		k = r.mentionEnd(k)
		if k < s.Last && r.words[k] == "," {
			k++
		}
		if k < s.Last && r.words[k] == "and" {
			k++
		}
	}
	for _, m := range members {
		if m.e != b {
			r.add(m.e, doc.MemberOf, b, "", i, m.end, scoreGood, "recruited-members")
		}
	}
}

// formedBandList: "Mia Cole, Tom Reed and Sam Kerr formed the Velvet
// Anchors in 1990" — each of the people listed right before the verb is a
// member of the band it names (one the article calls a band).
func (r *run) formedBandList(i int, s doc.Sentence) {
	list := r.listBefore(i, s.First)
	if len(list) == 0 {
		return
	}
	b, end := r.bandAt(i+1, s)
	if b < 0 {
		return
	}
	for _, m := range list {
		if m.e != b {
			r.add(m.e, doc.MemberOf, b, "", m.end, end, scoreGood, "formed-band-list")
		}
	}
}

// numberWords count the members of a body: "has five member states".
var numberWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"fifteen", "twenty")

// memberListVerbs introduce the members of a body: "NATO's members
// include", "members are".
var memberListVerbs = set("include", "includes", "included", "are", "were", ":")

// orgMembersInclude: "The Nordic Council's members include Finland and
// Norway", "The Sea Pact has five member states: Iceland, Norway and
// Denmark" — the countries listed are members of the body of countries.
func (r *run) orgMembersInclude(i int, s doc.Sentence) {
	if i+2 >= s.Last || (r.words[i] != "members" && r.words[i] != "states") {
		return
	}
	k := i - 1
	if r.words[i] == "states" {
		if k < s.First || r.words[k] != "member" {
			return
		}
		k--
	}
	if k < s.First {
		return // the list noun opens the sentence: no body named before it
	}
	if k > s.First && (r.d.Tokens[k].Kind == doc.Number || numberWords[r.words[k]]) {
		k-- // "has five member states"
		if k <= s.First || (r.words[k] != "has" && r.words[k] != "had" && r.words[k] != "have") {
			return
		}
		k--
	} else if k > s.First && (r.words[k] == "'s" || r.words[k] == "’s") {
		k--
	} else if o, _ := r.memberBody(i, s); o < 0 || r.words[i] != "members" {
		return // "NATO members include": the body right before
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionEnd(k) != k+1 || !r.bodyOfCountries(o) {
		return
	}
	if name := r.d.Entities[o].Name; partyName(name) || notMembership(name) || r.bandish(o) || r.teamName(name) {
		return
	}
	j := i + 1
	if !memberListVerbs[r.words[j]] {
		return
	}
	j++
	if j < s.Last && r.words[j] == "the" && r.entityAt(j) < 0 {
		j++
	}
	if j >= s.Last || r.mentionStart(j) != j {
		return
	}
	for _, c := range r.listAfter(j, s.Last, 0, doc.GPE) {
		r.add(c.e, doc.MemberOf, o, "", r.mentionStart(k), c.end, scoreGood, "org-members-include")
	}
}

// foundingClause: "Prior to founding Brightlane Capital, Tom Hale was a
// partner at X", "After co-founding Harbor Labs in 2001, Ada Lind moved"
// — the subject of the main clause founded the organisation of the
// fronted clause.
func (r *run) foundingClause(i int, s doc.Sentence) {
	if i > s.First {
		switch r.words[i-1] {
		case "before", "after", "to", "since", "upon", "on":
		default:
			return
		}
		if r.words[i-1] == "to" && (i-2 < s.First || r.words[i-2] != "prior") {
			return
		}
	}
	o, k := r.namedOrgAfter(i, s)
	if o < 0 {
		return
	}
	end := r.mentionEnd(k)
	p := r.subjectAfterClause(end, s)
	if p < 0 || p == o || r.typeOf(p) != doc.Person {
		return
	}
	a := i
	if a > s.First {
		a = i - 1
	}
	r.add(p, doc.Founded, o, "", a, end, scoreGood, "founding-clause")
}

// institutionHeads open the names of schools in the languages of
// encyclopedic text: "Colegio de San Marcos", "École normale".
var institutionHeads = set("colegio", "escuela", "instituto", "liceo", "école", "ecole", "collège", "lycée", "universidad",
	"università", "universität", "université", "universidade", "college", "university", "academy", "institute",
	"conservatory", "conservatorio", "gymnasium", "seminary")

// schoolRoles are posts held at a school: "a professor at X".
var schoolRoles = set("professor", "lecturer", "teacher", "instructor", "tutor", "rector", "dean", "director", "chaplain")

// mistypedSchool: "She taught as a lecturer at the Colegio de Santa Brigida" — a
// name that opens with a school's head noun, after a school post and
// "at", is an organisation even when the tagger saw a place or a person
// in it; it is retyped while the sentence begins, before the role
// patterns read it.
func (r *run) mistypedSchool(s doc.Sentence) {
	for i := s.First; i+2 < s.Last; i++ {
		if !r.has(i, tSchoolRoles) || r.words[i+1] != "at" {
			continue
		}
		k := i + 2
		if r.words[k] == "the" {
			k++
		}
		e := r.entityAt(k)
		if e < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
			continue
		}
		switch r.typeOf(e) {
		case doc.Loc, doc.GPE, doc.Person:
		default:
			continue
		}
		if fs := strings.Fields(strings.ToLower(r.d.Entities[e].Name)); len(fs) > 1 && institutionHeads[fs[0]] {
			r.retype(e, doc.Org)
		}
	}
}

// memberBodyWords are class nouns that a bad name may be made of alone.
var memberBodyWords = set("party", "band", "club", "association", "society", "academy", "league", "movement", "alliance",
	"federation", "coalition", "front", "orchestra", "group")

// foundersAreMembers: "Tom Hale co-founded the Northern Party in 2001",
// "Roxy Music were formed by A, B and C" — whoever the sentence says
// founded a party or a band is one of its members (a founder of a
// company, a charity or a coalition need not be). Run at the sentence's
// last token, over the founding claims made in it.
func (r *run) foundersAreMembers(s doc.Sentence) {
	si := r.d.SentenceAt(r.d.Tokens[s.First].Start)
	n := len(r.out)
	for ci := 0; ci < n; ci++ {
		c := r.out[ci]
		if c.Predicate != doc.Founded || c.Evidence.Sentence != si || c.Object < 0 || r.typeOf(c.Subject) != doc.Person ||
			r.typeOf(c.Object) != doc.Org {
			continue
		}
		o := c.Object
		name := r.d.Entities[o].Name
		body := partyName(name) || r.bandish(o) || (r.isTopic(o) && (r.topic.class == "party" || sameClass[r.topic.class] == "band"))
		if fs := strings.Fields(strings.ToLower(name)); len(fs) == 1 && memberBodyWords[fs[0]] {
			continue // "the Association": a class noun the tagger took for a name
		}
		if !body || notMembership(name) || r.teamName(name) || isLeague(name) {
			continue
		}
		a, b := r.d.TokenAt(c.Evidence.Start), r.d.TokenAt(c.Evidence.End-1)+1
		r.add(c.Subject, memberPredicate(name), o, "", a, b, c.Score, "founder-is-member")
	}
}

// andRoleOf: "Lena Moss is a Scottish engineer and former CEO of
// Clyde Ferries", "she is a lawyer and chief executive of X" — a second,
// bare role after "and" belongs to the subject of the copula before the
// first; a former one ended.
func (r *run) andRoleOf(i int, s doc.Sentence) {
	j := i - 1
	for n := 0; j > s.First && n < 3 && r.words[j] != "and"; n++ {
		w := r.words[j]
		if !(w == "former" || w == "then" || w == "chief" || w == "executive" || w == "general" || roleMods[w] || employRoles[w]) {
			return
		}
		j--
	}
	if j <= s.First || r.words[j] != "and" || r.viceBefore(i) {
		return
	}
	former := false
	for k := j + 1; k < i; k++ {
		former = former || r.words[k] == "former"
	}
	o, end := r.employerAfter(i+2, s, false)
	if o < 0 || notEmployer(r.words[i], r.d.Entities[o].Name) || partyName(r.d.Entities[o].Name) {
		return
	}
	cop := -1
	for k := j - 1; k > s.First && k >= j-16; k-- {
		if copulas[r.words[k]] {
			cop = k
			break
		}
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) != doc.NORP {
			return // "the brother of Y and CEO of": Y is no subject
		}
		if r.words[k] == ";" || r.words[k] == "," || r.words[k] == "who" || r.words[k] == "which" {
			return
		}
	}
	if cop < 0 {
		return
	}
	if w := r.words[cop+1]; w != "a" && w != "an" && w != "the" && w != "also" && w != "now" && w != "currently" {
		return // "is to become managing director and chairman": not yet
	}
	c := cop
	if c-1 > s.First && r.words[c-1] == ")" {
		// "X (born 1947) is": over the parenthesis to the name.
		for k := c - 2; k > s.First && k >= c-20; k-- {
			if r.words[k] == "(" {
				c = k
				break
			}
		}
	}
	p, at := r.copulaSubject(c)
	if p < 0 || r.typeOf(p) != doc.Person {
		return
	}
	r.ended(r.add(p, r.officerOf(r.words[i], o), o, "", at, end, scoreGood, "and-role-of"), former)
	if chairRoles[r.words[i]] {
		r.ended(r.add(o, doc.Chairperson, p, "", at, end, scoreGood, "and-role-of"), former)
	}
	if r.leadRole(i) {
		r.ended(r.add(p, doc.Leads, o, "", at, end, scoreGood, "and-role-of"), former)
	}
}

// memberAndRoleOf: "Ada Lind is a founding member, and a spokeswoman, of
// the Harbor Workers Party" — a role set off by commas between "member"
// and "of": the person before is a member of the organisation after.
func (r *run) memberAndRoleOf(i int, s doc.Sentence) {
	if i+4 >= s.Last || r.words[i+1] != "," || r.words[i+2] != "and" {
		return
	}
	k := i + 3
	for n := 0; k < s.Last && n < 5 && r.words[k] != ","; n++ {
		if r.entityAt(k) >= 0 || r.d.Tokens[k].Kind != doc.Word {
			return
		}
		k++
	}
	if k+2 >= s.Last || r.words[k] != "," || r.words[k+1] != "of" {
		return
	}
	orgs := r.listAfter(k+2, s.Last, 3, doc.Org)
	if len(orgs) == 0 {
		return
	}
	if j := i - 1; j > s.First {
		switch r.words[j] {
		case "faculty", "staff", "board", "council", "committee", "cabinet", "household", "family", "crew":
			return
		}
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at-r.parenLen(at, i) > 10 {
		return
	}
	for j := at; j < i; j++ {
		if r.words[j] == "by" || r.words[j] == "with" || r.words[j] == ";" {
			return
		}
	}
	for _, o := range orgs {
		name := r.d.Entities[o.e].Name
		if notMembership(name) || r.seatAfter(o.end, s) {
			continue
		}
		r.add(p, memberPredicate(name), o.e, "", at, o.end, scoreGood, "member-and-role-of")
	}
}

// personsOfUnnamedBand: "she toured with Paul Lang and Rob Bates of The
// Quiet Harbour" in an article about music — full names listed before
// "of" and an organisation whose name has no class word (no "Records",
// no "Company") are members of a band. Run by personsOfOrg.
func (r *run) personsOfUnnamedBand(i, o, end int, s doc.Sentence) {
	if _, ok := r.x.gaz.PlatformKind(r.d.Entities[o].Name); ok {
		return // a label or a broadcaster
	}
	for _, m := range r.listBefore(i, s.First) {
		if m.e == o || r.d.Mentions[r.ment[m.end]].Kind != doc.Name || !strings.Contains(r.d.Entities[m.e].Name, " ") {
			continue
		}
		if g, ok := r.x.gaz.GivenName(r.d.TokenText(m.end)); !ok || g.Count < 50 {
			continue // a person's name opens with a common given name
		}
		r.add(m.e, doc.MemberOf, o, "", m.end, end, scoreGood-0.1, "persons-of-unnamed-band")
	}
}

// wasInBand: "guitarist Ned Holt, who was in The Pale Lanterns at the
// time", "Ned Holt was in Velvet Hours" — a person in a band: one the
// document calls a band, or, in an article about music, an organisation
// whose name has no class word (no "Records", no "University").
func (r *run) wasInBand(i int, s doc.Sentence) {
	k := i + 1
	if k+1 >= s.Last || r.words[k] != "in" {
		return
	}
	at := i - 1
	if at > s.First+1 && r.words[at] == "who" && r.words[at-1] == "," {
		at -= 2
	}
	p := r.entityAt(at)
	if at < s.First || p < 0 || r.typeOf(p) != doc.Person || r.mentionEnd(at) != at+1 || r.d.Mentions[r.ment[at]].Kind != doc.Name {
		return
	}
	b, end := r.bandAt(k+1, s)
	if b < 0 && r.musicDoc() && !r.sportsDoc() {
		j := k + 1
		if r.words[j] == "the" && r.entityAt(j) < 0 {
			j++
		}
		o := r.entityAt(j)
		if o >= 0 && r.typeOf(o) == doc.Org && r.mentionStart(j) == j && r.d.Mentions[r.ment[j]].Kind == doc.Name && !r.inQ[j] {
			name := r.d.Entities[o].Name
			_, platform := r.x.gaz.PlatformKind(name)
			if !r.orgNamed(j, r.mentionEnd(j), o) && !isSchool(name) && !r.isOutlet(name) && !platform &&
				!notMembership(name) && !partyName(name) && !isLeague(name) && !r.teamName(name) {
				b, end = o, r.mentionEnd(j)
			}
		}
	}
	if b < 0 || b == p {
		return
	}
	if end < s.Last && (r.words[end] == "'s" || r.words[end] == "’s") {
		return // "was in X's studio"
	}
	r.add(p, doc.MemberOf, b, "", r.mentionStart(at), end, scoreGood, "was-in-band")
}

// polityNouns name what a country is within a union of countries.
var polityNouns = set("republic", "realm", "kingdom", "dominion", "state", "monarchy", "member")

// republicWithin: "Freedonia has been a republic within the Commonwealth
// since 1990", "Sylvania remains a realm within the Commonwealth" — a country
// that is a polity within a body of countries is its member.
func (r *run) republicWithin(i int, s doc.Sentence) {
	if i == s.First || i+4 >= s.Last {
		return
	}
	c := r.entityAt(i - 1)
	if c < 0 || (r.typeOf(c) != doc.GPE && r.typeOf(c) != doc.Loc) || r.mentionEnd(i-1) != i || r.d.Mentions[r.ment[i-1]].Kind != doc.Name {
		return // a place the tagger saw as a land is a country once it is a republic
	}
	k := i + 1
	if r.words[k] != "a" && r.words[k] != "an" {
		return
	}
	k++
	for n := 0; k < s.Last && n < 2 && !polityNouns[r.words[k]]; n++ {
		if r.entityAt(k) >= 0 || r.d.Tokens[k].Kind != doc.Word || listStop[r.words[k]] {
			return
		}
		k++ // "a sovereign republic", "a federal parliamentary republic"
	}
	if k+2 >= s.Last || !polityNouns[r.words[k]] || r.words[k+1] != "within" || r.words[k+2] != "the" {
		return
	}
	j := k + 3
	o := r.entityAt(j)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(j) != j || r.d.Mentions[r.ment[j]].Kind != doc.Name || !r.bodyOfCountries(o) {
		return
	}
	if name := r.d.Entities[o].Name; notMembership(name) || partyName(name) || r.teamName(name) || o == c {
		return
	}
	if r.typeOf(c) == doc.Loc {
		r.retype(c, doc.GPE)
	}
	r.add(c, doc.MemberOf, o, "", r.mentionStart(i-1), r.mentionEnd(j), scoreGood, "republic-within")
}

// namedOrgAfter returns the organisation whose name, outside quotation
// marks, starts right after token i or after a "the" there ("of the X",
// "founding X"), with the token it starts at; -1 when there is none.
func (r *run) namedOrgAfter(i int, s doc.Sentence) (int, int) {
	k := i + 1
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name || r.inQ[k] {
		return -1, -1
	}
	return o, k
}

// namedPersonAfter returns the person whose name starts right after token
// i, or after a comma there ("X's founder, A"), with the token it starts
// at; -1 when there is none.
func (r *run) namedPersonAfter(i int, s doc.Sentence) (int, int) {
	j := i + 1
	if j < s.Last && r.words[j] == "," {
		j++
	}
	p := r.entityAt(j)
	if j >= s.Last || p < 0 || r.typeOf(p) != doc.Person || r.mentionStart(j) != j || r.d.Mentions[r.ment[j]].Kind != doc.Name {
		return -1, j
	}
	return p, j
}

// countryTopic returns the country an article is about: its topic when a
// country, else the one country named by name at least three times and
// more than twice as often as any other ("an outline of X"); else -1.
func (r *run) countryTopic() int {
	if t := r.topic.ent; t >= 0 {
		if r.typeOf(t) == doc.GPE {
			return t
		}
		return -1
	}
	best, n1, n2 := -1, 0, 0
	for e := range r.d.Entities {
		if r.typeOf(e) != doc.GPE {
			continue
		}
		n := 0
		for _, mi := range r.d.Entities[e].Mentions {
			if r.d.Mentions[mi].Kind == doc.Name {
				n++
			}
		}
		if n > n1 {
			best, n1, n2 = e, n, n1
		} else if n > n2 {
			n2 = n
		}
	}
	if n1 < 3 || n1 <= 2*n2 {
		return -1
	}
	return best
}

// countryAccession: "Freedonia's accession to the Trade Union", "problems
// with Kelvaria's admittance into the Sea Pact" — a country whose entry
// into a body of countries is spoken of is a member of it.
func (r *run) countryAccession(i int, s doc.Sentence) {
	if i-2 < s.First || i+2 >= s.Last || (r.words[i-1] != "'s" && r.words[i-1] != "’s") {
		return
	}
	k := i + 1
	switch r.words[k] {
	case "to", "into":
	case "of", "in":
		if r.words[i] != "membership" {
			return
		}
	default:
		return
	}
	k++
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name || !r.bodyOfCountries(o) {
		return
	}
	name := r.d.Entities[o].Name
	if partyName(name) || notMembership(name) || r.teamName(name) {
		return
	}
	c := r.entityAt(i - 2)
	if c < 0 || r.typeOf(c) != doc.GPE || r.mentionEnd(i-2) != i-1 || r.d.Mentions[r.ment[i-2]].Kind != doc.Name {
		return
	}
	r.add(c, doc.MemberOf, o, "", r.mentionStart(i-2), r.mentionEnd(k), scoreGood, "country-accession")
}

// hisBand: "Gloria Vale released records with her band, the Night
// Owls", "Joe Reyes and his band Harbor Lights" — the person the
// possessive names is a member of the band named after it.
func (r *run) hisBand(i int, s doc.Sentence) {
	if i-1 < s.First || i+1 >= s.Last || (r.words[i-1] != "his" && r.words[i-1] != "her") || r.inQ[i] {
		return
	}
	p := r.entityAt(i - 1)
	if p < 0 || r.typeOf(p) != doc.Person || r.d.Mentions[r.ment[i-1]].Kind != doc.Pronoun {
		return
	}
	k := i + 1
	if r.words[k] == "," {
		k++
	}
	if k < s.Last && r.words[k] == "the" && r.entityAt(k) < 0 {
		k++
	}
	b := r.entityAt(k)
	if b < 0 || b == p || k >= s.Last || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name || r.inQ[k] {
		return
	}
	switch r.typeOf(b) {
	case doc.Org:
	case doc.Person, doc.Work:
		if len(r.d.Entities[b].Mentions) > 2 {
			return
		}
		r.retype(b, doc.Org)
	default:
		return
	}
	r.add(p, doc.MemberOf, b, "", i-1, r.mentionEnd(k), scoreGood, "his-band")
}

// kinAppositionHead reads "X, [the] brother of Y" back from the person Y
// whose mention covers token j, and returns X and its first token, or
// -1, -1. The apposition's noun is a kin noun.
func (r *run) kinAppositionHead(j int, s doc.Sentence) (int, int) {
	k := r.mentionStart(j) - 1
	if k <= s.First || r.words[k] != "of" {
		return -1, -1
	}
	k--
	if k <= s.First || !kinNouns[r.words[k]] {
		return -1, -1
	}
	k--
	for n := 0; n < 2 && k > s.First && (r.words[k] == "the" || r.words[k] == "younger" || r.words[k] == "elder" || r.words[k] == "older"); n++ {
		k--
	}
	if k <= s.First || r.words[k] != "," {
		return -1, -1
	}
	h := r.entityAt(k - 1)
	if h < 0 || r.typeOf(h) != doc.Person || r.mentionEnd(k-1) != k || r.d.Mentions[r.ment[k-1]].Kind != doc.Name {
		return -1, -1
	}
	return h, r.mentionStart(k - 1)
}

// ensembleNouns name a company of players whose listed persons are its
// members: the band nouns and the classes that read like them.
var ensembleNouns = set("band", "duo", "trio", "quartet", "quintet", "sextet", "outfit", "ensemble", "group", "supergroup",
	"collective", "combo")

// ensembleConsisting: "The Quiet Rooms is a Canadian noise ensemble formed
// in 1979 consisting of A, B and C", "X was a trio composed of A, B and C"
// — persons listed after a makeup verb are members of the organisation
// that opens the sentence as the subject of a copula and an ensemble noun.
func (r *run) ensembleConsisting(i int, s doc.Sentence) {
	k := i + 1
	switch r.words[i] {
	case "consisting", "composed":
		if k >= s.Last || r.words[k] != "of" {
			return
		}
		k++
	case "made":
		if k+1 >= s.Last || r.words[k] != "up" || r.words[k+1] != "of" {
			return
		}
		k += 2
	case "comprising":
	default:
		return
	}
	o, cop := r.ensembleSubject(i, s)
	if o < 0 {
		return
	}
	for _, m := range r.musicianList(k, s) {
		if m.e != o && r.d.Mentions[r.ment[m.end-1]].Kind == doc.Name {
			r.add(m.e, doc.MemberOf, o, "", cop, m.end, scoreGood, "ensemble-consisting")
		}
	}
}

// musicianList reads the people listed from token k, each after its
// roles: "A, B and C", "singer A, guitarist B and drummer C", "vocalist
// A and B, guitarists C and D".
func (r *run) musicianList(k int, s doc.Sentence) []agent {
	var members []agent
	for k < s.Last {
		for k < s.Last && musicianRoles[r.words[k]] {
			k++
		}
		l := r.listAfter(k, s.Last, 0, doc.Person)
		if len(l) == 0 {
			break
		}
		members = append(members, l...)
		k = l[len(l)-1].end
		if k < s.Last && r.words[k] == "," {
			k++
		}
		if k < s.Last && r.words[k] == "and" {
			k++
		}
		if k >= s.Last || !musicianRoles[r.words[k]] {
			break
		}
	}
	return members
}

// ensembleSubject returns the organisation named at the start of sentence
// s when a copula and "a"/"an" follow it and an ensemble noun comes within
// eight tokens before token i ("X is an American vocal group formed in
// 1962 …"), with the copula's token; else -1, -1.
func (r *run) ensembleSubject(i int, s doc.Sentence) (int, int) {
	j := s.First
	if r.words[j] == "the" && r.entityAt(j) < 0 {
		j++
	}
	o := r.entityAt(j)
	if o < 0 || r.mentionStart(j) != j || r.d.Mentions[r.ment[j]].Kind != doc.Name || r.typeOf(o) != doc.Org {
		return -1, -1
	}
	cop := r.mentionEnd(j)
	if cop+2 >= i || !copulas[r.words[cop]] || (r.words[cop+1] != "a" && r.words[cop+1] != "an") {
		return -1, -1
	}
	name := r.d.Entities[o].Name
	if notMembership(name) || partyName(name) || r.teamName(name) || isLeague(name) || isSchool(name) {
		return -1, -1
	}
	for k := i - 1; k > cop+1 && k >= i-8; k-- {
		if ensembleNouns[r.words[k]] {
			return o, cop
		}
		if r.words[k] == ";" || r.words[k] == "which" || r.words[k] == "who" || r.entityAt(k) >= 0 && r.typeOf(r.entityAt(k)) == doc.Org {
			return -1, -1
		}
	}
	return -1, -1
}
