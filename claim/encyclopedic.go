package claim

import (
	"strings"

	"github.com/newsgraph/newsgraph/doc"
)

// Verbs and nouns of the encyclopedic patterns.
var (
	// byVerbs are participles whose "by" names the makers of a work.
	byVerbs = map[string]doc.Predicate{"directed": doc.DirectedBy, "co-directed": doc.DirectedBy,
		"written": doc.WrittenBy, "co-written": doc.WrittenBy, "penned": doc.WrittenBy,
		"created": doc.CreatedBy, "co-created": doc.CreatedBy,
		"produced": doc.ProducedBy, "co-produced": doc.ProducedBy,
		"performed": doc.Performer, "sung": doc.Performer, "recorded": doc.Performer}
	// byNouns are nouns whose "by" names the makers: "a screenplay by X",
	// "an album by X".
	byNouns = map[string]doc.Predicate{"screenplay": doc.WrittenBy, "script": doc.WrittenBy, "teleplay": doc.WrittenBy,
		"painting": doc.CreatedBy, "drawing": doc.CreatedBy, "sculpture": doc.CreatedBy, "statue": doc.CreatedBy,
		"fresco": doc.CreatedBy, "mural": doc.CreatedBy, "portrait": doc.CreatedBy, "artwork": doc.CreatedBy,
		"album": doc.Performer, "song": doc.Performer, "single": doc.Performer, "ep": doc.Performer,
		"mixtape": doc.Performer, "track": doc.Performer, "ballad": doc.Performer, "recording": doc.Performer,
		"recordings": doc.Performer, "compilation": doc.Performer, "disc": doc.Performer, "cd": doc.Performer,
		"lp": doc.Performer}
	// songNouns name recordings, whose maker is their performer.
	songNouns = set("album", "song", "single", "ep", "mixtape", "track", "ballad", "record", "disc", "cd", "lp",
		"compilation", "recording", "recordings")
	debutKinds    = set("acting", "screen", "television", "stage", "film", "movie")
	foundingVerbs = set("founded", "co-founded", "established", "formed", "incorporated", "created", "launched", "organized", "organised", "opened")
	foundingNouns = set("founding", "foundation", "formation", "establishment", "creation", "inception")
	// placeFounding are the founding verbs a town or a park takes.
	placeFounding = set("founded", "established", "incorporated", "created", "opened", "existed")
	// orgOnlyVerbs are founding verbs no person is the object of.
	orgOnlyVerbs   = set("founded", "co-founded", "formed", "incorporated")
	educationWords = set("university", "college", "school", "institute", "academy", "conservatory", "conservatoire",
		"polytechnic", "seminary", "gymnasium", "lyceum", "lycée", "faculty", "universidad", "università", "universität",
		"université", "universiteit", "hochschule")
	// clauseFill are words a passive clause may hold between its subject
	// and its participle: "X was originally founded in".
	clauseFill = set("was", "is", "were", "are", "been", "being", "has", "have", "had", "originally", "officially",
		"first", "later", "jointly", "then", "also", "formally", "initially", "subsequently", "eventually", ",")
)

// agent is an entity found in a list, with the token after its mention.
type agent struct{ e, end int }

// listSep skips the separator of a list at k (",", "and" or ", and")
// and returns the token after it, or false when k holds none.
func (r *run) listSep(k, last int) (int, bool) {
	switch {
	case k+1 < last && r.words[k] == "," && r.words[k+1] == "and":
		return k + 2, true
	case k < last && (r.words[k] == "," || r.words[k] == "and"):
		return k + 1, true
	}
	return k, false
}

// listAfter reads a coordination of mentions of the given types starting
// at token k: "A, B and C", "A & B". Up to skip lower-case words (role
// nouns: "actors", "guitarist") or nationality mentions may come before
// each item. It stops at the first word that fits none of these.
func (r *run) listAfter(k, last, skip int, types ...doc.EntityType) []agent {
	var out []agent
	for k < last {
		// Skip role words before the item.
		n := 0
		for k < last && n <= skip {
			if r.words[k] == "the" {
				k++
				continue
			}
			e := r.entityAt(k)
			if e >= 0 && r.typeOf(e) == doc.NORP {
				k = r.mentionEnd(k)
				n++
				continue
			}
			if e >= 0 && (r.typeOf(e) == doc.GPE || r.typeOf(e) == doc.Loc) && !hasType(r.typeOf(e), types) {
				// "the Ohio group X": a place naming where the agent is from.
				if j := r.mentionEnd(k); j < last && r.entityAt(j) < 0 && r.d.Tokens[j].Kind == doc.Word &&
					!capitalized(r.d.TokenText(j)) && !listStop[r.words[j]] && !r.verbAt(j) {
					k = j
					n++
					continue
				}
			}
			if e < 0 && r.d.Tokens[k].Kind == doc.Word && !capitalized(r.d.TokenText(k)) && !listStop[r.words[k]] && !r.verbAt(k) {
				k++
				n++
				continue
			}
			if e < 0 && (r.words[k] == "-" || r.words[k] == "/") {
				k++
				continue
			}
			break
		}
		if n > skip || k >= last {
			break
		}
		e := r.entityAt(k)
		if e < 0 || !hasType(r.typeOf(e), types) || r.inQ[k] || r.d.Mentions[r.ment[k]].Kind == doc.Pronoun {
			break // "directed by A, would put his …": no pronoun is listed
		}
		end := r.mentionEnd(k)
		out = append(out, agent{e, end})
		k = end
		// "A as Helen, B as Paris": skip each role.
		if k+1 < last && r.words[k] == "as" && r.entityAt(k+1) >= 0 {
			k = r.mentionEnd(k + 1)
		}
		// The separator.
		if k < last && r.words[k] == "(" {
			// "A (as Role)": skip the parenthesis.
			for k < last && r.words[k] != ")" && k < end+12 {
				k++
			}
			k++
		}
		if k < last && r.words[k] == "," {
			k++
			if k < last && (r.words[k] == "and" || r.words[k] == "&") {
				k++
			}
			continue
		}
		if k < last && (r.words[k] == "and" || r.words[k] == "&") {
			k++
			continue
		}
		break
	}
	return out
}

// listStop are lower-case words that end a list: a verb or a preposition
// starting another clause.
var listStop = set("by", "and", "in", "on", "at", "for", "from", "with", "of", "to", "as", "is", "was", "were", "are",
	"who", "which", "that", "the", "a", "an", "his", "her", "their", "its", "also", "after", "before", "while",
	"when", "but", "under", "into", "about", "during", "not", "or", "later", "then", "eventually", "subsequently",
	"afterwards", "soon", "before", "until", "stars", "starring", "starred", "featuring", "it")

func hasType(t doc.EntityType, types []doc.EntityType) bool {
	for _, x := range types {
		if x == t {
			return true
		}
	}
	return false
}

// byClause: "directed by Y", "written and directed by Y", "produced by Y
// and Z", "a song by Y", "with a screenplay by Y" — the makers of the
// work the clause is about.
func (r *run) byClause(i int, s doc.Sentence) {
	if i == s.First || r.inQ[i] {
		return
	}
	var preds []doc.Predicate
	noun := ""
	switch r.words[i] {
	case "to": // "a single credited to Y"
		if r.words[i-1] != "credited" {
			return
		}
		preds, noun = []doc.Predicate{doc.Performer}, "single"
	case "from": // "the first solo album from Y"
		if w := r.words[i-1]; w != "album" && w != "ep" && w != "mixtape" {
			return
		}
		preds, noun = []doc.Predicate{doc.Performer}, r.words[i-1]
	}
	k := i - 1
	for chain := len(preds) == 0; chain && k >= s.First; {
		w := r.words[k]
		if p, ok := byVerbs[w]; ok {
			preds = append(preds, p)
		} else if w != "and" && w != "," && w != "also" && w != "jointly" && w != "originally" && w != "both" {
			break
		}
		k--
	}
	if len(preds) == 0 {
		if w := r.entityAt(i - 1); w >= 0 && r.typeOf(w) == doc.Work && r.mentionEnd(i-1) == i {
			// "the 2010 album X by the band Y"
			for q := r.mentionStart(i-1) - 1; q >= s.First && q >= r.mentionStart(i-1)-3; q-- {
				if songNouns[r.words[q]] {
					preds, noun = []doc.Predicate{doc.Performer}, r.words[q]
					break
				}
			}
		}
	}
	if len(preds) == 0 {
		p, ok := byNouns[r.words[i-1]]
		if !ok && r.words[i-1] == "release" && (r.musicDoc() || r.bandNounAfter(i, 9, s)) {
			p, ok = doc.Performer, true // "a release by the band X" in a music article
		}
		if !ok {
			return
		}
		preds, noun = []doc.Predicate{p}, r.words[i-1]
	}
	types := []doc.EntityType{doc.Person}
	for _, p := range preds {
		if p == doc.Performer || p == doc.ProducedBy {
			types = []doc.EntityType{doc.Person, doc.Org}
		}
	}
	who := r.listAfter(i+1, s.Last, 4, types...)
	if m := r.makerAfterTitle(i+1, s); m > 0 {
		// "directed by Three Kings film-maker X": the first name is a
		// title describing the maker who follows.
		who = r.listAfter(m, s.Last, 1, types...)
	}
	if len(who) == 0 && hasType(doc.Org, types) {
		// "by the Ohio band Vantage": a name after a band noun is a band,
		// whatever the tagger made of it.
		for q := i + 1; q+1 < s.Last && q < i+9; q++ {
			if bandNouns[r.words[q]] {
				if e := r.entityAt(q + 1); e >= 0 && r.mentionStart(q+1) == q+1 {
					switch {
					case r.typeOf(e) == doc.Org:
						who = []agent{{e, r.mentionEnd(q + 1)}} // "by the Ocala, Florida group X"
					case r.bandNamed(e):
						r.retype(e, doc.Org)
						who = []agent{{e, r.mentionEnd(q + 1)}}
					}
				}
				break
			}
		}
	}
	if len(who) == 0 && preds[0] == doc.Performer {
		// "performed by Danish session musician and composer X":
		// past a longer description of the performer.
		if k := r.pastDescription(i+1, s); k > 0 {
			who = r.listAfter(k, s.Last, 0, types...)
		}
	}
	if len(who) == 0 {
		return
	}
	work, at := r.workBefore(i, s.First)
	if noun != "" && songNouns[noun] {
		// "X is a song by Y": the song is the subject of the definition.
		if w, wa := r.definedWork(i-1, s); w >= 0 {
			work, at = w, wa
		}
	}
	if work < 0 || !r.namedBefore(work, i) {
		return // "The film is produced by X, producer of the W trilogy": W is no referent yet
	}
	// "The song's music video was directed by X": the video's maker.
	video := r.videoBetween(at, i)
	for _, p := range preds {
		if video && p != doc.Performer {
			continue
		}
		if p == doc.Performer && !r.isRecording(work, at, i) && noun != "release" {
			continue
		}
		if p == doc.WrittenBy && !r.isScreenWork(work, at, i) {
			continue // the writer of a song or a book is not a screenwriter
		}
		for _, a := range who {
			pred := p
			if r.typeOf(a.e) == doc.Org {
				switch p {
				case doc.ProducedBy:
					if r.isRecording(work, at, i) {
						continue // "the song was produced by A and B": producers the tagger took for companies
					}
					pred = doc.ProductionCompany
				case doc.Performer:
					if r.labelName(a.e) {
						continue // "her album by X Music Entertainment": the label
					}
				default:
					continue
				}
			}
			r.add(work, pred, a.e, "", at, a.end, scoreStrong, "made-by")
		}
	}
}

