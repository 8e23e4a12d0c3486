package claim

import (
	"sort"
	"strconv"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/mention"
)

// season returns the entity of season n of work w, creating it (with its
// season_of claim, evidence at token k) the first time.
func (r *run) season(w, n, k int) int {
	key := [2]int{w, n}
	if e, ok := r.seas[key]; ok {
		return e
	}
	name := r.d.Entities[w].Name + " season " + strconv.Itoa(n)
	r.d.Entities = append(r.d.Entities, doc.Entity{Type: doc.Work, Name: name})
	e := len(r.d.Entities) - 1
	r.seas[key] = e
	a, b := k, k+1
	if k+1 < len(r.words) && mention.SeasonNumber(r.words[k+1]) > 0 {
		b = k + 2
	} else if k > 0 && mention.SeasonNumber(r.words[k-1]) > 0 {
		a = k - 1
	}
	sp := doc.Span{Start: r.d.Tokens[a].Start, End: r.d.Tokens[b-1].End}
	r.d.Mentions = append(r.d.Mentions, doc.Mention{Span: sp, Text: r.d.Body[sp.Start:sp.End], Type: doc.Work, Kind: doc.Nominal,
		Entity: e, Score: scoreGood, Source: "claim:season"})
	r.d.Entities[e].Mentions = append(r.d.Entities[e].Mentions, len(r.d.Mentions)-1)
	if c := r.add(e, doc.SeasonOf, w, "", a, b, scoreStrong, "season-of"); c != nil {
		c.Qualifiers.Season = n
	}
	return e
}

// subjectWork finds the work or season a release verb at token i is about,
// scanning back through the sentence: "season two of W debuts", "the
// second season debuts", "W's sophomore season debuts", "W premieres".
func (r *run) subjectWork(i, first int) (int, int) {
	for k := i - 1; k >= first; k-- {
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Work {
			ks := r.mentionStart(k)
			// "season two of W", "the second season of W"
			if ks-3 >= first && r.words[ks-1] == "of" && r.words[ks-3] == "season" && mention.SeasonNumber(r.words[ks-2]) > 0 {
				return r.season(e, mention.SeasonNumber(r.words[ks-2]), ks-3), ks - 3
			}
			if ks-3 >= first && r.words[ks-1] == "of" && r.words[ks-2] == "season" && mention.SeasonNumber(r.words[ks-3]) > 0 {
				return r.season(e, mention.SeasonNumber(r.words[ks-3]), ks-2), ks - 3
			}
			return e, ks
		}
		if r.words[k] == "season" {
			n := 0
			if k+1 < i {
				n = mention.SeasonNumber(r.words[k+1])
			}
			if n == 0 && k > first {
				n = mention.SeasonNumber(r.words[k-1])
			}
			if n == 0 {
				continue
			}
			w := r.main
			// "W's second season"
			for j := k - 1; j >= first && j >= k-3; j-- {
				if (r.words[j] == "'s" || r.words[j] == "’s") && j > first {
					if e := r.entityAt(j - 1); e >= 0 && r.typeOf(e) == doc.Work {
						w = e
					}
				}
			}
			if w < 0 {
				return -1, -1
			}
			return r.season(w, n, k), k
		}
	}
	return -1, -1
}

// release: "season two of W is available to stream on P starting Feb. 13",
// "W debuts on P on Thursday".
func (r *run) release(i int, s doc.Sentence) {
	first, last := s.First, s.Last
	if r.inQ[i] {
		return
	}
	subj, at := r.subjectWork(i, first)
	if subj < 0 && i == first {
		// "Released as a single in 1991, "W" reached number seven".
		subj, at = r.subjectAfterComma(i, s, doc.Work)
	}
	if subj < 0 {
		return
	}
	end := i + 1
	for k := i + 1; k+1 < last && k < i+8; k++ {
		if r.words[k] == "on" {
			if p := r.entityAt(k + 1); p >= 0 && r.typeOf(p) == doc.Org && r.networkFits(i, p) {
				pe := r.mentionEnd(k + 1)
				r.add(subj, doc.ReleasedOn, p, "", at, pe, scoreStrong, "released-on")
				end = pe
				break
			}
		}
		if r.words[k] == "," || r.words[k] == "and" {
			break
		}
	}
	switch r.words[i] {
	case "debuts", "debut", "premieres", "premiere", "available", "stream", "streams", "streaming", "arrives", "launches",
		"airs", "drops", "returns", "lands", "debuted", "premiered", "launched", "aired", "dropped", "arrived", "landed":
		if date, de := r.dateAfter(i, s); date != "" && de < i+14 {
			r.add(subj, doc.Premiere, -1, date, at, max(de+1, end), scoreStrong, "premieres-on")
		}
	case "released", "published", "issued":
		// The comma test stops at the date's first token: "August 23, 2013"
		// holds a comma of its own.
		if date, de := r.dateAfter(i, s); date != "" && (de < i+14 || de < i+24 && !r.commaBetween(i, r.d.TokenAt(r.d.Timexes[r.firstDate(i, s)].Start))) && !r.relativeBetween(at, i) && !r.reissue(at, i) && !r.plannedRelease(i) && !r.activeRelease(i) {
			r.add(subj, doc.Published, -1, date, at, max(de+1, end), scoreGood, "published-in")
		}
	}
}

