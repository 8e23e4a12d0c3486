package claim

import (
	"strings"

	"github.com/newsgraph/newsgraph/doc"
)

// Words of the character patterns.
var (
	// lifeNouns follow a verb of telling: "describes the life of X".
	lifeNouns = set("life", "lives", "story", "stories", "experience", "experiences", "adventures", "adventure",
		"exploits", "journey", "fate", "tale", "struggles", "struggle", "travels", "misadventures")
	// tellVerbs tell a story about someone: "The novel chronicles the life
	// of X".
	tellVerbs = set("describes", "chronicles", "portrays", "depicts", "tells", "recounts", "narrates", "traces",
		"relates", "recount", "describe", "chronicle", "portray", "depict", "tell")
	// kinModifiers come between a possessor and a family word: "his
	// younger step-brother".
	kinModifiers = set("younger", "elder", "older", "twin", "little", "big", "step", "-", "half", "late", "estranged",
		"eldest", "youngest", "only", "beloved", "first", "second", "new")
	// kinNouns are the family words of a story's people.
	kinNouns = set("son", "daughter", "sister", "brother", "wife", "husband", "mother", "father", "cousin", "uncle",
		"aunt", "grandson", "granddaughter", "grandfather", "grandmother", "nephew", "niece", "stepmother", "stepfather",
		"half-brother", "half-sister", "step-brother", "stepbrother", "step-sister", "stepsister", "fiancé", "fiancée",
		"fiance", "fiancee", "twin", "sons", "daughters", "brothers", "sisters", "children", "parents")
	// plotNouns name the story in "In the novel, X …".
	plotNouns = set("play", "novel", "story", "book", "poem", "opera", "epic", "tale", "novella", "game", "episode",
		"comic", "strip", "saga", "musical", "manga")
	// seriesWords name the cycle a novel belongs to: "the third novel in
	// A's series W".
	seriesWords = set("series", "cycle", "trilogy", "saga", "sequence", "tetralogy", "quartet")
)

// tellsOf: "It describes the experience of X", "The novel chronicles the
// life of X and Y", "This book … portrays the experiences of X" — in an
// article defining a fictional work, the people whose story the work
// tells are its characters.
func (r *run) tellsOf(i int, s doc.Sentence) {
	if i == s.First || i+3 >= s.Last || r.words[i+1] != "the" || !lifeNouns[r.words[i+2]] || r.words[i+3] != "of" {
		return
	}
	w := r.storyWork()
	if w < 0 || r.sportsDoc() {
		return
	}
	// The subject: the topic right before the verb, or the topic opening
	// the sentence with no other work before the verb.
	at := i - 1
	if !r.isTopic(r.entityAt(i - 1)) {
		if !r.isTopic(r.entityAt(s.First)) {
			return
		}
		at = s.First
		for k := r.mentionEnd(s.First); k < i; k++ {
			if e := r.entityAt(k); e >= 0 && (r.typeOf(e) == doc.Work || isPersonType(r.typeOf(e))) && !r.isTopic(e) {
				return
			}
			if r.words[k] == ";" || r.words[k] == "but" {
				return
			}
		}
	}
	var list []agent
	for _, a := range r.listAfter(i+4, s.Last, 0, doc.Person, doc.Character) {
		if a.e >= 0 {
			list = append(list, a)
		}
	}
	if len(list) == 0 && r.words[i+2] != "story" && r.words[i+2] != "stories" && r.words[i+2] != "tale" {
		// "the experience of X": a name the tagger took for a place is a
		// person here.
		if e := r.entityAt(i + 4); e >= 0 && r.mentionStart(i+4) == i+4 && r.d.Mentions[r.ment[i+4]].Kind == doc.Name &&
			(r.typeOf(e) == doc.Loc || r.typeOf(e) == doc.Org) {
			r.retype(e, doc.Character)
			list = []agent{{e, r.mentionEnd(i + 4)}}
		}
	}
	for _, a := range list {
		if a.e == w || r.isTopic(a.e) || r.isMaker(a.e) || r.castMember(a.e) {
			continue
		}
		r.markCharacter(a.e)
		r.add(a.e, doc.AppearsIn, w, "", at, a.end, scoreGood, "tells-of")
	}
}

// castMember reports whether entity e is said to act: the subject of a
// plays or cast_in claim.
func (r *run) castMember(e int) bool {
	for _, c := range r.out {
		if c.Subject == e && (c.Predicate == doc.Plays || c.Predicate == doc.CastIn) {
			return true
		}
	}
	return false
}

// plotSentence returns the story work the article defines and the token
// where sentence s's plot starts: past an opening "In the play," (see
// plotOpening), else its first token. The work is -1 when the article
// defines no story or is about sport.
func (r *run) plotSentence(s doc.Sentence) (w, first int) {
	w = r.storyWork()
	if w < 0 || r.sportsDoc() {
		return -1, s.First
	}
	if k := r.plotOpening(s); k >= 0 {
		return w, k
	}
	return w, s.First
}

// plotOpening returns the token after "In the novel ," that opens sentence
// s and any lower-case title before a name ("In the play, king X
// decides"), or -1 when the sentence does not open so.
func (r *run) plotOpening(s doc.Sentence) int {
	k := s.First
	if k+2 >= s.Last {
		return -1
	}
	// "Working at a golf course, X takes …", "Meanwhile, X …": an opening
	// clause without a name, up to its comma.
	if w := r.words[k]; plotOpeners[w] || strings.HasSuffix(w, "ing") && capitalized(r.d.TokenText(k)) && r.entityAt(k) < 0 {
		for j := k + 1; j < s.Last && j < k+12; j++ {
			if e := r.entityAt(j); e >= 0 && r.typeOf(e) != doc.Date {
				return -1
			}
			if r.words[j] == "," {
				return j + 1
			}
		}
		return -1
	}
	if r.words[k] != "in" {
		return -1
	}
	switch w := r.entityAt(k + 1); {
	case r.words[k+1] == "the" && plotNouns[r.words[k+2]] && k+3 < s.Last && r.words[k+3] == ",":
		k += 4
	case w >= 0 && w == r.storyWork() && r.mentionStart(k+1) == k+1 && r.mentionEnd(k+1) < s.Last &&
		r.words[r.mentionEnd(k+1)] == ",":
		// "In W, X becomes …"
		k = r.mentionEnd(k+1) + 1
	default:
		return -1
	}
	for n := 0; n < 2 && k < s.Last && r.entityAt(k) < 0; n++ {
		if r.d.Tokens[k].Kind != doc.Word || capitalized(r.d.TokenText(k)) {
			return -1
		}
		k++
	}
	return k
}

