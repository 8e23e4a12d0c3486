package claim

import (
	"strings"

	"github.com/newsgraph/newsgraph/doc"
)

// Recordings read from the whole document: in an article whose topic is a
// recording, a band, a singer or a discography, the songs and albums named
// later ("The album's singles were “A” and “B”", "the band's second album,
// W") are the topic performer's, unless the sentence names another
// performer, calls the song a cover or a sample, or says who recorded it
// first.

// docTrackCues are the words that make a sentence of a music article talk
// about recordings: "The album contains “A”", "“B” was released as the
// second single", "the band performed “C” live".
var docTrackCues = set("contains", "contained", "features", "featured", "includes", "included", "including", "singles",
	"tracks", "spawned", "single", "track", "song", "songs", "b-side", "a-side", "hit", "hits", "released", "recorded",
	"performed", "performing", "perform", "sung", "sang", "medley", "version", "versions", "live", "album", "albums",
	"ep", "charted", "remix", "remixes", "release", "releases", "reissued", "opener", "encore", "setlist", "bonus", "vocals",
	"solo", "success")

// songWeakCues license only the quoted title right after them: "much like the
// previous “W” and the later “Y”".
var songWeakCues = set("previous", "later", "earlier", "follow-up")

// docCoverWords say that a song named near them is someone else's: "a
// cover of “W”", "it samples “W”".
var docCoverWords = set("cover", "covers", "covered", "covering", "sampled", "samples", "sample", "sampling",
	"interpolates", "interpolated", "interpolation", "tribute", "parody", "parodies", "rendition", "renditions",
	"unlike", "compared", "comparisons", "comparison", "reminiscent", "inspired", "based", "answer", "original")

// songMakerWords introduce a song's writers, producers or director, who are
// no performers: "written by A", "with production by B", "producer C".
var songMakerWords = set("written", "co-written", "penned", "composed", "co-composed", "produced", "co-produced",
	"directed", "mixed", "engineered", "mastered", "production", "lyrics", "music", "producer", "producers",
	"songwriter", "songwriters", "writer", "writers", "composer", "director", "engineer", "arranged", "arranger",
	"co-wrote", "wrote", "co-produced", "conducted", "conductor", "photographer", "designed", "manager", "managed")

// notPerformerOrgWords name organisations that chart, sell, certify or
// broadcast recordings but do not perform them, and the formats and
// venues the tagger takes for organisations.
var notPerformerOrgWords = set("billboard", "chart", "charts", "association", "awards", "award", "store", "itunes",
	"radio", "tv", "television", "magazine", "news", "festival", "contest", "academy", "council", "university",
	"company", "inc", "inc.", "ltd", "corporation", "institute", "industry", "federation", "channel", "network",
	"cd", "dvd", "lp", "vinyl", "vhs", "blu-ray", "mp3", "r&b", "mtv", "vh1", "day", "hall", "arena", "stadium", "theatre",
	"theater", "club", "cafe", "studio", "studios")

// songEditionWords name editions, charts and formats of recordings, which
// the tagger may take for a person or a band: "the Deluxe Edition and
// Club Mix versions", "the UK Singles Chart".
var songEditionWords = set("edition", "editions", "hits", "version", "versions", "remix", "remixes", "chart", "charts",
	"singles", "deluxe", "anniversary", "reissue", "gala", "ceremony", "ep")

// orgPlacePreps put an organisation as a place or a source: "on the CCTV
// Gala", "per BMI and ASCAP", "at the Roxy".
var orgPlacePreps = set("at", "on", "per", "in", "from", "into", "onto", "via", "during")

// orgAsPlace reports whether the organisation named at token k follows a
// preposition of place or source, past "the" and a list of other names
// ("per BMI and ASCAP"): a venue, a show or a rights body, not someone
// who sings.
func (r *run) orgAsPlace(k int, s doc.Sentence) bool {
	for j := k - 1; j >= s.First && j >= k-12; j-- {
		w := r.words[j]
		switch {
		case orgPlacePreps[w]:
			return true
		case w == "the" || w == "and" || w == ",":
		case r.ment[j] >= 0 && r.typeOf(r.entityAt(j)) == doc.Org:
			j = r.mentionStart(j)
		default:
			return false
		}
	}
	return false
}

// songInstruments are the parts a musician plays on a recording.
var songInstruments = set("bass", "drums", "guitar", "guitars", "keyboards", "piano", "vocals", "saxophone", "trumpet",
	"violin", "cello", "percussion", "organ", "synthesizer", "synthesizers", "harmonica", "flute", "banjo", "mandolin",
	"lead", "backing", "rhythm", "solo", "solos", "harmonies")

