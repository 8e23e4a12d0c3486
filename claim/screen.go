package claim

import (
	"strings"

	"github.com/newsgraph/newsgraph/doc"
)

// Words of the screen patterns: casts named away from their work's title.
var (
	// companyWords mark a name as an organisation's even in a cast list:
	// "Galaxy Films", "Star Pictures".
	companyWords = set("films", "film", "pictures", "studios", "studio", "productions", "production", "entertainment",
		"records", "tv", "television", "network", "media", "company", "corporation", "group", "channel", "broadcasting",
		"award", "awards", "festival", "university", "school", "club", "fc", "united", "city", "academy", "prize")
	// castVerbs take a list of actors as their subject and the work after
	// "in": "A, B and C play supporting roles in the film".
	castVerbs = set("play", "plays", "played", "star", "starred", "co-star", "co-starred", "appear", "appeared",
		"feature", "featured")
	// actingParts are the parts actors play: "play key roles".
	actingParts = set("role", "roles", "part", "parts", "character", "characters")
	// creditNouns name a cast's place in the credits of a series: "A and B
	// are co-protagonists", "with the special participation of C".
	creditNouns = set("protagonists", "co-protagonists", "protagonist", "co-protagonist", "antagonist", "antagonists",
		"co-antagonists", "co-antagonist", "villains", "leads", "co-leads", "presenters", "hosts", "presenter", "host",
		"co-hosts", "co-presenters")
	// guestNouns introduce guest actors: "guest performances by A and B".
	guestNouns = set("participation", "performances", "appearances", "performance", "cameos", "cameo")
)

// castNames reads the list of names of a cast starting at token k: "A,
// B, C and D". Besides person mentions it takes, in a list of two names
// or more with a person among them, a name the tagger took for an
// organisation or a place (an unusual given name, "Red Buttons") and
// untagged capitalized words standing alone between commas, when they
// come before a person or the list closes with "and"; those become
// persons. A title ("and the biopic W") or a possessor ("Will and
// Grace's Deb") ends the list. Up to three lower-case words ("leading
// actors", "newcomer") may come before an item.
func (r *run) castNames(k, last int) []agent { return r.nameList(k, last, 1) }

// nameList is castNames with the least number of tagged persons a list
// needs before its odd names are read as persons (0: a coordination
// closed by "and" is enough, for the kin of a mythical figure).
func (r *run) nameList(k, last, minPersons int) []agent {
	type item struct {
		agent
		a, b   int // tokens of an untagged name
		person bool
		// and: the item follows "and"; the: it follows "the".
		and, the bool
	}
	var items []item
	and := false
	for k < last {
		the, classNoun := false, false
		for n := 0; k < last && n < 3; n++ {
			if r.words[k] == "the" {
				the = true
			}
			if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.NORP {
				k = r.mentionEnd(k)
				continue
			}
			if r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && !capitalized(r.d.TokenText(k)) &&
				!listStop[r.words[k]] && !r.verbAt(k) || r.words[k] == "the" {
				if workClass[r.words[k]] || screenClass[r.words[k]] {
					classNoun = true // "and the biopic W": a title, not an actor
				}
				k++
				continue
			}
			break
		}
		if k >= last || r.inQ[k] || classNoun {
			break
		}
		it := item{a: -1, and: and, the: the}
		e := r.entityAt(k)
		switch {
		case e >= 0 && r.mentionStart(k) == k:
			it.e, it.end = e, r.mentionEnd(k)
			switch t := r.typeOf(e); {
			case isPersonType(t):
				it.person = true
			case t == doc.Org || t == doc.Loc || t == doc.GPE:
				if len(r.d.Entities[e].Mentions) > 2 || nameHas(r.d.Entities[e].Name, companyWords) || r.isPlatformName(e) {
					it.e = -1
				}
			default:
				it.e = -1
			}
		case e < 0 && capitalized(r.d.TokenText(k)) && r.d.Tokens[k].Kind == doc.Word:
			j := k
			for j < last && j < k+3 && r.entityAt(j) < 0 && r.d.Tokens[j].Kind == doc.Word && capitalized(r.d.TokenText(j)) {
				j++
			}
			if f := r.entityAt(j); j < last && f >= 0 && isPersonType(r.typeOf(f)) && r.mentionStart(j) == j && j-k == 1 {
				// "Ganpat G. Shinde": a given name the tagger left out.
				it.e, it.end, it.person = f, r.mentionEnd(j), true
			} else if j-k <= 2 && (j >= last || r.words[j] == "," || r.words[j] == "and" || r.words[j] == "." || r.words[j] == "(" ||
				r.words[j] == "—" || r.words[j] == "–" || r.words[j] == ";") {
				it.e, it.a, it.b, it.end = -2, k, j, j
			} else {
				it.e = -1
			}
		default:
			it.e = -1
		}
		if it.e == -1 {
			break
		}
		if it.end < last && (r.words[it.end] == "'s" || r.words[it.end] == "’s") {
			break // "Will and Grace's Debra Messing": a possessor
		}
		items = append(items, it)
		k = it.end
		if k+1 < last && r.words[k] == "as" && r.entityAt(k+1) >= 0 {
			k = r.mentionEnd(k + 1) // "A as Helen"
		}
		if k < last && r.words[k] == "(" {
			for j := k; j < last && j < k+12; j++ {
				if r.words[j] == ")" {
					k = j + 1
					break
				}
			}
		}
		and = false
		if k < last && r.words[k] == "," {
			k++
			if k < last && (r.words[k] == "and" || r.words[k] == "&") {
				k++
				and = true
			}
			continue
		}
		if k < last && (r.words[k] == "and" || r.words[k] == "&") {
			k++
			and = true
			continue
		}
		break
	}
	persons := 0
	for _, it := range items {
		if it.person {
			persons++
		}
	}
	var out []agent
	later := make([]bool, len(items)) // a person comes after item n
	for n := len(items) - 2; n >= 0; n-- {
		later[n] = later[n+1] || items[n+1].person
	}
	closed := len(items) > 1 && items[len(items)-1].and // "A, B, C and D"
	for n, it := range items {
		// An odd name is a person only inside a list of people: before a
		// person, or in a coordination closed by "and" ("A, B and C"),
		// never after "the".
		inside := later[n] || closed
		switch {
		case it.person:
			out = append(out, it.agent)
		case persons < minPersons || len(items) < 2 || !inside || it.the:
			// A lone odd name is not read as a person.
		case it.e == -2:
			e := r.newMention(it.a, it.b, doc.Person, doc.Name, -1)
			out = append(out, agent{e, it.end})
		default:
			r.retype(it.e, doc.Person)
			out = append(out, it.agent)
		}
	}
	return out
}

// screenTopic returns the film or programme the document defines, or -1.
func (r *run) screenTopic() int {
	if w := r.topicOfType(doc.Work); w >= 0 && (screenClass[r.topic.class] || r.classPhraseHas(screenClass)) {
		return w
	}
	return -1
}

// classPhraseHas reports whether the noun phrase after the definition's
// copula holds one of the words: "a 1952 American film biography" is a
// film as much as a biography.
func (r *run) classPhraseHas(words map[string]bool) bool {
	t := r.topic
	if t.ent < 0 || len(r.d.Sentences) == 0 {
		return false
	}
	s := r.d.Sentences[0]
	for k := t.cop + 1; k < s.Last && k < t.cop+10 && (!classStop[r.words[k]] || k == t.cop+1); k++ {
		if words[r.words[k]] {
			return true
		}
	}
	return false
}

// castTarget returns the work whose cast a credit in an article defining
// a screen work joins: the work, or for an episode its series (a guest
// actor of one episode is in the series' cast), or -1.
func (r *run) castTarget() int {
	w := r.screenTopic()
	if w >= 0 && r.topic.class == "episode" {
		if x := r.episodeSeries(); x >= 0 {
			return x
		}
	}
	return w
}

// topicNounAt reports whether tokens from k read "the NOUN" (or "this
// NOUN", "it") naming the screen work the document defines, and returns
// the token after the reference.
func (r *run) topicNounAt(k, last int) (bool, int) {
	if k >= last || r.screenTopic() < 0 {
		return false, -1
	}
	if r.words[k] == "it" {
		return true, k + 1
	}
	if r.isTopic(r.entityAt(k)) && r.mentionStart(k) == k {
		return true, r.mentionEnd(k)
	}
	if (r.words[k] == "the" || r.words[k] == "this") && k+1 < last {
		n := r.words[k+1]
		if n == r.topic.class || (sameClass[n] != "" && sameClass[n] == sameClass[r.topic.class]) {
			return true, k + 2
		}
	}
	return false, -1
}

// castBefore: "A, B and C play key roles in the film", "A and B also
// appear in the episode" — in an article defining a film or a programme,
// actors listed before a verb of acting and a reference to the work are
// in its cast.
func (r *run) castBefore(i int, s doc.Sentence) {
	if r.inQ[i] || i == s.First || !castVerbs[r.words[i]] {
		return
	}
	j := i - 1
	for j > s.First && (r.words[j] == "also" || r.words[j] == "all" || r.words[j] == "both" || r.words[j] == "each") {
		j--
	}
	if r.entityAt(j) < 0 {
		return
	}
	list := r.listBefore(j+1, s.First)
	from := -1
	if len(list) > 0 {
		from = list[0].end
	}
	if all := r.castNames(s.First, j+1); len(all) > 0 && all[len(all)-1].end == j+1 {
		// "A, B, C and D play": the whole subject, odd names included.
		list, from = all, s.First
	}
	if len(list) == 0 || from != s.First && r.words[from-1] != "," && !r.roleWordsBefore(from, s) {
		return // the list is the sentence's subject, or follows "cast members"
	}
	k := i + 1
	if r.words[i] == "play" || r.words[i] == "plays" || r.words[i] == "played" || r.words[i] == "feature" || r.words[i] == "featured" {
		// "play significant roles": adjectives, then a part noun.
		n := 0
		for k < s.Last && n < 3 && !actingParts[r.words[k]] && r.d.Tokens[k].Kind == doc.Word && !capitalized(r.d.TokenText(k)) {
			k++
			n++
		}
		if k >= s.Last || !actingParts[r.words[k]] {
			return
		}
		k++
	}
	if k >= s.Last || r.words[k] != "in" {
		return
	}
	ok, end := r.topicNounAt(k+1, s.Last)
	if !ok {
		return
	}
	w := r.castTarget()
	for _, a := range list {
		if r.typeOf(a.e) == doc.Person && !r.isTopic(a.e) {
			r.add(a.e, doc.CastIn, w, "", from, end, scoreGood, "cast-before")
		}
	}
}

// roleWordsBefore reports whether the words before token a name actors:
// "regular cast members A, B".
func (r *run) roleWordsBefore(a int, s doc.Sentence) bool {
	for k := a - 1; k >= s.First && k >= a-3; k-- {
		switch r.words[k] {
		case "members", "actors", "actresses", "cast", "stars":
			return true
		}
	}
	return false
}

// castCredits: the credits of a series written out, "The protagonists
// are A and B", "A and B are co-protagonists, while C is the main
// antagonist", "with the special participation of D and E", "guest
// performances by F" — in an article defining a film or a programme, each
// named actor is in its cast.
func (r *run) castCredits(i int, s doc.Sentence) {
	if r.inQ[i] {
		return
	}
	w := r.castTarget()
	if w < 0 {
		return
	}
	// Another work named in the sentence may be the one meant.
	for k := s.First; k < s.Last; k++ {
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Work && e != w && !r.isTopic(e) {
			return
		}
	}
	var cast []agent
	switch word := r.words[i]; {
	case creditNouns[word]:
		// "A and B are (the) co-protagonists", "C is main antagonist"
		k := i - 1
		for k > s.First && (r.words[k] == "the" || r.words[k] == "main" || r.words[k] == "principal" || r.words[k] == "lead" ||
			r.words[k] == "leading" || r.words[k] == "central" || r.words[k] == "female" || r.words[k] == "male") {
			k--
		}
		if k > s.First && copulas[r.words[k]] {
			cast = r.listBefore(k, s.First)
		}
		if len(cast) == 0 && i+1 < s.Last && copulas[r.words[i+1]] {
			if word == "protagonists" || word == "protagonist" {
				return // "The main protagonists are A and B": castList reads it
			}
			// "The programme's regular presenters are currently A and B"
			k := i + 2
			if k < s.Last && (r.words[k] == "currently" || r.words[k] == "now" || r.words[k] == "still") {
				k++
			}
			if r.ownsTopic(i, s) {
				cast = r.castNames(k, s.Last)
			}
		}
	case guestNouns[word]:
		// "the special participation of A", "stellar performances are A,
		// B", "guest appearances by C"
		k := i + 1
		if k < s.Last && (r.words[k] == "of" || r.words[k] == "by" || r.words[k] == "from" || copulas[r.words[k]]) {
			k++
		} else {
			return
		}
		if word == "performances" || word == "performance" || word == "participation" {
			// Not "the performances of the band": a credit adjective
			// before the noun.
			q := i - 1
			if q < s.First || !(r.words[q] == "special" || r.words[q] == "guest" || r.words[q] == "stellar" ||
				r.words[q] == "starring" || r.words[q] == "cameo" || r.words[q] == "supporting" || r.words[q] == "voice") {
				return
			}
		}
		cast = r.castNames(k, s.Last)
	}
	for _, a := range cast {
		if a.end+1 < s.Last && r.words[a.end] == "(" && r.entityAt(a.end+1) >= 0 && r.typeOf(r.entityAt(a.end+1)) == doc.Person {
			continue // "Dr. X (Y)": X is the part, Y the actor
		}
		if r.typeOf(a.e) == doc.Person && !r.isTopic(a.e) {
			r.add(a.e, doc.CastIn, w, "", i, a.end, scoreGood, "cast-credits")
		}
	}
}