// untaggedNameBefore reports whether a title the tagger missed ends right
// before token i (a comma between): a capitalized word no mention holds,
// or a name of another type that opens with "The" ("while The Lantern
// starring A") — the clause is about that title, not about a work named
// earlier in the sentence.
func (r *run) untaggedNameBefore(i int, s doc.Sentence) bool {
	k := i - 1
	if k > s.First && r.words[k] == "," {
		k--
	}
	if k <= s.First || r.d.Tokens[k].Kind != doc.Word || !capitalized(r.d.TokenText(k)) {
		return false
	}
	e := r.entityAt(k)
	if e < 0 {
		return true
	}
	return r.typeOf(e) != doc.Work && r.d.TokenText(r.mentionStart(k)) == "The"
}

// derivedNouns name a work made from another: "the sequel to W".
var derivedNouns = set("sequel", "prequel", "follow-up", "remake", "spin-off", "spinoff", "reboot")

// derivedFrom reports whether the work mention starting at token at is
// the source of another work ("the sequel to the comedy W", "a remake of
// W"): what the clause after it says is about the other work. It returns
// that work when it is named in apposition or as the subject of a copula
// right before the derived noun ("W2, a sequel to W", "W2 is the sequel
// to W"), with its first token, else -1.
func (r *run) derivedFrom(at int, s doc.Sentence) (int, int, bool) {
	if at < 0 || at >= len(r.words) || r.ment[at] < 0 {
		return -1, -1, false
	}
	for j := at - 1; j > s.First && j >= at-7; j-- {
		w := r.words[j]
		if w != "to" && w != "of" && w != "from" {
			continue
		}
		if !derivedNouns[r.words[j-1]] {
			return -1, -1, false
		}
		k := j - 2
		for k > s.First && (r.words[k] == "a" || r.words[k] == "an" || r.words[k] == "the" || r.words[k] == "new") {
			k--
		}
		if k > s.First && (r.words[k] == "," || copulas[r.words[k]]) {
			if e := r.entityAt(k - 1); e >= 0 && r.typeOf(e) == doc.Work {
				return e, r.mentionStart(k - 1), true
			}
		}
		return -1, -1, true
	}
	return -1, -1, false
}

// videoBetween reports whether tokens [a, b) hold "video": the clause is
// about a work's video, not the work.
func (r *run) videoBetween(a, b int) bool {
	for k := max(a, 0); k < b; k++ {
		if (r.words[k] == "video" || r.words[k] == "videos") && (k+1 >= len(r.words) || r.words[k+1] != "game" && r.words[k+1] != "games") {
			return true // not "a video game"
		}
	}
	return false
}

// definedWork returns the work a copula defines as the noun at token k:
// "W is a song", "W, a single" — the work mention before the copula or
// comma.
func (r *run) definedWork(k int, s doc.Sentence) (int, int) {
	for j := k - 1; j >= s.First && j >= k-10; j-- {
		if copulas[r.words[j]] || r.words[j] == "," {
			if j-1 >= s.First {
				if r.d.Tokens[j-1].Kind == doc.CloseQuote && j-2 >= s.First {
					j--
				}
				if e := r.entityAt(j - 1); e >= 0 && r.typeOf(e) == doc.Work {
					return e, r.mentionStart(j - 1)
				}
			}
			return -1, -1
		}
	}
	return -1, -1
}

// isRecording reports whether a performer claim about work w fits: the
// work is a recording by its class or the words around it.
func (r *run) isRecording(w, at, i int) bool { return r.workOfClass(w, at-6, i, songNouns) }

// workOfClass reports whether work w (named before token i) is of one of
// the classes: by the class of the topic it is, or by a class noun in
// tokens [from, i).
func (r *run) workOfClass(w, from, i int, classes map[string]bool) bool {
	if r.isTopic(w) {
		return classes[r.topic.class]
	}
	for k := max(from, 0); k < i; k++ {
		if classes[r.words[k]] {
			return true
		}
	}
	return false
}

// screenClass are the class nouns of works with a screenplay.
var screenClass = set("film", "movie", "series", "sitcom", "show", "programme", "program", "episode", "documentary",
	"drama", "comedy", "telenovela", "miniseries", "serial", "thriller", "biopic", "cartoon", "anime", "sequel",
	"prequel", "remake", "short", "picture", "pilot", "season", "finale")

// isScreenWork reports whether work w is a film or a programme, by its
// class or the words before it.
func (r *run) isScreenWork(w, at, i int) bool { return r.workOfClass(w, at-3, i, screenClass) }

// starring: "a film … starring A, B and C", "The film stars A and B" —
// each is in the cast of the work the sentence is about, or of the
// document's work.
func (r *run) starring(i int, s doc.Sentence) {
	if r.inQ[i] {
		return
	}
	w := r.words[i]
	if w == "stars" || w == "starred" || w == "co-stars" {
		// The verb needs the work as its subject: "The film stars A",
		// "The film was directed by X and starred A".
		e := r.entityAt(i - 1)
		if i > s.First && r.words[i-1] == "and" {
			if e, _ = r.sentenceWork(s); e < 0 {
				e = r.describedSubject(s) // "His first film, W, was … and starred A"
			}
		}
		if i == s.First || e < 0 || r.typeOf(e) != doc.Work {
			return
		}
	}
	if i+1 < s.Last && r.words[i+1] == "as" {
		return
	}
	if i > s.First && capitalized(r.d.TokenText(i)) {
		return // "The Late Show Starring A": a word of a title
	}
	cast := r.castNames(i+1, s.Last)
	if len(cast) == 0 {
		return
	}
	work, at := r.workBefore(i, s.First)
	if work >= 0 && r.untaggedNameBefore(i, s) {
		return // "W was shelved while The Libertine starring A was moved"
	}
	if d, dat, derived := r.derivedFrom(at, s); work >= 0 && derived {
		// "W2, a sequel to W, starring A", "W2 is the sequel to W, also
		// starring A": the cast is the new work's; "the sequel to W
		// stars A" names no new work.
		if work, at = d, dat; work < 0 {
			return
		}
	}
	if work < 0 {
		// "Starring A and B, …" in an article defining one film; a news
		// story naming several works says nothing about which one.
		if work = r.topicOfType(doc.Work); work < 0 && !r.untaggedTitleBefore(i, s) && !r.otherFilmAround(i, s) {
			work = r.castWork(r.sentenceOf(i), i)
		}
		at = i
	}
	if work < 0 {
		return
	}
	for _, a := range cast {
		r.add(a.e, doc.CastIn, work, "", at, a.end, scoreGood, "starring")
		r.starringRole(a, work, s)
	}
}

// starringRole: "starring A as Menelaus, B as Paris" — a name after "as"
// in a cast list is the actor's role even where the tagger made it a
// place or a company, if the document names it no more than twice.
func (r *run) starringRole(a agent, work int, s doc.Sentence) {
	k := a.end
	if k+1 >= s.Last || r.words[k] != "as" || r.typeOf(a.e) != doc.Person {
		return
	}
	ch := r.entityAt(k + 1)
	if ch < 0 || r.mentionStart(k+1) != k+1 || r.d.Mentions[r.ment[k+1]].Kind != doc.Name || r.hasClaim(a.e, doc.Plays, ch) {
		return
	}
	switch t := r.typeOf(ch); {
	case t != doc.Org && t != doc.GPE && t != doc.Loc:
		return
	case len(r.d.Entities[ch].Mentions) > 2 || r.isPlatformName(ch):
		return
	}
	if end := r.mentionEnd(k + 1); end < s.Last && r.words[end] != "," && r.words[end] != "and" && r.words[end] != "." {
		return // "A as London's mayor": no role name
	}
	r.retype(ch, doc.Character)
	r.markCharacter(ch)
	r.add(a.e, doc.Plays, ch, "", a.end-1, r.mentionEnd(k+1), scoreGood, "starring-as")
	r.add(ch, doc.AppearsIn, work, "", a.end-1, r.mentionEnd(k+1), scoreGood, "starring-as")
}

// founding: "X was founded in 1998 by Y", "X, established in 1999, …",
// "Founded in 1857, X …", "since its founding in 1857".
func (r *run) founding(i int, s doc.Sentence) {
	if r.inQ[i] {
		return
	}
	org, at := r.foundedSubject(i, s)
	if org < 0 {
		return
	}
	k := i + 1
	if k < s.Last && (r.words[k] == "in" || r.words[k] == "on") {
		if date, de := r.dateAfter(k, s); date != "" && de <= k+7 && !r.commaBetween(k, de) {
			r.add(org, doc.Inception, -1, date, min(at, i), de+1, scoreGood, "founded-in")
			k = de + 1
		}
	}
	if foundingNouns[r.words[i]] || r.words[i] == "created" || r.words[i] == "launched" || r.words[i] == "opened" {
		return
	}
	// "… by A and B", right after the verb or its date.
	for j := k; j < s.Last && j < k+3; j++ {
		if r.words[j] != "by" {
			continue
		}
		list := r.listAfter(j+1, s.Last, 3, doc.Person)
		band := sameClass[r.topic.class] == "band" && r.isTopic(org)
		if len(list) > 0 {
			// "formed by guitarist A and bassist B": musicians found a band.
			for q := j + 1; q < list[len(list)-1].end; q++ {
				if bandRoles[r.words[q]] {
					band = true
				}
			}
		}
		for _, a := range list {
			r.add(a.e, doc.Founded, org, "", min(at, i), a.end, scoreGood, "founded-by")
			if band {
				r.add(a.e, doc.MemberOf, org, "", min(at, i), a.end, scoreGood, "band-formed-by")
			}
		}
		break
	}
}

// passiveBetween reports whether tokens [a, b) hold a form of "be": the
// subject of a passive participle.
func (r *run) passiveBetween(a, b int) bool {
	for k := a; k < b; k++ {
		switch r.words[k] {
		case "was", "were", "is", "are", "been":
			return true
		}
	}
	return false
}

