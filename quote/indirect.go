package quote

import "github.com/newsgraph/newsgraph/doc"

// minIndirect is the number of words a reported clause needs.
const minIndirect = 4

// indirect finds reports of speech outside quotation marks: "X said (that)
// …", "X told ET that …", "…, X said.", "according to X, …" and "…,
// according to X.". Content tokens already in a quotation are not taken
// again.
func (r *run) indirect() {
	sent := 0
	for i := 0; i < len(r.toks); i++ {
		if i > 0 && (r.sentenceEnd(i-1) || r.para[i] != r.para[i-1]) {
			sent = i
		}
		if r.used[i] {
			continue
		}
		c, ce, ok := r.cueAt(i)
		if !ok || c.kind == label {
			continue
		}
		end := r.clauseEnd(i)
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
	if cu.inverted || (c > sent && r.isText(c-1, ",")) {
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
	if first < comma && r.is(first, fStop) && string(r.lower(first)) != "that" {
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
		if !ok || se >= end || !r.isText(se, ",") {
			return s, false
		}
		subjS, subjE, k = ss, se, se+1
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
		if !ok {
			return s, false
		}
		subjS, subjE, k = ss, se, ce
		// Skip an addressee and time words up to "that": "told ET that",
		// "said Tuesday that".
		that := -1
		for m := k; m < end && m-k <= 6; m++ {
			if !r.isWord(m) {
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
			for m < end && m-k < 3 && (r.capitalized(m) || r.is(m, fDet) || r.is(m, fRole) || string(r.lower(m)) == "reporters") {
				m++
			}
			if m == k {
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
	case "there", "this", "these", "those", "it", "the", "a", "an", "his", "her", "their", "its", "our", "my", "no", "nobody", "everyone", "nothing":
		return true
	}
	return r.capitalized(k)
}

// reported builds an indirect quote with content tokens [first, last).
func (r *run) reported(first, last, c, ce, subjS, subjE int) (qspan, bool) {
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
	if s.words < minIndirect || inside*2 > s.last-s.first {
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
