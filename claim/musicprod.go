package claim

import (
	"slices"

	"github.com/newsgraph/newsgraph/doc"
)

// Producers of recordings: the album a song article says the song comes
// from was produced by the song's producers too.

// songAlbum returns the album the definition of a song topic says it comes
// from ("W is a song by A, taken from her third studio album Y"), or -1.
func (r *run) songAlbum() int {
	t := r.topic
	if t.ent < 0 || r.typeOf(t.ent) != doc.Work || t.class != "song" && t.class != "single" && t.class != "track" {
		return -1
	}
	var s doc.Sentence
	found := false
	for _, x := range r.d.Sentences {
		if x.First <= t.first && t.first < x.Last {
			s, found = x, true
			break
		}
	}
	if !found {
		return -1
	}
	for j := max(t.cop, s.First); j < s.Last; j++ {
		if r.words[j] != "from" || r.inQ[j] {
			continue
		}
		for k := j + 1; k < s.Last && k <= j+7; k++ {
			if r.words[k] == "by" || r.words[k] == "for" {
				break
			}
			if r.words[k] != "album" {
				continue
			}
			n := k + 1
			if n < s.Last && r.words[n] == "," {
				n++
			}
			if n < s.Last && r.d.Tokens[n].Kind == doc.OpenQuote {
				n++
			}
			if y := r.titleAfterRecording(n, s, -1, t.ent); y >= 0 && r.typeOf(y) == doc.Work {
				return y
			}
			return -1
		}
		return -1
	}
	return -1
}

// songAlbumProducers: in an article about a song taken from an album, the
// people who produced the song produced that album too (as one of its
// producers). Run once, at the end of the document.
func (r *run) songAlbumProducers() {
	y := r.songAlbum()
	if y < 0 {
		return
	}
	var add []doc.Claim
	for _, c := range r.out {
		if c.Subject == r.topic.ent && c.Predicate == doc.ProducedBy && c.Object >= 0 && r.typeOf(c.Object) == doc.Person {
			add = append(add, c)
		}
	}
	for _, c := range add {
		if r.hasClaim(y, doc.ProducedBy, c.Object) {
			continue
		}
		m := r.d.Mentions[r.d.Entities[y].Mentions[0]]
		a := r.d.TokenAt(m.Start)
		r.add(y, doc.ProducedBy, c.Object, "", a, a+1, scoreGood-0.1, "song's-album-producer")
	}
}

// producedSkip may stand between a producer and "produced": "A also
// produced", "A, who had produced".
var producedSkip = set("also", "who", "had", "has", "later", "then", "both", "himself", "herself", "themselves", "jointly")

// recordingModifiers may come between the verb and a recording noun: "the
// band's previous record", "her debut studio album".
var recordingModifiers = set("the", "a", "his", "her", "their", "its", "previous", "next", "debut", "first", "second",
	"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "final", "new", "studio", "solo",
	"live", "entire", "whole", "lead", "latest", "follow-up", "subsequent", "self-titled", "'s", "’s")

// producedRecording: "A produced the album W", "A, who also produced B's
// previous record, W", "A produced the album with B" — a person named
// right before "produced" (or "co-produced") produced the recording a
// recording noun and its title name after the verb; "the album" alone in
// an article about an album is the topic. Another person after "with"
// produced it too. Films and shows are left to the screen rules: the noun
// must be a recording's.
func (r *run) producedRecording(i int, s doc.Sentence) {
	if r.inQ[i] || i+1 >= s.Last || r.words[i+1] == "by" || !r.musicDoc() {
		return
	}
	j := i - 1
	for j >= s.First && j > i-4 && producedSkip[r.words[j]] {
		j--
	}
	if j < s.First {
		return
	}
	a, at := -1, -1
	if r.words[j+1] == "who" {
		a, at = r.personBefore(j+2, s.First)
	} else if e := r.entityAt(j); e >= 0 && r.typeOf(e) == doc.Person && !r.inQ[j] && r.mentionEnd(j) == j+1 {
		a, at = e, r.mentionStart(j)
	}
	if a < 0 {
		return
	}
	k, poss := i+1, false
	for k < s.Last && k < i+8 {
		if e := r.entityAt(k); e >= 0 && r.mentionEnd(k) < s.Last && (r.words[r.mentionEnd(k)] == "'s" || r.words[r.mentionEnd(k)] == "’s") {
			k, poss = r.mentionEnd(k)+1, true // "B's previous record"
			continue
		}
		if !recordingModifiers[r.words[k]] {
			break
		}
		k++
	}
	if k >= s.Last || !songNouns[r.words[k]] || r.words[k] == "recording" || r.words[k] == "recordings" {
		return
	}
	noun := r.words[k]
	n := k + 1
	if n < s.Last && r.words[n] == "," {
		n++
	}
	w := r.titleAfterRecording(n, s, a, -1)
	end := min(n+1, s.Last)
	if w < 0 && !poss && r.words[i+1] == "the" && k == i+2 && r.topic.ent >= 0 && r.typeOf(r.topic.ent) == doc.Work && r.topic.class == noun {
		w, end = r.topic.ent, k+1 // "produced the album" in the album's article
	}
	if w < 0 || r.typeOf(w) != doc.Work {
		return
	}
	r.add(w, doc.ProducedBy, a, "", at, end, scoreGood, "produced-recording")
	if end+1 < s.Last && r.words[end] == "with" {
		if b := r.entityAt(end + 1); b >= 0 && b != a && r.typeOf(b) == doc.Person && r.mentionStart(end+1) == end+1 {
			r.add(w, doc.ProducedBy, b, "", at, r.mentionEnd(end+1), scoreGood, "produced-recording")
		}
	}
}

