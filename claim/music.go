package claim

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/doc"
)

// Recordings: who performs a song or an album, read from the
// constructions of music writing — "“W” by A", "the 1981 A hit “W”", "A's
// 1977 W album", "W, the first single from A's album Y", "A with “W”" in
// a song contest, the tracks an album article lists, and "its debut album
// W" in an article about a band.

// musicWords show that a document is about music.
var musicWords = set("song", "songs", "single", "singles", "album", "albums", "band", "singer", "track", "tracks",
	"chart", "charts", "recorded", "recording", "hit", "ep", "vocals", "lyrics", "billboard", "guitarist", "rapper",
	"eurovision", "mixtape", "b-side")

// musicClass are the topic classes of a music article.
var musicClass = set("song", "single", "album", "ep", "mixtape", "track", "ballad", "record", "band", "duo", "trio",
	"quartet", "group", "soundtrack", "compilation", "recording", "lp")

// musicDoc reports whether the document is about music: its topic is a
// recording or a band, or four music words occur in it.
func (r *run) musicDoc() bool {
	if r.topic.ent >= 0 && musicClass[r.topic.class] {
		return true
	}
	if r.musicWords == 0 {
		r.musicWords = -1
		n := 0
		for i := range r.words {
			if r.has(i, tMusicWords) {
				n++
				if n >= 4 {
					r.musicWords = 1
					break
				}
			}
		}
	}
	return r.musicWords > 0
}

// notSongNouns name works whose maker after "by" is no performer.
var notSongNouns = set("poem", "novel", "book", "story", "film", "movie", "essay", "article", "painting", "play",
	"novella", "article", "column", "report", "study", "paper", "letter", "speech", "sculpture", "photograph",
	"documentary", "series", "show", "episode", "comic", "biography", "memoir", "opera", "musical")

// music runs the recording patterns at token i.
func (r *run) music(i int, s doc.Sentence) {
	switch w := r.words[i]; {
	case r.inQ[i]:
	case w == "by":
		r.quotedBy(i, s)
		r.performedAtBy(i, s)
		r.sungBy(i, s)
	case w == "with" || w == "singing":
		r.withSong(i, s)
	case w == "from":
		r.singleFrom(i, s)
	case w == "released" || w == "issued" || w == "published" || w == "release" || w == "releasing":
		r.releasedTopic(i, s)
		if w == "released" {
			r.releasedRecording(i, s)
		}
		r.bothReleased(i, s)
	case w == "produced" || w == "co-produced":
		r.producedRecording(i, s)
	case w == "producer" || w == "producers":
		r.withProducer(i, s)
	case w == "credited":
		r.creditedTo(i, s)
	case w == "called" || w == "titled" || w == "entitled":
		r.songCalled(i, s)
	case w == "for" && i > s.First && (r.words[i-1] == "hit" || r.words[i-1] == "smash"):
		r.hitFor(i, s)
	case w == "for":
		r.chartFor(i, s)
	case w == "recorded" || w == "releases" || w == "records":
		r.releasedRecording(i, s)
	case w == "'s" || w == "’s" || w == "'":
		r.possessiveTitle(i, s)
		r.possessiveDefinition(i, s)
		if r.musicDoc() {
			r.versionOf(i, s)
		}
	case w == "its" || w == "their" || w == "his" || w == "her" || ((w == "band" || w == "group") && i > s.First && r.words[i-1] == "the"):
		r.topicsRecording(i, s)
	}
	if (r.has(i, tSongNouns) || r.words[i] == "hit") && !r.inQ[i] {
		r.nameSong(i, s)
	}
	if r.words[i] == "their" && !r.inQ[i] {
		r.theirSongs(i, s)
	}
	if (r.words[i] == "performed" || r.words[i] == "sang" || r.words[i] == "recorded") && !r.inQ[i] {
		r.pronounSang(i, s)
	}
	if (r.words[i] == "their" || r.words[i] == "his" || r.words[i] == "her") && !r.inQ[i] {
		r.possessiveTitled(i, s)
	}
	if r.words[i] == "collaboration" && !r.inQ[i] {
		r.collaborationTitle(i, s)
	}
	if r.words[i] == "(" && !r.inQ[i] {
		r.parenSong(i, s)
	}
	if r.has(i, tGuestVerbs) && !r.inQ[i] && r.musicDoc() {
		r.guestOn(i, s)
	}
	if i == s.Last-1 {
		r.songYear(s)
		r.docSongs(s)
		r.featuringParens(s)
		if n := len(r.d.Sentences); n > 0 && s.Last == r.d.Sentences[n-1].Last {
			r.songAlbumProducers()
		}
	}
	if r.d.Tokens[i].Kind == doc.Number && len(r.words[i]) == 4 {
		r.yearPerformer(i, s)
	}
	if r.has(i, tLawNouns) {
		r.lawDate(i, s)
	}
}

// quotedAt returns the work named in quotation marks opening at token k
// ("“W”"): the name mention filling the quotes (retyped to a work when the
// tagger took it for something else and it is named nowhere outside
// quotes), or a new work mention over capitalized words no tagger named.
// It returns the entity and the token after the closing quote, or -1.
func (r *run) quotedAt(k int, s doc.Sentence) (int, int) {
	if k >= s.Last || r.d.Tokens[k].Kind != doc.OpenQuote {
		return -1, -1
	}
	c := k + 1
	for c < s.Last && c < k+14 && r.d.Tokens[c].Kind != doc.CloseQuote && r.d.Tokens[c].Kind != doc.OpenQuote {
		c++
	}
	if c >= s.Last || c == k+1 || r.d.Tokens[c].Kind != doc.CloseQuote {
		return -1, -1
	}
	return r.quotedBetween(k, c)
}

// quotedBetween is quotedAt for the quotation marks at tokens k and c.
func (r *run) quotedBetween(k, c int) (int, int) {
	if c <= k+1 {
		return -1, -1
	}
	if e := r.entityAt(k + 1); e >= 0 {
		me := r.mentionEnd(k + 1)
		if me == c-1 && (r.words[me] == "." || r.words[me] == "," || r.words[me] == "?" || r.words[me] == "!") {
			me++ // “This Little Girl.”: the stop inside the quotes
		}
		if r.mentionStart(k+1) != k+1 || me != c {
			return -1, -1
		}
		if r.typeOf(e) == doc.Work {
			return e, c + 1
		}
		if r.quotedTitle(k + 1) {
			r.retype(e, doc.Work)
			return e, c + 1
		}
		return -1, -1
	}
	for j := k + 1; j < c; j++ {
		if r.ment[j] >= 0 {
			return -1, -1
		}
	}
	if !capitalized(r.d.TokenText(k+1)) || c-k-1 > 10 {
		return -1, -1
	}
	return r.newMention(k+1, c, doc.Work, doc.Name, -1), c + 1
}

