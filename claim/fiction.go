package claim

import (
	"strings"

	"github.com/newsgraph/newsgraph/doc"
)

// Words of the fiction patterns.
var (
	// roleCues before "as" say the name after it is a role: "starred as
	// X", "his role as X".
	roleCues = set("role", "roles", "starred", "stars", "starring", "appeared", "appears", "appearing", "cast", "returned",
		"returns", "debut", "guest-starred", "co-starred", "recast", "reprised", "reprising", "reprises", "part", "season")
	// roleNouns before "such as" or "including" introduce a list of roles.
	roleNouns = set("roles", "characters", "parts", "role")
	// heroNouns name a character by its place in a story: "the heroine
	// of W".
	heroNouns = set("protagonist", "heroine", "hero", "antagonist", "villain", "antihero", "anti-hero")
	// comicNouns are works whose maker is their creator: "a comic strip
	// by X".
	comicNouns = set("strip", "comic", "comics", "cartoon", "manga", "webcomic", "franchise")
	// airVerbs broadcast a programme: "first aired on May 5 on NBC".
	airVerbs = set("aired", "airs", "broadcast", "premiered", "premieres", "debuted", "screened", "televised")
	// makerVerbs are active verbs whose subject made the work after them:
	// "she wrote and directed the film W".
	makerVerbs = map[string]doc.Predicate{"wrote": doc.WrittenBy, "co-wrote": doc.WrittenBy, "scripted": doc.WrittenBy,
		"co-scripted": doc.WrittenBy, "directed": doc.DirectedBy,
		"co-directed": doc.DirectedBy, "produced": doc.ProducedBy, "co-produced": doc.ProducedBy}
	// madeForVerbs make a programme for a broadcaster: "produced by X for
	// the BBC".
	madeForVerbs = set("produced", "producing", "made", "making", "created", "developed", "commissioned", "filmed",
		"co-produced", "presented", "hosted", "wrote", "written")
)

// fiction runs the patterns of fictional works at token i of sentence s:
// the characters a work holds (P674, P1441), who created it (P170), the
// network and company behind it (P449, P272), its producers and writers.
func (r *run) fiction(i int, s doc.Sentence) {
	if r.inQ[i] {
		return
	}
	if i == s.First {
		r.inWorkOpening(s)
	}
	switch r.words[i] {
	case "as":
		r.roleIn(i, s)
	case "such", "including":
		r.rolesList(i, s)
		r.friendsOf(i, s)
	case "of":
		if i > s.First && r.has(i-1, tHeroNouns) {
			r.heroOf(i, s)
		}
		if i > s.First && (r.words[i-1] == "role" || r.words[i-1] == "voice" || r.words[i-1] == "part") {
			r.roleOfIn(i, s)
		}
	case "created", "co-created", "drawn":
		r.createdBy(i, s)
	case "follows", "centers", "centres", "focuses", "revolves", "sees":
		r.follows(i, s)
	case "controls", "control", "controlling":
		r.playerControls(i, s)
	case "role", "part":
		r.storyPart(i, s)
	case "characters":
		r.mainCharacters(i, s)
	case "describes", "chronicles", "portrays", "depicts", "tells", "recounts", "narrates", "traces", "relates":
		r.tellsOf(i, s)
	case "protagonist", "antagonist", "heroine", "villain", "character":
		r.storyRole(i, s)
		if r.words[i] == "character" {
			r.characterInSeries(i, s)
		}
	case "ego", "alter-ego":
		r.alterEgo(i, s)
	case "'s", "’s":
		r.creatorsCharacter(i, s)
	case "figure", "personage":
		r.figureIn(i, s)
	case "creator", "co-creator":
		r.creatorOf(i, s)
	case "by":
		if i > s.First && r.has(i-1, tComicNouns) {
			r.comicBy(i, s)
		}
		r.adaptedBy(i, s)
	case "for":
		r.madeFor(i, s)
	}
	if r.ment[i] >= 0 && (i == s.First || r.ment[i-1] != r.ment[i]) {
		r.networkOwn(i, s)
	}
	if r.has(i, tAirVerbs) {
		r.airedOn(i, s)
	}
	if r.has(i, tMakerVerbs) {
		r.madeWork(i, s)
	}
}

// characterAt returns the person or character named by the name mention
// starting at token k, with the token after it, or -1.
func (r *run) characterAt(k int, s doc.Sentence) (int, int) {
	if k >= s.Last {
		return -1, -1
	}
	e := r.entityAt(k)
	if e < 0 || !isPersonType(r.typeOf(e)) || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return -1, -1
	}
	return e, r.mentionEnd(k)
}

// roleName returns the character named after a role cue at token k: a
// name mention, maybe after a title or role word ("as Detective X", "as
// NYPD Detective X").
func (r *run) roleName(k int, s doc.Sentence) (int, int) {
	for n := 0; k < s.Last && n < 3; n++ {
		if ch, end := r.characterAt(k, s); ch >= 0 {
			return ch, end
		}
		if e := r.entityAt(k); e >= 0 {
			if t := r.typeOf(e); t != doc.Org && t != doc.NORP && t != doc.GPE {
				return -1, -1
			}
			k = r.mentionEnd(k)
			continue
		}
		if r.d.Tokens[k].Kind != doc.Word || listStop[r.words[k]] {
			return -1, -1
		}
		k++
	}
	return -1, -1
}

// workIn returns the work named in "in [the …] W" or "on W" at token k
// (k is the preposition), with the token after it, or -1. Broadcasters,
// nationalities and lower-case words ("the US version of", "the NBC
// television drama") may come between.
func (r *run) workIn(k int, s doc.Sentence) (int, int) {
	if k >= s.Last || (r.words[k] != "in" && r.words[k] != "on") {
		return -1, -1
	}
	return r.workAfterPrep(k, s)
}

// workAfterPrep returns the work named after the preposition at token k.
func (r *run) workAfterPrep(k int, s doc.Sentence) (int, int) {
	for j := k + 1; j < s.Last && j < k+14; j++ {
		if r.d.Tokens[j].Kind == doc.OpenQuote {
			continue
		}
		if e := r.entityAt(j); e >= 0 {
			if r.typeOf(e) == doc.Work && r.mentionStart(j) == j {
				return e, r.spanEnd(j)
			}
			if t := r.typeOf(e); t != doc.Org && t != doc.NORP && t != doc.GPE {
				return -1, -1
			}
			j = r.mentionEnd(j) - 1
			continue
		}
		w := r.words[j]
		if r.d.Tokens[j].Kind != doc.Word && r.d.Tokens[j].Kind != doc.Number && w != "-" {
			return -1, -1
		}
		if capitalized(r.d.TokenText(j)) && !(j == k+1 && w == "the") {
			return -1, -1
		}
		if w == "and" || w == "or" || w == "but" || w == "which" || w == "who" || w == "where" || w == "when" {
			return -1, -1
		}
	}
	return -1, -1
}

