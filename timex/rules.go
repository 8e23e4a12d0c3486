package timex

import (
	"time"
)

// match is a recognized expression over tokens [i, j).
type match struct {
	i, j int
	typ  string
	val  string
	// c is the calendar value of a DATE, when it has one.
	c    cal
	hasC bool
	wd   int // weekday+1 when the expression is a bare weekday
	// part is the part of the day a weekday names ("EV" for "Friday
	// evening"), "" when none.
	part  string
	md    bool
	month int
	day   int
	// explicitYear is true when the text names the year.
	explicitYear bool
	// bareClock is true for a clock time that names no day ("at 3
	// p.m."): its day is the DCT's until a date in its sentence says
	// otherwise.
	bareClock bool
}

// parser holds the state of one Find call.
type parser struct {
	text string
	// low is text with ASCII letters lowercased.
	low    string
	toks   []tok
	dct    time.Time
	hasDCT bool
	// anchor is the last absolute date-like value seen, used by
	// "a year earlier" and "the quarter".
	anchor    cal
	hasAnchor bool
	// day is the last date named to the day: "the day" of a market
	// report ("ending the day") is that day even after a month or a
	// year has been named since.
	day      cal
	hasDay   bool
	lastQ    cal
	hasLastQ bool
	// game is 1 when the text reports a game (see gameReport), -1 when
	// not, 0 before it is worked out.
	game int8
	// ytdSent is one more than the sentence that last named a stretch
	// of months of the report ("the first nine months"), 0 when none
	// since the last quarter named: "a year earlier" there is a year.
	ytdSent int32
}

// w returns the lowercased token i, or "" out of range.
func (p *parser) w(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.low[p.toks[i].s:p.toks[i].e]
}

// is reports whether token i is the word s.
func (p *parser) is(i int, s string) bool { return p.w(i) == s }

// glued reports whether token i directly follows token i-1 (no space).
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].sp
}

// capital reports whether token i starts with an upper-case letter.
func (p *parser) capital(i int) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	c := p.text[p.toks[i].s]
	return c >= 'A' && c <= 'Z'
}

// num returns the value of token i if it is a plain number of at most
// maxDigits digits.
func (p *parser) num(i, maxDigits int) (int, bool) {
	if i < 0 || i >= len(p.toks) {
		return 0, false
	}
	t := p.toks[i]
	if t.kind != kNum || int(t.nd) > maxDigits {
		return 0, false
	}
	// Part of a larger number: "1,989" or "3.5".
	if i > 1 && !t.sp && (p.w(i-1) == "," || p.w(i-1) == ".") && !p.toks[i-1].sp && p.toks[i-2].kind == kNum {
		return 0, false
	}
	if i+2 < len(p.toks) && !p.toks[i+1].sp && (p.w(i+1) == "," || p.w(i+1) == ".") && !p.toks[i+2].sp && p.toks[i+2].kind == kNum {
		return 0, false
	}
	return int(t.n), true
}

// dayNum parses a day of month: "13", "13th", "1st".
func (p *parser) dayNum(i int) (int, bool) {
	if i < 0 || i >= len(p.toks) {
		return 0, false
	}
	t := p.toks[i]
	if int(t.nd) < 1 || int(t.nd) > 2 {
		return 0, false
	}
	switch t.kind {
	case kNum:
		if n, ok := p.num(i, 2); ok && n >= 1 && n <= 31 {
			return n, true
		}
	case kMixed:
		suf := p.w(i)[int(t.nd):]
		if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && int(t.n) >= 1 && int(t.n) <= 31 {
			return int(t.n), true
		}
	}
	return 0, false
}

// monthAt parses a month name at i, with an optional period after an
// abbreviation; it returns the month and the index after it.
func (p *parser) monthAt(i int) (int, int, bool) {
	m, ok := months[p.w(i)]
	if !ok || !p.capital(i) {
		return 0, i, false
	}
	j := i + 1
	if p.is(j, ".") && p.glued(j) && monthAbbrevs[p.w(i)] {
		j++
	}
	return m, j, true
}