// storyKin: "He returns to his step-brother X and his wife Y", "X's
// younger brother Y enters the camp" — in an article defining a
// fictional work, the family a character of the work is given are
// characters of it too.
func (r *run) storyKin() {
	w := r.storyWork()
	if w < 0 || r.sportsDoc() {
		return
	}
	chars := map[int]bool{}
	for _, c := range r.out {
		if c.Predicate == doc.AppearsIn && c.Object == w {
			chars[c.Subject] = true
		}
	}
	if len(chars) == 0 {
		return
	}
	for _, s := range r.d.Sentences {
		for k := s.First + 1; k+1 < s.Last; k++ {
			if !kinNouns[r.words[k]] || r.inQ[k] {
				continue
			}
			// The possessor: "his", "her" or "X's", maybe before modifiers.
			j := k - 1
			for n := 0; j > s.First && n < 3 && kinModifiers[r.words[j]]; n++ {
				j--
			}
			var owner int
			switch r.words[j] {
			case "his", "her", "their":
				owner = r.entityAt(j)
			case "'s", "’s":
				owner = r.entityAt(j - 1)
			default:
				continue
			}
			if owner < 0 || !chars[owner] {
				continue
			}
			n := k + 1
			if r.words[n] == "," {
				n++
			}
			e, end := r.characterAt(n, s)
			if e < 0 || e == w || chars[e] || r.isTopic(e) || r.isMaker(e) || r.castMember(e) {
				continue
			}
			r.markCharacter(e)
			r.add(e, doc.AppearsIn, w, "", j, end, scoreInferred, "story-kin")
			chars[e] = true
		}
	}
}

// cycleCharacters: in an article defining a novel "in A's series W" or
// "of the trilogy W", the characters of the novel are characters of the
// series too.
func (r *run) cycleCharacters() {
	t := r.topic
	if t.ent < 0 || r.typeOf(t.ent) != doc.Work || !writtenClass[t.class] {
		return
	}
	s := r.d.Sentences[0]
	cycle := -1
	for k := t.cop + 1; k < s.Last && k < t.cop+20; k++ {
		if r.words[k] == "." || r.words[k] == ";" {
			return
		}
		if e := r.entityAt(k); e >= 0 && e != t.ent && r.typeOf(e) == doc.Work && r.mentionStart(k) == k {
			if seriesWords[r.words[k-1]] {
				cycle = e
			}
			break
		}
	}
	if cycle < 0 {
		return
	}
	for k, n := 0, len(r.out); k < n; k++ {
		c := r.out[k]
		if c.Predicate != doc.AppearsIn || c.Object != t.ent {
			continue
		}
		if x := r.add(c.Subject, doc.AppearsIn, cycle, "", 0, 1, scoreInferred, "cycle-character"); x != nil {
			x.Evidence = c.Evidence
			x.Evidence.Extractor = "claim:cycle-character"
		}
	}
}

// filmMakers are words that call a person a maker of films.
var filmMakers = set("director", "filmmaker", "film-maker", "directors", "filmmakers", "film-makers")

// directorsFilm: "Oliver Stone's controversial film W", "the Zhang Yimou
// film W", "the Carlo Ponti drama film W" — a person named before "film"
// or "movie" (with a possessive, or as a modifier after "the") directed
// the film titled after it. Read only in an encyclopedic article, or
// where the document calls the person a director, and never of someone
// the document casts.
func (r *run) directorsFilm(i int, s doc.Sentence) {
	if i+1 >= s.Last || i-2 < s.First || r.inQ[i] {
		return
	}
	w := r.workAt(i + 1)
	if w < 0 {
		return
	}
	// Back over adjectives and genre words: "controversial", "drama".
	k := i - 1
	for n := 0; k > s.First && n < 3 && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word &&
		!capitalized(r.d.TokenText(k)) && r.words[k] != "'s" && r.words[k] != "’s" && r.words[k] != "the" &&
		r.words[k] != "a" && !listStop[r.words[k]]; n++ {
		k--
	}
	var p, at int
	switch {
	case (r.words[k] == "'s" || r.words[k] == "’s") && k > s.First:
		p = r.entityAt(k - 1)
		if p < 0 || r.mentionEnd(k-1) != k {
			return
		}
		at = r.mentionStart(k - 1)
	case r.entityAt(k) >= 0 && r.mentionEnd(k) == k+1:
		p, at = r.entityAt(k), r.mentionStart(k)
		// "the (rather gloomy) Tomas Varga crime film W"
		q := at - 1
		for n := 0; q > s.First && n < 3 && r.entityAt(q) < 0 && r.d.Tokens[q].Kind == doc.Word &&
			!capitalized(r.d.TokenText(q)) && !listStop[r.words[q]] && !verbLike(r.words[q]) && r.words[q] != "the" && r.words[q] != "a"; n++ {
			q--
		}
		if at == s.First || r.words[q] != "the" && r.words[q] != "a" {
			return
		}
	default:
		return
	}
	if r.typeOf(p) != doc.Person || r.d.Mentions[r.ment[at]].Kind != doc.Name || r.isTopic(p) || r.castMember(p) ||
		r.actorNamed(p) {
		return
	}
	if r.topic.ent < 0 && !r.calledDirector(p) && !r.quotedDefinition() && r.personDefined() < 0 {
		return
	}
	r.add(w, doc.DirectedBy, p, "", at, r.mentionEnd(i+1), scoreGood, "directors-film")
}

