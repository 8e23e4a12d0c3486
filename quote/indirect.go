package quote

import "github.com/newsgraph/newsgraph/doc"

// minIndirect is the number of words a reported clause needs.
const minIndirect = 4

// indirect finds reports of speech outside quotation marks: "X said (that)
// …", "X told ET that …", "…, X said.", "according to X, …" and "…,
// according to X.". Content tokens already in a quotation are not taken
// again.
func (r *run) indirect() {
	r.headlines()
	sent := 0
	for i := 0; i < len(r.toks); i++ {
		if i > 0 && (r.sentenceEnd(i-1) || r.para[i] != r.para[i-1]) {
			sent = i
		}
		if r.used[i] {
			continue
		}
		c, ce, ok := r.cueAt(i)
		if !ok || c.kind == label || c.quoteOnly {
			continue
		}
		end := r.clauseEnd(i)
		if a, b, ok := r.reportedAround(sent, i, ce, end, c); ok {
			r.addIndirect(a)
			r.addIndirect(b)
			i = end - 1
			continue
		}
		if s, ok := r.reportedBefore(sent, i, ce, end, c); ok {
			r.addIndirect(s)
			i = end - 1
			continue
		}
		if s, ok := r.reportedAfter(sent, i, ce, end, c); ok {
			r.addIndirect(s)
			i = s.last - 1
		}
	}
}

// clauseEnd returns the token that ends the sentence holding token i (the
// sentence-final mark, the paragraph's end or an opening quotation mark).
func (r *run) clauseEnd(i int) int {
	end := r.paraEnd(int(r.para[i]))
	for k := i; k < end; k++ {
		if r.sentenceEnd(k) {
			return k
		}
	}
	return end
}

// reportedBefore finds "…, X said." and "…, according to X." where the
// reported clause comes first in the sentence.
func (r *run) reportedBefore(sent, c, ce, end int, cu cue) (qspan, bool) {
	var s qspan
	var comma int
	var subjS, subjE int
	if cu.inverted || (c > sent && r.isText(c-1, ",") && !r.subjectOpens(sent, c)) {
		ss, se, ok := r.subjectAfter(ce, end)
		if !ok || c-1 < sent || !r.isText(c-1, ",") {
			return s, false
		}
		comma, subjS, subjE = c-1, ss, se
		if end-se > 6 {
			return s, false
		}
	} else {
		ss, se, ok := r.subjectBefore(c, sent)
		if !ok || ss-1 < sent || !r.isText(ss-1, ",") {
			return s, false
		}
		comma, subjS, subjE = ss-1, ss, se
		if end-ce > 6 {
			return s, false
		}
	}
	first := sent
	if first < comma && r.conjunction(first) {
		// "But …, she said."
		first++
	}
	return r.reported(first, comma, c, ce, subjS, subjE)
}