// roleCast: "She is known for roles including X in W and Y in V", "He
// appeared in W as X" — the subject of a role found by the fiction
// patterns (character ch in work w, the role's cue at token at, the
// work's mention ending before token end) is in the work's cast.
func (r *run) roleCast(ch, w, at, end int, s doc.Sentence) {
	if w < 0 || r.sportsDoc() {
		return
	}
	p, pat := r.actorBefore(at, s)
	if p < 0 || p == ch || r.typeOf(p) != doc.Person || at-pat > 20 || r.d.Entities[p].Fictional {
		return
	}
	// The subject names the sentence's actor: the first person of the
	// sentence, not one of an earlier pair of roles.
	for k := s.First; k < pat; k++ {
		if e := r.entityAt(k); e >= 0 && isPersonType(r.typeOf(e)) {
			return
		}
	}
	r.add(p, doc.CastIn, w, "", pat, end, scoreGood, "role-cast")
}

// screenplayBy: "The screenplay was written by A and B", "The script is
// by C" — in an article defining a film or a programme, they wrote it.
func (r *run) screenplayBy(i int, s doc.Sentence) {
	if r.inQ[i] || i != s.First+1 || r.words[s.First] != "the" || r.words[i] != "screenplay" && r.words[i] != "script" && r.words[i] != "teleplay" {
		return
	}
	w := r.screenTopic()
	if w < 0 {
		return
	}
	k := i + 1
	for k < s.Last && clauseFill[r.words[k]] {
		k++
	}
	if k < s.Last && (r.words[k] == "written" || r.words[k] == "co-written" || r.words[k] == "penned") {
		k++
	}
	if k >= s.Last || r.words[k] != "by" {
		return
	}
	for _, a := range r.listAfter(k+1, s.Last, 1, doc.Person) {
		r.add(w, doc.WrittenBy, a.e, "", s.First, a.end, scoreGood, "screenplay-by")
	}
}

// screen runs the screen patterns at token i of sentence s.
func (r *run) screen(i int, s doc.Sentence) {
	w := r.words[i]
	if i == s.First && s.First != r.d.Sentences[0].First {
		r.topicSubject(s)
		r.plotSubject(s)
		r.plotKin(s)
	}
	if i == s.First {
		r.appearingFirst(s)
		r.droppedSubject(s)
		r.havingStarred(s)
		r.frontedMakers(s)
	}
	if i == s.Last-1 {
		// Read once the sentence's titles are all found: "W (1989)"
		// adds its mention at the parenthesis.
		r.companyWorks(s)
		r.madeForLate(s)
	}
	if r.has(i, tProgrammeNouns) || w == "documentary" {
		r.showCalled(i, s)
	}
	if w == "cast" {
		r.castActive(i, s)
	}
	if w == "production" || w == "co-production" {
		r.productionBy(i, s)
		r.aProduction(i, s)
	}
	if w == "featuring" || w == "features" || w == "featured" {
		r.featuringCharacter(i, s)
	}
	if w == "appeared" || w == "appears" || w == "appear" {
		r.characterAppeared(i, s)
	}
	switch {
	case r.has(i, tCastVerbs):
		r.castBefore(i, s)
	case r.has(i, tCreditNouns) || r.has(i, tGuestNouns):
		r.castCredits(i, s)
	case w == "screenplay" || w == "script" || w == "teleplay":
		r.screenplayBy(i, s)
		r.screenplayFor(i, s)
	case w == "'s" || w == "’s" || w == "'" || w == "’":
		r.studioWork(i, s)
		if w == "'s" || w == "’s" {
			r.makerInActing(i, s)
		}
		if w != "'" && w != "’" {
			r.artworkBy(i, s) // also between quotation marks, which a long caption may leave open
		}
	case w == "appearing":
		r.starredIn(i, s)
	case w == "cast":
		r.castPassive(i, s)
	case w == "directing" || w == "co-directing":
		r.directing(i, s)
	case w == "member" || w == "members":
		r.castMemberOf(i, s)
	case w == "directorial":
		r.directorial(i, s)
	case w == "banner":
		r.underBanner(i, s)
	case w == "hosted" || w == "presented" || w == "co-hosted":
		r.hostedBy(i, s)
	}
	if r.has(i, tHostNouns) {
		r.hostOf(i, s)
	}
	if w == "played" || w == "plays" || w == "portrayed" || w == "portrays" || w == "playing" {
		r.playedPart(i, s)
	}
	if w == "features" || w == "featured" {
		r.workFeatures(i, s)
	}
	if w == "film" || w == "movie" {
		r.directorsFilm(i, s)
	}
	if w == "director" || w == "film-maker" || w == "filmmaker" {
		r.workDirector(i, s)
	}
	if i == s.Last-1 {
		// Once "W (1950)" has its mention: the roles of the sentence.
		for k := s.First; k < s.Last; k++ {
			switch r.words[k] {
			case "roles", "role", "appearances", "performances", "performance":
				r.hisRolesIn(k, s)
			}
		}
	}
	if w == "consists" || w == "consisted" || w == "comprises" {
		r.seriesFilms(i, s)
	}
	if w == "paired" || w == "teamed" {
		r.pairedWith(i, s)
	}
	if w == "its" || w == "their" {
		r.companyDebut(i, s)
	}
	if w == "announced" || w == "confirmed" {
		r.networkAnnounced(i, s)
	}
	if w == "his" || w == "her" {
		r.directorsOwnFilms(i, s)
		r.writersOwnScripts(i, s)
	}
	if i == s.Last-1 {
		for k := s.First; k < s.Last; k++ {
			if r.words[k] == "followed" {
				r.firstOfThem(k, s) // once "A (1930)" has its mention
			}
		}
	}

}

// titleMention reports whether a name mention starting at token a runs
// past a comma up to the copula at token cop (maybe leaving out a closing
// "?" or "!"): the whole title of a definition.
func (r *run) titleMention(a, cop int) bool {
	if r.ment[a] < 0 || r.mentionStart(a) != a || r.d.Mentions[r.ment[a]].Kind != doc.Name {
		return false
	}
	end := r.mentionEnd(a)
	if end < cop && (r.words[end] == "?" || r.words[end] == "!") && end+1 == cop {
		end++
	}
	if end != cop {
		return false
	}
	for k := a; k < r.mentionEnd(a); k++ {
		if r.words[k] == "," {
			return true
		}
	}
	return r.words[cop-1] == "?" || r.words[cop-1] == "!"
}

// untaggedTitleBefore reports whether a capitalized name that is no work
// mention ends right before token i (a comma or dash between, or an
// apposition: "W, the heist sequel, starring"): "The Night Ferry,
// starring A" names a title the tagger missed, and the clause is about
// it, not about the document's main work.
func (r *run) untaggedTitleBefore(i int, s doc.Sentence) bool {
	if i <= s.First {
		return false
	}
	k := i - 1
	skip := func() {
		for k > s.First && (r.words[k] == "," || r.words[k] == "-" || r.words[k] == "also" || r.d.Tokens[k].Kind == doc.CloseQuote) {
			k--
		}
	}
	skip()
	if !capitalized(r.d.TokenText(k)) {
		// "W, the crime caper sequel starring A": an apposition to W.
		n := 0
		for k > s.First && (n < 6 && r.entityAt(k) < 0 && !capitalized(r.d.TokenText(k)) &&
			(r.d.Tokens[k].Kind == doc.Word || r.d.Tokens[k].Kind == doc.Number) && !listStop[r.words[k]] || r.words[k] == "the" || r.words[k] == "a") {
			k--
			n++
		}
		if k <= s.First || r.words[k] != "," {
			return false
		}
		skip()
	}
	if k <= s.First && k < i-1 || !capitalized(r.d.TokenText(k)) {
		return false
	}
	if e := r.entityAt(k); e >= 0 {
		return r.typeOf(e) != doc.Work
	}
	return true
}

// storyOf returns the work whose characters the characters of work w
// are: for the episode an article defines, its series; else w.
func (r *run) storyOf(w int) int {
	if r.isTopic(w) && r.topic.class == "episode" {
		if x := r.episodeSeries(); x >= 0 {
			return x
		}
	}
	return w
}

// ordinalFirst reports whether "first" at token j is an ordinal of the
// class phrase starting at token k: "the first episode", "the twenty-first
// episode", not "a film first shown in".
func (r *run) ordinalFirst(j, k int) bool {
	return r.words[j] == "first" && (j == k || r.words[j-1] == "-")
}

// actorBefore returns the person a clause ending before token i is
// about, like personBefore; but in a biography a sentence opening with
// "He" or "She" is about the person the article defines when the pronoun
// was linked to nothing or to a role name (a character) said before; and
// a possessive "his" or "her" in a "who" clause is the clause's
// antecedent, and one after "while" or "but" needs its referent named in
// that clause.
func (r *run) actorBefore(i int, s doc.Sentence) (int, int) {
	first := r.afterYearOpener(s)
	pron := r.entityAt(first)
	if w := r.words[first]; (w == "he" || w == "she") && r.topic.class == "person" && r.topic.ent >= 0 &&
		r.typeOf(r.topic.ent) == doc.Person && i > first && (pron < 0 || pron == r.topic.ent || r.typeOf(pron) != doc.Person) {
		for k := first + 1; k < i; k++ {
			if w := r.words[k]; w == "who" || w == "whose" || w == "while" || w == "whereas" || w == ";" {
				return r.personBefore(i, s.First) // another clause, maybe another subject
			}
		}
		return r.topic.ent, s.First
	}
	p, at := r.personBefore(i, s.First)
	if p >= 0 && r.adjectiveMention(at) {
		p, at = r.personBefore(at, s.First) // "his Oscar-winning role": an adjective, not a name
	}
	if p >= 0 && (r.words[at] == "his" || r.words[at] == "her") && r.d.Mentions[r.ment[at]].Kind == doc.Pronoun {
		// "Kate Wills, who was praised twice for her roles in": a possessive
		// in a relative clause refers to the clause's antecedent.
		for k := at - 1; k > s.First && k >= at-12 && r.entityAt(k) < 0; k-- {
			if r.words[k] != "who" {
				continue
			}
			j := k - 1
			if r.words[j] == "," && j > s.First {
				j--
			}
			if e := r.entityAt(j); e >= 0 && r.typeOf(e) == doc.Person && r.d.Mentions[r.ment[j]].Kind == doc.Name && !r.inQ[j] {
				return e, at // the pronoun's place, for the callers' distance checks
			}
			break
		}
		// "A won …, while B was named best actor for his role in W": the
		// possessive's referent must be named in its own clause.
		for k := at - 1; k > s.First; k-- {
			if w := r.words[k]; w == "while" || w == "whereas" || w == ";" || w == "but" {
				named := false
				for j := k + 1; j < at; j++ {
					if r.entityAt(j) == p && r.d.Mentions[r.ment[j]].Kind == doc.Name {
						named = true
					}
				}
				if !named {
					return -1, -1
				}
				break
			}
		}
	}
	return p, at
}

