package claim

import (
	"strings"

	"github.com/newsgraph/newsgraph/doc"
)

// subjectAt reports whether token k opens a clause's subject with no
// comma before it ("In 1999 the band released X", "In 2005 he starred in
// X"): a personal pronoun, "the" and a band or class noun, or a person's
// or band's name followed by a verb.
func (r *run) subjectAt(k int) bool {
	if k+1 >= len(r.words) {
		return false
	}
	switch r.words[k] {
	case "he", "she", "they", "we", "i":
		return true
	case "the":
		return bandNouns[r.words[k+1]] || sameClass[r.words[k+1]] != "" && r.words[k+1] != "album"
	}
	if e := r.entityAt(k); e >= 0 && r.mentionStart(k) == k && (r.typeOf(e) == doc.Person || r.typeOf(e) == doc.Org) {
		end := r.mentionEnd(k)
		return end < len(r.words) && verbLike(r.words[end]) && !strings.HasSuffix(r.words[end], "ing")
	}
	return false
}

// lawNouns end the names of laws and treaties: "the Jones Act", "the Land
// Ordinance".
var lawNouns = set("act", "ordinance", "proclamation", "treaty", "accord", "accords", "constitution", "charter",
	"declaration", "statute", "agreement", "amendment", "decree", "edict", "manifesto", "covenant", "protocol")

// enactVerbs say a law was made: "was passed by Congress in 1902".
var enactVerbs = set("passed", "signed", "enacted", "ratified", "adopted", "promulgated", "issued", "proclaimed",
	"concluded")

// lawDate: "the Jones Act of 1916", "the Equality Act 2010", "the 1787
// Northwest Ordinance", "the Organic Act was passed by Congress in 1902"
// — a law's name and the year it was made, its publication date. The law,
// whatever the tagger typed it, is a work.
func (r *run) lawDate(i int, s doc.Sentence) {
	e := r.entityAt(i)
	if e < 0 || !capitalized(r.d.TokenText(i)) || r.inQ[i] || r.typeOf(e) == doc.Person || r.typeOf(e) == doc.Character {
		return
	}
	a, b := r.mentionStart(i), r.mentionEnd(i)
	if a == i {
		return // the name is more than the noun: "the Act" alone names no law
	}
	v, de := "", -1
	switch {
	case b == i+2 && r.d.Tokens[i+1].Kind == doc.Number:
		// "Equality Act 2010" as one mention
		if x, ok := r.yearAt(i + 1); ok {
			v, de = x, i+1
		}
	case b == i+1 && b+1 < s.Last && r.words[b] == "of":
		v, de = r.dateRightAfter(b, s)
	case b == i+1 && b < s.Last && r.d.Tokens[b].Kind == doc.Number && len(r.words[b]) == 4:
		if x, ok := r.yearAt(b); ok {
			v, de = x, b
		}
	case b == i+1 && a > s.First && r.d.Tokens[a-1].Kind == doc.Number && len(r.words[a-1]) == 4:
		if x, ok := r.yearAt(a - 1); ok {
			v, de = x, a-1
		}
	case b == i+1:
		// "X Act was passed by Congress in 1902"
		k := b
		for k < s.Last && (r.words[k] == "was" || r.words[k] == "were" || r.words[k] == "is" || r.words[k] == "being") {
			k++
		}
		if k == b || k >= s.Last || !enactVerbs[r.words[k]] {
			return
		}
		for q := k + 1; q+1 < s.Last && q < k+10; q++ {
			if r.words[q] == "," || r.words[q] == ";" {
				return
			}
			if r.words[q] == "in" || r.words[q] == "on" {
				if v, de = r.dateRightAfter(q, s); v != "" {
					break
				}
			}
		}
	}
	if v == "" || !datePrefix.MatchString(v) {
		return
	}
	if r.typeOf(e) != doc.Work {
		if len(r.d.Entities[e].Mentions) > 3 {
			return
		}
		r.retype(e, doc.Work)
	}
	r.add(e, doc.Published, -1, v, min(a, de), max(b, de+1), scoreGood, "law-date")
}

// songYear: "“W” is a song by A, taken from her third album Y (2000)" —
// a song the opening sentence says is taken from an album came out with
// it: the song gets the album's year when nothing else dates it. It runs
// at the last token of the first sentence, after the album was dated.
func (r *run) songYear(s doc.Sentence) {
	t := r.topic.ent
	if t < 0 || sameClass[r.topic.class] != "song" || s.First != r.d.Sentences[0].First {
		return
	}
	for _, c := range r.out {
		if c.Subject == t && (c.Predicate == doc.Published || c.Predicate == doc.Premiere) {
			return
		}
	}
	for k := r.topic.end; k+1 < s.Last; k++ {
		if r.words[k] != "from" && r.words[k] != "on" && r.words[k] != "for" {
			continue
		}
		for j := k + 1; j < s.Last && j < k+8; j++ {
			if r.words[j] != "album" && r.words[j] != "ep" && r.words[j] != "soundtrack" {
				continue
			}
			q := j + 1
			if q < s.Last && r.words[q] == "," {
				q++
			}
			y := r.entityAt(q)
			if y < 0 || y == t || r.typeOf(y) != doc.Work {
				return
			}
			for _, c := range r.out {
				if c.Subject == y && c.Predicate == doc.Published && c.Evidence.Sentence == r.d.Tokens[s.First].Sentence {
					end := r.d.TokenAt(c.Evidence.End-1) + 1
					r.add(t, doc.Published, -1, c.Value, r.topic.first, end, scoreInferred, "song-of-album-year")
					return
				}
			}
			return
		}
		return
	}
}

// workPartNouns name a part of a work, whose date is not the work's: "he
// directed an episode of W in 1995".
var workPartNouns = set("episode", "episodes", "scene", "scenes", "season", "seasons", "chapter", "chapters", "issue",
	"issues", "instalment", "installment")

// releasedTopic: "the trio released the record on June 12, 2011", "before
// she could release the song in 1978" — a release verb whose object is the
// topic named by its class noun, and the date right after.
func (r *run) releasedTopic(i int, s doc.Sentence) {
	t := r.topicOfType(doc.Work)
	if t < 0 || i+4 >= s.Last {
		return
	}
	k := i + 1
	switch r.words[k] {
	case "the", "this", "its", "their", "his", "her":
	default:
		return
	}
	k++
	if n := r.words[k]; sameClass[n] == "" || sameClass[n] != sameClass[r.topic.class] {
		return
	}
	k++
	if r.words[k] != "in" && r.words[k] != "on" {
		return
	}
	if v, de := r.dateRightAfter(k, s); v != "" {
		r.add(t, doc.Published, -1, v, i, de+1, scoreGood, "released-the-topic")
	}
}