// reportedAfter finds "X said (that) …" and "according to X, …" where the
// reported clause follows the cue.
func (r *run) reportedAfter(sent, c, ce, end int, cu cue) (qspan, bool) {
	var s qspan
	var subjS, subjE, k int
	if cu.inverted {
		ss, se, ok := r.subjectAfter(ce, end)
		if !ok || se >= end {
			return s, false
		}
		comma := se
		for comma < end && comma-se < 15 && !r.isText(comma, ",") && r.marks[comma] == noMark {
			// "according to a recent poll of voters in Ohio, …"
			comma++
		}
		if comma >= end || !r.isText(comma, ",") {
			return s, false
		}
		subjS, subjE, k = ss, se, comma+1
		// An apposition after the speaker is not what they said:
		// "according to Rossi, an economist at the university, costs rose".
		if k < end && (string(r.lower(k)) == "a" || string(r.lower(k)) == "an" || string(r.lower(k)) == "the") {
			for m := k + 1; m < end && m-k <= 14; m++ {
				if r.isText(m, ",") {
					if m+1 < end && r.isWord(m+1) {
						k = m + 1
					}
					break
				}
			}
		}
	} else {
		ss, se, ok := r.subjectBefore(c, sent)
		if !ok && r.bareCue(c) {
			// "… and says the plan is unlawful": the sentence's subject.
			ss, se, ok = r.sentenceSubject(sent, c)
		}
		if !ok {
			return s, false
		}
		if !r.strongSubject(ss, se) && !r.is(se-1, fRole|fOrg) {
			if s2, e2, ok := r.sentenceSubject(sent, c); ok && r.strongSubject(s2, e2) {
				ss, se = s2, e2
			}
		}
		subjS, subjE, k = ss, se, ce
		// Skip an addressee and time words up to "that": "told ET that",
		// "said Tuesday that".
		that := -1
		for m := k; m < end && m-k <= 6; m++ {
			if !r.isWord(m) || r.subjectPronoun(m) {
				// "says he introduced a bill to do that": the clause
				// began before any "that".
				break
			}
			if string(r.lower(m)) == "that" {
				that = m
				break
			}
		}
		switch {
		case that >= 0:
			k = that + 1
		case cu.object:
			// "told ET, the stakes …", "told reporters the …"
			m := k
			for m < end && m-k < 3 && !r.question(m) && (r.capitalized(m) || r.is(m, fDet) || r.is(m, fRole) || string(r.lower(m)) == "reporters" || string(r.lower(m)) == "him" || string(r.lower(m)) == "her" || string(r.lower(m)) == "them") {
				m++
			}
			if m == k && !r.question(m) {
				return s, false
			}
			if m < end && r.isText(m, ",") {
				m++
			}
			k = m
		default:
			if k < end && (r.isText(k, ":") || r.isText(k, ",")) {
				k++
			}
			if k >= end || !r.clauseStart(k) {
				return s, false
			}
		}
	}
	return r.reported(k, end, c, ce, subjS, subjE)
}

// clauseStart reports whether token k can open a reported clause with no
// "that": a subject such as a name, a pronoun or a determiner.
func (r *run) clauseStart(k int) bool {
	if !r.isWord(k) {
		return false
	}
	if _, ok := r.pronoun(k); ok {
		return true
	}
	switch string(r.lower(k)) {
	case "there", "this", "these", "those", "it", "the", "a", "an", "his", "her", "their", "its", "our", "my", "no", "nobody", "everyone", "nothing",
		"if", "both", "all", "some", "many", "most", "more", "any", "every", "each", "only", "when", "because", "unless", "everything", "someone", "something", "neither", "either", "nor", "your", "such", "whether", "how", "why", "what":
		return true
	}
	if r.toks[k].Kind == doc.Number {
		return true
	}
	if r.capitalized(k) {
		return true
	}
	// A bare noun phrase and an auxiliary: "says climate change is …".
	if r.is(k, fStop|fTemporal|fPrep) {
		return false
	}
	for i := k + 1; i < len(r.toks) && i-k <= 4 && r.isWord(i); i++ {
		switch string(r.lower(i)) {
		case "is", "are", "was", "were", "will", "would", "can", "could", "has", "have", "had",
			"should", "must", "may", "might", "does", "did", "do":
			return i > k
		}
	}
	return false
}

// reportedAround finds an attribution set off by commas inside the
// reported sentence: "The plan, Smith said, will fail.", "The cost, said
// Jane Doe, a planner at the port, will double." It returns the two parts
// of the content, which share the cue.
func (r *run) reportedAround(sent, c, ce, end int, cu cue) (qspan, qspan, bool) {
	var a, b qspan
	var comma1, comma2, subjS, subjE int
	if cu.inverted || c <= sent || !r.isText(c-1, ",") || r.subjectOpens(sent, c) {
		if cu.inverted {
			return a, b, false
		}
		ss, se, ok := r.subjectBefore(c, sent)
		if !ok || ss-1 <= sent || !r.isText(ss-1, ",") {
			return a, b, false
		}
		comma1, subjS, subjE = ss-1, ss, se
		k := ce
		for k < end && k-ce < 4 && r.isWord(k) && (r.is(k, fTemporal|fPrep) || r.capitalized(k) || r.is(k, fDet)) {
			k++
		}
		comma2 = k
	} else {
		ss, se, ok := r.subjectAfter(ce, end)
		if !ok {
			return a, b, false
		}
		comma1, subjS, subjE = c-1, ss, se
		k := se
		if k < end && r.isText(k, ",") && k+1 < end && r.isWord(k+1) && !r.capitalized(k+1) {
			// An apposition after the name: skip to its closing comma.
			for m := k + 1; m < end && m-k <= 15; m++ {
				if r.isText(m, ",") {
					k = m
					break
				}
			}
		}
		comma2 = k
	}
	if comma2 >= end || !r.isText(comma2, ",") || comma2+1 >= end {
		return a, b, false
	}
	first := sent
	if first < comma1 && r.conjunction(first) {
		first++
	}
	a, okA := r.reportedMin(first, comma1, c, ce, subjS, subjE, 2)
	b, okB := r.reportedMin(comma2+1, end, c, ce, subjS, subjE, 2)
	if !okA || !okB || a.words+b.words < minIndirect {
		return a, b, false
	}
	return a, b, true
}