// skipMaker moves token j of a list of titles (which started at token k)
// past what may still come before a title: a maker's or a network's
// possessive ("Lena Hart's Blue Valley", "the BBC's W"), a nationality and more lower-case words ("the
// Irish film W", "an episode of the series W"), or the comma after a
// class noun ("the 2004 film, Blue Valley").
func (r *run) skipMaker(j, k int, s doc.Sentence) int {
	for n := 0; n < 3 && j < s.Last; n++ {
		switch e := r.entityAt(j); {
		case j > k && j+1 < s.Last && r.words[j] == "," && screenClass[r.words[j-1]]:
			j++
		case e >= 0 && r.typeOf(e) == doc.NORP && r.mentionStart(j) == j:
			j = r.mentionEnd(j)
		case e >= 0 && r.typeOf(e) == doc.Person && r.mentionStart(j) == j:
			end := r.mentionEnd(j)
			if end+1 < s.Last && (r.words[end] == "'s" || r.words[end] == "’s" || r.words[end] == "'") {
				if r.workAt(end+1) >= 0 {
					return end + 1
				}
				// "the film version of Anna Holt's The Silver Harbour": a
				// name after a screen noun and a maker is the title.
				if r.screenNounIn(k, j) && r.titleAfterNoun(end+1, s) >= 0 && r.workAt(end+1) >= 0 {
					return end + 1
				}
			}
			return j
		case e >= 0 && r.typeOf(e) == doc.Org && r.mentionStart(j) == j && r.isNetwork(e):
			// "shows such as the BBC's My Family": the network's title.
			end := r.mentionEnd(j)
			if end+1 < s.Last && (r.words[end] == "'s" || r.words[end] == "’s") && r.workAt(end+1) >= 0 {
				return end + 1
			}
			return j
		case e < 0 && j > k && r.d.Tokens[j].Kind == doc.Word && !capitalized(r.d.TokenText(j)) && r.screenNounIn(k, j+1):
			// "an episode of the television series W"
		default:
			return j
		}
		for q := j; j < s.Last && j < q+5 && r.entityAt(j) < 0 && !capitalized(r.d.TokenText(j)) && r.words[j] != "," && r.words[j] != "." &&
			(r.d.Tokens[j].Kind == doc.Word || r.d.Tokens[j].Kind == doc.Number); j++ {
		}
	}
	return j
}

// screenNounIn reports whether tokens [a, b) hold a screen class noun
// or "episode(s)".
func (r *run) screenNounIn(a, b int) bool {
	for k := a; k < b; k++ {
		if screenClass[r.words[k]] || r.words[k] == "episodes" {
			return true
		}
	}
	return false
}

// notPlotVerbs are verbs that end in "s" but tell no story: "X is", "X has".
var notPlotVerbs = set("is", "was", "has", "does", "says", "notes", "argues", "writes", "describes", "explains", "claims",
	"suggests", "states", "comments", "believes", "thinks", "uses", "calls", "considers", "admits", "recalls", "adds")

// plotSubject: "Tilda becomes jealous of her friends", "Rosa then
// escapes" — in an article defining an episode or a story, a
// sentence opening with a name and a verb in the present tense tells the
// plot, and the named are characters of the story (of the series, for an
// episode). The author and makers of the work are left out.
func (r *run) plotSubject(s doc.Sentence) {
	w, first := r.plotSentence(s)
	if w < 0 {
		return
	}
	list := r.listAfter(first, s.Last, 0, doc.Person, doc.Character)
	if len(list) == 0 || list[0].e < 0 || r.mentionStart(first) != first {
		return
	}
	k := list[len(list)-1].end
	// "X, per Y's advice, activates …": an aside between commas.
	if k < s.Last && r.words[k] == "," {
		for j := k + 1; j < s.Last && j < k+9; j++ {
			if r.words[j] == "," {
				if j > k+1 {
					k = j + 1
				}
				break
			}
			if r.words[j] == "and" || r.words[j] == "who" || r.words[j] == "which" {
				break
			}
		}
	}
	// "X's younger brother Y enters": both are characters.
	if len(list) == 1 && k+2 < s.Last && (r.words[k] == "'s" || r.words[k] == "’s") {
		j := k + 1
		for n := 0; j < s.Last && n < 2 && kinModifiers[r.words[j]]; n++ {
			j++
		}
		if j < s.Last && kinNouns[r.words[j]] {
			if e, end := r.characterAt(j+1, s); e >= 0 {
				list = append(list, agent{e, end})
				k = end
			}
		}
	}
	if k < s.Last && (r.words[k] == "also" || r.words[k] == "then" || r.words[k] == "soon" || r.words[k] == "later" || r.words[k] == "finally") {
		k++
	}
	if k >= s.Last || r.d.Tokens[k].Kind != doc.Word || capitalized(r.d.TokenText(k)) || !strings.HasSuffix(r.words[k], "s") ||
		strings.HasSuffix(r.words[k], "ss") || notPlotVerbs[r.words[k]] || listStop[r.words[k]] {
		return
	}
	for _, a := range list {
		if a.e == w || r.isTopic(a.e) || r.isMaker(a.e) || r.d.Mentions[r.ment[a.end-1]].Kind != doc.Name ||
			first != s.First && r.castMember(a.e) {
			continue // a pronoun's referent is too uncertain here
		}
		r.markCharacter(a.e)
		r.add(a.e, doc.AppearsIn, w, "", s.First, k+1, scoreGood, "plot-subject")
	}
}

// isMaker reports whether entity e made something in the document: the
// object of a writing, directing, creating or producing claim, or named
// with a possessive in the opening sentence ("X's novel").
func (r *run) isMaker(e int) bool {
	for _, c := range r.out {
		if c.Object == e {
			switch c.Predicate {
			case doc.WrittenBy, doc.DirectedBy, doc.CreatedBy, doc.ProducedBy, doc.Performer:
				return true
			}
		}
	}
	s0 := r.d.Sentences[0]
	for k := s0.First; k+1 < s0.Last; k++ {
		if r.entityAt(k) == e && r.mentionEnd(k) == k+1 && (r.words[k+1] == "'s" || r.words[k+1] == "’s" || r.words[k+1] == "'") {
			return true
		}
	}
	return false
}

// storyOpening reports whether the story-role noun at token i opens its
// sentence: "The protagonist", "The main antagonist".
func (r *run) storyOpening(i int, s doc.Sentence) bool {
	k := i - 1
	if k > s.First && (r.words[k] == "main" || r.words[k] == "central" || r.words[k] == "chief" || r.words[k] == "principal") {
		k--
	}
	return k == s.First && r.words[k] == "the"
}

// oddName returns a one-off name at token k that the tagger took for a
// place or an organisation, with the token after it, retyped as a
// character; or -1 when there is none.
func (r *run) oddName(k int, s doc.Sentence) (int, int) {
	e := r.entityAt(k)
	if k >= s.Last || e < 0 || r.mentionStart(k) != k || len(r.d.Entities[e].Mentions) > 2 ||
		r.typeOf(e) != doc.Loc && r.typeOf(e) != doc.Org && r.typeOf(e) != doc.GPE {
		return -1, -1
	}
	r.retype(e, doc.Character)
	return e, r.mentionEnd(k)
}

// studioWords name a film or television production company.
var studioWords = set("pictures", "studios", "studio", "films", "productions", "animation", "entertainment", "filmworks")

// studioWork: "Harbor Pictures' 12th animated feature film W", "Blue Owl
// Studios' 1998 film W" — a studio's possessive before a film noun and a
// title: the studio produced the work.
func (r *run) studioWork(i int, s doc.Sentence) {
	if i == s.First || r.inQ[i] {
		return
	}
	o := r.entityAt(i - 1)
	if o < 0 || r.mentionEnd(i-1) != i || r.typeOf(o) != doc.Org || !nameHas(r.d.Entities[o].Name, studioWords) {
		return
	}
	noun := false
	k := i + 1
	for n := 0; k < s.Last && n < 6; n++ {
		if r.entityAt(k) >= 0 || r.d.Tokens[k].Kind == doc.OpenQuote || capitalized(r.d.TokenText(k)) {
			break
		}
		if r.d.Tokens[k].Kind != doc.Word && r.d.Tokens[k].Kind != doc.Number && r.words[k] != "-" && r.words[k] != "," {
			return
		}
		if screenClass[r.words[k]] || r.words[k] == "feature" {
			noun = true
		}
		k++
	}
	if !noun || k >= s.Last {
		return
	}
	if w := r.titleAfterNoun(k, s); w >= 0 && r.typeOf(w) == doc.Work {
		r.add(w, doc.ProductionCompany, o, "", r.mentionStart(i-1), r.mentionEnd(k), scoreGood, "studio-work")
	}
}

// workAfterIn returns the work named after the preposition at token k:
// "in the Irish film W", "in an episode of the series, W", "in the film
// version of Lena Hart's W", with the token after it; or -1.
func (r *run) workAfterIn(k int, s doc.Sentence) (int, int) {
	j := k + 1
	for j < s.Last && j < k+6 && r.entityAt(j) < 0 && !capitalized(r.d.TokenText(j)) && r.words[j] != "," && r.words[j] != "." {
		j++
	}
	j = r.skipMaker(j, k+1, s)
	if j < s.Last && r.d.Tokens[j].Kind == doc.OpenQuote {
		j++
	}
	if w := r.workAt(j); w >= 0 {
		return w, r.mentionEnd(j)
	}
	return -1, -1
}

// castPassive: "X was cast as Y in W", "X was cast opposite his sister in
// the film W" — X is in the cast of W.
func (r *run) castPassive(i int, s doc.Sentence) {
	if r.inQ[i] || i == s.First || !(r.words[i-1] == "was" || r.words[i-1] == "were" || r.words[i-1] == "been" ||
		r.words[i-1] == "is" || r.words[i-1] == "later" || r.words[i-1] == "also" || r.words[i-1] == "then") {
		return
	}
	p, at := r.actorBefore(i, s)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 6 {
		return
	}
	for k := i + 1; k < s.Last && k < i+16; k++ {
		w := r.words[k]
		if w == "." || w == ";" || w == "and" || w == "but" || w == "which" || w == "who" || w == "after" || w == "before" {
			return
		}
		if w != "in" {
			continue
		}
		if x, end := r.workAfterIn(k, s); x >= 0 {
			r.add(p, doc.CastIn, x, "", at, end, scoreGood, "cast-passive")
		}
		return
	}
}

// writtenClass are the classes of stories whose author created their
// characters (unlike a film or an episode, whose writers did not).
var writtenClass = set("novel", "novella", "book", "play", "poem", "comic", "strip", "manga", "webcomic", "epic", "saga",
	"story", "tale", "fable")

// definitionAuthor returns the author the definition of a written story
// names: "X is the third novel in A's series W", "X is a 1920 novel by A";
// or -1.
func (r *run) definitionAuthor() int {
	t := r.topic
	s := r.d.Sentences[0]
	cop := t.cop
	if t.ent < 0 || r.typeOf(t.ent) != doc.Work || !writtenClass[t.class] {
		// "W is a Finnish comic strip drawn by A": a class noun the
		// definition reader does not know.
		if r.storyWork() < 0 || r.storyWork() != r.entityAt(s.First) {
			return -1
		}
		cop = r.mentionEnd(s.First)
		written := false
		for k := cop + 1; k < s.Last && k < cop+8 && !classStop[r.words[k]]; k++ {
			written = written || writtenClass[r.words[k]]
		}
		if !written {
			return -1
		}
	}
	for k := cop + 1; k < s.Last && k < cop+14; k++ {
		if r.words[k] == "." || r.words[k] == ";" {
			return -1
		}
		e := r.entityAt(k)
		if e < 0 || r.typeOf(e) != doc.Person || r.d.Mentions[r.ment[k]].Kind != doc.Name {
			continue
		}
		end := r.mentionEnd(k)
		if end < s.Last && (r.words[end] == "'s" || r.words[end] == "’s" || r.words[end] == "'") {
			return e
		}
		if r.mentionStart(k) > s.First && r.words[r.mentionStart(k)-1] == "by" {
			return e
		}
		if r.byWriter(r.mentionStart(k), s) {
			return e
		}
		return -1
	}
	return -1
}

// authorsCharacters: in an article defining a novel or another written
// story and naming its author, each character found in the story (or in
// the cycle it belongs to) was created by the author.
func (r *run) authorsCharacters() {
	a := r.definitionAuthor()
	w := r.topic.ent
	if w < 0 || r.typeOf(w) != doc.Work {
		w = r.storyWork()
	}
	if a < 0 {
		// "W is an animated series created by A": A created its characters.
		r.creatorsCharacters(w)
		return
	}
	for k, n := 0, len(r.out); k < n; k++ {
		c := r.out[k]
		if c.Predicate != doc.AppearsIn || c.Subject == a || (c.Object != w && !r.cycleOf(c.Object)) {
			continue
		}
		if x := r.add(c.Subject, doc.CreatedBy, a, "", 0, 1, scoreInferred, "authors-character"); x != nil {
			x.Evidence = c.Evidence
			x.Evidence.Extractor = "claim:authors-character"
		}
	}
}

// cycleOf reports whether work w is named in the definition of the
// topic: the cycle or series a novel belongs to.
func (r *run) cycleOf(w int) bool {
	s := r.d.Sentences[0]
	for k := r.topic.cop + 1; k < s.Last; k++ {
		if r.entityAt(k) == w {
			return true
		}
	}
	return false
}

// filmNouns name a film in a sentence's subject besides its class noun.
var filmNouns = set("feature", "picture", "production", "film", "movie", "release")