// roleIn: "his role as X on W", "starred as X in the drama W", "had a
// recurring role on W as X", "appeared in W as X" — the character X
// appears in W.
func (r *run) roleIn(i int, s doc.Sentence) {
	if i == s.First {
		return
	}
	ch, end := r.roleName(i+1, s)
	if ch < 0 || r.isTopic(ch) || !r.mayBeRole(ch) {
		return
	}
	if roleCues[r.words[i-1]] || r.playVerbBefore(i, s) {
		k := end
		if k < s.Last && r.words[k] == "," {
			// "as X, a detective, in W", "as X, a companion to Y in W"
			for k++; k < s.Last && k < end+12 && r.words[k] != ","; k++ {
				if w, _ := r.workIn(k, s); w >= 0 {
					break
				}
			}
			if k < s.Last && r.words[k] == "," {
				k++
			}
		}
		if w, we := r.workIn(k, s); w >= 0 {
			r.markCharacter(ch)
			r.add(ch, doc.AppearsIn, w, "", i-1, we, scoreGood, "role-in-work")
			r.roleCast(ch, w, i-1, we, s)
			return
		}
	}
	// "a recurring role on W as X": the work before "as".
	w := r.entityAt(i - 1)
	if w < 0 || r.typeOf(w) != doc.Work || r.mentionEnd(i-1) != i {
		return
	}
	ws := r.mentionStart(i - 1)
	k := ws - 1
	// "in the TV drama series W", "on the NBC sitcom W"
	for n := 0; k > s.First && n < 6; n++ {
		if e := r.entityAt(k); e >= 0 {
			if t := r.typeOf(e); t != doc.Org && t != doc.NORP {
				break
			}
			k = r.mentionStart(k) - 1
			continue
		}
		if w := r.words[k]; w == "in" || w == "on" || r.d.Tokens[k].Kind != doc.Word && r.d.Tokens[k].Kind != doc.OpenQuote ||
			capitalized(r.d.TokenText(k)) {
			break
		}
		k--
	}
	if k <= s.First || (r.words[k] != "in" && r.words[k] != "on") {
		return
	}
	for j := k - 1; j >= s.First && j >= k-4; j-- {
		if roleCues[r.words[j]] {
			r.markCharacter(ch)
			r.add(ch, doc.AppearsIn, w, "", j, end, scoreGood, "role-in-work")
			r.roleCast(ch, w, j, end, s)
			return
		}
	}
}

// playVerbBefore reports whether "as" at token i follows "played" or
// "portrayed" and the actor: "Smith played as X" is rare, but "appeared
// in two episodes as X" is not.
func (r *run) playVerbBefore(i int, s doc.Sentence) bool {
	for j := i - 1; j >= s.First && j >= i-5; j-- {
		if w := r.words[j]; w == "appeared" || w == "appearing" || w == "starred" || w == "cast" || w == "guest-starred" {
			return true
		}
		if r.entityAt(j) >= 0 || r.words[j] == "," {
			return false
		}
	}
	return false
}

// rolesList: "roles including X in W, Y in V and Z in U", "characters
// such as X in W" — each character appears in its work.
func (r *run) rolesList(i int, s doc.Sentence) {
	k := i + 1
	if r.words[i] == "such" {
		if k >= s.Last || r.words[k] != "as" {
			return
		}
		k++
	}
	cue := false
	for j := i - 1; j >= s.First && j >= i-9; j-- {
		if roleNouns[r.words[j]] {
			cue = true
			break
		}
	}
	if !cue {
		return
	}
	if r.words[i-1] == "characters" || i-2 >= s.First && r.words[i-2] == "characters" {
		// "over the years the comic has featured characters such as A, B and C": the
		// characters of the story the article is about.
		if w := r.storyWork(); w >= 0 {
			list := r.listAfter(k, s.Last, 2, doc.Person, doc.Character)
			if x, _ := r.workIn(r.mentionEndOf(k), s); len(list) > 0 && x < 0 {
				if x, _ := r.workIn(list[0].end, s); x < 0 {
					for _, a := range list {
						if a.e != w && !r.isTopic(a.e) {
							r.markCharacter(a.e)
							r.add(a.e, doc.AppearsIn, w, "", i, a.end, scoreGood, "characters-such-as")
						}
					}
					return
				}
			}
		}
	}
	for k < s.Last {
		// Skip a few lower-case words: "nurse X".
		for n := 0; k < s.Last && n < 2 && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word &&
			!capitalized(r.d.TokenText(k)) && !listStop[r.words[k]]; n++ {
			k++
		}
		ch, end := r.characterAt(k, s)
		if ch < 0 || !r.mayBeRole(ch) {
			return
		}
		if end+1 < s.Last && r.words[end] == "-" {
			if _, x := r.characterAt(end+1, s); x > 0 {
				end = x // "Anne - Marie": a hyphenated name tagged in halves
			}
		}
		w, we := r.workIn(end, s)
		if w < 0 || r.firstTokenOf(w, end)-end > 3 {
			return // "X in W": the title a few words after the role, however long
		}
		r.markCharacter(ch)
		r.add(ch, doc.AppearsIn, w, "", k, we, scoreGood, "roles-such-as")
		r.roleCast(ch, w, i, we, s)
		k = we
		// "… in W for the BBC", "… in W (2004)"
		if k < s.Last && r.words[k] == "(" {
			for k < s.Last && r.words[k] != ")" {
				k++
			}
			k++
		}
		var ok bool
		if k, ok = r.listSep(k, s.Last); !ok {
			return
		}
		// "and loveable characters such as Y in V"
		if k+2 < s.Last {
			for j := k; j < s.Last && j < k+5; j++ {
				if r.words[j] == "such" || r.words[j] == "including" {
					return // the next list opens there
				}
			}
		}
	}
}

// heroOf: "X, the heroine of Y's novel W", "X is the main protagonist of
// the W series" — X appears in W (and Y, when named, created X).
func (r *run) heroOf(i int, s doc.Sentence) {
	ch, at := r.personBefore(i-1, s.First)
	if ch < 0 || i-at > 18 || !r.mayBeRole(ch) && !r.isTopic(ch) {
		return
	}
	// Only an apposition or a copula may sit between X and the noun, and
	// maybe a first apposition closed by "and": "X, a relative of the
	// Ys and later the protagonist of W".
	from := r.mentionEndOf(at)
	if j := r.firstApposition(from, i-1, s); j > 0 {
		from = j
	} else if i-at > 10 {
		return
	}
	for k := from; k < i-1; k++ {
		w := r.words[k]
		if !(w == "," || w == "the" || w == "a" || w == "is" || w == "was" || w == "main" || w == "central" ||
			w == "title" || w == "female" || w == "male" || w == "eponymous" || w == "young" || w == "chief" ||
			w == "primary" || w == "principal" || w == "also" || w == "tragic") {
			return
		}
	}
	k := i + 1
	creator := -1
	for n := 0; k < s.Last && n < 6; n++ {
		if w, we := r.workMentionAt(k, s); w >= 0 {
			r.markCharacter(ch)
			r.add(ch, doc.AppearsIn, w, "", at, we, scoreGood, "hero-of")
			if creator >= 0 && creator != ch {
				r.add(ch, doc.CreatedBy, creator, "", at, we, scoreGood, "hero-of-author")
			}
			return
		}
		if e := r.entityAt(k); e >= 0 {
			end := r.mentionEnd(k)
			if r.typeOf(e) == doc.Person && end < s.Last && (r.words[end] == "'s" || r.words[end] == "’s") {
				creator = e
				k = end + 1
				continue
			}
			if t := r.typeOf(e); t != doc.NORP && t != doc.Org {
				return
			}
			k = end
			continue
		}
		if r.d.Tokens[k].Kind != doc.Word || (listStop[r.words[k]] && r.words[k] != "the" && r.words[k] != "a" && r.words[k] != "an") {
			return
		}
		if r.words[k] == "the" && k+1 < s.Last {
			// "the protagonist of the Monkey Island series": a title
			// before its class noun.
			if e, end := r.titleBeforeNoun(k+1, s); e >= 0 {
				r.markCharacter(ch)
				r.add(ch, doc.AppearsIn, e, "", at, end, scoreGood, "hero-of")
				return
			}
		}
		if (workClass[r.words[k]] || storyNouns[r.words[k]]) && k+1 < s.Last {
			if e := r.titleAfterNoun(k+1, s); e >= 0 && r.typeOf(e) == doc.Work {
				r.markCharacter(ch)
				r.add(ch, doc.AppearsIn, e, "", at, r.mentionEnd(k+1), scoreGood, "hero-of")
				if creator >= 0 && creator != ch {
					r.add(ch, doc.CreatedBy, creator, "", at, r.mentionEnd(k+1), scoreGood, "hero-of-author")
				}
				return
			}
		}
		k++
	}
}