// reported builds an indirect quote with content tokens [first, last).
func (r *run) reported(first, last, c, ce, subjS, subjE int) (qspan, bool) {
	return r.reportedMin(first, last, c, ce, subjS, subjE, minIndirect)
}

// reportedMin is reported with a minimum number of words.
func (r *run) reportedMin(first, last, c, ce, subjS, subjE, minWords int) (qspan, bool) {
	s := qspan{
		open: first - 1, close: last, first: first, last: last, para: int(r.para[c]),
		cueStart: c, cueEnd: ce, subjS: subjS, subjE: subjE, ofS: -1, ofE: -1, carriedFrom: -1,
		speaker: -1, how: howIndirect, keep: true,
	}
	for s.last > s.first && (r.toks[s.last-1].Kind == doc.Punct || r.toks[s.last-1].Kind == doc.Dash) {
		s.last--
	}
	for s.first < s.last && (r.toks[s.first].Kind == doc.Punct || r.toks[s.first].Kind == doc.Dash) {
		s.first++
	}
	inside := 0
	for i := s.first; i < s.last; i++ {
		if r.isWord(i) {
			s.words++
		}
		if r.used[i] {
			inside++
		}
	}
	if s.words < minWords || inside*2 > s.last-s.first {
		return s, false
	}
	return s, true
}

func (r *run) addIndirect(s qspan) {
	r.findOf(&s)
	for i := s.first; i < s.last; i++ {
		r.used[i] = true
	}
	r.spans = append(r.spans, s)
}

// conjunction reports whether token i is a conjunction that may open a
// sentence without belonging to the reported clause ("But …, she said").
func (r *run) conjunction(i int) bool {
	switch string(r.lower(i)) {
	case "but", "and", "or", "so", "yet":
		return true
	}
	return false
}

// subjectOpens reports whether the words from sent to the cue at c are the
// cue's own subject with an apposition ("Rep. Jane Doe, D-Ore., said"),
// not a reported clause.
func (r *run) subjectOpens(sent, c int) bool {
	ss, se, ok := r.subjectBefore(c, sent)
	return ok && ss == sent && r.strongSubject(ss, se)
}

// headlines finds paragraphs that give a speaker's words after a name and
// a colon, as headlines and digests do: "Smith: Port Plan Is Dead",
// "Harbor Council: fares will rise in May.". The content runs to the end of
// the paragraph.
func (r *run) headlines() {
	for p, first := range r.paraS {
		end := r.paraEnd(p)
		colon := -1
		for i := first; i < end && i-first <= 4; i++ {
			if r.isText(i, ":") {
				colon = i
				break
			}
			if !r.capitalized(i) || r.allCaps(i) && i+1 < end && !r.isText(i+1, ":") || r.is(i, fDet|fStop) && !r.is(i, fParticle) {
				break
			}
		}
		if colon <= first || colon+1 >= end || r.used[colon+1] || !r.personAt(colon-1) && !r.is(colon-1, fRole|fOrg) {
			// A title and its subtitle ("Narcos: Mexico") name no one.
			continue
		}
		s, ok := r.reported(colon+1, end, colon, colon+1, first, colon)
		if !ok {
			continue
		}
		r.addIndirect(s)
	}
}

// question reports whether token k opens an indirect question ("asked
// whether …", "asked him why …").
func (r *run) question(k int) bool {
	if k >= len(r.toks) {
		return false
	}
	switch string(r.lower(k)) {
	case "whether", "if", "why", "how", "what", "who", "when", "where", "which":
		return true
	}
	return false
}