// networkFits reports whether org o can be the network or platform a
// release verb at token i names: a broadcast verb says so; "released on"
// or "published on" needs a known platform (a record label is not one).
func (r *run) networkFits(i, o int) bool {
	switch r.words[i] {
	case "released", "launched", "launches", "dropped", "drops", "published", "issued", "lands", "landed", "arrives", "arrived":
		_, ok := r.x.gaz.Platform(r.d.Entities[o].Name)
		return ok
	}
	return true
}

// markCharacter makes entity e a character.
func (r *run) markCharacter(e int) {
	ent := &r.d.Entities[e]
	if ent.Type == doc.Person {
		ent.Type = doc.Character
	}
	ent.Fictional = true
	for _, mi := range ent.Mentions {
		if r.d.Mentions[mi].Type == doc.Person {
			r.d.Mentions[mi].Type = doc.Character
		}
	}
}

// inUniverse reports whether sentence si says its events happen in the
// story: "is seen ordering", "in the first season", "in the series".
func (r *run) inUniverse(si int) bool {
	s := r.d.Sentences[si]
	for i := s.First; i < s.Last; i++ {
		for _, cue := range inUniverseCues {
			if i+len(cue) <= s.Last && matchWords(r.words[i:i+len(cue)], cue) {
				return true
			}
		}
		// "in the first season", "in season one"
		if r.words[i] == "in" && i+3 < s.Last {
			if r.words[i+1] == "season" && mention.SeasonNumber(r.words[i+2]) > 0 {
				return true
			}
			if r.words[i+1] == "the" && mention.SeasonNumber(r.words[i+2]) > 0 && r.words[i+3] == "season" {
				return true
			}
		}
	}
	return false
}

func matchWords(ws, cue []string) bool {
	for i := range cue {
		if ws[i] != cue[i] {
			return false
		}
	}
	return true
}