// mentionEndOf returns the token after the mention starting at token a.
func (r *run) mentionEndOf(a int) int {
	if a < 0 || r.ment[a] < 0 {
		return a + 1
	}
	return r.mentionEnd(a)
}

// workMentionAt returns the work whose mention starts at token k (after an
// opening quote), with the token after it, or -1.
func (r *run) workMentionAt(k int, s doc.Sentence) (int, int) {
	if k < s.Last && r.d.Tokens[k].Kind == doc.OpenQuote {
		k++
	}
	if k >= s.Last {
		return -1, -1
	}
	if w := r.entityAt(k); w >= 0 && r.typeOf(w) == doc.Work && r.mentionStart(k) == k {
		return w, r.mentionEnd(k)
	}
	return -1, -1
}

// createdBy: "X is a fictional character created by A for W", "Created
// by A and B, X is voiced by C" — a character's creators; "a comic strip
// written and drawn by A" — a comic's creator.
func (r *run) createdBy(i int, s doc.Sentence) {
	if i+1 >= s.Last || r.words[i+1] != "by" {
		return
	}
	who := r.listAfter(i+2, s.Last, 3, doc.Person)
	if len(who) == 0 {
		return
	}
	if r.words[i] == "drawn" {
		w, at := r.workBefore(i, s.First)
		if w < 0 {
			return
		}
		for _, a := range who {
			r.add(w, doc.CreatedBy, a.e, "", at, a.end, scoreGood, "drawn-by")
		}
		return
	}
	// The character: the topic defined as a character in this sentence…
	ch, at := -1, -1
	if t := r.topic; t.ent >= 0 && isPersonType(r.typeOf(t.ent)) && s.First == r.d.Sentences[0].First && i > t.cop && i < t.cop+10 {
		for k := t.cop + 1; k < i; k++ {
			if r.words[k] == "character" || r.words[k] == "characters" {
				ch, at = t.ent, t.first
				break
			}
		}
	}
	// …or the subject after "Created by A and B, X …".
	if ch < 0 && i == s.First {
		last := who[len(who)-1].end
		// "Created by A and B and animated by C, X is …"
		for n := 0; last < s.Last && n < 8 && r.words[last] != "," && r.words[last] != "."; n++ {
			last++
		}
		if last < s.Last && r.words[last] == "," {
			if e, _ := r.characterAt(last+1, s); e >= 0 && (r.isTopic(e) || r.typeOf(e) == doc.Character) {
				ch, at = e, last+1
			}
		}
	}
	// …or "The character was created by A", "X was originally created by
	// A" in an article about a character.
	if ch < 0 && r.topicIsCharacter() {
		k := s.First
		if r.words[k] == "the" && k+1 < i && r.words[k+1] == "character" {
			k += 2
		} else if e := r.entityAt(k); r.isTopic(e) && r.mentionStart(k) == k {
			k = r.mentionEnd(k)
		} else {
			k = -1
		}
		if k > 0 {
			for ; k < i && clauseFill[r.words[k]]; k++ {
			}
			if k == i {
				ch, at = r.topic.ent, s.First
			}
		}
	}
	if ch < 0 {
		return
	}
	r.markCharacter(ch)
	for _, a := range who {
		if a.e != ch {
			r.add(ch, doc.CreatedBy, a.e, "", at, a.end, scoreGood, "character-created-by")
		}
	}
	r.creatorsDirected(ch, who, s)
	// "… created by A for the novel W": the work the character was made for.
	k := who[len(who)-1].end
	if k+1 >= s.Last || r.words[k] != "for" {
		return
	}
	for j := k + 1; j < s.Last && j < k+6; j++ {
		if w, we := r.workMentionAt(j, s); w >= 0 {
			r.add(ch, doc.AppearsIn, w, "", at, we, scoreGood, "character-created-for")
			return
		}
		if (workClass[r.words[j]] || storyNouns[r.words[j]]) && j+1 < s.Last {
			if w := r.titleAfterNoun(j+1, s); w >= 0 && r.typeOf(w) == doc.Work {
				r.add(ch, doc.AppearsIn, w, "", at, r.mentionEnd(j+1), scoreGood, "character-created-for")
			}
			return
		}
		if r.entityAt(j) >= 0 && r.typeOf(r.entityAt(j)) != doc.Org && r.typeOf(r.entityAt(j)) != doc.NORP {
			return
		}
	}
}

// creatorOf: "A, creator of the W series", "the W comic strip's creator
// A", "W creator A" — A created W.
func (r *run) creatorOf(i int, s doc.Sentence) {
	if i+1 < s.Last && r.words[i+1] == "of" {
		p, at := r.personBefore(i, s.First)
		if p < 0 || i-at > 5 || r.typeOf(p) != doc.Person {
			return
		}
		for k := r.mentionEndOf(at); k < i; k++ {
			if w := r.words[k]; w != "," && w != "the" && w != "is" && w != "was" && w != "also" && w != "original" && w != "co" {
				return
			}
		}
		k := i + 2
		if k < s.Last && r.words[k] == "the" {
			k++
		}
		w, we := r.workMentionAt(k, s)
		if w < 0 {
			// "the Peanuts comic strip", "the Rayman series": a name
			// before a class noun.
			w, we = r.titleBeforeNoun(k, s)
		}
		if w < 0 {
			return
		}
		r.add(w, doc.CreatedBy, p, "", at, we, scoreGood, "creator-of")
		return
	}
	// "W creator A"
	if i == s.First || i+1 >= s.Last {
		return
	}
	k := i - 1
	if r.d.Tokens[k].Kind == doc.CloseQuote && k > s.First {
		k-- // "the "W" creator A"
	}
	if r.ment[k] < 0 || r.mentionEnd(k) != k+1 {
		return
	}
	w := r.workAt(r.mentionStart(k))
	if w < 0 {
		return
	}
	if p, end := r.characterAt(i+1, s); p >= 0 && r.typeOf(p) == doc.Person {
		r.add(w, doc.CreatedBy, p, "", r.mentionStart(k), end, scoreGood, "work-creator")
	}
}

// comicBy: "W is a Finnish comic strip by A" — A created the comic.
func (r *run) comicBy(i int, s doc.Sentence) {
	who := r.listAfter(i+1, s.Last, 3, doc.Person)
	if len(who) == 0 {
		return
	}
	w, at := r.definedWork(i-1, s)
	if w < 0 {
		return
	}
	for _, a := range who {
		r.add(w, doc.CreatedBy, a.e, "", at, a.end, scoreGood, "comic-by")
	}
}

// isNetwork reports whether organisation o is a broadcaster: a known
// platform, or a name that says so.
func (r *run) isNetwork(o int) bool {
	name := r.d.Entities[o].Name
	if k, ok := r.x.gaz.PlatformKind(name); ok {
		return k != "news" // a paper or a chart ("Billboard's Hot 100") airs nothing
	}
	if genericMedium(name) {
		return false // "TV", "US TV": no network named
	}
	for _, f := range strings.Fields(name) {
		switch strings.ToLower(f) {
		case "tv", "television", "channel", "network", "broadcasting":
			return true
		}
	}
	return false
}

