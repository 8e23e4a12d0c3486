package claim

import (
	"strings"

	"github.com/newsgraph/newsgraph/doc"
)

// Third pass on performers: the guest a parenthesis credits after a
// title ("“W” (featuring A)"), a contestant the tagger took for a place
// ("preceding Malta's A with “W”"), and the host's album a guest track
// comes from ("a guest solo for B on the track “W”, from their 2011
// release Y").

// featParts may stand between "(" and "featuring": "(sometimes featuring
// A)", "(also featuring A)".
var featParts = set("sometimes", "also", "originally", "later")

// featWords open a guest credit inside a parenthesis.
var featWords = set("featuring", "feat", "feat.", "ft", "ft.", "with")

// featuringParen: "“W” (featuring A)", "“W” (feat. A and B)" — in a music
// article, a parenthesis right after a quoted title that holds only a
// guest credit names performers of the recording. A name the tagger took
// for a place is a mis-tagged singer there and becomes a person.
func (r *run) featuringParen(i int, s doc.Sentence) {
	if i == s.First || i+2 >= s.Last || r.d.Tokens[i-1].Kind != doc.CloseQuote || !r.musicDoc() {
		return
	}
	k := i + 1
	if featParts[r.words[k]] {
		k++
	}
	if k+1 >= s.Last || !featWords[r.words[k]] || r.words[k] == "with" && k != i+1 {
		return
	}
	w, at := r.quotedWorkBefore(i, s)
	if w < 0 || r.typeOf(w) != doc.Work {
		return
	}
	// A [, B] [and C] )
	var who []int
	j := k + 1
	for n := 0; n < 4 && j < s.Last; n++ {
		a := r.entityAt(j)
		if a < 0 || r.mentionStart(j) != j || r.d.Mentions[r.ment[j]].Kind != doc.Name || r.inQ[j] {
			return
		}
		switch r.typeOf(a) {
		case doc.Person:
		case doc.Org:
			if r.notPerformerOrg(a) {
				return
			}
		case doc.Loc, doc.GPE:
			if r.placeNamedElsewhere(a) {
				return
			}
		default:
			return
		}
		who = append(who, a)
		j = r.mentionEnd(j)
		if j < s.Last && (r.words[j] == "," || r.words[j] == "and" || r.words[j] == "&") {
			j++
			continue
		}
		break
	}
	if j >= s.Last || r.words[j] != ")" || len(who) == 0 {
		return
	}
	for _, a := range who {
		if a == w {
			continue
		}
		if r.hasPerformer(w, a) {
			continue
		}
		if t := r.typeOf(a); t == doc.Loc || t == doc.GPE {
			r.retype(a, doc.Person)
		}
		r.add(w, doc.Performer, a, "", at, j+1, scoreGood, "title-featuring")
	}
}

// featuringParens runs featuringParen over the parentheses of a sentence,
// after the document's own song rules have credited its performer.
func (r *run) featuringParens(s doc.Sentence) {
	for k := s.First + 1; k < s.Last; k++ {
		if r.words[k] == "(" && !r.inQ[k] {
			r.featuringParen(k, s)
		}
	}
}

// hasPerformer reports whether a claim already says that a performs w.
func (r *run) hasPerformer(w, a int) bool {
	for _, c := range r.out {
		if c.Predicate == doc.Performer && c.Subject == w && c.Object == a {
			return true
		}
	}
	return false
}

// placeNamedElsewhere reports whether a place entity has a mention that
// reads as a place: after "in", "at", "from", "to" or "of". A singer the
// tagger took for a place is named only as a singer.
func (r *run) placeNamedElsewhere(e int) bool {
	for _, mi := range r.d.Entities[e].Mentions {
		k := r.d.TokenAt(r.d.Mentions[mi].Start)
		if k > 0 {
			switch r.words[k-1] {
			case "in", "at", "from", "to", "of", "near", "across", "around":
				return true
			}
		}
	}
	return false
}