// quotedWorkBefore returns the work whose quoted title closes right before
// token i, with its opening quote, or -1.
func (r *run) quotedWorkBefore(i int, s doc.Sentence) (int, int) {
	c := i - 1
	if c <= s.First || r.d.Tokens[c].Kind != doc.CloseQuote {
		return -1, -1
	}
	k := c - 1
	for k > s.First && k > c-14 && r.d.Tokens[k].Kind != doc.OpenQuote && r.d.Tokens[k].Kind != doc.CloseQuote {
		k--
	}
	if r.d.Tokens[k].Kind != doc.OpenQuote {
		return -1, -1
	}
	e, end := r.quotedAt(k, s)
	if e < 0 || end != i {
		return -1, -1
	}
	return e, k
}

// quotedBy: "stuck behind “Windy” by The Association" — in a music
// article, a quoted title followed by "by" and a name is a recording and
// its performer, unless a word before the title calls it a book, a poem
// or a film.
func (r *run) quotedBy(i int, s doc.Sentence) {
	if i+1 >= s.Last || !r.musicDoc() {
		return
	}
	w, at := r.quotedWorkBefore(i, s)
	if w < 0 {
		return
	}
	for k := max(at-3, s.First); k < at; k++ {
		if notSongNouns[r.words[k]] {
			return
		}
	}
	who := r.listAfter(i+1, s.Last, 3, doc.Person, doc.Org)
	if len(who) == 0 {
		return
	}
	for _, a := range who {
		r.add(w, doc.Performer, a.e, "", at, a.end, scoreGood, "quoted-by")
	}
}

// contestWords mark a sentence about performers and their songs at a
// contest or a show: "following Finland's X with “W”".
var contestWords = set("performed", "performing", "contest", "following", "preceding", "succeeded", "represented",
	"representative", "entry", "eurovision", "final", "semi-final", "sang", "won", "finished", "placed")

// withSong: "following Finland's A with “W”", "succeeded by A singing
// “W”" — in a sentence about a contest or a performance, the performer
// named right before "with" or "singing" and a quoted title sings it.
func (r *run) withSong(i int, s doc.Sentence) {
	if i == s.First || i+1 >= s.Last || r.d.Tokens[i+1].Kind != doc.OpenQuote {
		return
	}
	a := r.entityAt(i - 1)
	place := a >= 0 && (r.typeOf(a) == doc.Loc || r.typeOf(a) == doc.GPE) && r.countrysContestant(i-1)
	if a < 0 || (r.typeOf(a) != doc.Person && r.typeOf(a) != doc.Org && !place) || r.inQ[i-1] {
		return
	}
	cue := false
	for k := s.First; k < s.Last; k++ {
		if contestWords[r.words[k]] {
			cue = true
			break
		}
	}
	if !cue || !r.musicDoc() && !r.performSentence(s) {
		return
	}
	w, _ := r.quotedAt(i+1, s)
	if w < 0 {
		return
	}
	if place {
		r.retype(a, doc.Person) // "Malta's Chiara": a contestant, not a place
	}
	r.add(w, doc.Performer, a, "", r.mentionStart(i-1), i+2, scoreGood, "performer-with-song")
}

// singleFrom: "“W” is the first single taken from A's third album, Y",
// "W, the second single from A's album Y", "the track “W” from A's album
// Y" — the single is A's.
func (r *run) singleFrom(i int, s doc.Sentence) {
	k := i - 1
	if k > s.First && (r.words[k] == "taken" || r.words[k] == "lifted" || r.words[k] == "released") {
		k--
	}
	// "the track “W” from A's album Y": the title between noun and "from".
	quoted, qat := -1, -1
	if k > s.First && r.d.Tokens[k].Kind == doc.CloseQuote {
		if quoted, qat = r.quotedWorkBefore(k+1, s); quoted >= 0 {
			k = qat - 1
		}
	}
	if k <= s.First || (r.words[k] != "single" && r.words[k] != "song" && r.words[k] != "track") {
		return
	}
	// The possessor: "from A's", "from the A album".
	j := i + 1
	if j < s.Last && r.words[j] == "the" {
		j++
	}
	a := r.entityAt(j)
	if a < 0 || (r.typeOf(a) != doc.Person && r.typeOf(a) != doc.Org) || r.mentionStart(j) != j {
		// "from British singer A's album": over a short description.
		for n := 0; n < 7 && j < s.Last && (a < 0 || r.typeOf(a) == doc.NORP); n++ {
			if a >= 0 {
				j = r.mentionEnd(j)
			} else if r.d.Tokens[j].Kind == doc.Word && !capitalized(r.d.TokenText(j)) || r.words[j] == "-" {
				j++
			} else {
				return
			}
			if j < s.Last {
				a = r.entityAt(j)
			}
		}
		if a < 0 || (r.typeOf(a) != doc.Person && r.typeOf(a) != doc.Org) || r.mentionStart(j) != j {
			return
		}
	}
	e := r.mentionEnd(j)
	if e >= s.Last || (r.words[e] != "'s" && r.words[e] != "’s" && r.words[e] != "'") {
		return
	}
	// The album noun follows within a few words.
	album := false
	for q := e + 1; q < s.Last && q < e+6; q++ {
		if songNouns[r.words[q]] {
			album = true
			break
		}
	}
	if !album {
		return
	}
	// The single: the work the sentence defines, or the one before the
	// comma ("W, the second single from").
	w, at := r.definedWork(k, s)
	if quoted >= 0 {
		w, at = quoted, qat
	}
	if w < 0 && r.isTopic(r.topicOfType(doc.Work)) && s.First == r.d.Sentences[0].First && k > r.topic.cop {
		w, at = r.topic.ent, r.topic.first
	}
	if w < 0 {
		return
	}
	r.add(w, doc.Performer, a, "", at, e, scoreGood, "single-from-album")
}

// possessiveTitle: "a cover of A's “W”", "blocked by A's “W”" — in a
// music article, a person's or a band's possessive right before a quoted
// title names its performer.
func (r *run) possessiveTitle(i int, s doc.Sentence) {
	if i == s.First || i+1 >= s.Last {
		return
	}
	a := r.entityAt(i - 1)
	if a < 0 || (r.typeOf(a) != doc.Person && r.typeOf(a) != doc.Org) || r.mentionEnd(i-1) != i || r.inQ[i-1] {
		return
	}
	if r.words[i] == "'" && r.d.Tokens[i].Start != r.d.Tokens[i-1].End {
		return
	}
	if i+1 >= s.Last || r.d.Tokens[i+1].Kind != doc.OpenQuote || !r.musicDoc() {
		return
	}
	w, end := r.quotedAt(i+1, s)
	if w < 0 {
		return
	}
	r.add(w, doc.Performer, a, "", r.mentionStart(i-1), end, scoreGood, "possessive-title")
}