// topicSubject: "This Harbor Pictures feature was produced by A, directed
// by B, and stars C" — in an article defining a film or a programme, a
// sentence opening with "This" or "The", a studio or a year, and a noun of
// the topic's class names the topic; the words become a mention of it.
func (r *run) topicSubject(s doc.Sentence) {
	w := r.screenTopic()
	if w < 0 || s.First == r.d.Sentences[0].First {
		return
	}
	k := s.First
	if r.words[k] != "this" && r.words[k] != "the" {
		return
	}
	j := k + 1
	for n := 0; j < s.Last && n < 5; n++ {
		if e := r.entityAt(j); e >= 0 && (r.typeOf(e) == doc.Work || isPersonType(r.typeOf(e)) && r.namedOften(e)) {
			return // a named work or person: not the topic's description
		}
		if !capitalized(r.d.TokenText(j)) && r.d.Tokens[j].Kind != doc.Number {
			break
		}
		j++
	}
	if j == k+1 || j+1 >= s.Last {
		return // "The film" alone: markTopicRefs links it
	}
	n := r.words[j]
	film := sameClass[r.topic.class] == "film" || r.classPhraseHas(set("film", "movie"))
	if !(filmNouns[n] && film) && (sameClass[n] == "" || sameClass[n] != sameClass[r.topic.class]) {
		return
	}
	if v := r.words[j+1]; !copulas[v] && !verbLike(v) && v != "stars" && v != "starred" {
		return
	}
	r.newMention(k, j+1, "", doc.Nominal, w)
}

// namedOften reports whether entity e is named (not only referred to)
// more than once.
func (r *run) namedOften(e int) bool {
	n := 0
	for _, mi := range r.d.Entities[e].Mentions {
		if r.d.Mentions[mi].Kind == doc.Name {
			n++
		}
	}
	return n > 1
}

// possessivePronoun reports whether token j is "his", "her", "their" or
// "its": a determiner before a work's class noun ("his first film W").
func (r *run) possessivePronoun(j int) bool {
	switch r.words[j] {
	case "his", "her", "their", "its":
		return true
	}
	return false
}

// worksListAt reads a list of work titles starting at token k: "the
// trilogy W (1987), V (1990) and U (1999)". It skips lower-case words
// before the first title and a year in parentheses after each.
func (r *run) worksListAt(k int, s doc.Sentence) []agent {
	var works []agent
	j := k
	for j < s.Last && j < k+5 && r.entityAt(j) < 0 && !capitalized(r.d.TokenText(j)) && r.d.Tokens[j].Kind == doc.Word &&
		!listStop[r.words[j]] || j < s.Last && r.words[j] == "the" && r.entityAt(j) < 0 {
		j++
	}
	for j < s.Last {
		if r.d.Tokens[j].Kind == doc.OpenQuote {
			j++
		}
		e := r.workAt(j)
		if e < 0 && j+2 < s.Last && r.words[j+1] == "-" && capitalized(r.d.TokenText(j)) && r.workAt(j+2) >= 0 {
			j += 2 // "Close - Up": a hyphenated title read in half
			e = r.workAt(j)
		}
		if e < 0 && len(works) > 0 {
			e = r.yearTitle(j, s)
		}
		if e < 0 {
			break
		}
		end := r.mentionEnd(j)
		works = append(works, agent{e, end})
		j = end
		if j < s.Last && r.d.Tokens[j].Kind == doc.CloseQuote {
			j++
		}
		if j < s.Last && (seriesNouns[r.words[j]] || r.words[j] == "trilogy") {
			j++ // "the Koker trilogy (1987–94)"
		}
		if j < s.Last && r.words[j] == "(" {
			for q := j; q < s.Last && q < j+8; q++ {
				if r.words[q] == ")" {
					j = q + 1
					break
				}
			}
		}
		// "W (1997) – which won the prize that year – and V": an aside
		// between dashes.
		if j < s.Last && (r.words[j] == "–" || r.words[j] == "—") {
			for q := j + 1; q < s.Last && q < j+30; q++ {
				if r.words[q] == "–" || r.words[q] == "—" {
					j = q + 1
					break
				}
			}
		}
		var ok bool
		if j, ok = r.listSep(j, s.Last); !ok {
			return works
		}
	}
	return works
}

// directing: "acclaim for directing W (1990), V and U", "after directing
// W" — the person the clause is about directed each film.
func (r *run) directing(i int, s doc.Sentence) {
	if r.inQ[i] || i == s.First {
		return
	}
	if p := r.words[i-1]; p != "for" && p != "after" && p != "before" && p != "while" && p != "since" && p != "and" {
		return
	}
	works := r.worksListAt(i+1, s)
	if len(works) == 0 {
		return
	}
	p, at := r.actorBefore(i, s)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 12 {
		return
	}
	for _, w := range works {
		r.add(w.e, doc.DirectedBy, p, "", at, w.end, scoreGood, "directing")
	}
}

// yearTitle makes the capitalized words at token j a work when a year in
// parentheses follows them, inside a list of works: "…, Close-Up (1990),
// …". It returns the work, or -1.
func (r *run) yearTitle(j int, s doc.Sentence) int {
	b := j
	for b < s.Last && b < j+8 && r.entityAt(b) < 0 && (capitalized(r.d.TokenText(b)) || r.words[b] == "-" ||
		titleSmall[r.words[b]] && b > j) {
		b++
	}
	if b == j || b+2 >= s.Last || r.words[b] != "(" || r.d.Tokens[b+1].Kind != doc.Number || r.words[b-1] == "-" {
		return -1
	}
	return r.newMention(j, b, doc.Work, doc.Name, -1)
}

// castMemberOf: "X was a cast member of a revival of W", "X was
// among the principal cast members of the drama W" — X is in W's cast.
func (r *run) castMemberOf(i int, s doc.Sentence) {
	if r.inQ[i] || i == s.First || r.words[i-1] != "cast" || i+1 >= s.Last || r.words[i+1] != "of" {
		return
	}
	w, end := r.workOf(i+1, s)
	if w < 0 || r.sportsDoc() {
		return
	}
	p, at := r.actorBefore(i-1, s)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 14 {
		return
	}
	r.add(p, doc.CastIn, w, "", at, end, scoreGood, "cast-member-of")
}

// otherFilmAround reports whether the starring clause at token i is about
// some film other than the document's main work: a work is named later in
// the sentence ("The family adventure, starring A, took $33m, ahead of
// W"), or a maker's possessive or a remake describes the film ("Lena
// Hart's 1946 movie starring A", "a remake of the 1970s comedy, starring").
func (r *run) otherFilmAround(i int, s doc.Sentence) bool {
	for k := i + 1; k < s.Last; k++ {
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Work && !r.isSeason(e) {
			return true
		}
	}
	for k := i - 1; k > s.First && k >= i-6; k-- {
		if r.words[k] == "'s" || r.words[k] == "’s" {
			if e := r.entityAt(k - 1); e >= 0 && r.typeOf(e) == doc.Person {
				return true
			}
		}
		if w := r.words[k]; w == "remake" || w == "sequel" || w == "prequel" || w == "original" || w == "version" {
			return true // "a remake of the 1970s comedy, starring A"
		}
		if r.entityAt(k) >= 0 || r.words[k] == "," && k < i-1 {
			break
		}
	}
	return false
}

// quotedSpan reports whether tokens [a, b) sit right inside quotation
// marks that open the sentence: a quoted title may hold lower-case words
// ("Rock n Roll").
func (r *run) quotedSpan(a, b int) bool {
	return a > 0 && b < len(r.d.Tokens) && r.d.Tokens[a-1].Kind == doc.OpenQuote && r.d.Tokens[b].Kind == doc.CloseQuote &&
		capitalized(r.d.TokenText(a))
}

// familyWords name family ties: "the son of X", "married to A and B".
var familyWords = set("son", "sons", "daughter", "daughters", "sister", "sisters", "brother", "brothers", "wife", "wives",
	"husband", "mother", "father", "children", "child", "twin", "cousin", "uncle", "aunt", "grandson", "granddaughter",
	"grandfather", "grandmother", "nephew", "niece", "married", "parents", "stepmother", "stepfather", "half-brother",
	"half-sister", "born", "companion", "consort")

// kinOfCharacter: in an article about a character of a story ("X is the
// main character of the epic W"), the family the article names ("the son
// of A", "married to B, C and D", "His children included E and F") are
// characters of the same story.
func (r *run) kinOfCharacter() {
	r.storyKin()
	r.cycleCharacters()
	ch := r.topic.ent
	if ch < 0 || !isPersonType(r.typeOf(ch)) {
		return
	}
	w := -1
	for _, c := range r.out {
		if c.Predicate == doc.AppearsIn && c.Subject == ch && c.Evidence.Sentence == 0 {
			w = c.Object
			break
		}
	}
	if w < 0 || r.sportsDoc() {
		return
	}
	for _, s := range r.d.Sentences {
		for k := s.First; k < s.Last; k++ {
			if !familyWords[r.words[k]] || r.inQ[k] {
				continue
			}
			j := k + 1
			for j < s.Last && (r.words[j] == "of" || r.words[j] == "to" || r.words[j] == "included" || r.words[j] == "include" ||
				r.words[j] == "were" || r.words[j] == "was" || r.words[j] == "are" || r.words[j] == "is" || r.words[j] == "named" ||
				r.words[j] == ",") {
				j++
			}
			kin := r.nameList(j, s.Last, 0)
			if len(kin) == 0 {
				if e, end := r.characterAt(j, s); e >= 0 {
					kin = []agent{{e, end}}
				} else if e, end := r.oddName(j, s); e >= 0 {
					kin = []agent{{e, end}}
				}
			}
			for _, a := range kin {
				if a.e == ch || a.e == w || r.isMaker(a.e) {
					continue
				}
				r.markCharacter(a.e)
				r.add(a.e, doc.AppearsIn, w, "", k, a.end, scoreInferred, "kin-of-character")
			}
		}
	}
}