// airedOn: "W first aired on 3 March 2001 on N", "the episode was
// broadcast in 2004 by N" — W was released on the network N (the
// release pattern stops at the first comma).
func (r *run) airedOn(i int, s doc.Sentence) {
	subj, at := r.subjectWork(i, s.First)
	if subj < 0 {
		return
	}
	for k := i + 1; k+1 < s.Last && k < i+14; k++ {
		w := r.words[k]
		if w == "on" || w == "by" || w == "via" {
			if r.words[k+1] == "the" && k+2 < s.Last && r.entityAt(k+1) < 0 {
				k++ // "aired on the Fox network"
			}
			if o := r.entityAt(k + 1); o >= 0 && r.typeOf(o) == doc.Org && r.isNetwork(o) {
				// "aired on A and B in Canada and on C": each network.
				for _, n := range r.networksFrom(k+1, s) {
					r.add(subj, doc.ReleasedOn, n.e, "", at, n.end, scoreGood, "aired-on")
					if r.isTopic(subj) {
						// An episode aired where its series airs.
						if w := r.episodeSeries(); w >= 0 {
							r.add(w, doc.ReleasedOn, n.e, "", at, n.end, scoreGood, "episode-aired-on")
						}
					}
				}
				return
			}
		}
		if w == ";" || w == "and" || w == "which" || w == "while" || w == "but" {
			return
		}
		if r.entityAt(k) >= 0 && r.typeOf(r.entityAt(k)) == doc.Work {
			return
		}
	}
}

// madeFor: "a telenovela produced by A for N", "producing two sitcoms for
// N, W and V", "X in W for the BBC" — the work aired on the network N.
func (r *run) madeFor(i int, s doc.Sentence) { r.madeForAt(i, s, false) }

// madeForLate reads the lists of madeFor again at the end of sentence s,
// once titles followed by a year in parentheses have their mentions.
func (r *run) madeForLate(s doc.Sentence) {
	for i := s.First; i < s.Last; i++ {
		if r.words[i] == "for" && !r.inQ[i] {
			r.madeForAt(i, s, true)
		}
	}
}

// hasClaim reports whether a claim (subj, p, obj) was found already.
func (r *run) hasClaim(subj int, p doc.Predicate, obj int) bool {
	for _, c := range r.out {
		if c.Subject == subj && c.Predicate == p && c.Object == obj {
			return true
		}
	}
	return false
}

// madeForAt is madeFor; late reads only the list after the broadcaster.
func (r *run) madeForAt(i int, s doc.Sentence, late bool) {
	k := i + 1
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || !r.isNetwork(o) {
		return
	}
	oe := r.mentionEnd(k)
	// The work right before "for", itself after "in" or a programme noun:
	// "X in W for the BBC", "the sitcom W for ITV" (not "a review of W
	// for the BBC").
	if w := r.entityAt(i - 1); !late && i > s.First && w >= 0 && r.typeOf(w) == doc.Work && r.mentionEnd(i-1) == i {
		j := r.mentionStart(i-1) - 1
		if j >= s.First && r.d.Tokens[j].Kind == doc.OpenQuote {
			j--
		}
		if j >= s.First && r.words[j] == "the" {
			j--
		}
		if j >= s.First && (r.words[j] == "in" || programmeNouns[r.words[j]] || productionNouns[r.words[j]]) {
			r.add(w, doc.ReleasedOn, o, "", r.mentionStart(i-1), oe, scoreGood, "work-for-network")
		}
		return
	}
	// A making verb before, within a few words.
	verb := -1
	for j := i - 1; j >= s.First && j >= i-10; j-- {
		if madeForVerbs[r.words[j]] {
			verb = j
			break
		}
		if r.words[j] == ";" || r.words[j] == "." {
			break
		}
	}
	if verb < 0 {
		return
	}
	// "producing two sitcoms for N, W and V": the works after.
	if oe+1 < s.Last && r.words[oe] == "," {
		if ws := r.listAfter(oe+1, s.Last, 0, doc.Work); len(ws) > 0 {
			for _, a := range ws {
				if !r.hasClaim(a.e, doc.ReleasedOn, o) {
					r.add(a.e, doc.ReleasedOn, o, "", verb, a.end, scoreGood, "made-for-network")
				}
			}
			return
		}
	}
	if late {
		return
	}
	// "W is a telenovela produced by A for N": the defined or preceding work.
	w, at := r.workBefore(verb, s.First)
	if w < 0 {
		return
	}
	// Nothing but the maker may sit between the verb and "for".
	for j := verb + 1; j < i; j++ {
		if e := r.entityAt(j); e >= 0 && r.typeOf(e) == doc.Work {
			return
		}
	}
	r.add(w, doc.ReleasedOn, o, "", at, oe, scoreGood, "made-for-network")
}

// madeWork: "She wrote, edited and directed the 2015 documentary W", "she
// produced its debut film W in 2017" — the person who is the subject made
// the work.
func (r *run) madeWork(i int, s doc.Sentence) {
	// Only the last verb of a chain reads the object; it collects the
	// chain backwards.
	if i+1 < s.Last {
		if _, ok := makerVerbs[r.words[i+1]]; ok {
			return
		}
		if (r.words[i+1] == "," || r.words[i+1] == "and") && i+2 < s.Last {
			if _, ok := makerVerbs[r.words[i+2]]; ok {
				return
			}
		}
	}
	preds := []doc.Predicate{makerVerbs[r.words[i]]}
	k, firstVerb := i-1, i
	for k >= s.First {
		w := r.words[k]
		if p, ok := makerVerbs[w]; ok {
			preds = append(preds, p)
			firstVerb = k
		} else if w != "," && w != "and" && w != "also" && w != "then" && w != "later" && w != "subsequently" {
			break
		}
		k--
	}
	if firstVerb-1 >= s.First && r.words[firstVerb-1] == "and" {
		// "X established a company and produced …": the coordination
		// is read below.
		k = firstVerb - 1
	}
	p, at := r.personBefore(k+1, s.First)
	if k >= s.First && (r.words[k] == "he" || r.words[k] == "she") && r.entityAt(k) < 0 && r.topic.class == "person" {
		// "… through which he wrote and directed W": the person the
		// article is about, when the pronoun was left unlinked.
		p, at = r.topicOfType(doc.Person), k
	}
	if p < 0 || r.typeOf(p) != doc.Person {
		return
	}
	if at != k && !r.subjectOf(at, k) {
		// "X established a company and produced …": the subject that
		// opens the sentence, across a coordination.
		if k < s.First || r.words[k] != "and" {
			return
		}
		p, at = r.entityAt(s.First), s.First
		if p < 0 || r.typeOf(p) != doc.Person || r.mentionStart(s.First) != s.First {
			return
		}
		for j := r.mentionEnd(s.First); j < k; j++ {
			if e := r.entityAt(j); e >= 0 && isPersonType(r.typeOf(e)) || r.words[j] == "who" || r.words[j] == "which" ||
				r.words[j] == "that" || r.words[j] == ";" || r.words[j] == "," || r.words[j] == "but" {
				return
			}
		}
	}
	// The object: determiners, a year, adjectives and a class noun.
	j := i + 1
	screen := false
	for n := 0; j < s.Last && n < 7 && (r.entityAt(j) < 0 || r.possessivePronoun(j)); n++ {
		t := r.d.Tokens[j]
		w := r.words[j]
		if t.Kind == doc.OpenQuote {
			break
		}
		if w == "," && j > i+1 && screenClass[r.words[j-1]] && j+1 < s.Last && capitalized(r.d.TokenText(j+1)) {
			j++ // "his first feature film, W"
			break
		}
		if screenClass[w] {
			screen = true
		}
		if w == "-" || t.Kind == doc.Number || (t.Kind == doc.Word && !capitalized(r.d.TokenText(j)) && w != "and" && w != "with" &&
			w != "for" && w != "in" && w != "on" && w != "by" && w != "of") {
			j++
			continue
		}
		break
	}
	if j < s.Last && r.d.Tokens[j].Kind == doc.OpenQuote {
		j++
	}
	directs := false
	for _, pr := range preds {
		directs = directs || pr == doc.DirectedBy
	}
	if j >= s.Last || j == i+1 && !(directs && len(preds) > 1) {
		return // "X produced W" alone: W might be anything
	}
	if j == i+1 {
		screen = true // "X wrote and directed W": a film or a play
	}
	w := r.entityAt(j)
	if w < 0 || r.typeOf(w) != doc.Work || r.mentionStart(j) != j {
		return
	}
	if !screen && r.isTopic(w) && screenClass[r.topic.class] {
		screen = true
	}
	end := r.mentionEnd(j)
	for _, pr := range preds {
		if pr == doc.WrittenBy && !screen {
			continue
		}
		if pr == doc.DirectedBy && !screen {
			continue
		}
		r.add(w, pr, p, "", at, end, scoreGood, "made-work")
	}
	// "the company X, through which he produced W": X made W.
	if at-3 >= s.First && r.words[at-1] == "which" && (r.words[at-2] == "through" || r.words[at-2] == "under") {
		q := at - 3
		if r.words[q] == "," && q-1 >= s.First {
			q--
		}
		o := r.entityAt(q)
		if o >= 0 && r.typeOf(o) == doc.Org && r.mentionEnd(q) == q+1 && screen {
			for _, pr := range preds {
				if pr == doc.ProducedBy {
					r.add(w, doc.ProductionCompany, o, "", r.mentionStart(q), end, scoreGood, "made-work-through")
					break
				}
			}
		}
	}
}