// finish settles what single patterns cannot: who is a character, the real
// person behind a character, what happens in the story, the work of each
// casting, and duplicates.
func (r *run) finish() {
	r.people()    // people.go: marriages, schools and parties read over the document
	r.orgsDoc()   // orgs.go: memberships read over the document
	r.datesDoc()  // dates.go: foundings and releases read over the document
	r.musicPass() // music.go: recordings read over the document
	r.screenDoc() // screen.go: films, series and their people read over the document
	d := r.d
	for _, c := range r.out {
		if c.Predicate == doc.Plays {
			r.markCharacter(c.Object)
		}
	}
	// Story facts.
	for k := range r.out {
		c := &r.out[k]
		switch c.Predicate {
		case doc.Plays, doc.CastIn, doc.AppearsIn, doc.BasedOn, doc.SeasonOf, doc.ReleasedOn, doc.Premiere, doc.SpokeTo:
			continue
		}
		if r.inUniverse(c.Evidence.Sentence) {
			c.InUniverse = true
		}
	}
	// A character said to be real-life is two entities: the character and
	// the real person it is based on. Real-world claims move to the person.
	reals := make([]int, 0, len(r.real))
	for e := range r.real {
		reals = append(reals, e)
	}
	sort.Ints(reals)
	for _, e := range reals {
		at := r.real[e]
		if !d.Entities[e].Fictional {
			continue
		}
		ch := d.Entities[e]
		d.Entities = append(d.Entities, doc.Entity{Type: doc.Person, Name: ch.Name, Aliases: ch.Aliases, Gender: ch.Gender})
		p := len(d.Entities) - 1
		if mi := r.ment[r.firstPersonFrom(at)]; mi >= 0 && d.Mentions[mi].Entity == e {
			d.Mentions[mi].Entity = p
			d.Mentions[mi].Type = doc.Person
			d.Entities[p].Mentions = []int{mi}
			ms := d.Entities[e].Mentions[:0]
			for _, x := range d.Entities[e].Mentions {
				if x != mi {
					ms = append(ms, x)
				}
			}
			d.Entities[e].Mentions = ms
		}
		hasBasis := false
		for k := range r.out {
			c := &r.out[k]
			if c.Predicate == doc.BasedOn && c.Subject == e {
				hasBasis = true
				continue
			}
			story := c.InUniverse || c.Predicate == doc.Plays || c.Predicate == doc.AppearsIn
			if story {
				continue
			}
			if c.Subject == e {
				c.Subject = p
			}
			if c.Object == e && !(c.Subject >= 0 && d.Entities[c.Subject].Fictional) {
				c.Object = p
			}
		}
		if !hasBasis {
			end := r.firstPersonFrom(at)
			r.add(e, doc.BasedOn, p, "", at, r.mentionEnd(end), scoreStrong, "real-life")
		}
	}
	// What a character without a real-life counterpart does happens in
	// the story.
	for k := range r.out {
		c := &r.out[k]
		switch c.Predicate {
		case doc.Plays, doc.CastIn, doc.AppearsIn, doc.BasedOn, doc.SeasonOf, doc.ReleasedOn, doc.Premiere, doc.SpokeTo:
			continue
		}
		if d.Entities[c.Subject].Fictional {
			c.InUniverse = true
		}
	}
	// Casting: the work of each plays claim, the characters' work, and the
	// cast membership every plays implies.
	n := len(r.out)
	for k := 0; k < n; k++ {
		c := r.out[k]
		if c.Predicate != doc.Plays {
			continue
		}
		tok := d.TokenAt(c.Evidence.Start)
		end := d.TokenAt(c.Evidence.End-1) + 1
		work := r.castWork(c.Evidence.Sentence, end)
		if work < 0 || r.isTopic(work) && songNouns[r.topic.class] {
			continue // a song has no cast: the roles are its video's
		}
		r.out[k].Qualifiers.Work = work
		if a := r.add(c.Object, doc.AppearsIn, r.storyOf(work), "", tok, end, c.Score, "character-of-work"); a != nil {
			a.Evidence = c.Evidence
			a.Evidence.Extractor = "claim:character-of-work"
		}
		if a := r.add(c.Subject, doc.CastIn, work, "", tok, end, c.Score, "plays-implies-cast"); a != nil {
			a.Evidence = c.Evidence
			a.Evidence.Extractor = "claim:plays-implies-cast"
		}
	}
	// Marriage goes both ways.
	for k, n := 0, len(r.out); k < n; k++ {
		if c := r.out[k]; c.Predicate == doc.Spouse && c.Object >= 0 {
			c.Subject, c.Object = c.Object, c.Subject
			r.out = append(r.out, c)
		}
	}
	r.kinOfCharacter()
	r.authorsCharacters()
	r.out = firstDates(dedupe(r.out))
	sortClaims(r.out)
}

// firstPersonFrom returns the first token at or after tok that is part of a
// person mention (or tok itself when there is none in the sentence).
func (r *run) firstPersonFrom(tok int) int {
	if tok < 0 || tok >= len(r.ment) {
		return 0
	}
	s := r.d.Sentences[r.d.Tokens[tok].Sentence]
	for k := tok; k < s.Last; k++ {
		if e := r.entityAt(k); e >= 0 && isPersonType(r.typeOf(e)) {
			return k
		}
	}
	return tok
}

// dedupe keeps the best-scored of claims that say the same thing.
func dedupe(cs []doc.Claim) []doc.Claim {
	type key struct {
		s int
		p doc.Predicate
		o int
		v string
	}
	at := map[key]int{}
	out := cs[:0]
	for _, c := range cs {
		k := key{c.Subject, c.Predicate, c.Object, c.Value}
		if i, ok := at[k]; ok {
			if c.Score > out[i].Score {
				out[i] = c
			}
			continue
		}
		at[k] = len(out)
		out = append(out, c)
	}
	return out
}

// firstDates keeps, of the publication dates of one work, the one stated
// first: "released in Canada on 3 March 2011 … and in the UK on 9
// June 2012" is the date of 3 March 2011.
func firstDates(cs []doc.Claim) []doc.Claim {
	first := map[int]int{}
	for k, c := range cs {
		if c.Predicate != doc.Published && c.Predicate != doc.Premiere {
			continue
		}
		if j, ok := first[c.Subject]; !ok || c.Evidence.Start < cs[j].Evidence.Start {
			first[c.Subject] = k
		}
	}
	out := cs[:0]
	for k, c := range cs {
		if (c.Predicate == doc.Published || c.Predicate == doc.Premiere) && first[c.Subject] != k {
			continue
		}
		out = append(out, c)
	}
	return out
}

