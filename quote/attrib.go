package quote

import "github.com/newsgraph/newsgraph/doc"

// window bounds for attribution search, in tokens.
const (
	afterWindow  = 25
	beforeWindow = 40
	subjectMax   = 7
)

// attribution is a cue with the phrase naming its speaker.
type attribution struct {
	cueStart, cueEnd int
	subjS, subjE     int
	c                cue
}

// attribute finds each quoted span's cue and speaker phrase, decides which
// spans are quotations and carries speakers on to spans with no cue.
func (r *run) attribute() {
	for k := range r.spans {
		s := &r.spans[k]
		post, postOK := r.cueAfter(s)
		pre, preOK := r.cueBefore(s)
		commaEnd := false
		if s.close >= 0 && s.last < s.close && (r.isText(s.last, ",") || r.isText(s.last, ":") || r.toks[s.last].Kind == doc.Dash) {
			commaEnd = true // a comma, colon or dash was trimmed before the mark
		}
		if s.close >= 0 && s.last > s.first {
			switch r.text(s.last - 1) {
			case "?", "!":
				commaEnd = true
			}
		}
		if a, ok := r.transcript(s); ok {
			r.setAttribution(s, a, howBefore)
			continue
		}
		switch {
		case postOK && (commaEnd || !preOK):
			r.setAttribution(s, post, howAfter)
		case preOK:
			r.setAttribution(s, pre, howBefore)
		default:
			if a, ok := r.nameAfterQuote(s, commaEnd); ok {
				r.setAttribution(s, a, howTrailing)
			}
		}
	}
	// Decide which spans are quotations and carry speakers on.
	lastKept := -1
	absorbedTo := -1 // spans opening before this token lie in a reported clause
	for k := range r.spans {
		s := &r.spans[k]
		if s.open < absorbedTo {
			s.keep = false
			continue
		}
		if s.how == howBefore && !s.titleLike && r.partial(s) {
			absorbedTo = r.toClause(s)
			s.keep = true
			lastKept = k
			r.markUsed(s)
			continue
		}
		if s.how != howNone {
			s.keep = !s.titleLike || r.spanCue(s).kind == label
			if s.keep && s.words < 3 && s.how == howBefore && r.spanCue(s).kind != label && s.open-s.cueEnd > 8 {
				s.keep = false
			}
			if s.keep && s.single && s.words < minClause {
				s.keep = false
			}
		} else if from := r.carrySource(k, lastKept); from >= 0 && !s.titleLike {
			f := &r.spans[from]
			s.how, s.carriedFrom = howCarried, from
			s.cueStart, s.cueEnd = f.cueStart, f.cueEnd
			s.keep = true
		} else {
			s.keep = s.words >= minClause && !s.titleLike && !s.single
		}
		if s.keep {
			lastKept = k
			r.markUsed(s)
		}
	}
}

// markUsed marks the content and cue of s as taken.
func (r *run) markUsed(s *qspan) {
	for i := s.first; i < s.last; i++ {
		r.used[i] = true
	}
	if s.cueStart >= 0 && s.how != howCarried {
		for i := s.cueStart; i < s.cueEnd; i++ {
			r.used[i] = true
		}
	}
}

// partial reports whether s is a partial quotation inside a reported
// clause: words other than "that" stand between its cue and its opening
// mark ("said the plan was “a disaster”").
func (r *run) partial(s *qspan) bool {
	if s.cueEnd < 0 || s.cueEnd > s.open || s.subjS >= s.cueEnd {
		return false
	}
	if p := s.open - 1; p > s.cueEnd && (r.isText(p, ",") || r.isText(p, ":")) && p-s.cueEnd <= 3 {
		// An addressee or a time before a comma: "told them, “…”", "said
		// on Monday: “…”".
		return false
	}
	for i := s.cueEnd; i < s.open; i++ {
		if r.isWord(i) && string(r.lower(i)) != "that" {
			return true
		}
	}
	return false
}