// yearAt parses a four-digit year (1000-2099), or an apostrophe year
// ("'98"), at i.
func (p *parser) yearAt(i int) (int, int, bool) {
	if n, ok := p.num(i, 4); ok && int(p.toks[i].nd) == 4 && n >= 1000 && n <= 2099 {
		return n, i + 1, true
	}
	if (p.is(i, "'") || p.is(i, "\u2019")) && i+1 < len(p.toks) && p.glued(i+1) && p.toks[i+1].kind == kNum && int(p.toks[i+1].nd) == 2 {
		n := int(p.toks[i+1].n)
		if n >= 30 {
			return 1900 + n, i + 2, true
		}
		return 2000 + n, i + 2, true
	}
	return 0, i, false
}

// direction guesses whether a weekday or month at token i lies before
// (-1) or after (+1) the DCT from the nearest tense cue in its sentence.
func (p *parser) direction(i int) int {
	return p.tense(i, false)
}

// reporting are speech verbs: the clause they report often has a tense
// of its own.
var reporting = map[string]bool{
	"said": true, "told": true, "says": true,
}

// tense is direction; with skipReporting, speech verbs are not cues (for
// months and dates, which are seldom the day of the report).
func (p *parser) tense(i int, skipReporting bool) int {
	sent := p.toks[i].sent
	// A quotation mark closes the clause: the tense of a quoted clause
	// is its own, not that of the report around it.
	var shut [2]bool
	for k := 1; k <= 10; k++ {
		for side, j := range [2]int{i - k, i + k} {
			if shut[side] || j < 0 || j >= len(p.toks) || p.toks[j].sent != sent {
				continue
			}
			if p.quoteMark(j) {
				shut[side] = true
				continue
			}
			w := p.w(j)
			if skipReporting && reporting[w] {
				continue
			}
			if w == "early" && p.is(j-1, "as") {
				return 1 // "as early as Tuesday"
			}
			if (w == "is" || w == "are") && p.is(j+1, "to") && j+1 < i {
				return 1 // "is to resume trading Tuesday"
			}
			if j < i && (w == "planned" || w == "plans" || w == "planning" || w == "plan") && (p.is(j+1, "to") || p.is(j+1, "for")) {
				return 1 // "planned to leave on Thursday": the plan's time lies ahead
			}
			if j < i && (w == "until" || w == "till") && k <= 6 && j > 0 && p.toks[j-1].sent == sent {
				return 1 // "postponed until Tuesday", not "Until Thursday, they had..."
			}
			if futureCues[w] {
				if w == "set" && !p.is(j+1, "to") && !p.is(j+1, "for") {
					continue
				}
				if (w == "plans" || w == "planning") && !p.is(j+1, "to") {
					continue // "set aside vacation plans"
				}
				// "had been due to expire Friday" looks back.
				if p.is(j-1, "been") && p.is(j-2, "had") || p.is(j-1, "had") {
					return -1
				}
				return 1
			}
			if pastCues[w] {
				return -1
			}
			if len(w) > 4 && w[len(w)-2:] == "ed" && p.toks[j].kind == kWord && !p.capital(j) && !p.adjectival(j) && !p.is(j-1, "be") {
				// "will be completed" tells of no past: the cue is the
				// auxiliary before it.
				return -1
			}
		}
	}
	return 0
}

// adjectival reports whether the -ed word at j modifies a noun rather
// than telling of the past: "a still unspecified date", "the revised
// plan".
func (p *parser) adjectival(j int) bool {
	switch p.w(j - 1) {
	case "a", "an", "the", "still", "yet", "its", "their", "his", "her":
		return true
	}
	return false
}

// modals are the auxiliaries before "one day" that put it ahead.
var modals = map[string]bool{
	"will": true, "would": true, "could": true, "may": true, "might": true,
	"shall": true, "should": true, "can": true, "ll": true,
}

// quoteMark reports whether token j is a quotation mark: a double
// quote, a backquote, a curly double quote, or one of a pair of single
// quotes written as two apostrophes.
func (p *parser) quoteMark(j int) bool {
	switch w := p.w(j); w {
	case "\"", "`", "\u201c", "\u201d":
		return true
	case "'":
		return p.is(j-1, "'") && p.glued(j) || p.is(j+1, "'") && p.glued(j+1)
	}
	return false
}