// topicsRecording: "the band released its debut album W", "their second
// single, “W”", "the band's third album W" — in an article about a band or
// a musician, a recording named after the topic's possessive is the
// topic's, when coreference left the pronoun unresolved.
func (r *run) topicsRecording(i int, s doc.Sentence) {
	t := r.topic.ent
	if t < 0 || r.inQ[i] {
		return
	}
	k := i + 1
	switch r.words[i] {
	case "band", "group":
		if sameClass[r.topic.class] != "band" || k >= s.Last || (r.words[k] != "'s" && r.words[k] != "’s") {
			return
		}
		k++
	case "its":
		if sameClass[r.topic.class] != "band" {
			return
		}
	case "their":
		if sameClass[r.topic.class] != "band" || r.entityAt(i) >= 0 {
			return
		}
	case "his", "her":
		if r.topic.class != "person" || r.entityAt(i) >= 0 && r.entityAt(i) != t || !r.musicDoc() {
			return
		}
	}
	// [ordinal] [adjectives] album|single|EP [,] W
	for n := 0; k < s.Last && n < 5; n, k = n+1, k+1 {
		w := r.words[k]
		if songNouns[w] && w != "record" {
			j := r.ofMaterial(k+1, s)
			if j < s.Last && r.words[j] == "," {
				j++
			}
			e := -1
			if j < s.Last && r.d.Tokens[j].Kind == doc.OpenQuote {
				e, _ = r.quotedAt(j, s)
				j++
			} else if j < s.Last && r.entityAt(j) == t && r.mentionStart(j) == j && r.typeOf(t) != doc.Work {
				e = r.selfTitled(j) // "its self-titled debut album X"
			} else if j < s.Last && capitalized(r.d.TokenText(j)) {
				e = r.titleAfterNoun(r.pastTitleArticle(j, s), s)
			}
			if e >= 0 && e != t && r.typeOf(e) == doc.Work && !bareArticle(r.d.Entities[e].Name) {
				r.add(e, doc.Performer, t, "", i, r.mentionEnd(j), scoreGood, "topic's-recording")
			}
			return
		}
		if r.entityAt(k) >= 0 || r.d.Tokens[k].Kind != doc.Word && r.d.Tokens[k].Kind != doc.Number && w != "-" || listStop[w] {
			return
		}
	}
}

// performerOf returns the performer claimed so far for work w, or -1.
func (r *run) performerOf(w int) int {
	for _, c := range r.out {
		if c.Predicate == doc.Performer && c.Subject == w && c.Object >= 0 {
			return c.Object
		}
	}
	return -1
}

// yearPerformer: "the 1981 A hit “W”", "A's 1977 W album", "A's own 1957
// W", "their 2011 release W" — a year before a recording names when it
// came out, and a name or a possessive around the year its performer.
func (r *run) yearPerformer(i int, s doc.Sentence) {
	v, ok := r.yearAt(i)
	if !ok || len(v) != 4 || r.inQ[i] {
		return
	}
	// The possessor before the year: "A's [own] YEAR".
	a, from := -1, i
	k := i - 1
	if k > s.First && r.words[k] == "own" {
		k--
	}
	if k > s.First && (r.words[k] == "'s" || r.words[k] == "’s" || r.words[k] == "'") {
		if e := r.entityAt(k - 1); e >= 0 && (r.typeOf(e) == doc.Person || r.typeOf(e) == doc.Org) && r.mentionEnd(k-1) == k {
			a, from = e, r.mentionStart(k-1)
		}
	}
	pron := false
	if k >= s.First && (r.words[k] == "his" || r.words[k] == "her") && r.ment[k] >= 0 && r.d.Mentions[r.ment[k]].Kind == doc.Pronoun {
		// "her 2000 album W": the singer the pronoun stands for, when
		// the recording noun follows the year.
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Person {
			a, from, pron = e, k, true
		}
	}
	j := i + 1
	// "the 1981 A hit": a name between the year and the class noun; "the
	// 1972 Atari arcade game W": a company's, which dates the work only.
	if (a < 0 || pron) && j < s.Last {
		if e := r.entityAt(j); e >= 0 && (r.typeOf(e) == doc.Person || r.typeOf(e) == doc.Org) && r.mentionStart(j) == j {
			q := r.mentionEnd(j)
			if r.typeOf(e) == doc.Org {
				j = q
			} else if q < s.Last && songNouns[r.words[q]] || q < s.Last && (r.words[q] == "hit" || r.words[q] == "release") {
				a, j = e, q
			}
		}
	}
	// "YEAR [adjectives] NOUN [,] W" or "YEAR W [NOUN]"
	var w, end int = -1, -1
	noun := ""
	for n := 0; j < s.Last && n < 4; n, j = n+1, j+1 {
		x := r.words[j]
		if songNouns[x] || x == "hit" || x == "release" || x == "recording" || workClass[x] {
			noun = x
			q := j + 1
			if q < s.Last && r.words[q] == "," {
				q++
			}
			if q < s.Last && r.d.Tokens[q].Kind == doc.OpenQuote {
				w, end = r.quotedAt(q, s)
			} else if q < s.Last && capitalized(r.d.TokenText(q)) && (workClass[r.words[q-1]] || r.words[q-1] == "," || x == "release") {
				w, end = r.titleAfter(q, s, !strings.HasSuffix(x, "s"))
			}
			if q < s.Last && workClass[r.words[q]] {
				continue // "1967 animated musical film": the last noun
			}
			break
		}
		e := r.workAt(j)
		if e < 0 && n == 0 && a >= 0 && capitalized(r.d.TokenText(j)) && r.musicDoc() {
			e, _ = r.titleAfter(j, s, false) // "Coltrane's own 1957 Blue Train"
		}
		if e >= 0 && n == 0 && a >= 0 {
			// "A's 1977 W album", "A's own 1957 W"
			w, end = e, r.mentionEnd(j)
			if end < s.Last && songNouns[r.words[end]] {
				noun = r.words[end]
				end++
			} else if !r.musicDoc() || end < s.Last && r.d.Tokens[end].Kind == doc.Word && !listStop[r.words[end]] && !verbLike(r.words[end]) {
				return // "the team's 1935 European tour": a modifier, not a title
			}
			break
		}
		if r.entityAt(j) >= 0 || r.d.Tokens[j].Kind != doc.Word || listStop[x] {
			return
		}
	}
	if w < 0 || w == a {
		return
	}
	if noun != "" && notSongNouns[noun] && a >= 0 && r.typeOf(a) == doc.Person {
		a = -1 // "Zola's 1873 novel W": its author, not a performer
	}
	if pron && !songNouns[noun] {
		a = -1 // "his 1999 W", "her 2004 hit W": a pronoun's work only with a recording noun
	}
	if a >= 0 && (songNouns[noun] || noun == "hit" || noun == "release" || noun == "recording" || noun == "" && r.musicDoc()) {
		r.add(w, doc.Performer, a, "", from, end, scoreGood, "year-performer")
	}
	r.add(w, doc.Published, -1, v, min(from, i), end, scoreGood, "year-performer")
}