// playerAt reports whether the name ending at token k names a musician
// who plays a part on the sentence's recording rather than another
// performer: "featuring B on bass", "B provided a guitar solo on “W”",
// "B, who was then in another band, provided additional vocals on “W”".
func (r *run) playerAt(k int, s doc.Sentence) bool {
	j := k + 1
	if j+1 < s.Last && r.words[j] == "on" && songInstruments[r.words[j+1]] {
		return true
	}
	if j < s.Last && r.words[j] == "," {
		// past a relative clause: ", who was in X during this time,"
		for n := j + 1; n < s.Last && n < j+14; n++ {
			if r.words[n] == "," {
				j = n + 1
				break
			}
		}
	}
	if j < s.Last && (r.words[j] == "also" || r.words[j] == "later") {
		j++
	}
	if j >= s.Last || (r.words[j] != "provided" && r.words[j] != "provides" && r.words[j] != "contributed" &&
		r.words[j] != "contributes" && r.words[j] != "added" && r.words[j] != "played") {
		return false
	}
	part := false
	for n := j + 1; n < s.Last && n < j+6; n++ {
		switch w := r.words[n]; {
		case songInstruments[w]:
			part = true
		case w == "on" || w == "for":
			return part
		case !guestParts[w] && w != "additional":
			return false
		}
	}
	return false
}

// songRecordingClass are class nouns of recordings beyond albums and songs:
// "X was a release by the band Y".
var songRecordingClass = set("release", "compilation", "recording", "lp", "hit", "remix", "disc", "cd")

// docPerformer returns the performer whose recordings the document is
// about, and the topic recording (or -1): the performer of an album or a
// song the document defines, the band or the singer it defines, or the
// artist of a discography ("The discography of English rock band X
// consists of …").
func (r *run) docPerformer() (int, int) {
	t := r.topic.ent
	if t < 0 {
		if a := r.discographyOf(); a >= 0 {
			return a, -1
		}
		return r.openingRecording()
	}
	switch {
	case sameClass[r.topic.class] == "album" || sameClass[r.topic.class] == "song" || songRecordingClass[r.topic.class]:
		return r.performerOf(t), t
	case sameClass[r.topic.class] == "band" || songEnsembleClass[r.topic.class] && r.musicDoc():
		return t, -1
	case r.topic.class == "person" && r.musicDoc() && r.definesPerformer():
		return t, -1
	}
	return -1, -1
}

// openingRecording returns, for a document without a topic, the performer
// and the recording the opening sentence names first when a rule gave it a
// performer there ("“W” is the name of the second single lifted from A's
// album", "W is a compact disc credited to A"), or -1, -1.
func (r *run) openingRecording() (int, int) {
	if len(r.d.Sentences) == 0 || !r.musicDoc() {
		return -1, -1
	}
	s := r.d.Sentences[0]
	k := s.First
	if k < s.Last && r.d.Tokens[k].Kind == doc.OpenQuote {
		k++
	}
	w := r.entityAt(k)
	if w < 0 || r.mentionStart(k) != k || r.typeOf(w) != doc.Work {
		return -1, -1
	}
	for _, c := range r.out {
		if c.Predicate == doc.Performer && c.Subject == w && c.Object >= 0 && c.Evidence.Sentence == 0 {
			return c.Object, w
		}
	}
	return -1, -1
}

// songEnsembleClass are topic classes of groups that perform music when the
// article is about music: "an American soul studio project", "a computer
// music ensemble".
var songEnsembleClass = set("ensemble", "orchestra", "choir", "project", "octet", "quintet", "sextet", "collective")

// songSingerNouns call a person a performer of recordings; a songwriter, a
// composer or a producer alone writes or makes songs others sing.
var songSingerNouns = set("singer", "singer-songwriter", "rapper", "vocalist", "musician", "guitarist", "pianist", "dj",
	"entertainer", "performer", "idol", "artist", "drummer", "bassist", "saxophonist", "trumpeter", "violinist",
	"cellist", "keyboardist", "crooner", "mc", "frontman", "frontwoman", "yodeler", "soprano", "tenor", "baritone",
	"mezzo-soprano", "contralto")

// definesPerformer reports whether the definition that opens the document
// calls its person topic a singer or a musician ("X (born 1970) is an
// American singer and actress"), or a band.
func (r *run) definesPerformer() bool {
	s := r.d.Sentences[0]
	// "X were an experimental rock band": a plural copula names a group
	// the tagger took for a person.
	group := r.words[r.topic.cop] == "were" || r.words[r.topic.cop] == "are" || r.typeOf(r.topic.ent) == doc.Org
	for k := r.topic.cop + 1; k < s.Last && k < r.topic.cop+20; k++ {
		if songSingerNouns[r.words[k]] || group && bandNouns[r.words[k]] {
			return true
		}
	}
	return false
}