// parseAt tries every rule at token i and returns the longest match.
func (p *parser) parseAt(i int) (match, bool) {
	// Leading modifiers are kept in the span: "early", "mid-", "late",
	// "earlier", "more than", "the end of"...
	k, approx := p.skipModifiers(i)
	if m, ok := p.core(k); ok {
		if k > i {
			if m.typ == "DURATION" && !approx {
				// Position modifiers do not belong to a duration.
				m.i = k
			} else {
				m.i = i
			}
		}
		return m, true
	}
	return match{}, false
}

// skipModifiers skips a run of modifiers at i and reports whether they
// were approximators ("more than", "at least") rather than position
// words ("early", "the end of").
func (p *parser) skipModifiers(i int) (int, bool) {
	approx := false
	for {
		switch w := p.w(i); w {
		case "early", "late", "mid", "middle", "earlier", "later":
			if w == "mid" && p.is(i+1, "-") {
				i++
			}
			i++
			continue
		case "nearly":
			// TimeBank keeps "nearly" in the expression, unlike "about".
			approx = true
			i++
			continue
		case "more", "less":
			if p.is(i+1, "than") {
				approx = true
				i += 2
				continue
			}
		case "at":
			if p.is(i+1, "least") || p.is(i+1, "most") {
				approx = true
				i += 2
				continue
			}
		case "up":
			if p.is(i+1, "to") {
				approx = true
				i += 2
				continue
			}
		case "the":
			if p.is(i+1, "early") || p.is(i+1, "late") || p.is(i+1, "mid") {
				// "the early 1980s"
				i++
				continue
			}
			if (p.is(i+1, "end") || p.is(i+1, "beginning") || p.is(i+1, "start") || p.is(i+1, "middle")) && p.is(i+2, "of") {
				i += 3
				continue
			}
		case "end", "beginning", "start":
			if p.is(i+1, "of") && !p.is(i-1, "the") {
				i += 2
				continue
			}
		}
		return i, approx
	}
}

// core tries the rules at token i.
func (p *parser) core(i int) (match, bool) {
	if i >= len(p.toks) {
		return match{}, false
	}
	t := p.toks[i]
	if t.kind == kNum || t.kind == kMixed {
		if m, ok := p.numeric(i); ok {
			return m, true
		}
	}
	w := p.w(i)
	if _, ok := weekdays[w]; ok {
		if m, ok := p.weekdayExpr(i); ok {
			return m, true
		}
	}
	if _, ok := months[w]; ok {
		if m, ok := p.monthExpr(i); ok {
			return m, true
		}
	}
	switch w {
	case "'", "\u2019":
		return p.decadeApos(i)
	case "the":
		return p.theExpr(i)
	case "this", "last", "next", "past", "coming", "previous", "following", "current", "that", "same", "recent", "upcoming", "latest", "prior":
		return p.deictic(i, i)
	case "every", "each", "per":
		return p.setExpr(i)
	case "today", "tonight", "yesterday", "tomorrow":
		return p.dayWord(i)
	case "q1", "q2", "q3", "q4":
		return p.quarterCode(i)
	case "fiscal":
		if y, j, ok := p.yearAt(i + 1); ok {
			c := cal{gran: gYear, y: y}
			return match{i: i, j: j, typ: "DATE", val: c.String(), c: c, hasC: true, explicitYear: true}, true
		}
		k := i + 1
		if p.is(k, "-") && p.glued(k) {
			k++
		}
		if m, ok := p.quarterExpr(i, k); ok {
			return m, true
		}
	case "noon", "midnight", "midday":
		if p.is(i-1, "high") {
			return match{}, false // "high noon", a showdown
		}
		return p.clockWord(i)
	case "thanksgiving", "election":
		return p.thanksgiving(i)
	case "spring", "summer", "fall", "autumn", "winter":
		return p.season(i)
	case "year", "decade":
		if p.is(i+1, "-") && (p.is(i+2, "earlier") || p.is(i+2, "ago")) && p.glued(i+1) {
			return p.yearEarlier(i, i+3)
		}
		// "year-end", "year end", "year's end": the end of the DCT's year.
		e := 0
		switch {
		case p.is(i+1, "-") && p.is(i+2, "end") && p.glued(i+1):
			e = i + 3
		case p.is(i+1, "end"):
			e = i + 2
		case (p.is(i+1, "'") || p.is(i+1, "\u2019")) && p.is(i+2, "s") && p.is(i+3, "end"):
			e = i + 4
		}
		if e > 0 && w == "year" {
			if !p.hasDCT {
				return match{i: i, j: e, typ: "DATE", val: "XXXX"}, true
			}
			c := at(p.dct, gYear)
			return match{i: i, j: e, typ: "DATE", val: c.String(), c: c, hasC: true}, true
		}
	case "then":
		// "the then current price": the present of a past time.
		if p.is(i+1, "current") {
			return match{i: i, j: i + 2, typ: "DATE", val: "PAST_REF"}, true
		}
	case "these":
		if p.is(i+1, "days") {
			return match{i: i, j: i + 2, typ: "DATE", val: "PRESENT_REF"}, true
		}
	case "as":
		if p.is(i+1, "soon") && p.is(i+2, "as") && p.is(i+3, "possible") {
			return match{i: i, j: i + 4, typ: "DATE", val: "FUTURE_REF"}, true
		}
	case "a":
		if p.is(i+1, "later") && p.is(i+2, "date") {
			return match{i: i, j: i + 3, typ: "DATE", val: "FUTURE_REF"}, true
		}
	}
	if _, ok := units[w]; ok {
		if m, ok := p.vaguePlural(i); ok {
			return m, true
		}
	}
	if w == "nineteen" {
		if m, ok := p.spelledYear(i); ok {
			return m, true
		}
	}
	if dp, ok := dayParts[w]; ok {
		if m, ok := p.partOfDay(i, dp); ok {
			return m, true
		}
	}
	if s, ok := setWords[w]; ok {
		// "the China Daily": a newspaper.
		if p.capital(i) && !p.sentStart(i) {
			return match{}, false
		}
		if p.rate(i) {
			return match{}, false
		}
		return match{i: i, j: i + 1, typ: "SET", val: s}, true
	}
	if v, ok := refWords[w]; ok {
		return p.refWord(i, v)
	}
	if _, ok := ordinals[w]; ok {
		if m, ok := p.quarterExpr(i, i); ok {
			return m, true
		}
	}
	if _, ok := holidays[w]; ok {
		return p.holiday(i)
	}
	if _, ok := numWords[w]; ok {
		// "Islam will one day be...": an unnamed time ahead.
		if (w == "one" || w == "some") && p.is(i+1, "day") && modals[p.w(i-1)] {
			return match{i: i, j: i + 2, typ: "DATE", val: "FUTURE_REF"}, true
		}
		return p.duration(i, i)
	}
	if _, ok := seasons[w]; ok {
		return p.season(i)
	}
	return match{}, false
}