// workAfterRole returns the work named in "in [the …] W" right after a
// role ending at token k, or -1.
func (r *run) workAfterRole(k int) int {
	if k >= len(r.d.Tokens) {
		return -1
	}
	s := r.d.Sentences[r.d.Tokens[k].Sentence]
	j := k
	// Skip an apposition: "as Blake, a law firm investigator, in W".
	if j < s.Last && r.words[j] == "," {
		for j++; j < s.Last && j < k+10 && r.words[j] != ","; j++ {
		}
		j++
	}
	if j >= s.Last || (r.words[j] != "in" && r.words[j] != "on") {
		return -1 // "as Y in the drama W", "as Y on W"
	}
	for j++; j < s.Last && j < k+16; j++ {
		if e := r.entityAt(j); e >= 0 {
			if r.typeOf(e) == doc.Work {
				if r.titleRunsOn(r.mentionEnd(j), s) {
					return -1 // "in an adaptation of Dust and Glory": the title was cut
				}
				return e
			}
			if r.typeOf(e) != doc.Org && r.typeOf(e) != doc.NORP {
				return -1
			}
			j = r.mentionEnd(j) - 1
			continue
		}
		if r.words[j] == "," || r.words[j] == "." || r.words[j] == ";" || r.words[j] == "(" {
			return -1
		}
	}
	return -1
}

// relativeBetween reports whether a relative clause or a quotation opens
// between tokens a and b: the verb at b is then about something else ("It
// contains the single "X", which had been released in 1981").
func (r *run) relativeBetween(a, b int) bool {
	for k := max(a, 0); k < b && k < len(r.words); k++ {
		switch r.words[k] {
		case "which", "that", "who", "whose":
			return true
		}
		if r.d.Tokens[k].Kind == doc.OpenQuote && r.entityAt(k+1) < 0 {
			return true
		}
	}
	return false
}

// reissue reports whether the words between tokens a and b say the
// release is a later one: "was subsequently issued on CD", "re-released".
func (r *run) reissue(a, b int) bool {
	for k := max(a, 0); k <= b && k < len(r.words); k++ {
		switch r.words[k] {
		case "subsequently", "later", "again", "re-released", "reissued", "re-issued", "remastered":
			return true
		}
	}
	return false
}

// castWork returns the work a role found in sentence si (ending at token
// end) belongs to: the work named after the role ("as Y in the drama W"),
// else a work named in the same sentence, else — only in an article about
// one work — that work. An article naming several works says nothing about
// which one a role is in, and gets none.
func (r *run) castWork(si, end int) int {
	if w := r.workAfterRole(end); w >= 0 {
		return w
	}
	if r.starringElsewhere(si, end) {
		return -1
	}
	s := r.d.Sentences[si]
	last := s.Last
	if r.roleInRelative(si, end) {
		last = end // "A, who played C, has a film, W, in production": W is the main clause's
	}
	named := -1
	for k := s.First; k < last; k++ {
		if e := r.entityAt(k); e >= 0 && r.typeOf(e) == doc.Work && !r.isSeason(e) && e != named && !r.isPlatformName(e) {
			if named >= 0 {
				return -1 // two works in the sentence: which one is unsaid
			}
			if r.titleRunsOn(r.mentionEnd(k), s) {
				return -1 // "an adaptation of Dust and Glory in Nevada" cut to "Dust"
			}
			named = e
		}
	}
	if named >= 0 {
		return named
	}
	if r.topic.class == "person" || r.main < 0 || r.roleElsewhere(si, end) {
		return -1
	}
	n1, n2 := 0, 0
	for e, ent := range r.d.Entities {
		if ent.Type != doc.Work || r.isSeason(e) {
			continue
		}
		if e == r.main {
			n1 = len(ent.Mentions)
		} else if len(ent.Mentions) > n2 {
			n2 = len(ent.Mentions)
		}
	}
	if n1 >= 2*n2 {
		return r.main
	}
	return -1
}

// roleInRelative reports whether the role ending before token end closes a
// relative clause set off by commas ("A, who played C, has ..."): what
// the main clause goes on to name is not the role's work.
func (r *run) roleInRelative(si, end int) bool {
	s := r.d.Sentences[si]
	if end >= s.Last || r.words[end] != "," {
		return false
	}
	for k := end - 1; k > s.First && k > end-12; k-- {
		switch r.words[k] {
		case ",", ".", ";":
			return false
		case "who":
			return r.words[k-1] == ","
		}
	}
	return false
}

// isSeason reports whether work e is a season entity made by season.
func (r *run) isSeason(e int) bool {
	for _, s := range r.seas {
		if s == e {
			return true
		}
	}
	return false
}

// sentenceOf returns the index of the sentence holding token i.
func (r *run) sentenceOf(i int) int {
	ss := r.d.Sentences
	return sort.Search(len(ss), func(k int) bool { return ss[k].Last > i })
}

// isPlatformName reports whether entity e is named like a listed
// platform or broadcaster ("BBC One" taken for a title).
func (r *run) isPlatformName(e int) bool {
	_, ok := r.x.gaz.Platform(r.d.Entities[e].Name)
	return ok
}