// planWords say a release was only planned: "was scheduled to be
// released", "is expected to be published".
var planWords = set("planned", "scheduled", "expected", "due", "slated", "set", "intended", "meant", "supposed")

// plannedRelease reports whether the release verb at token i is only
// planned: "to be released" after a plan word.
func (r *run) plannedRelease(i int) bool {
	if i < 3 || r.words[i-1] != "be" || r.words[i-2] != "to" {
		return false
	}
	return planWords[r.words[i-3]] || i >= 4 && planWords[r.words[i-4]]
}

// awardWordBefore is awardSentence over tokens [first, i) where "best
// known" and "best-known" are no award: "best known for W (1950)".
func (r *run) awardWordBefore(first, i int) bool {
	for k := first; k < i; k++ {
		w := r.words[k]
		if w == "best" && k+1 < len(r.words) && (r.words[k+1] == "known" || r.words[k+1] == "-" || r.words[k+1] == "remembered") {
			continue
		}
		if r.has(k, tAwardWords) {
			return true
		}
	}
	return false
}

// activeRelease reports whether the release verb at token i takes an
// object: "the band released its second album W in 1996" dates W, not the
// work named before the verb.
func (r *run) activeRelease(i int) bool {
	if i+1 >= len(r.words) {
		return false
	}
	switch r.words[i+1] {
	case "its", "their", "his", "her", "a", "an":
		return true
	case "the":
		return i+2 < len(r.words) && r.words[i+2] != "same" && r.words[i+2] != "following" && r.words[i+2] != "next"
	}
	return false
}

// bothReleased: "her albums W1 and W2, both released in 2010" — every work
// of the coordination before "both" or "all" takes the date.
func (r *run) bothReleased(i int, s doc.Sentence) {
	k := i - 1
	if k <= s.First || (r.words[k] != "both" && r.words[k] != "all") {
		return
	}
	k--
	if k >= s.First && r.words[k] == "," {
		k--
	}
	v, de := r.dateAfter(i, s)
	if v == "" || de > i+4 {
		return
	}
	for k >= s.First {
		if r.d.Tokens[k].Kind == doc.CloseQuote && k > s.First {
			k--
		}
		w := r.entityAt(k)
		if w < 0 || r.typeOf(w) != doc.Work {
			return
		}
		a := r.mentionStart(k)
		r.add(w, doc.Published, -1, v, a, de+1, scoreGood, "both-released")
		k = a - 1
		if k >= s.First && r.d.Tokens[k].Kind == doc.OpenQuote {
			k--
		}
		if k >= s.First && (r.words[k] == "and" || r.words[k] == ",") {
			k--
			if k >= s.First && r.words[k] == "," {
				k--
			}
			continue
		}
		return
	}
}

// yearInParens: "The Devil's Daughter (Meredith Press, 1969, based on …)",
// "Two Fighters (Dva boitsa, 1943)" — a publisher, a place or another
// title, then a year, in the parenthesis after a work: its year.
func (r *run) yearInParens(i int, s doc.Sentence) {
	j := i - 1
	if j > s.First && r.d.Tokens[j].Kind == doc.CloseQuote {
		j--
	}
	if j < s.First {
		return
	}
	w := r.entityAt(j)
	if w < 0 || r.typeOf(w) != doc.Work || r.mentionEnd(j) != j+1 || r.awardWordBefore(s.First, i) {
		return
	}
	k := i + 1
	for k < s.Last && k < i+8 && r.words[k] != "," {
		if r.words[k] == "(" || r.words[k] == ")" || r.d.Tokens[k].Kind == doc.Number {
			return
		}
		k++
	}
	if k == i+1 || k+2 >= s.Last || r.words[k] != "," || r.d.Tokens[k+1].Kind != doc.Number || len(r.words[k+1]) != 4 {
		return
	}
	if r.words[k+2] != ")" && r.words[k+2] != "," {
		return
	}
	if v, ok := r.yearAt(k + 1); ok && len(v) == 4 {
		r.add(w, doc.Published, -1, v, r.mentionStart(j), k+3, scoreGood, "work-(maker-year)")
	}
}

// itsRelease: "Her second LP, W, climbed to number 4 weeks after its
// late-2006 release" — the date before a release noun, after "its", dates
// the work the clause is about: the nearest work before it.
func (r *run) itsRelease(i int, s doc.Sentence) {
	if i+2 >= s.Last {
		return
	}
	k := r.firstDate(i+1, s)
	if k < 0 {
		return
	}
	x := r.d.Timexes[k]
	if x.Start != r.d.Tokens[i+1].Start {
		return
	}
	de := r.d.TokenAt(x.End - 1)
	if de+1 >= s.Last {
		return
	}
	switch r.words[de+1] {
	case "release", "debut", "premiere", "publication":
	default:
		return
	}
	for j := i - 1; j >= s.First && j > i-30; j-- {
		if r.words[j] == ";" || r.words[j] == "which" || r.words[j] == "that" {
			return
		}
		e := r.entityAt(j)
		if e < 0 {
			continue
		}
		if r.typeOf(e) != doc.Work {
			j = r.mentionStart(j)
			continue
		}
		p := doc.Published
		if r.words[de+1] == "premiere" || r.words[de+1] == "debut" {
			p = doc.Premiere
		}
		// "their 2011 release W": the date is the named release's.
		q := de + 2
		if q < s.Last && r.d.Tokens[q].Kind == doc.OpenQuote {
			q++
		}
		if n := r.entityAt(q); q < s.Last && n >= 0 {
			if r.typeOf(n) == doc.Work && r.mentionStart(q) == q {
				r.add(n, p, -1, x.Value, i, r.mentionEnd(q), scoreGood, "its-year-release")
			}
			return
		}
		r.add(e, p, -1, x.Value, r.mentionStart(j), de+2, scoreGood, "its-year-release")
		return
	}
}

// debutKinds name the debut a work dates: "her film debut in 1979 in W",
// "Her directorial debut was in 2013 with W".
var debutWorkKinds = set("film", "directorial", "screen", "acting", "feature", "movie", "television", "stage", "big-screen",
	"cinematic")

// filmDebuts are debuts that only a film makes.
var filmDebuts = set("directorial", "feature", "movie", "cinematic", "big-screen")