// toClause widens the partial quotation s to the reported clause that
// holds it: from after the cue (and "that") to the end of the sentence,
// quotation marks included. It is Direct when at least half of its words
// are quoted. It returns the token where the clause ends.
func (r *run) toClause(s *qspan) int {
	first := s.cueEnd
	for i := s.cueEnd; i < s.open; i++ {
		if string(r.lower(i)) == "that" {
			first = i + 1
			break
		}
	}
	for first < s.open && !r.isWord(first) {
		first++
	}
	end := s.last
	if s.close >= 0 {
		end = s.close + 1
		// A label ("called him “a total stiff”") ends with its quote; a
		// reported clause runs to the end of the sentence.
		if r.spanCue(s).kind != label && !r.sentenceEnd(s.last) && !(s.last > s.first && r.sentenceEnd(s.last-1)) {
			pe := r.paraEnd(s.para)
			for end < pe && !r.sentenceEnd(end) {
				end++
			}
		}
	}
	last := end
	for last > first && (r.toks[last-1].Kind == doc.Punct || r.toks[last-1].Kind == doc.Dash) && r.marks[last-1] == noMark {
		last--
	}
	words, quoted := 0, 0
	inside := false
	for i := first; i < last; i++ {
		switch r.marks[i] {
		case openDouble, openSingle:
			inside = true
		case closeDouble, closeSingle:
			inside = false
		case straightDouble:
			inside = !inside
		}
		if r.isWord(i) {
			words++
			if inside {
				quoted++
			}
		}
	}
	s.first, s.last = first, last
	s.words = words
	s.direct = 2*quoted >= words
	s.clause = true
	return end
}

func (r *run) spanCue(s *qspan) cue {
	if s.cueStart < 0 {
		return cue{}
	}
	c, _, _ := r.cueAt(s.cueStart)
	return c
}

func (r *run) setAttribution(s *qspan, a attribution, h how) {
	s.how = h
	s.cueStart, s.cueEnd = a.cueStart, a.cueEnd
	s.subjS, s.subjE = a.subjS, a.subjE
	r.findOf(s)
}

// findOf records the X of "said of X" after a cue.
func (r *run) findOf(s *qspan) {
	i := s.cueEnd
	if s.subjS >= s.cueEnd {
		i = s.subjE
	}
	if i < 0 || i >= len(r.toks) || string(r.lower(i)) != "of" {
		return
	}
	j := i + 1
	e := j
	for e < len(r.toks) && e-j < subjectMax && r.para[e] == r.para[i] && (r.isWord(e) || r.isText(e, "'s") || r.isText(e, "’s")) && string(r.lower(e)) != "who" {
		e++
	}
	if e > j {
		s.ofS, s.ofE = j, e
	}
}

// carrySource returns the span whose attribution span k carries on, or -1:
// the quotation k continues from the paragraph before, an earlier
// attributed quote of the same paragraph, or the last quote of the
// paragraph before when k opens its paragraph.
func (r *run) carrySource(k, lastKept int) int {
	if lastKept < 0 {
		return -1
	}
	s, f := &r.spans[k], &r.spans[lastKept]
	if f.cueStart < 0 {
		return -1
	}
	if s.cont && lastKept == k-1 {
		return lastKept
	}
	if f.para == s.para {
		return lastKept
	}
	if s.open == r.paraS[s.para] && f.para == s.para-1 && !s.single {
		return lastKept
	}
	return -1
}

// cueAfter looks for "…,” X said" and "…,” said X" after the closing mark.
func (r *run) cueAfter(s *qspan) (attribution, bool) {
	if s.close < 0 {
		return attribution{}, false
	}
	p := int(r.para[s.close])
	lim := min(s.close+1+afterWindow, r.paraEnd(p))
	k := s.close + 1
	for k < lim && (r.isText(k, ",") || r.toks[k].Kind == doc.Dash || r.isText(k, "'") || r.isText(k, "’")) {
		k++
	}
	for m := k; m < lim; m++ {
		if r.isText(m, "(") {
			// "Rep. Jane Doe (D-Ore.) said": a full stop inside the
			// parenthesis ends nothing.
			if e := r.parenEnd(m, lim); e > m {
				m = e
				continue
			}
		}
		if r.sentenceEnd(m) || r.marks[m] == openDouble || r.marks[m] == straightDouble {
			break
		}
		c, ce, ok := r.cueAt(m)
		if !ok || c.reportOnly {
			continue
		}
		if c.kind == label {
			break
		}
		if !c.inverted {
			if ss, se, ok := r.subjectBefore(m, k); ok && r.wordsOnly(k, ss) {
				return attribution{m, ce, ss, se, c}, true
			}
		}
		if m == k || c.inverted || r.isText(m-1, ",") && c.kind == speech {
			if ss, se, ok := r.subjectAfter(ce, lim); ok {
				return attribution{m, ce, ss, se, c}, true
			}
		}
		break
	}
	return attribution{}, false
}