// bandNamed reports whether entity e, which the tagger took for a place or
// a person, may be a band named right after a band noun: a person named
// once, or a place the gazetteer does not know as a country.
func (r *run) bandNamed(e int) bool {
	switch r.typeOf(e) {
	case doc.Person:
		return len(r.d.Entities[e].Mentions) == 1
	case doc.Loc, doc.GPE:
		_, country := r.x.gaz.Country(r.d.Entities[e].Name)
		return !country
	}
	return false
}

// performerNouns describe who performs: "recording artist", "singer and
// songwriter".
var performerNouns = set("artist", "singer", "songwriter", "singer-songwriter", "musician", "rapper", "band", "group",
	"duo", "trio", "quartet", "producer", "composer", "vocalist", "guitarist", "pianist", "dj", "outfit", "act",
	"entertainer", "performer", "idol", "star", "orchestra", "ensemble", "choir")

// pastDescription returns the token where a name starts after a
// performer's description at token k ("Australian recording artist and
// songwriter X", "the avant garde / experimental rock band X"): up to ten
// lower-case words, nationalities, hyphens, slashes and "and", among them a
// performer noun. It returns 0 when there is none.
func (r *run) pastDescription(k int, s doc.Sentence) int {
	noun := false
	for n := 0; k < s.Last && n < 10; n++ {
		w := r.words[k]
		e := r.entityAt(k)
		switch {
		case e >= 0 && r.typeOf(e) == doc.NORP:
			k = r.mentionEnd(k)
			continue
		case e >= 0:
			if !noun || r.mentionStart(k) != k {
				return 0
			}
			return k
		case w == "-" || w == "/" || w == "and" || w == "the" || w == "a" || w == "an":
		case r.d.Tokens[k].Kind == doc.Word && !capitalized(r.d.TokenText(k)) && !listStop[w] && !r.verbAt(k):
			if performerNouns[w] {
				noun = true
			}
		default:
			return 0
		}
		k++
	}
	return 0
}

// titleAfter returns the work whose title starts at token a right after a
// recording's class noun ("the 2003 single Back to the Harbour"): a name
// mention there (retyped to a work), else a new work mention over
// capitalized words, the small words of titles between them and
// contractions ("What'd I Say"); "and" too when one title is named ("the
// film An Officer and a Gentleman"). It returns the work and the token
// after it, or -1.
func (r *run) titleAfter(a int, s doc.Sentence, one bool) (int, int) {
	if e := r.entityAt(a); e >= 0 {
		if r.mentionStart(a) != a {
			return -1, -1
		}
		end := r.mentionEnd(a)
		if r.titleGoesOn(end, s, one) || end < s.Last && r.clitic(end) {
			return -1, -1 // the tagger cut the title short: leave it
		}
		if r.titleAfterNoun(a, s) < 0 {
			return -1, -1
		}
		return e, end
	}
	b := a
	for b < s.Last && b < a+10 && r.entityAt(b) < 0 {
		t := r.d.TokenText(b)
		switch {
		case capitalized(t) || r.d.Tokens[b].Kind == doc.Number && b > a:
			b++
			continue
		case b > a && r.clitic(b):
			b++ // "What'd", "Don't"
			continue
		case b > a && titleSmall[r.words[b]] && r.titleGoesOn(b, s, one):
			b++
			continue
		}
		break
	}
	if b == a || titleSmall[r.words[b-1]] {
		return -1, -1 // nothing, or a title running into another name
	}
	return r.newMention(a, b, doc.Work, doc.Name, -1), b
}

// titleGoesOn reports whether a title's small words at token k lead to
// another capitalized word within three tokens: "of the Mack". An "and"
// at k goes on only when one title is named (and).
func (r *run) titleGoesOn(k int, s doc.Sentence, and bool) bool {
	for j := k; j < s.Last && j < k+3; j++ {
		if capitalized(r.d.TokenText(j)) {
			return j > k || !titleSmall[r.words[j]] && r.entityAt(j) < 0
		}
		if !titleSmall[r.words[j]] || r.words[j] == "and" && j == k && !and {
			return false
		}
	}
	return false
}

// clitic reports whether token k is a clitic written onto the word before
// it: "'d" in "What'd", "n't" in "Don't".
func (r *run) clitic(k int) bool {
	t := r.words[k]
	return k > 0 && r.d.Tokens[k].Start == r.d.Tokens[k-1].End && (strings.HasPrefix(t, "'") || strings.HasPrefix(t, "’") || t == "n't" || t == "n’t")
}

// performSentence reports whether sentence s says someone performed or
// sang.
func (r *run) performSentence(s doc.Sentence) bool {
	for k := s.First; k < s.Last; k++ {
		switch r.words[k] {
		case "performed", "performing", "sang", "sung", "singing":
			return true
		}
	}
	return false
}

// bandNounAfter reports whether a band noun comes within n tokens after
// token i: "a release by the experimental rock band X".
func (r *run) bandNounAfter(i, n int, s doc.Sentence) bool {
	for k := i + 1; k < s.Last && k <= i+n; k++ {
		if bandNouns[r.words[k]] {
			return true
		}
	}
	return false
}

// possessiveDefinition: "W is A's last album", "W is A's debut single" —
// the recording a definition gives to a possessor is the possessor's.
func (r *run) possessiveDefinition(i int, s doc.Sentence) {
	t := r.topic.ent
	if t < 0 || s.First != r.d.Sentences[0].First || !songNouns[r.topic.class] || i-1 <= r.topic.cop {
		return
	}
	a := r.entityAt(i - 1)
	if a < 0 && r.ment[i-1] < 0 {
		a = r.untaggedPossessor(r.topic.cop+1, i, s)
	}
	if a < 0 || (r.typeOf(a) != doc.Person && r.typeOf(a) != doc.Org) || r.mentionStart(i-1) != r.topic.cop+1 || r.mentionEnd(i-1) != i {
		return
	}
	r.add(t, doc.Performer, a, "", r.topic.first, i+1, scoreGood, "definition-possessive")
}

// untaggedPossessor: "W is A - Teens' last album" — the capitalized words
// (and hyphens) of tokens [j, i) before the possessive of a definition, no
// tagger named, followed by a recording noun, name the band: a new
// organisation, named at every other place the same words stand.
func (r *run) untaggedPossessor(j, i int, s doc.Sentence) int {
	if i-j < 1 || i-j > 5 || !capitalized(r.d.TokenText(j)) {
		return -1
	}
	for k := j; k < i; k++ {
		if r.ment[k] >= 0 || r.inQ[k] || r.words[k] != "-" && (r.d.Tokens[k].Kind != doc.Word || !capitalized(r.d.TokenText(k))) {
			return -1
		}
	}
	noun := false
	for k := i + 1; k < s.Last && k <= i+4; k++ {
		if songNouns[r.words[k]] {
			noun = true
			break
		}
	}
	if !noun {
		return -1
	}
	e := r.newMention(j, i, doc.Org, doc.Name, -1)
	n := i - j
	for k := 0; k+n <= len(r.words); k++ {
		if k == j || r.ment[k] >= 0 || r.d.TokenText(k) != r.d.TokenText(j) {
			continue
		}
		same := true
		for q := 1; q < n && same; q++ {
			same = r.ment[k+q] < 0 && r.d.TokenText(k+q) == r.d.TokenText(j+q)
		}
		if same {
			r.newMention(k, k+n, doc.Org, doc.Name, e)
		}
	}
	return e
}