// actorNamed reports whether the document calls person e an actor or a
// star next to a mention of them: "actor X", "X, the actress".
func (r *run) actorNamed(e int) bool {
	for _, mi := range r.d.Entities[e].Mentions {
		m := r.d.Mentions[mi]
		k := r.d.TokenAt(m.Start)
		for j := max(0, k-2); j < k; j++ {
			if actorWords[r.words[j]] {
				return true
			}
		}
		end := r.mentionEnd(k)
		for j := end; j < len(r.words) && j < end+4; j++ {
			if actorWords[r.words[j]] {
				return true
			}
		}
	}
	return false
}

// actorWords call someone a performer.
var actorWords = set("actor", "actress", "star", "actors", "actresses", "stars", "starring", "starred", "comedian",
	"singer", "rapper")

// calledDirector reports whether the document calls person e a director
// next to a mention of them: "director X", "X, the film-maker".
func (r *run) calledDirector(e int) bool {
	for _, mi := range r.d.Entities[e].Mentions {
		m := r.d.Mentions[mi]
		k := r.d.TokenAt(m.Start)
		for j := max(0, k-2); j < k; j++ {
			if filmMakers[r.words[j]] {
				return true
			}
		}
		end := r.mentionEnd(k)
		for j := end; j < len(r.words) && j < end+4; j++ {
			if filmMakers[r.words[j]] {
				return true
			}
		}
	}
	return false
}

// personDefined returns the person an article about them opens with
// ("X (born 1968), also known as Y, is a Chinese singer"), or -1.
func (r *run) personDefined() int {
	if len(r.d.Sentences) == 0 {
		return -1
	}
	s := r.d.Sentences[0]
	e := r.entityAt(s.First)
	if e < 0 || r.typeOf(e) != doc.Person || r.mentionStart(s.First) != s.First {
		return -1
	}
	k := r.mentionEnd(s.First)
	if k >= s.Last || r.words[k] != "(" {
		return -1
	}
	for j := k; j < s.Last && j < k+40; j++ {
		if r.words[j] == "born" {
			return e
		}
	}
	return -1
}

// screenWorkAfter returns the work titled after "in" at token k when a
// screen noun comes first ("in the 2009 film W", "in a 2003 episode of
// the cartoon series, W"), with the token after it; or -1.
func (r *run) screenWorkAfter(k int, s doc.Sentence) (int, int) {
	if k >= s.Last || r.words[k] != "in" {
		return -1, -1
	}
	for j := k + 1; j < s.Last && j < k+12; j++ {
		if e := r.workAt(j); e >= 0 {
			if !r.screenNounIn(k+1, j) || r.channelAt(j) {
				return -1, -1
			}
			return e, r.mentionEnd(j)
		}
		if r.entityAt(j) >= 0 && r.typeOf(r.entityAt(j)) != doc.Date || r.words[j] == "." || r.words[j] == ";" {
			return -1, -1
		}
	}
	return -1, -1
}

// pairedWith: "X was paired with A and B in the 2009 film W", "X was
// teamed with A in the series W" — all of them act in the work.
func (r *run) pairedWith(i int, s doc.Sentence) {
	if i-2 < s.First || i+2 >= s.Last || r.words[i+1] != "with" || !copulas[r.words[i-1]] || r.sportsDoc() {
		return
	}
	x := r.entityAt(i - 2)
	if x < 0 || r.typeOf(x) != doc.Person || r.mentionEnd(i-2) != i-1 {
		return
	}
	list := r.nameList(i+2, s.Last, 1)
	if len(list) == 0 {
		return
	}
	w, end := r.screenWorkAfter(list[len(list)-1].end, s)
	if w < 0 {
		return
	}
	for _, a := range append([]agent{{x, i - 1}}, list...) {
		if r.typeOf(a.e) == doc.Person {
			r.add(a.e, doc.CastIn, w, "", r.mentionStart(i-2), end, scoreGood, "paired-with")
		}
	}
}

// appearingFirst: "After appearing in two 1997 instalments of the crime
// serial, W, X was cast …" — the subject after the opening clause acted
// in the work.
func (r *run) appearingFirst(s doc.Sentence) {
	k := s.First
	if k+2 >= s.Last || (r.words[k] != "after" && r.words[k] != "before" && r.words[k] != "following") ||
		(r.words[k+1] != "appearing" && r.words[k+1] != "starring") || r.sportsDoc() {
		return
	}
	w, end := r.screenWorkAfter(k+2, s)
	if w < 0 {
		return
	}
	j := end
	if j < s.Last && r.words[j] == "(" {
		for j < s.Last && r.words[j] != ")" {
			j++
		}
		j++
	}
	if j+1 >= s.Last || r.words[j] != "," {
		return
	}
	x := r.entityAt(j + 1)
	if x < 0 || r.typeOf(x) != doc.Person || r.mentionStart(j+1) != j+1 {
		return
	}
	r.add(x, doc.CastIn, w, "", s.First, r.mentionEnd(j+1), scoreGood, "appearing-first")
}

// bioPerson returns the person an article is about, or -1.
func (r *run) bioPerson() int {
	if r.topic.ent >= 0 && r.topic.class == "person" && r.typeOf(r.topic.ent) == doc.Person {
		return r.topic.ent
	}
	return r.personDefined()
}

// droppedSubject: "In 1997 starred in telenovela W", "In 2005 starred in
// W as main antagonist" — in an article about a person, a sentence that
// opens with a year and an acting verb without a subject tells the
// person's roles.
func (r *run) droppedSubject(s doc.Sentence) {
	k := s.First
	if k+3 >= s.Last || r.words[k] != "in" || r.d.Tokens[k+1].Kind != doc.Number || len(r.words[k+1]) != 4 {
		return
	}
	k += 2
	if r.words[k] == "," {
		k++
	}
	if k+1 >= s.Last || !droppedVerbs[r.words[k]] || r.words[k+1] != "in" {
		return
	}
	p := r.bioPerson()
	if p < 0 || r.sportsDoc() {
		return
	}
	j := k + 2
	for n := 0; j < s.Last && n < 4 && r.entityAt(j) < 0 && r.d.Tokens[j].Kind == doc.Word && !capitalized(r.d.TokenText(j)); n++ {
		j++
	}
	w := r.workAt(j)
	if w < 0 || r.channelAt(j) {
		return
	}
	r.add(p, doc.CastIn, w, "", s.First, r.mentionEnd(j), scoreGood, "dropped-subject")
}