// debutIn: "he made his screen debut in 1984 in the western W", "Her
// directorial debut was in 2013 with W" — the work of a debut dated in
// the same phrase came out then.
func (r *run) debutIn(i int, s doc.Sentence) {
	if i == s.First || !debutWorkKinds[r.words[i-1]] || r.inQ[i] {
		return
	}
	k := i + 1
	if k < s.Last && r.words[k] == "was" {
		k++
	}
	if k+1 >= s.Last || r.words[k] != "in" {
		return
	}
	v, de := r.dateRightAfter(k, s)
	if v == "" {
		return
	}
	j := de + 1
	if j+2 < s.Last && r.words[j] == "as" && (r.words[j+1] == "a" || r.words[j+1] == "an") {
		// "in 2007 as a backing vocalist with the track W": the role, then
		// the work.
		for q := j + 2; q < s.Last && q < j+6; q++ {
			if r.words[q] == "with" || r.words[q] == "in" {
				j = q
				break
			}
			if r.d.Tokens[q].Kind != doc.Word || r.entityAt(q) >= 0 {
				return
			}
		}
	}
	if j >= s.Last || r.words[j] != "in" && r.words[j] != "with" {
		return
	}
	// "in the thriller W", "in the “poliziottesco” W"
	described := false
	for n := 0; j+1 < s.Last && n < 6; n++ {
		j++
		if e := r.entityAt(j); e >= 0 {
			if r.mentionStart(j) != j || r.d.Mentions[r.ment[j]].Kind != doc.Name {
				return
			}
			switch r.typeOf(e) {
			case doc.Work:
			case doc.Org, doc.Loc:
				// A name the tagger took for a place or a company, after a
				// genre word, is the title: "in the comedy Harbor".
				// A directorial or feature debut is a film whatever
				// the tag: "Her directorial debut was in 2013 with X".
				if !described && !filmDebuts[r.words[i-1]] || len(r.d.Entities[e].Mentions) > 2 {
					return
				}
				r.retype(e, doc.Work)
			default:
				return
			}
			r.add(e, doc.Published, -1, v, i-1, r.mentionEnd(j), scoreGood, "debut-in-year-in")
			return
		}
		if r.words[j] != "the" && r.words[j] != "a" {
			described = true
		}
		t := r.d.Tokens[j].Kind
		if t == doc.Punct || t == doc.Number || capitalized(r.d.TokenText(j)) && t == doc.Word {
			return
		}
	}
}

// possessiveYearWork: "Taito's 1986 Arkanoid", "their 1977 Rumours" — a
// year between a possessive and a work's name is the work's.
func (r *run) possessiveYearWork(i int, s doc.Sentence) {
	if i == s.First || i+1 >= s.Last || r.inQ[i] {
		return
	}
	switch r.words[i-1] {
	case "'s", "’s", "'", "their", "his", "her", "its":
	default:
		return
	}
	k := i + 1
	if r.d.Tokens[k].Kind == doc.OpenQuote && k+1 < s.Last {
		k++
	}
	w := r.entityAt(k)
	if w < 0 || r.typeOf(w) != doc.Work || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name || r.sportsDoc() {
		return // "the All Blacks' 1935 tour", "Woodward's 2005 Lions": a team's year
	}
	if r.topicOfType(doc.Work) < 0 && !r.musicDoc() && !r.actingDoc() {
		return // "the victim's 1987 Chevrolet": an owner's car, not a maker's work
	}
	// The name heads its phrase: "Taito's 1986 Arkanoid, which", not
	// "the side's 1935 European tour".
	if e := r.mentionEnd(k); e < s.Last && r.d.Tokens[e].Kind == doc.Word && !capitalized(r.d.TokenText(e)) && !verbLike(r.words[e]) {
		switch r.words[e] {
		case "which", "that", "was", "is", "were", "and", "or", "but", "with", "by", "for", "in", "on", "also", "has", "had":
		default:
			return
		}
	}
	if v, ok := r.yearAt(i); ok && len(v) == 4 {
		r.add(w, doc.Published, -1, v, i-1, r.mentionEnd(k), scoreGood, "possessive-year-work")
	}
}

// yearParen returns the year of a parenthesis "( YEAR )" or "( YEAR – YY
// )" opening at token i, with its closing token, or "".
func (r *run) yearParen(i int, s doc.Sentence) (string, int) {
	if i < s.First || i+2 >= s.Last || r.words[i] != "(" || r.d.Tokens[i+1].Kind != doc.Number || len(r.words[i+1]) != 4 {
		return "", -1
	}
	c := i + 2
	if c+2 < s.Last && (r.words[c] == "–" || r.words[c] == "-") && r.d.Tokens[c+1].Kind == doc.Number {
		c += 2
	}
	if r.words[c] != ")" {
		return "", -1
	}
	v, ok := r.yearAt(i + 1)
	if !ok || len(v) != 4 {
		return "", -1
	}
	return v, c
}

// workBeforeParen returns the work named right before token i (past a
// closing quote), with its first token, or -1.
func (r *run) workBeforeParen(i int, s doc.Sentence) (int, int) {
	j := i - 1
	if j > s.First && r.d.Tokens[j].Kind == doc.CloseQuote {
		j--
	}
	e := r.entityAt(j)
	if j < s.First || e < 0 || r.mentionEnd(j) != j+1 {
		return -1, -1
	}
	a := r.mentionStart(j)
	if a > s.First && r.d.Tokens[a-1].Kind == doc.OpenQuote {
		a--
	}
	return e, a
}

// listWorkYear: "two sitcoms, W1 (1989–94) and W2 (1992–94)", "roles in
// W1 (2005) and W2 (2006)" — a name the tagger took for a person, a place
// or a company, dated in parentheses in a list whose next or previous
// item is a work dated alike, is a work too.
func (r *run) listWorkYear(i int, s doc.Sentence) {
	v, c := r.yearParen(i, s)
	if v == "" || r.sportsDoc() || r.awardWordBefore(s.First, i) {
		return
	}
	e, a := r.workBeforeParen(i, s)
	if e < 0 || r.typeOf(e) == doc.Work || r.typeOf(e) == doc.NORP || r.typeOf(e) == doc.Date || len(r.d.Entities[e].Mentions) > 2 {
		return
	}
	if m := r.ment[i-1-boolInt(r.d.Tokens[i-1].Kind == doc.CloseQuote)]; r.d.Mentions[m].Kind != doc.Name {
		return
	}
	if !r.yearListSibling(a, c, s) {
		return
	}
	r.retype(e, doc.Work)
	r.add(e, doc.Published, -1, v, a, c+1, scoreGood, "list-work-(year)")
}