// countrysContestant reports whether the name ending at token k follows a
// country's possessive ("Malta's A", "Norway's A") and is named nowhere as
// a place: a contestant the tagger took for a place.
func (r *run) countrysContestant(k int) bool {
	a := r.entityAt(k)
	st := r.mentionStart(k)
	if a < 0 || st < 2 || r.words[st-1] != "'s" && r.words[st-1] != "’s" {
		return false
	}
	c := r.entityAt(st - 2)
	if c < 0 || c == a || r.typeOf(c) != doc.GPE && r.typeOf(c) != doc.Loc {
		return false
	}
	return !r.placeNamedElsewhere(a)
}

// hostRecordingNouns name the record a guest track comes from.
var hostRecordingNouns = set("album", "release", "record", "ep", "lp", "mixtape")

// hostAlbumAfter: "a guest solo for B on the track “W”, from their 2011
// release Y" — the record the track comes from, named after "from" and
// the host's pronoun, is the host's too. k is the token after the track.
func (r *run) hostAlbumAfter(k int, s doc.Sentence, a, at int) {
	if k < s.Last && r.words[k] == "," {
		k++
	}
	if k+3 >= s.Last || r.words[k] != "from" {
		return
	}
	switch r.words[k+1] {
	case "their", "his", "her":
	default:
		return
	}
	if r.typeOf(a) == doc.Org && r.words[k+1] != "their" || r.typeOf(a) == doc.Person && r.words[k+1] == "their" {
		return
	}
	j := k + 2
	for n := 0; n < 3 && j < s.Last && !hostRecordingNouns[r.words[j]]; n, j = n+1, j+1 {
		if r.d.Tokens[j].Kind != doc.Number && (r.d.Tokens[j].Kind != doc.Word || capitalized(r.d.TokenText(j)) || listStop[r.words[j]]) {
			return
		}
	}
	if j+1 >= s.Last || !hostRecordingNouns[r.words[j]] {
		return
	}
	q := j + 1
	if r.words[q] == "," && q+1 < s.Last {
		q++
	}
	y := -1
	if r.d.Tokens[q].Kind == doc.OpenQuote {
		y, _ = r.quotedAt(q, s)
	} else if e := r.entityAt(q); e >= 0 && r.mentionStart(q) == q && r.typeOf(e) == doc.Work {
		y = e
	}
	if y < 0 || y == a {
		return
	}
	r.add(y, doc.Performer, a, "", at, r.mentionEnd(q), scoreGood, "guest-on-host-album")
}

// calledSongVerbs put the sentence's subject on stage or on record before
// "a song called “W”".
var calledSongVerbs = set("performing", "performed", "singing", "sang", "released", "releasing", "debuted", "debuting")

// songCalled: "A rose to fame at the gala, performing a song called “W”",
// "B released a single titled “W”" — in a music article, the person or
// band who opens the sentence performs the song a performing or releasing
// verb introduces by "a song called". No other person may stand between.
func (r *run) songCalled(i int, s doc.Sentence) {
	if i+1 >= s.Last || r.d.Tokens[i+1].Kind != doc.OpenQuote || i-3 < s.First || !r.musicDoc() {
		return
	}
	switch r.words[i-1] {
	case "song", "single", "ballad", "track":
	default:
		return
	}
	k := i - 2
	switch r.words[k] {
	case "new", "debut", "first", "second", "original":
		k--
	}
	switch r.words[k] {
	case "a", "the", "his", "her", "their":
	default:
		return
	}
	k--
	if k < s.First || !calledSongVerbs[r.words[k]] {
		return
	}
	a := r.entityAt(s.First)
	if a < 0 || r.inQ[s.First] {
		return
	}
	if !r.personOrBand(a) {
		return
	}
	for j := r.mentionEnd(s.First); j < k; j++ {
		if e := r.entityAt(j); e >= 0 && e != a && isPersonType(r.typeOf(e)) {
			return
		}
	}
	w, end := r.quotedAt(i+1, s)
	if w < 0 || w == a || r.typeOf(w) != doc.Work {
		return
	}
	r.add(w, doc.Performer, a, "", s.First, end, scoreGood, "song-called")
}