// withProducer: "She recorded the album W with producer A", "W was
// co-written by producer A and B" — "producer" right after "with" or "by"
// names a producer of the recording the sentence names before it: a work
// that is a recording (films and shows are the screen rules'). An
// executive producer is no producer of the recording.
func (r *run) withProducer(i int, s doc.Sentence) {
	j := i - 1
	if j >= s.First && r.words[j] == "the" {
		j--
	}
	if j < s.First || r.inQ[i] || r.words[j] != "with" && r.words[j] != "by" || !r.musicDoc() {
		return
	}
	who := r.listAfter(i+1, s.Last, 0, doc.Person)
	if len(who) == 0 {
		return
	}
	w, at := r.workBefore(j, s.First)
	if w < 0 || !r.isRecording(w, at, i) {
		return
	}
	if r.words[i] == "producer" {
		who = who[:1] // "by producer A and B": B may be a co-writer only
	}
	for _, a := range who {
		r.add(w, doc.ProducedBy, a.e, "", at, a.end, scoreGood, "with-producer")
	}
}

// latterCount reads the number after "the latter": "the latter two".
var latterCount = map[string]int{"two": 2, "three": 3, "both": 2}

// latterProducers: "A, B and C wrote it, with production by the
// latter two" — the last people the sentence named before
// the production clause produced the work the sentence opens with. In an
// article about a song, they produce the song's album too.
func (r *run) latterProducers() {
	added := false
	for _, s := range r.d.Sentences {
		for k := s.First + 2; k+1 < s.Last; k++ {
			if r.words[k] != "latter" || r.words[k-1] != "the" || r.words[k-2] != "by" || r.inQ[k] {
				continue
			}
			n := 1
			if c, ok := latterCount[r.words[k+1]]; ok {
				n = c
			}
			if !r.productionBefore(k-2, s) {
				continue
			}
			w := r.entityAt(s.First)
			if w < 0 && r.words[s.First] == "it" {
				_, w = r.docPerformer() // "It was written by": the article's song
			}
			if w < 0 || r.typeOf(w) != doc.Work || r.ment[s.First] >= 0 && r.mentionStart(s.First) != s.First {
				continue
			}
			// The list the clause refers back to: "written by A, B and C,".
			by := -1
			for j := k - 4; j > s.First; j-- {
				if r.words[j] == "by" {
					by = j
					break
				}
			}
			if by < 0 {
				continue
			}
			var people []int
			for _, a := range r.listAfter(by+1, k-2, 0, doc.Person, doc.Org, doc.Loc, doc.GPE) {
				if !slices.Contains(people, a.e) {
					people = append(people, a.e)
				}
			}
			if len(people) < n {
				continue
			}
			for _, a := range people[len(people)-n:] {
				if r.typeOf(a) == doc.Org || r.hasClaim(w, doc.ProducedBy, a) {
					continue
				}
				if r.typeOf(a) != doc.Person {
					r.retype(a, doc.Person) // a songwriter the tagger took for a place
				}
				r.add(w, doc.ProducedBy, a, "", s.First, k+1, scoreGood, "production-by-latter")
				added = true
			}
		}
	}
	if added {
		r.songAlbumProducers()
	}
}

// productionBefore reports whether a production word stands within three
// tokens before token b ("with the production handled by").
func (r *run) productionBefore(b int, s doc.Sentence) bool {
	for j := b - 1; j >= s.First && j >= b-3; j-- {
		switch r.words[j] {
		case "production", "produced", "co-produced", "producing":
			return true
		}
	}
	return false
}

// producedByPair: "It was produced by A and B" — when a rule took A for a
// producer of a recording, a name listed with A after "produced by" that
// the tagger took for an organisation (a producer's alias) produced it too,
// unless the name is a label's or a company's.
func (r *run) producedByPair() {
	for _, s := range r.d.Sentences {
		for k := s.First + 1; k+1 < s.Last; k++ {
			if r.words[k] != "by" || r.inQ[k] || r.words[k-1] != "produced" && r.words[k-1] != "co-produced" {
				continue
			}
			list := r.listAfter(k+1, s.Last, 0, doc.Person, doc.Org)
			w := -1
			for _, a := range list {
				if r.typeOf(a.e) == doc.Person {
					if w = r.producedWork(a.e, s); w >= 0 {
						break
					}
				}
			}
			if w < 0 {
				continue
			}
			for _, a := range list {
				if r.typeOf(a.e) != doc.Org || a.e == w || nameHas(r.d.Entities[a.e].Name, musicLabelWords) || r.notPerformerOrg(a.e) ||
					len(r.d.Entities[a.e].Mentions) > 1 {
					continue
				}
				r.retype(a.e, doc.Person)
				r.add(w, doc.ProducedBy, a.e, "", k-1, a.end, scoreGood-0.1, "produced-by-pair")
			}
		}
	}
}

// producedWork returns the recording a claim of sentence s says person a
// produced, or -1.
func (r *run) producedWork(a int, s doc.Sentence) int {
	for _, c := range r.out {
		if c.Predicate == doc.ProducedBy && c.Object == a && c.Evidence.Start >= r.d.Tokens[s.First].Start &&
			c.Evidence.End <= r.d.Tokens[s.Last-1].End && r.typeOf(c.Subject) == doc.Work {
			return c.Subject
		}
	}
	return -1
}