// yearListSibling reports whether the list item over tokens [a, c], a
// name and its year in parentheses, has a work dated alike right before
// or after it in the list.
func (r *run) yearListSibling(a, c int, s doc.Sentence) bool {
	sibling := false
	// The item before: "W1 ( 1989 ) , and".
	p := a - 1
	for p > s.First && (r.words[p] == "," || r.words[p] == "and") {
		p--
	}
	if p < a-1 && r.words[p] == ")" {
		for q := p - 1; q >= s.First && q > p-5; q-- {
			if r.words[q] == "(" {
				if y, cq := r.yearParen(q, s); y != "" && cq == p {
					if w, _ := r.workBeforeParen(q, s); w >= 0 && r.typeOf(w) == doc.Work {
						sibling = true
					}
				}
				break
			}
		}
	}
	// The item after: ", W3 ( 1993 )".
	q := c + 1
	for q < s.Last && (r.words[q] == "," || r.words[q] == "and") {
		q++
	}
	if !sibling && q > c+1 && q < s.Last {
		if q < s.Last && r.d.Tokens[q].Kind == doc.OpenQuote {
			q++
		}
		if w := r.entityAt(q); w >= 0 && r.typeOf(w) == doc.Work && r.mentionStart(q) == q {
			b := r.mentionEnd(q)
			if b < s.Last && r.d.Tokens[b].Kind == doc.CloseQuote {
				b++
			}
			if y, _ := r.yearParen(b, s); y != "" {
				sibling = true
			}
		}
	}
	return sibling
}

// quotedWorkYear: "success with “W (In a Z)” (1979) and “Y” (1981)" — a
// quoted title holding its own parenthesis, which no mention covers,
// dated in the parenthesis after the closing quote in a list of dated
// works, or in a document about music or roles, is a work.
func (r *run) quotedWorkYear(i int, s doc.Sentence) {
	v, c := r.yearParen(i, s)
	if v == "" || i-3 < s.First || r.d.Tokens[i-1].Kind != doc.CloseQuote || r.sportsDoc() || r.awardWordBefore(s.First, i) {
		return
	}
	if e := r.entityAt(i - 2); e >= 0 && r.mentionStart(i-2) > s.First && r.d.Tokens[r.mentionStart(i-2)-1].Kind == doc.OpenQuote {
		return // a name fills the quotes: yearOfWork reads it
	}
	oq := -1
	for k := i - 2; k > s.First && k > i-20; k-- {
		if r.d.Tokens[k].Kind == doc.OpenQuote && !r.contraction(k) {
			oq = k
			break
		}
		if r.d.Tokens[k].Kind == doc.CloseQuote && !r.contraction(k) {
			return
		}
	}
	a, b := oq+1, i-1
	if oq < 0 || b-a < 2 || !capitalized(r.d.TokenText(a)) {
		return
	}
	for k := a; k < b; k++ {
		if r.ment[k] >= 0 && (r.mentionStart(k) < a || r.mentionEnd(k) > b) {
			return
		}
	}
	if !r.yearListSibling(oq, c, s) && !r.musicDoc() {
		return
	}
	e := r.newMention(a, b, doc.Work, doc.Name, -1)
	r.add(e, doc.Published, -1, v, oq, c+1, scoreGood, "quoted-work-(year)")
}

// contraction reports whether the quote mark at k is the apostrophe of a
// contraction split off by the tokenizer: "I ' m", "don ' t".
func (r *run) contraction(k int) bool {
	if k+1 >= len(r.words) || k == 0 || r.d.Tokens[k-1].Kind != doc.Word {
		return false
	}
	switch r.words[k+1] {
	case "m", "s", "t", "re", "ll", "ve", "d":
		return true
	}
	return false
}

// albumTracks: "The album contains “A”, “B” and “C”" — the songs an
// album article says the album holds came out with it: each takes the
// album's publication date. Singles, which often come out before the
// album, take none.
func (r *run) albumTracks(i int, s doc.Sentence) {
	t := r.topic.ent
	if t < 0 || sameClass[r.topic.class] != "album" || r.typeOf(t) != doc.Work || i+2 >= s.Last {
		return
	}
	// The subject: "The album", "It", or the album's name.
	k := s.First
	switch {
	case r.words[k] == "it" && k+1 == i:
	case r.words[k] == "the" && k+2 == i && sameClass[r.words[k+1]] == "album":
	case r.entityAt(k) == t && r.mentionEnd(k) == i:
	default:
		return
	}
	// The album's date, and the evidence from its sentence on.
	date, from := "", -1
	for _, c := range r.out {
		if c.Subject == t && c.Predicate == doc.Published && datePrefix.MatchString(c.Value) && c.Evidence.Sentence < r.d.Tokens[s.First].Sentence {
			date, from = c.Value, r.d.TokenAt(c.Evidence.Start)
			break
		}
	}
	if date == "" {
		return
	}
	q := i + 1
	if r.words[q] == "the" && q+1 < s.Last && (r.words[q+1] == "songs" || r.words[q+1] == "tracks") {
		q += 2
	}
	var tracks []int
	for q < s.Last {
		if r.d.Tokens[q].Kind != doc.OpenQuote || q+1 >= s.Last {
			break
		}
		w := r.entityAt(q + 1)
		if w < 0 || r.typeOf(w) != doc.Work || r.mentionStart(q+1) != q+1 || w == t {
			return
		}
		q = r.mentionEnd(q + 1)
		if q >= s.Last || r.d.Tokens[q].Kind != doc.CloseQuote {
			return
		}
		tracks = append(tracks, w)
		q++
		if q < s.Last && r.words[q] == "," {
			q++
		}
		if q < s.Last && r.words[q] == "and" {
			q++
		}
	}
	if len(tracks) < 2 || q >= s.Last || r.words[q] != "." {
		return // a list that runs on: "… and the single X, released in 2009"
	}
	for _, w := range tracks {
		r.add(w, doc.Published, -1, date, from, q, scoreInferred, "album-contains-tracks")
	}
}

// asTrackOfAlbum: "The tune was released in October 1983 as the closing
// track of the duo's fourth album, W" — a song released as an album's track
// came out with the album: the album takes the date. A single, which
// often comes out before its album, dates none.
func (r *run) asTrackOfAlbum(i int, s doc.Sentence) {
	if i-3 < s.First || i+4 >= s.Last || r.words[i+1] != "the" {
		return
	}
	// The date right before "as", after a release verb.
	var date string
	de := i - 1
	for k, x := range r.d.Timexes {
		if r.d.TokenAt(x.End-1) == de && x.End <= r.d.Tokens[de].End && datePrefix.MatchString(x.Value) {
			date = r.d.Timexes[k].Value
			q := r.d.TokenAt(x.Start) - 1
			if q-1 < s.First || r.words[q] != "in" && r.words[q] != "on" || r.words[q-1] != "released" && r.words[q-1] != "issued" {
				return
			}
			break
		}
	}
	if date == "" {
		return
	}
	k := i + 2
	for k < s.Last && k < i+5 && r.words[k] != "track" {
		k++
	}
	if k+2 >= s.Last || r.words[k] != "track" {
		return
	}
	switch r.words[k+1] {
	case "of", "for", "on", "from":
	default:
		return
	}
	album := false
	for k += 2; k < s.Last && k < i+16 && r.entityAt(k) < 0; k++ {
		w := r.words[k]
		if sameClass[w] == "album" {
			album = true
		}
		if w != "," && (r.d.Tokens[k].Kind != doc.Word || capitalized(r.d.TokenText(k))) {
			return
		}
	}
	if r.d.Tokens[k].Kind == doc.OpenQuote && k+1 < s.Last {
		k++
	}
	w := r.entityAt(k)
	if !album || w < 0 || r.typeOf(w) != doc.Work || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	r.add(w, doc.Published, -1, date, s.First, r.mentionEnd(k), scoreGood, "as-track-of-album")
}