// channelAt reports whether the work mention at token j names a channel
// or a platform rather than a programme: a listed platform, or a listed
// broadcaster's name with medium words ("BBC Radio" of "BBC Radio 4's").
func (r *run) channelAt(j int) bool {
	e := r.entityAt(j)
	if e < 0 {
		return false
	}
	if r.isPlatformName(e) {
		return true
	}
	// "BBC Radio", "ITV Two": a listed broadcaster and medium words.
	f := strings.Fields(r.d.Entities[e].Name)
	if len(f) < 2 {
		return false
	}
	if _, ok := r.x.gaz.Platform(f[0]); !ok {
		return false
	}
	for _, w := range f[1:] {
		if !channelWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// channelWords follow a broadcaster's name in a channel's: "BBC Radio".
var channelWords = set("radio", "tv", "television", "one", "two", "three", "four", "news", "world", "online", "digital",
	"america", "international", "1", "2", "3", "4", "5")

// playedPart: "X played the pretentious guest Mr. Hale in the episode W",
// "she plays a nurse in W" — X, who plays a part described by common
// nouns (and maybe named), is in the cast of W.
func (r *run) playedPart(i int, s doc.Sentence) {
	if r.inQ[i] || i == s.First || i+2 >= s.Last || r.sportsDoc() {
		return
	}
	switch r.words[i+1] {
	case "the", "a", "an", "his", "her":
	default:
		return
	}
	k := i + 2
	part := -1
	for n := 0; k < s.Last && n < 7; n++ {
		if e := r.entityAt(k); e >= 0 {
			if !isPersonType(r.typeOf(e)) {
				return
			}
			part = e
			k = r.mentionEnd(k) // the part's name
			break
		}
		if t := k + 1; capitalized(r.d.TokenText(k)) && t < s.Last {
			if r.words[t] == "." && t+1 < s.Last {
				t++
			}
			if e := r.entityAt(t); e >= 0 && isPersonType(r.typeOf(e)) && r.mentionStart(t) == t {
				k = t // "Mr. Hale": a title before the part's name
				continue
			}
		}
		if r.d.Tokens[k].Kind != doc.Word || capitalized(r.d.TokenText(k)) || listStop[r.words[k]] {
			break
		}
		k++
	}
	if k >= s.Last || k == i+2 || r.words[k] != "in" && r.words[k] != "on" {
		return
	}
	w, end := r.workAfterIn(k, s)
	if w < 0 || r.channelAt(r.firstTokenOf(w, k)) {
		return
	}
	for j := k + 1; j < r.firstTokenOf(w, k); j++ {
		if songNouns[r.words[j]] {
			return // "played a solo on the track W": music, no part
		}
	}
	p, at := r.actorBefore(i, s)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 8 {
		// "X narrated W, a programme that ran for years, and played …":
		// the person opening the sentence, across a coordination.
		p, at = r.coordinatedSubject(i, s)
		if p < 0 {
			return
		}
	}
	r.add(p, doc.CastIn, w, "", at, end, scoreGood, "played-part")
	// "in "E" episode of W": the series too; a named part is one of its
	// characters.
	series := -1
	if j := end; j < s.Last {
		if r.d.Tokens[j].Kind == doc.CloseQuote {
			j++
		}
		if j+1 < s.Last && r.words[j] == "episode" && r.words[j+1] == "of" {
			if x, xe := r.workOf(j+1, s); x >= 0 && x != w {
				series = x
				r.add(p, doc.CastIn, x, "", at, xe, scoreGood, "played-part")
			}
		}
	}
	if part >= 0 && part != p && r.mayBeRole(part) {
		x := w
		if series >= 0 {
			x = series
		}
		r.markCharacter(part)
		r.add(part, doc.AppearsIn, x, "", i, end, scoreGood, "played-part")
	}
	r.playedMore(p, at, end, s)
}

// playedMore: "played the guest A in W1 (1975), and the barman in W2" —
// a second part described by common nouns, coordinated after the first
// part's work, is the same actor's part in W2.
func (r *run) playedMore(p, at, k int, s doc.Sentence) {
	// Past the rest of the first work: "episode of W (1975)".
	for n := 0; k < s.Last && n < 12 && r.words[k] != ","; n++ {
		k++
	}
	if k+3 >= s.Last || r.words[k] != "," || r.words[k+1] != "and" {
		return
	}
	switch r.words[k+2] {
	case "the", "a", "an":
	default:
		return
	}
	j := k + 3
	for n := 0; j < s.Last && n < 5 && r.entityAt(j) < 0 && r.d.Tokens[j].Kind == doc.Word && !capitalized(r.d.TokenText(j)) &&
		!listStop[r.words[j]]; n++ {
		j++
	}
	if j == k+3 || j >= s.Last || r.words[j] != "in" {
		return
	}
	if w, end := r.workAfterIn(j, s); w >= 0 && !r.channelAt(r.firstTokenOf(w, j)) {
		r.add(p, doc.CastIn, w, "", at, end, scoreGood, "played-more")
	}
}

// coordinatedSubject returns the person that opens sentence s as the
// subject of the verb at token i coordinated by "and" ("X narrated W, …,
// and played"), when no other person, "who" or ";" comes between; or -1.
func (r *run) coordinatedSubject(i int, s doc.Sentence) (int, int) {
	if i-1 <= s.First || r.words[i-1] != "and" {
		return -1, -1
	}
	p := r.entityAt(s.First)
	if p < 0 || r.typeOf(p) != doc.Person || r.mentionStart(s.First) != s.First || r.d.Mentions[r.ment[s.First]].Kind != doc.Name {
		return -1, -1
	}
	e := r.mentionEnd(s.First)
	if e >= i || r.d.Tokens[e].Kind != doc.Word || capitalized(r.d.TokenText(e)) || !verbLike(r.words[e]) {
		return -1, -1 // the subject's own verb right after it
	}
	for k := e; k < i; k++ {
		if x := r.entityAt(k); x >= 0 && isPersonType(r.typeOf(x)) && x != p {
			return -1, -1
		}
		if w := r.words[k]; w == "who" || w == "whom" || w == ";" || w == "but" || w == "while" {
			return -1, -1
		}
	}
	return p, s.First
}

// firstTokenOf returns the first token at or after k of a mention of
// entity e, or k.
func (r *run) firstTokenOf(e, k int) int {
	for j := k; j < len(r.ment) && j < k+20; j++ {
		if r.entityAt(j) == e {
			return j
		}
	}
	return k
}

// ownsTopic reports whether the noun at token i belongs to the screen
// work the document defines: "The programme's regular presenters", "Its
// hosts", "The film's stars".
func (r *run) ownsTopic(i int, s doc.Sentence) bool {
	for k := i - 1; k >= s.First && k >= i-4; k-- {
		switch w := r.words[k]; {
		case w == "its":
			return k == s.First
		case w == "'s" || w == "’s" || w == "'":
			if ok, end := r.topicNounAt(s.First, s.Last); ok && end == k {
				return true
			}
			return r.isTopic(r.entityAt(k - 1))
		}
	}
	return false
}

// workFeatures: "The series features twin brothers A and B", "The film
// featured A and B" — in an article defining a screen work, the people a
// reference to the work features are its cast.
func (r *run) workFeatures(i int, s doc.Sentence) {
	if r.inQ[i] || i == s.First || !r.isTopic(r.entityAt(i-1)) || r.mentionEnd(i-1) != i || r.screenTopic() < 0 {
		return
	}
	w := r.castTarget()
	for _, a := range r.castNames(i+1, s.Last) {
		if r.typeOf(a.e) == doc.Person && !r.isTopic(a.e) {
			r.add(a.e, doc.CastIn, w, "", r.mentionStart(i-1), a.end, scoreGood, "work-features")
		}
	}
}

// roleElsewhere reports whether a role found in sentence si (ending at
// token end) belongs to some work other than the document's main one,
// though no work mention says which: the role is followed by "in" and a
// title the tagger did not take for a work ("for playing Ray Charles in
// Ray", "as Marlow in the new biopic The Long Road of Eddie Marlow"); a
// "starring" clause describes another film ("Kinsey, starring A as B");
// or the main work is named in neither of the document's first two
// sentences (a story about awards or the box office, not about it).
func (r *run) roleElsewhere(si, end int) bool {
	s := r.d.Sentences[si]
	if end < s.Last && (r.words[end] == "in" || r.words[end] == "on") {
		for k := end + 1; k < s.Last && k < end+8; k++ {
			if capitalized(r.d.TokenText(k)) || r.d.Tokens[k].Kind == doc.OpenQuote {
				return true
			}
			if r.d.Tokens[k].Kind != doc.Word {
				break
			}
		}
	}
	if r.starringElsewhere(si, end) {
		return true
	}
	if r.topic.ent >= 0 && r.topic.ent == r.main {
		return false
	}
	for n := 0; n < 2 && n < len(r.d.Sentences); n++ {
		t := r.d.Sentences[n]
		for k := t.First; k < t.Last; k++ {
			if r.entityAt(k) == r.main {
				return false
			}
		}
	}
	return true
}

// parensHoldWork reports whether a parenthesis of tokens [first, last)
// holds a work: "A (Film), B (Film)" lists actors with their films, not
// characters with their actors.
func (r *run) parensHoldWork(first, last int) bool {
	for k := first; k+1 < last; k++ {
		if r.words[k] == "(" {
			if e := r.entityAt(k + 1); e >= 0 && r.typeOf(e) == doc.Work {
				return true
			}
		}
	}
	return false
}

// afterArticle reports whether the mention starting at token at follows
// "a", "an" or "the": "an Oscar" names no person.
func (r *run) afterArticle(at int) bool {
	if at <= 0 {
		return false
	}
	w := r.words[at-1]
	return w == "a" || w == "an" || w == "the"
}

// starringElsewhere reports whether a role found in sentence si (ending
// at token end) sits in a "starring" clause after a title the tagger did
// not take for a work: "Kinsey, starring A as B".
func (r *run) starringElsewhere(si, end int) bool {
	s := r.d.Sentences[si]
	for k := s.First; k < end && k < s.Last; k++ {
		if r.words[k] == "starring" && r.untaggedTitleBefore(k, s) {
			return true
		}
	}
	return false
}

// matchDayWords tell that "X plays Y" is a match, not a role: "the top seed
// plays Y in the second round".
var matchDayWords = set("seed", "seeded", "seeds", "tournament", "semi-final", "quarter-final", "semi-finals",
	"quarter-finals", "tiebreak", "tie-break", "sets", "ranked", "rankings", "innings", "wickets", "opponent")

// notPlaying reports whether "plays" at token i, with its subject
// mention at token at, names no acting part: a story about a match
// ("Hewitt plays Beck in the second round"), "portrayed" or "voiced" in
// a story with no talk of roles (a trial, a campaign), or a subject that
// is a description ("the three boys playing Billy") rather than a name.
func (r *run) notPlaying(i, at, first, last int) bool {
	if r.d.Mentions[r.ment[at]].Kind == doc.Nominal {
		return true
	}
	if w := r.words[i]; !strings.HasPrefix(w, "play") && !r.actingDoc() {
		return true // "the lawyer portrayed him as …", "voiced sympathy": no talk of roles
	}
	n := 0
	for _, w := range r.words {
		if matchDayWords[w] {
			n++
		}
	}
	return n >= 2
}

// possessiveMark reports whether token k is an apostrophe attached to
// the word before it: "Michael Douglas' opposite number".
func (r *run) possessiveMark(k int) bool {
	return k > 0 && (r.words[k] == "'" || r.words[k] == "’") && r.d.Tokens[k].Start == r.d.Tokens[k-1].End
}

// prepositionBetween reports whether tokens [a, b) hold a preposition:
// "plays polo with X" names a partner, not a part.
func (r *run) prepositionBetween(a, b int) bool {
	for k := a; k < b; k++ {
		switch r.words[k] {
		case "with", "against", "for", "alongside", "opposite", "beside", "to", "at", "in", "on":
			return true
		}
	}
	return false
}

// clauseBreak reports whether tokens [a, b) end a clause: a quotation
// mark, "but", "and", "while" or a semicolon between a noun and the name
// it would describe.
func (r *run) clauseBreak(a, b int) bool {
	for k := a; k < b; k++ {
		if t := r.d.Tokens[k].Kind; t == doc.OpenQuote || t == doc.CloseQuote {
			return true
		}
		switch r.words[k] {
		case "but", "and", "while", ";", "or", "who", "which":
			return true
		}
	}
	return false
}

// otherVersion reports whether token k, after "the film", makes it some
// other work: "the movie version of X's novel", "the film adaptation".
func (r *run) otherVersion(k int) bool {
	if k >= len(r.words) {
		return false
	}
	switch r.words[k] {
	case "version", "adaptation", "remake", "sequel", "prequel":
		return true
	}
	return false
}

// directorialNouns follow "directorial": "his directorial debut W".
var directorialNouns = set("debut", "venture", "feature", "effort", "project", "outing", "film", "return")

// directorial: "Lena Hart's second directorial venture W (2012)", "he
// made his directorial debut with W" — the possessor directed W.
func (r *run) directorial(i int, s doc.Sentence) {
	if r.inQ[i] || i == s.First || i+2 >= s.Last {
		return
	}
	// "his most recent directorial was W": the adjective alone, with a
	// word of order before it.
	bare := r.words[i+1] == "was" && i-1 > s.First && (r.words[i-1] == "recent" || r.words[i-1] == "latest" ||
		r.words[i-1] == "last" || r.words[i-1] == "next" || r.words[i-1] == "first" || ordinalWord(r.words[i-1]))
	if !directorialNouns[r.words[i+1]] && !bare {
		return
	}
	// The possessor: "X's [ordinal]" or "his [ordinal]".
	k := i - 1
	for k > s.First && (ordinalWord(r.words[k]) || r.words[k] == "first" || r.words[k] == "latest" || r.words[k] == "new" ||
		r.words[k] == "recent" || r.words[k] == "most" || r.words[k] == "last" || r.words[k] == "next") {
		k--
	}
	p, at := -1, -1
	switch r.words[k] {
	case "'s", "’s":
		if e := r.entityAt(k - 1); e >= 0 && r.typeOf(e) == doc.Person {
			p, at = e, r.mentionStart(k-1)
		}
	case "his", "her":
		p, at = r.actorBefore(k+1, s)
		if k-2 >= s.First && r.d.Tokens[k-1].Kind == doc.Word && !capitalized(r.d.TokenText(k-1)) {
			// "Anil made his directorial debut": the subject right before
			// the verb owns the debut.
			if e := r.entityAt(k - 2); e >= 0 && r.typeOf(e) == doc.Person && r.d.Mentions[r.ment[k-2]].Kind == doc.Name {
				p, at = e, r.mentionStart(k-2)
			}
		}
		if p >= 0 && r.typeOf(p) != doc.Person {
			p = -1
		}
	}
	if p < 0 {
		return
	}
	j := i + 2
	if bare {
		j = i + 1
	}
	if j < s.Last && (r.words[j] == "with" || r.words[j] == "," || r.words[j] == "was") {
		j++
	}
	if r.words[j-1] == "was" && j+2 < s.Last && r.words[j] == "in" && r.d.Tokens[j+1].Kind == doc.Number && r.words[j+2] == "with" {
		j += 3 // "her directorial debut was in 2013 with W"
	}
	if j < s.Last && r.words[j] == "the" && j+1 < s.Last && screenClass[r.words[j+1]] {
		j += 2
	}
	if j < s.Last && r.d.Tokens[j].Kind == doc.OpenQuote {
		j++
	}
	if j+1 < s.Last && r.words[j] == "the" && r.entityAt(j) < 0 && r.entityAt(j+1) >= 0 {
		j++ // "The [Quiet River]": the tagger left the article out
	}
	w := r.workAt(j)
	if w < 0 {
		w = r.titleAfterNoun(j, s) // "debut with The Quiet River": a title, whatever the tagger made of it
	}
	if w >= 0 && r.typeOf(w) == doc.Work && !r.channelAt(j) {
		r.add(w, doc.DirectedBy, p, "", at, r.mentionEnd(j), scoreGood, "directorial")
		r.alsoWrittenBy(w, p, r.mentionEnd(j), at, s)
	}
}

// alsoWrittenBy: "his directorial debut was W, also written by him" —
// the director p of work w, whose mention ends before token e, wrote it
// too when the clause after the title says so with a pronoun.
func (r *run) alsoWrittenBy(w, p, e, at int, s doc.Sentence) {
	if e+2 < s.Last && r.words[e] == "(" && r.words[e+2] == ")" {
		e += 3
	}
	if e+4 >= s.Last || r.words[e] != "," || r.words[e+1] != "also" || r.words[e+2] != "written" || r.words[e+3] != "by" {
		return
	}
	if pr := r.words[e+4]; (pr == "him" || pr == "her") && (r.entityAt(e+4) < 0 || r.entityAt(e+4) == p) {
		r.add(w, doc.WrittenBy, p, "", at, e+5, scoreGood, "directorial-also-written")
	}
}

// ordinalWord reports whether w is an ordinal: "second", "third", "5th".
func ordinalWord(w string) bool {
	switch w {
	case "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth":
		return true
	}
	return len(w) > 2 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "th") || strings.HasSuffix(w, "nd") ||
		strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "st"))
}