// droppedVerbs act in a work: "starred in W".
var droppedVerbs = set("starred", "appeared", "acted", "co-starred", "debuted")

// castActive: "A cast then relatively new actors B, C and himself in
// pivotal roles" — in an article defining a film or a programme, the
// people its maker cast in roles act in it.
func (r *run) castActive(i int, s doc.Sentence) {
	w := r.screenTopic()
	if w < 0 || i == s.First || r.sportsDoc() {
		return
	}
	x := r.entityAt(i - 1)
	if x < 0 || r.typeOf(x) != doc.Person || r.mentionEnd(i-1) != i {
		return
	}
	k := i + 1
	for n := 0; k < s.Last && n < 5 && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && !capitalized(r.d.TokenText(k)); n++ {
		k++
	}
	list := r.nameList(k, s.Last, 1)
	if len(list) == 0 {
		return
	}
	end := list[len(list)-1].end
	self := false
	if end+2 < s.Last && r.words[end] == "and" && (r.words[end+1] == "himself" || r.words[end+1] == "herself") {
		self = true
		end += 2
	}
	// "in (the) pivotal roles", "in lead roles", "as the leads".
	ok := false
	for j := end; j < s.Last && j < end+5; j++ {
		if r.words[j] == "roles" || r.words[j] == "role" || r.words[j] == "leads" || r.words[j] == "lead" || r.words[j] == "parts" {
			ok = r.words[end] == "in" || r.words[end] == "as"
			break
		}
	}
	if !ok {
		return
	}
	if self {
		list = append(list, agent{x, i})
	}
	for _, a := range list {
		if r.typeOf(a.e) == doc.Person && a.e != w {
			r.add(a.e, doc.CastIn, w, "", r.mentionStart(i-1), end, scoreGood, "cast-active")
		}
	}
}

// productionBy: "It was written by A and B, with production done by B",
// "with production by C" — the work the sentence opens with was
// produced by the people named.
func (r *run) productionBy(i int, s doc.Sentence) {
	if i-1 < s.First || r.inQ[i] {
		return
	}
	j := i - 1
	if r.words[j] == "the" && j > s.First {
		j--
	}
	if r.words[j] != "with" {
		return
	}
	k := i + 1
	for k < s.Last && k < i+3 && (r.words[k] == "handled" || r.words[k] == "done" || r.words[k] == "provided" ||
		r.words[k] == "duties" || r.words[k] == "being") {
		k++
	}
	if k >= s.Last || r.words[k] != "by" {
		return
	}
	w := r.entityAt(s.First)
	if w < 0 || r.typeOf(w) != doc.Work || r.mentionStart(s.First) != s.First {
		return
	}
	for _, a := range r.nameList(k+1, s.Last, 1) {
		if r.typeOf(a.e) == doc.Person {
			r.add(w, doc.ProducedBy, a.e, "", j, a.end, scoreGood, "production-by")
		}
	}
}

// featuringCharacter: "It is the final book in the cycle featuring the
// character X", "The novel features A's character X" — in an article
// defining a work, the character named after "featuring the character"
// appears in it.
func (r *run) featuringCharacter(i int, s doc.Sentence) {
	if i+2 >= s.Last || r.inQ[i] || !r.isTopic(r.entityAt(s.First)) || r.typeOf(r.topic.ent) != doc.Work {
		return
	}
	k := i + 1
	switch {
	case r.words[k] == "the":
		k++
	case r.entityAt(k) >= 0 && r.typeOf(r.entityAt(k)) == doc.Person && r.mentionEnd(k) < s.Last &&
		(r.words[r.mentionEnd(k)] == "'s" || r.words[r.mentionEnd(k)] == "’s" || r.words[r.mentionEnd(k)] == "'"):
		k = r.mentionEnd(k) + 1
	}
	if k+1 >= s.Last || r.words[k] != "character" && r.words[k] != "characters" {
		return
	}
	// "It was preceded by W and V, all three featuring the character X":
	// every work of the sentence; else only the topic, with no other work
	// before the verb.
	all := i-3 > s.First && (r.words[i-1] == "both" && r.words[i-2] == "," ||
		r.words[i-2] == "all" && (r.words[i-1] == "three" || r.words[i-1] == "four") && r.words[i-3] == ",")
	works := []int{r.topic.ent}
	for j := r.mentionEnd(s.First); j < i; j++ {
		if e := r.entityAt(j); e >= 0 && r.typeOf(e) == doc.Work && !r.isTopic(e) && r.mentionStart(j) == j {
			if !all {
				return
			}
			works = append(works, e)
		}
	}
	list := r.nameList(k+1, s.Last, 0)
	if len(list) == 0 && r.words[k] == "character" {
		// "the character X": a name the tagger took for a place.
		if e, end := r.oddName(k+1, s); e >= 0 {
			list = []agent{{e, end}}
		} else if e := r.entityAt(k + 1); e >= 0 && r.mentionStart(k+1) == k+1 && r.d.Mentions[r.ment[k+1]].Kind == doc.Name &&
			(r.typeOf(e) == doc.GPE || r.typeOf(e) == doc.Loc || r.typeOf(e) == doc.Org) {
			r.retype(e, doc.Character)
			list = []agent{{e, r.mentionEnd(k + 1)}}
		}
	}
	for _, a := range list {
		if !isPersonType(r.typeOf(a.e)) || r.isMaker(a.e) || r.castMember(a.e) {
			continue
		}
		r.markCharacter(a.e)
		for _, w := range works {
			if a.e != w {
				r.add(a.e, doc.AppearsIn, w, "", s.First, a.end, scoreGood, "featuring-character")
			}
		}
	}
}