// cueBefore looks for "X said, “…" and "X called it “…”" before the
// opening mark, within the clause.
func (r *run) cueBefore(s *qspan) (attribution, bool) {
	p := int(r.para[s.open])
	lo := r.paraS[p]
	if s.open == lo && lo > 0 && r.isText(lo-1, ":") {
		// "… as Smith put it:" closing the paragraph before.
		lo = r.paraS[p-1]
	}
	for m := s.open - 1; m >= lo && s.open-m <= beforeWindow; m-- {
		if r.sentenceEnd(m) || r.marks[m] == openDouble {
			lo = m + 1
			break
		}
		if (r.marks[m] == closeDouble || r.marks[m] == straightDouble) && !r.titleEndsAt(m) {
			lo = m + 1
			break
		}
	}
	// A cue with no subject of its own ("…, explaining, “…”") takes the
	// subject of an earlier cue of the clause.
	bare, bareEnd := -1, -1
	for m := s.open - 1; m >= lo; m-- {
		c, ce, ok := r.cueAt(m)
		if !ok || c.reportOnly {
			continue
		}
		if c.inverted {
			if ss, se, ok := r.subjectAfter(ce, s.open); ok {
				return attribution{m, ce, ss, se, c}, true
			}
			continue
		}
		if ss, se, ok := r.subjectBefore(m, lo); ok {
			if !r.strongSubject(ss, se) && (!r.is(se-1, fRole|fOrg) || hasSuffix(string(r.lower(m)), "ing")) {
				// "Her campaign sent out a release saying": the object
				// before a participle is not the speaker; the sentence's
				// subject is.
				if s2, e2, ok := r.sentenceSubject(r.sentenceStart(m), m); ok && r.strongSubject(s2, e2) {
					ss, se = s2, e2
				}
			}
			if bare >= 0 {
				bc, _, _ := r.cueAt(bare)
				return attribution{bare, bareEnd, ss, se, bc}, true
			}
			if o0, o1, ok := r.outerSubject(ss, se, lo); ok {
				ss, se = o0, o1
			}
			return attribution{m, ce, ss, se, c}, true
		}
		if (r.clauseOpens(m) || r.isText(m-1, ",")) && c.kind == speech && !hasSuffix(string(r.lower(m)), "ing") {
			if ss, se, ok := r.subjectAfter(ce, s.open); ok && se-ss <= 4 && r.punctBetween(se, s.open) {
				return attribution{m, ce, ss, se, c}, true
			}
		}
		if bare < 0 && m > lo && r.bareCue(m) {
			bare, bareEnd = m, ce
		}
	}
	if a, ok := r.cueSentence(s); ok {
		return a, true
	}
	if k := s.open - 1; k-1 >= lo && r.isText(k, ":") {
		// "More from Smith: “…”", "— Jane Doe: “…”": a name and a colon.
		if ss, se, ok := r.nameBefore(k-1, lo); ok && (r.clauseOpens(ss) || r.toks[ss-1].Kind == doc.Dash || r.isText(ss-1, "-") || r.is(ss-1, fRole) || string(r.lower(ss-1)) == "from") {
			return attribution{k, k + 1, ss, se, cue{lemma: ":"}}, true
		}
	}
	if k := s.open - 1; bare < 0 && k-1 > lo && r.isText(k, ":") && r.toks[k-1].Kind == doc.Word && !r.capitalized(k-1) {
		// "he demurred: “…”": a verb of its own before a colon.
		if ss, se, ok := r.subjectBefore(k-1, lo); ok && se == k-1 {
			return attribution{k - 1, k, ss, se, cue{lemma: string(r.lower(k - 1))}}, true
		}
	}
	if bare >= 0 {
		// No earlier cue: the subject of the sentence ("Trump then appears
		// in a clip, saying, “…”", "Speaking again, he went on, saying").
		bc, _, _ := r.cueAt(bare)
		// The first person named or pronoun in the sentence ("Two days
		// on, Marsh changed course, telling a radio host that …").
		if ss, se, ok := r.sentenceSubject(r.sentenceStart(bare), bare); ok {
			return attribution{bare, bareEnd, ss, se, bc}, true
		}
	}
	return attribution{}, false
}