// abbrDate: "Established in 2003, the Zorblat Energy Initiative (ZEI)
// is …", "Grand Quest Saga (GQS) was released in 1998" — the
// abbreviation in parentheses right after a name that a rule of this
// sentence dated is a name of the same thing and takes the same date. It
// runs at the last token of the sentence, after every rule has read it.
func (r *run) abbrDate(s doc.Sentence) {
	sent := r.d.Tokens[s.First].Sentence
	n := len(r.out)
	for ci := 0; ci < n; ci++ {
		c := r.out[ci]
		if c.Predicate != doc.Inception && c.Predicate != doc.Published || c.Evidence.Sentence != sent || c.Value == "" {
			continue
		}
		for k := s.First; k+3 < s.Last; k++ {
			if r.entityAt(k) != c.Subject || r.mentionStart(k) != k {
				continue
			}
			e := r.mentionEnd(k)
			if e+2 >= s.Last || r.words[e] != "(" {
				continue
			}
			if c.Predicate == doc.Published {
				r.aliasDate(c, k, e, s)
			}
			a := r.entityAt(e + 1)
			if a < 0 || a == c.Subject || r.mentionEnd(e+1) != e+2 || r.words[e+2] != ")" || !abbrOf(r.d.TokenText(e+1), r.d.TokenText(k)) {
				continue
			}
			if t := r.typeOf(a); t == doc.Person || t == doc.Character || t == doc.GPE {
				continue
			}
			x, y := r.evidenceTokens(c)
			r.add(a, c.Predicate, -1, c.Value, min(x, k), max(y, e+3), c.Score-0.05, "abbr-of-dated")
		}
	}
}

// abbrOf reports whether abbr is written as an abbreviation of a name
// whose first word is first: two or more capitals (digits and "&" allowed),
// the first the name's initial: "ZEI" of "Zorblat".
func abbrOf(abbr, first string) bool {
	if len(abbr) < 2 || first == "" || abbr[0] != first[0] {
		return false
	}
	caps := 0
	for _, ch := range abbr {
		switch {
		case ch >= 'A' && ch <= 'Z':
			caps++
		case ch >= '0' && ch <= '9' || ch == '&':
		default:
			return false
		}
	}
	return caps >= 2
}

// aliasLead are the words that open another title of a work inside a
// parenthesis: "(also known as W)", "(titled as W in Europe)".
var aliasLead = set("also", "known", "as", "titled", "entitled", "retitled", "released", "a.k.a.", "aka", "or",
	"originally", "alternatively")

// aliasDate: "their 1987 album Zephyr Lane (titled as Blue Harbour in
// Europe)", "Grey Orchard (also known as The Lantern and Quiet Fields)"
// — the other titles in a parenthesis right after a dated work's name
// [k, e) name the same work and take its date c.
func (r *run) aliasDate(c doc.Claim, k, e int, s doc.Sentence) {
	j, as := e+1, false
	for j < s.Last && j < e+5 && aliasLead[r.words[j]] && r.entityAt(j) < 0 {
		as = as || r.words[j] == "as" || r.words[j] == "aka" || r.words[j] == "a.k.a." || r.words[j] == "or"
		j++
	}
	if !as {
		return
	}
	for j < s.Last {
		if r.d.Tokens[j].Kind == doc.OpenQuote {
			j++
		}
		w := r.entityAt(j)
		if w < 0 || w == c.Subject || r.mentionStart(j) != j || r.typeOf(w) != doc.Work {
			return
		}
		a, b := r.evidenceTokens(c)
		r.add(w, doc.Published, -1, c.Value, min(a, k), max(b, r.mentionEnd(j)), c.Score-0.05, "alias-of-dated")
		j = r.mentionEnd(j)
		if j < s.Last && r.d.Tokens[j].Kind == doc.CloseQuote {
			j++
		}
		if j+1 < s.Last && (r.words[j] == "and" || r.words[j] == "," || r.words[j] == "or") {
			j++
			continue
		}
		return
	}
}

// evidenceTokens returns the tokens [a, b) of claim c's evidence.
func (r *run) evidenceTokens(c doc.Claim) (int, int) {
	return r.d.TokenAt(c.Evidence.Start), r.d.TokenAt(c.Evidence.End-1) + 1
}

// datesDoc reads foundings and release dates over the whole document, after the
// sentence rules.
func (r *run) datesDoc() {
	r.songOfDatedRecord()
	r.topicHitYear()
	r.aliasesDated()
}

// aliasCues open another name of the topic between its title and the
// copula: "X, formerly Y,", "X (stylized as Y)", "X or Y was".
var aliasCues = set("(", ",", "or", "as", "called", "formerly", "known", ":", "aka", "a.k.a.", "also", "stylized",
	"styled", "/", ";", "named", "renamed", "titled", "english")

// aliasesDated: "X (ABBR), formerly Y (in English: Z) is a medical
// school … Established in 1999, ABBR has …", "The Q Protocol or Q
// Agreement was an undertaking given in 1952" — the other names the
// opening sentence gives the topic, between its title and the copula,
// name the same thing: each takes the topic's dates.
func (r *run) aliasesDated() {
	if len(r.d.Sentences) == 0 {
		return
	}
	t, end, cop := r.topic.ent, r.topic.end, r.topic.cop
	if d := r.definedThing(false); t < 0 && d.ent >= 0 {
		t, end, cop = d.ent, d.titleEnd, d.cop
	}
	if t < 0 || cop <= end {
		return
	}
	var dates []doc.Claim
	for _, c := range r.out {
		if c.Subject == t && c.Value != "" && (c.Predicate == doc.Published || c.Predicate == doc.Premiere || c.Predicate == doc.Inception) {
			dates = append(dates, c)
		}
	}
	if len(dates) == 0 {
		return
	}
	seen := map[int]bool{t: true}
	for k := end; k < cop; k++ {
		e := r.entityAt(k)
		if e < 0 || r.mentionStart(k) != k {
			continue
		}
		k = r.mentionEnd(k) - 1
		cue := r.aliasCueBefore(r.mentionStart(k))
		if seen[e] || r.d.Mentions[r.ment[k]].Kind != doc.Name || cue == "" {
			continue
		}
		seen[e] = true
		if r.typeOf(e) == doc.GPE && r.typeOf(t) != doc.GPE || cue == "(" && r.typeOf(e) != r.typeOf(t) {
			continue // "Grand Hotel (Berlin)": the place it stands in
		}
		for _, c := range dates {
			if !r.aliasFits(e, c.Predicate) {
				continue
			}
			if a := r.add(e, c.Predicate, -1, c.Value, 0, 1, scoreInferred, "alias-of-topic"); a != nil {
				a.Evidence = c.Evidence
				a.Evidence.Extractor = "claim:alias-of-topic"
			}
		}
	}
}