// releasedRecording: "In 2012, A recorded the tune for her covers album W",
// "A released her debut single W" — a singer or a band right before a
// recording verb performs the album or single it names. A record label is
// no performer: an organisation must be called a band somewhere.
func (r *run) releasedRecording(i int, s doc.Sentence) {
	if i == s.First || i+2 >= s.Last {
		return
	}
	a := r.entityAt(i - 1)
	at := i - 1
	if a < 0 && i-2 >= s.First && (r.words[i-1] == "has" || r.words[i-1] == "had" || r.words[i-1] == "also" || r.words[i-1] == "then") {
		a, at = r.entityAt(i-2), i-2
	}
	if a < 0 && i-3 >= s.First && r.words[i-1] == "who" && r.words[i-2] == "," {
		a, at = r.entityAt(i-3), i-3 // "Stevie Wonder, who recorded his album W"
	}
	if a < 0 || r.inQ[at] || r.d.Mentions[r.ment[at]].Kind == doc.Pronoun {
		return
	}
	if !r.personOrBand(a) {
		return
	}
	// [the song on] [det|poss] [adjectives] NOUN [,] W
	for k, n := i+1, 0; k+1 < s.Last && n < 9; k, n = k+1, n+1 {
		w := r.words[k]
		if songNouns[w] && w != "record" && w != "recording" && w != "recordings" {
			j := k + 1
			if r.words[j] == "," && j+1 < s.Last {
				j++
			}
			e := -1
			if r.d.Tokens[j].Kind == doc.OpenQuote {
				e, _ = r.quotedAt(j, s)
				j++
			} else {
				e = r.workAt(j)
			}
			if e >= 0 && e != a && r.typeOf(e) == doc.Work {
				r.add(e, doc.Performer, a, "", r.mentionStart(at), r.mentionEnd(j), scoreGood, "artist-released-recording")
				if b, bt := r.coordinatedPerformer(r.mentionStart(at), s); b >= 0 && b != e {
					r.add(e, doc.Performer, b, "", bt, r.mentionEnd(j), scoreGood, "artist-released-recording")
				}
			}
			if r.words[k+1] != "," && r.entityAt(k+1) < 0 && r.d.Tokens[k+1].Kind != doc.OpenQuote {
				continue // "the song on the cover album W": on to the album
			}
			return
		}
		pron := r.ment[k] >= 0 && r.d.Mentions[r.ment[k]].Kind == doc.Pronoun && (r.entityAt(k) == a || w == "his" || w == "her" || w == "their" || w == "its")
		if r.entityAt(k) >= 0 && !pron || r.d.Tokens[k].Kind != doc.Word && w != "-" || w == "by" || w == "for" || w == "with" || w == "and" {
			return
		}
	}
}

// musicLabelWords name record labels and music companies, which release but
// do not perform.
var musicLabelWords = set("records", "recordings", "music", "label", "entertainment", "studios", "sound", "songs", "media",
	"publishing", "productions", "group")

// labelOnlyWords name labels and companies, never a band.
var labelOnlyWords = set("records", "recordings", "label", "entertainment", "media", "publishing", "productions")

// namedBand reports whether organisation o is called a band: the topic
// band, or named right after a band noun ("the band X") or right before
// one ("X's band"); a name with a label word is never one.
func (r *run) namedBand(o int) bool {
	if nameHas(r.d.Entities[o].Name, labelOnlyWords) {
		return false
	}
	if r.isTopic(o) && sameClass[r.topic.class] == "band" {
		return true
	}
	if nameHas(r.d.Entities[o].Name, musicLabelWords) {
		return r.bandNounBefore(o, 3) // "her band, the Miami Sound Machine"
	}
	return r.bandNounBefore(o, 2)
}

// bandNounBefore reports whether a band noun comes within n tokens before
// a mention of o: "the band X", "her band, the X".
func (r *run) bandNounBefore(o, n int) bool {
	for _, mi := range r.d.Entities[o].Mentions {
		k := r.d.TokenAt(r.d.Mentions[mi].Start)
		for j := k - 1; j >= 0 && j >= k-n; j-- {
			if bandNouns[r.words[j]] {
				return true
			}
		}
	}
	return false
}

// performedAtBy: "W is a ballad which got performed at the 1962 festival
// by Belgian singer A", "recorded at Abbey Road by A" — a performing verb,
// a place or an occasion, then "by" and the performer.
func (r *run) performedAtBy(i int, s doc.Sentence) {
	k := i - 2
	for ; k > s.First && k >= i-10; k-- {
		if r.words[k] == "," || r.words[k] == ";" || r.words[k] == "by" {
			return
		}
		if (r.words[k] == "performed" || r.words[k] == "sung" || r.words[k] == "recorded") &&
			(r.words[k+1] == "in" || r.words[k+1] == "at" || r.words[k+1] == "during" || r.words[k+1] == "on") {
			break
		}
	}
	if k <= s.First || k < i-10 || (r.words[k] != "performed" && r.words[k] != "sung" && r.words[k] != "recorded") {
		return
	}
	who := r.listAfter(i+1, s.Last, 4, doc.Person, doc.Org)
	if len(who) == 0 {
		if j := r.pastDescription(i+1, s); j > 0 {
			who = r.listAfter(j, s.Last, 0, doc.Person, doc.Org)
		}
	}
	if len(who) == 0 {
		return
	}
	w, at := r.definedWork(k, s)
	if w < 0 {
		// "… is a song that was performed": the defined topic.
		if t := r.topicOfType(doc.Work); t >= 0 && s.First == r.d.Sentences[0].First && k > r.topic.cop {
			w, at = t, r.topic.first
		}
	}
	if w < 0 || !r.isRecording(w, at, k) {
		return
	}
	for _, a := range who {
		r.add(w, doc.Performer, a.e, "", at, a.end, scoreGood, "performed-at-by")
	}
}

// guestVerbs say that someone takes part in a recording: "A features on
// the song “W”", "A appeared on the album W", "A provided a guitar solo
// for the album W".
var guestVerbs = set("features", "featured", "appears", "appeared", "guests", "guested", "provided", "provides",
	"contributed", "contributes", "played", "plays", "sang", "sings", "performed", "performs", "performing")