// discographyOf returns the artist of a discography or a list article:
// "The discography of A consists of", "The album discography of the singer
// A consists of", "This is a list of songs recorded by English singer A.",
// "The following is a list of albums released by the band A", or -1.
func (r *run) discographyOf() int {
	if len(r.d.Sentences) == 0 {
		return -1
	}
	s := r.d.Sentences[0]
	k := s.First
	for n := 0; k < s.Last && n < 6 && r.words[k] != "discography" && r.words[k] != "list"; n++ {
		k++
	}
	if k+1 >= s.Last || r.words[k+1] != "of" {
		return -1
	}
	j := k + 2
	if r.words[k] == "list" {
		// list of songs|singles|albums recorded|released|performed by
		if j+2 >= s.Last || !songPlurals[r.words[j]] || !listVerbs[r.words[j+1]] || r.words[j+2] != "by" {
			return -1
		}
		j += 3
	} else if r.words[k] != "discography" {
		return -1
	}
	if d := r.pastDescription(j, s); d > 0 {
		j = d
	} else if j < s.Last && r.words[j] == "the" {
		j++
	}
	a := r.entityAt(j)
	if a < 0 || (r.typeOf(a) != doc.Person && r.typeOf(a) != doc.Org) || r.mentionStart(j) != j {
		return -1
	}
	e := r.mentionEnd(j)
	if e >= s.Last || !discographyEnds[r.words[e]] {
		return -1
	}
	return a
}

// listVerbs say whose recordings a list article lists.
var listVerbs = set("recorded", "released", "performed", "sung", "issued")

// discographyEnds may follow the artist of a discography's opening:
// "consists of", a full stop, a comma.
var discographyEnds = set("consists", "comprises", "includes", "contains", ".", ",", "(", "is", "has", "spans")

// docItem is a recording named in a sentence: its entity, its tokens and
// the guests featured on it.
type docItem struct {
	w, a, b int
	guests  []int
}

// docSongs: in a music article whose performer is known, the recordings a
// sentence names — in quotation marks when a word of the sentence speaks
// of tracks or releases, or right after a recording noun ("the album W",
// "the band's first single, “W”") — are the performer's, unless a
// recording has a performer already, a person or a band other than the
// performer, its writers and its guests is named in the sentence, or a
// word next to the recording calls it a cover. A guest ("“W” (featuring
// B)") performs the recording too.
func (r *run) docSongs(s doc.Sentence) {
	p, t := r.docPerformer()
	if p < 0 {
		return
	}
	pairs, inQ := r.quotePairs(s)
	items, cue := r.docItems(s, p, t, pairs, inQ)
	if len(items) == 0 {
		return
	}
	guest := map[int]bool{}
	owner := map[int]bool{} // "a cover of B's “W”": B is W's, named for it
	for _, it := range items {
		for _, g := range it.guests {
			guest[g] = true
		}
		if o := r.performerOf(it.w); o >= 0 && r.ownerBefore(o, it.a, s) {
			owner[o] = true
		}
	}
	for k := s.First; k < s.Last; k++ {
		if inQ[k-s.First] || r.ment[k] < 0 {
			continue
		}
		e := r.entityAt(k)
		k = r.mentionEnd(k) - 1
		if e < 0 || e == p || guest[e] || owner[e] || r.d.Mentions[r.ment[k]].Kind != doc.Name {
			continue
		}
		if r.typeOf(e) != doc.Person && r.typeOf(e) != doc.Org {
			if (r.typeOf(e) == doc.GPE || r.typeOf(e) == doc.Loc) && k+1 < s.Last && songPerformVerbs[r.words[k+1]] {
				return // "Westbrook released “W”": a band the tagger took for a place
			}
			continue
		}
		if r.samePerformer(e, p) || r.memberOfPerformer(e, p) || r.makerAt(r.mentionStart(k), s) || r.typeOf(e) == doc.Org && (r.notPerformerOrg(e) || !r.namedBand(e) && r.orgAsPlace(r.mentionStart(k), s)) ||
			nameHas(r.d.Entities[e].Name, songEditionWords) || r.playerAt(k, s) {
			continue
		}
		return // another person or band: whose song is unsaid
	}
	if t < 0 && r.writesOnly(s) {
		return // "He co-wrote “W”": a songwriter's song, sung by whoever
	}
	for k := s.First; k+2 < s.Last; k++ {
		if r.words[k] == "originally" && (r.words[k+1] == "recorded" || r.words[k+1] == "performed" ||
			r.words[k+1] == "sung" || r.words[k+1] == "by" || r.words[k+1] == "released" && r.words[k+2] == "by") {
			return // "originally recorded by": someone else's first
		}
	}
	prev := s.First
	for _, it := range items {
		if !cue[it.w] || r.coverNear(it, prev, s) {
			prev = it.b
			continue
		}
		prev = it.b
		if r.performerOf(it.w) >= 0 {
			continue
		}
		r.add(it.w, doc.Performer, p, "", it.a, it.b, scoreGood-0.1, "album-track")
		for _, g := range it.guests {
			r.add(it.w, doc.Performer, g, "", it.a, it.b, scoreGood-0.1, "album-track-guest")
		}
	}
}