// refWord handles now, currently, recently, soon...
func (p *parser) refWord(i int, v string) (match, bool) {
	w := p.w(i)
	if (w == "now" || w == "current" || w == "soon") && p.is(i+1, "-") && p.glued(i+1) {
		return match{}, false // "now-famous", "the soon-to-open terminal"
	}
	if w == "current" || w == "recent" {
		// "current quarter", "recent weeks".
		if u, ok := units[p.w(i+1)]; ok {
			if w == "current" {
				return p.deictic(i, i)
			}
			_ = u
			return match{i: i, j: i + 2, typ: "DATE", val: "PAST_REF"}, true
		}
		if p.is(i+1, "-") || p.toks[i].kind != kWord {
			return match{}, false
		}
		// "current" as an adjective of a non-time noun is still tagged
		// by TimeML annotators (PRESENT_REF); "recent" mostly is not.
		if w == "recent" {
			return match{}, false
		}
	}
	// "most recently last October": the adverb leans on the date after
	// it, which is the expression.
	if w == "recently" && p.datesNext(i+1) {
		return match{}, false
	}
	// "Now, he says, ...": opening a sentence before a comma, "now"
	// is a discourse marker that turns to the next point, not a time.
	if w == "now" && p.is(i+1, ",") && p.sentStart(i) {
		return match{}, false
	}
	if w == "soon" && (p.is(i-1, "as") || p.pastSoon(i)) {
		return match{}, false
	}
	typ := "DATE"
	return match{i: i, j: i + 1, typ: typ, val: v}, true
}

// datesNext reports whether token k opens a date: "last", "this" or
// "next" before a unit, a month or a weekday, or a month or a weekday.
func (p *parser) datesNext(k int) bool {
	w := p.w(k)
	if w == "last" || w == "this" || w == "next" {
		w = p.w(k + 1)
		if _, ok := units[w]; ok {
			return true
		}
	}
	if _, ok := months[w]; ok && w != "may" && w != "march" {
		return true
	}
	_, ok := weekdays[w]
	return ok
}