// ofMaterial skips "of original material" after a recording noun when a
// comma follows it: "its final album of original material, W". It returns
// the token at the comma, or k when no such phrase stands there.
func (r *run) ofMaterial(k int, s doc.Sentence) int {
	if k >= s.Last || r.words[k] != "of" {
		return k
	}
	for j := k + 1; j < s.Last && j <= k+4; j++ {
		if r.words[j] == "," {
			if j == k+1 {
				return k
			}
			return j
		}
		if r.entityAt(j) >= 0 || r.d.Tokens[j].Kind != doc.Word || capitalized(r.d.TokenText(j)) || listStop[r.words[j]] {
			return k
		}
	}
	return k
}

// bareArticle reports whether a title is only an article ("The"): the
// tagger split a longer title, so that no title is known.
func bareArticle(name string) bool {
	switch strings.ToLower(name) {
	case "the", "a", "an":
		return true
	}
	return false
}

// tourAt finds the tour named by a capitalized run ending at token k, the
// word "Tour" ("the Kiss Me Once Tour", "her Summer 2015 Tour"): the
// entity of a name mention ending there, or the tagger's name before the
// year ("Kylie Summer 2015 Tour"), or -1 with the run's tokens [a, k+1)
// when no mention touches it. ok is false when no tour is named there.
func (r *run) tourAt(k int, s doc.Sentence) (e, a int, ok bool) {
	if k <= s.First || r.d.TokenText(k) != "Tour" || r.inQ[k] {
		return -1, -1, false
	}
	if e := r.entityAt(k); e >= 0 && r.mentionStart(k) < k {
		if r.mentionEnd(k) != k+1 || r.d.Mentions[r.ment[k]].Kind != doc.Name {
			return -1, -1, false
		}
		return e, r.mentionStart(k), true
	}
	a = k
	// "Tour" alone, or no name: the capitalized words before it.
	for a-1 >= s.First && a > k-7 && (r.ment[a-1] < 0 || r.d.Tokens[a-1].Kind == doc.Number) && !r.inQ[a-1] {
		t := r.d.TokenText(a - 1)
		if !capitalized(t) && r.d.Tokens[a-1].Kind != doc.Number {
			break
		}
		a--
	}
	if a < k-1 && (r.words[a] == "the" || r.words[a] == "a") {
		a++ // "The Summer Tour": the article opens the sentence
	}
	if a == k || r.words[a] == "the" {
		return -1, -1, false
	}
	if a > s.First && r.ment[a-1] >= 0 || r.ment[a] >= 0 {
		// "Kylie Summer 2015 Tour": the tagger named the words before the
		// year; that name is the tour's.
		e := -1
		if a > s.First {
			e = r.entityAt(a - 1)
		}
		if e < 0 || r.d.Tokens[a].Kind != doc.Number || r.d.Mentions[r.ment[a-1]].Kind != doc.Name ||
			len(r.d.Entities[e].Mentions) > 1 || r.typeOf(e) != doc.Person && r.typeOf(e) != doc.Org {
			return -1, -1, false
		}
		return e, r.mentionStart(a - 1), true
	}
	return -1, a, true
}

// tourWork makes the tour found at token k a work: it retypes the entity
// tourAt found, or names the run as a new work.
func (r *run) tourWork(e, a, k int) int {
	if e < 0 {
		return r.newMention(a, k+1, doc.Work, doc.Name, -1)
	}
	if r.typeOf(e) != doc.Work {
		r.retype(e, doc.Work)
	}
	return e
}

// tourBy returns the performer a sentence names after "tour by" ("a concert
// tour by A with supporting acts B"), or -1.
func (r *run) tourBy(s doc.Sentence) int {
	for k := s.First; k+2 < s.Last; k++ {
		if (r.words[k] == "tour" || r.words[k] == "tours") && r.words[k+1] == "by" {
			j := k + 2
			if r.words[j] == "the" && j+1 < s.Last {
				j++
			}
			a := r.entityAt(j)
			if a >= 0 && r.mentionStart(j) == j && r.mayPerform(a) {
				return a
			}
			return -1
		}
	}
	return -1
}