// nameLike reports whether token i may start a name: capitalised, not a
// function word, a time word, a headline in capitals or an -ing form.
func (r *run) nameLike(i int) bool {
	return r.capitalized(i) && !r.is(i, fStop|fDet|fNounDet|fTemporal) && !r.allCaps(i) && !hasSuffix(string(r.lower(i)), "ing")
}

// sentenceStart returns the first token of the sentence holding token i,
// looking back at most beforeWindow tokens and through quotation marks.
func (r *run) sentenceStart(i int) int {
	lo := r.paraS[r.para[i]]
	k := i
	for k > lo && i-k < 2*beforeWindow && !r.sentenceEnd(k-1) {
		k--
	}
	return k
}

// bareCue reports whether the cue at token m has no subject of its own: a
// participle after a comma ("…, saying") or a verb after "and".
func (r *run) bareCue(m int) bool {
	j := m - 1
	for j > 0 && r.is(j, fSkip) {
		j--
	}
	if j < 0 {
		return false
	}
	if r.isText(j, ",") {
		return hasSuffix(string(r.lower(m)), "ing")
	}
	return string(r.lower(j)) == "and"
}

// nameAfter finds a run of capitalised words starting at token i, ending
// before hi.
func (r *run) nameAfter(i, hi int) (int, int, bool) {
	if string(r.lower(i)) == "but" || string(r.lower(i)) == "and" {
		i++
	}
	e := i
	for e < hi && e-i < subjectMax && (r.capitalized(e) || e > i && r.is(e, fParticle)) {
		e++
	}
	if e == i || r.is(i, fStop) {
		return 0, 0, false
	}
	return i, e, true
}

// wordsOnly reports whether tokens [from, to) are all words: the speaker
// phrase may start after them ("“…,” Trump senior adviser Paul Manafort
// said").
func (r *run) wordsOnly(from, to int) bool {
	if to-from > 12 {
		return false
	}
	for i := from; i < to; i++ {
		if !r.isWord(i) && !r.isText(i, "’s") && !r.isText(i, "'s") && !r.isText(i, ",") && !r.isText(i, "(") && !r.isText(i, ")") {
			return false
		}
	}
	return true
}

// cueSentence finds a sentence that is only an attribution right before
// the quote: "Bystrom agreed. “…”", "Smith said: “…”".
func (r *run) cueSentence(s *qspan) (attribution, bool) {
	k := s.open - 1
	lo := r.paraS[r.para[s.open]]
	if k-1 < lo || !(r.isText(k, ".") || r.isText(k, ":")) {
		return attribution{}, false
	}
	m := k - 1
	for m > lo && r.is(m, fTemporal) {
		m--
	}
	c, ce, ok := r.cueAt(m)
	if !ok || c.kind == label || c.inverted || c.reportOnly || ce > k {
		return attribution{}, false
	}
	start := m
	for start > lo && !r.sentenceEnd(start-1) && r.marks[start-1] == noMark {
		start--
	}
	if ss, se, ok := r.subjectBefore(m, start); ok {
		return attribution{m, ce, ss, se, c}, true
	}
	return attribution{}, false
}

// titleEndsAt reports whether a quoted span that looks like a title ends
// with the mark at token m.
func (r *run) titleEndsAt(m int) bool {
	for k := len(r.spans) - 1; k >= 0; k-- {
		if r.spans[k].close == m || r.spans[k].close == m+1 && r.paired(m) {
			return r.spans[k].titleLike
		}
		if r.spans[k].open < m {
			return false
		}
	}
	return false
}