// docItems returns the recordings sentence s names for docSongs, and which
// of them count: a quoted title counts in a sentence with a track cue, a
// title after a recording noun always.
func (r *run) docItems(s doc.Sentence, p, t int, pairs [][2]int, inQ []bool) ([]docItem, map[int]bool) {
	cueWord := false
	for k := s.First; k < s.Last; k++ {
		if docTrackCues[r.words[k]] && !inQ[k-s.First] {
			cueWord = true
			break
		}
	}
	var items []docItem
	ok := map[int]bool{}
	seen := map[int]bool{}
	add := func(w, a, b int, byNoun bool) {
		if w < 0 || w == t || w == p || seen[w] || r.notSongBefore(a, s) {
			return
		}
		seen[w] = true
		items = append(items, docItem{w: w, a: a, b: b, guests: append(r.guestsAfter(b, s), r.duetBefore(a, s)...)})
		ok[w] = byNoun || cueWord
	}
	q := 0
	for k := s.First; k < s.Last; k++ {
		if q < len(pairs) && k == pairs[q][0] {
			w, end := r.quotedBetween(k, pairs[q][1])
			if w < 0 {
				w, end = r.quotedOver(k, pairs[q][1])
			}
			add(w, k, end, r.nounBefore(k, s) || k-1 > s.First && songWeakCues[r.words[k-1]])
			k = pairs[q][1]
			q++
			continue
		}
		// "1979's Off the Wall": a year's recording.
		if r.d.Tokens[k].Kind == doc.Number && len(r.words[k]) == 4 && k+2 < s.Last && !inQ[k-s.First] &&
			(r.words[k+1] == "'s" || r.words[k+1] == "’s") {
			if x := r.workAt(k + 2); x >= 0 && r.d.Mentions[r.ment[k+2]].Kind == doc.Name {
				add(x, k, r.mentionEnd(k+2), false)
				k = r.mentionEnd(k+2) - 1
				continue
			}
		}
		if !inQ[k-s.First] && songPlurals[r.words[k]] && k+1 < s.Last {
			// "her earlier two albums Driftwood and Lantern"
			j := k + 1
			if r.words[j] == "," || r.words[j] == ":" {
				j++
			}
			for n := 0; n < 8 && j < s.Last; n++ {
				x := r.workAt(j)
				if x < 0 || r.d.Mentions[r.ment[j]].Kind != doc.Name || inQ[j-s.First] {
					break
				}
				add(x, k, r.mentionEnd(j), true)
				var ok bool
				if j, ok = r.listSep(r.mentionEnd(j), s.Last); !ok {
					break
				}
			}
			continue
		}
		if inQ[k-s.First] || !songNouns[r.words[k]] || k+1 >= s.Last || r.words[k] == "record" && r.words[k+1] != "," {
			continue
		}
		j := k + 1
		if r.words[j] == "," && j+1 < s.Last {
			j++
		}
		if (r.words[j] == "titled" || r.words[j] == "entitled" || r.words[j] == "called") && j+1 < s.Last {
			j++ // "a version of the album titled W"
		}
		if x := r.titleAfterRecording(j, s, p, t); x >= 0 && !inQ[j-s.First] {
			add(x, k, r.mentionEnd(j), true)
		}
	}
	return items, ok
}

// quotePairs returns the quotation marks of sentence s paired, opening to
// closing, and which tokens of s they enclose. Straight marks are paired by
// their order when the sentence holds an even number of them and no curly
// ones: between spaces, the tokenizer may read a straight mark either way.
func (r *run) quotePairs(s doc.Sentence) ([][2]int, []bool) {
	var marks []int
	straight := true
	for k := s.First; k < s.Last; k++ {
		if kd := r.d.Tokens[k].Kind; kd == doc.OpenQuote || kd == doc.CloseQuote {
			marks = append(marks, k)
			if r.d.TokenText(k) != "\"" {
				straight = false
			}
		}
	}
	in := make([]bool, s.Last-s.First)
	var pairs [][2]int
	if straight && len(marks)%2 == 0 {
		for n := 0; n+1 < len(marks); n += 2 {
			pairs = append(pairs, [2]int{marks[n], marks[n+1]})
			for k := marks[n] + 1; k < marks[n+1]; k++ {
				in[k-s.First] = true
			}
		}
		return pairs, in
	}
	for k := s.First; k < s.Last; k++ {
		in[k-s.First] = r.inQ[k]
	}
	for n := 0; n+1 < len(marks); n++ {
		if r.d.Tokens[marks[n]].Kind == doc.OpenQuote && r.d.Tokens[marks[n+1]].Kind == doc.CloseQuote && marks[n+1]-marks[n] <= 15 {
			pairs = append(pairs, [2]int{marks[n], marks[n+1]})
			n++
		}
	}
	return pairs, in
}