// screenplayVerbs are the verbs of a maker chain before "the screenplay
// for W": "would later produce and co-write the screenplay for W".
var screenplayVerbs = map[string]doc.Predicate{"write": doc.WrittenBy, "wrote": doc.WrittenBy, "writing": doc.WrittenBy,
	"co-wrote": doc.WrittenBy, "co-write": doc.WrittenBy, "penned": doc.WrittenBy, "direct": doc.DirectedBy,
	"directed": doc.DirectedBy, "directing": doc.DirectedBy, "produce": doc.ProducedBy, "produced": doc.ProducedBy}

// screenplayFor: "X wrote the screenplay for W", "she later directed and
// wrote the screenplay for W" — X wrote (and directed) W.
func (r *run) screenplayFor(i int, s doc.Sentence) {
	if r.inQ[i] || i-2 < s.First || i+2 >= s.Last || r.words[i-1] != "the" || r.words[i+1] != "for" && r.words[i+1] != "of" {
		return
	}
	var preds []doc.Predicate
	k := i - 2
	for ; k >= s.First; k-- {
		if p, ok := screenplayVerbs[r.words[k]]; ok {
			preds = append(preds, p)
		} else if r.words[k] != "and" && r.words[k] != "," && r.words[k] != "also" {
			break
		}
	}
	if len(preds) == 0 || preds[0] != doc.WrittenBy {
		return // the verb next to "the screenplay" writes it
	}
	j := i + 2
	if j < s.Last && r.d.Tokens[j].Kind == doc.OpenQuote {
		j++
	}
	w := r.workAt(j)
	if w < 0 || r.channelAt(j) {
		return
	}
	p, at := r.actorBefore(k+1, s)
	if p < 0 || r.typeOf(p) != doc.Person || k+1-at > 8 {
		return
	}
	for _, pr := range preds {
		r.add(w, pr, p, "", at, r.mentionEnd(j), scoreGood, "screenplay-for")
	}
}

// describedSubject returns the work that opens sentence s after a
// description of it: "His first film, W, was released …", "Her 2004
// comedy W …"; or -1.
func (r *run) describedSubject(s doc.Sentence) int {
	k := s.First
	for n := 0; k < s.Last && n < 5 && (r.entityAt(k) < 0 || r.possessivePronoun(k)); n++ {
		w := r.words[k]
		if !(r.possessivePronoun(k) || w == "the" || w == "a" || w == "first" || ordinalWord(w) || w == "debut" || w == "latest" ||
			screenClass[w] || workClass[w] || r.d.Tokens[k].Kind == doc.Number || w == "," && k > s.First && screenClass[r.words[k-1]]) {
			return -1
		}
		k++
	}
	if k == s.First {
		return -1
	}
	if w := r.workAt(k); w >= 0 {
		return w
	}
	return -1
}

// underBanner: "The film is produced by A under his banner Galaxy Films",
// "produced under the banner of Star Pictures" — the company named after
// "banner" produced the work the sentence is about.
func (r *run) underBanner(i int, s doc.Sentence) {
	if r.inQ[i] || i+1 >= s.Last {
		return
	}
	k := i - 1
	if k > s.First && (r.possessivePronoun(k) || r.words[k] == "the") {
		k--
	}
	if k < s.First || r.words[k] != "under" {
		return
	}
	j := i + 1
	if r.words[j] == "of" || r.words[j] == "," {
		j++
	}
	if j >= s.Last || !capitalized(r.d.TokenText(j)) {
		return
	}
	o := r.entityAt(j)
	if o < 0 || r.mentionStart(j) != j {
		return
	}
	if t := r.typeOf(o); t != doc.Org {
		if len(r.d.Entities[o].Mentions) > 1 || !nameHas(r.d.Entities[o].Name, studioWords) {
			return
		}
		r.retype(o, doc.Org) // "Galaxy Films" taken for a person
	}
	w, at := r.workBefore(k, s.First)
	if w < 0 {
		if w = r.screenTopic(); w < 0 {
			return
		}
		at = s.First
	}
	if !r.isScreenWork(w, at, k) {
		return
	}
	r.add(w, doc.ProductionCompany, o, "", at, r.mentionEnd(j), scoreGood, "under-banner")
}

// networksFrom reads the networks named from token k on: "A and B in
// Canada and on C" — listed networks joined by "and", commas, "on", and
// a place phrase ("in Canada") after each.
func (r *run) networksFrom(k int, s doc.Sentence) []agent {
	var out []agent
	for k < s.Last {
		o := r.entityAt(k)
		if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || !r.isNetwork(o) {
			break
		}
		out = append(out, agent{o, r.mentionEnd(k)})
		k = r.mentionEnd(k)
		if k+1 < s.Last && r.words[k] == "in" {
			if e := r.entityAt(k + 1); e >= 0 && (r.typeOf(e) == doc.GPE || r.typeOf(e) == doc.Loc) {
				k = r.mentionEnd(k + 1) // "in Canada"
			} else if r.words[k+1] == "the" && k+2 < s.Last && r.entityAt(k+2) >= 0 && r.typeOf(r.entityAt(k+2)) == doc.GPE {
				k = r.mentionEnd(k + 2)
			}
		}
		n := k
		for n < s.Last && n < k+3 && (r.words[n] == "," || r.words[n] == "and" || r.words[n] == "on" || r.words[n] == "the") {
			n++
		}
		if n == k {
			break
		}
		k = n
	}
	return out
}

// adjectiveMention reports whether the mention at token at is an
// adjective the tagger took for a name: "Oscar-winning", "Bafta-nominated".
func (r *run) adjectiveMention(at int) bool {
	if at < 0 || r.ment[at] < 0 {
		return false
	}
	t := r.d.Mentions[r.ment[at]].Text
	k := strings.LastIndex(t, "-")
	return k > 0 && k+1 < len(t) && t[k+1] >= 'a' && t[k+1] <= 'z' && !strings.Contains(t, " ")
}

// workDirector: "The Salt Road film director Dame Ines Varga",
// "Skyline director Ana Reyes" — a film's title before "director" names
// the film the person directed. The work must be a film: "film" before
// the noun, or the document calls it one.
func (r *run) workDirector(i int, s doc.Sentence) {
	if i-1 <= s.First || r.inQ[i] {
		return
	}
	b := i
	film := false
	if r.words[b-1] == "film" || r.words[b-1] == "movie" {
		b--
		film = true
	}
	if b-1 > s.First && r.d.Tokens[b-1].Kind == doc.CloseQuote {
		b--
	}
	w := r.entityAt(b - 1)
	if w < 0 || r.typeOf(w) != doc.Work || r.mentionEnd(b-1) != b || r.channelAt(r.mentionStart(b-1)) {
		return
	}
	if !film && !r.filmWork(w) {
		return
	}
	j := i + 1
	if j < s.Last && storyTitles[r.words[j]] || j < s.Last && r.words[j] == "sir" {
		j++ // "director Sir Peter Jackson"
	}
	p := r.entityAt(j)
	if j >= s.Last || p < 0 || r.typeOf(p) != doc.Person || r.mentionStart(j) != j || r.d.Mentions[r.ment[j]].Kind != doc.Name {
		return
	}
	r.add(w, doc.DirectedBy, p, "", r.mentionStart(b-1), r.mentionEnd(j), scoreGood, "work-director")
}

// filmWork reports whether the document calls work w a film: the film it
// defines, or a mention after "film" or "movie".
func (r *run) filmWork(w int) bool {
	if r.isTopic(w) && (r.topic.class == "film" || r.topic.class == "movie") {
		return true
	}
	for _, mi := range r.d.Entities[w].Mentions {
		k := r.d.TokenAt(r.d.Mentions[mi].Start)
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if r.words[j] == "film" || r.words[j] == "movie" || r.words[j] == "films" {
				return true
			}
		}
	}
	return false
}

// hisRolesIn: "known for her roles in A (2005) and B (2006)", "best known
// for her appearances in spy thrillers of the 1960s such as W (1963)" — the
// owner of the roles acted in the works listed. An unlinked "his" or
// "her" is the person the article is about when no one else is named
// before it.
func (r *run) hisRolesIn(i int, s doc.Sentence) {
	if i-1 <= s.First || i+2 >= s.Last || r.inQ[i] || r.sportsDoc() {
		return
	}
	if o := r.words[i-1]; o != "his" && o != "her" {
		return
	}
	p := r.entityAt(i - 1)
	if p < 0 {
		p = r.bioPerson()
		for k := s.First; k < i && p >= 0; k++ {
			if e := r.entityAt(k); e >= 0 && isPersonType(r.typeOf(e)) && e != p {
				p = -1
			}
		}
	} else {
		// The pronoun's owner is the nearest person before it: "A for
		// W and B, who was praised twice for her roles in V" is B's.
		for k := i - 2; k >= s.First; k-- {
			if e := r.entityAt(k); e >= 0 && isPersonType(r.typeOf(e)) {
				if e != p {
					return
				}
				break
			}
		}
	}
	if p < 0 || r.typeOf(p) != doc.Person {
		return
	}
	k := i + 1
	if r.words[k] != "in" {
		return
	}
	k++
	// "in Italian spy thrillers of the 1960s such as W": the list after
	// "such as", a few words on.
	for j := k; j < s.Last && j < k+10; j++ {
		if r.words[j] == "such" && j+1 < s.Last && r.words[j+1] == "as" {
			k = j + 2
			break
		}
		if r.entityAt(j) >= 0 && r.typeOf(r.entityAt(j)) == doc.Work || r.words[j] == "," || r.words[j] == "." {
			break
		}
	}
	for _, a := range r.worksListAt(k, s) {
		if r.typeOf(a.e) != doc.Work || r.channelAt(r.firstTokenOf(a.e, k)) || r.hasClaim(p, doc.CastIn, a.e) {
			continue
		}
		r.add(p, doc.CastIn, a.e, "", i-1, a.end, scoreGood, "his-roles-in")
	}
}

// actingCues come before "in" and a film an actor was in: "appeared in",
// "starred in", "roles in".
var actingCues = set("appeared", "appearing", "appears", "starred", "starring", "stars", "co-starred", "acted", "role",
	"roles", "cameo", "cameos")