// networkOwn: "the BBC's W", "W, a BBC children's programme", "W is a
// nightly Harbor TV news magazine" — W aired on the
// broadcaster named at token i.
func (r *run) networkOwn(i int, s doc.Sentence) {
	o := r.entityAt(i)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(i) != i {
		return
	}
	end := r.mentionEnd(i)
	if end+1 < s.Last && (r.words[end] == "'s" || r.words[end] == "’s") {
		// "the BBC's W": a known broadcaster or platform only; "Disney's W"
		// names a maker, "Billboard's Hot 100" a chart.
		if k, ok := r.x.gaz.PlatformKind(r.d.Entities[o].Name); !ok || k == "news" {
			return
		}
		// A title ending in an event word ("the People's Choice Awards")
		// names no programme.
		// "the BBC's Supper and Song programme" cut before "and" names no
		// programme.
		if w, we := r.workMentionAt(end+1, s); w >= 0 && r.programmeEnds(we, s) && !r.x.gaz.EventCue(r.d.TokenText(we-1)) && !r.titleRunsOn(we, s) {
			r.add(w, doc.ReleasedOn, o, "", i, we, scoreGood, "network-possessive")
		}
		return
	}
	// A programme noun after the broadcaster: "BBC children's television
	// programme".
	noun := false
	for k, n := end, 0; k < s.Last && n < 5; k, n = k+1, n+1 {
		w := r.words[k]
		if programmeNouns[w] {
			noun = true
			break
		}
		if r.entityAt(k) >= 0 || r.d.Tokens[k].Kind != doc.Word && w != "'s" && w != "-" || capitalized(r.d.TokenText(k)) {
			return
		}
	}
	if !noun || !r.isNetwork(o) {
		return
	}
	// Back to the article of the noun phrase, then the work it defines.
	k := i - 1
	for n := 0; k > s.First && n < 3 && r.d.Tokens[k].Kind == doc.Word && !capitalized(r.d.TokenText(k)) && r.words[k] != "a" && r.words[k] != "an"; n++ {
		k--
	}
	if k <= s.First || (r.words[k] != "a" && r.words[k] != "an") {
		return
	}
	if w, at := r.definedWork(k, s); w >= 0 && k-at < 8 {
		r.add(w, doc.ReleasedOn, o, "", at, end, scoreGood, "network-definition")
	}
}

// adaptedBy: "adapted for the screen by A", "written by and starring A"
// — A wrote the screenplay of the work the clause is about.
func (r *run) adaptedBy(i int, s doc.Sentence) {
	k := i + 1
	switch {
	case i-3 >= s.First && r.words[i-1] == "screen" && (r.words[i-2] == "to" || r.words[i-3] == "for" || r.words[i-3] == "to"):
	case i-1 >= s.First && r.words[i-1] == "written" && k+1 < s.Last && r.words[k] == "and" &&
		(r.words[k+1] == "starring" || r.words[k+1] == "directed" || r.words[k+1] == "produced"):
		k += 2
		if r.words[k-1] != "starring" {
			if k >= s.Last || r.words[k] != "by" {
				return
			}
			k++
		}
	default:
		return
	}
	who := r.listAfter(k, s.Last, 3, doc.Person)
	if len(who) == 0 {
		return
	}
	w, at := r.workBefore(i, s.First)
	if w < 0 || !r.isScreenWork(w, at, i) {
		return
	}
	for _, a := range who {
		r.add(w, doc.WrittenBy, a.e, "", at, a.end, scoreGood, "adapted-by")
	}
}

// subjectOf reports whether the person mention starting at token at is
// the subject of a verb chain that starts after token k: only adverbs and
// auxiliaries sit between.
func (r *run) subjectOf(at, k int) bool {
	if k+1-r.mentionEndOf(at) > 3 {
		return false
	}
	for j := r.mentionEndOf(at); j <= k; j++ {
		if w := r.words[j]; w != "also" && w != "later" && w != "then" && w != "has" && w != "had" && w != "have" &&
			w != "himself" && w != "herself" && w != "jointly" && w != "both" && w != "co" {
			return false
		}
	}
	return true
}

// storyClass are the classes of fictional works whose article names
// their characters without a cue on each: a novel, an episode, a comic.
var storyClass = set("episode", "novel", "sitcom", "strip", "comic", "manga", "anime", "cartoon", "game", "videogame",
	"play", "opera", "musical", "franchise", "epic", "poem", "saga", "novella", "webcomic", "telenovela", "soap")

// storyWork returns the fictional work the document defines (for an
// episode, its series: the characters belong to the series), or -1.
func (r *run) storyWork() int {
	t := r.topic
	if t.ent >= 0 && r.typeOf(t.ent) == doc.Work && storyClass[t.class] {
		if t.class == "episode" {
			if w := r.episodeSeries(); w >= 0 {
				return w
			}
		}
		return t.ent
	}
	// "W is a Finnish comic strip": a class noun the definition reader
	// does not know.
	if len(r.d.Sentences) == 0 {
		return -1
	}
	s := r.d.Sentences[0]
	w := r.entityAt(s.First)
	if w < 0 || r.typeOf(w) != doc.Work || r.mentionStart(s.First) != s.First {
		return -1
	}
	k := r.mentionEnd(s.First)
	if k >= s.Last || !copulas[r.words[k]] {
		return -1
	}
	for j := k + 1; j < s.Last && j < k+8; j++ {
		if storyClass[r.words[j]] {
			return w
		}
		if classStop[r.words[j]] {
			return -1
		}
	}
	return -1
}

// episodeSeries returns the series an episode topic belongs to: "X is
// the sixth episode in season three of the series W".
func (r *run) episodeSeries() int {
	t := r.topic
	if t.ent < 0 || t.class != "episode" {
		return -1
	}
	s := r.d.Sentences[0]
	for k := t.cop + 1; k < s.Last && k < t.cop+30; k++ {
		if r.words[k] == "." || r.words[k] == ";" {
			return -1
		}
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Work && e != t.ent {
			return e
		}
	}
	return -1
}