// quotedOver returns a new work over the title between the quotation
// marks at tokens k and c when the tagger found only part of it a name
// named nowhere else ("“Tree by the River”" with "River" a person), with
// the token after the closing mark, or -1.
func (r *run) quotedOver(k, c int) (int, int) {
	if c-k-1 < 2 || c-k-1 > 10 || !capitalized(r.d.TokenText(k+1)) {
		return -1, -1
	}
	for j := k + 1; j < c; j++ {
		if r.ment[j] < 0 {
			continue
		}
		e := r.entityAt(j)
		if r.mentionStart(j) <= k || r.mentionEnd(j) > c || r.mentionStart(j) == k+1 && r.mentionEnd(j) == c ||
			e < 0 || len(r.d.Entities[e].Mentions) != 1 ||
			r.d.Mentions[r.ment[j]].Kind != doc.Name {
			return -1, -1
		}
		j = r.mentionEnd(j) - 1
	}
	return r.newMention(k+1, c, doc.Work, doc.Name, -1), c + 1
}

// nounBefore reports whether a recording noun comes right before the
// quotation mark at token k: "the single “W”", "her hit, “W”", "a song
// called “W”".
func (r *run) nounBefore(k int, s doc.Sentence) bool {
	j := k - 1
	if j > s.First && (r.words[j] == "," || r.words[j] == "called" || r.words[j] == "titled" || r.words[j] == "entitled") {
		j--
	}
	return j >= s.First && (songNouns[r.words[j]] || r.words[j] == "hit" || r.words[j] == "singles" || r.words[j] == "songs" ||
		r.words[j] == "tracks")
}

// songScreenWords near a title make it a film, a show or a part in one: "she
// starred in “W”", "his role in “W”".
var songScreenWords = set("starred", "starring", "stars", "appeared", "appears", "role", "roles", "cast",
	"acting", "directed", "film", "films", "movie", "movies", "sitcom", "drama", "programme", "miniseries",
	"television", "tv", "broadway", "stage", "game", "character", "voiced")

// notSongBefore reports whether a noun of a book, a film or a poem comes
// within three tokens before token k ("the film “W”"), or a word of acting
// or of the screen within six ("she starred in the “W”").
func (r *run) notSongBefore(k int, s doc.Sentence) bool {
	for j := k - 1; j >= s.First && j >= k-6; j-- {
		if j >= k-3 && (notSongNouns[r.words[j]] || r.words[j] == "musical" || r.words[j] == "soundtrack") {
			return true
		}
		if songScreenWords[r.words[j]] {
			return true
		}
	}
	return false
}

// guestsAfter returns the guests named right after a recording: "“W”
// (featuring B)", "“W” featuring B and C", "“W” (with B)", "“W”, a duet
// with B".
func (r *run) guestsAfter(k int, s doc.Sentence) []int {
	paren := k < s.Last && (r.words[k] == "(" || r.words[k] == ",")
	if paren {
		k++
	}
	if k+2 < s.Last && r.words[k] == "a" && r.words[k+1] == "duet" && r.words[k+2] == "with" {
		k += 2
	}
	if k < s.Last && (r.words[k] == "sometimes" || r.words[k] == "also") {
		k++
	}
	if k >= s.Last || (r.words[k] != "featuring" && r.words[k] != "feat." && r.words[k] != "ft." && !(paren && r.words[k] == "with")) {
		return nil
	}
	var out []int
	for _, a := range r.listAfter(k+1, s.Last, 0, doc.Person, doc.Org) {
		out = append(out, a.e)
	}
	return out
}

// coverNear reports whether a word calling a recording someone else's
// comes within six tokens before it (not before the previous recording,
// prev) or four after it: "a cover of “W”", "“W”, a cover of".
func (r *run) coverNear(it docItem, prev int, s doc.Sentence) bool {
	for j := it.a - 1; j >= prev && j >= s.First && j >= it.a-6; j-- {
		if docCoverWords[r.words[j]] {
			return true
		}
	}
	for j := it.b; j < s.Last && j < it.b+4; j++ {
		if docCoverWords[r.words[j]] {
			return true
		}
	}
	return false
}

// makerAt reports whether the mention at token k names a writer, a
// producer or a director: a maker word comes before it in the sentence,
// with only a list of names, "by", "and" and commas between.
func (r *run) makerAt(k int, s doc.Sentence) bool {
	for j := k - 1; j >= s.First && j >= k-25; j-- {
		w := r.words[j]
		switch {
		case songMakerWords[w]:
			return true
		case w == "by" || w == "and" || w == "," || w == "&" || w == "the" || w == "with":
		case r.ment[j] >= 0 && r.d.Mentions[r.ment[j]].Kind == doc.Name:
			j = r.mentionStart(j)
		default:
			return false
		}
	}
	return false
}