// makerInActing: "He has also appeared in A's W (2008)", "horror films,
// such as A's W" — a person's possessive before a title an actor appeared
// in, or a film in a list of films, names the film's director. A year in
// parentheses after the title, or "films" before "such as", says the work
// is a film (not "appeared in Shakespeare's Hamlet"). The gates are those
// of directorsFilm: an encyclopedic article or a person called a
// director, and never someone the document casts.
func (r *run) makerInActing(i int, s doc.Sentence) {
	if i == s.First || i+1 >= s.Last || r.inQ[i] {
		return
	}
	p := r.entityAt(i - 1)
	if p < 0 || r.mentionEnd(i-1) != i || r.typeOf(p) != doc.Person {
		return
	}
	at := r.mentionStart(i - 1)
	if r.d.Mentions[r.ment[at]].Kind != doc.Name || at-2 < s.First {
		return
	}
	w := r.workAt(i + 1)
	if w < 0 || r.mentionStart(i+1) != i+1 || r.channelAt(i+1) {
		return
	}
	we := r.mentionEnd(i + 1)
	film := false
	switch {
	case r.words[at-1] == "in":
		// "appeared in A's W (2008)": an acting cue right before "in",
		// maybe after "also" or "has".
		cue := false
		for k := at - 2; k >= s.First && k >= at-4; k-- {
			if actingCues[r.words[k]] {
				cue = true
				break
			}
		}
		if !cue {
			return
		}
		film = we+2 < s.Last && r.words[we] == "(" && r.d.Tokens[we+1].Kind == doc.Number && r.words[we+2] == ")"
	case r.words[at-1] == "as" && r.words[at-2] == "such" || r.words[at-1] == "like" || r.words[at-1] == "including":
		// "horror films, such as A's W": a film in a list of films.
		k := at - 2
		if r.words[at-1] == "as" {
			k = at - 3
		}
		if k >= s.First && r.words[k] == "," {
			k--
		}
		film = k >= s.First && (r.words[k] == "films" || r.words[k] == "movies")
	}
	if !film || r.isTopic(p) || r.castMember(p) || r.actorNamed(p) {
		return
	}
	if r.topic.ent < 0 && !r.calledDirector(p) && !r.quotedDefinition() && r.personDefined() < 0 {
		return
	}
	r.add(w, doc.DirectedBy, p, "", at, we, scoreGood, "maker-in-acting")
}

// companyFoundingVerbs set up a company: "formed X", "established the studio X".
var companyFoundingVerbs = set("formed", "founded", "established", "co-founded", "launched", "started", "set", "created")

// companyDebut: "A established the production house X and produced its
// debut film W", "A had formed X in 1929 with B and their first film W
// was a success" — the film a new company made first was made by it.
func (r *run) companyDebut(i int, s doc.Sentence) {
	if r.inQ[i] || i+2 >= s.Last {
		return
	}
	k := i + 1
	if w := r.words[k]; w != "first" && w != "debut" && w != "maiden" && w != "inaugural" {
		return
	}
	k++
	for n := 0; k < s.Last && n < 2 && (r.words[k] == "feature" || r.words[k] == "animated" || r.words[k] == "full-length"); n++ {
		k++
	}
	if k+1 >= s.Last || (r.words[k] != "film" && r.words[k] != "movie" && r.words[k] != "production" && r.words[k] != "picture") {
		return
	}
	k++
	if r.words[k] == "," && k+1 < s.Last {
		k++
	}
	w := r.workAt(k)
	if w < 0 || r.mentionStart(k) != k {
		return
	}
	// The company: the nearest organisation before the pronoun, set up by
	// a founding verb a few words before it, and no other work between.
	o, oa := -1, -1
	for j := i - 1; j >= s.First && j >= i-14; j-- {
		e := r.entityAt(j)
		if e < 0 {
			continue
		}
		if t := r.typeOf(e); t == doc.Org {
			o, oa = e, r.mentionStart(j)
			break
		} else if t == doc.Work {
			return
		}
	}
	if o < 0 || r.channelAt(oa) {
		return
	}
	found := false
	for j := oa - 1; j >= s.First && j >= oa-6; j-- {
		if companyFoundingVerbs[r.words[j]] {
			found = r.words[j] != "set" || r.words[j+1] == "up"
			break
		}
		if r.entityAt(j) >= 0 {
			return
		}
	}
	if !found {
		return
	}
	r.add(w, doc.ProductionCompany, o, "", oa, r.mentionEnd(k), scoreGood, "company-debut")
}

// runVerbs tell what a network does with a programme's run: "W would end
// its run", "W had been cancelled", "W will return".
var runVerbs = set("end", "ends", "ended", "return", "returns", "cancelled", "canceled", "renewed", "conclude",
	"concluded", "air", "premiere")

// networkAnnounced: "On May 5, N announced that W would end its run",
// "N confirmed W had been renewed" — a network that announces the end, the
// return or the renewal of a programme airs it.
func (r *run) networkAnnounced(i int, s doc.Sentence) {
	if i == s.First || r.inQ[i] || i+2 >= s.Last {
		return
	}
	o := r.entityAt(i - 1)
	if o < 0 || r.mentionEnd(i-1) != i || r.typeOf(o) != doc.Org || !r.isNetwork(o) {
		return
	}
	k := i + 1
	if r.words[k] == "that" {
		k++
	}
	if k < s.Last && r.d.Tokens[k].Kind == doc.OpenQuote {
		k++
	}
	w := r.workAt(k)
	if w < 0 || r.mentionStart(k) != k || r.channelAt(k) {
		return
	}
	end := r.mentionEnd(k)
	for j := end; j < s.Last && j < end+5; j++ {
		if runVerbs[r.words[j]] {
			r.add(w, doc.ReleasedOn, o, "", r.mentionStart(i-1), j+1, scoreGood, "network-announced")
			return
		}
		if r.entityAt(j) >= 0 || r.words[j] == "," {
			return
		}
	}
}

// ownFilmWords are what a director's possessive names: "his first film",
// "her later works".
var ownFilmWords = set("film", "films", "feature", "features", "movie", "movies", "works", "short", "shorts")

// ownFilmOrder are the words of order or time before them.
var ownFilmOrder = set("first", "debut", "later", "early", "earlier", "last", "latest", "final", "recent", "next",
	"subsequent", "most")

// ownOrdered reads a possessive at token i and the words of order after
// it ("his first", "her later", "its second") in an article defining a
// person: that person p and the token k after the words of order; ok is
// false when no person is defined, another entity stands at i, or no word
// of order follows.
func (r *run) ownOrdered(i int, s doc.Sentence) (p, k int, ok bool) {
	p = r.bioPerson()
	if p < 0 || r.typeOf(p) != doc.Person {
		return -1, 0, false
	}
	if e := r.entityAt(i); e >= 0 && e != p {
		return -1, 0, false
	}
	k = i + 1
	for n := 0; k < s.Last && n < 2 && (ownFilmOrder[r.words[k]] || ordinalWord(r.words[k])); n++ {
		ok = true
		k++
	}
	return p, k, ok
}

// directorsOwnFilms: "His first film, W, was released in 1996", "In his
// later works, W (2010) and V (2012), he filmed abroad" — in an article
// defining a film director, the films the person's possessive names with
// a word of order were directed by the person. Nobody else may be named
// before the pronoun in the sentence.
func (r *run) directorsOwnFilms(i int, s doc.Sentence) {
	if r.inQ[i] || i+3 >= s.Last || !r.classPhraseHas(filmMakers) {
		return
	}
	p, k, ok := r.ownOrdered(i, s)
	if !ok || k+2 >= s.Last || !ownFilmWords[r.words[k]] || r.words[k+1] != "," {
		return
	}
	for j := s.First; j < i; j++ {
		if e := r.entityAt(j); e >= 0 && isPersonType(r.typeOf(e)) && e != p {
			return
		}
	}
	for _, a := range r.worksListAt(k+2, s) {
		if r.typeOf(a.e) != doc.Work || r.channelAt(r.firstTokenOf(a.e, k+2)) {
			continue
		}
		r.add(a.e, doc.DirectedBy, p, "", i, a.end, scoreGood, "directors-own-films")
	}
}

// plotKin: "He returns to his step-brother Q, a butcher, and his wife L"
// — in an article defining a story, a plot sentence whose subject is a
// character of the story (by name or by a pronoun linked to one) and whose
// verb is in the present tense names the character's kin: they are
// characters of the story too.
func (r *run) plotKin(s doc.Sentence) {
	w, first := r.plotSentence(s)
	if w < 0 {
		return
	}
	c := r.entityAt(first)
	if si := r.d.Tokens[s.First].Sentence; c >= 0 && r.typeOf(c) != doc.Character && r.d.Mentions[r.ment[first]].Kind == doc.Pronoun && si > 0 {
		c = r.lastCharacterIn(r.d.Sentences[si-1])
	}
	if c < 0 || c == w || r.typeOf(c) != doc.Character || r.mentionStart(first) != first {
		return
	}
	k := r.mentionEnd(first)
	if k < s.Last && (r.words[k] == "also" || r.words[k] == "then" || r.words[k] == "soon" || r.words[k] == "later" || r.words[k] == "finally") {
		k++
	}
	if k >= s.Last || r.d.Tokens[k].Kind != doc.Word || capitalized(r.d.TokenText(k)) || !strings.HasSuffix(r.words[k], "s") ||
		strings.HasSuffix(r.words[k], "ss") || notPlotVerbs[r.words[k]] || listStop[r.words[k]] {
		return
	}
	for j := k + 1; j+1 < s.Last; j++ {
		if !r.possessivePronoun(j) {
			continue
		}
		q := j + 1
		for n := 0; q < s.Last && n < 3 && kinModifiers[r.words[q]]; n++ {
			q++
		}
		if q+1 >= s.Last || !kinNouns[r.words[q]] {
			continue
		}
		e, end := r.characterAt(q+1, s)
		if e < 0 || e == c || e == w || r.isTopic(e) || r.isMaker(e) || r.d.Mentions[r.ment[end-1]].Kind != doc.Name {
			continue
		}
		r.markCharacter(e)
		r.add(e, doc.AppearsIn, w, "", j, end, scoreGood, "plot-kin")
	}
}

// lastCharacterIn returns the character a sentence names last when no
// other person is named after it ("The protagonist is F, an escaped
// prisoner": F, for a "He" opening the next sentence), or -1.
func (r *run) lastCharacterIn(s doc.Sentence) int {
	for k := s.Last - 1; k >= s.First; k-- {
		if e := r.entityAt(k); e >= 0 && isPersonType(r.typeOf(e)) {
			if r.typeOf(e) == doc.Character && r.d.Mentions[r.ment[k]].Kind == doc.Name {
				return e
			}
			return -1
		}
	}
	return -1
}

// firstOfThem: "W was the first of those, followed by A (1934), B (1934)
// and C (1935)" — after a sentence about the films a company made, the
// films listed after the first one were made by the company that made it.
func (r *run) firstOfThem(i int, s doc.Sentence) {
	if r.inQ[i] || i+2 >= s.Last || r.words[i+1] != "by" {
		return
	}
	w := r.workAt(s.First)
	if w < 0 || r.mentionStart(s.First) != s.First {
		return
	}
	// "W was the first of them," right before "followed".
	k := r.mentionEnd(s.First)
	want := []string{"was", "the", "first", "of"}
	for _, x := range want {
		if k >= i || r.words[k] != x {
			return
		}
		k++
	}
	if k >= i || r.words[k] != "them" && r.words[k] != "these" && r.words[k] != "those" {
		return
	}
	k++
	if k < i && r.words[k] == "," {
		k++
	}
	if k != i {
		return
	}
	var companies []int
	for _, c := range r.out {
		if c.Subject == w && c.Predicate == doc.ProductionCompany && c.Object >= 0 {
			companies = append(companies, c.Object)
		}
	}
	if len(companies) == 0 {
		return
	}
	for _, a := range r.worksListAt(i+2, s) {
		if a.e == w || r.typeOf(a.e) != doc.Work {
			continue
		}
		for _, o := range companies {
			r.add(a.e, doc.ProductionCompany, o, "", s.First, a.end, scoreGood, "first-of-them")
		}
	}
}

// afterYearOpener returns the token after an opening "In 2007" (with or
// without a comma) that sets a sentence in a year, or the sentence's first
// token: "In 2007 she appeared in W" is about "she".
func (r *run) afterYearOpener(s doc.Sentence) int {
	k := s.First
	if k+2 >= s.Last || r.words[k] != "in" || r.d.Tokens[k+1].Kind != doc.Number || len(r.words[k+1]) != 4 {
		return s.First
	}
	k += 2
	if r.words[k] == "," {
		k++
	}
	return k
}

// screenDoc reads films, series, characters and their people over the whole document, after the
// sentence rules.
func (r *run) screenDoc() {
	r.aliasMakers()
	r.voicedInOriginal()
	r.makersCharacter()
}

// makersCharacter: "all three featuring Clancy's character Jack Ryan" —
// the character a writer's possessive names was created by the writer,
// when the writer made a work of the document and acts in none (an
// actor's "character" is a part).
func (r *run) makersCharacter() {
	for _, s := range r.d.Sentences {
		for k := s.First + 1; k+2 < s.Last; k++ {
			if r.words[k] != "'s" && r.words[k] != "’s" || r.inQ[k] {
				continue
			}
			author := r.possessorAt(k)
			j := k + 1
			if j < s.Last && r.words[j] == "fictional" {
				j++
			}
			if author < 0 || j+1 >= s.Last || r.words[j] != "character" {
				continue
			}
			j++
			if r.words[j] == "," && j+1 < s.Last {
				j++
			}
			ch, end := r.characterAt(j, s)
			if ch < 0 || ch == author || !r.isMaker(author) || r.castMember(author) || r.castMember(ch) {
				continue
			}
			r.markCharacter(ch)
			r.add(ch, doc.CreatedBy, author, "", r.mentionStart(k-1), end, scoreGood, "makers-character")
		}
	}
}