// aliasCueBefore returns the alias cue right before token k, past an
// opening quote or "the" ("(stylized as “Y”)", "or the Y"), or "".
func (r *run) aliasCueBefore(k int) string {
	j := k - 1
	if j > 0 && (r.d.Tokens[j].Kind == doc.OpenQuote || r.words[j] == "the") {
		j--
	}
	if j < 0 || !aliasCues[r.words[j]] {
		return ""
	}
	return r.words[j]
}

// aliasFits reports whether entity e, another name of the topic, can take
// a date of predicate p: a work a publication date, an organisation or a
// place an inception.
func (r *run) aliasFits(e int, p doc.Predicate) bool {
	switch t := r.typeOf(e); p {
	case doc.Published, doc.Premiere:
		return t == doc.Work
	default:
		return foundable(t)
	}
}

// recordNouns name a record or a book that holds songs or stories.
var recordNouns = set("album", "albums", "release", "ep", "lp", "collection", "compilation", "anthology", "record",
	"soundtrack", "mixtape")

// songOfDatedRecord: "on the 2010 album Y by Z, performing the solo for
// the song “W”", "“W” is a short story collected in his 1973 collection
// Y" — a song named after the record in the sentence that dates the
// record, or the story or song the opening sentence defines, came out
// with it: it takes the record's date when nothing dates it. Covers and
// earlier songs are left out, and so is a track named before "from their
// 2011 release Y", whose year is the release's.
func (r *run) songOfDatedRecord() {
	dated := map[int]bool{}
	for _, c := range r.out {
		if c.Predicate == doc.Published || c.Predicate == doc.Premiere {
			dated[c.Subject] = true
		}
	}
	n := len(r.out)
	for ci := 0; ci < n; ci++ {
		c := r.out[ci]
		if c.Predicate != doc.Published || !datePrefix.MatchString(c.Value) || r.typeOf(c.Subject) != doc.Work {
			continue
		}
		s := r.d.Sentences[c.Evidence.Sentence]
		y := r.recordNamedIn(c.Subject, s)
		if y < 0 {
			continue
		}
		w, at := r.songNamedIn(s, c.Subject)
		if w < 0 || dated[w] {
			continue
		}
		a, b := r.evidenceTokens(c)
		dated[w] = true
		r.add(w, doc.Published, -1, c.Value, min(a, at), max(b, r.mentionEnd(at)), scoreInferred, "song-of-dated-record")
	}
}

// recordNamedIn returns the token where sentence s names record e after
// its class noun ("the 2010 album Y", "his 1973 collection Y"), or -1.
func (r *run) recordNamedIn(e int, s doc.Sentence) int {
	for k := s.First + 1; k < s.Last; k++ {
		if r.entityAt(k) == e && r.mentionStart(k) == k && recordNouns[r.words[k-1]] {
			return k
		}
	}
	return -1
}

// songNamedIn returns the one song sentence s names in quotation marks
// after "the song" and after the record, or the topic of a first sentence that
// calls it a song or a story, with its first token; -1 when there is
// none, more than one, or the sentence speaks of covers or other records.
func (r *run) songNamedIn(s doc.Sentence, record int) (int, int) {
	w, at := -1, -1
	for k := s.First; k+1 < s.Last; k++ {
		if r.otherSong(k) {
			return -1, -1
		}
		if r.d.Tokens[k].Kind != doc.OpenQuote {
			continue
		}
		e := r.entityAt(k + 1)
		if e < 0 || e == record || r.typeOf(e) != doc.Work || r.mentionStart(k+1) != k+1 {
			continue
		}
		j := k - 1
		if j > s.First && r.words[j] == "," {
			j--
		}
		named := j >= s.First && r.words[j] == "song" && k > r.recordNamedIn(record, s)
		topic := s.First == r.d.Sentences[0].First && k <= s.First+1 && (e == r.topic.ent && shortWorkNouns[r.topic.class] ||
			r.topic.ent < 0 && r.definesShortWork(r.mentionEnd(k+1), s))
		if !named && !topic {
			continue
		}
		if w >= 0 && w != e {
			return -1, -1
		}
		w, at = e, k+1
	}
	return w, at
}

// shortWorkNouns are the classes of a short work a record or a book holds.
var shortWorkNouns = set("song", "track", "story", "short-story", "short", "poem", "tale")

// releasedWorkIn: "Epic released W in December 2000", "the band
// released its self-titled debut album W in 1992" — an active release
// verb, the work it names as its object after a few describing words, and
// the date right after the work. In an article on music a one-word name
// the tagger took for a band, released, is a record.
func (r *run) releasedWorkIn(i int, s doc.Sentence) {
	if i == s.First || i+3 >= s.Last || r.inQ[i] || r.plannedRelease(i) {
		return
	}
	switch r.words[i-1] {
	case "was", "were", "been", "be", "is", "are", "being", "had", "has", "to", ",", "not":
		return
	case "and":
		// "was written and released in 1990": a passive coordination.
		for x := i - 2; x >= s.First && x > i-7; x-- {
			if w := r.words[x]; w == "was" || w == "were" || w == "been" || w == "be" || w == "is" || w == "are" {
				return
			}
		}
	}
	k := i + 1
	switch r.words[k] {
	case "its", "their", "his", "her", "a", "an", "the":
		k++
	}
	for n := 0; k < s.Last && n < 8 && r.entityAt(k) < 0; n++ {
		t := r.d.Tokens[k]
		if t.Kind == doc.OpenQuote || r.words[k] == "," {
			break
		}
		if t.Kind == doc.Punct && r.words[k] != "-" || capitalized(r.d.TokenText(k)) || t.Kind == doc.Number ||
			r.words[k] == "with" || r.words[k] == "in" || r.words[k] == "on" || r.words[k] == "by" || r.words[k] == "as" {
			return
		}
		k++
	}
	if k < s.Last && r.words[k] == "," && k > i+1 {
		k++
	}
	if k < s.Last && r.d.Tokens[k].Kind == doc.OpenQuote {
		k++
	}
	w := r.entityAt(k)
	if w < 0 || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	retype := r.typeOf(w) == doc.Org && r.musicDoc() && len(r.d.Entities[w].Mentions) <= 2 && k == i+1 && r.mentionEnd(k) == k+1
	if r.typeOf(w) != doc.Work && !retype {
		return
	}
	q := r.mentionEnd(k)
	if q < s.Last && r.d.Tokens[q].Kind == doc.CloseQuote {
		q++
	}
	if q+1 >= s.Last || r.words[q] != "in" && r.words[q] != "on" {
		return
	}
	if v, de := r.dateRightAfter(q, s); v != "" && datePrefix.MatchString(v) {
		if retype {
			r.retype(w, doc.Work)
		}
		r.add(w, doc.Published, -1, v, i, de+1, scoreGood, "released-work-in")
	}
}