// guestParts are the parts a guest plays on a recording, with the words
// that may come before them ("two guitar solos", "a guest verse").
var guestParts = set("vocals", "vocal", "solo", "solos", "guitar", "verse", "verses", "rap", "harmonies", "backing",
	"piano", "drums", "bass", "saxophone", "keyboards", "percussion", "lead", "guest", "additional", "harmony",
	"trumpet", "violin", "strings", "two", "three", "a", "an", "the", "his", "her", "their")

// guestRecordingNouns are the recordings a guest appears on.
var guestRecordingNouns = set("song", "single", "track", "album", "ep", "mixtape", "record", "recording", "duet")

// guestOn: "He features on the song “W”", "A appears on the 2010 album W
// by B", "A has contributed a piano part for the album W", "performing
// the solo for the song “W”" — a person or a band named (or referred to)
// right before a verb of taking part, then "on" or "for" and a recording
// noun with its title: the guest performs the recording too. A part
// played ("a guitar solo") may come between verb and preposition; a name
// there ("a solo for the band B on the track W") stops the rule, since
// the recording is then said to be someone else's.
func (r *run) guestOn(i int, s doc.Sentence) {
	a, at := -1, i-1
	switch {
	case i > s.First && r.entityAt(i-1) >= 0:
		a = r.entityAt(i - 1)
	case i-1 > s.First && (r.words[i-1] == "also" || r.words[i-1] == "has" || r.words[i-1] == "had" || r.words[i-1] == "later") && r.entityAt(i-2) >= 0:
		a, at = r.entityAt(i-2), i-2
	case i-1 > s.First && r.words[i-1] == "," && r.words[i] == "performing":
		// "A appears on …, performing the solo for the song “W”": the
		// subject of the clause before.
		for k := i - 2; k >= s.First; k-- {
			if e := r.entityAt(k); e >= 0 && r.mentionStart(k) == s.First {
				a, at = e, k
			}
		}
	}
	if a < 0 || r.inQ[at] || r.mentionEnd(at) > i {
		return
	}
	if !r.personOrBand(a) {
		return
	}
	if p, _ := r.docPerformer(); p >= 0 && p != a && r.memberOfPerformer(a, p) {
		return // a member of the article's band plays on the band's own recordings
	}
	// verb [part …] on|for
	k := i + 1
	for n := 0; k < s.Last && n < 6 && r.words[k] != "on" && r.words[k] != "for"; n, k = n+1, k+1 {
		if !guestParts[r.words[k]] || r.entityAt(k) >= 0 {
			return
		}
	}
	if k+1 >= s.Last || k == i+1 && r.words[i] != "features" && r.words[i] != "featured" && r.words[i] != "appears" &&
		r.words[i] != "appeared" && r.words[i] != "guests" && r.words[i] != "guested" {
		return // "she sang for …", "he played on …": a part must be named
	}
	// "a guest solo for [the metal band] B on the track W": the recording is
	// B's, the host the guest played for.
	if r.words[k] == "for" {
		h := k + 1
		if d := r.pastDescription(h, s); d > 0 {
			h = d
		}
		if b := r.entityAt(h); b >= 0 && r.mentionStart(h) == h && (r.typeOf(b) == doc.Person || r.typeOf(b) == doc.Org && r.namedBand(b)) {
			if e := r.mentionEnd(h); e+1 < s.Last && r.words[e] == "on" && b != a {
				a, at, k = b, h, e
			}
		}
	}
	// [the|a] [YEAR] [adjectives] NOUN [,] W
	j := k + 1
	for n := 0; j < s.Last && n < 4 && !guestRecordingNouns[r.words[j]]; n, j = n+1, j+1 {
		if r.entityAt(j) >= 0 && r.typeOf(r.entityAt(j)) != doc.Date || r.d.Tokens[j].Kind != doc.Word && r.d.Tokens[j].Kind != doc.Number && r.words[j] != "-" || listStop[r.words[j]] && r.words[j] != "the" && r.words[j] != "a" {
			return
		}
	}
	if j+1 >= s.Last || !guestRecordingNouns[r.words[j]] {
		return
	}
	q := j + 1
	if r.words[q] == "," && q+1 < s.Last {
		q++
	}
	w, wend := -1, -1
	if r.d.Tokens[q].Kind == doc.OpenQuote {
		w, wend = r.quotedAt(q, s)
	} else {
		w = r.titleAfterRecording(q, s, a, -1)
	}
	if w < 0 || w == a || r.typeOf(w) != doc.Work {
		return
	}
	r.add(w, doc.Performer, a, "", at, r.mentionEnd(q), scoreGood, "guest-on-recording")
	if wend > 0 {
		r.hostAlbumAfter(wend, s, a, at)
	}
}

// versionOf: "A's country version of the song", "A's 1965 version of
// “W”" — a performer's possessive before "version of" names who sings that
// recording of the song: the song quoted after "of", or the topic song
// after "of the song". A cover word ("A's cover version of") leaves it to
// the cover guard: the song is someone else's.
func (r *run) versionOf(i int, s doc.Sentence) {
	if i == s.First || i+3 >= s.Last || r.words[i+1] == "cover" {
		return
	}
	a := r.entityAt(i - 1)
	if a < 0 || r.mentionEnd(i-1) != i || r.inQ[i-1] || r.d.Mentions[r.ment[i-1]].Kind != doc.Name {
		return
	}
	if r.typeOf(a) != doc.Person && !(r.typeOf(a) == doc.Org && r.namedBand(a)) {
		return
	}
	// 's [adjectives] version of
	k := i + 1
	for n := 0; k < s.Last && n < 5 && r.words[k] != "version"; n, k = n+1, k+1 {
		if r.entityAt(k) >= 0 && r.typeOf(r.entityAt(k)) != doc.Date || docCoverWords[r.words[k]] ||
			r.d.Tokens[k].Kind != doc.Word && r.d.Tokens[k].Kind != doc.Number && r.words[k] != "-" || listStop[r.words[k]] {
			return
		}
	}
	if k+2 >= s.Last || r.words[k] != "version" || r.words[k+1] != "of" {
		return
	}
	j := k + 2
	w, end := -1, -1
	switch {
	case r.d.Tokens[j].Kind == doc.OpenQuote:
		w, end = r.quotedAt(j, s)
	case j+1 < s.Last && (r.words[j] == "the" || r.words[j] == "this") && (r.words[j+1] == "song" || r.words[j+1] == "single" || r.words[j+1] == "track"):
		if t := r.topicOfType(doc.Work); t >= 0 && (sameClass[r.topic.class] == "song" || r.topic.class == "single") {
			if j+2 >= s.Last || r.d.Tokens[j+2].Kind != doc.OpenQuote && r.entityAt(j+2) < 0 {
				w, end = t, j+2
			}
		}
	}
	if w < 0 || w == a || r.typeOf(w) != doc.Work {
		return
	}
	r.add(w, doc.Performer, a, "", r.mentionStart(i-1), end, scoreGood, "performer's-version")
}