// foundedSubject returns the organisation or place a founding word at
// token i is about, with the first token of its mention.
func (r *run) foundedSubject(i int, s doc.Sentence) (int, int) {
	if foundingNouns[r.words[i]] {
		// "its founding in", "the formation of X"
		if i > s.First && r.words[i-1] == "its" {
			if t := r.topicOfType(doc.Org); t >= 0 {
				return t, i - 1
			}
			// "After its founding in 1902, Port Selby …", "X has grown
			// since its inception in 1985": the clause's subject.
			if e, at := r.orgAfterComma(i, s); e >= 0 {
				return e, at
			}
			for k := s.First; k < i-1; k++ {
				if e := r.entityAt(k); e >= 0 {
					if t := r.typeOf(e); t == doc.Org || t == doc.GPE || t == doc.Loc {
						return e, r.mentionStart(k)
					}
					break
				}
			}
		}
		return -1, -1
	}
	// "X [was] founded", "X, founded"
	k := i - 1
	for k >= s.First && clauseFill[r.words[k]] {
		k--
	}
	// "X is a British production company, founded in 1985"
	if k >= s.First && orgClass[r.words[k]] && r.entityAt(k) < 0 && s.First == r.d.Sentences[0].First && k > r.topic.cop {
		if t := r.topicOfType(doc.Org); t >= 0 {
			return t, r.topic.first
		}
	}
	// "X, a club which was founded", "X, an organization founded": back
	// over the relative pronoun and an apposition to its head.
	if k >= s.First && (r.words[k] == "which" || r.words[k] == "that") {
		k--
		for k >= s.First && r.words[k] == "," {
			k--
		}
	}
	if k > s.First && r.entityAt(k) < 0 && r.d.Tokens[k].Kind == doc.Word && !capitalized(r.d.TokenText(k)) {
		j := k
		for j > s.First && j > k-6 && r.entityAt(j) < 0 && r.words[j] != "," && r.words[j] != "a" && r.words[j] != "an" {
			j--
		}
		if (r.words[j] == "a" || r.words[j] == "an") && j-2 >= s.First && r.words[j-1] == "," {
			if e := r.entityAt(j - 2); e >= 0 && r.typeOf(e) == doc.Org {
				return e, r.mentionStart(j - 2)
			}
		}
	}
	if k >= s.First {
		if e := r.entityAt(k); e >= 0 {
			switch r.typeOf(e) {
			case doc.Org:
				return e, r.mentionStart(k)
			case doc.GPE, doc.Loc:
				// "The town was founded in 1867", "the park, established in 1928"
				if placeFounding[r.words[i]] {
					return e, r.mentionStart(k)
				}
			case doc.Person:
				// Nobody is founded: a name the tagger took for a person
				// in "X was formed in 1976" is an organisation.
				if r.passiveBetween(k+1, i) && orgOnlyVerbs[r.words[i]] && r.d.Mentions[r.ment[k]].Kind == doc.Name &&
					i+1 < s.Last && (r.words[i+1] == "in" || r.words[i+1] == "on" || r.words[i+1] == "by") {
					r.retype(e, doc.Org)
					return e, r.mentionStart(k)
				}
			}
			return -1, -1
		}
	}
	// "Founded in 1857, X …", "Founded in 1754, it …": the subject after
	// the comma that closes the participle clause.
	if i == s.First {
		depth := 0
		for j := i + 1; j+1 < s.Last && j < i+30; j++ {
			switch r.words[j] {
			case "(":
				depth++
			case ")":
				depth--
			}
			if r.words[j] != "," || depth > 0 {
				continue
			}
			if t := r.topicOfType(doc.Org); t >= 0 && r.isTopicWord(j+1) {
				return t, i
			}
			if r.words[j+1] == "the" && j+2 < s.Last {
				j++ // "Established in 2003, the X Initiative is"
			}
			if e := r.entityAt(j + 1); e >= 0 && r.typeOf(e) == doc.Org && r.d.Mentions[r.ment[j+1]].Kind == doc.Name {
				return e, i
			}
		}
	}
	return -1, -1
}

// educated: "X studied at Y", "graduated from Y and Z", "was educated at
// Y", "attended Y", "received a degree from Y".
func (r *run) educated(i int, s doc.Sentence) {
	if r.inQ[i] {
		return
	}
	w := r.words[i]
	k := i + 1
	strict := false
	switch w {
	case "studied", "educated", "studying", "enrolled":
		if j := r.studiedWithAt(k, s); j > k && (w == "studied" || w == "studying") {
			k, strict = j, true // "studied film with A at X": a school's name only
			break
		}
		if k >= s.Last || (r.words[k] != "at" && r.words[k] != "in") {
			return
		}
		k++
		strict = w == "enrolled"
	case "graduated", "graduating", "graduate":
		if k >= s.Last || r.words[k] != "from" {
			return
		}
		k++
	case "attended", "attending", "attends":
		strict = true
	case "degree", "diploma", "doctorate", "phd", "ph.d.", "ba", "ma", "bachelor", "master", "masters", "mba", "student":
		// "a law degree from X", "a PhD in international studies from X",
		// "a student at X"
		for k < s.Last && k < i+6 && r.words[k] != "from" && r.words[k] != "at" && r.words[k] != "of" &&
			(r.entityAt(k) < 0 || r.typeOf(r.entityAt(k)) == doc.NORP) && r.words[k] != "," && r.words[k] != "and" {
			k++
		}
		if k >= s.Last || (r.words[k] != "from" && r.words[k] != "at" && !(r.words[k] == "of" && w == "student")) {
			return
		}
		k++
		strict = true
	case "alumnus", "alumna", "alumni":
		if k >= s.Last || r.words[k] != "of" {
			return
		}
		k++
	default:
		return
	}
	schools := r.listAfter(k, s.Last, 1, doc.Org, doc.Loc, doc.GPE, doc.Person)
	for n, a := range schools {
		if r.typeOf(a.e) == doc.Person && !isSchool(r.d.Entities[a.e].Name) {
			schools = schools[:n] // the list ends where a person begins
			break
		}
	}
	if len(schools) == 0 {
		return
	}
	p, at := r.personBefore(i, s.First)
	if end := schools[len(schools)-1].end; p < 0 && end+1 < s.Last && r.words[end] == "," {
		// "Educated at X and Y, Boyd began his career", "While a
		// student at X, she sang"
		if e := r.entityAt(end + 1); e >= 0 && r.typeOf(e) == doc.Person {
			p, at = e, i
		}
	}
	if p >= 0 && r.afterThe(at) {
		// "He won the X Prize while a student at Y": not the prize (tagged
		// a person) but the sentence's subject (people.go).
		p, at = r.sentenceSubject(s)
	}
	if p < 0 || r.typeOf(p) != doc.Person {
		return
	}
	for _, a := range schools {
		school := isSchool(r.d.Entities[a.e].Name)
		if r.typeOf(a.e) != doc.Org {
			if !school {
				continue // "studied in Uppsala": a town, not a school
			}
			r.retype(a.e, doc.Org) // a school the tagger took for a place
		}
		if strict && !school {
			continue
		}
		r.add(p, doc.EducatedAt, a.e, "", at, a.end, scoreGood, "educated-at")
	}
}

// studiedWithAt returns the token after "at" in "studied law at X",
// "studied film with A at X", "studied music under A at X", starting at
// token k after the verb; or k when the words are not of that shape.
func (r *run) studiedWithAt(k int, s doc.Sentence) int {
	j := k
	for n := 0; j < s.Last && n < 3 && r.entityAt(j) < 0 && r.d.Tokens[j].Kind == doc.Word &&
		!capitalized(r.d.TokenText(j)) && !listStop[r.words[j]] && r.words[j] != "at" && r.words[j] != "with" &&
		r.words[j] != "under" && r.words[j] != "in"; n++ {
		j++
	}
	if j == k || j+1 >= s.Last {
		return k
	}
	if r.words[j] == "with" || r.words[j] == "under" {
		e := r.entityAt(j + 1)
		if e < 0 || r.typeOf(e) != doc.Person || r.mentionStart(j+1) != j+1 {
			return k
		}
		j = r.mentionEnd(j + 1)
	}
	if j+1 >= s.Last || r.words[j] != "at" {
		return k
	}
	return j + 1
}

// isSchool reports whether a name holds an education word: "Yale
// University", "Curtis Institute of Music".
func isSchool(name string) bool { return nameHas(name, educationWords) }

// nameHas reports whether any word of name, lower-cased, is in words.
func nameHas(name string, words map[string]bool) bool {
	for _, f := range strings.Fields(strings.ToLower(name)) {
		if words[f] {
			return true
		}
	}
	return false
}

// yearOfWork: "W (1998)" and "the 1998 film W", "their 1977 album,
// W" — the year a work came out.
func (r *run) yearOfWork(i int, s doc.Sentence) {
	// W ( YEAR ), W ( YEAR – YY ): a run's first year
	closeAt := i + 2
	if r.words[i] == "(" && i+4 < s.Last && r.d.Tokens[i+1].Kind == doc.Number && (r.words[i+2] == "–" || r.words[i+2] == "-") &&
		r.d.Tokens[i+3].Kind == doc.Number && r.words[i+4] == ")" {
		closeAt = i + 4
	}
	if r.words[i] == "(" && i > s.First && closeAt < s.Last && r.words[closeAt] == ")" && r.d.Tokens[i+1].Kind == doc.Number {
		j := i - 1
		if r.d.Tokens[j].Kind == doc.CloseQuote && j > s.First {
			j--
		}
		e := r.entityAt(j)
		if e < 0 || r.mentionEnd(j) != j+1 {
			e = r.titleBefore(j+1, s)
		}
		if e >= 0 && r.typeOf(e) != doc.Work && r.quotedTitle(j) {
			// "Night Train" (1961): a quoted name with a year is a title.
			r.retype(e, doc.Work)
		}
		if e >= 0 && r.typeOf(e) == doc.Work && !r.awardWordBefore(s.First, i) {
			if v, ok := r.yearAt(i + 1); ok && len(v) == 4 {
				r.add(e, doc.Published, -1, v, r.mentionStart(j), closeAt+1, scoreGood, "work-(year)")
			}
		}
		return
	}
	// YEAR [adjectives] NOUN [,] W
	if r.d.Tokens[i].Kind != doc.Number || len(r.words[i]) != 4 {
		return
	}
	v, ok := r.yearAt(i)
	if !ok || len(v) != 4 {
		return
	}
	// "1979's Off the Wall"
	if k := i + 1; k+1 < s.Last && (r.words[k] == "'s" || r.words[k] == "’s") {
		j := k + 1
		if r.d.Tokens[j].Kind == doc.OpenQuote && j+1 < s.Last {
			j++
		}
		if e := r.workAt(j); e >= 0 && !eventName(r.d.Entities[e].Name) {
			r.add(e, doc.Published, -1, v, i, r.mentionEnd(j), scoreGood, "year's-work")
		}
		return
	}
	for k := i + 1; k < s.Last && k < i+5; k++ {
		if r.entityAt(k) >= 0 && r.typeOf(r.entityAt(k)) != doc.NORP {
			return
		}
		if yearClauseWords[r.words[k]] {
			return // "won a prize in 1995 for their album W": the year is the prize's
		}
		if !workClass[r.words[k]] || (k+1 < s.Last && workClass[r.words[k+1]]) {
			continue // "the 1967 animated musical film": the last class noun
		}
		j := k + 1
		if j < s.Last && r.words[j] == "," {
			j++
		}
		if j < s.Last && r.d.Tokens[j].Kind == doc.OpenQuote {
			j++
		}
		if e := r.workAt(j); e >= 0 && !r.cutTitle(r.mentionEnd(j)) {
			r.add(e, doc.Published, -1, v, i, r.mentionEnd(j), scoreGood, "year-work")
		}
		return
	}
}