// samePerformer reports whether e names performer p too: a person's
// surname alone, or a name spelt with other capitals or without "The".
func (r *run) samePerformer(e, p int) bool {
	a, b := strings.ToLower(r.d.Entities[e].Name), strings.ToLower(r.d.Entities[p].Name)
	if strings.TrimPrefix(a, "the ") == strings.TrimPrefix(b, "the ") {
		return true
	}
	if r.typeOf(e) != doc.Person || r.typeOf(p) != doc.Person {
		return false
	}
	fa, fb := strings.Fields(a), strings.Fields(b)
	return len(fa) > 0 && len(fb) > 0 && fa[len(fa)-1] == fb[len(fb)-1]
}

// notPerformerOrg reports whether organisation o charts, sells, certifies
// or broadcasts music rather than performing it: a label, a chart, an
// industry body, a broadcaster.
func (r *run) notPerformerOrg(o int) bool {
	if r.namedBand(o) {
		return false
	}
	for _, c := range r.out {
		if c.Predicate == doc.Performer && c.Object == o {
			return false
		}
	}
	n := r.d.Entities[o].Name
	return nameHas(n, musicLabelWords) || nameHas(n, notPerformerOrgWords) || r.isPlatformName(o)
}

// songRecordingHeads are the plural and singular nouns of recordings that may
// head the subject of "… were credited to A".
var songRecordingHeads = set("album", "albums", "single", "singles", "song", "songs", "track", "tracks", "ep", "eps",
	"record", "records", "recording", "recordings", "release", "releases", "mixtape", "mixtapes", "lp", "lps")

// creditedTo: "Their next album, 1987's W (titled Y in Europe), was
// credited to A and B", "Both albums (W and Y) were credited to A" — the
// recordings of the subject are performed by the names the credit lists.
// The subject must end in a recording noun or a recording's title: a photo
// or a goal credited to someone is no recording.
func (r *run) creditedTo(i int, s doc.Sentence) {
	j := i + 1
	for j < s.Last && (r.words[j] == "solely" || r.words[j] == "jointly" || r.words[j] == "only" || r.words[j] == "entirely") {
		j++
	}
	if j+1 >= s.Last || r.words[j] != "to" || i-2 < s.First || !copulas[r.words[i-1]] && r.words[i-1] != "been" {
		return
	}
	who := r.listAfter(j+1, s.Last, 3, doc.Person, doc.Org)
	if len(who) == 0 {
		return
	}
	// The head of the subject, past a parenthesis and "onwards".
	q := i - 2
	if r.words[q] == "been" || r.words[q] == "have" || r.words[q] == "had" {
		q--
	}
	if q > s.First && r.words[q] == "onwards" {
		q--
	}
	if q > s.First && r.words[q] == ")" {
		c := q
		for q > s.First && r.words[q] != "(" {
			q--
		}
		if q > s.First && songPlurals[r.words[q-1]] {
			r.parenTitles(q, c) // "albums (W and Y)": make the titles works
		}
		q--
	}
	if q < s.First {
		return
	}
	head := songRecordingHeads[r.words[q]]
	if e := r.entityAt(q); e >= 0 && r.typeOf(e) == doc.Work && r.mentionEnd(q) == q+1 {
		head = true
	}
	if !head {
		return
	}
	song := false
	var works []int
	at := -1
	for k := i - 1; k >= s.First && r.words[k] != ";" && r.words[k] != "credited"; k-- {
		if songRecordingHeads[r.words[k]] {
			song = true
		}
		if notSongNouns[r.words[k]] {
			return
		}
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Work {
			works = append(works, e)
			at = r.mentionStart(k)
			k = at
		}
	}
	if !song && !r.isTopic(r.topicOfType(doc.Work)) {
		return
	}
	for _, w := range works {
		if !song && w != r.topic.ent {
			continue
		}
		for _, a := range who {
			r.add(w, doc.Performer, a.e, "", at, a.end, scoreGood, "credited-to")
		}
	}
}

// songPlurals are the plural nouns of recordings.
var songPlurals = set("albums", "singles", "songs", "tracks", "eps", "records", "recordings", "releases", "mixtapes", "lps")

// parenTitles reads the titles listed in the parenthesis between tokens o
// and c after a plural recording noun ("albums (Eyes of Dawn and Red
// Sky)"): each item of the list is made a work — a name the tagger found
// over exactly the item and nowhere else is retyped, an item holding no
// name of its own or only names found once becomes a new work. It returns
// the works.
func (r *run) parenTitles(o, c int) []int {
	if c-o > 25 {
		return nil
	}
	var out []int
	a := o + 1
	for k := o + 1; k <= c; k++ {
		if k < c && r.words[k] != "," && r.words[k] != "and" {
			continue
		}
		if w := r.titleItem(a, k); w >= 0 {
			out = append(out, w)
		}
		a = k + 1
	}
	return out
}

