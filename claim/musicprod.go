package claim

import "github.com/newsgraph/newsgraph/doc"

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