// clauseOpens reports whether token m starts a sentence, a paragraph or
// follows a quotation mark or a colon.
func (r *run) clauseOpens(m int) bool {
	if m == 0 || r.para[m-1] != r.para[m] {
		return true
	}
	return r.sentenceEnd(m-1) || r.marks[m-1] != noMark || r.isText(m-1, ":")
}

// punctBetween reports whether tokens [from, to) are only punctuation.
func (r *run) punctBetween(from, to int) bool {
	for i := from; i < to; i++ {
		if r.isWord(i) {
			return false
		}
	}
	return true
}

// subjectBefore finds the speaker phrase that ends right before the cue at
// token c, not reaching before token lo.
func (r *run) subjectBefore(c, lo int) (int, int, bool) {
	j := c - 1
	for j >= lo && r.is(j, fSkip) {
		j--
	}
	if j < lo {
		return 0, 0, false
	}
	j = r.skipParen(j, lo)
	// Step over a prepositional phrase between subject and verb ("Marsh,
	// who has long argued", "Lind on Monday attacked").
	for n := 0; n < 2; n++ {
		p := r.prepositionBefore(j, lo)
		if p < 0 {
			break
		}
		j = p - 1
		for j >= lo && r.is(j, fSkip) {
			j--
		}
		if j < lo {
			return 0, 0, false
		}
		j = r.skipParen(j, lo)
	}
	if r.subjectPronoun(j) {
		return j, j + 1, true
	}
	switch string(r.lower(j)) {
	case "who", "which", "that":
		// "the council, which said", "a voice that said"
		k := j - 1
		if k >= lo && r.isText(k, ",") {
			k--
		}
		if s, e, ok := r.nameBefore(k, lo); ok {
			return s, e, true
		}
		return r.nominalBefore(k, lo)
	}
	if r.isText(j, ",") && !hasSuffix(string(r.lower(c)), "ing") {
		// An apposition: "Luna, 44, said", "Smith, a spokeswoman, said",
		// "her adviser, Jake Sullivan, said", "Jane Doe, head of
		// planning, roads and parks, said".
		commas := 0
		for k := j - 1; k >= lo && j-k <= 30; k-- {
			if r.marks[k] != noMark || r.sentenceEnd(k) {
				break
			}
			if r.isText(k, ",") {
				commas++
				if commas == 1 {
					if s, e, ok := r.nameBefore(j-1, k+1); ok && s == k+1 {
						return s, e, true
					}
					if s, e, ok := r.nameBefore(k-1, lo); ok {
						return s, e, true
					}
					if s, e, ok := r.nominalBefore(k-1, lo); ok {
						return s, e, true
					}
				} else if s, e, ok := r.nameBefore(k-1, lo); ok && r.personAt(e-1) {
					return s, e, true
				}
				if commas == 4 {
					break
				}
			}
		}
		return 0, 0, false
	}
	if s, e, ok := r.nameBefore(j, lo); ok {
		return s, e, true
	}
	return r.nominalBefore(j, lo)
}

// nominalBefore finds a nominal speaker ending at token j: "the actor", "a
// spokeswoman", "the 44-year-old", "officials".
func (r *run) nominalBefore(j, lo int) (int, int, bool) {
	if j < lo || r.toks[j].Kind != doc.Word && r.toks[j].Kind != doc.Number || r.is(j, fStop) {
		return 0, 0, false
	}
	s, det := j, false
	for s-1 >= lo && j-s < subjectMax {
		p := s - 1
		if r.is(p, fDet) {
			s, det = p, true
			break
		}
		if r.isText(p, "’s") || r.isText(p, "'s") {
			// "Romney's associates": a possessive name is a determiner.
			if n0, _, ok := r.nameBefore(p-1, lo); ok {
				s, det = n0, true
			}
			break
		}
		if _, isPron := r.pronoun(p); !r.isWord(p) || r.is(p, fStop) || isPron {
			break
		}
		s = p
	}
	head := string(r.lower(j))
	if det || r.is(j, fRole|fOrg) || hasSuffix(head, "-old") {
		return s, j + 1, true
	}
	return 0, 0, false
}