// follows: "The episode follows A and B as they …", "The novel centers on
// A", "The episode sees A marry B" — the characters of a fictional work
// the article defines.
func (r *run) follows(i int, s doc.Sentence) {
	if i == s.First || i+1 >= s.Last {
		return
	}
	// The subject: the topic named right before ("The episode", "It"),
	// or the story told ("The story follows", "The episode's subplot,
	// which sees").
	subj := r.entityAt(i - 1)
	if (subj < 0 || !r.isTopic(subj)) && !r.plotSubjectBefore(i, s) {
		return
	}
	w := r.storyWork()
	if w < 0 {
		// "The series follows A, B and C": a fictional film or series.
		w = r.fictionScreenTopic()
	}
	if w < 0 {
		return
	}
	k := i + 1
	if r.words[i] != "follows" && r.words[i] != "sees" {
		if r.words[k] != "on" && r.words[k] != "around" {
			return
		}
		k++
	}
	if k+2 < s.Last && r.words[k] == "the" && lifeNouns[r.words[k+1]] && r.words[k+2] == "of" {
		k += 3 // "follows the adventures of X"
	}
	list := r.listAfter(k, s.Last, 2, doc.Person, doc.Character)
	if n := len(list); n > 0 && r.words[i] == "sees" {
		// "sees A marry B": the one the verb takes is in the story too.
		if v := list[n-1].end; v+1 < s.Last && r.d.Tokens[v].Kind == doc.Word && !capitalized(r.d.TokenText(v)) &&
			!listStop[r.words[v]] && r.entityAt(v) < 0 {
			e, end := r.characterAt(v+1, s)
			if e < 0 {
				if x := r.mentionEndOf(v + 1); x < s.Last && (r.words[x] == "," || r.words[x] == ".") {
					e, end = r.oddName(v+1, s) // "marry Manjula", a name taken for a place
				}
			}
			if e >= 0 && (end >= s.Last || r.words[end] != "'s" && r.words[end] != "’s") {
				list = append(list, agent{e, end})
			}
		}
	}
	at := s.First
	if r.entityAt(i-1) >= 0 {
		at = r.mentionStart(i - 1)
	}
	for _, a := range list {
		if a.e != w && !r.isTopic(a.e) && !r.castMember(a.e) && !r.isMaker(a.e) {
			r.markCharacter(a.e)
			r.add(a.e, doc.AppearsIn, w, "", at, a.end, scoreGood, "story-follows")
		}
	}
}

// plotSubject words name the story a sentence tells: "The story
// follows", "The episode's subplot, which sees".
var plotSubjects = set("story", "plot", "subplot", "storyline", "narrative", "episode", "novel", "game", "film", "series")

// plotSubjectBefore reports whether the verb at token i has the story as
// its subject: "The story follows" opening the sentence, or "(The
// episode's) subplot, which sees".
func (r *run) plotSubjectBefore(i int, s doc.Sentence) bool {
	if i-2 == s.First && r.words[s.First] == "the" && plotSubjects[r.words[i-1]] {
		return true
	}
	if i-3 >= s.First && r.words[i-1] == "which" && r.words[i-2] == "," {
		switch r.words[i-3] {
		case "plot", "subplot", "storyline":
			return true
		}
	}
	return false
}

// storyRole: "Sonic, the protagonist, is …", "antagonist Doctor Eggman",
// "The protagonist is Florin",
// "The main character of the comic is Olli Rask" — characters of the
// fictional work the article defines.
func (r *run) storyRole(i int, s doc.Sentence) {
	if i+1 >= s.Last || r.words[i+1] == "of" {
		return
	}
	w := r.storyWork()
	if w < 0 {
		return
	}
	ch, at, end := -1, -1, -1
	switch {
	case r.words[i] == "character":
		// "The main character (of the comic) is X"
		if i-2 < s.First || r.words[i-1] != "main" && r.words[i-1] != "central" && r.words[i-1] != "title" {
			return
		}
		k := i + 1
		if r.words[k] == "in" || r.words[k] == "of" {
			for k++; k < s.Last && k < i+6 && !copulas[r.words[k]]; k++ {
			}
		}
		if k >= s.Last || !copulas[r.words[k]] {
			return
		}
		k++
		for n := 0; k < s.Last && n < 5 && r.entityAt(k) < 0; n++ {
			if r.d.Tokens[k].Kind != doc.Word && r.words[k] != "-" || capitalized(r.d.TokenText(k)) {
				return
			}
			k++
		}
		ch, end = r.characterAt(k, s)
		at = i - 1
	case copulas[r.words[i+1]] && r.storyOpening(i, s):
		// "The protagonist is X, an escaped prisoner"
		ch, end = r.characterAt(i+2, s)
		if ch < 0 {
			ch, end = r.oddName(i+2, s)
		}
		at = s.First
	case r.entityAt(i+1) >= 0:
		// "antagonist Doctor Eggman"
		ch, end = r.characterAt(i+1, s)
		at = i
	case i+2 < s.Last && storyTitles[r.words[i+1]] && capitalized(r.d.TokenText(i+1)) && r.entityAt(i+2) >= 0:
		// "antagonist Doctor Eggman", the title left out of the name
		ch, end = r.characterAt(i+2, s)
		at = i
	case r.words[i+1] == ",":
		// "Sonic, the protagonist, is"
		if i-3 < s.First || r.words[i-1] != "the" || r.words[i-2] != "," {
			return
		}
		if e := r.entityAt(i - 3); e >= 0 && isPersonType(r.typeOf(e)) && r.mentionStart(i-3) == s.First {
			ch, at, end = e, s.First, i+1
		}
	}
	if ch < 0 || ch == w || r.isTopic(ch) {
		return
	}
	r.markCharacter(ch)
	r.add(ch, doc.AppearsIn, w, "", at, end, scoreGood, "story-role")
}

// programmeEnds reports whether the title ending before token k ends its
// noun phrase, or is followed by a programme noun: "the BBC's W
// programme", not "the BBC's W digital service".
func (r *run) programmeEnds(k int, s doc.Sentence) bool {
	if k < s.Last && r.d.Tokens[k].Kind == doc.CloseQuote {
		k++
	}
	if k >= s.Last || r.d.Tokens[k].Kind != doc.Word || capitalized(r.d.TokenText(k)) {
		return true
	}
	w := r.words[k]
	return programmeNouns[w] || listStop[w] || verbLike(w) || copulas[w] || w == "has" || w == "will" || w == "had"
}

// roleOfIn: "singing the role of Ortrud in Lohengrin", "the voice of X
// in seasons 3 through 8 of the cartoon series W" — X is a character of W.
// A one-off name the tagger took for a place is a character here.
func (r *run) roleOfIn(i int, s doc.Sentence) {
	k := i + 1
	if k < s.Last && r.d.Tokens[k].Kind == doc.OpenQuote {
		k++
	}
	ch, end := r.characterAt(k, s)
	if ch < 0 {
		e := r.entityAt(k)
		if e < 0 || r.typeOf(e) != doc.Loc || r.mentionStart(k) != k || len(r.d.Entities[e].Mentions) > 2 {
			return
		}
		ch, end = e, r.mentionEnd(k)
	}
	if r.isTopic(ch) || !r.mayBeRole(ch) {
		return
	}
	// The work: "in W", or after "from season N to M of".
	for j := end; j < s.Last && j < end+10; j++ {
		w := r.words[j]
		if w == "in" || w == "on" || w == "of" {
			if w == "of" {
				// workIn reads "in"; "of" works the same way here.
				if x, xe := r.workOf(j, s); x >= 0 {
					r.roleAppears(ch, x, i-1, xe)
					return
				}
				return
			}
			if x, xe := r.workIn(j, s); x >= 0 {
				r.roleAppears(ch, x, i-1, xe)
			}
			return
		}
		if r.d.Tokens[j].Kind != doc.Word && r.d.Tokens[j].Kind != doc.Number && w != "-" || r.entityAt(j) >= 0 {
			return
		}
	}
}

// roleAppears records that ch appears in work w, making ch a character.
func (r *run) roleAppears(ch, w, a, b int) {
	if r.typeOf(ch) == doc.Loc {
		r.retype(ch, doc.Character)
	}
	r.markCharacter(ch)
	r.add(ch, doc.AppearsIn, w, "", a, b, scoreGood, "role-of-in-work")
}