// characterAppeared: "X had already appeared in A, B and C" — a
// character (one the document has found to be a character) appears in
// the works listed.
func (r *run) characterAppeared(i int, s doc.Sentence) {
	if i+2 >= s.Last || r.words[i+1] != "in" || r.inQ[i] || r.sportsDoc() {
		return
	}
	// The subject, maybe before "had (already)", "also".
	j := i - 1
	for n := 0; j > s.First && n < 2 && (r.words[j] == "had" || r.words[j] == "has" || r.words[j] == "already" ||
		r.words[j] == "also" || r.words[j] == "first" || r.words[j] == "later" || r.words[j] == "previously"); n++ {
		j--
	}
	ch := r.entityAt(j)
	if ch < 0 || r.typeOf(ch) != doc.Character || r.mentionEnd(j) != j+1 || r.castMember(ch) {
		return
	}
	at := r.mentionStart(j)
	for _, w := range r.worksListAt(i+2, s) {
		if w.e != ch && r.typeOf(w.e) == doc.Work {
			r.add(ch, doc.AppearsIn, w.e, "", at, w.end, scoreGood, "character-appeared")
		}
	}
}

// writerNouns call someone the author of a written work.
var writerNouns = set("writer", "author", "novelist", "poet", "playwright", "dramatist", "cartoonist", "authors", "writers")

// byWriter reports whether the name at token a follows "by the (French)
// writer": "a novel by the Indian writer X".
func (r *run) byWriter(a int, s doc.Sentence) bool {
	k := a - 1
	if k <= s.First || !writerNouns[r.words[k]] {
		return false
	}
	for n := 0; k > s.First && n < 4; n++ {
		k--
		if r.words[k] == "by" {
			return true
		}
		if r.words[k] == "," || r.words[k] == "." {
			return false
		}
	}
	return false
}

// Words of companyWorks.
var (
	// productionCues say a company made what the sentence names.
	productionCues = set("produced", "producing", "co-produced", "co-producing", "venture", "ventures", "production",
		"productions", "work", "works", "made", "making", "co-production")
	// productionNouns come before a title a company made: "the feature
	// film W", "two sitcoms", "the literary adaptation W".
	productionNouns = set("film", "films", "feature", "sitcom", "sitcoms", "series", "drama", "dramas", "opera",
		"adaptation", "programme", "programmes", "program", "show", "shows", "documentary", "serial", "soap", "miniseries",
		"movie", "movies", "game", "games", "telenovela", "comedy", "thriller")
)

// companyWorks: "The company's biggest early project was the 1991 feature
// film W", "the company worked chiefly for television, making the
// soap opera W", "Other work included the literary adaptation W" — in
// an article defining a production company, the films and programmes a
// sentence about its work names were made by it.
func (r *run) companyWorks(s doc.Sentence) {
	c := r.topicOfType(doc.Org)
	if c < 0 || sameClass[r.topic.class] != "company" && r.topic.class != "studio" || s.First == r.d.Sentences[0].First {
		return
	}
	// The company opens the sentence, or "Other work included".
	subj := false
	for k := s.First; k < s.Last && k < s.First+4; k++ {
		if r.entityAt(k) == c {
			subj = true
			break
		}
	}
	if !subj && !(r.words[s.First] == "other" || r.words[s.First] == "its") {
		return
	}
	cue := false
	for k := s.First; k < s.Last; k++ {
		if productionCues[r.words[k]] {
			cue = true
		}
		if !cue || !productionNouns[r.words[k]] || k+1 >= s.Last {
			continue
		}
		// The title right after the noun: "film W", "opera W".
		w := r.workAt(k + 1)
		if w < 0 && r.words[k+1] == "for" && k+2 < s.Last {
			// "two sitcoms for N, W (1989–94) and V": the titles after
			// the broadcaster.
			if n := r.entityAt(k + 2); n >= 0 && r.typeOf(n) == doc.Org && r.mentionStart(k+2) == k+2 {
				if j := r.mentionEnd(k + 2); j+1 < s.Last && r.words[j] == "," {
					for _, a := range r.worksListAt(j+1, s) {
						if a.e != c && !r.channelAt(r.firstTokenOf(a.e, j+1)) {
							r.add(a.e, doc.ProductionCompany, c, "", s.First, a.end, scoreGood, "company-works")
						}
					}
				}
			}
			continue
		}
		if w < 0 || w == c || r.channelAt(k+1) {
			continue
		}
		r.add(w, doc.ProductionCompany, c, "", s.First, r.mentionEnd(k+1), scoreGood, "company-works")
	}
}

// storyPart: "X is the hero of the saga W and has a large part
// in the V beside Y" — in an article about a character, the work the
// character "plays a role in" holds the character, and whoever the
// character acts alongside.
func (r *run) storyPart(i int, s doc.Sentence) {
	if !r.topicIsCharacter() || i+2 >= s.Last || r.words[i+1] != "in" || r.inQ[i] {
		return
	}
	// "plays a (key) role": the verb within three words before.
	k := i - 1
	for n := 0; k > s.First && n < 2 && r.words[k] != "plays" && r.words[k] != "played"; n++ {
		k--
	}
	if r.words[k] != "plays" && r.words[k] != "played" || k == s.First {
		return
	}
	// The subject: the topic, or "and" after the definition's clause.
	ch := r.topic.ent
	if e := r.entityAt(k - 1); e != ch && !(r.words[k-1] == "and" && s.First == r.d.Sentences[0].First) &&
		!(r.words[k-1] == "also" && r.entityAt(k-2) == ch) {
		return
	}
	w, end := r.workIn(i+1, s)
	if w < 0 {
		// "a small part in Little Aleppo opposite Y": a title the
		// tagger took for a place, closed by the companion or the clause.
		w, end = r.placeTitle(i+2, s)
	}
	if w < 0 {
		return
	}
	r.add(ch, doc.AppearsIn, w, "", k, end, scoreGood, "story-part")
	if end+1 < s.Last && (r.words[end] == "alongside" || r.words[end] == "opposite") {
		list := r.nameList(end+1, s.Last, 0)
		if e, x := r.oddName(end+1, s); len(list) == 0 && e >= 0 {
			list = []agent{{e, x}}
		}
		if e := r.entityAt(end + 1); len(list) == 0 && e >= 0 && r.mentionStart(end+1) == end+1 &&
			(r.typeOf(e) == doc.Loc || r.typeOf(e) == doc.GPE) && !strings.Contains(r.d.Entities[e].Name, " ") {
			// "alongside Krishna": a one-word name taken for a place.
			if x := r.mentionEnd(end + 1); x >= s.Last || r.words[x] == "." || r.words[x] == "," {
				r.retype(e, doc.Character)
				list = []agent{{e, x}}
			}
		}
		for _, a := range list {
			if isPersonType(r.typeOf(a.e)) && a.e != ch && !r.isMaker(a.e) {
				r.markCharacter(a.e)
				r.add(a.e, doc.AppearsIn, w, "", k, a.end, scoreGood, "story-part")
			}
		}
	}
}

