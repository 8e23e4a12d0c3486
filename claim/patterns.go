package claim

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/mention"
)

// Verb forms, by predicate.
var (
	playVerbs    = set("plays", "played", "playing", "play", "portrays", "portrayed", "portraying", "portray", "voices", "voiced", "voice")
	asVerbs      = set("stars", "starred", "starring", "appears", "appeared", "returns", "returned", "co-stars", "cast", "debuts", "role")
	releaseVerbs = set("debuts", "debuted", "debut", "premieres", "premiered", "premiere", "streams", "streaming", "stream",
		"available", "arrives", "arrived", "launches", "launched", "airs", "aired", "drops", "dropped", "returns", "released", "lands", "landed",
		"published", "issued", "broadcast")
	foundVerbs     = set("founded", "started", "created", "established", "launched", "co-founded", "set", "formed")
	leadVerbs      = set("heads", "headed", "leads", "led", "runs", "ran", "chairs", "chaired", "directs")
	killNouns      = set("murder", "killing", "assassination", "execution", "death", "torture")
	educationVerbs = set("studied", "educated", "studying", "enrolled", "graduated", "graduating", "graduate", "attended",
		"attending", "attends", "degree", "diploma", "doctorate", "phd", "ph.d.", "bachelor", "alumnus", "alumna", "alumni",
		"ba", "ma", "master", "masters", "mba", "student")
	employRoles = set("agent", "agents", "officer", "inspector", "detective", "spokesman", "spokeswoman", "spokesperson",
		"economist", "analyst", "director", "editor", "reporter", "correspondent", "executive", "employee", "researcher",
		"lawyer", "official", "investigator", "engineer", "scientist", "professor", "manager", "chief", "captain",
		"commander", "coach", "minister", "secretary", "adviser", "advisor", "president", "ceo", "chairman", "chairwoman",
		"chairperson", "columnist", "curator", "lecturer", "dean", "chancellor", "rector", "treasurer", "anchor", "journalist",
		"boss", "head")
	// chairRoles preside over an organisation (P488).
	chairRoles     = set("chairman", "chairwoman", "chairperson")
	inUniverseCues = [][]string{{"is", "seen"}, {"are", "seen"}, {"was", "seen"}, {"in", "the", "series"}, {"in", "the", "show"},
		{"on", "the", "show"}, {"in", "the", "film"}, {"in", "the", "movie"}, {"in", "the", "episode"}, {"on", "screen"}}
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// sentence runs every pattern over sentence si.
func (r *run) sentence(si int) {
	s := r.d.Sentences[si]
	first, last := s.First, s.Last
	for i := first; i < last; i++ {
		w := r.words[i]
		switch {
		case w == "(":
			r.castParens(i, first, last)
			r.partyParens(i, s)
			r.yearOfWork(i, s)
		case w == "by" || w == "to" || w == "from":
			r.byClause(i, s)
		case (w == "star" || w == "actor" || w == "actress" || w == "presenter" || w == "host") && i > first:
			r.workStar(i, s)
		case r.has(i, tSportRoles) && i > first:
			r.teamRole(i, s)
		case w == "starring" || w == "co-starring" || w == "stars" || w == "starred" || w == "co-stars":
			r.starring(i, s)
			r.starredIn(i, s)
		case w == "appeared" || w == "appears" || w == "acted" || w == "roles" || w == "role" || w == "co-starred" || w == "debut":
			r.starredIn(i, s)
		case w == "cast" || w == "protagonists" || w == "protagonist":
			r.castList(i, s)
		case w == "consists" || w == "consisted" || w == "comprises" || w == "comprised":
			r.bandMembers(i, s)
		case w == "elected" || w == "ran" || w == "re-elected" || w == "reelected":
			r.electedAs(i, s)
		case w == "existed" || w == "active" || w == "operated":
			r.activeFrom(i, s)
		case r.has(i, tFoundingNouns):
			r.founding(i, s)
		case w == "'s" || w == "’s" || w == "her" || w == "his" || w == "their" || w == "whose" || w == "'":
			r.possessiveWork(i, s)
			if w != "her" && w != "his" && w != "their" && w != "whose" {
				r.orgsPerson(i, s)
			}
		case r.has(i, tPlayVerbs):
			r.plays(i, first, last)
		case w == "as" && i > first:
			r.playsAs(i, first, last)
		case w == "character" || w == "characters":
			r.hisCharacter(i, first, last)
			r.characterIn(i, s)
		case w == "real-life" || (w == "real" && i+2 < last && r.words[i+1] == "-" && r.words[i+2] == "life"):
			r.realLife(i, first, last)
		case w == "based" && i+1 < last && r.words[i+1] == "on":
			r.basedOn(i, first, last)
		case (w == "interview" && i+1 < last && r.words[i+1] == "with") || (w == "speaking" && i+1 < last && r.words[i+1] == "to"):
			r.interview(i, s)
		case w == "told" || w == "tells":
			r.told(i, s)
		case w == "arrested" || w == "arrest":
			r.arrested(i, s)
		case w == "works" || w == "worked" || w == "working" || w == "work":
			if i+1 < last && r.words[i+1] == "for" {
				r.worksFor(i, first, last)
			}
		case r.has(i, tBandRoles) || (w == "member" && i+1 < last && r.words[i+1] != "of"):
			r.bandRole(i, s)
		case r.has(i, tPartyRoles):
			r.partyOf(i, s)
			if r.has(i, tEmployRoles) {
				r.roleOf(i, first, last)
			}
		case r.has(i, tEmployRoles):
			r.roleOf(i, first, last)
		case r.has(i, tFoundVerbs) || r.has(i, tFoundingVerbs):
			if r.has(i, tFoundVerbs) {
				r.founded(i, s)
			}
			if r.has(i, tFoundingVerbs) {
				r.founding(i, s)
			}
		case w == "founder" || w == "co-founder":
			if i+1 < last && r.words[i+1] == "of" {
				if o, end := r.orgAfter(i+2, last, 3, doc.Org); o >= 0 {
					if p, at := r.personBefore(i, first); p >= 0 && i-at <= 6 {
						r.add(p, doc.Founded, o, "", at, end, scoreGood, "founder-of")
					}
				}
			}
		case r.has(i, tLeadVerbs):
			r.leads(i, first, last)
		case w == "ordered" || w == "ordering" || w == "orders" || w == "order":
			r.orderedKilling(i, first, last)
		case w == "killed" || w == "murdered" || w == "shot" || w == "assassinated":
			r.killed(i, first, last)
		case w == "member" && i+1 < last && r.words[i+1] == "of":
			r.memberOf(i, s)
		case w == "joined" || w == "joining" || w == "joins":
			if o, end := r.orgAfter(i+1, last, 3, doc.Org); o >= 0 && (r.membershipOrg(o) || r.sportsDoc()) {
				if p, at := r.personBefore(i, first); p >= 0 && isPersonType(r.typeOf(p)) {
					r.add(p, memberPredicate(r.d.Entities[o].Name), o, "", at, end, scoreGood-0.1, "joined")
				}
			}
		case r.has(i, tTeamVerbs):
			r.playedFor(i, s)
		case r.has(i, tEducationVerbs):
			r.educated(i, s)
		case w == "son" || w == "daughter" || w == "child" || w == "children" || w == "born" || w == "parents":
			r.parents(i, s)
		case w == "marries" || w == "marry" || w == "wed" || w == "weds" || w == "wedded":
			r.marries(i, s)
		case w == "married" || w == "marriage" || w == "wife" || w == "husband":
			r.spouse(i, first, last)
		}
		if r.has(i, tReleaseVerbs) {
			r.release(i, s)
		}
		if r.has(i, tMakeVerbs) {
			r.madeIn(i, s)
		}
		if r.has(i, tBandNouns) {
			r.ofBand(i, s)
		}
		r.fiction(i, s)
		r.orgs(i, s)
		r.screen(i, s)
		r.music(i, s)
		r.dates(i, s)
		if r.d.Tokens[i].Kind == doc.Number {
			r.yearOfWork(i, s)
		}
		if r.ment[i] >= 0 && (i == first || r.ment[i-1] != r.ment[i]) {
			r.networkWork(i, s)
		}
	}
}

// castParens: "Kiki Camarena (Michael Peña)" — the actor in parentheses
// plays the character named before them.
func (r *run) castParens(i, first, last int) {
	if i == first || i+2 >= last+1 || r.inQ[i] {
		return // inside quotation marks it is a title: "I Wonder (Departure)"
	}
	ch := r.entityAt(i - 1)
	if ch < 0 || !isPersonType(r.typeOf(ch)) {
		return
	}
	actor := r.entityAt(i + 1)
	if actor < 0 || r.typeOf(actor) != doc.Person || r.mentionStart(i+1) != i+1 {
		return
	}
	end := r.mentionEnd(i + 1)
	if end >= len(r.words) || r.words[end] != ")" {
		return
	}
	// "Player (Club)" line-ups and "Actor (Film)" award lists look the
	// same: an actor in parentheses is read only in a document that talks
	// about roles, and not about sport.
	if r.sportsDoc() || !r.actingDoc() || r.awardSentence(first, last) || r.parensHoldWork(first, last) {
		return
	}
	// Capitals throughout are a list of titles and makers: "GAME
	// (PUBLISHER)".
	if allCaps(r.d.Entities[ch].Name) || allCaps(r.d.Entities[actor].Name) {
		return
	}
	r.add(actor, doc.Plays, ch, "", r.mentionStart(i-1), end+1, scoreStrong, "character-(actor)")
}

// allCaps reports whether name has letters and no lower-case one.
func allCaps(name string) bool {
	letters := false
	for _, c := range name {
		if unicode.IsLower(c) {
			return false
		}
		letters = letters || unicode.IsLetter(c)
	}
	return letters
}

// actingWords show that a document talks about roles.
var actingWords = set("plays", "played", "playing", "portrays", "portrayed", "character", "characters", "role", "roles",
	"cast")

// screenWords show that a document talks about a film or a series.
var screenWords = set("series", "season", "episode", "episodes", "film", "movie", "drama", "show", "sitcom", "miniseries")

// actingDoc reports whether the document talks about roles: an acting
// word and three acting or screen words in all.
func (r *run) actingDoc() bool {
	if r.acting == 0 {
		r.acting = -1
		n, a := 0, 0
		for i := range r.words {
			if r.has(i, tActingWords) {
				a++
				n++
			} else if r.has(i, tScreenWords) {
				n++
			}
		}
		if a >= 1 && n >= 3 {
			r.acting = 1
		}
	}
	return r.acting > 0
}

// awardWords mark a sentence listing nominees or winners, whose
// parentheses name works or teams, not actors.
var awardWords = set("nominated", "nominees", "nominee", "nomination", "nominations", "award", "awards", "prize", "won",
	"winners", "winner", "best", "shortlist", "shortlisted", "competition", "contenders", "contender", "rivals", "nods")

// awardSentence reports whether tokens [first, last) hold an award word.
func (r *run) awardSentence(first, last int) bool {
	for k := first; k < last; k++ {
		if r.has(k, tAwardWords) {
			return true
		}
	}
	return false
}

// plays: "Ruth Kimani plays Ada Mwangi", "Owen Pryce portrays Silas Crane".
func (r *run) plays(i, first, last int) {
	if r.playsPairs(i, first, last) {
		return
	}
	if w := r.words[i]; w == "play" || w == "portray" || w == "voice" {
		// The base form is a verb only right after its subject: "A and B
		// play", not "the play" or "his voice".
		if e := r.entityAt(i - 1); i == first || e < 0 || r.typeOf(e) != doc.Person {
			return
		}
	}
	if r.sportsDoc() || (i+1 < last && (r.words[i+1] == "down" || r.words[i+1] == "up" || r.words[i+1] == "out")) {
		return // "played down fears", a match
	}
	if r.words[i] == "playing" && i+1 < last && r.words[i+1] == "of" {
		return // "the relaxed playing of X": a noun, X the musician
	}
	if i+1 < last && r.words[i+1] == "by" {
		// "Moe, played by Anders Vik": the character comes first.
		ch, at := r.personBefore(i, first)
		actor, end := r.personAfter(i+2, last, 3)
		if ch >= 0 && actor >= 0 && i-at <= 4 && r.typeOf(actor) == doc.Person {
			r.add(actor, doc.Plays, ch, "", at, end, scoreStrong, "played-by")
		}
		return
	}
	actor, at := r.personBefore(i, first)
	if actor < 0 || i-at > 8 || r.afterArticle(at) || r.notPlaying(i, at, first, last) {
		return // "nominated for an Oscar for playing X": no actor
	}
	ch, end := r.personAfter(i+1, last, 4)
	if ch < 0 || (end < last && (r.words[end] == "'s" || r.words[end] == "’s" || r.possessiveMark(end))) {
		return // "plays Darin's wife": the possessor is not the role
	}
	if r.prepositionBetween(i+1, r.mentionStart(end-1)) {
		return // "plays polo with X", "voiced sympathy for X"
	}
	r.add(actor, doc.Plays, ch, "", at, end, scoreStrong, "actor-plays-character")
}

// playsAs: "Rafael Ortiz stars as Sheriff Tomás Vega", "Luna as Gallardo".
func (r *run) playsAs(i, first, last int) {
	ch, end := r.personAfter(i+1, last, 3)
	if ch < 0 || r.d.Mentions[r.ment[end-1]].Kind != doc.Name {
		return // "as he", "as the lawyer": no character named
	}
	if end < last && (r.words[end] == "'s" || r.words[end] == "’s" || (r.d.Tokens[end].Kind == doc.Word && !capitalized(r.d.TokenText(end)) && !listStop[r.words[end]] && !verbLike(r.words[end]))) {
		return // "as Oscar presenters", "as Billy's father"
	}
	if r.sportsDoc() {
		return
	}
	prev := r.words[i-1]
	var actor, at int
	switch {
	case asVerbs[prev]:
		actor, at = r.personBefore(i-1, first)
		if at >= 0 && i-at > 6 {
			return
		}
	case r.entityAt(i-1) >= 0:
		actor, at = r.entityAt(i-1), r.mentionStart(i-1)
		if r.typeOf(actor) != doc.Person {
			return
		}
	default:
		return
	}
	if actor < 0 {
		return
	}
	r.add(actor, doc.Plays, ch, "", at, end, scoreStrong, "actor-as-character")
}

// hisCharacter: "Luna said of his character, X", "Ortiz described his
// character, Tomás Vega, as …" — the sentence's subject plays X.
func (r *run) hisCharacter(i, first, last int) {
	if i == first {
		return
	}
	if p := r.words[i-1]; p != "his" && p != "her" && p != "their" {
		return
	}
	// The character: a person named after a comma, within a few words of
	// description ("real-life Mexican drug lord").
	k := i + 1
	if k < last && r.words[k] == "," {
		k++
	}
	ch, end := r.personAfter(k, last, 8)
	if ch < 0 || r.clauseBreak(k, r.mentionStart(end-1)) {
		return // "with no blemish on her character" but Y said …
	}
	actor, at := r.personBefore(i-1, first)
	if actor < 0 || actor == ch {
		return
	}
	r.add(actor, doc.Plays, ch, "", at, end, scoreGood, "his-character")
}

// realLife marks the person after "real-life" as real; the claims stage
// later splits a character of that name from the real person.
func (r *run) realLife(i, first, last int) {
	k := i + 1
	if r.words[i] == "real" {
		k = i + 3
	}
	p, _ := r.personAfter(k, last, 6)
	if p < 0 {
		return
	}
	if _, ok := r.real[p]; !ok {
		r.real[p] = i
	}
}

// basedOn: "Silas Crane is based on real-life mining baron Josiah Crane".
func (r *run) basedOn(i, first, last int) {
	ch, at := r.personBefore(i, first)
	if ch < 0 {
		return
	}
	// The character is the subject of "is based on", a few words before:
	// not "a film based on the book by X" nor "based on form shown".
	for j := r.mentionEnd(at); j < i; j++ {
		switch r.words[j] {
		case "is", "was", "are", "were", "be", "been", "'s", ",", "loosely", "partly", "largely", "reportedly", "also":
		default:
			return
		}
	}
	k := i + 2
	if k < last && (r.words[k] == "real-life" || r.words[k] == "the") {
		k++
	}
	p, end := r.personAfter(k, last, 6)
	if p < 0 || p == ch {
		return
	}
	if _, ok := r.real[p]; !ok {
		r.real[p] = i
	}
	if c := r.add(ch, doc.BasedOn, p, "", at, end, scoreStrong, "based-on"); c != nil {
		r.markCharacter(ch)
	}
}

// arrested: "X was arrested … in 1989", "X's arrest in 1989".
func (r *run) arrested(i int, s doc.Sentence) {
	if r.words[i] == "arrest" && i > s.First && arrestAgentWords[r.words[i-1]] {
		return // "officers plan to arrest the pair": the subject does the arresting
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 {
		return
	}
	date, end := r.dateAfter(i, s)
	if date == "" {
		return
	}
	for k := i + 1; k < end && k < len(r.words); k++ {
		if r.words[k] == "until" || r.words[k] == "till" || r.words[k] == "act" {
			return // "under house arrest until May": the date ends it; "the Terrorism Act 2000" names a law
		}
	}
	c := r.add(p, doc.Arrested, -1, date, at, end+1, scoreGood, "arrested")
	if c == nil {
		return
	}
	for k := i + 1; k+1 < s.Last && k < i+8; k++ {
		if r.words[k] == "by" {
			if o, _ := r.orgAfter(k+1, s.Last, 3, doc.Org); o >= 0 {
				c.Qualifiers.By = o
			}
			break
		}
	}
}

// arrestAgentWords before the verb "arrest" make its subject the one who
// arrests: "to arrest", "will arrest", "could arrest".
var arrestAgentWords = set("to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "not", "cannot")

// worksFor: "X works for ORG", "who worked for ORG", "started working for
// Y" (Y may be a person: a boss).
func (r *run) worksFor(i, first, last int) {
	p, at := r.personBefore(i, first)
	if p < 0 {
		return
	}
	o, end := r.orgAfter(i+2, last, 3, doc.Org, doc.Person, doc.Character)
	if o < 0 || o == p {
		return
	}
	r.add(p, doc.WorksFor, o, "", at, end, scoreStrong, "works-for")
}

// roleOf: "DEA agent Kiki Camarena", "Customs Agency inspector Karl Moe"
// (an organisation before a role noun before a person), and "Tomas Berg, a
// spokesman for ORG", "Elena Rossi, an economist at ORG".
func (r *run) roleOf(i, first, last int) {
	if r.inQ[i] {
		return
	}
	// ORG [’s] [modifiers] role [,] Person: "Eskom chairperson X", "the
	// paper's technology columnist X", "US Airways' CEO, X".
	k := i - 1
	for n := 0; n < 2 && k > first && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && !listStop[r.words[k]] &&
		(!verbLike(r.words[k]) || roleMods[r.words[k]]); n++ {
		k-- // "Nintendo's Managing Director X" (roleMods in orgs.go)
	}
	if k >= first && (r.words[k] == "'s" || r.words[k] == "’s" || r.words[k] == "'") {
		k--
	}
	if k >= first {
		if o := r.entityAt(k); o >= 0 && r.typeOf(o) == doc.Org && !r.portfolioTitle(i, o) {
			if pi := r.mentionAfter(i, last); pi >= 0 && isPersonType(r.typeOf(r.entityAt(pi))) {
				p := r.entityAt(pi)
				pred := doc.WorksFor
				if partyName(r.d.Entities[o].Name) {
					pred = doc.MemberOfParty // "Labour Party leader X", "Labour spokesman X"
				}
				if r.mentionEnd(k) < i && r.words[r.mentionEnd(k)] == "committee" {
					return // "ODPM committee chairman X": a committee's seat, not the body's staff
				}
				former := r.formerBefore(r.mentionStart(k))
				// "deputy Conservative chairman X": the deputy word may come
				// before the organisation too.
				vice := r.viceBefore(i) || r.viceBefore(r.mentionStart(k))
				if chairRoles[r.words[i]] && !vice && (r.mentionEnd(k) >= i || r.words[r.mentionEnd(k)] != "committee") {
					r.ended(r.add(o, doc.Chairperson, p, "", r.mentionStart(k), r.mentionEnd(pi), scoreStrong, "org-chair-person"), former)
				}
				r.ended(r.add(p, pred, o, "", r.mentionStart(k), r.mentionEnd(pi), scoreStrong, "org-role-person"), former)
				if !vice && r.leadRole(i) && r.roleNextTo(k, i) && !(chairRoles[r.words[i]] && partyName(r.d.Entities[o].Name)) {
					r.ended(r.add(p, doc.Leads, o, "", r.mentionStart(k), r.mentionEnd(pi), scoreStrong, "org-leader-person"), former)
				}
				return
			}
		}
	}
	// Person, a role for/at/of ORG
	if i+2 < last && (r.words[i+1] == "for" || r.words[i+1] == "at" || r.words[i+1] == "of" || r.words[i+1] == "with") {
		o, end := r.orgAfter(i+2, last, 4, doc.Org)
		if o < 0 || r.d.Mentions[r.ment[end-1]].Kind != doc.Name {
			return // "head of the department": which one is not said
		}
		for j := i - 1; j >= first && j >= i-7; j-- {
			switch r.words[j] {
			case ",", "is", "was", "as":
			case "and":
				// "X is a Scottish engineer and former CEO of ORG":
				// the person the first sentence defines.
				if t := r.topic.ent; t >= 0 && r.topic.class == "" && r.typeOf(t) == doc.Person && first == r.d.Sentences[0].First && j > r.topic.cop {
					r.add(t, doc.WorksFor, o, "", r.topic.first, end, scoreGood, "topic-role-at-org")
				}
				return
			default:
				if e := r.entityAt(j); (e >= 0 && r.typeOf(e) != doc.NORP) || r.d.Tokens[j].Kind != doc.Word {
					return
				}
				continue
			}
			// "X, a curator at ORG", "X was a curator at ORG", "X served
			// as editor for ORG".
			p, at := -1, -1
			if r.words[j] == "," {
				if j > first {
					p, at = r.entityAt(j-1), r.mentionStart(j-1)
				}
			} else {
				q := j - 1
				if r.words[j] == "as" && q >= first && (r.words[q] == "served" || r.words[q] == "worked" || r.words[q] == "serves") {
					q--
				}
				if q >= first && (r.words[q] == "later" || r.words[q] == "also") {
					q--
				}
				if q > first && r.words[q] == "who" {
					q-- // "Edna Pryce, who was an archivist at ORG"
					if r.words[q] == "," {
						q--
					}
					if t := r.topic.ent; r.entityAt(q) < 0 && t >= 0 && r.topic.class == "person" && first == r.d.Sentences[0].First && q > r.topic.cop {
						p, at = t, r.topic.first // "X was an American journalist who served as editor for ORG"
					}
				}
				if q >= first && r.entityAt(q) >= 0 {
					p, at = r.entityAt(q), r.mentionStart(q)
				}
			}
			if name := r.d.Entities[o].Name; r.words[j] != "," && (notMembership(name) || isParty(name)) {
				return // "was chairman of the committee": a seat, not an employer
			}
			if notEmployer(r.words[i], r.d.Entities[o].Name) {
				return // "Minister of Fisheries", "chief of Clan X" (orgs.go)
			}
			if p >= 0 && isPersonType(r.typeOf(p)) {
				former := r.formerBefore(i)
				if chairRoles[r.words[i]] && !r.viceBefore(i) {
					r.ended(r.add(o, doc.Chairperson, p, "", at, end, scoreGood, "person-chair-of-org"), former)
				}
				r.ended(r.add(p, r.officerOf(r.words[i], o), o, "", at, end, scoreGood, "person-role-at-org"), former)
				if r.leadRole(i) && (r.words[i+1] == "of" || r.words[i+1] == "at") && r.orgRightAfter(i+2, o) && r.headsWhole(i, end) {
					r.ended(r.add(p, doc.Leads, o, "", at, end, scoreGood, "person-leader-of-org"), former)
				}
			}
			return
		}
	}
}

// founded: "X founded ORG (in 2001)", "who founded ORG", "the ORG he
// started".
func (r *run) founded(i int, s doc.Sentence) {
	first, last := s.First, s.Last
	if r.words[i] == "set" && (i+1 >= last || r.words[i+1] != "up") {
		return
	}
	if i+1 < last && r.words[i+1] == "by" {
		return // byClause and founding read "created by", "founded by"
	}
	k := i + 1
	if r.words[i] == "set" {
		k++
	}
	if k < last && (r.words[k] == "on" || r.words[k] == "in" || r.words[k] == "as" || r.words[k] == "at" || r.words[k] == "by" || r.words[k] == "since") {
		return // "launched on ORG" is not a founding; "set up by ORG" is passive
	}
	if i > first && (r.words[i-1] == "been" || r.words[i-1] == "was" || r.words[i-1] == "were" || r.words[i-1] == "being") {
		return // "bodies had been set up since": a passive, its object no organisation
	}
	// ORG [that|which] PERSON started
	if i-1 >= first {
		if p := r.entityAt(i - 1); p >= 0 && isPersonType(r.typeOf(p)) {
			j := r.mentionStart(i - 1)
			if j-1 >= first && (r.words[j-1] == "that" || r.words[j-1] == "which") {
				j--
			}
			if j-1 >= first {
				if o := r.entityAt(j - 1); o >= 0 && r.typeOf(o) == doc.Org {
					r.add(p, doc.Founded, o, "", r.mentionStart(j-1), i+1, scoreGood, "org-person-founded")
					return
				}
			}
		}
	}
	// PERSON founded ORG
	o, end := r.orgAfter(k, last, 5, doc.Org)
	if o < 0 {
		return
	}
	for j := k; j < r.mentionStart(end-1); j++ {
		if r.words[j] == "of" {
			return // "formed a list of EU critics", "founded a branch of X"
		}
	}
	p, at := r.personBefore(i, first)
	if p < 0 || i-at > 12 {
		return
	}
	if r.words[i] == "started" || r.words[i] == "created" || r.words[i] == "launched" {
		// "started" a company is founding only with an organisation right
		// after, named as one: "created Spider-Man", "launched an attack
		// on X" are not foundings.
		if end-k > 4 || !r.orgNamed(k, end, o) {
			return
		}
	}
	r.add(p, doc.Founded, o, "", at, end, scoreStrong, "person-founded-org")
	if end < last && r.words[end] == "in" {
		if date, de := r.dateAfter(end, s); date != "" && de <= end+2 {
			r.add(o, doc.Inception, -1, date, at, de+1, scoreGood, "founded-in")
		}
	} else if at > first+1 && (r.words[first] == "in" || r.words[first] == "on") && r.words[at-1] == "," {
		// "In 1998, she founded X"
		if date, de := r.dateAfter(first, s); date != "" && de == at-2 {
			r.add(o, doc.Inception, -1, date, first, end, scoreGood, "in-date-founded")
		}
	}
}

// leads: "Operation X, headed up by agent Y", "Y heads ORG", "who heads
// ORG". An operation of an organisation ("the DEA's Operation X") led by
// someone implies they work for it.
func (r *run) leads(i, first, last int) {
	w := r.words[i]
	k := i + 1
	if k < last && r.words[k] == "up" {
		k++
	}
	if k < last && r.words[k] == "by" {
		// passive: TARGET [,] headed up by PERSON
		p, end := r.personAfter(k+1, last, 4)
		if p < 0 {
			return
		}
		j := i - 1
		if j >= first && r.words[j] == "," {
			j--
		}
		for j >= first && (r.words[j] == "is" || r.words[j] == "was" || r.words[j] == "being" || r.words[j] == "been") {
			j--
		}
		t := r.entityAt(j)
		if t < 0 && j >= first {
			t = r.nominal(j)
		}
		if t < 0 || (r.typeOf(t) != doc.Org && r.typeOf(t) != doc.Event) {
			return
		}
		ts := r.mentionStart(j)
		if r.ment[j] < 0 {
			ts = j - 1
		}
		r.add(p, doc.Leads, t, "", ts, end, scoreStrong, "headed-by")
		// The owner of the operation: "ORG's Operation X".
		if o := r.ownerOf(ts, first); o >= 0 {
			r.add(p, doc.WorksFor, o, "", ts-2, end, scoreInferred, "leads-operation-of")
		}
		return
	}
	if w == "led" || w == "headed" || w == "ran" || w == "chaired" {
		// Active past: "X led ORG" only with a person right before.
		if i == first || r.entityAt(i-1) < 0 {
			return
		}
	}
	if k < last && ledPreps[r.words[k]] {
		return // "a road that runs from X", "the course he runs at X": no organisation is run
	}
	if r.sportsDoc() {
		return // "headed Celtic into the lead", "led X to the cup"
	}
	o, end := r.orgAfter(i+1, last, 3, doc.Org, doc.Event)
	if o < 0 {
		return
	}
	if end < last && r.entityAt(end) < 0 && r.d.Tokens[end].Kind == doc.Word && !capitalized(r.d.TokenText(end)) &&
		!listStop[r.words[end]] && !verbLike(r.words[end]) && !r.verbAt(end) && !strings.HasSuffix(r.words[end], "ly") {
		return // "Usher leads Billboard nominations": the name modifies a noun
	}
	p, at := r.personBefore(i, first)
	if p < 0 || i-at > 10 {
		return
	}
	r.add(p, doc.Leads, o, "", at, end, scoreStrong, "person-heads-org")
}

// nominal resolves "the operation", "the agency" at token j to the last
// organisation or operation whose name has that word.
func (r *run) nominal(j int) int {
	if j < 1 || r.words[j-1] != "the" {
		return -1
	}
	w := r.words[j]
	best := -1
	for _, m := range r.d.Mentions {
		if m.Start >= r.d.Tokens[j].Start {
			break
		}
		if m.Entity < 0 || (m.Type != doc.Org && m.Type != doc.Event) {
			continue
		}
		for _, f := range strings.Fields(strings.ToLower(m.Text)) {
			if f == w {
				best = m.Entity
			}
		}
	}
	return best
}

// ownerOf finds "ORG's" right before the mention starting at token ts.
func (r *run) ownerOf(ts, first int) int {
	k := ts - 1
	if k >= first && r.words[k] == "the" {
		k--
	}
	if k-1 >= first && (r.words[k] == "'s" || r.words[k] == "’s") {
		if o := r.entityAt(k - 1); o >= 0 && r.typeOf(o) == doc.Org {
			return o
		}
	}
	return -1
}

// orderedKilling: "X … is shown ordering the abduction and murder of Y".
func (r *run) orderedKilling(i, first, last int) {
	k := i + 1
	if k < last && (r.words[k] == "the" || r.words[k] == "a") {
		k++
	}
	found := false
	for ; k < last && k < i+6; k++ {
		if killNouns[r.words[k]] {
			found = true
		}
		if r.words[k] == "of" {
			break
		}
	}
	if !found || k >= last || r.words[k] != "of" {
		return
	}
	victim, end := r.personAfter(k+1, last, 4)
	if victim < 0 {
		return
	}
	p, at := r.personBefore(i, first)
	if p < 0 {
		return
	}
	r.add(p, doc.OrderedKilling, victim, "", at, end, scoreGood, "ordered-killing")
}

// killed: "X killed Y", "Y was killed by X".
func (r *run) killed(i, first, last int) {
	if i+1 < last && r.words[i+1] == "by" {
		killer, end := r.personAfter(i+2, last, 3)
		victim, at := r.personBefore(i, first)
		if killer >= 0 && victim >= 0 {
			r.add(killer, doc.Killed, victim, "", at, end, scoreGood, "killed-by")
		}
		return
	}
	if i > first && (r.words[i-1] == "was" || r.words[i-1] == "were" || r.words[i-1] == "been") {
		return
	}
	victim, end := r.personAfter(i+1, last, 2)
	killer, at := r.personBefore(i, first)
	if killer >= 0 && victim >= 0 && i-at <= 6 {
		r.add(killer, doc.Killed, victim, "", at, end, scoreGood, "killed")
	}
}

// workBefore returns the work or season a clause ending at token i is
// about: a work mention, a season phrase, or "the series/film" (the
// document's main work).
func (r *run) workBefore(i, first int) (int, int) {
	for k := i - 1; k >= first; k-- {
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Work {
			return e, r.mentionStart(k)
		}
		if n := seasonAt(r.words, k); n > 0 && r.main >= 0 {
			return r.season(r.main, n, k), k
		}
		if r.words[k] == "season" && k > first && latestWords[r.words[k-1]] && r.main >= 0 {
			// "the new season": the latest season of the work named so far.
			if n := r.latestSeason(r.main); n > 0 {
				return r.season(r.main, n, k), k - 1
			}
		}
		if (r.words[k] == "series" || r.words[k] == "show" || r.words[k] == "film" || r.words[k] == "movie" || r.words[k] == "drama") && r.main >= 0 {
			if k > first && (r.words[k-1] == "the" || r.words[k-1] == "this") && !r.otherVersion(k+1) {
				return r.main, k - 1
			}
		}
	}
	return -1, -1
}

// seasonAt reads a season reference ending at token k: "season two",
// "the second season", "sophomore season", "new season" (0: unknown).
func seasonAt(words []string, k int) int {
	if words[k] == "season" && k+1 < len(words) {
		if n := mention.SeasonNumber(words[k+1]); n > 0 && !(k+2 < len(words) && words[k+2] == "of") {
			return n
		}
	}
	if words[k] == "season" && k > 0 {
		return mention.SeasonNumber(words[k-1])
	}
	return 0
}

// marriedAdjective are the words after which "married" is an adjective,
// not the verb: a determiner, a possessive or a preposition ("the married
// publisher", "his married life", "his love for married X").
var marriedAdjective = set("a", "an", "the", "his", "her", "their", "its", "for", "with", "of", "by", "about", "from", "on", "among")

// spouse: "X married Y", "X's wife Y", "his wife, Y".
func (r *run) spouse(i, first, last int) {
	if r.words[i] == "married" || r.words[i] == "marriage" {
		if i > first && r.words[i] == "married" && marriedAdjective[r.words[i-1]] {
			return // "the married publisher", "his love for married X": an adjective
		}
		if i > first && r.words[i] == "marriage" && (r.words[i-1] == "a" || r.words[i-1] == "an" || r.words[i-1] == "the") {
			return // "the marriage": whose, the possessive rules say
		}
		k := i + 1
		if k < last && r.words[k] == "to" {
			k++
		} else if r.words[i] == "marriage" {
			return
		}
		a, at := r.personBefore(i, first)
		if a < 0 || i-at > 8 || r.typeOf(a) != doc.Person {
			return
		}
		for k := at; k < i; k++ {
			if kinWords[r.words[k]] {
				return // "his daughter married Y"
			}
		}
		list := r.listAfter(k, last, 2, doc.Person)
		if len(list) == 0 {
			list = r.orgRolePerson(k, last) // in orgs.go
		}
		for _, b := range list { // "married French politician X"
			if q := b.end; q+1 < last && r.entityAt(q) < 0 && r.d.Tokens[q].Kind == doc.Word && !capitalized(r.d.TokenText(q)) &&
				!listStop[r.words[q]] && r.entityAt(q+1) >= 0 && r.typeOf(r.entityAt(q+1)) == doc.Person {
				b = agent{r.entityAt(q + 1), r.mentionEnd(q + 1)} // "to Radio One presenter X": X
			}
			r.add(a, doc.Spouse, b.e, "", at, b.end, scoreGood, "married")
		}
		return
	}
	k := i + 1
	if k < last && r.words[k] == "," {
		k++
	}
	b, end := r.personAfter(k, last, 2)
	if b < 0 || i == first {
		return
	}
	for j := i - 1; j >= first && j >= i-5; j-- {
		if w := r.words[j]; w == "plays" || w == "played" || w == "playing" || w == "as" || w == "portrays" {
			return // "plays Cheadle's wife": a role
		}
	}
	var a, at int = -1, -1
	q := i - 1
	if q > first && spouseMods[r.words[q]] {
		q-- // "his second wife", "her late husband"
	}
	if w := r.words[q]; (w == "'s" || w == "’s") && q > first {
		a, at = r.entityAt(q-1), r.mentionStart(q-1)
	} else if w == "his" || w == "her" {
		a, at = r.personBefore(q, first)
		if a >= 0 {
			a, at = r.appositionHead(a, at, first) // in orgs.go
		}
	}
	if mi := r.ment[end-1]; mi >= 0 && r.d.Mentions[mi].Kind != doc.Name {
		return // "his second wife and her family": a pronoun
	}
	for j := k; j < r.mentionStart(end-1); j++ {
		if listStop[r.words[j]] || r.words[j] == "when" {
			return // "upset her husband when Kilgore talked": another clause
		}
	}
	if a >= 0 && a != b && isPersonType(r.typeOf(a)) {
		r.add(a, doc.Spouse, b, "", at, end, scoreGood, "spouse-noun")
	}
}

// spouseMods are the words between a possessive and "wife" or "husband".
var spouseMods = set("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"thirteenth", "late", "former", "future", "new", "longtime", "long-time", "estranged", "beloved")

// marries: "X marries Y", "X wed Y" — a present or past wedding verb with
// a person on each side.
func (r *run) marries(i int, s doc.Sentence) {
	if r.inQ[i] {
		return
	}
	b, end := r.personAfter(i+1, s.Last, 3)
	if b < 0 {
		return
	}
	a := -1
	at := i - 1
	if at >= s.First {
		a = r.entityAt(at)
		if a >= 0 {
			at = r.mentionStart(at)
		}
	}
	if a < 0 || a == b || r.typeOf(a) != doc.Person || r.typeOf(b) != doc.Person {
		return
	}
	r.add(a, doc.Spouse, b, "", at, end, scoreGood, "marries")
}

// kinWords name relatives, whose marriage is not their kin's.
// parents: "the son of A and B", "born in X to A and his wife B" — a
// child's two parents, named together, are married. Both must be people
// named in full, with nothing between them but "and", role words, "his
// wife" or a parenthesis of dates.
func (r *run) parents(i int, s doc.Sentence) {
	k := i + 1
	if r.inQ[i] || k >= s.Last {
		return
	}
	switch r.words[k] {
	case "to": // "born in X to A and B"
		if r.words[i] != "born" {
			return
		}
	case "of": // "the son of A and B"
		if r.words[i] == "born" || r.words[i] == "parents" || i == s.First {
			return
		}
	case "are", "were": // "His parents are A and B"
		if r.words[i] != "parents" {
			return
		}
	default:
		return
	}
	a, end := r.personAfter(k+1, s.Last, 6)
	if a < 0 || r.typeOf(a) != doc.Person {
		return
	}
	j := end
	if j < s.Last && r.words[j] == "(" {
		for j < s.Last && j < end+12 && r.words[j] != ")" {
			j++
		}
		j++
	}
	if j < s.Last && r.words[j] == "," {
		j++
	}
	if j >= s.Last || r.words[j] != "and" {
		return
	}
	j++
	for n := 0; j < s.Last && n < 5; n++ {
		w := r.words[j]
		if w == "his" || w == "her" || w == "the" || w == "wife" || w == "husband" {
			j++ // "and his wife B"
			continue
		}
		if w == "and" && j+1 < s.Last && r.entityAt(j+1) < 0 && r.d.Tokens[j+1].Kind == doc.Word && !capitalized(r.d.TokenText(j+1)) &&
			!listStop[r.words[j+1]] && !kinWords[r.words[j+1]] {
			j++ // "and the singer and actor B"
			continue
		}
		if r.entityAt(j) >= 0 || kinWords[w] || listStop[w] || r.d.Tokens[j].Kind != doc.Word || capitalized(r.d.TokenText(j)) {
			break
		}
		j++
	}
	b := r.entityAt(j)
	if b < 0 || b == a || r.typeOf(b) != doc.Person || r.mentionStart(j) != j {
		return
	}
	if e := r.mentionEnd(j); e+1 < s.Last && r.words[e] == "," && r.d.Tokens[e+1].Kind == doc.Number {
		return // "son of X and Luke Tomlinson, 27,": a list of people, each with an age
	}
	if len(strings.Fields(r.d.Entities[a].Name)) < 2 && len(strings.Fields(r.d.Entities[b].Name)) < 2 {
		return
	}
	r.add(a, doc.Spouse, b, "", k+1, r.mentionEnd(j), scoreGood-0.1, "parents")
}

var kinWords = set("daughter", "son", "sister", "brother", "mother", "father", "niece", "nephew", "granddaughter",
	"grandson", "cousin", "aunt", "uncle", "children", "child", "widow", "widower", "parents")

// latestWords introduce the newest season: "the new season".
var latestWords = set("new", "latest", "upcoming", "coming", "current", "next")

// latestSeason returns the highest season number of work w found so far.
func (r *run) latestSeason(w int) int {
	n := 0
	for k := range r.seas {
		if k[0] == w && k[1] > n {
			n = k[1]
		}
	}
	return n
}

func memberPredicate(org string) doc.Predicate {
	if strings.Contains(strings.ToLower(org), "party") || partyName(org) {
		return doc.MemberOfParty
	}
	return doc.MemberOf
}

// teamVerbs take the team a player plays for: "playing for X", "signed
// for X", "loan spells with X".
var teamVerbs = set("played", "playing", "plays", "signed", "signing", "spell", "spells", "loaned", "loan", "transferred",
	"moved")

// sportsWords mark a document about sport, where joining or playing for an
// organisation is membership of a team.
var sportsWords = set("club", "clubs", "team", "teams", "league", "loan", "goals", "goal", "match",
	"matches", "division", "cup", "footballer", "midfielder", "defender", "striker", "forward", "goalkeeper",
	"quarterback", "pitcher", "playoffs", "championship", "coach", "squad", "caps")

// sportsDoc reports whether the document is about sport: three or more
// sports words.
func (r *run) sportsDoc() bool {
	if r.sports == 0 {
		r.sports = -1
		n := 0
		kinds := map[string]bool{}
		for i, w := range r.words {
			if r.has(i, tSportsWords) {
				n++
				kinds[w] = true
			}
		}
		if n >= 3 && len(kinds) >= 2 { // not one word said often: "the team" of a company
			r.sports = 1
		}
	}
	return r.sports > 0
}

// playedFor: "Ulrich moved to Red Bull Salzburg", "signed for X",
// "playing for the X", "after loan spells with A and B" — in a sports
// document, the player is a member of the team.
func (r *run) playedFor(i int, s doc.Sentence) {
	if r.inQ[i] || i+1 >= s.Last || !r.sportsDoc() {
		return
	}
	k := i + 1
	switch r.words[i] {
	case "played", "playing", "plays", "signed", "signing":
		if r.words[k] != "for" && r.words[k] != "with" {
			return
		}
	case "spell", "spells":
		if r.words[k] != "with" && r.words[k] != "at" {
			return
		}
	case "loaned", "loan", "transferred", "moved":
		if r.words[k] != "to" {
			return
		}
	}
	teams := r.listAfter(k+1, s.Last, 2, doc.Org)
	if len(teams) == 0 {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 {
		p, at = r.subjectAfterClause(teams[len(teams)-1].end, s), i
	}
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 15 {
		return
	}
	for _, t := range teams {
		name := r.d.Entities[t.e].Name
		if notMembership(name) || isParty(name) || isLeague(name) {
			continue
		}
		r.add(p, doc.MemberOf, t.e, "", at, t.end, scoreGood-0.1, "played-for")
	}
}

// isLeague reports whether name is a competition rather than a team.
func isLeague(name string) bool { return nameHas(name, leagueWords) }

// leagueWords name competitions.
var leagueWords = set("league", "liga", "division", "conference", "championship", "cup", "series", "tour", "bundesliga",
	"serie")

// subjectAfterClause returns the person that follows the comma closing a
// fronted clause ("After loan spells with X in 2008, he signed"), looking
// from token k, or -1.
func (r *run) subjectAfterClause(k int, s doc.Sentence) int {
	for j := k; j+1 < s.Last && j < k+8; j++ {
		if r.words[j] == "," {
			if e := r.entityAt(j + 1); e >= 0 && r.typeOf(e) == doc.Person {
				return e
			}
			return -1
		}
		if r.entityAt(j) >= 0 && r.typeOf(r.entityAt(j)) != doc.Date {
			return -1
		}
	}
	return -1
}

// formerBefore reports whether "former" or "ex-" comes within two tokens
// before token k: "former BBC chairman X", "the ex-Labour minister".
func (r *run) formerBefore(k int) bool {
	if k < len(r.words) && strings.HasPrefix(r.words[k], "ex-") {
		return true // "Ex-Labour MP X": the mention starts inside the word
	}
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		w := r.words[j]
		if w == "former" || w == "ex" || w == "ex-" || strings.HasPrefix(w, "ex-") || w == "then" || w == "late" {
			return true
		}
	}
	return false
}

// viceBefore reports whether a chair word at token i is a vice chair.
func (r *run) viceBefore(i int) bool {
	return i > 0 && (r.words[i-1] == "vice" || r.words[i-1] == "deputy" || strings.HasPrefix(r.words[i], "vice-"))
}

// ended marks claim c as over ("former …"): its end is in the past.
func (r *run) ended(c *doc.Claim, former bool) {
	if c != nil && former {
		c.Qualifiers.End = "PAST_REF"
	}
}

// orgClassWords are nouns that name an organisation.
var orgClassWords = set("company", "firm", "label", "charity", "group", "business", "agency", "foundation", "studio",
	"studios", "network", "channel", "magazine", "newspaper", "party", "organisation", "organization", "band", "club",
	"society", "institute", "school", "restaurant", "brand", "store", "shop", "bank", "fund", "startup", "publisher",
	"records", "inc", "ltd", "corp", "llc", "plc")

// orgNamed reports whether tokens [k, end) name organisation o as one: a
// class noun before it or in its name.
func (r *run) orgNamed(k, end, o int) bool {
	for j := k; j < end; j++ {
		if orgClassWords[strings.TrimSuffix(r.words[j], ".")] {
			return true
		}
	}
	for _, f := range strings.Fields(strings.ToLower(r.d.Entities[o].Name)) {
		if orgClassWords[strings.TrimSuffix(f, ".")] {
			return true
		}
	}
	return false
}

// orgsPerson: "Arsenal's Thierry Henry", "Coldplay's Chris Martin",
// "Yukos's Mikhail Khodorkovsky" — a person named right after an
// organisation's possessive belongs to it. The predicate follows what the
// organisation is: a party, a team (in a sports article), a band, or a
// named company or outlet; anything else says too little and is skipped.
func (r *run) orgsPerson(i int, s doc.Sentence) {
	if i == s.First || i+1 >= s.Last || r.inQ[i] {
		return
	}
	o := r.entityAt(i - 1)
	if o < 0 || r.typeOf(o) != doc.Org || r.d.Mentions[r.ment[i-1]].Kind != doc.Name {
		return
	}
	p := r.entityAt(i + 1)
	if p < 0 || r.typeOf(p) != doc.Person || r.mentionStart(i+1) != i+1 {
		return
	}
	end := r.mentionEnd(i + 1)
	if end-(i+1) < 2 || (end < s.Last && (r.words[end] == "'s" || r.words[end] == "’s")) {
		return
	}
	if _, ok := r.x.gaz.GivenName(r.d.TokenText(i + 1)); !ok {
		return // a full personal name, not a product or a song
	}
	name := r.d.Entities[o].Name
	var pred doc.Predicate
	switch {
	case partyName(name):
		pred = doc.MemberOfParty
	case r.sportsDoc() && !isLeague(name):
		pred = doc.MemberOf
	case r.bandish(o) || r.membershipOrg(o):
		pred = doc.MemberOf
	case r.orgNamed(i-1, i-1, o) || r.isOutlet(name):
		pred = doc.WorksFor
	default:
		return
	}
	r.add(p, pred, o, "", r.mentionStart(i-1), end, scoreGood, "org's-person")
}

// bandish reports whether organisation o is called a band somewhere in the
// document: "the band X", "X's new album".
func (r *run) bandish(o int) bool {
	for _, mi := range r.d.Entities[o].Mentions {
		k := r.d.TokenAt(r.d.Mentions[mi].Start)
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if bandNouns[r.words[j]] {
				return true
			}
		}
		e := r.d.TokenAt(r.d.Mentions[mi].End - 1)
		for j := e + 1; j < len(r.words) && j <= e+4; j++ {
			if r.words[j] == "album" || r.words[j] == "single" || r.words[j] == "band" || r.words[j] == "frontman" || r.words[j] == "singer" {
				return true
			}
		}
		// "X's singer said the band's new album …": the band named again
		// by its class noun in the same sentence.
		s := r.d.Sentences[r.sentenceOf(k)]
		for j := s.First + 1; j < s.Last; j++ {
			if r.words[j-1] == "the" && (r.words[j] == "band" || r.words[j] == "band's") {
				return true
			}
		}
	}
	return false
}

// isOutlet reports whether name is a news outlet or a broadcaster the
// gazetteer knows (not a streaming service or a record label).
func (r *run) isOutlet(name string) bool {
	k, ok := r.x.gaz.PlatformKind(name)
	return ok && (k == "news" || k == "broadcaster" || k == "network")
}

// workStar: "Scrubs star Zach Braff", "Holby City actress X" — a person
// named by a work's role noun is in its cast; for a presenter or a host,
// the programme is theirs all the same.
func (r *run) workStar(i int, s doc.Sentence) {
	b := i
	if b-1 > s.First && r.d.Tokens[b-1].Kind == doc.CloseQuote {
		b-- // "Cold Water" actor X
	}
	w := r.entityAt(b - 1)
	if w < 0 || r.typeOf(w) != doc.Work || r.mentionEnd(b-1) != b || r.inQ[i] {
		return
	}
	if r.sportsDoc() && r.words[i] == "star" && r.d.Tokens[r.mentionStart(b-1)].Kind != doc.OpenQuote {
		return // "Former All Black star X": in sport a star plays for a team
	}
	j := r.mentionAfter(i, s.Last)
	if j < 0 || r.typeOf(r.entityAt(j)) != doc.Person {
		return
	}
	p := r.entityAt(j)
	r.ended(r.add(p, doc.CastIn, w, "", r.mentionStart(b-1), r.mentionEnd(j), scoreGood, "work-star"), r.formerBefore(r.mentionStart(b-1)))
}

// sportRoles name a player's or a coach's place in a team.
var sportRoles = set("striker", "goalkeeper", "keeper", "midfielder", "defender", "winger", "forward", "prop", "lock",
	"flanker", "hooker", "fly-half", "scrum-half", "centre", "full-back", "wing", "captain", "skipper", "team-mate",
	"teammate", "coach", "manager", "boss", "player", "quarterback", "pitcher", "batsman", "bowler")

// teamRole: "Chelsea striker X", "Wigan boss X" — in a sports article, a
// player named by a team and a role is a member of the team; a coach or a
// manager works for it.
func (r *run) teamRole(i int, s doc.Sentence) {
	if !r.sportsDoc() || r.inQ[i] {
		return
	}
	k := i - 1
	if k > s.First && (r.words[k] == "'s" || r.words[k] == "’s") {
		k--
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionEnd(k) != k+1 || isLeague(r.d.Entities[o].Name) {
		return
	}
	j := r.mentionAfter(i, s.Last)
	if j < 0 || r.typeOf(r.entityAt(j)) != doc.Person {
		return
	}
	p := r.entityAt(j)
	pred := doc.MemberOf
	switch r.words[i] {
	case "coach", "manager", "boss":
		pred = doc.WorksFor
	}
	r.ended(r.add(p, pred, o, "", r.mentionStart(k), r.mentionEnd(j), scoreGood, "team-role-person"), r.formerBefore(r.mentionStart(k)))
}

// interview: "X said in an interview with the BBC", "Speaking to Reuters,
// X said" — a person spoke to a news outlet the gazetteer knows.
func (r *run) interview(i int, s doc.Sentence) {
	if r.inQ[i] {
		return
	}
	o, end := r.orgAfter(i+2, s.Last, 3, doc.Org)
	if o < 0 || !r.isOutlet(r.d.Entities[o].Name) {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || i-at > 12 {
		p, at = r.subjectAfterClause(end, s), i
	}
	if p < 0 || r.typeOf(p) != doc.Person {
		return
	}
	r.add(p, doc.SpokeTo, o, "", min(at, i), max(end, i+2), scoreGood, "interview-with")
}

// told: "X told Reuters", "X told the BBC News website" — the person gave
// that outlet a statement. Only "the" may stand between: "told fellow ORG
// board members", "told a Labour gathering" address people, not an
// outlet; and an audience (a party, a legislature, a committee, "MPs") or
// a bare medium word ("Radio", "US TV") is no outlet either. After a
// medium word the outlet may follow its class noun: "told US TV network
// ORG".
func (r *run) told(i int, s doc.Sentence) {
	k := i + 1
	if k+1 < s.Last && r.words[k] == "the" && r.entityAt(k) < 0 {
		k++ // "told the BBC"; "told The Times" is one name
	}
	if k >= s.Last {
		return
	}
	e := r.entityAt(k)
	if e < 0 || r.mentionStart(k) != k || r.typeOf(e) != doc.Org {
		return
	}
	end := r.mentionEnd(k)
	if name := r.d.Entities[e].Name; genericMedium(name) {
		e = -1
		if end+1 < s.Last && mediumClassNouns[r.words[end]] {
			if o := r.entityAt(end + 1); o >= 0 && r.mentionStart(end+1) == end+1 && r.typeOf(o) == doc.Org &&
				!genericMedium(r.d.Entities[o].Name) {
				e, end = o, r.mentionEnd(end+1)
			}
		}
		if e < 0 {
			return
		}
	}
	if audienceName(r.d.Entities[e].Name) {
		return
	}
	if p, at := r.personBefore(i, s.First); p >= 0 && r.typeOf(p) == doc.Person {
		r.add(p, doc.SpokeTo, e, "", at, end, scoreStrong, "told")
	}
}

// mediumClassNouns name the kind of outlet before its name: "US TV
// network ORG", "the radio station ORG".
var mediumClassNouns = set("network", "channel", "station", "newspaper", "paper", "magazine", "agency")

// audienceWords end the names of bodies a speaker addresses rather than
// outlets that report: "told MPs", "told the Treasury Select Committee".
var audienceWords = set("mps", "msps", "meps", "peers", "delegates", "members", "supporters", "activists", "councillors")

// audienceName reports whether an organisation named as what someone
// "told" is an audience, not an outlet: a party, a legislature, a
// committee or council, or people named by their seat ("MPs").
func audienceName(name string) bool {
	fs := strings.Fields(strings.ToLower(name))
	if len(fs) == 0 {
		return true
	}
	return partyName(name) || notMembership(name) || audienceWords[fs[len(fs)-1]]
}

// leadRoles head an organisation: "Tory leader X", "X, chief executive of
// ORG" — the person leads it (P488).
var leadRoles = set("leader", "chairman", "chairwoman", "chairperson", "ceo", "president", "head", "chief", "boss")

// leadRole reports whether the role noun at token i heads its
// organisation: a lead role, or "chief executive", and no vice or deputy.
func (r *run) leadRole(i int) bool {
	if r.viceBefore(i) {
		return false
	}
	return leadRoles[r.words[i]] || (r.words[i] == "executive" && i > 0 && r.words[i-1] == "chief")
}

// leadLeft are the words that may stand right before a lead role noun
// ("X, the former head of ORG", "Y as chief executive of ORG") without
// narrowing what it heads: not "regulatory head of ORG" nor "European
// boss of ORG".
var leadLeft = set(",", "the", "a", "an", "former", "now", "then", "new", "current", "outgoing", "incoming", "acting",
	"interim", "as", "is", "was", "are", "were", "be", "been", "became", "becomes", "also", "later", "its", "executive",
	"founding", "overall", "global", "worldwide", "appointed", "named", "elected", "made", "promoted", "to", "remains",
	"remained", "serves", "served", "longtime", "long-time")

// subUnitNouns, after an organisation's name, make it a modifier of
// another body: "head of ORG firm Y", "boss of ORG unit Z".
var subUnitNouns = set("firm", "company", "unit", "division", "arm", "subsidiary", "branch", "department", "section",
	"team", "wing", "operation", "operations")

// headsWhole reports whether the lead role noun at token i, whose
// organisation's mention ends at token end ("head of ORG"), heads the
// whole organisation: not a part of it ("head of ORG's legal unit",
// "head of ORG in Europe"), nor a narrower office ("regulatory head of
// ORG").
func (r *run) headsWhole(i, end int) bool {
	j := i - 1
	if r.words[i] == "executive" && j > 0 && r.words[j] == "chief" {
		j--
	}
	if j >= 0 && !leadLeft[r.words[j]] {
		return false
	}
	if end >= len(r.words) {
		return true
	}
	switch w := r.words[end]; {
	case w == "'s" || w == "’s" || w == "'" || subUnitNouns[w]:
		return false
	case w == "in" && end+1 < len(r.words):
		if e := r.entityAt(end + 1); e >= 0 && (r.typeOf(e) == doc.GPE || r.typeOf(e) == doc.Loc) {
			return false
		}
	}
	return true
}

// roleNextTo reports whether the role noun at token i follows the
// organisation mention ending at token k with nothing but a possessive
// between ("BBC chairman", "United's chief executive"): not "Labour's
// election chief" nor "ODPM committee chairman".
func (r *run) roleNextTo(k, i int) bool {
	j := r.mentionEnd(k)
	if j < i && (r.words[j] == "'s" || r.words[j] == "’s" || r.words[j] == "'") {
		j++
	}
	if j == i-1 && r.words[i] == "executive" && r.words[i-1] == "chief" {
		return true
	}
	return j == i
}

// orgRightAfter reports whether organisation o's mention starts at token
// k, after at most "the": "head of the Tate", not "head of distribution
// for Sony Pictures".
func (r *run) orgRightAfter(k, o int) bool {
	if k < len(r.words) && r.words[k] == "the" {
		k++
	}
	return k < len(r.words) && r.entityAt(k) == o && r.mentionStart(k) == k
}

// mentionAfter returns the token where a mention starts right after the
// role noun at token i, past an optional comma ("US Airways' CEO, Doug
// Parker"), or -1.
func (r *run) mentionAfter(i, last int) int {
	j := i + 1
	if j < last && r.words[j] == "," {
		j++
	}
	if j >= last || r.entityAt(j) < 0 || r.mentionStart(j) != j {
		return -1
	}
	return j
}
