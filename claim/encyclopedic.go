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
		"album": doc.Performer, "song": doc.Performer, "single": doc.Performer, "ep": doc.Performer,
		"mixtape": doc.Performer, "track": doc.Performer, "ballad": doc.Performer}
	// songNouns name recordings, whose maker is their performer.
	songNouns      = set("album", "song", "single", "ep", "mixtape", "track", "ballad", "record")
	foundingVerbs  = set("founded", "co-founded", "established", "formed", "incorporated", "created", "launched", "organized", "organised")
	foundingNouns  = set("founding", "foundation", "formation", "establishment", "creation", "inception")
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
		if e < 0 || !hasType(r.typeOf(e), types) || r.inQ[k] {
			break
		}
		end := r.mentionEnd(k)
		out = append(out, agent{e, end})
		k = end
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
	"when", "but", "under", "into", "about", "during", "not", "or")

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
		p, ok := byNouns[r.words[i-1]]
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
	if work < 0 {
		return
	}
	for _, p := range preds {
		if p == doc.Performer && !r.isRecording(work, at, i) {
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
					pred = doc.ProductionCompany
				case doc.Performer:
				default:
					continue
				}
			}
			r.add(work, pred, a.e, "", at, a.end, scoreStrong, "made-by")
		}
	}
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
func (r *run) isRecording(w, at, i int) bool {
	if r.isTopic(w) {
		return songNouns[r.topic.class]
	}
	for k := max(at-3, 0); k < i; k++ {
		if songNouns[r.words[k]] {
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
func (r *run) isScreenWork(w, at, i int) bool {
	if r.isTopic(w) {
		return screenClass[r.topic.class]
	}
	for k := max(at-3, 0); k < i; k++ {
		if screenClass[r.words[k]] {
			return true
		}
	}
	return false
}

// starring: "a film … starring A, B and C", "The film stars A and B" —
// each is in the cast of the work the sentence is about, or of the
// document's work.
func (r *run) starring(i int, s doc.Sentence) {
	if r.inQ[i] {
		return
	}
	w := r.words[i]
	if w == "stars" || w == "starred" || w == "co-stars" {
		// The verb needs the work right before it: "The film stars".
		if e := r.entityAt(i - 1); i == s.First || e < 0 || r.typeOf(e) != doc.Work {
			return
		}
	}
	if i+1 < s.Last && r.words[i+1] == "as" {
		return
	}
	cast := r.listAfter(i+1, s.Last, 2, doc.Person)
	if len(cast) == 0 {
		return
	}
	work, at := r.workBefore(i, s.First)
	if work < 0 {
		if work = r.topicOfType(doc.Work); work < 0 {
			work = r.main
		}
		at = i
	}
	if work < 0 {
		return
	}
	for _, a := range cast {
		r.add(a.e, doc.CastIn, work, "", at, a.end, scoreGood, "starring")
	}
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
		if date, de := r.dateAfter(k, s); date != "" && de <= k+4 {
			r.add(org, doc.Inception, -1, date, min(at, i), de+1, scoreGood, "founded-in")
			k = de + 1
		}
	}
	if foundingNouns[r.words[i]] || r.words[i] == "created" || r.words[i] == "launched" {
		return
	}
	// "… by A and B", right after the verb or its date.
	for j := k; j < s.Last && j < k+3; j++ {
		if r.words[j] != "by" {
			continue
		}
		for _, a := range r.listAfter(j+1, s.Last, 3, doc.Person) {
			r.add(a.e, doc.Founded, org, "", min(at, i), a.end, scoreGood, "founded-by")
			if sameClass[r.topic.class] == "band" && r.isTopic(org) {
				r.add(a.e, doc.MemberOf, org, "", min(at, i), a.end, scoreGood, "band-formed-by")
			}
		}
		break
	}
}

// foundedSubject returns the organisation a founding word at token i is
// about, with the first token of its mention.
func (r *run) foundedSubject(i int, s doc.Sentence) (int, int) {
	if foundingNouns[r.words[i]] {
		// "its founding in", "the formation of X"
		if i > s.First && r.words[i-1] == "its" {
			if t := r.topicOfType(doc.Org); t >= 0 {
				return t, i - 1
			}
		}
		return -1, -1
	}
	// "X [was] founded", "X, founded"
	k := i - 1
	for k >= s.First && clauseFill[r.words[k]] {
		k--
	}
	if k >= s.First {
		if e := r.entityAt(k); e >= 0 {
			if r.typeOf(e) == doc.Org {
				return e, r.mentionStart(k)
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
			if e := r.entityAt(j + 1); e >= 0 && r.typeOf(e) == doc.Org {
				return e, i
			}
			if t := r.topicOfType(doc.Org); t >= 0 && r.isTopicWord(j+1) {
				return t, i
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
	case "degree", "diploma", "doctorate", "phd", "ba", "ma", "bachelor":
		if k >= s.Last || r.words[k] != "from" {
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
	schools := r.listAfter(k, s.Last, 1, doc.Org)
	if len(schools) == 0 {
		return
	}
	p, at := r.personBefore(i, s.First)
	if p < 0 || r.typeOf(p) != doc.Person {
		return
	}
	for _, a := range schools {
		if strict && !isSchool(r.d.Entities[a.e].Name) {
			continue
		}
		r.add(p, doc.EducatedAt, a.e, "", at, a.end, scoreGood, "educated-at")
	}
}

func isSchool(name string) bool {
	for _, f := range strings.Fields(strings.ToLower(name)) {
		if educationWords[f] {
			return true
		}
	}
	return false
}

// yearOfWork: "W (1998)" and "the 1998 film W", "their 1977 album,
// W" — the year a work came out.
func (r *run) yearOfWork(i int, s doc.Sentence) {
	// W ( YEAR )
	if r.words[i] == "(" && i > s.First && i+2 < s.Last && r.words[i+2] == ")" && r.d.Tokens[i+1].Kind == doc.Number {
		j := i - 1
		if r.d.Tokens[j].Kind == doc.CloseQuote && j > s.First {
			j--
		}
		e := r.entityAt(j)
		if e >= 0 && r.typeOf(e) != doc.Work && r.quotedTitle(j) {
			// "Night Train" (1961): a quoted name with a year is a title.
			r.retype(e, doc.Work)
		}
		if e >= 0 && r.typeOf(e) == doc.Work {
			if v, ok := r.yearAt(i + 1); ok && len(v) == 4 {
				r.add(e, doc.Published, -1, v, r.mentionStart(j), i+3, scoreGood, "work-(year)")
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
	for k := i + 1; k < s.Last && k < i+5; k++ {
		if r.entityAt(k) >= 0 && r.typeOf(r.entityAt(k)) != doc.NORP {
			return
		}
		if !workClass[r.words[k]] {
			continue
		}
		j := k + 1
		if j < s.Last && r.words[j] == "," {
			j++
		}
		if j < s.Last && r.d.Tokens[j].Kind == doc.OpenQuote {
			j++
		}
		if e := r.entityAt(j); e >= 0 && r.typeOf(e) == doc.Work && r.mentionStart(j) == j {
			r.add(e, doc.Published, -1, v, i, r.mentionEnd(j), scoreGood, "year-work")
		}
		return
	}
}

// possessiveWork: "Y's third studio album, W" — Y performs W.
func (r *run) possessiveWork(i int, s doc.Sentence) {
	if i == s.First {
		return
	}
	y := r.entityAt(i - 1)
	if y < 0 || (r.typeOf(y) != doc.Person && r.typeOf(y) != doc.Org) {
		return
	}
	for k := i + 1; k < s.Last && k < i+5; k++ {
		if !songNouns[r.words[k]] {
			if r.d.Tokens[k].Kind != doc.Word && r.words[k] != "-" {
				return
			}
			continue
		}
		j := k + 1
		if j < s.Last && r.words[j] == "," {
			j++
		}
		if j < s.Last && r.d.Tokens[j].Kind == doc.OpenQuote {
			j++
		}
		if e := r.entityAt(j); e >= 0 && r.typeOf(e) == doc.Work && r.mentionStart(j) == j {
			r.add(e, doc.Performer, y, "", r.mentionStart(i-1), r.mentionEnd(j), scoreGood, "possessive-work")
		}
		return
	}
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
	"board", "committee", "government", "ministry")

func notMembership(name string) bool {
	for _, f := range strings.Fields(strings.ToLower(name)) {
		if notMembershipWords[f] {
			return true
		}
	}
	return false
}

// memberOf: "X is a member of ORG", "X was a founding member of the band
// Y and of Z" — not of a legislature ("a member of the Senate") and not of
// a staff ("a faculty member of").
func (r *run) memberOf(i int, s doc.Sentence) {
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
	if p < 0 || i-at > 10 {
		return
	}
	for _, o := range orgs {
		name := r.d.Entities[o.e].Name
		if notMembership(name) {
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
		return
	}
	cast := r.listAfter(k, s.Last, 2, doc.Person)
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

// starredIn: "X starred in W", "X appeared in W1 (2008) and W2", "his
// roles in the 2004 film W" — X is in the cast of each work.
func (r *run) starredIn(i int, s doc.Sentence) {
	if r.inQ[i] || i+1 >= s.Last || r.words[i+1] != "in" {
		return
	}
	var works []agent
	for k := i + 2; k < s.Last && k < i+40; {
		// Skip the words before a title: "the 2004 film", "such as".
		j := k
		for j < s.Last && j < k+5 && r.entityAt(j) < 0 && !capitalized(r.d.TokenText(j)) && r.words[j] != "," && r.words[j] != "." {
			j++
		}
		if j < s.Last && r.d.Tokens[j].Kind == doc.OpenQuote {
			j++
		}
		e := r.entityAt(j)
		if e < 0 || r.typeOf(e) != doc.Work || r.mentionStart(j) != j {
			break
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
	p, at := r.personBefore(i, s.First)
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
		if !musicianRoles[r.words[min(k, s.Last-1)]] {
			break
		}
	}
	for _, m := range members {
		r.add(m.e, doc.MemberOf, band, "", i, m.end, scoreGood, "band-members")
	}
}

// characterIn: "X is a fictional character in W", "X is a main character
// who appears in W", "a character introduced in W" — X appears in W.
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
		for j := k + 1; j < s.Last && j < k+10; j++ {
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

// isParty reports whether an organisation's name says it is a political
// party.
func isParty(name string) bool {
	for _, f := range strings.Fields(strings.ToLower(name)) {
		if f == "party" || f == "partei" || f == "partido" || f == "parti" || f == "partito" {
			return true
		}
	}
	return false
}

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
	"councillor", "councilor", "congressman", "congresswoman", "legislator", "chairman", "chairwoman", "president",
	"minister", "spokesman", "spokeswoman", "secretary")

// partyOf: "X was a Norwegian politician for the Labour Party", "a
// candidate of the Green Party".
func (r *run) partyOf(i int, s doc.Sentence) {
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
		if o >= 0 && r.typeOf(o) == doc.Org {
			j := i + 1
			if j < s.Last && r.words[j] == "," {
				j++
			}
			if p := r.entityAt(j); p >= 0 && r.typeOf(p) == doc.Person {
				r.add(p, doc.MemberOf, o, "", max(k-1, s.First), r.mentionEnd(j), scoreGood, "band-role-person")
			}
			return
		}
	}
	// "X, the bassist of/for/in ORG"
	if i+2 < s.Last && (r.words[i+1] == "of" || r.words[i+1] == "for" || r.words[i+1] == "in" || r.words[i+1] == "with") {
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
	}
}