// factualWords mark a programme about real people: its "characters" are
// its participants.
var factualWords = set("documentary", "reality", "docuseries", "docudrama", "news", "talk", "game", "quiz", "cookery",
	"sports", "current", "affairs", "magazine", "factual", "biographical", "biopic")

// fictionScreenTopic returns the film or series the document defines
// when it is fiction (no documentary, reality or news words in its
// definition), or -1.
func (r *run) fictionScreenTopic() int {
	w := r.screenTopic()
	if w < 0 || r.classPhraseHas(factualWords) {
		return -1
	}
	return w
}

// mainCharacters: "Main characters include A and B", "The main
// characters are A, B and C", "Other characters include D" — in an
// article defining a fictional work, the characters listed are its
// characters.
func (r *run) mainCharacters(i int, s doc.Sentence) {
	w := r.storyWork()
	if w < 0 {
		w = r.fictionScreenTopic()
	}
	if w < 0 && r.topicIsCharacter() {
		// In an article about a character: the work of its definition.
		for _, c := range r.out {
			if c.Predicate == doc.AppearsIn && c.Subject == r.topic.ent && c.Evidence.Sentence == 0 {
				w = c.Object
				break
			}
		}
	}
	if w < 0 || i+2 >= s.Last || r.inQ[i] || r.sportsDoc() {
		return
	}
	// "the two main characters, A and B,": an apposition anywhere.
	if r.words[i+1] == "," && i-2 >= s.First && (r.words[i-1] == "main" || r.words[i-1] == "central") {
		j := i - 2
		if r.words[j] == "two" || r.words[j] == "three" || r.words[j] == "four" {
			j--
		}
		if j >= s.First && (r.words[j] == "the" || r.words[j] == "its") {
			for _, a := range r.listAfter(i+2, s.Last, 0, doc.Person, doc.Character) {
				if a.e >= 0 && a.e != w && !r.isMaker(a.e) && !r.castMember(a.e) {
					r.markCharacter(a.e)
					r.add(a.e, doc.AppearsIn, w, "", j, a.end, scoreGood, "main-characters")
				}
			}
		}
		return
	}
	// The sentence opens with the phrase: "(The) main characters".
	k := s.First
	if r.words[k] == "the" || r.words[k] == "its" || r.words[k] == "other" {
		k++
	}
	for n := 0; k < i && n < 2 && (r.words[k] == "main" || r.words[k] == "principal" || r.words[k] == "major" ||
		r.words[k] == "recurring" || r.words[k] == "central" || r.words[k] == "supporting" || r.words[k] == "other" ||
		r.words[k] == "secondary" || r.words[k] == "minor"); n++ {
		k++
	}
	if k != i || k == s.First {
		return
	}
	v := i + 1
	if r.words[v] == "in" || r.words[v] == "of" {
		// "Main characters in the series include": the phrase must name
		// the topic.
		for v++; v < s.Last && v < i+5 && !copulas[r.words[v]] && r.words[v] != "include" && r.words[v] != "included" &&
			r.words[v] != "includes"; v++ {
		}
	}
	if v >= s.Last || !copulas[r.words[v]] && r.words[v] != "include" && r.words[v] != "included" {
		return
	}
	for _, a := range r.listAfter(v+1, s.Last, 2, doc.Person, doc.Character) {
		if a.e == w || r.isTopic(a.e) || r.isMaker(a.e) || r.castMember(a.e) {
			continue
		}
		r.markCharacter(a.e)
		r.add(a.e, doc.AppearsIn, w, "", s.First, a.end, scoreGood, "main-characters")
	}
}

// showCalled: "a show on Alpha TV called W", "a new drama on BBC Two
// entitled W" — the programme named aired on the network.
func (r *run) showCalled(i int, s doc.Sentence) {
	if i+2 >= s.Last || r.words[i+1] != "on" || r.inQ[i] {
		return
	}
	n := r.entityAt(i + 2)
	if n < 0 || r.mentionStart(i+2) != i+2 || !r.isNetwork(n) {
		return
	}
	k := r.mentionEnd(i + 2)
	if k+1 >= s.Last || !calledWords[r.words[k]] {
		return
	}
	k++
	if r.d.Tokens[k].Kind == doc.OpenQuote {
		k++
	}
	w := r.entityAt(k)
	if w < 0 || r.mentionStart(k) != k || w == n {
		return
	}
	if r.typeOf(w) != doc.Work {
		if !r.quotedTitle(k) {
			return
		}
		r.retype(w, doc.Work)
	}
	r.add(w, doc.ReleasedOn, n, "", i, r.mentionEnd(k), scoreGood, "show-called")
}

// calledWords name what follows: "a show called W".
var calledWords = set("called", "titled", "entitled", "named")

// havingStarred: "Having starred in A, B and C, she has recently …",
// "After starring in W, X joined …" — the subject after the opening
// clause acted in the works it lists.
func (r *run) havingStarred(s doc.Sentence) {
	k := s.First
	if k+3 >= s.Last || r.words[k] != "having" || (r.words[k+1] != "starred" && r.words[k+1] != "appeared" &&
		r.words[k+1] != "acted") || r.sportsDoc() {
		return
	}
	if r.words[k+2] == "as" {
		r.havingAppearedAs(s)
		return
	}
	if r.words[k+2] != "in" {
		return
	}
	// The list starts at the first title: "in all of the UK's medical
	// dramas A, B and C".
	j := k + 3
	for j < s.Last && j < k+14 && r.workAt(j) < 0 && r.words[j] != "," && r.words[j] != "." {
		j++
	}
	works := r.worksListAt(j, s)
	if len(works) == 0 {
		return
	}
	j = works[len(works)-1].end
	if j < s.Last && r.words[j] == "," {
		j++
	}
	x := r.entityAt(j)
	if x < 0 || r.typeOf(x) != doc.Person || r.mentionStart(j) != j {
		return
	}
	for _, w := range works {
		if r.typeOf(w.e) == doc.Work && !r.channelAt(r.firstTokenOf(w.e, k)) {
			r.add(x, doc.CastIn, w.e, "", s.First, r.mentionEnd(j), scoreGood, "having-starred")
		}
	}
}