// workOf is workIn for "of [the …] W".
func (r *run) workOf(j int, s doc.Sentence) (int, int) {
	if j >= s.Last || r.words[j] != "of" {
		return -1, -1
	}
	return r.workAfterPrep(j, s)
}

// seriesNouns follow a title to say it names a series of works.
var seriesNouns = set("series", "franchise", "saga", "trilogy", "novels", "books", "films", "games")

// titleBeforeNoun reads "Monkey Island series" at token a: a name the
// tagger typed as a place or an organisation (or did not tag), right
// before a series noun, is the title of a work. It returns the work and
// the token after the noun, or -1.
func (r *run) titleBeforeNoun(a int, s doc.Sentence) (int, int) {
	if a >= s.Last || !capitalized(r.d.TokenText(a)) {
		return -1, -1
	}
	if e := r.entityAt(a); e >= 0 {
		end := r.mentionEnd(a)
		if r.mentionStart(a) != a || end >= s.Last || !seriesNouns[r.words[end]] && !comicNouns[r.words[end]] {
			return -1, -1
		}
		switch r.typeOf(e) {
		case doc.Work:
			return e, end + 1
		case doc.Loc, doc.Org:
			if len(r.d.Entities[e].Mentions) > 3 {
				return -1, -1
			}
			r.retype(e, doc.Work)
			return e, end + 1
		}
		return -1, -1
	}
	b := a
	for b < s.Last && b < a+5 && r.entityAt(b) < 0 && capitalized(r.d.TokenText(b)) {
		b++
	}
	if b == a || b >= s.Last || !seriesNouns[r.words[b]] && !comicNouns[r.words[b]] {
		return -1, -1
	}
	return r.newMention(a, b, doc.Work, doc.Name, -1), b + 1
}

// figureIn: "Sela is a figure in the Lithuanian folk saga Gintaras" —
// the person the article defines is a character of the story.
func (r *run) figureIn(i int, s doc.Sentence) {
	ch := r.topic.ent
	if ch < 0 || s.First != r.d.Sentences[0].First || i <= r.topic.cop || i > r.topic.cop+5 || !isPersonType(r.typeOf(ch)) {
		return
	}
	if i+1 >= s.Last || r.words[i+1] != "in" && r.words[i+1] != "from" && r.words[i+1] != "of" {
		return
	}
	for j := i + 2; j < s.Last && j < i+10; j++ {
		if storyNouns[r.words[j]] || r.words[j] == "novel" || r.words[j] == "poem" || r.words[j] == "play" || r.words[j] == "opera" {
			if j+1 < s.Last {
				if e := r.titleAfterNoun(j+1, s); e >= 0 && r.typeOf(e) == doc.Work {
					r.markCharacter(ch)
					r.add(ch, doc.AppearsIn, e, "", r.topic.first, r.mentionEnd(j+1), scoreGood, "figure-in")
				}
			}
			return
		}
		if e := r.entityAt(j); e >= 0 {
			if r.typeOf(e) != doc.NORP {
				return
			}
			j = r.mentionEnd(j) - 1
			continue
		}
		if r.d.Tokens[j].Kind != doc.Word || capitalized(r.d.TokenText(j)) {
			return
		}
	}
}

// possessorAt returns the person who owns what follows token k: "X's"
// (k is "'s") or a pronoun "his", "her" linked to a person.
func (r *run) possessorAt(k int) int {
	switch r.words[k] {
	case "'s", "’s":
		if e := r.entityAt(k - 1); e >= 0 && r.typeOf(e) == doc.Person {
			return e
		}
	case "his", "her":
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Person {
			return e
		}
	}
	return -1
}

// alterEgo: "Hemingway's fictional alter ego Nick Adams", "his fictional
// alter-ego, Henry Chinaski" — the author created the character.
func (r *run) alterEgo(i int, s doc.Sentence) {
	k := i - 1
	if r.words[i] == "ego" {
		if k > s.First && r.words[k] == "-" {
			k--
		}
		if k <= s.First || r.words[k] != "alter" {
			return
		}
		k--
	}
	if k > s.First && (r.words[k] == "fictional" || r.words[k] == "literary") {
		k--
	}
	if k < s.First {
		return
	}
	author := r.possessorAt(k)
	if author < 0 && (r.words[k] == "'s" || r.words[k] == "’s") && k > s.First {
		// Only a person has an alter ego: a lone surname the tagger took
		// for an organisation is the author.
		if e := r.entityAt(k - 1); e >= 0 && r.typeOf(e) == doc.Org && r.mentionStart(k-1) == k-1 &&
			len(r.d.Entities[e].Mentions) <= 2 && !strings.Contains(r.d.Entities[e].Name, " ") {
			r.retype(e, doc.Person)
			author = e
		}
	}
	if author < 0 {
		return
	}
	j := i + 1
	if j < s.Last && r.words[j] == "," {
		j++
	}
	ch, end := r.characterAt(j, s)
	if ch < 0 || ch == author {
		return
	}
	r.markCharacter(ch)
	r.add(ch, doc.CreatedBy, author, "", k, end, scoreGood, "alter-ego")
}

// creatorsCharacter: "X is a fictional character introduced in Y's 1967
// film W" — Y, who made the work, created the character the article
// defines; "Y's family of characters including A and B" — Y created A
// and B.
func (r *run) creatorsCharacter(i int, s doc.Sentence) {
	author := r.possessorAt(i)
	if author < 0 {
		return
	}
	// "Y's family of characters including A and B"
	for k := i + 1; k < s.Last && k < i+5; k++ {
		if r.words[k] == "characters" && k+1 < s.Last {
			j := k + 1
			switch {
			case r.words[j] == "including":
				j++
			case r.words[j] == "such" && j+1 < s.Last && r.words[j+1] == "as":
				j += 2
			default:
				return
			}
			for _, a := range r.listAfter(j, s.Last, 1, doc.Person, doc.Character) {
				if a.e != author {
					r.markCharacter(a.e)
					r.add(a.e, doc.CreatedBy, author, "", i-1, a.end, scoreGood, "characters-of-author")
				}
			}
			return
		}
	}
	t := r.topic
	if t.ent < 0 || !isPersonType(r.typeOf(t.ent)) || s.First != r.d.Sentences[0].First || i <= t.cop || i > t.cop+12 ||
		author == t.ent {
		return
	}
	cue := false
	for k := t.cop + 1; k < i; k++ {
		if r.words[k] == "character" {
			cue = true
		}
	}
	if !cue {
		return
	}
	// The possessor's work: a class noun within a few words.
	for k := i + 1; k < s.Last && k < i+6; k++ {
		if screenClass[r.words[k]] || workClass[r.words[k]] || storyNouns[r.words[k]] {
			r.markCharacter(t.ent)
			r.add(t.ent, doc.CreatedBy, author, "", t.first, k+1, scoreGood, "character-of-makers-work")
			return
		}
		if r.entityAt(k) >= 0 {
			return
		}
	}
}

// mayBeRole reports whether entity e, named as a role in a biography's
// list of parts, may be made a character: already one, or a name the
// document uses no more than a few times. A real person named often (a
// politician an actor impersonated on a show) stays a person.
func (r *run) mayBeRole(e int) bool {
	ent := r.d.Entities[e]
	if ent.Type == doc.Character || ent.Fictional {
		return true
	}
	names := 0
	for _, mi := range ent.Mentions {
		if r.d.Mentions[mi].Kind == doc.Name {
			names++
		}
	}
	return names <= 2
}

// topicIsCharacter reports whether the article defines a character: the
// topic is one, or a person whose definition calls it a character.
func (r *run) topicIsCharacter() bool {
	t := r.topic
	if t.ent < 0 || !isPersonType(r.typeOf(t.ent)) {
		return false
	}
	if r.typeOf(t.ent) == doc.Character {
		return true
	}
	s := r.d.Sentences[0]
	for k := t.cop + 1; k < s.Last && k <= t.cop+5; k++ {
		if r.words[k] == "character" {
			return true
		}
	}
	return false
}