// toursOf: "The W Tour was a concert tour by A", "A performed the song on
// her tours, including the X Tour and the Y Tour" — a tour named in a
// music article is the performer's who goes on it: the one after "tour
// by", else the document's performer when the sentence names no other
// person or band.
func (r *run) toursOf() {
	p, _ := r.docPerformer()
	for _, s := range r.d.Sentences {
		type tour struct{ e, a, k int }
		var tours []tour
		at := s.Last
		for k := s.First + 1; k < s.Last; k++ {
			if e, a, ok := r.tourAt(k, s); ok {
				tours = append(tours, tour{e, a, k})
				at = min(at, a)
			}
		}
		if len(tours) == 0 {
			continue
		}
		in := func(j int) bool {
			for _, t := range tours {
				if j >= t.a && j <= t.k {
					return true
				}
			}
			return false
		}
		a := r.tourBy(s)
		if a < 0 && p >= 0 && r.onlyPerformerIn(s, p, in) {
			a = p
		}
		for _, t := range tours {
			b := a
			if o := r.tourPossessor(t.a, s); o >= 0 {
				b = o
			}
			if b < 0 {
				continue
			}
			w := r.tourWork(t.e, t.a, t.k)
			if w != b && !r.hasClaim(w, doc.Performer, b) {
				r.add(w, doc.Performer, b, "", min(at, t.a-1), s.Last, scoreGood-0.1, "tour-of")
			}
		}
	}
}

// onlyPerformerIn reports whether sentence s names no person or band but
// p (or another name of p), outside the tours' tokens.
func (r *run) onlyPerformerIn(s doc.Sentence, p int, inTour func(int) bool) bool {
	for k := s.First; k < s.Last; k++ {
		e := r.entityAt(k)
		if e < 0 || e == p || inTour(k) {
			continue
		}
		if t := r.typeOf(e); (t == doc.Person || t == doc.Org) && !r.samePerformer(e, p) {
			return false
		}
	}
	return true
}

// sangSongNouns name a song a singer performs: "the song", "the single".
var sangSongNouns = set("song", "single", "track", "ballad", "duet", "theme")

// pronounSang: "He performed the song “W”", "She also sang the ballad
// “W”" — a pronoun standing for a person, right before a singing verb
// and a song noun with its quoted title, performs the song.
func (r *run) pronounSang(i int, s doc.Sentence) {
	at := i - 1
	if at > s.First && (r.words[at] == "also" || r.words[at] == "later" || r.words[at] == "then" || r.words[at] == "had") {
		at--
	}
	if at < s.First || r.ment[at] < 0 || r.d.Mentions[r.ment[at]].Kind != doc.Pronoun {
		return
	}
	a := r.entityAt(at)
	if a < 0 || r.typeOf(a) != doc.Person {
		return
	}
	k := i + 1
	if k+2 >= s.Last || r.words[k] != "the" && r.words[k] != "a" {
		return
	}
	if !sangSongNouns[r.words[k+1]] {
		return
	}
	w, end := r.quotedAt(k+2, s)
	if w < 0 || w == a || r.typeOf(w) != doc.Work {
		return
	}
	r.add(w, doc.Performer, a, "", at, end, scoreGood, "pronoun-sang")
}

// collaborationTitle: "with records such as the A collaboration W" — in a
// music article, a recording called a collaboration with a singer or a
// band is performed by them and by the article's own performer.
func (r *run) collaborationTitle(i int, s doc.Sentence) {
	if i-2 < s.First || i+1 >= s.Last || !r.musicDoc() {
		return
	}
	a := r.entityAt(i - 1)
	if a < 0 || r.mentionEnd(i-1) != i || r.inQ[i-1] || r.d.Mentions[r.ment[i-1]].Kind != doc.Name || !r.personOrBand(a) && r.typeOf(a) != doc.Person {
		return
	}
	ms := r.mentionStart(i - 1)
	if ms <= s.First {
		return
	}
	switch r.words[ms-1] {
	case "the", "a", "his", "her", "their", "its":
	default:
		return
	}
	p, _ := r.docPerformer()
	j := i + 1
	if r.words[j] == "," && j+1 < s.Last {
		j++
	}
	w, end := -1, j+1
	if r.d.Tokens[j].Kind == doc.OpenQuote {
		w, end = r.quotedAt(j, s)
	} else if w = r.titleAfterRecording(j, s, a, p); w >= 0 {
		end = r.mentionEnd(j)
	}
	if w < 0 || w == a || r.typeOf(w) != doc.Work {
		return
	}
	r.add(w, doc.Performer, a, "", ms, end, scoreGood, "collaboration-title")
	if p >= 0 && p != a && !r.samePerformer(p, a) {
		r.add(w, doc.Performer, p, "", ms, end, scoreGood-0.1, "collaboration-title")
	}
}