// havingAppearedAs: "Having appeared as A, a friend of B, in the 1966
// film W, X also appeared …" — the subject after the opening clause is
// in the cast of the work it names after "in".
func (r *run) havingAppearedAs(s doc.Sentence) {
	for k := s.First + 3; k < s.Last && k < s.First+25; k++ {
		if r.words[k] != "in" {
			continue
		}
		w, end := r.workAfterIn(k, s)
		if w < 0 || r.channelAt(r.firstTokenOf(w, k)) {
			continue
		}
		// The subject follows the clause's closing comma.
		for j := end; j+1 < s.Last && j < end+8; j++ {
			if r.words[j] != "," {
				continue
			}
			x := r.entityAt(j + 1)
			if x >= 0 && r.typeOf(x) == doc.Person && r.mentionStart(j+1) == j+1 {
				r.add(x, doc.CastIn, w, "", s.First, r.mentionEnd(j+1), scoreGood, "having-appeared-as")
			}
			return
		}
		return
	}
}

// plotOpeners open a sentence of plot before its subject: "Meanwhile, X
// escapes".
var plotOpeners = set("meanwhile", "later", "eventually", "elsewhere", "afterwards", "soon", "finally", "there",
	"then", "suddenly", "unfortunately", "however")

// seriesFilms: "The series consists of three films: A (2010), B (2012)
// and C (2014)" — in an article defining a series of films "written by
// and starring X", each film of the series was written by and stars X.
func (r *run) seriesFilms(i int, s doc.Sentence) {
	t := r.topic
	if t.ent < 0 || r.typeOf(t.ent) != doc.Work || sameClass[t.class] != "series" {
		return
	}
	films := false // "a series of (action) films"
	for k := t.cop + 1; k < r.d.Sentences[0].Last && k < t.cop+10; k++ {
		films = films || r.words[k] == "films" || r.words[k] == "movies"
	}
	if !films {
		return
	}
	if i+2 >= s.Last || r.words[i+1] != "of" && r.words[i] != "comprises" && r.words[i] != "includes" {
		return
	}
	if !r.isTopic(r.entityAt(s.First)) {
		return
	}
	k := i + 1
	if r.words[k] == "of" {
		k++
	}
	// "three films:"
	for n := 0; k < s.Last && n < 3 && r.entityAt(k) < 0 && (r.d.Tokens[k].Kind == doc.Word || r.words[k] == ":" ||
		r.d.Tokens[k].Kind == doc.Number); n++ {
		k++
		if r.words[k-1] == ":" {
			break
		}
	}
	list := r.worksListAt(k, s)
	if len(list) < 2 {
		return
	}
	for c, n := 0, len(r.out); c < n; c++ {
		cl := r.out[c]
		if cl.Evidence.Sentence != 0 {
			continue
		}
		for _, f := range list {
			if f.e == t.ent {
				continue
			}
			switch {
			case cl.Predicate == doc.CastIn && cl.Object == t.ent:
				r.add(cl.Subject, doc.CastIn, f.e, "", s.First, f.end, scoreInferred, "series-films")
			case (cl.Predicate == doc.WrittenBy || cl.Predicate == doc.DirectedBy) && cl.Subject == t.ent:
				r.add(f.e, cl.Predicate, cl.Object, "", s.First, f.end, scoreInferred, "series-films")
			}
		}
	}
}

// creatorsDirected: "Created by directors A and B, X is …" — the
// creators of a character from a film, called its directors, directed
// the film the character appears in.
func (r *run) creatorsDirected(ch int, who []agent, s doc.Sentence) {
	if len(who) == 0 {
		return
	}
	first := r.mentionStart(r.firstTokenOf(who[0].e, s.First))
	if first <= s.First || r.words[first-1] != "directors" && r.words[first-1] != "director" {
		return
	}
	w := -1
	for _, c := range r.out {
		if c.Predicate == doc.AppearsIn && c.Subject == ch && screenClassOf(r, c.Object) {
			w = c.Object
			break
		}
	}
	if w < 0 {
		return
	}
	for _, a := range who {
		if a.e != ch && r.typeOf(a.e) == doc.Person {
			r.add(w, doc.DirectedBy, a.e, "", first-1, a.end, scoreGood, "creators-directed")
		}
	}
}

// screenClassOf reports whether work w is called a film or a programme
// where the document first names it: "feature film W", "the series W".
func screenClassOf(r *run, w int) bool {
	if r.isTopic(w) {
		return screenClass[r.topic.class]
	}
	for _, mi := range r.d.Entities[w].Mentions {
		k := r.d.TokenAt(r.d.Mentions[mi].Start)
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if screenClass[r.words[j]] {
				return true
			}
		}
	}
	return false
}

// creatorsCharacters: in an article whose definition says a story
// ("W is an animated series created by A", "a media franchise created by
// B") was created by someone, the creator created the characters found
// in it.
func (r *run) creatorsCharacters(w int) {
	if w < 0 {
		w = r.fictionScreenTopic()
	}
	if w < 0 || r.sportsDoc() {
		return
	}
	creators := map[int]bool{}
	for _, c := range r.out {
		if c.Predicate == doc.CreatedBy && c.Subject == w && c.Evidence.Sentence == 0 && r.personName(c.Object) {
			// A company behind a franchise made the work, not its people.
			creators[c.Object] = true
		}
	}
	if len(creators) != 1 {
		return // several creators: of the format, the show, the characters?
	}
	for k, n := 0, len(r.out); k < n; k++ {
		c := r.out[k]
		if c.Predicate != doc.AppearsIn || c.Object != w {
			continue
		}
		for a := range creators {
			if a == c.Subject {
				continue
			}
			if x := r.add(c.Subject, doc.CreatedBy, a, "", 0, 1, scoreInferred, "creators-character"); x != nil {
				x.Evidence = c.Evidence
				x.Evidence.Extractor = "claim:creators-character"
			}
		}
	}
}

