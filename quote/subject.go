package quote

import "github.com/newsgraph/newsgraph/doc"

// introMax bounds the tokens of an introductory phrase skipped before a
// sentence's subject.
const introMax = 30

// sentenceSubject finds the subject of the sentence that starts at token
// start, before token end: after opening conjunctions and adverbs ("But",
// "However,") and introductory phrases closed by a comma ("Hours later,",
// "When asked about it,", "Speaking in Salem, New Hampshire,"), a subject
// pronoun, a name or a nominal phrase ("The town", "His office").
func (r *run) sentenceSubject(start, end int) (int, int, bool) {
	k := start
	if k < end && (r.marks[k] == openDouble || r.marks[k] == straightDouble) {
		// A sentence that opens with a quotation: its subject follows it
		// ("“…,” he said, adding that …").
		for i := k + 1; i < end; i++ {
			if r.marks[i] == closeDouble || r.marks[i] == straightDouble {
				k = i + 1
				break
			}
		}
	}
	for k < end && (r.marks[k] != noMark || r.toks[k].Kind == doc.Punct || r.toks[k].Kind == doc.Dash) {
		k++
	}
	for pass := 0; pass < 4 && k < end; pass++ {
		switch {
		case r.is(k, fOpener) && !r.personAt(k):
			k++
			if k < end && r.isText(k, ",") {
				k++
			}
			continue
		case r.introAt(k):
			c := r.commaAfter(k, end)
			if c < 0 {
				return r.firstSubject(k, end)
			}
			k = c + 1
			k = r.skipPlace(k, end)
			continue
		}
		break
	}
	if ss, se, ok := r.subjectAt(k, end); ok {
		return ss, se, true
	}
	return r.firstSubject(k, end)
}

// introAt reports whether token k opens an introductory phrase: a
// preposition, a subordinator, a time word, a number or a participle that
// is not part of a name.
func (r *run) introAt(k int) bool {
	if r.personAt(k) {
		return false
	}
	if r.is(k, fIntro|fTemporal|fPrep) || r.toks[k].Kind == doc.Number {
		return true
	}
	w := string(r.lower(k))
	return r.capitalized(k) && (hasSuffix(w, "ing") || hasSuffix(w, "ed"))
}

// personAt reports whether a name of a person or an organization covers
// token k.
func (r *run) personAt(k int) bool {
	if len(r.ments) == 0 {
		return false
	}
	m := r.mentionOver(r.toks[k].Span)
	return m >= 0 && r.d.Mentions[m].Kind == doc.Name && (r.d.Mentions[m].Type == doc.Person || r.d.Mentions[m].Type == doc.Org)
}

// commaAfter returns the first comma in [k, end) within introMax tokens,
// outside quotation marks, or -1.
func (r *run) commaAfter(k, end int) int {
	for i := k; i < end && i-k < introMax; i++ {
		if r.marks[i] != noMark {
			return -1
		}
		if r.isText(i, ",") {
			return i
		}
	}
	return -1
}

// skipPlace steps over a place named between two commas after an
// introductory phrase ("in Salem, New Hampshire, Trump …").
func (r *run) skipPlace(k, end int) int {
	if k >= end || len(r.ments) == 0 || !r.capitalized(k) {
		return k
	}
	m := r.mentionOver(r.toks[k].Span)
	if m < 0 || (r.d.Mentions[m].Type != doc.GPE && r.d.Mentions[m].Type != doc.Loc) {
		return k
	}
	for i := k; i < end && i-k < 6; i++ {
		if r.isText(i, ",") {
			return i + 1
		}
		if !r.isWord(i) {
			break
		}
	}
	return k
}

// subjectAt reads a subject phrase that starts at token k: a subject
// pronoun, a run of capitalised words, or a determiner and the words up to
// a role or organization noun.
func (r *run) subjectAt(k, end int) (int, int, bool) {
	if k >= end || !r.isWord(k) {
		return 0, 0, false
	}
	if r.subjectPronoun(k) && string(r.lower(k)) != "you" {
		if string(r.lower(k)) == "it" && r.expletive(k) {
			return 0, 0, false
		}
		return k, k + 1, true
	}
	if r.nameLike(k) || r.personAt(k) || r.is(k, fDet|fNounDet) {
		// A title or a description before a name: "Republican presidential
		// candidate Donald Trump", "the former senator Jim Webb".
		for e := k; e < end && e-k < 6 && r.isWord(e) && (e == k || !r.is(e, fStop)); e++ {
			if _, _, ok := r.cueAt(e); ok && e > k {
				break
			}
			if r.personAt(e) {
				m := r.d.Mentions[r.mentionOver(r.toks[e].Span)]
				me := e
				for me < end && r.toks[me].Start < m.End {
					me++
				}
				return k, me, true
			}
		}
	}
	if r.nameLike(k) || r.personAt(k) {
		if ss, se, ok := r.nameAfter(k, end); ok {
			return ss, se, true
		}
	}
	if r.is(k, fDet) || r.is(k, fNounDet) {
		e := k + 1
		for e < end && e-k < 5 && r.isWord(e) && !r.is(e, fStop) {
			if _, _, ok := r.cueAt(e); ok {
				break
			}
			e++
			if r.is(e-1, fRole|fOrg) {
				break
			}
		}
		if e > k+1 {
			return k, e, true
		}
		return 0, 0, false
	}
	if r.is(k, fRole) {
		return k, k + 1, true
	}
	return 0, 0, false
}

// firstSubject returns the first subject pronoun or name of a person or
// organization in [k, end) that no preposition governs.
func (r *run) firstSubject(k, end int) (int, int, bool) {
	for i := k; i < end && i-k < 2*beforeWindow; i++ {
		if r.marks[i] != noMark {
			return 0, 0, false
		}
		if i > k && r.is(i-1, fPrep) {
			continue
		}
		if r.subjectPronoun(i) && string(r.lower(i)) != "you" && string(r.lower(i)) != "it" {
			return i, i + 1, true
		}
		if r.personAt(i) && r.capitalized(i) {
			if ss, se, ok := r.nameAfter(i, end); ok {
				return ss, se, true
			}
		}
	}
	return 0, 0, false
}

// expletive reports whether "it" at token k is followed by a form of "be"
// or "seem" and so names no one ("It was a long night", "It's clear").
func (r *run) expletive(k int) bool {
	if k+1 >= len(r.toks) {
		return false
	}
	switch string(r.lower(k + 1)) {
	case "is", "was", "'s", "’s", "seems", "seemed", "appears", "appeared", "has", "had", "would", "will", "may", "might":
		return true
	}
	return false
}