// sungBy: "Its theme “W” was sung by A", "The album was recorded live by
// the band", "“W”, performed by A," — a recording right before a passive
// verb of singing or performing (recording only when done live: "recorded
// by" may name an engineer) and "by" names its performer. The work must be
// a recording: by its class, a recording noun before it, or a quoted title
// in a music article.
func (r *run) sungBy(i int, s doc.Sentence) {
	k := i - 1
	if k-1 <= s.First {
		return
	}
	if r.words[k] == "live" && r.words[k-1] == "recorded" {
		k--
	} else if r.words[k] != "sung" && r.words[k] != "performed" {
		return
	}
	v := k
	k--
	if r.words[k] == "originally" || r.words[k] == "first" || r.words[k] == "also" || r.words[k] == "later" {
		return // "originally sung by A": left to the definition rules
	}
	if r.words[k] == "been" {
		k--
	}
	if !copulas[r.words[k]] && r.words[k] != "has" && r.words[k] != "had" && r.words[k] != "," {
		return
	}
	k-- // the end of the subject
	if k < s.First {
		return
	}
	w, at := -1, -1
	if r.d.Tokens[k].Kind == doc.CloseQuote {
		w, at = r.quotedWorkBefore(k+1, s)
	} else if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Work && r.mentionEnd(k) == k+1 {
		w, at = e, r.mentionStart(k)
	}
	if w < 0 || r.notSongBefore(at, s) {
		return
	}
	quoted := at > s.First && r.d.Tokens[at].Kind == doc.OpenQuote
	theme := quoted && at-1 > s.First && (r.words[at-1] == "theme" || r.words[at-1] == "anthem" || r.words[at-1] == "tune")
	if !r.isRecording(w, at, v) && !(quoted && r.musicDoc()) && !theme {
		return
	}
	who := r.listAfter(i+1, s.Last, 3, doc.Person, doc.Org)
	if len(who) == 0 {
		if j := r.pastDescription(i+1, s); j > 0 {
			who = r.listAfter(j, s.Last, 0, doc.Person, doc.Org)
		}
	}
	for _, a := range who {
		if a.e == w || r.typeOf(a.e) == doc.Org && r.notPerformerOrg(a.e) {
			continue
		}
		r.add(w, doc.Performer, a.e, "", at, a.end, scoreGood, "sung-by")
	}
}

// chartVerbs say that a recording reached a place on a chart.
var chartVerbs = set("reached", "peaked", "climbed", "charted", "topped", "hit")

// chartFor: "“W” reached number three in the UK for A", "W peaked at
// number 12 on the Hot 100 for A" — a recording that opens the sentence,
// a chart verb, its place ("number", "No.", "the top"), then "for" and a
// person or a band: the one the recording charted for performs it.
func (r *run) chartFor(i int, s doc.Sentence) {
	if i+1 >= s.Last {
		return
	}
	// The chart verb and a place between it and "for", no comma between.
	v, place := -1, false
	for k := i - 1; k > s.First && k >= i-14; k-- {
		w := r.words[k]
		if w == "," || w == ";" || w == "for" || w == "by" {
			return
		}
		if w == "number" || w == "no." || w == "top" || strings.HasPrefix(w, "top-") {
			place = true
		}
		if chartVerbs[w] {
			v = k
			break
		}
	}
	if v < 0 || !place {
		return
	}
	// The recording: the subject right before the verb.
	k := v - 1
	if k > s.First && (r.words[k] == "also" || r.words[k] == "later" || r.words[k] == "eventually") {
		k--
	}
	w, at := -1, -1
	if k >= s.First && r.d.Tokens[k].Kind == doc.CloseQuote {
		w, at = r.quotedWorkBefore(k+1, s)
	} else if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Work && r.mentionEnd(k) == k+1 {
		w, at = e, r.mentionStart(k)
	}
	if w < 0 {
		return
	}
	quoted := r.d.Tokens[at].Kind == doc.OpenQuote
	if !r.isRecording(w, at, v) && !(quoted && r.musicDoc()) {
		return
	}
	who := r.listAfter(i+1, s.Last, 2, doc.Person, doc.Org)
	for _, a := range who {
		if a.e == w || r.typeOf(a.e) == doc.Org && (r.notPerformerOrg(a.e) || !r.namedBand(a.e) && !strings.HasSuffix(r.d.Entities[a.e].Name, "s")) {
			continue // "for Harbor Music": a label or a company
		}
		r.add(w, doc.Performer, a.e, "", at, a.end, scoreGood, "chart-for")
	}
}

// coordinatedPerformer returns the person joined by "and" to the subject
// starting at token k ("she and B released a collaborative album"), with
// its first token, or -1: a person named or referred to, never inside
// quotes.
func (r *run) coordinatedPerformer(k int, s doc.Sentence) (int, int) {
	if k-2 < s.First || r.words[k-1] != "and" {
		return -1, -1
	}
	b := r.entityAt(k - 2)
	if b < 0 || r.typeOf(b) != doc.Person || r.inQ[k-2] || r.mentionEnd(k-2) != k-1 {
		return -1, -1
	}
	at := r.mentionStart(k - 2)
	if at > s.First && (r.words[at-1] == "," || r.words[at-1] == "of" || r.words[at-1] == "by" || r.words[at-1] == "with") {
		return -1, -1 // a list or an object, not a subject
	}
	return b, at
}

// parenSong: "“W” (A song)", "W (A album)" — a title followed by a
// parenthesis that holds only a person's or a band's name and a recording
// noun, the way lists and disambiguations name a recording's performer.
func (r *run) parenSong(i int, s doc.Sentence) {
	if i+4 >= s.Last || r.words[i] != "(" || i == s.First {
		return
	}
	a := r.entityAt(i + 1)
	if a < 0 || r.mentionStart(i+1) != i+1 || r.d.Mentions[r.ment[i+1]].Kind != doc.Name {
		return
	}
	e := r.mentionEnd(i + 1)
	if e+1 >= s.Last || !guestRecordingNouns[r.words[e]] || r.words[e] == "duet" || r.words[e+1] != ")" {
		return
	}
	switch r.typeOf(a) {
	case doc.Person:
	case doc.Org:
		if r.notPerformerOrg(a) {
			return
		}
	default:
		return
	}
	w, at := -1, -1
	if r.d.Tokens[i-1].Kind == doc.CloseQuote {
		w, at = r.quotedWorkBefore(i, s)
	} else if x := r.entityAt(i - 1); x >= 0 && r.typeOf(x) == doc.Work && r.mentionEnd(i-1) == i {
		w, at = x, r.mentionStart(i-1)
	}
	if w < 0 || w == a {
		return
	}
	r.add(w, doc.Performer, a, "", at, e+2, scoreGood, "title-performer-song")
}