// aProduction: "The film was a Blue Owl Studios production", "It is a
// BBC Scotland production" — the work the sentence opens with was made
// by the company named before "production".
func (r *run) aProduction(i int, s doc.Sentence) {
	if i-2 < s.First || r.inQ[i] {
		return
	}
	o := r.entityAt(i - 1)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionEnd(i-1) != i {
		return
	}
	a := r.mentionStart(i - 1)
	if a-2 < s.First || r.words[a-1] != "a" && r.words[a-1] != "an" || !copulas[r.words[a-2]] {
		return
	}
	w := r.entityAt(s.First)
	if w < 0 || r.typeOf(w) != doc.Work || r.mentionStart(s.First) != s.First || r.mentionEnd(s.First) != a-2 {
		return
	}
	r.add(w, doc.ProductionCompany, o, "", s.First, i+1, scoreGood, "a-production")
}

// quotedDefinition reports whether the document opens with a quoted title
// and a copula: "\"Title\" is a song by …".
func (r *run) quotedDefinition() bool {
	if len(r.d.Sentences) == 0 || r.d.Tokens[0].Kind != doc.OpenQuote {
		return false
	}
	s := r.d.Sentences[0]
	for k := s.First + 1; k+1 < s.Last && k < s.First+16; k++ {
		if r.d.Tokens[k].Kind == doc.CloseQuote {
			return copulas[r.words[k+1]]
		}
	}
	return false
}

// placeTitle returns the work named at token k ("the Bhagavad Gita" after
// "role in") when the tagger took it for a place or an organisation
// named at most twice, and a companion ("alongside", "opposite") or the
// end of the clause follows; the entity becomes a work.
func (r *run) placeTitle(k int, s doc.Sentence) (int, int) {
	if k < s.Last && r.words[k] == "the" && k-1 >= s.First && r.words[k-1] == "in" {
		k++
	}
	e := r.entityAt(k)
	if k >= s.Last || e < 0 || r.mentionStart(k) != k || len(r.d.Entities[e].Mentions) > 2 ||
		r.typeOf(e) != doc.Loc && r.typeOf(e) != doc.Org {
		return -1, -1
	}
	end := r.mentionEnd(k)
	if end < s.Last && r.words[end] != "alongside" && r.words[end] != "opposite" && r.words[end] != "." {
		return -1, -1
	}
	r.retype(e, doc.Work)
	return e, end
}

// personName reports whether entity e is a person by its name: typed a
// person, and named in two words or more or by a known given name ("Sega"
// typed a person is a company).
func (r *run) personName(e int) bool {
	if r.typeOf(e) != doc.Person {
		return false
	}
	f := strings.Fields(r.d.Entities[e].Name)
	if len(f) == 0 || nameHas(r.d.Entities[e].Name, companyWords) {
		return false
	}
	if len(f) >= 2 {
		return true
	}
	_, ok := r.x.gaz.GivenName(f[0])
	return ok
}

// fictionNouns are classes of written or staged fiction: "in Plautus'
// play W".
var fictionNouns = set("play", "novel", "novella", "opera", "poem", "tale", "tragedy", "comedy", "epic", "story",
	"stories", "operetta", "saga", "fable")

// inWorkOpening: "But in A's play W, X says …", "In the novel W, X
// marries Y" — a sentence opening with a work of fiction named with its
// class, then a name and a verb: X is a character of W (and A, the
// author, created X).
func (r *run) inWorkOpening(s doc.Sentence) {
	k := s.First
	if k < s.Last && (r.words[k] == "but" || r.words[k] == "and" || r.words[k] == "yet") {
		k++
	}
	if k+3 >= s.Last || r.words[k] != "in" || r.sportsDoc() {
		return
	}
	k++
	author := -1
	switch {
	case r.words[k] == "the":
		k++
	case r.entityAt(k) >= 0 && r.typeOf(r.entityAt(k)) == doc.Person && r.mentionStart(k) == k:
		author = r.entityAt(k)
		k = r.mentionEnd(k)
		if k >= s.Last || r.words[k] != "'s" && r.words[k] != "’s" && r.words[k] != "'" {
			return
		}
		k++
	case r.d.Tokens[k].Kind == doc.Word && capitalized(r.d.TokenText(k)) && r.entityAt(k) < 0 && k+1 < s.Last &&
		(r.words[k+1] == "'s" || r.words[k+1] == "’s" || r.words[k+1] == "'"):
		k += 2 // "Plautus' play": an author the tagger left out
	default:
		return
	}
	if k+1 >= s.Last || !fictionNouns[r.words[k]] {
		return
	}
	w := r.workAt(k + 1)
	if w < 0 {
		return
	}
	j := r.mentionEnd(k + 1)
	if j+2 >= s.Last || r.words[j] != "," {
		return
	}
	j++
	ch, end := r.characterAt(j, s)
	if ch < 0 {
		if e := r.entityAt(j); e >= 0 && r.mentionStart(j) == j && len(r.d.Entities[e].Mentions) <= 2 &&
			(r.typeOf(e) == doc.Org || r.typeOf(e) == doc.Loc) {
			ch, end = e, r.mentionEnd(j) // "Palaestra says": a name taken for an organisation
		}
	}
	if ch < 0 || ch == author || ch == w || end >= s.Last || r.isMaker(ch) || r.castMember(ch) {
		return
	}
	// A verb right after the name: "says", "marries", "decides".
	v := r.words[end]
	if r.d.Tokens[end].Kind != doc.Word || capitalized(r.d.TokenText(end)) || listStop[v] ||
		!(strings.HasSuffix(v, "s") || verbLike(v)) || r.entityAt(end) >= 0 {
		return
	}
	if r.typeOf(ch) != doc.Person && r.typeOf(ch) != doc.Character {
		r.retype(ch, doc.Character)
	}
	r.markCharacter(ch)
	r.add(ch, doc.AppearsIn, w, "", s.First, end, scoreGood, "in-work-opening")
	if author >= 0 {
		r.add(ch, doc.CreatedBy, author, "", s.First, end, scoreGood, "in-work-opening")
	}
}