// eventHeads end the names of recurring events, which are held, not
// published: "2004's Super Bowl", "last year's Cannes Film Festival".
var eventHeads = set("bowl", "cup", "olympics", "championship", "championships", "festival", "awards", "prix",
	"marathon", "tournament", "election", "elections", "summit", "conference", "expo", "fair")

// eventName reports whether a name ends in an event's head noun.
func eventName(name string) bool {
	fs := strings.Fields(strings.ToLower(name))
	return len(fs) > 1 && eventHeads[fs[len(fs)-1]]
}

// yearClauseWords end the noun phrase a year opens: after them the year
// belongs to another event of the clause, not to the work ("won a prize
// in 1995 for the album W").
var yearClauseWords = set("for", "against", "after", "before", "since", "until", "when", "while", "because")

// titleLinks join the words of a title: a title mention followed by one
// of them and then a capitalised word was cut short ("Lanterns" of
// "Lanterns and Ashes", "A Letter" of "A Letter from Home").
var titleLinks = set("and", "&", "of", "from", "with", "a", "an", "the", "to", "or")

// titleRunsOn reports whether the title mention ending before token k
// runs on past it: one or two linking words and then a capitalised word
// outside any mention ("A Letter" of "A Letter from the Street"), or a
// slash joined to the title and another capitalised word ("Moonrise/The
// Low Road").
func (r *run) titleRunsOn(k int, s doc.Sentence) bool {
	if k <= s.First || k+1 >= s.Last {
		return false
	}
	if r.words[k] == "/" && r.d.Tokens[k].Start == r.d.Tokens[k-1].End {
		return capitalized(r.d.TokenText(k + 1))
	}
	j := k
	for j < s.Last && j < k+2 && titleLinks[r.words[j]] {
		j++
	}
	if j == k || j >= s.Last || r.d.Tokens[j].Kind != doc.Word || !capitalized(r.d.TokenText(j)) {
		return false
	}
	e := r.entityAt(j)
	if e < 0 {
		return true
	}
	// A name after "and" or "with" is another party ("his song W with
	// Elton"); after "a", "of" or "from" a mention other than a work or a
	// date is the title's own tail ("How to Mend a Broken Clock").
	return titleTails[r.words[k]] && r.typeOf(e) != doc.Work && r.typeOf(e) != doc.Date
}

// titleTails are the linking words after which a capitalised name still
// belongs to the title.
var titleTails = set("of", "from", "a", "an", "the")

// cutOwner reports whether the possessor mention starting at token k was
// cut from a longer name: a number or a capitalised word outside any
// mention stands right before it ("Tuba" of "Big Tuba's album"). A word
// opening the sentence is capitalised anyway, and "The" or a title
// ("Sir") is no part of the name.
func (r *run) cutOwner(k int, s doc.Sentence) bool {
	if k <= s.First || r.entityAt(k-1) >= 0 || honorifics[r.words[k-1]] || r.words[k-1] == "the" {
		return false
	}
	t := r.d.Tokens[k-1]
	if t.Kind == doc.Number {
		return true
	}
	return k-1 > s.First && t.Kind == doc.Word && capitalized(r.d.TokenText(k-1))
}

// possessiveWork: "Y's third studio album, W" — Y performs W.
func (r *run) possessiveWork(i int, s doc.Sentence) {
	if i == s.First {
		return
	}
	y := r.entityAt(i - 1)
	switch r.words[i] {
	case "her", "his", "their":
		// "taken from her third studio album X": the pronoun's referent;
		// inside "Y, who recorded his album X", the relative's antecedent.
		y = r.entityAt(i)
		if a := r.relativeAntecedent(i, s); a >= 0 {
			y = a
		}
	case "whose":
		// "the band Copperline, whose hit songs include X"
		if i-1 > s.First && r.words[i-1] == "," {
			y = r.entityAt(i - 2)
		}
	case "'":
		// "Tears for Fears' first single"
		if nm := r.d.TokenText(i - 1); !strings.HasSuffix(nm, "s") || r.d.Tokens[i].Start != r.d.Tokens[i-1].End {
			return
		}
	}
	if y < 0 || (r.typeOf(y) != doc.Person && r.typeOf(y) != doc.Org) || !nameShaped(r.d.Entities[y].Name) {
		return
	}
	if (r.words[i] == "'s" || r.words[i] == "’s" || r.words[i] == "'") && r.cutOwner(r.mentionStart(i-1), s) {
		return // "Andre Pike and Big Tuba's album": the owner's name was cut
	}
	for k := i + 1; k < s.Last && k < i+6; k++ {
		pred, ok := possessiveNouns[r.words[k]]
		if !ok {
			if (r.d.Tokens[k].Kind != doc.Word && r.d.Tokens[k].Kind != doc.Number && r.words[k] != "-") ||
				(r.entityAt(k) >= 0 && r.typeOf(r.entityAt(k)) != doc.Date) {
				return
			}
			continue
		}
		if pred == doc.DirectedBy && r.typeOf(y) == doc.Org {
			pred = doc.ProductionCompany // "Pixar's film X"
		}
		if pred != doc.Performer && r.typeOf(y) != doc.Person && pred != doc.ProductionCompany {
			return
		}
		j := k + 1
		if j < s.Last && (r.words[j] == "," || r.words[j] == "–" || r.words[j] == "include" || r.words[j] == "included" || r.words[j] == "including") {
			j++
		}
		if j+1 < s.Last && r.words[j] == "such" && r.words[j+1] == "as" {
			j += 2
		}
		if j+1 < s.Last && r.d.Tokens[j].Kind == doc.Number && (r.words[j+1] == "'s" || r.words[j+1] == "’s") {
			j += 2 // "their next album, 1987's X"
		}
		if j < s.Last && r.d.Tokens[j].Kind == doc.OpenQuote {
			j++
		}
		for n := 0; n < 8; n++ {
			e := r.workAt(j)
			if e < 0 && n == 0 && pred != doc.Performer {
				e = r.titleAfterNoun(j, s) // "Voss's painting Morning Tide"
			}
			if e < 0 || r.cutTitle(r.mentionEnd(j)) || r.titleRunsOn(r.mentionEnd(j), s) {
				return
			}
			r.add(e, pred, y, "", r.mentionStart(i-1), r.mentionEnd(j), scoreGood, "possessive-work")
			// "X's hit singles – "A", "B" and "C"": each item of the list.
			j = r.mentionEnd(j)
			for sep := 0; j < s.Last && sep < 4 && r.entityAt(j) < 0; sep++ {
				if t := r.d.Tokens[j].Kind; t != doc.Punct && t != doc.OpenQuote && t != doc.CloseQuote && r.words[j] != "and" {
					return
				}
				j++
			}
		}
		return
	}
}

// possessiveNouns are the class nouns of "X's album Y": what X is to Y.
// "X's character Y" and "X's film Y" are not among them: in news the
// possessor is as often the star as the author.
var possessiveNouns = map[string]doc.Predicate{
	"album": doc.Performer, "song": doc.Performer, "single": doc.Performer, "ep": doc.Performer,
	"mixtape": doc.Performer, "track": doc.Performer, "ballad": doc.Performer, "record": doc.Performer,
	"albums": doc.Performer, "songs": doc.Performer, "singles": doc.Performer, "tracks": doc.Performer,
	"hits": doc.Performer, "ballads": doc.Performer, "records": doc.Performer,
	"painting": doc.CreatedBy, "paintings": doc.CreatedBy, "drawing": doc.CreatedBy, "sculpture": doc.CreatedBy,
	"portrait": doc.CreatedBy, "mural": doc.CreatedBy, "fresco": doc.CreatedBy, "image": doc.CreatedBy,
	"photograph": doc.CreatedBy, "comic": doc.CreatedBy, "strip": doc.CreatedBy, "creation": doc.CreatedBy,
}

// verbAt reports whether token k reads as a verb starting a new clause:
// a participle not followed by the noun it modifies ("starring Paul", not
// "recording artist").
func (r *run) verbAt(k int) bool {
	if !verbLike(r.words[k]) {
		return false
	}
	if byVerbs[r.words[k]] != "" || k+1 >= len(r.words) {
		return true
	}
	n := r.words[k+1]
	return r.d.Tokens[k+1].Kind != doc.Word || capitalized(r.d.TokenText(k+1)) || listStop[n] || verbLike(n) || r.entityAt(k+1) >= 0
}

// verbLike reports whether a lower-case word reads as a participle or a
// verb, which starts a new clause rather than naming a role.
func verbLike(w string) bool {
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || byVerbs[w] != ""
}

// notMembershipWords name bodies one sits in or serves in rather than
// organisations one is a member of: legislatures, cabinets, armed forces.
var notMembershipWords = set("parliament", "senate", "house", "congress", "assembly", "cabinet", "council", "legislature",
	"duma", "court", "army", "navy", "force", "corps", "regiment", "police", "bundestag", "diet", "commons", "lords",
	"board", "committee", "government", "ministry", "commission", "tribunal", "bench", "squadron", "battalion", "brigade",
	"fleet", "platoon")

// notMembership reports whether a name is a body one sits in rather than
// joins: a legislature, a court, a board.
func notMembership(name string) bool { return nameHas(name, notMembershipWords) }