// tourPossessor returns the performer whose possessive stands right before
// a tour's name: "their Greatest Hits Tour" (the band the pronoun stands
// for), "A's Summer Tour"; or -1.
func (r *run) tourPossessor(a int, s doc.Sentence) int {
	k := a - 1
	if k < s.First || r.inQ[k] {
		return -1
	}
	switch r.words[k] {
	case "their", "his", "her":
		if e := r.entityAt(k); e >= 0 && r.d.Mentions[r.ment[k]].Kind == doc.Pronoun && r.mayPerform(e) {
			return e
		}
		if r.ment[k] >= 0 {
			return -1
		}
		// "the band were finishing their W Tour": the nearest name before.
		for j := k - 1; j >= s.First && j >= k-12; j-- {
			if e := r.entityAt(j); e >= 0 && !r.inQ[j] && r.d.Mentions[r.ment[j]].Kind == doc.Name {
				if r.mayPerform(e) && (r.words[k] == "their") == (r.typeOf(e) == doc.Org) {
					return e
				}
				return -1
			}
		}
	case "'s", "’s":
		if e := r.entityAt(k - 1); k > s.First && e >= 0 && r.mentionEnd(k-1) == k && r.mayPerform(e) {
			return e
		}
	}
	return -1
}

// mayPerform reports whether e may go on tour or sing: a person, or an
// organisation that is no label, chart or broadcaster.
func (r *run) mayPerform(e int) bool {
	return r.typeOf(e) == doc.Person || r.typeOf(e) == doc.Org && !r.notPerformerOrg(e)
}

// guestSongHost: "A appears on the 2010 album W by the band B, performing
// the solo for the song “Y”" — the song a guest plays on, named in the
// sentence that puts the guest on B's album, is B's too.
func (r *run) guestSongHost() {
	var add []doc.Claim
	for _, g := range r.out {
		if g.Predicate != doc.Performer || g.Evidence.Extractor != "claim:guest-on-recording" {
			continue
		}
		for _, h := range r.out {
			if h.Predicate != doc.Performer || h.Subject == g.Subject || h.Evidence.Sentence != g.Evidence.Sentence || h.Object == g.Object {
				continue
			}
			// h names the album's host; the guest plays on that album too.
			if h.Evidence.Extractor == "claim:guest-on-recording" || r.performerBesides(g.Subject, g.Object) || !r.guestOnAlbum(h.Subject, g.Object) {
				continue
			}
			c := g
			c.Object = h.Object
			add = append(add, c)
		}
	}
	for _, c := range add {
		if !r.hasClaim(c.Subject, doc.Performer, c.Object) && c.Subject != c.Object {
			a, b := r.spanTokens(c.Evidence.Span)
			r.add(c.Subject, doc.Performer, c.Object, "", a, b, scoreGood-0.1, "guest-song-host")
		}
	}
}

// performerBesides reports whether a claim names a performer of w other
// than a.
func (r *run) performerBesides(w, a int) bool {
	for _, c := range r.out {
		if c.Predicate == doc.Performer && c.Subject == w && c.Object >= 0 && c.Object != a {
			return true
		}
	}
	return false
}

// guestOnAlbum reports whether a claim puts guest a on w with an album
// noun in its evidence: "A appears on the 2010 album W".
func (r *run) guestOnAlbum(w, a int) bool {
	for _, c := range r.out {
		if c.Predicate == doc.Performer && c.Subject == w && c.Object == a && c.Evidence.Extractor == "claim:guest-on-recording" &&
			r.albumNounIn(r.spanTokens(c.Evidence.Span)) {
			return true
		}
	}
	return false
}

// titledRecordNouns close a title after a possessive: "their W DVD".
var titledRecordNouns = set("dvd", "album", "ep", "lp", "mixtape")