// prepositionBefore returns the preposition that opens a short phrase
// ending at token j ("in the past", "on Saturday"), or -1.
func (r *run) prepositionBefore(j, lo int) int {
	for k := j; k >= lo && j-k < 4; k-- {
		if !r.isWord(k) {
			return -1
		}
		if r.is(k, fPrep) {
			if k == j {
				return -1
			}
			return k
		}
		if r.is(k, fStop) {
			// "at a rally in Houston and told": a clause, not a phrase.
			return -1
		}
	}
	return -1
}

// skipParen returns the token before a parenthesis that closes at token j
// ("Sen. Marco Rubio (R-Fla.)"), or j.
func (r *run) skipParen(j, lo int) int {
	if j < lo || !r.isText(j, ")") {
		return j
	}
	for k := j - 1; k > lo && j-k < 10; k-- {
		if r.isText(k, "(") {
			return k - 1
		}
	}
	return j
}

// nameBefore finds a run of capitalised words ending at token j.
func (r *run) nameBefore(j, lo int) (int, int, bool) {
	j = r.skipParen(j, lo)
	if j < lo || !r.capitalized(j) || r.is(j, fStop|fIntro|fOpener|fTemporal) && !r.personAt(j) {
		return 0, 0, false
	}
	s := j
	for s-1 >= lo && j-s < subjectMax {
		p := s - 1
		if r.is(p, fStop) {
			break
		}
		if r.capitalized(p) || r.is(p, fParticle) || string(r.lower(p)) == "the" {
			s = p
			continue
		}
		if r.isText(p, "’s") || r.isText(p, "'s") {
			s = p
			continue
		}
		break
	}
	return s, j + 1, true
}

// subjectAfter finds the speaker phrase that starts at token j, before hi
// ("said Luna", "said the actor", "according to the studio").
func (r *run) subjectAfter(j, hi int) (int, int, bool) {
	if j >= hi || j >= len(r.toks) || r.para[j] != r.para[min(hi, len(r.toks))-1] {
		return 0, 0, false
	}
	if r.subjectPronoun(j) {
		return j, j + 1, true
	}
	if r.is(j, fTemporal) {
		return 0, 0, false
	}
	if r.capitalized(j) || r.is(j, fDet) || r.is(j, fRole) || r.nameSoon(j, hi) {
		e := j + 1
		for e < hi && e-j < subjectMax && (r.isWord(e) || r.isText(e, "’s") || r.isText(e, "'s")) && !r.is(e, fStop) {
			if _, _, ok := r.cueAt(e); ok {
				break
			}
			e++
		}
		if r.is(j, fDet) && e == j+1 {
			return 0, 0, false
		}
		return j, e, true
	}
	return 0, 0, false
}

// nameSoon reports whether a capitalised word follows token j within three
// words, with no punctuation between ("former South Carolina Gov. Jim
// Hodges").
func (r *run) nameSoon(j, hi int) bool {
	for k := j; k < hi && k-j < 5; k++ {
		if !r.isWord(k) || r.is(k, fStop) && (k == j || string(r.lower(k)) != "of") {
			return false
		}
		if r.capitalized(k) {
			return true
		}
	}
	return false
}

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }

// transcript finds the speaker label that opens a quoted line of a
// transcript: “SMITH: We will …” (one to three words in capitals and a
// colon).
func (r *run) transcript(s *qspan) (attribution, bool) {
	for k := s.first; k < s.last && k-s.first <= 3; k++ {
		if r.isText(k, ":") {
			if k == s.first || k+1 >= s.last {
				return attribution{}, false
			}
			return attribution{k, k + 1, s.first, k, cue{lemma: ":"}}, true
		}
		if r.toks[k].Kind != doc.Word || !r.allCaps(k) {
			return attribution{}, false
		}
	}
	return attribution{}, false
}