// memberOf: "X is a member of ORG", "X was a founding member of the band
// Y and of Z" — not of a legislature ("a member of the Senate") and not of
// a staff ("a faculty member of").
func (r *run) memberOf(i int, s doc.Sentence) {
	r.partyAdjective(i, s)
	if i > s.First {
		switch r.words[i-1] {
		case "faculty", "staff", "board", "council", "committee", "cabinet", "household", "family", "crew":
			return
		}
	}
	orgs := r.listAfter(i+2, s.Last, 3, doc.Org)
	if len(orgs) == 0 {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || i-at-r.parenLen(at, i) > 10 { // "X (born 1955), a senior member of"
		return
	}
	for k := at; k < i; k++ {
		if r.words[k] == "by" || r.words[k] == "with" {
			return // "performed by the member of Y" is about another
		}
	}
	for _, o := range orgs {
		name := r.d.Entities[o.e].Name
		if notMembership(name) || r.seatAfter(o.end, s) {
			continue
		}
		r.add(p, memberPredicate(name), o.e, "", at, o.end, scoreGood, "member-of")
	}
}

// isTopicWord reports whether token k starts a reference to the topic by
// pronoun or class noun: "it", "the company".
func (r *run) isTopicWord(k int) bool {
	if r.topic.ent < 0 || k >= len(r.words) {
		return false
	}
	if r.words[k] == "it" {
		return true
	}
	if r.words[k] == "the" && k+1 < len(r.words) {
		n := r.words[k+1]
		return n == r.topic.class || (sameClass[n] != "" && sameClass[n] == sameClass[r.topic.class])
	}
	return false
}

// castNouns introduce a list of a work's cast: "The cast included A and
// B", "the ensemble cast of A, B", "The main protagonists are A and B".
func (r *run) castList(i int, s doc.Sentence) {
	if r.inQ[i] {
		return
	}
	k := i + 1
	if k < s.Last && (r.words[k] == "included" || r.words[k] == "includes" || r.words[k] == "include" ||
		r.words[k] == "of" || r.words[k] == "are" || r.words[k] == "were" || r.words[k] == "comprised" ||
		r.words[k] == "consisted" || r.words[k] == "features" || r.words[k] == "featured") {
		k++
		if k < s.Last && r.words[k] == "of" {
			k++
		}
	} else {
		r.castBeforeNoun(i, s)
		return
	}
	cast := r.castNames(k, s.Last)
	if len(cast) == 0 {
		return
	}
	work, at := r.workBefore(i, s.First)
	if work < 0 {
		if work = r.topicOfType(doc.Work); work < 0 || !screenClass[r.topic.class] {
			return
		}
		at = i
	}
	for _, a := range cast {
		r.add(a.e, doc.CastIn, work, "", at, a.end, scoreGood, "cast-list")
	}
}

// castBeforeNoun: "A and B are co-protagonists", "A and B were the
// protagonists" — in an article defining a film or a programme, the
// persons listed before the copula are in its cast.
func (r *run) castBeforeNoun(i int, s doc.Sentence) {
	if r.words[i] == "cast" {
		return
	}
	j := i - 1
	for j > s.First && (r.words[j] == "-" || r.words[j] == "co" || r.words[j] == "main" || r.words[j] == "the" || r.words[j] == "lead") {
		j--
	}
	if j <= s.First || (r.words[j] != "are" && r.words[j] != "were") {
		return
	}
	work := r.topicOfType(doc.Work)
	if work < 0 || !screenClass[r.topic.class] {
		return
	}
	for _, a := range r.listBefore(j, s.First) {
		r.add(a.e, doc.CastIn, work, "", a.end, i+1, scoreGood, "cast-before-noun")
	}
}

// starredIn: "X starred in W", "X appeared in W1 (2008) and W2", "his
// roles in the 2004 film W" — X is in the cast of each work.
func (r *run) starredIn(i int, s doc.Sentence) {
	if r.inQ[i] || i+1 >= s.Last {
		return
	}
	if r.words[i] == "debut" && (i == s.First || !debutKinds[r.words[i-1]]) {
		return // a directing or writing debut is no role
	}
	in := i + 1
	if (r.words[i] == "role" || r.words[i] == "roles") && r.words[in] == "as" {
		// "his role as Christopher on The Sopranos": over the character.
		j := in + 1
		for j < s.Last && j < in+6 && (r.entityAt(j) >= 0 || capitalized(r.d.TokenText(j)) || r.words[j] == ".") {
			j++
		}
		in = j
	}
	if in >= s.Last || (r.words[in] != "in" && r.words[in] != "on") {
		return
	}
	var works []agent
	for k := in + 1; k < s.Last && k < i+70; {
		// Skip the words before a title: "the 2004 film", "such as".
		j := k
		for j < s.Last && j < k+5 && r.entityAt(j) < 0 && !capitalized(r.d.TokenText(j)) && r.words[j] != "," && r.words[j] != "." {
			if songNouns[r.words[j]] {
				j = s.Last // "appears on the 2010 album W": a record, no cast
				break
			}
			j++
		}
		if j >= s.Last {
			break
		}
		j = r.skipMaker(j, k, s)
		if j < s.Last && r.d.Tokens[j].Kind == doc.OpenQuote {
			j++
		}
		e := r.workAt(j)
		if e < 0 || r.channelAt(j) {
			break // "appeared on Channel 9's Evening Hour show": a channel
		}
		end := r.mentionEnd(j)
		works = append(works, agent{e, end})
		k = end
		if k < s.Last && r.d.Tokens[k].Kind == doc.CloseQuote {
			k++
		}
		if k+2 < s.Last && r.words[k] == "(" && r.words[k+2] == ")" {
			k += 3
		}
		if k < s.Last && r.words[k] == "," {
			k++
		}
		if k < s.Last && r.words[k] == "and" {
			k++
		}
		if k == end {
			break
		}
	}
	if len(works) == 0 {
		return
	}
	p, at := r.actorBefore(i, s)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 8 {
		return
	}
	for _, w := range works {
		r.add(p, doc.CastIn, w.e, "", at, w.end, scoreGood, "starred-in")
	}
}

// musicianRoles name a member's part in a band.
var musicianRoles = set("vocalist", "singer", "guitarist", "bassist", "drummer", "keyboardist", "frontman", "frontwoman",
	"pianist", "percussionist", "saxophonist", "trumpeter", "violinist", "rapper", "dj", "mc", "lead", "bass",
	"guitar", "drums", "keyboards", "vocals", "co-founder", "founder", "member", "members")

// bandMembers: "the group consists of vocalist A, guitarist B and
// drummer C", "The band's members are A and B" — each is a member of the
// band the document is about.
func (r *run) bandMembers(i int, s doc.Sentence) {
	band := r.topicOfType(doc.Org)
	if band < 0 || sameClass[r.topic.class] != "band" || r.inQ[i] {
		return
	}
	k := i + 1
	if r.words[i] == "consists" || r.words[i] == "consisted" {
		if k >= s.Last || r.words[k] != "of" {
			return
		}
		k++
	}
	// The subject must be the band: "the group", "it", "the band's line-up".
	subj := false
	for j := i - 1; j >= s.First && j >= i-5; j-- {
		if r.entityAt(j) == band || r.isTopicWord(j) {
			subj = true
			break
		}
	}
	if !subj {
		return
	}
	for _, m := range r.musicianList(k, s) {
		r.add(m.e, doc.MemberOf, band, "", i, m.end, scoreGood, "band-members")
	}
}

// characterIn: "X is a fictional character in W", "X is a leading character
// seen in W", "a character introduced in W" — X appears in W.
func (r *run) characterIn(i int, s doc.Sentence) {
	ch := r.topic.ent
	if ch < 0 || s.First != r.d.Sentences[0].First || i <= r.topic.cop || i > r.topic.cop+5 || !isPersonType(r.typeOf(ch)) {
		return
	}
	for k := i + 1; k < s.Last && k < i+6; k++ {
		w := r.words[k]
		if w != "in" && w != "from" && w != "of" {
			continue
		}
		for j := k + 1; j < s.Last && j < k+16; j++ {
			if (workClass[r.words[j]] || storyNouns[r.words[j]]) && j+1 < s.Last {
				// "the ancient epic Mahabharata": the title after its class noun.
				if e := r.titleAfterNoun(j+1, s); e >= 0 {
					r.markCharacter(ch)
					r.add(ch, doc.AppearsIn, e, "", r.topic.first, r.mentionEnd(j+1), scoreGood, "character-in")
					return
				}
			}
			if e := r.entityAt(j); e >= 0 {
				if r.typeOf(e) == doc.Work {
					r.markCharacter(ch)
					r.add(ch, doc.AppearsIn, e, "", r.topic.first, r.mentionEnd(j), scoreGood, "character-in")
					return
				}
				if r.typeOf(e) != doc.NORP && r.typeOf(e) != doc.Person && r.typeOf(e) != doc.Org {
					return
				}
				j = r.mentionEnd(j) - 1
			}
			if r.words[j] == "." || r.words[j] == ";" {
				return
			}
		}
		return
	}
}

// membershipWords name organisations that have members rather than staff.
var membershipWords = set("party", "band", "group", "club", "association", "society", "academy", "union", "league",
	"movement", "alliance", "federation", "order", "brotherhood", "guild", "fraternity", "sorority", "collective",
	"orchestra", "choir", "ensemble", "organization", "organisation", "caucus", "coalition", "front")

// membershipOrg reports whether joining org o makes one a member: a party,
// a band, a society — not a company or a ministry.
func (r *run) membershipOrg(o int) bool {
	if r.isTopic(o) && membershipWords[r.topic.class] {
		return true
	}
	name := r.d.Entities[o].Name
	if notMembership(name) {
		return false
	}
	for _, f := range strings.Fields(strings.ToLower(name)) {
		if membershipWords[f] {
			return true
		}
	}
	return false
}

// quotedTitle reports whether the name mention at token j stands alone
// inside quotation marks, and its entity is named nowhere outside them.
func (r *run) quotedTitle(j int) bool {
	a, b := r.mentionStart(j), r.mentionEnd(j)
	if r.d.Mentions[r.ment[j]].Kind != doc.Name || a == 0 || b >= len(r.words) ||
		r.d.Tokens[a-1].Kind != doc.OpenQuote || r.d.Tokens[b].Kind != doc.CloseQuote {
		return false
	}
	for _, mi := range r.d.Entities[r.entityAt(j)].Mentions {
		m := r.d.Mentions[mi]
		k := r.d.TokenAt(m.Start)
		if !r.inQ[k] {
			return false
		}
	}
	return true
}

// listBefore reads a coordination of person mentions ending right before
// token i ("A, B and C play"), in text order.
func (r *run) listBefore(i, first int) []agent {
	var out []agent
	k := i - 1
	for k >= first {
		e := r.entityAt(k)
		if e < 0 || r.typeOf(e) != doc.Person || r.inQ[k] {
			break
		}
		out = append(out, agent{e, r.mentionStart(k)})
		k = r.mentionStart(k) - 1
		if k >= first && (r.words[k] == "and" || r.words[k] == "&") {
			k--
			if k >= first && r.words[k] == "," {
				k--
			}
			continue
		}
		if k >= first && r.words[k] == "," {
			k--
			continue
		}
		break
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// playsPairs: "A and B play X and Y" — actors and characters pair in
// order. It reports whether the sentence had that shape.
func (r *run) playsPairs(i, first, last int) bool {
	actors := r.listBefore(i, first)
	if len(actors) < 2 {
		return false
	}
	chars := r.listAfter(i+1, last, 1, doc.Person, doc.Character)
	if len(chars) != len(actors) {
		return false
	}
	for k := range actors {
		r.add(actors[k].e, doc.Plays, chars[k].e, "", actors[0].end, chars[len(chars)-1].end, scoreStrong, "actors-play-characters")
	}
	return true
}

// partyName reports whether name names a party: with the word "party" or
// only in party words ("Labour", "Liberal Democrat", "Tory").
func partyName(name string) bool {
	if isParty(name) {
		return true
	}
	fs := strings.Fields(strings.ToLower(name))
	for _, f := range fs {
		if !partyWords[f] {
			return false
		}
	}
	return len(fs) > 0
}

// isParty reports whether a name holds the word "party" in some language.
func isParty(name string) bool { return nameHas(name, partyNouns) }

// partyRoleMods are the words that may stand between a person and a
// party role said of them: "X, a former Labour MP", "X, now a Tory peer".
var partyRoleMods = set("a", "an", "the", "former", "then", "now", "prospective", "fellow", "veteran", "senior",
	"leading", "also", "still", "retired", "longtime", "long-time", "once", "later", "again")

// partyRoleLinks are the words besides an apposition's comma that tie a
// party role to the person named before it: "as" ("resigned as Labour
// leader"), a copula or a naming verb ("was elected Tory leader").
var partyRoleLinks = set("as", "is", "was", "are", "were", "be", "been", "being", "became", "becomes", "become",
	"remains", "remained", "elected", "re-elected", "appointed", "named")

// partyRoleOf reports whether the party role phrase starting at token a
// (its party name or article) is said of the person whose mention starts
// at token at: in apposition ("X, a Labour MP"), or as a complement ("X
// was the Tory leader", "X resigned as Labour leader"). A role that is
// the object of a verb or joined by "and" names someone else: "X called
// the Liberal leader", "X and Labour peer Y", "voters can get a genuine
// Green candidate".
func (r *run) partyRoleOf(a, at int) bool {
	if at < 0 || a <= at || r.inQ[a] != r.inQ[at] {
		return false
	}
	pe := r.mentionEnd(at)
	j := a - 1
	for j >= pe && (partyRoleMods[r.words[j]] || r.nationalityWord(j)) {
		j--
	}
	if j < pe {
		return false
	}
	if r.words[j] == "," {
		return j == pe
	}
	return partyRoleLinks[r.words[j]]
}

// nationalityWord reports whether token j is a nationality adjective or a
// place's name: "an American Democratic politician", "a Texas Republican".
func (r *run) nationalityWord(j int) bool {
	if e := r.entityAt(j); e >= 0 {
		t := r.typeOf(e)
		return t == doc.NORP || t == doc.GPE || t == doc.Loc
	}
	_, ok := r.x.gaz.Nationality(r.d.TokenText(j))
	return ok && capitalized(r.d.TokenText(j))
}

// partyNouns are "party" in the languages of party names.
var partyNouns = set("party", "partei", "partido", "parti", "partito")

// partyParens: "Janne Berg (Conservative Party)" — a politician and the
// party in parentheses after the name.
func (r *run) partyParens(i int, s doc.Sentence) {
	if i == s.First || i+2 >= s.Last {
		return
	}
	p := r.entityAt(i - 1)
	o := r.entityAt(i + 1)
	if p < 0 || o < 0 || r.typeOf(p) != doc.Person || r.typeOf(o) != doc.Org || !isParty(r.d.Entities[o].Name) {
		return
	}
	end := r.mentionEnd(i + 1)
	if end >= s.Last || r.words[end] != ")" {
		return
	}
	r.add(p, doc.MemberOfParty, o, "", r.mentionStart(i-1), end+1, scoreStrong, "person-(party)")
}

// partyRoles are what a party's members are called.
var partyRoles = set("politician", "candidate", "senator", "deputy", "representative", "mp", "leader", "activist",
	"backbencher", "peer", "msp", "mep", "whip",
	"councillor", "councilor", "congressman", "congresswoman", "legislator", "chairman", "chairwoman", "president",
	"minister", "spokesman", "spokeswoman", "secretary")

// partyOf: "X is a Finnish councillor for the Centre Party", "a
// candidate of the Green Party".
func (r *run) partyOf(i int, s doc.Sentence) {
	r.partyAdjective(i, s)
	// "an Irish Labour Party politician", "Labour MP X", "Tory leader X"
	if o := r.entityAt(i - 1); i > s.First && o >= 0 && r.mentionEnd(i-1) == i && partyName(r.d.Entities[o].Name) && r.ment[i] < 0 &&
		!r.portfolioTitle(i, o) { // not "Labour Minister X", a portfolio (orgs.go)
		if r.typeOf(o) != doc.Org {
			r.retype(o, doc.Org) // "Tory" taken for a person
		}
		p, at := -1, -1
		if e := r.entityAt(i + 1); i+1 < s.Last && e >= 0 && r.typeOf(e) == doc.Person {
			p, at = e, r.mentionStart(i-1)
		} else if !r.roleOfOther(r.mentionStart(i-1), s) { // in orgs.go
			p, at = r.personBefore(r.mentionStart(i-1), s.First)
			if p >= 0 && !r.partyRoleOf(r.mentionStart(i-1), at) {
				p = -1 // "X called the Liberal leader": someone else
			}
		}
		if p >= 0 && r.typeOf(p) == doc.Person && i-at <= 20 {
			r.ended(r.add(p, doc.MemberOfParty, o, "", at, i+1, scoreGood, "party-role"), r.formerBefore(r.mentionStart(i-1)))
			// "Tory leader X" leads the party; "Labour chairman X" chairs
			// its organisation, which a British party's leader does not.
			if w := r.words[i]; !r.viceBefore(i) && !r.viceBefore(r.mentionStart(i-1)) {
				switch w {
				case "leader":
					r.ended(r.add(p, doc.Leads, o, "", at, i+1, scoreGood, "party-leader"), r.formerBefore(r.mentionStart(i-1)))
				case "chairman", "chairwoman":
					r.ended(r.add(o, doc.Chairperson, p, "", at, i+1, scoreGood, "party-chair"), r.formerBefore(r.mentionStart(i-1)))
				}
			}
		}
	}
	if i+2 >= s.Last || (r.words[i+1] != "for" && r.words[i+1] != "of" && r.words[i+1] != "from") {
		return
	}
	o, end := r.orgAfter(i+2, s.Last, 2, doc.Org)
	if o < 0 || !isParty(r.d.Entities[o].Name) {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 14 {
		return
	}
	r.add(p, doc.MemberOfParty, o, "", at, end, scoreGood, "politician-for-party")
}

// bandRoles are a band member's parts.
var bandRoles = set("vocalist", "singer", "guitarist", "bassist", "drummer", "keyboardist", "frontman", "frontwoman",
	"percussionist", "saxophonist", "trumpeter", "rapper")

// bandRole: "Fall Out Boy bassist Pete Wentz", "the band's drummer, Paul
// Stone", "Pete Wentz, the bassist of Fall Out Boy".
func (r *run) bandRole(i int, s doc.Sentence) {
	k := i - 1
	if k > s.First && (r.words[k] == "'s" || r.words[k] == "’s") {
		k--
	}
	if k >= s.First {
		o := r.entityAt(k)
		if o < 0 && r.isTopicWord(k-1) && sameClass[r.words[k]] == "band" {
			o = r.topic.ent // "the band's drummer"
		}
		if o >= 0 && (r.typeOf(o) == doc.Org || r.typeOf(o) == doc.Person) {
			j := i + 1
			if j < s.Last && r.words[j] == "," {
				j++
			}
			if p := r.entityAt(j); p >= 0 && p != o && r.typeOf(p) == doc.Person {
				if r.typeOf(o) == doc.Person {
					// "Fall Out Boy bassist Pete Wentz": a name before a
					// band role and a member's name is the band's.
					r.retype(o, doc.Org)
				}
				if genreWord(r.d.Entities[o].Name) {
					return // "R&B singer X": a genre, not a band
				}
				r.ended(r.add(p, doc.MemberOf, o, "", max(k-1, s.First), r.mentionEnd(j), scoreGood, "band-role-person"), r.formerBefore(r.mentionStart(k)))
			}
			return
		}
	}
	// "X, the bassist of/for/in ORG" — not "the member for Westport", a
	// constituency.
	if i+2 < s.Last && (r.words[i+1] == "of" || r.words[i+1] == "for" || r.words[i+1] == "in" || r.words[i+1] == "with") &&
		!(r.words[i] == "member" && r.words[i+1] == "for") {
		o, end := r.orgAfter(i+2, s.Last, 3, doc.Org)
		if o < 0 {
			return
		}
		for j := i - 1; j > s.First && j >= i-4; j-- {
			if r.words[j] == "," {
				if p := r.entityAt(j - 1); p >= 0 && r.typeOf(p) == doc.Person {
					r.add(p, doc.MemberOf, o, "", r.mentionStart(j-1), end, scoreGood, "person-role-of-band")
				}
				return
			}
		}
		// "X (born 1981) is the guitarist of the band Y": the topic.
		if p := r.topic.ent; p >= 0 && r.topic.class == "person" && s.First == r.d.Sentences[0].First && i > r.topic.cop {
			r.add(p, doc.MemberOf, o, "", r.topic.first, end, scoreGood, "topic-role-of-band")
		}
	}
}

// titleOpeners are the words after which a list of titles may start:
// "appeared in W (2004)", "films such as W (1950)", "followed by W (1930)".
var titleOpeners = set(",", "in", "as", "and", "by", "film", "films", "album", "albums", "single", "singles", "novel",
	"novels", "series", "including", "include", "includes", "included", "with", ":", "of", "on", "the", "its", "his",
	"her", "their", "debut", "movie", "movies", "song", "songs", "book", "books", "game", "games")

// titleBefore makes the title-shaped words ending before token b a work,
// when they follow a list opener and are named by no other mention: "…
// followed by Rani Saheba (1930)". It returns the work, or -1.
func (r *run) titleBefore(b int, s doc.Sentence) int {
	a := b
	for a > s.First && b-a < 8 {
		k := a - 1
		if r.entityAt(k) >= 0 && r.typeOf(r.entityAt(k)) != doc.Work && r.typeOf(r.entityAt(k)) != doc.Org {
			return -1
		}
		w := r.d.TokenText(k)
		if capitalized(w) || r.d.Tokens[k].Kind == doc.Number || (titleSmall[r.words[k]] && r.words[k] != "and" && r.words[k] != "by" && r.words[k] != "with") {
			a--
			continue
		}
		break
	}
	// Leading small words belong to what comes before: "in the Film".
	for a < b && !capitalized(r.d.TokenText(a)) && (r.d.Tokens[a].Kind != doc.Number || a+1 == b) {
		a++
	}
	if a >= b || (a > s.First && !titleOpeners[r.words[a-1]]) || (a == s.First && b < s.Last) {
		return -1
	}
	for k := a; k < b; k++ {
		if r.ment[k] >= 0 && (r.mentionStart(k) < a || r.mentionEnd(k) > b) {
			return -1
		}
	}
	if a == s.First {
		return -1
	}
	return r.newMention(a, b, doc.Work, doc.Name, -1)
}

// partyAdjective: "X was a Republican member of the House", "the
// Socialist politician X" — a capitalized word no tagger named, right
// before a politician's role, names the party.
func (r *run) partyAdjective(i int, s doc.Sentence) {
	k := i - 1
	if k <= s.First || r.ment[k] >= 0 || r.ment[i] >= 0 || r.d.Tokens[k].Kind != doc.Word {
		return
	}
	w := r.d.TokenText(k)
	if !capitalized(w) || isAcronym(w) {
		return
	}
	if _, ok := r.x.gaz.Nationality(w); ok {
		return
	}
	if _, ok := r.x.gaz.Country(w); ok {
		return
	}
	// The word opens a noun phrase: "a Republican member", "the Labour
	// leader".
	if a := r.words[k-1]; a != "a" && a != "an" && a != "the" && a != "former" && a != "fellow" {
		return
	}
	var p, at int
	if j := i + 1; j < s.Last && r.entityAt(j) >= 0 && r.typeOf(r.entityAt(j)) == doc.Person {
		p, at = r.entityAt(j), k // "the Labour leader X"
	} else {
		p, at = r.personBefore(k, s.First)
		if p < 0 || k-at > 16 || !r.partyRoleOf(k, at) {
			return
		}
	}
	if p < 0 || r.typeOf(p) != doc.Person {
		return
	}
	if !partyWords[strings.ToLower(w)] {
		return // "Soviet leader", "Cabinet minister": not a party
	}
	o := r.newMention(k, k+1, doc.Org, doc.Name, -1)
	r.ended(r.add(p, doc.MemberOfParty, o, "", at, i+1, scoreGood, "party-adjective"), r.formerBefore(k))
}

// subjectAfterComma returns the subject of a sentence that opens with a
// participle clause ("Founded in 1857, X …"): the entity of type t named
// right after the comma that closes the clause, with token i as its
// evidence start.
func (r *run) subjectAfterComma(i int, s doc.Sentence, t doc.EntityType) (int, int) {
	depth := 0
	for j := i + 1; j+1 < s.Last && j < i+30; j++ {
		switch r.words[j] {
		case "(":
			depth++
		case ")":
			depth--
		}
		if r.words[j] != "," || depth > 0 {
			continue
		}
		k := j + 1
		if r.words[k] == "the" && k+1 < s.Last {
			k++
		}
		if k < s.Last && r.d.Tokens[k].Kind == doc.OpenQuote {
			k++
		}
		if t == doc.Work {
			if e := r.workAt(k); e >= 0 {
				return e, i
			}
		} else if e := r.entityAt(k); e >= 0 && r.typeOf(e) == t && r.d.Mentions[r.ment[k]].Kind == doc.Name {
			return e, i
		}
	}
	return -1, -1
}

// commaBetween reports whether a comma lies between tokens a and b.
func (r *run) commaBetween(a, b int) bool {
	for k := a; k < b && k < len(r.words); k++ {
		if r.words[k] == "," || r.words[k] == ";" {
			return true
		}
	}
	return false
}

// workAt returns the work whose name mention starts at token k: a work
// mention, or a name standing alone in quotation marks (a title the
// tagger took for something else, which it retypes). It returns -1 when
// there is none.
func (r *run) workAt(k int) int {
	e := r.entityAt(k)
	if e < 0 || r.mentionStart(k) != k {
		return -1
	}
	if r.typeOf(e) == doc.Work {
		return e
	}
	if r.quotedTitle(k) {
		r.retype(e, doc.Work)
		return e
	}
	return -1
}

// sentenceWork returns the work that opens sentence s as its subject
// ("The film was …", "W is …"), with the token after its mention, or -1.
func (r *run) sentenceWork(s doc.Sentence) (int, int) {
	k := s.First
	for k < s.Last && r.d.Tokens[k].Kind == doc.OpenQuote {
		k++
	}
	if k < s.Last {
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Work && r.mentionStart(k) == k {
			return e, r.mentionEnd(k)
		}
	}
	return -1, -1
}

// networkWork: "the NBC television drama W", "CBS' legal drama W", "the
// BBC's W" — a broadcaster's name before a programme noun and the
// programme's title: W aired on the broadcaster.
func (r *run) networkWork(i int, s doc.Sentence) {
	o := r.entityAt(i)
	if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(i) != i || r.inQ[i] {
		return
	}
	k := r.mentionEnd(i)
	if k < s.Last && r.words[k] == "and" {
		return // "films such as A and the wartime drama B": A is no network
	}
	if k < s.Last && (r.words[k] == "'s" || r.words[k] == "’s" || r.words[k] == "'" || r.words[k] == "’") {
		k++
	}
	noun := false
	for n := 0; k < s.Last && n < 5; n++ {
		w := r.words[k]
		if r.entityAt(k) >= 0 || r.d.Tokens[k].Kind == doc.OpenQuote {
			break
		}
		if capitalized(r.d.TokenText(k)) || (r.d.Tokens[k].Kind != doc.Word && w != "-") {
			return
		}
		if programmeNouns[w] {
			noun = true
		}
		k++
	}
	if !noun || k >= s.Last {
		return
	}
	if r.d.Tokens[k].Kind == doc.OpenQuote && k+1 < s.Last {
		k++
	}
	if genericMedium(r.d.Entities[o].Name) || (i > s.First && (r.words[i-1] == "and" || r.words[i-1] == ",")) {
		return // "US TV drama X"; "A and the drama B": no network named
	}
	if !r.isNetwork(o) {
		return // "the London Underground thriller W": a setting, not a broadcaster
	}
	if w := r.workAt(k); w >= 0 && !r.cutAtApostrophe(r.mentionEnd(k), s) && !r.titleRunsOn(r.mentionEnd(k), s) {
		r.add(w, doc.ReleasedOn, o, "", i, r.mentionEnd(k), scoreGood, "network-programme")
	}
}

// cutAtApostrophe reports whether the title mention ending before token k
// was cut at an apostrophe inside it ("Bakers" of "ITV drama Bakers'
// Daughters"); a closing quotation mark ends the title ("'No More Tea'.").
func (r *run) cutAtApostrophe(k int, s doc.Sentence) bool {
	if !r.cutTitle(k) {
		return false
	}
	if r.d.Tokens[k].Kind != doc.CloseQuote {
		return true
	}
	return k+1 < s.Last && r.d.Tokens[k+1].Kind == doc.Word && capitalized(r.d.TokenText(k+1))
}

// genericMedium reports whether an organisation name is only medium words:
// "TV", "US TV", "radio".
func genericMedium(name string) bool {
	for _, f := range strings.Fields(strings.ToLower(name)) {
		switch f {
		case "tv", "television", "radio", "us", "uk", "cable", "satellite", "digital", "online", "internet":
		default:
			return false
		}
	}
	return true
}

// programmeNouns name broadcast programmes.
var programmeNouns = set("series", "drama", "sitcom", "show", "programme", "program", "soap", "miniseries", "serial",
	"telenovela", "comedy", "comedy-drama", "documentary", "thriller", "procedural", "anthology")

// storyNouns are further nouns for works that hold characters.
var storyNouns = set("epic", "saga", "franchise", "comic", "strip", "legend", "myth", "tale", "story", "universe")

// titleAfterNoun returns the work named by the capitalized words starting
// at token a, right after a class noun ("the film Blue Valley"): a work
// mention there, a name the tagger typed otherwise (retyped to a work), or
// a new work mention. It returns -1 when no title starts there.
func (r *run) titleAfterNoun(a int, s doc.Sentence) int {
	if a < s.Last && r.d.Tokens[a].Kind == doc.OpenQuote {
		a++
	}
	if a >= s.Last || !capitalized(r.d.TokenText(a)) {
		return -1
	}
	if e := r.entityAt(a); e >= 0 {
		if r.mentionStart(a) != a {
			return -1
		}
		switch r.typeOf(e) {
		case doc.Work:
			return e
		case doc.Person, doc.Character:
			// "the film Marie Antoinette": a name right after a work's
			// class noun is its title, unless the name recurs.
			if len(r.d.Entities[e].Mentions) > 1 {
				return -1
			}
		case doc.GPE, doc.NORP, doc.Date:
			return -1
		case doc.Org:
			if r.isPlatformName(e) {
				return -1 // "hit BBC comedy W": the broadcaster is no title
			}
		}
		r.retype(e, doc.Work)
		return e
	}
	b := a
	for b < s.Last && b < a+8 && r.entityAt(b) < 0 && (capitalized(r.d.TokenText(b)) || (titleSmall[r.words[b]] && b+1 < s.Last && capitalized(r.d.TokenText(b+1)))) {
		b++
	}
	if b == a {
		return -1
	}
	return r.newMention(a, b, doc.Work, doc.Name, -1)
}

// makeVerbs take a work as their object: "directed the film X in 2013".
var makeVerbs = set("released", "directed", "wrote", "published", "issued", "produced", "recorded", "filmed", "made",
	"starred", "appeared", "co-wrote", "co-produced", "co-directed", "releasing", "publishing", "directing")

// madeIn: a work made, released or played in a year, read from the
// clause that makes it: "the band released its debut album, X, in 1979",
// "She wrote and produced her first short film, X, in 2011", "In 2016,
// she brought out her first novel, X". The year is the work's publication
// date.
func (r *run) madeIn(i int, s doc.Sentence) {
	if r.inQ[i] || i+1 >= s.Last || r.words[i+1] == "by" {
		return
	}
	// The object: after determiners, possessives, adjectives, class nouns.
	j := i + 1
	if r.words[j] == "in" || r.words[j] == "on" {
		j++ // "starred in X", "appeared on X"
	}
	// A possessive pronoun is a mention of its own ("his first feature
	// film, W"): it is read past like a determiner.
	for n := 0; j < s.Last && n < 8 && (r.entityAt(j) < 0 || r.d.Mentions[r.ment[j]].Kind == doc.Pronoun); n++ {
		t := r.d.Tokens[j].Kind
		if t == doc.OpenQuote {
			break
		}
		if r.words[j] == "," || r.words[j] == "-" || t == doc.Number || (t == doc.Word && !capitalized(r.d.TokenText(j)) && !verbLike(r.words[j]) && r.words[j] != "and" && r.words[j] != "in") {
			if workPartNouns[r.words[j]] {
				return // "directed an episode of W": the year is the episode's
			}
			j++
			continue
		}
		break
	}
	if j < s.Last && r.d.Tokens[j].Kind == doc.OpenQuote {
		j++
	}
	w := r.workAt(j)
	if w < 0 && j-1 > i && j < s.Last && (workClass[r.words[j-1]] || r.words[j-1] == "," && workClass[r.words[j-2]]) && r.d.Tokens[j].Kind == doc.Word {
		// "released its debut album Rage in 1992": a name right after the
		// class noun is the title, whatever the tagger made of it.
		w = r.titleAfterNoun(j, s)
	}
	if w < 0 {
		return
	}
	end := r.mentionEnd(j)
	score := scoreGood
	if r.words[i] == "starred" || r.words[i] == "appeared" {
		score = scoreGood - 0.1
	}
	// "X, in 1979" or "X (…) in 1979" right after the work…
	k := end
	for k < s.Last && k < end+3 && (r.d.Tokens[k].Kind == doc.CloseQuote || r.words[k] == ",") {
		k++
	}
	if k+1 < s.Last && (r.words[k] == "in" || r.words[k] == "on") {
		if date, de := r.dateRightAfter(k, s); date != "" {
			r.add(w, doc.Published, -1, date, i, de+1, score, "made-in")
			return
		}
	}
	// …or the year that opens the sentence: "In 2012, he published X".
	if (r.words[s.First] == "in" || r.words[s.First] == "by") && s.First+2 < i {
		if date, de := r.dateAfter(s.First, s); date != "" && de+1 < i && (r.words[de+1] == "," || r.subjectAt(de+1)) {
			for q := de + 2; q < i; q++ {
				if r.words[q] == ";" || r.words[q] == "," || r.entityAt(q) >= 0 && !isPersonType(r.typeOf(r.entityAt(q))) {
					return
				}
			}
			r.add(w, doc.Published, -1, date, s.First, end, score, "in-year-made")
		}
	}
}

// bandNouns name a band by its class: "the rock band X", "pop outfits".
var bandNouns = set("band", "group", "outfit", "outfits", "duo", "trio", "quartet", "bands", "groups")

// memberRoles before "of" make the person before them a member of what
// follows: "one half of", "a bandmate of X's in".
var memberRoles = set("half", "member", "members", "bandmate", "part", "co-founder", "founder", "frontman",
	"frontwoman", "singer", "vocalist", "guitarist", "bassist", "drummer", "keyboardist")

// ofBand: "A and B of the Mexican pop group X", "Ned Varga, once one
// half of the duos X and Y", "a bandmate of Orla's in X" — the
// people named before are the band's members. A band name the tagger took
// for a person is retyped.
func (r *run) ofBand(i int, s doc.Sentence) {
	if r.inQ[i] || i+1 >= s.Last {
		return
	}
	j := i + 1
	if r.words[j] == "," {
		j++
	}
	bands := r.listAfter(j, s.Last, 0, doc.Org, doc.Person, doc.Loc)
	if len(bands) == 0 || r.mentionStart(j) != j {
		return
	}
	// Back from the class noun to "of" or "in".
	k := i - 1
	for n := 0; k > s.First && n < 6; n++ {
		w := r.words[k]
		if w == "of" || w == "in" {
			break
		}
		e := r.entityAt(k)
		switch {
		case e >= 0 && (r.typeOf(e) == doc.NORP || r.typeOf(e) == doc.GPE || r.typeOf(e) == doc.Loc || r.typeOf(e) == doc.Date):
			k = r.mentionStart(k) - 1
		case e < 0 && (r.d.Tokens[k].Kind == doc.Word || r.d.Tokens[k].Kind == doc.Number || w == "-") && !listStop[w] && !verbLike(w) || w == "the":
			k--
		default:
			return
		}
	}
	if k <= s.First || (r.words[k] != "of" && r.words[k] != "in") {
		return
	}
	var members []agent
	if r.words[k] == "of" {
		members = r.listBefore(k, s.First)
	}
	if len(members) == 0 {
		// "one half of", "a bandmate of Valli's in": a member role first.
		q := k - 1
		if r.words[k] == "in" {
			for q > s.First && q > k-5 && r.words[q] != "of" {
				q--
			}
			q--
		}
		if q < s.First || !memberRoles[r.words[q]] {
			return
		}
		p, at := r.personBefore(q, s.First)
		if p < 0 || q-at > 6 {
			return
		}
		members = []agent{{p, at}}
	}
	for _, b := range bands {
		if r.typeOf(b.e) == doc.Person || r.typeOf(b.e) == doc.Loc {
			if len(r.d.Entities[b.e].Mentions) > 1 || !r.bandNamed(b.e) {
				continue // a person named again elsewhere is no band
			}
			r.retype(b.e, doc.Org)
		}
		for _, m := range members {
			if m.e != b.e && isPersonType(r.typeOf(m.e)) {
				r.add(m.e, doc.MemberOf, b.e, "", m.end, b.end, scoreGood, "of-band")
			}
		}
	}
}

// orgAfterComma returns the organisation or place that follows the comma
// closing a fronted clause at token i ("After its founding in 1882,
// the mill town grew …"), with its first token, or -1.
func (r *run) orgAfterComma(i int, s doc.Sentence) (int, int) {
	for j := i + 1; j+1 < s.Last && j < i+10; j++ {
		if r.words[j] != "," {
			continue
		}
		if e := r.entityAt(j + 1); e >= 0 && r.d.Mentions[r.ment[j+1]].Kind == doc.Name {
			if t := r.typeOf(e); t == doc.Org || t == doc.GPE || t == doc.Loc {
				return e, j + 1
			}
		}
		return -1, -1
	}
	return -1, -1
}

// activeFrom: "X, which existed from 1708 until 1782", "a command active
// from 1944 to 1958" — the first year is the inception.
func (r *run) activeFrom(i int, s doc.Sentence) {
	k := i + 1
	if r.inQ[i] || k+1 >= s.Last || (r.words[k] != "from" && r.words[k] != "since" && r.words[k] != "between") {
		return
	}
	date, de := r.dateRightAfter(k, s)
	if date == "" {
		return
	}
	org, at := r.foundedSubject(i, s)
	if org >= 0 && i > s.First && r.words[i-1] == "," && s.First == r.d.Sentences[0].First {
		// ", active from 1944" closing the definition describes what it
		// defines, not the nearer name ("a command of the Navy").
		t, tat := r.topic.ent, r.topic.first
		if t < 0 {
			t, tat = r.entityAt(s.First), s.First // the name the sentence opens with
		}
		if t >= 0 && t != org {
			if r.typeOf(t) != doc.Org {
				return
			}
			org, at = t, tat
		}
	}
	if org < 0 && r.words[i] == "active" {
		// "X (NAVFORGER) was a command of the Navy, active from 1944": the
		// topic the sentence defines.
		if t := r.topicOfType(doc.Org); t >= 0 && s.First == r.d.Sentences[0].First {
			org, at = t, r.topic.first
		}
	}
	if org < 0 {
		return
	}
	r.add(org, doc.Inception, -1, date, at, de+1, scoreGood-0.1, "active-from")
}

// electedAs: "Pell was elected as a Federalist to the state senate", "ran as a
// Democrat in 1968" — the capitalised noun after "as a" names the party.
func (r *run) electedAs(i int, s doc.Sentence) {
	k := i + 1
	if r.inQ[i] || k+3 >= s.Last || r.words[k] != "as" || (r.words[k+1] != "a" && r.words[k+1] != "an") {
		return
	}
	j := k + 2
	w := r.d.TokenText(j)
	if r.ment[j] >= 0 || r.d.Tokens[j].Kind != doc.Word || !capitalized(w) || isAcronym(w) {
		return
	}
	if !partyWords[strings.ToLower(w)] {
		return
	}
	switch r.words[j+1] {
	case "to", "in", "for", ",", ".", "candidate", "and", "from":
	default:
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person || i-at > 6 {
		return
	}
	o := r.newMention(j, j+1, doc.Org, doc.Name, -1)
	r.add(p, doc.MemberOfParty, o, "", at, j+1, scoreGood, "elected-as")
}

// genreWord reports whether a name is a music genre: "R&B", "Pop".
func genreWord(name string) bool {
	switch strings.ToLower(name) {
	case "r&b", "pop", "rock", "soul", "jazz", "folk", "rap", "hip-hop", "hip hop", "country", "punk", "metal", "indie",
		"gospel", "reggae", "blues", "opera", "classical", "grime", "garage", "techno", "house", "disco", "emo":
		return true
	}
	return false
}

// partyWords name parties, or their members, in one word: "a Labour
// member", "the Tory leader", "elected as a Whig".
var partyWords = set("labour", "labor", "tory", "tories", "conservative", "conservatives", "liberal", "liberals", "democrat",
	"democrats", "democratic", "republican", "republicans", "whig", "whigs", "federalist", "socialist", "socialists",
	"communist", "communists", "green", "greens", "unionist", "nationalist", "libertarian", "snp", "ukip", "plaid",
	"sinn", "gaullist", "peronist", "christian", "lib", "dem", "dems")

// makerNouns describe a maker by a work: "Three Kings film-maker X".
var makerNouns = set("film-maker", "filmmaker", "director", "creator", "writer", "composer", "producer", "author",
	"star", "actor", "actress", "co-creator", "screenwriter", "novelist")

// makerAfterTitle returns the token after the maker noun when the name
// starting at token k (after quotes) is followed by one: "by "Dry Season"
// film-maker X" → the token of X; else 0.
func (r *run) makerAfterTitle(k int, s doc.Sentence) int {
	if k < s.Last && r.d.Tokens[k].Kind == doc.OpenQuote {
		k++
	}
	if k >= s.Last || r.entityAt(k) < 0 {
		return 0
	}
	e := r.mentionEnd(k)
	if e < s.Last && r.d.Tokens[e].Kind == doc.CloseQuote {
		e++
	}
	if e+1 < s.Last && makerNouns[r.words[e]] {
		return e + 1
	}
	return 0
}
