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
		"returns", "debut", "guest-starred", "co-starred", "recast", "reprised", "reprising", "reprises", "part")
	// roleNouns before "such as" or "including" introduce a list of roles.
	roleNouns = set("roles", "characters", "parts", "role")
	// heroNouns name a character by its place in a story: "the heroine
	// of W".
	heroNouns = set("protagonist", "heroine", "hero", "antagonist", "villain", "narrator", "antihero", "anti-hero")
	// comicNouns are works whose maker is their creator: "a comic strip
	// by X".
	comicNouns = set("strip", "comic", "comics", "cartoon", "manga", "webcomic", "franchise")
	// airVerbs broadcast a programme: "first aired on May 5 on NBC".
	airVerbs = set("aired", "airs", "broadcast", "premiered", "premieres", "debuted", "screened", "televised")
	// makerVerbs are active verbs whose subject made the work after them:
	// "she wrote and directed the film W".
	makerVerbs = map[string]doc.Predicate{"wrote": doc.WrittenBy, "co-wrote": doc.WrittenBy, "directed": doc.DirectedBy,
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
	switch r.words[i] {
	case "as":
		r.roleIn(i, s)
	case "such", "including":
		r.rolesList(i, s)
	case "of":
		if i > s.First && heroNouns[r.words[i-1]] {
			r.heroOf(i, s)
		}
	case "created", "co-created", "drawn":
		r.createdBy(i, s)
	case "creator", "co-creator":
		r.creatorOf(i, s)
	case "by":
		if i > s.First && comicNouns[r.words[i-1]] {
			r.comicBy(i, s)
		}
	case "for":
		r.madeFor(i, s)
	}
	if airVerbs[r.words[i]] {
		r.airedOn(i, s)
	}
	if _, ok := makerVerbs[r.words[i]]; ok {
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
	for j := k + 1; j < s.Last && j < k+14; j++ {
		if r.d.Tokens[j].Kind == doc.OpenQuote {
			continue
		}
		if e := r.entityAt(j); e >= 0 {
			if r.typeOf(e) == doc.Work && r.mentionStart(j) == j {
				return e, r.mentionEnd(j)
			}
			if t := r.typeOf(e); t != doc.Org && t != doc.NORP && t != doc.GPE {
				return -1, -1
			}
			j = r.mentionEnd(j) - 1
			continue
		}
		w := r.words[j]
		if r.d.Tokens[j].Kind != doc.Word && w != "-" {
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
	if ch < 0 || r.isTopic(ch) {
		return
	}
	if roleCues[r.words[i-1]] || r.playVerbBefore(i, s) {
		k := end
		if k < s.Last && r.words[k] == "," {
			// "as X, a detective, in W"
			for k++; k < s.Last && k < end+10 && r.words[k] != ","; k++ {
			}
			k++
		}
		if w, we := r.workIn(k, s); w >= 0 {
			r.markCharacter(ch)
			r.add(ch, doc.AppearsIn, w, "", i-1, we, scoreGood, "role-in-work")
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
	for k > s.First && (r.words[k] == "the" || r.d.Tokens[k].Kind == doc.OpenQuote) {
		k--
	}
	if k <= s.First || (r.words[k] != "in" && r.words[k] != "on") {
		return
	}
	for j := k - 1; j >= s.First && j >= k-4; j-- {
		if roleCues[r.words[j]] {
			r.markCharacter(ch)
			r.add(ch, doc.AppearsIn, w, "", j, end, scoreGood, "role-in-work")
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
	for j := i - 1; j >= s.First && j >= i-5; j-- {
		if roleNouns[r.words[j]] {
			cue = true
			break
		}
	}
	if !cue {
		return
	}
	for k < s.Last {
		// Skip a few lower-case words: "nurse X".
		for n := 0; k < s.Last && n < 2 && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word &&
			!capitalized(r.d.TokenText(k)) && !listStop[r.words[k]]; n++ {
			k++
		}
		ch, end := r.characterAt(k, s)
		if ch < 0 {
			return
		}
		w, we := r.workIn(end, s)
		if w < 0 || we-end > 4 {
			return
		}
		r.markCharacter(ch)
		r.add(ch, doc.AppearsIn, w, "", k, we, scoreGood, "roles-such-as")
		k = we
		// "… in W for the BBC", "… in W (2004)"
		if k < s.Last && r.words[k] == "(" {
			for k < s.Last && r.words[k] != ")" {
				k++
			}
			k++
		}
		switch {
		case k+1 < s.Last && r.words[k] == "," && r.words[k+1] == "and":
			k += 2
		case k < s.Last && (r.words[k] == "," || r.words[k] == "and"):
			k++
		default:
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
	if ch < 0 || i-at > 10 {
		return
	}
	// Only an apposition or a copula may sit between X and the noun.
	for k := r.mentionEndOf(at); k < i-1; k++ {
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
		if w, we := r.workIn2(k, s); w >= 0 {
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

// workIn2 returns the work whose mention starts at token k (after an
// opening quote), with the token after it, or -1.
func (r *run) workIn2(k int, s doc.Sentence) (int, int) {
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
		if last < s.Last && r.words[last] == "," {
			if e, _ := r.characterAt(last+1, s); e >= 0 && (r.isTopic(e) || r.typeOf(e) == doc.Character) {
				ch, at = e, last+1
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
		w, we := r.workIn2(k, s)
		if w < 0 {
			// "the Peanuts comic strip": a name before a class noun.
			e := r.entityAt(k)
			if e < 0 || r.mentionStart(k) != k {
				return
			}
			end := r.mentionEnd(k)
			if end >= s.Last || !(comicNouns[r.words[end]] || r.words[end] == "series" || workClass[r.words[end]]) ||
				len(r.d.Entities[e].Mentions) > 2 || isPersonType(r.typeOf(e)) && r.typeOf(e) == doc.Character {
				return
			}
			if r.typeOf(e) == doc.Person {
				return
			}
			r.retype(e, doc.Work)
			w, we = e, end
		}
		r.add(w, doc.CreatedBy, p, "", at, we, scoreGood, "creator-of")
		return
	}
	// "W creator A"
	if i == s.First || i+1 >= s.Last {
		return
	}
	w := r.entityAt(i - 1)
	if w < 0 || r.typeOf(w) != doc.Work || r.mentionEnd(i-1) != i {
		return
	}
	if p, end := r.characterAt(i+1, s); p >= 0 && r.typeOf(p) == doc.Person {
		r.add(w, doc.CreatedBy, p, "", r.mentionStart(i-1), end, scoreGood, "work-creator")
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
	if _, ok := r.x.gaz.Platform(name); ok {
		return true
	}
	for _, f := range strings.Fields(name) {
		switch strings.ToLower(f) {
		case "tv", "television", "channel", "network", "broadcasting":
			return true
		}
	}
	return false
}

// airedOn: "W first aired on May 5, 1993 on N", "the episode was
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
			if o := r.entityAt(k + 1); o >= 0 && r.typeOf(o) == doc.Org && r.isNetwork(o) {
				r.add(subj, doc.ReleasedOn, o, "", at, r.mentionEnd(k+1), scoreGood, "aired-on")
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
func (r *run) madeFor(i int, s doc.Sentence) {
	k := i + 1
	if k < s.Last && r.words[k] == "the" {
		k++
	}
	o := r.entityAt(k)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(k) != k || !r.isNetwork(o) {
		return
	}
	oe := r.mentionEnd(k)
	// The work right before "for".
	if w := r.entityAt(i - 1); i > s.First && w >= 0 && r.typeOf(w) == doc.Work && r.mentionEnd(i-1) == i {
		r.add(w, doc.ReleasedOn, o, "", r.mentionStart(i-1), oe, scoreGood, "work-for-network")
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
				r.add(a.e, doc.ReleasedOn, o, "", verb, a.end, scoreGood, "made-for-network")
			}
			return
		}
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

// madeWork: "He wrote, directed and produced the 2012 film W", "she
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
	k := i - 1
	for k >= s.First {
		w := r.words[k]
		if p, ok := makerVerbs[w]; ok {
			preds = append(preds, p)
		} else if w != "," && w != "and" && w != "also" {
			break
		}
		k--
	}
	p, at := r.personBefore(k+1, s.First)
	if p < 0 || k+1-r.mentionEndOf(at) > 3 || r.typeOf(p) != doc.Person {
		return
	}
	for j := r.mentionEndOf(at); j <= k; j++ {
		if w := r.words[j]; w != "also" && w != "later" && w != "then" && w != "has" && w != "had" && w != "have" &&
			w != "himself" && w != "herself" && w != "jointly" && w != "both" && w != "co" {
			return
		}
	}
	// The object: determiners, a year, adjectives and a class noun.
	j := i + 1
	screen := false
	for n := 0; j < s.Last && n < 7 && r.entityAt(j) < 0; n++ {
		t := r.d.Tokens[j]
		w := r.words[j]
		if t.Kind == doc.OpenQuote {
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
	if j == i+1 || j >= s.Last {
		return // "X produced W" alone: W might be anything
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
}