// listSongNouns name the songs of a record listed after a release:
// "featuring their hit singles “A”, “B” and “C”".
var listSongNouns = set("single", "singles", "song", "songs", "track", "tracks")

// releaseFeaturing: "released a platinum record with the quartet in 2004,
// featuring their hit singles “A”, “B” and “C”" — the songs a dated
// release features came out with it: each takes its date.
func (r *run) releaseFeaturing(i int, s doc.Sentence) {
	if i+3 >= s.Last || i-4 < s.First || r.words[i-1] != "," {
		return
	}
	// The release verb and its date, in the clause before the comma.
	date, rel := "", false
	for k := i - 2; k >= s.First && k > i-16; k-- {
		if r.words[k] == ";" || r.otherSong(k) {
			return
		}
		if r.words[k] == "released" || r.words[k] == "issued" {
			rel = true
			break
		}
		if v, ok := r.yearAt(k); ok && date == "" && r.d.Tokens[k].Kind == doc.Number {
			date = v
		}
	}
	if !rel || date == "" {
		return
	}
	k := i + 1
	switch r.words[k] {
	case "their", "his", "her", "its", "the":
		k++
	}
	for n := 0; k < s.Last && n < 3 && !listSongNouns[r.words[k]]; n++ {
		if r.d.Tokens[k].Kind != doc.Word || capitalized(r.d.TokenText(k)) {
			return
		}
		k++
	}
	if k >= s.Last || !listSongNouns[r.words[k]] {
		return
	}
	k++
	var ws []int
	for k+1 < s.Last && r.d.Tokens[k].Kind == doc.OpenQuote {
		w := r.entityAt(k + 1)
		if w < 0 || r.typeOf(w) != doc.Work || r.mentionStart(k+1) != k+1 {
			break
		}
		k = r.mentionEnd(k + 1)
		if k < s.Last && r.words[k] == "," {
			k++ // “A,” with the comma inside the quotes
		}
		if k >= s.Last || r.d.Tokens[k].Kind != doc.CloseQuote {
			break
		}
		ws = append(ws, w)
		k++
		if k < s.Last && r.words[k] == "," {
			k++
		}
		if k < s.Last && r.words[k] == "and" {
			k++
		}
	}
	if len(ws) < 2 {
		return
	}
	from := i - 1
	for from > s.First && r.words[from] != "released" && r.words[from] != "issued" {
		from--
	}
	for _, w := range ws {
		r.add(w, doc.Published, -1, date, from, k, scoreInferred, "release-featuring-songs")
	}
}

// otherSongWords say the songs a clause names are not the record's own:
// covers, earlier hits, another record's.
var otherSongWords = set("cover", "covers", "covered", "previous", "previously", "earlier", "former",
	"sampled", "samples", "tribute", "unreleased", "excluded", "omitted", "demo", "demos", "remix", "remixes")

// runNouns name works that run for years, whose year in a sentence may
// be any of their run: "he appeared in the series W in 1999".
var runNouns = set("series", "show", "programme", "program", "sitcom", "soap", "serial", "telenovela", "strip",
	"comic", "webcomic", "magazine", "newspaper", "franchise")

// forWorkNouns are the parts made for a work that name it after "for":
// "the screenplay for W", "the score for W".
var forWorkNouns = set("screenplay", "script", "score", "music", "soundtrack", "adaptation", "teleplay")

// classWorkIn: "as featured in the film W in 1948", "the literary
// adaptation W for BBC One in 2001", "wrote the screenplay for W in 2001"
// — a work named right after its class noun (or after "the screenplay
// for"), then the date, maybe after the network it was made for: its
// publication date. Award sentences, whose years are the ceremony's, and
// a work's parts ("an episode of W") are left out.
func (r *run) classWorkIn(i int, s doc.Sentence) {
	if i+3 >= s.Last || r.inQ[i] {
		return
	}
	k := i + 1
	switch {
	case r.has(i, tRunNouns):
		return // "appeared in BBC series W in 1999": a year of its run
	case r.has(i, tWorkClass) || r.words[i] == "adaptation":
		if i > s.First && (r.words[i-1] == "first" || r.words[i-1] == "debut" || r.words[i-1] == "next" || r.words[i-1] == "last") {
			return // "his first film W in 1990": the making rules read it
		}
	case r.has(i, tForWorkNouns) && r.words[k] == "for":
		k++
	default:
		return
	}
	if r.d.Tokens[k].Kind == doc.OpenQuote {
		k++
	}
	w := r.entityAt(k)
	if w < 0 || r.typeOf(w) != doc.Work || r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
		return
	}
	q := r.mentionEnd(k)
	if q < s.Last && r.d.Tokens[q].Kind == doc.CloseQuote {
		q++
	}
	// "for BBC One in 2001": the network or the maker it was made for.
	if q+1 < s.Last && r.words[q] == "for" {
		o := r.entityAt(q + 1)
		if o < 0 || r.typeOf(o) != doc.Org || r.mentionStart(q+1) != q+1 {
			return
		}
		q = r.mentionEnd(q + 1)
	}
	if q+1 >= s.Last || r.words[q] != "in" {
		return
	}
	v, de := r.dateRightAfter(q, s)
	if v == "" || !datePrefix.MatchString(v) || de+1 < s.Last && r.words[de+1] == "-" {
		return
	}
	for x := s.First; x < i; x++ {
		if workPartNouns[r.words[x]] {
			return
		}
	}
	// Award words in the clause: from the comma before the noun to the
	// date.
	a := i
	for a > s.First && r.words[a-1] != "," && r.words[a-1] != ";" {
		a--
	}
	if r.awardWordBefore(a, de+1) {
		return
	}
	r.add(w, doc.Published, -1, v, i, de+1, scoreGood, "class-work-in")
}

// otherSong reports whether token k says the songs of its clause are not
// the record's own: a cover word, or "originally recorded" or "sung".
func (r *run) otherSong(k int) bool {
	if otherSongWords[r.words[k]] {
		return true
	}
	if r.words[k] != "originally" || k+1 >= len(r.words) {
		return false
	}
	switch r.words[k+1] {
	case "recorded", "performed", "sung", "by", "written", "released":
		return true
	}
	return false
}

