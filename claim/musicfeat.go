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