// characterInSeries: "X is a fictional character in the Harbor Lights
// comic book series" — a title before its class noun, which the
// definition reader does not take.
func (r *run) characterInSeries(i int, s doc.Sentence) {
	t := r.topic
	if t.ent < 0 || s.First != r.d.Sentences[0].First || i <= t.cop || i > t.cop+5 || !isPersonType(r.typeOf(t.ent)) {
		return
	}
	k := i + 1
	if k+2 >= s.Last || r.words[k] != "in" && r.words[k] != "from" && r.words[k] != "of" || r.words[k+1] != "the" {
		return
	}
	if w, end := r.titleBeforeNoun(k+2, s); w >= 0 {
		r.markCharacter(t.ent)
		r.add(t.ent, doc.AppearsIn, w, "", t.first, end, scoreGood, "character-in-series")
	}
}

// playerControls: "The player controls Jade and her allies", "players
// take control of X", "the player controlling X" — in an article defining
// a game or another story, the characters the player controls are in it.
func (r *run) playerControls(i int, s doc.Sentence) {
	w := r.storyWork()
	if w < 0 || i+1 >= s.Last || r.sportsDoc() {
		return
	}
	player := false
	for j := i - 1; j >= s.First && j >= i-3; j-- {
		if r.words[j] == "player" || r.words[j] == "players" {
			player = true
			break
		}
	}
	if !player {
		return
	}
	k := i + 1
	if r.words[k] == "of" {
		k++ // "take control of X"
	}
	list := r.listAfter(k, s.Last, 1, doc.Person, doc.Character)
	if len(list) == 0 {
		if e, end := r.oddName(k, s); e >= 0 {
			list = []agent{{e, end}}
		}
	}
	for _, a := range list {
		if a.e != w && !r.isTopic(a.e) && !r.isMaker(a.e) {
			r.markCharacter(a.e)
			r.add(a.e, doc.AppearsIn, w, "", i, a.end, scoreGood, "player-controls")
		}
	}
}

// storyTitles are titles a character's name may carry: "Doctor Eggman".
var storyTitles = set("doctor", "dr.", "dr", "captain", "professor", "king", "queen", "prince", "princess", "lord", "lady",
	"sir", "count", "countess", "general", "agent", "detective", "commander", "uncle", "aunt", "master", "baron")

// companionNouns name the people around a character: "his friends".
var companionNouns = set("friends", "allies", "companions", "sidekicks", "enemies", "rivals", "foes", "teammates", "partners")

// friendsOf: "Rufo, together with a few of his friends, such as Pim, Dara
// and Kell", "Jade's allies, including A and B" — in an article
// defining a story, the companions of one of its characters are in it
// too.
func (r *run) friendsOf(i int, s doc.Sentence) {
	k := i - 1
	if k > s.First && r.words[k] == "," {
		k--
	}
	if k <= s.First || !companionNouns[r.words[k]] || r.inQ[i] {
		return
	}
	w := r.storyWork()
	if w < 0 || r.sportsDoc() {
		return
	}
	var owner int
	switch r.words[k-1] {
	case "his", "her", "their":
		owner = r.entityAt(k - 1)
	case "'s", "’s":
		owner = r.entityAt(k - 2)
	default:
		return
	}
	if owner < 0 || !r.isTopic(owner) && !r.appearsIn(owner, w) {
		return
	}
	j := i + 1
	if r.words[i] == "such" {
		if j >= s.Last || r.words[j] != "as" {
			return
		}
		j++
	}
	for _, a := range r.nameList(j, s.Last, 0) {
		if a.e != w && a.e != owner && isPersonType(r.typeOf(a.e)) && !r.isMaker(a.e) && !r.castMember(a.e) {
			r.markCharacter(a.e)
			r.add(a.e, doc.AppearsIn, w, "", k-1, a.end, scoreGood, "friends-of")
		}
	}
}

// appearsIn reports whether a claim found so far puts e in work w.
func (r *run) appearsIn(e, w int) bool {
	for _, c := range r.out {
		if c.Predicate == doc.AppearsIn && c.Subject == e && c.Object == w {
			return true
		}
	}
	return false
}

// firstApposition reads ", a relative of the Ys and later" from token a
// up to the noun at token n: an apposition of lower-case words and names
// (no person, no verb) closed by "and" and maybe "later" or "also". It
// returns the token after them, or -1.
func (r *run) firstApposition(a, n int, s doc.Sentence) int {
	if a+2 >= n || r.words[a] != "," || r.words[a+1] != "a" && r.words[a+1] != "an" && r.words[a+1] != "the" {
		return -1
	}
	for k := a + 2; k < n && k < a+12; k++ {
		w := r.words[k]
		if w == "and" {
			k++
			if k < n && (r.words[k] == "later" || r.words[k] == "also" || r.words[k] == "eventually" || r.words[k] == "subsequently") {
				k++
			}
			return k
		}
		if e := r.entityAt(k); e >= 0 && isPersonType(r.typeOf(e)) || w == "," || w == "who" || w == "which" ||
			r.d.Tokens[k].Kind != doc.Word || verbLike(w) || copulas[w] {
			return -1
		}
	}
	return -1
}

// spanEnd returns the token after the mention starting at token j by its
// span, which a pronoun inside a title ("Death Becomes Him") does not cut
// short as the token map does.
func (r *run) spanEnd(j int) int {
	end := r.mentionEnd(j)
	if mi := r.ment[j]; mi >= 0 {
		if e := r.d.TokenAt(r.d.Mentions[mi].End-1) + 1; e > end && e <= len(r.words) {
			return e
		}
	}
	return end
}

// artNouns mark a sentence about works of visual art.
var artNouns = set("painting", "paintings", "masterpiece", "masterpieces", "sculpture", "sculptures", "statue", "mural",
	"murals", "portrait", "portraits", "canvas", "canvases", "fresco", "frescoes", "artworks", "etching", "engraving",
	"engravings", "lithograph", "triptych")

// artworkBy: "masterpieces such as Manet's The Absinthe Drinker and
// Rodin's The Thinker" — in a sentence about paintings or sculptures, a
// person's possessive right before a title names its creator.
func (r *run) artworkBy(i int, s doc.Sentence) {
	if i == s.First || i+1 >= s.Last {
		return
	}
	p := r.entityAt(i - 1)
	if p < 0 || r.typeOf(p) != doc.Person || r.mentionEnd(i-1) != i || r.d.Mentions[r.ment[i-1]].Kind != doc.Name {
		return
	}
	w, end := r.workMentionAt(i+1, s)
	title := false
	k := i + 1
	if k+1 < s.Last && r.words[k] == "the" && r.entityAt(k) < 0 {
		k++ // "Marceau's The Dreamer", the article left out of the name
	}
	if e := r.entityAt(k); w < 0 && e >= 0 && r.mentionStart(k) == k && r.words[i+1] == "the" &&
		r.d.Mentions[r.ment[k]].Kind == doc.Name && len(r.d.Entities[e].Mentions) <= 2 && r.typeOf(e) != doc.Work {
		w, end, title = e, r.mentionEnd(k), true // "Rodin's The Thinker", tagged as a person
	}
	if w < 0 || r.isTopic(p) {
		return
	}
	art := false
	for k := s.First; k < s.Last; k++ {
		if artNouns[r.words[k]] {
			art = true
			break
		}
	}
	if !art {
		return
	}
	if title {
		r.retype(w, doc.Work)
	}
	r.add(w, doc.CreatedBy, p, "", r.mentionStart(i-1), end, scoreGood, "artwork-by")
}