// titleItem makes tokens [a, b) a work when they are shaped like a title,
// and returns it, or -1.
func (r *run) titleItem(a, b int) int {
	if b <= a || b-a > 8 || !capitalized(r.d.TokenText(a)) || !r.titleShaped(a, b) || titleSmall[r.words[b-1]] {
		return -1
	}
	if e := r.entityAt(a); e >= 0 && r.mentionStart(a) == a && r.mentionEnd(a) == b {
		switch {
		case r.typeOf(e) == doc.Work:
			return e
		case r.d.Mentions[r.ment[a]].Kind == doc.Name && r.namedOnly(e):
			r.retype(e, doc.Work)
			return e
		}
		return -1
	}
	for k := a; k < b; k++ {
		if r.ment[k] < 0 {
			continue
		}
		e := r.entityAt(k)
		if r.mentionStart(k) < a || r.mentionEnd(k) > b || e < 0 || len(r.d.Entities[e].Mentions) != 1 {
			return -1
		}
		k = r.mentionEnd(k) - 1
	}
	return r.newMention(a, b, doc.Work, doc.Name, -1)
}

// hitFor: "“W”, a worldwide number one hit for A", "W was a top-20 hit for
// A", "It became a hit for A" — the recording a hit is said of is
// performed by the one it was a hit for. A box-office hit is no
// recording: the work must be one by its class or a word near it.
func (r *run) hitFor(i int, s doc.Sentence) {
	who := r.listAfter(i+1, s.Last, 2, doc.Person, doc.Org)
	if len(who) == 0 {
		return
	}
	w, at := r.definedWork(i-1, s)
	if w < 0 {
		// "“W”, a hit for A": a quoted title no tagger named.
		for k := i - 2; k > s.First && k >= i-8; k-- {
			if r.words[k] == "," {
				w, at = r.quotedWorkBefore(k, s)
				break
			}
		}
	}
	if w < 0 {
		// "It became a hit for A", "The song was a hit for A"
		for k := i - 2; k >= s.First && k >= i-8; k-- {
			if r.words[k] == "became" || copulas[r.words[k]] {
				if k-1 >= s.First && r.entityAt(k-1) >= 0 && r.typeOf(r.entityAt(k-1)) == doc.Work {
					w, at = r.entityAt(k-1), r.mentionStart(k-1)
				}
				break
			}
		}
	}
	if w < 0 {
		return
	}
	chart := false
	for k := at; k < i; k++ {
		if notSongNouns[r.words[k]] || r.words[k] == "box-office" || r.words[k] == "office" || r.words[k] == "ratings" {
			return
		}
		if r.words[k] == "number" || r.words[k] == "top" || strings.HasPrefix(r.words[k], "top-") || r.words[k] == "chart" {
			chart = true // "a number one hit", "a top-20 hit"
		}
	}
	if !chart && !r.isRecording(w, at, i) && !(r.musicDoc() && at > s.First && r.d.Tokens[at-1].Kind == doc.OpenQuote) {
		return
	}
	for _, a := range who {
		if a.e != w {
			r.add(w, doc.Performer, a.e, "", at, a.end, scoreGood, "hit-for")
		}
	}
}

// songWriteVerbs say someone wrote or produced a song; songPerformVerbs that
// someone sang, played or released it.
var (
	songWriteVerbs   = set("composition", "compositions", "wrote", "co-wrote", "write", "writes", "writing", "written", "co-written", "penned", "composed", "co-composed", "co-produced", "arranged")
	songPerformVerbs = set("sang", "sung", "sings", "sing", "singing", "performed", "performs", "performing", "recorded", "records", "recording", "released", "releases", "releasing", "covered", "played")
)

// writesOnly reports whether sentence s says that someone wrote or
// produced its songs without saying that anyone sang or released them.
func (r *run) writesOnly(s doc.Sentence) bool {
	write := false
	for k := s.First; k < s.Last; k++ {
		if r.inQ[k] {
			continue
		}
		if songPerformVerbs[r.words[k]] {
			return false
		}
		if songWriteVerbs[r.words[k]] || r.words[k] == "produced" && k+1 < s.Last && r.words[k+1] == "by" {
			write = true // "it also produced her biggest hit" yields, not writes
		}
	}
	return write
}

// namedOnly reports whether entity e is named and never referred to by a
// pronoun or a noun: a title the tagger took for a person may be retyped.
func (r *run) namedOnly(e int) bool {
	for _, mi := range r.d.Entities[e].Mentions {
		if r.d.Mentions[mi].Kind != doc.Name {
			return false
		}
	}
	return true
}