// pastSoon reports whether "soon" at i tells of a time shortly after an
// event of the story, not of the future: "soon after the vote", "was
// soon released", "soon became".
func (p *parser) pastSoon(i int) bool {
	switch p.w(i + 1) {
	case "after", "afterward", "afterwards", "thereafter":
		return true
	}
	if pastCues[p.w(i-1)] {
		return true // "was soon released"
	}
	n := p.w(i + 1)
	if pastCues[n] || pastForms[n] {
		return true
	}
	return len(n) > 4 && n[len(n)-2:] == "ed" && p.toks[i+1].kind == kWord
}

// pastForms are irregular past tenses that are not already past cues.
var pastForms = map[string]bool{
	"became": true, "found": true, "fell": true, "rose": true, "got": true,
	"grew": true, "saw": true, "won": true, "lost": true, "sent": true,
}

// rate reports whether the frequency adverb at i qualifies an amount,
// "rise 8% annually", "10,000 units annually", "average daily volume":
// a rate, not a set of times.
func (p *parser) rate(i int) bool {
	if p.is(i-1, "average") {
		return true
	}
	switch w := p.w(i); w {
	case "annually", "yearly":
	default:
		return false
	}
	b := p.w(i - 1)
	if b == "%" || b == "percent" || countNouns[b] {
		return true
	}
	return i > 0 && p.toks[i-1].kind == kNum
}

// season handles a season name at i: "spring 2019", "the fall of 2019",
// and "the early summer" or "late spring" (whose modifiers were taken
// before).
func (p *parser) season(i int) (match, bool) {
	if m, ok := p.seasonYear(i); ok {
		return m, true
	}
	k := i - 1
	if p.is(k, "-") {
		k--
	}
	switch p.w(k) {
	case "early", "late", "mid", "middle":
		return p.theSeason(i, i), true
	}
	return match{}, false
}

// partOfDay handles a part of the day at i after a modifier, which was
// taken before: "mid-afternoon yesterday", "by mid afternoon" (the
// DCT's day). A bare "the morning" is left alone.
func (p *parser) partOfDay(i int, dp string) (match, bool) {
	k := i - 1
	if p.is(k, "-") {
		k--
	}
	switch p.w(k) {
	case "early", "late", "mid", "middle":
	default:
		return match{}, false
	}
	if dp == "NI" && k < i {
		return match{}, false // "a late-night show"
	}
	off, e := 0, i+1
	switch p.w(i + 1) {
	case "yesterday":
		off, e = -1, i+2
	case "today":
		e = i + 2
	case "tomorrow":
		off, e = 1, i+2
	}
	v := "XXXX-XX-XXT" + dp
	if p.hasDCT {
		v = dayValue(p.dct.AddDate(0, 0, off), dp)
	}
	return match{i: i, j: e, typ: "TIME", val: v}, true
}

// sentStart reports whether token i opens its sentence, perhaps after
// a quotation mark.
func (p *parser) sentStart(i int) bool {
	for j := i - 1; j >= 0 && p.toks[j].sent == p.toks[i].sent; j-- {
		if !p.quoteMark(j) && !p.is(j, "(") {
			return false
		}
	}
	return true
}

// markPeriod records, after match m, whether the report now speaks of a
// stretch of months ("for the nine months", "in the first six months")
// or of a quarter again.
func (p *parser) markPeriod(m match) {
	switch {
	case m.typ == "DURATION" && (m.val == "P6M" || m.val == "P9M") && (p.is(m.i, "the") || p.is(m.i-1, "first") || p.is(m.i-1, "the") || p.is(m.i-1, "latest")):
		p.ytdSent = p.toks[m.i].sent + 1
	case m.hasC && m.c.gran == gQuarter:
		for k := m.i; k < m.j; k++ {
			if p.is(k, "quarter") {
				p.ytdSent = 0
				break
			}
		}
	}
}

// inYTD reports whether token i sits in the sentence that named a
// stretch of months of the report, or the one after it.
func (p *parser) inYTD(i int) bool {
	if p.ytdSent == 0 {
		return false
	}
	s := p.toks[i].sent
	return s >= p.ytdSent-1 && s <= p.ytdSent
}