// voicedInOriginal: "King Leo was voiced by A in the original 1967 film"
// — in an article defining a character of one work, the actor who plays
// it in "the original film" (no title named) is in that work's cast.
func (r *run) voicedInOriginal() {
	if !r.topicIsCharacter() || len(r.d.Sentences) == 0 {
		return
	}
	work := -1
	for _, c := range r.out {
		if c.Predicate == doc.AppearsIn && c.Subject == r.topic.ent && c.Evidence.Sentence == 0 {
			if work >= 0 && work != c.Object {
				return // the character of several works: which one is unsaid
			}
			work = c.Object
		}
	}
	if work < 0 {
		return
	}
	for n, k := len(r.out), 0; k < n; k++ {
		c := r.out[k]
		if c.Predicate != doc.Plays || c.Object != r.topic.ent || c.Evidence.Sentence <= 0 || c.Evidence.Sentence >= len(r.d.Sentences) ||
			r.hasClaim(c.Subject, doc.CastIn, work) {
			continue
		}
		if s := r.d.Sentences[c.Evidence.Sentence]; r.originalVersion(s) {
			if x := r.add(c.Subject, doc.CastIn, work, "", s.First, s.Last, c.Score-0.1, "voiced-in-original"); x != nil {
				x.Evidence = c.Evidence
				x.Evidence.Extractor = "claim:voiced-in-original"
			}
		}
	}
}

// originalVersion reports whether sentence s names "the original" film
// or series (maybe with a year between) and no title.
func (r *run) originalVersion(s doc.Sentence) bool {
	found := false
	for k := s.First; k < s.Last; k++ {
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Work {
			return false
		}
		if r.words[k] != "original" {
			continue
		}
		for j := k + 1; j < s.Last && j <= k+2; j++ {
			if screenClass[r.words[j]] {
				found = true
			}
		}
	}
	return found
}

// aliasPredicates are the claims about a work that hold for each of its
// titles.
var aliasPredicates = map[doc.Predicate]bool{doc.DirectedBy: true, doc.WrittenBy: true, doc.ProducedBy: true,
	doc.ProductionCompany: true, doc.ReleasedOn: true, doc.CastIn: true}

// aliasMakers: "W (also known as A and B) is a 1974 film directed by X
// and starring Y" — the titles in a parenthesis of the opening sentence
// name one film: its makers, cast and network hold for each title.
func (r *run) aliasMakers() {
	if len(r.d.Sentences) == 0 {
		return
	}
	s := r.d.Sentences[0]
	for k := s.First + 1; k < s.Last; k++ {
		if r.words[k] != "(" || r.inQ[k] {
			continue
		}
		w := r.entityAt(k - 1)
		if w < 0 || r.typeOf(w) != doc.Work {
			continue
		}
		group := append([]int{w}, r.aliasesAt(k+1, s)...)
		if len(group) > 1 {
			r.copyToAliases(group)
		}
	}
}

// aliasesAt reads "also known as A and B" at token j: the works named
// after a lead that says they are other titles.
func (r *run) aliasesAt(j int, s doc.Sentence) []int {
	as, e := false, j
	for j < s.Last && j < e+4 && aliasLead[r.words[j]] && r.entityAt(j) < 0 {
		as = as || r.words[j] == "as" || r.words[j] == "aka" || r.words[j] == "a.k.a."
		j++
	}
	if !as {
		return nil
	}
	var out []int
	for _, a := range r.listAfter(j, s.Last, 0, doc.Work) {
		out = append(out, a.e)
	}
	return out
}

// copyToAliases copies the claims on any title of group (a work's
// titles) to the other titles.
func (r *run) copyToAliases(group []int) {
	in := map[int]bool{}
	for _, w := range group {
		in[w] = true
	}
	for n, k := len(r.out), 0; k < n; k++ {
		c := r.out[k]
		if !aliasPredicates[c.Predicate] {
			continue
		}
		for _, w := range group {
			subj, obj := c.Subject, c.Object
			switch {
			case c.Predicate == doc.CastIn && in[obj] && obj != w:
				obj = w
			case c.Predicate != doc.CastIn && in[subj] && subj != w:
				subj = w
			default:
				continue
			}
			if r.hasClaim(subj, c.Predicate, obj) {
				continue
			}
			if x := r.add(subj, c.Predicate, obj, "", 0, 1, c.Score-0.05, "alias-maker"); x != nil {
				x.Evidence = c.Evidence
				x.Evidence.Extractor = "claim:alias-maker"
			}
		}
	}
}

// frontedMakers: "Written by A and directed by B, the episode aired on N"
// — a sentence opening with participial maker clauses is about the
// subject after them ("the episode", "it", or a title): the makers made
// it, and a network it aired on after the subject is its network.
func (r *run) frontedMakers(s doc.Sentence) {
	type made struct {
		p   doc.Predicate
		who []agent
	}
	var all []made
	k := s.First
	for k < s.Last && k < s.First+40 {
		var preds []doc.Predicate
		for k < s.Last {
			if p, ok := byVerbs[r.words[k]]; ok && p != doc.Performer {
				preds = append(preds, p)
			} else if r.words[k] != "and" && r.words[k] != "," {
				break
			}
			k++
		}
		if len(preds) == 0 || k+1 >= s.Last || r.words[k] != "by" || r.inQ[k] {
			return
		}
		who := r.listAfter(k+1, s.Last, 2, doc.Person, doc.Org)
		if len(who) == 0 {
			return
		}
		for _, p := range preds {
			all = append(all, made{p, who})
		}
		k = who[len(who)-1].end
		if k+1 < s.Last && r.words[k] == "and" {
			k++
			continue // "… and directed by B"
		}
		break
	}
	if k+2 >= s.Last || r.words[k] != "," || len(all) == 0 {
		return
	}
	subj, end := r.frontedSubject(k+1, s)
	if subj < 0 {
		return
	}
	for _, m := range all {
		if m.p == doc.WrittenBy && !r.isScreenWork(subj, k+1, end) && r.screenTopic() != subj {
			continue // a book's writer is no screenwriter
		}
		for _, a := range m.who {
			p := m.p
			if r.typeOf(a.e) == doc.Org {
				if p != doc.ProducedBy {
					continue
				}
				p = doc.ProductionCompany
			}
			r.add(subj, p, a.e, "", s.First, end, scoreGood, "fronted-makers")
		}
	}
	r.frontedAired(subj, end, s)
}

// frontedSubject reads the subject that follows fronted maker clauses at
// token k: "the episode" or "it" for the work the article defines, or a
// work's title. It returns the work and the token after the subject.
func (r *run) frontedSubject(k int, s doc.Sentence) (int, int) {
	t := r.topic
	if t.ent >= 0 && r.typeOf(t.ent) == doc.Work {
		// The reference becomes a mention of the topic, for the rules
		// reading the rest of the clause ("the film stars A").
		if r.words[k] == "it" {
			r.refAt(k, k+1, doc.Pronoun)
			return t.ent, k + 1
		}
		if (r.words[k] == "the" || r.words[k] == "this") && k+1 < s.Last && r.entityAt(k+1) < 0 &&
			(r.words[k+1] == t.class || (sameClass[r.words[k+1]] != "" && sameClass[r.words[k+1]] == sameClass[t.class])) {
			r.refAt(k, k+2, doc.Nominal)
			return t.ent, k + 2
		}
	}
	if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Work && r.mentionStart(k) == k {
		return e, r.mentionEnd(k)
	}
	return -1, -1
}

// frontedAired: "…, the episode aired on N": the network right after the
// subject of fronted maker clauses; an episode's series airs there too.
func (r *run) frontedAired(w, k int, s doc.Sentence) {
	if k+2 >= s.Last || !airVerbs[r.words[k]] || r.words[k+1] != "on" {
		return
	}
	n := k + 2
	if r.words[n] == "the" {
		n++
	}
	for _, o := range r.networksFrom(n, s) {
		r.add(w, doc.ReleasedOn, o.e, "", s.First, o.end, scoreGood, "fronted-aired")
		if r.isTopic(w) {
			if series := r.episodeSeries(); series >= 0 {
				r.add(series, doc.ReleasedOn, o.e, "", s.First, o.end, scoreGood, "fronted-aired")
			}
		}
	}
}

// scriptWriters are the class nouns of a person who writes for the screen.
var scriptWriters = set("screenwriter", "screenwriters", "scriptwriter", "scenarist", "screenplay")

// writersOwnScripts: "Her second screenplay for another filmmaker was W (2017)"
// — in an article defining a screenwriter, the script the person's
// possessive names with a word of order is the person's: they wrote W.
func (r *run) writersOwnScripts(i int, s doc.Sentence) {
	if r.inQ[i] || i+4 >= s.Last || !r.definedWith(scriptWriters) {
		return
	}
	p, k, ok := r.ownOrdered(i, s)
	if !ok || k >= s.Last || r.words[k] != "script" && r.words[k] != "screenplay" {
		return
	}
	// "for another director": a short phrase before the copula.
	j := k + 1
	for n := 0; j < s.Last && n < 4 && r.entityAt(j) < 0 && r.words[j] != "was" && r.words[j] != "is"; n++ {
		j++
	}
	if j+1 >= s.Last || r.words[j] != "was" && r.words[j] != "is" {
		return
	}
	if w, end := r.workAfterIn(j, s); w >= 0 && r.mentionStart(r.firstTokenOf(w, j)) == j+1 {
		r.add(w, doc.WrittenBy, p, "", i, end, scoreGood, "writers-own-scripts")
	}
}

// definedWith reports whether the opening definition names the topic with
// one of the words before its first clause: "X is an Indian singer,
// actor, director and screenwriter, who …".
func (r *run) definedWith(words map[string]bool) bool {
	t := r.topic
	if t.ent < 0 || len(r.d.Sentences) == 0 {
		return false
	}
	s := r.d.Sentences[0]
	for k := t.cop + 1; k < s.Last && k < t.cop+25; k++ {
		switch r.words[k] {
		case "who", "which", "that", ";", "(", "whose":
			return false
		}
		if words[r.words[k]] {
			return true
		}
	}
	return false
}

// hostNouns name who presents a programme; hostMods come before them.
var (
	hostNouns = set("host", "presenter", "co-host", "co-presenter")
	hostMods  = set("regular", "main", "original", "current", "former", "longtime", "long-time", "first", "new", "lead",
		"resident", "permanent", "sole")
)

// hostOf: "A was the host of the talent show W", "known as the presenter
// of BBC One's W", "B is host of W" — the person who presents a programme
// is in its cast. "a host of W" is a quantity, not a presenter.
func (r *run) hostOf(i int, s doc.Sentence) {
	if r.inQ[i] || i == s.First || i+2 >= s.Last || r.words[i+1] != "of" {
		return
	}
	k := i - 1
	for k > s.First && hostMods[r.words[k]] {
		k--
	}
	switch r.words[k] {
	case "the", "as", "is", "was", "became":
	default:
		return
	}
	w, end := r.workAfterIn(i+1, s)
	if w < 0 || r.channelAt(r.firstTokenOf(w, i+2)) {
		return
	}
	p, at := r.actorBefore(i, s)
	if t := r.topic; s.First == r.d.Sentences[0].First && t.ent >= 0 && r.typeOf(t.ent) == doc.Person && t.cop > s.First && t.cop < i {
		p, at = t.ent, s.First // the definition: "A (born …) is a journalist, known as the host of W"
	}
	if p < 0 || r.typeOf(p) != doc.Person || (i-at > 14 && p != r.topic.ent) {
		return
	}
	r.add(p, doc.CastIn, w, "", at, end, scoreGood, "host-of")
}

// hostedBy: "The programme was hosted by ex-footballer and radio
// personality X" — in an article defining a programme, its host, named
// after a description in lower case, is in its cast.
func (r *run) hostedBy(i int, s doc.Sentence) {
	w := r.screenTopic()
	if w < 0 || r.inQ[i] || i+2 >= s.Last || r.words[i+1] != "by" || r.topic.class == "film" || r.topic.class == "movie" {
		return
	}
	if subj, _ := r.workBefore(i, s.First); subj != w {
		return
	}
	k := i + 2
	for n := 0; k < s.Last && n < 10 && r.entityAt(k) < 0; n++ {
		if t := r.d.Tokens[k]; t.Kind != doc.Word && r.words[k] != "," || capitalized(r.d.TokenText(k)) || listStop[r.words[k]] && r.words[k] != "and" {
			return
		}
		k++
	}
	for _, a := range r.listAfter(k, s.Last, 0, doc.Person) {
		r.add(a.e, doc.CastIn, w, "", i, a.end, scoreGood, "hosted-by")
	}
}