// theirSongs: "he formed the band B with C, and released an album with the
// group, featuring their hit singles “W”, “X” and “Y”" — in a music
// article, "their" before recording nouns and a list of quoted titles
// refers to the one band the sentence names before it: the titles are the
// band's.
func (r *run) theirSongs(i int, s doc.Sentence) {
	if r.entityAt(i) >= 0 && r.d.Mentions[r.ment[i]].Kind != doc.Pronoun || !r.musicDoc() {
		return
	}
	band := -1
	for k := i - 1; k >= s.First && k >= i-maxBack; k-- {
		e := r.entityAt(k)
		if e < 0 || r.d.Mentions[r.ment[k]].Kind == doc.Pronoun || r.typeOf(e) != doc.Org {
			continue
		}
		k = r.mentionStart(k)
		if r.notPerformerOrg(e) {
			continue
		}
		if !r.namedBand(e) || band >= 0 && band != e {
			return // an organisation not called a band, or two bands
		}
		band = e
	}
	if band < 0 {
		return
	}
	// their [adjectives] singles|songs|hits [,|:] “W”, “X” and “Y”
	k := i + 1
	for n := 0; k < s.Last && n < 4 && !songPlurals[r.words[k]] && r.words[k] != "hits"; n, k = n+1, k+1 {
		if r.entityAt(k) >= 0 || r.d.Tokens[k].Kind != doc.Word && r.words[k] != "-" || listStop[r.words[k]] {
			return
		}
	}
	if k+1 >= s.Last || !songPlurals[r.words[k]] && r.words[k] != "hits" {
		return
	}
	j := k + 1
	if r.words[j] == "," || r.words[j] == ":" {
		j++
	}
	for n := 0; n < 8 && j < s.Last && r.d.Tokens[j].Kind == doc.OpenQuote; n++ {
		w, end := r.quotedAt(j, s)
		if w < 0 {
			return
		}
		if r.performerOf(w) != band {
			r.add(w, doc.Performer, band, "", i, end, scoreGood, "their-songs")
		}
		var ok bool
		if j, ok = r.listSep(end, s.Last); !ok {
			return
		}
	}
}

// personOrBand reports whether e can perform a recording: a person, or an
// organisation named as a band.
func (r *run) personOrBand(e int) bool {
	switch r.typeOf(e) {
	case doc.Person:
		return true
	case doc.Org:
		return r.namedBand(e)
	}
	return false
}

// musicPass reads recordings and their performers over the whole document, after the
// sentence rules.
func (r *run) musicPass() {
	r.toursOf()
	r.latterProducers()
	r.producedByPair()
	r.guestSongHost()
	if !r.musicDoc() {
		return
	}
	// Memberships read over the document may clear a sentence whose
	// recordings docSongs left, for a member named in it.
	for _, s := range r.d.Sentences {
		r.docSongs(s)
	}
	r.membersPerform()
	r.performerNamedRecording()
	r.topicsBandWorks()
}

// topicsBandWorks: "In 1997, he formed the duo B with C, and released an
// album featuring their hit singles “W” and “Y”" — in an article about a
// singer, the recordings of a band the singer is a member of are the
// singer's too; so in "the discography of singer A" with "her band, B".
func (r *run) topicsBandWorks() {
	t := r.topic.ent
	if t < 0 || r.topic.class != "person" || r.typeOf(t) != doc.Person {
		if t = r.discographyOf(); t < 0 || r.typeOf(t) != doc.Person {
			return
		}
	}
	var bands []int
	for _, c := range r.out {
		if c.Predicate == doc.MemberOf && c.Subject == t && c.Object >= 0 && r.typeOf(c.Object) == doc.Org && !slices.Contains(bands, c.Object) {
			bands = append(bands, c.Object)
		}
	}
	var works []doc.Claim
	for _, c := range r.out {
		if c.Predicate == doc.Performer && slices.Contains(bands, c.Object) && r.typeOf(c.Subject) == doc.Work {
			works = append(works, c)
		}
	}
	for _, c := range works {
		if c.Subject != t && !r.hasClaim(c.Subject, doc.Performer, t) {
			a, b := r.spanTokens(c.Evidence.Span)
			r.add(c.Subject, doc.Performer, t, "", a, b, scoreGood-0.2, "member's-band-work")
		}
	}
}

// membersPerform: "the group consists of vocalist A and guitarist B" and
// "the band released its second album W" — the members a band article
// names perform the band's albums too (a single may be one member's).
// Only for the band the article is about, with at most six members named.
func (r *run) membersPerform() {
	band := r.topic.ent
	if band < 0 || sameClass[r.topic.class] != "band" || r.typeOf(band) != doc.Org {
		return
	}
	var members []int
	seen := map[int]bool{}
	for _, c := range r.out {
		if c.Predicate == doc.MemberOf && c.Object == band && c.Subject >= 0 && r.typeOf(c.Subject) == doc.Person && !seen[c.Subject] {
			seen[c.Subject] = true
			members = append(members, c.Subject)
		}
	}
	if len(members) == 0 || len(members) > 6 {
		return
	}
	var works []doc.Claim
	for _, c := range r.out {
		if c.Predicate == doc.Performer && c.Object == band && r.typeOf(c.Subject) == doc.Work {
			works = append(works, c)
		}
	}
	for _, c := range works {
		a, b := r.spanTokens(c.Evidence.Span)
		if !r.albumNounIn(a, b) {
			continue // a single may be one member's
		}
		for _, m := range members {
			if m != c.Subject && !r.hasClaim(c.Subject, doc.Performer, m) {
				r.add(c.Subject, doc.Performer, m, "", a, b, scoreGood-0.2, "band-member-performs")
			}
		}
	}
}

// albumNouns name a long recording a whole band makes.
var albumNouns = set("album", "albums", "lp", "ep")

// albumNounIn reports whether an album noun stands in tokens [a, b).
func (r *run) albumNounIn(a, b int) bool {
	for k := max(a, 0); k < b && k < len(r.words); k++ {
		if albumNouns[r.words[k]] && !r.inQ[k] {
			return true
		}
	}
	return false
}

// pastTitleArticle returns the token after a title's leading "The" when a
// name mention starts right after it ("The Battle of X": the tagger named
// "Battle of X"), else j.
func (r *run) pastTitleArticle(j int, s doc.Sentence) int {
	if j+1 < s.Last && r.words[j] == "the" && r.ment[j] < 0 && r.entityAt(j+1) >= 0 && r.mentionStart(j+1) == j+1 &&
		r.d.Mentions[r.ment[j+1]].Kind == doc.Name {
		return j + 1
	}
	return j
}

// spanTokens returns the tokens [a, b) a byte span covers.
func (r *run) spanTokens(sp doc.Span) (int, int) {
	a := min(r.d.TokenAt(sp.Start), len(r.d.Tokens)-1)
	return a, max(r.d.TokenAt(max(sp.End-1, sp.Start))+1, a+1)
}