// yearRoleVerbs take part in or start a work: "In 2014, she portrayed
// X in the thriller W", "In 1931 he started his first newspaper strip, W".
var yearRoleVerbs = set("played", "portrayed", "voiced", "starred", "co-starred", "appeared", "hosted", "presented",
	"narrated", "began", "launched", "started", "created", "scored", "composed", "wrote", "directed", "produced")

// beginVerbs start a work: the year they open with is its first, even
// for a work that runs for years ("In 1919 he began the strip W").
var beginVerbs = set("began", "launched", "started", "created")

// inYearRole: "In 2014, she portrayed Moreno, a surgeon, in
// NBC's hospital drama W", "In 1931 she launched her first daily comic strip, W"
// — a sentence that opens with its only date, a verb of playing in or
// starting a work, and the work named after its class noun or "in": the
// work came out then.
func (r *run) inYearRole(i int, s doc.Sentence) {
	if !r.has(i, tYearRoleVerbs) || r.inQ[i] || i-1 <= s.First || r.words[s.First] != "in" {
		return
	}
	date, de := r.dateRightAfter(s.First, s)
	if date == "" || !datePrefix.MatchString(date) || de+1 > i {
		return // "In 2005 starred in W": a subject may be left out
	}
	// The subject between the date and the verb: a pronoun or a person.
	q := de + 1
	if r.words[q] == "," {
		q++
	}
	if q < i && !r.subjectAt(q) && r.words[q] != "he" && r.words[q] != "she" {
		return
	}
	for x := q; x < i; x++ {
		if r.words[x] == "," || r.words[x] == ";" || r.words[x] == "and" {
			return
		}
	}
	// No other date before the work: "In 2012 he appeared in W, which
	// began in 2008" is checked once the work is found.
	other := func(end int) bool {
		for _, x := range r.d.Timexes {
			if x.Start > r.d.Tokens[de].End && x.End <= r.d.Tokens[s.Last-1].End && datePrefix.MatchString(x.Value) &&
				(x.Start < r.d.Tokens[end-1].End || r.words[end] != ",") {
				return true
			}
		}
		return false
	}
	for k := i + 1; k < s.Last && k < i+20; k++ {
		if r.words[k] == ";" || workPartNouns[r.words[k]] {
			return
		}
		e := r.entityAt(k)
		if e < 0 || r.d.Mentions[r.ment[k]].Kind == doc.Pronoun {
			continue
		}
		if r.typeOf(e) != doc.Work {
			k = r.mentionEnd(k) - 1
			continue
		}
		if r.mentionStart(k) != k || r.d.Mentions[r.ment[k]].Kind != doc.Name {
			return
		}
		p := k - 1
		if p > i && (r.words[p] == "," || r.d.Tokens[p].Kind == doc.OpenQuote) {
			p--
		}
		if !workClass[r.words[p]] && r.words[p] != "in" && r.words[p] != "on" || runNouns[r.words[p]] && !beginVerbs[r.words[i]] {
			return
		}
		if r.awardWordBefore(s.First, r.mentionEnd(k)) || r.mentionEnd(k) >= s.Last || other(r.mentionEnd(k)) {
			return
		}
		r.add(e, doc.Published, -1, date, s.First, r.mentionEnd(k), scoreGood-0.1, "in-year-role")
		return
	}
}

// definesShortWork reports whether the title ending at token k is defined
// as a song, a poem or a story: "“W” is a short story by A".
func (r *run) definesShortWork(k int, s doc.Sentence) bool {
	if k < s.Last && r.d.Tokens[k].Kind == doc.CloseQuote {
		k++
	}
	if k+2 >= s.Last || !copulas[r.words[k]] || r.words[k+1] != "a" && r.words[k+1] != "an" {
		return false
	}
	for j := k + 2; j < s.Last && j < k+6; j++ {
		if shortWorkNouns[r.words[j]] {
			return true
		}
	}
	return false
}

// chartWords say a song did well on the charts: "he hit #1 in 1974 with
// “W”", "scored a top ten hit in 1985 with “W”".
var chartWords = set("hit", "hits", "#", "number", "charted", "topped", "success", "smash", "chart", "charts")

// hitInYearWith: "he hit #1 in 1974 with “W”", "she scored her first hit
// in 1985 with “W”" — a song that charted in a year came out then.
func (r *run) hitInYearWith(i int, s doc.Sentence) {
	if i-2 < s.First || i+2 >= s.Last || r.words[i-1] != "in" || r.inQ[i] {
		return
	}
	v, ok := r.yearAt(i)
	if !ok || len(v) != 4 || r.d.Tokens[i].Kind != doc.Number || r.words[i+1] != "with" || r.d.Tokens[i+2].Kind != doc.OpenQuote {
		return
	}
	chart := false
	for k := i - 2; k >= s.First && k > i-7; k-- {
		if r.words[k] == "," || r.words[k] == ";" {
			break
		}
		if r.otherSong(k) {
			return
		}
		chart = chart || chartWords[r.words[k]]
	}
	if !chart {
		return
	}
	w, end := r.quotedAt(i+2, s)
	if w < 0 || r.typeOf(w) != doc.Work {
		return
	}
	r.add(w, doc.Published, -1, v, i-1, end, scoreGood-0.1, "hit-in-year-with")
}

// topicHitYear: "“W” is a ballad composed and sung by A, which
// became a 1982 soul and disco hit for her" — a song the opening
// sentence calls "a YEAR … hit" came out that year, when nothing else
// dates it.
func (r *run) topicHitYear() {
	t := r.topic.ent
	if t < 0 || sameClass[r.topic.class] != "song" || len(r.d.Sentences) == 0 {
		return
	}
	for _, c := range r.out {
		if c.Subject == t && (c.Predicate == doc.Published || c.Predicate == doc.Premiere) {
			return
		}
	}
	s := r.d.Sentences[0]
	for i := r.topic.end; i+2 < s.Last; i++ {
		if r.otherSong(i) {
			return
		}
		if r.words[i] != "a" && r.words[i] != "an" || r.d.Tokens[i+1].Kind != doc.Number {
			continue
		}
		v, ok := r.yearAt(i + 1)
		if !ok || len(v) != 4 {
			continue
		}
		for k := i + 2; k < s.Last && k < i+9; k++ {
			if r.d.Tokens[k].Kind == doc.Punct || r.words[k] == "by" || r.words[k] == "of" {
				break
			}
			if r.words[k] == "hit" || r.words[k] == "single" {
				r.add(t, doc.Published, -1, v, i, k+1, scoreGood-0.1, "topic-a-year-hit")
				return
			}
		}
	}
}