// selfTitled makes the mention at token j, a band's name right after a
// recording noun ("its self-titled debut album X"), the title of a new
// work: every mention of the band over the same words moves to the album.
// It returns the work.
func (r *run) selfTitled(j int) int {
	band := r.entityAt(j)
	m := r.d.Mentions[r.ment[j]]
	r.d.Entities = append(r.d.Entities, doc.Entity{Type: doc.Work, Name: r.d.Entities[band].Name})
	w := len(r.d.Entities) - 1
	var move []int
	for _, mi := range r.d.Entities[band].Mentions {
		if r.d.Mentions[mi].Start == m.Start && r.d.Mentions[mi].End == m.End {
			move = append(move, mi)
		}
	}
	for _, mi := range move {
		r.relink(mi, w)
	}
	return w
}

// nameSong: "the Beatles song “Yesterday”", "a Tessa Wren single, “W”",
// "the Oasis album Definitely Maybe" — a singer's or a band's name used as
// a modifier of a recording noun names its performer. A band is a name
// the document calls a band or a plural one ("the Killers"): "the Motown
// single" names a label.
func (r *run) nameSong(i int, s doc.Sentence) {
	if i-2 < s.First || i+1 >= s.Last {
		return
	}
	a := r.entityAt(i - 1)
	if a < 0 || r.mentionEnd(i-1) != i || r.d.Mentions[r.ment[i-1]].Kind != doc.Name {
		return
	}
	from := r.mentionStart(i - 1)
	if from == s.First || (r.words[from-1] != "the" && r.words[from-1] != "a" && r.words[from-1] != "an") {
		return
	}
	switch r.typeOf(a) {
	case doc.Person:
	case doc.Org:
		n := r.d.Entities[a].Name
		if !r.namedBand(a) && (!strings.HasSuffix(n, "s") || nameHas(n, musicLabelWords) || r.notPerformerOrg(a)) {
			return
		}
	default:
		return
	}
	j := i + 1
	if r.words[j] == "," && j+1 < s.Last {
		j++
	}
	w, end := -1, -1
	if r.d.Tokens[j].Kind == doc.OpenQuote {
		w, end = r.quotedAt(j, s)
	} else if capitalized(r.d.TokenText(j)) {
		if e := r.workAt(j); e >= 0 {
			w, end = e, r.mentionEnd(j)
		}
	}
	if w < 0 || w == a {
		return
	}
	r.add(w, doc.Performer, a, "", from, end, scoreGood, "name-song")
}

// duetBefore returns the partners of a duet named right before the
// recording at token a: "a duet with B on “W”".
func (r *run) duetBefore(a int, s doc.Sentence) []int {
	k := a - 1
	if k-3 < s.First || r.words[k] != "on" {
		return nil
	}
	var who []agent
	for j := k - 1; j > s.First && j >= k-10; j-- {
		if r.words[j] == "with" && r.words[j-1] == "duet" {
			who = r.listAfter(j+1, k, 0, doc.Person, doc.Org)
			break
		}
	}
	if len(who) == 0 || who[len(who)-1].end != k {
		return nil
	}
	var out []int
	for _, x := range who {
		out = append(out, x.e)
	}
	return out
}

// titleAfterRecording returns the work named at token j right after a
// recording noun in a music article ("the successful album W", "his
// follow-up record, W"): a work mention, a name found once and not
// followed by a verb (retyped), or capitalized words no tagger named; not
// the performer p or the topic t themselves.
func (r *run) titleAfterRecording(j int, s doc.Sentence, p, t int) int {
	if j >= s.Last || !capitalized(r.d.TokenText(j)) {
		return -1
	}
	if e := r.entityAt(j); e >= 0 {
		if e == p || e == t || r.mentionStart(j) != j || r.d.Mentions[r.ment[j]].Kind != doc.Name {
			return -1
		}
		if r.typeOf(e) == doc.Work {
			return e
		}
		end := r.mentionEnd(j)
		if len(r.d.Entities[e].Mentions) > 1 || end < s.Last && (verbLike(r.words[end]) || r.words[end] == "'s" || r.words[end] == "’s") {
			return -1 // "the album Sony released", "the single Madonna's fans chose"
		}
	}
	return r.titleAfterNoun(j, s)
}

// memberOfPerformer reports whether person e is said to be a member of
// band p: "Salt Harbor's final album featuring Tom Reyes on bass" names a
// member, not another performer.
func (r *run) memberOfPerformer(e, p int) bool {
	if r.typeOf(p) != doc.Org {
		return false
	}
	for _, c := range r.out {
		if c.Predicate == doc.MemberOf && c.Subject == e && c.Object >= 0 && (c.Object == p || r.samePerformer(c.Object, p)) {
			return true
		}
	}
	return false
}

// ownerBefore reports whether performer o is named by a possessive right
// before the recording whose title opens at token a: "B's “W”".
func (r *run) ownerBefore(o, a int, s doc.Sentence) bool {
	k := a - 1
	if k-1 < s.First || r.words[k] != "'s" && r.words[k] != "’s" && r.words[k] != "'" {
		return false
	}
	return r.entityAt(k-1) == o && r.mentionEnd(k-1) == k
}