// nameAfterQuote finds a speaker named right after the closing mark with
// no cue, at the end of its paragraph: "“…,” Jane Doe" (a text cut short)
// and the signed quotes of a digest, "“…” ― Jane Doe, 34, Ohio". The
// quote must end with a comma or be followed by a dash.
func (r *run) nameAfterQuote(s *qspan, commaEnd bool) (attribution, bool) {
	if s.close < 0 {
		return attribution{}, false
	}
	pe := r.paraEnd(s.para)
	k := s.close + 1
	dash := false
	for k < pe && (r.isText(k, ",") || r.toks[k].Kind == doc.Dash || r.isText(k, "-")) {
		dash = dash || !r.isText(k, ",")
		k++
	}
	if k >= pe || !commaEnd && !dash {
		return attribution{}, false
	}
	ss, se := k, k+1
	if r.is(k, fDet) && commaEnd {
		// A nominal ending the paragraph: "“…,” the 71-year-old diplomat".
		e := k + 1
		for e < pe && e-k <= 8 && (r.isWord(e) || r.isText(e, ",")) {
			if _, _, ok := r.cueAt(e); ok {
				return attribution{}, false
			}
			e++
		}
		if e < pe && !(r.sentenceEnd(e) && e+1 == pe) || e == k+1 || !r.isWord(e-1) {
			return attribution{}, false
		}
		return attribution{-1, -1, k, e, cue{}}, true
	}
	if !r.subjectPronoun(k) {
		// A name, maybe after a title or a description in lower case ("an
		// angry Hollande").
		c := k
		for c < pe && c-k < 4 && r.isWord(c) && !r.capitalized(c) && !r.is(c, fStop) {
			c++
		}
		if c >= pe || !r.capitalized(c) || r.allCaps(c) && c+1 < pe && r.allCaps(c+1) {
			return attribution{}, false
		}
		n0, n1, ok := r.nameAfter(c, pe)
		if !ok {
			return attribution{}, false
		}
		ss, se = n0, n1
	}
	if commaEnd && se < pe && r.toks[se].Kind == doc.Word && !r.capitalized(se) && !r.is(se, fStop|fDet) &&
		r.clauseOpens(s.open) && s.words >= 3 {
		// A verb the lexicon does not know: "“…,” Jane Doe intoned."
		return attribution{-1, -1, ss, se, cue{}}, true
	}
	// Only an apposition, a parenthesis or a full stop may follow.
	for i := se; i < pe; i++ {
		if _, _, ok := r.cueAt(i); ok || r.marks[i] != noMark {
			return attribution{}, false
		}
		if r.sentenceEnd(i) && i+1 < pe {
			return attribution{}, false
		}
		if i == se && !r.isText(i, ",") && !r.isText(i, "(") && !r.sentenceEnd(i) {
			return attribution{}, false
		}
	}
	return attribution{-1, -1, ss, se, cue{}}, true
}

// parenEnd returns the token that closes the parenthesis opening at token
// m, before hi and within a few tokens, or -1.
func (r *run) parenEnd(m, hi int) int {
	for k := m + 1; k < hi && k-m <= 12; k++ {
		if r.isText(k, ")") {
			return k
		}
		if r.isText(k, "(") || r.marks[k] != noMark {
			return -1
		}
	}
	return -1
}

// strongSubject reports whether the speaker phrase [ss, se) is a subject
// pronoun or holds a name of a person or an organization.
func (r *run) strongSubject(ss, se int) bool {
	if se-ss == 1 && r.subjectPronoun(ss) {
		return true
	}
	for i := ss; i < se; i++ {
		if r.personAt(i) {
			return true
		}
	}
	return false
}

// outerSubject finds the speaker of a report that holds the pronoun
// subject [ss, se) of an inner cue: "Benjamin said he believes “…”", "the
// senator told reporters that she hoped …". The outer subject names the
// speaker where the pronoun only refers back to it.
func (r *run) outerSubject(ss, se, lo int) (int, int, bool) {
	if se != ss+1 || !r.subjectPronoun(ss) {
		return 0, 0, false
	}
	j := ss - 1
	if j >= lo && string(r.lower(j)) == "that" {
		j--
	}
	// An addressee between the outer cue and the pronoun: "told reporters".
	for n := 0; n < 3 && j >= lo; n++ {
		c, ce, ok := r.cueAt(j)
		if ok && c.kind == speech && !c.inverted && ce <= ss {
			if o0, o1, ok := r.subjectBefore(j, lo); ok && !(o1 == o0+1 && r.subjectPronoun(o0)) {
				return o0, o1, true
			}
			return 0, 0, false
		}
		if !r.isWord(j) || r.is(j, fStop) {
			return 0, 0, false
		}
		j--
	}
	return 0, 0, false
}