// possessiveTitled: "the video appeared on their Live at the Roxy DVD",
// "her Night Songs album" — in a music article, capitalized words between
// a possessive pronoun and a recording noun name a recording of the one
// the pronoun stands for (the article's band or singer when coreference
// left the pronoun unresolved).
func (r *run) possessiveTitled(i int, s doc.Sentence) {
	if i+2 >= s.Last || !r.musicDoc() {
		return
	}
	a := -1
	if e := r.entityAt(i); e >= 0 && r.d.Mentions[r.ment[i]].Kind == doc.Pronoun {
		a = e
	} else if e < 0 {
		if p, _ := r.docPerformer(); p >= 0 && (r.words[i] == "their") == (r.typeOf(p) == doc.Org) {
			a = p
		}
	}
	if a < 0 || !r.mayPerform(a) {
		return
	}
	j := i + 1
	if r.d.Tokens[j].Kind == doc.Number {
		return // "their 2011 album W": the year rules read it
	}
	if !capitalized(r.d.TokenText(j)) || r.inQ[j] {
		return
	}
	n := -1
	for k := j; k < s.Last && k < j+10; k++ {
		if titledRecordNouns[r.words[k]] {
			n = k
			break
		}
		if r.inQ[k] || r.ment[k] < 0 && !capitalized(r.d.TokenText(k)) && !titleSmall[r.words[k]] {
			return
		}
	}
	if n <= j {
		return
	}
	w := -1
	switch {
	case r.ment[n] >= 0 && r.mentionEnd(n) == n+1 && r.mentionStart(n) >= j && r.d.Mentions[r.ment[n]].Kind == doc.Name:
		w = r.entityAt(n) // "Grand Olympic Auditorium DVD": the noun named with the title
	case r.ment[n] < 0 && r.ment[n-1] >= 0 && r.mentionStart(n-1) == j && r.d.Mentions[r.ment[n-1]].Kind == doc.Name:
		// "their Evil Empire album": a work, or a longer name the tagger
		// took for something else; "their Christmas album" names none.
		if w = r.entityAt(n - 1); r.typeOf(w) != doc.Work && n-j < 2 {
			return
		}
	case r.ment[n] < 0 && n-j >= 2:
		for k := j; k < n; k++ {
			if r.ment[k] >= 0 {
				return
			}
		}
		w = r.newMention(j, n, doc.Work, doc.Name, -1)
	}
	if w < 0 || w == a || r.isTopic(w) && r.typeOf(w) != doc.Work {
		return
	}
	switch r.typeOf(w) {
	case doc.Work, doc.Org, doc.Event:
	default:
		return
	}
	if r.typeOf(w) != doc.Work {
		r.retype(w, doc.Work)
	}
	if !r.hasClaim(w, doc.Performer, a) {
		r.add(w, doc.Performer, a, "", i, n+1, scoreGood-0.1, "possessive-titled-recording")
	}
}

// namedRecordSuffixes may close a recording named after its performer:
// "the A DVD", "the A EP".
var namedRecordSuffixes = set("dvd", "ep", "lp", "anthology", "vhs")

// performerNamedRecording: "a live performance is included on the Led
// Lanterns DVD" — a work named after a performer of the article and a
// recording format is that performer's.
func (r *run) performerNamedRecording() {
	p, _ := r.docPerformer()
	if p < 0 {
		return
	}
	pn := strings.ToLower(strings.TrimPrefix(r.d.Entities[p].Name, "The "))
	for w := range r.d.Entities {
		if w == p || r.typeOf(w) != doc.Work || len(r.d.Entities[w].Mentions) == 0 || r.performerOf(w) >= 0 {
			continue
		}
		n := strings.ToLower(strings.TrimPrefix(r.d.Entities[w].Name, "The "))
		rest, ok := strings.CutPrefix(n, pn+" ")
		if !ok || !namedRecordSuffixes[rest] {
			continue
		}
		a, b := r.spanTokens(r.d.Mentions[r.d.Entities[w].Mentions[0]].Span)
		r.add(w, doc.Performer, p, "", a, b, scoreGood-0.1, "performer-named-recording")
	}
}
