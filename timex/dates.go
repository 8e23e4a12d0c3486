package timex

import (
	"fmt"
	"time"
)

// dayValue formats a resolved day with an optional part of day.
func dayValue(t time.Time, part string) string {
	v := dayCal(t).String()
	if part != "" {
		v += "T" + part
	}
	return v
}

// numeric handles expressions that start with a number.
func (p *parser) numeric(i int) (match, bool) {
	t := p.toks[i]
	// ISO date 2020-02-13, or 2020/02/13.
	if t.kind == kNum && int(t.nd) == 4 && (p.is(i+1, "-") || p.is(i+1, "/")) && p.glued(i+1) && p.glued(i+2) {
		sep := p.w(i + 1)
		if mo, ok := p.num(i+2, 2); ok && mo >= 1 && mo <= 12 {
			if p.is(i+3, sep) && p.glued(i+3) && p.glued(i+4) {
				if d, ok := p.num(i+4, 2); ok && validDate(int(t.n), mo, d) {
					c := cal{gran: gDay, y: int(t.n), n: mo, d: d}
					m := match{i: i, j: i + 5, typ: "DATE", val: c.String(), c: c, hasC: true, explicitYear: true}
					return m, true
				}
			} else if sep == "-" && !(p.is(i+3, "-")) && int(p.toks[i+2].nd) == 2 {
				c := cal{gran: gMonth, y: int(t.n), n: mo}
				return match{i: i, j: i + 3, typ: "DATE", val: c.String(), c: c, hasC: true, explicitYear: true}, true
			}
		}
	}
	// US numeric date 2/13/2020 or 2/13/20.
	if t.kind == kNum && int(t.nd) <= 2 && p.is(i+1, "/") && p.glued(i+1) && p.glued(i+2) && p.is(i+3, "/") && p.glued(i+3) && p.glued(i+4) {
		mo, ok1 := p.num(i, 2)
		d, ok2 := p.num(i+2, 2)
		if y, ok3 := p.num(i+4, 4); ok1 && ok2 && ok3 && (int(p.toks[i+4].nd) == 4 || int(p.toks[i+4].nd) == 2) {
			if int(p.toks[i+4].nd) == 2 {
				if y >= 30 {
					y += 1900
				} else {
					y += 2000
				}
			}
			if validDate(y, mo, d) {
				c := cal{gran: gDay, y: y, n: mo, d: d}
				m := match{i: i, j: i + 5, typ: "DATE", val: c.String(), c: c, hasC: true, explicitYear: true}
				return m, true
			}
		}
	}
	// Clock times.
	if m, ok := p.clock(i); ok {
		return m, true
	}
	// Day before month: "13 February 2020", "13th of February".
	if d, ok := p.dayNum(i); ok {
		j := i + 1
		if p.is(j, "of") {
			j++
		}
		if mo, k, ok := p.monthAt(j); ok && validDay(mo, d) {
			return p.finishMonthDay(i, k, mo, d), true
		}
	}
	// Decades "1980s", "mid-1990s".
	if t.kind == kMixed && (p.w(i)[int(t.nd):] == "s") && (int(t.nd) == 4 || int(t.nd) == 2) && !p.modelName(i) {
		if int(t.nd) == 4 && int(t.n)%10 == 0 {
			c := cal{gran: gDecade, n: int(t.n) / 10}
			return match{i: i, j: i + 1, typ: "DATE", val: c.String(), c: c, hasC: true}, true
		}
		if int(t.nd) == 2 && int(t.n)%10 == 0 && !p.ageDecade(i) {
			c := cal{gran: gDecade, n: 190 + int(t.n)/10}
			return match{i: i, j: i + 1, typ: "DATE", val: c.String(), c: c, hasC: true}, true
		}
	}
	// Centuries "20th century", "1800s" handled above as decade-like.
	if t.kind == kMixed && p.is(i+1, "century") {
		c := cal{gran: gCentury, n: int(t.n) - 1}
		if int(t.n) >= 1 && int(t.n) <= 21 {
			return match{i: i, j: i + 2, typ: "DATE", val: c.String(), c: c, hasC: true}, true
		}
	}
	// "April 24 and 25": a second day of the month just named.
	if d, ok := p.dayNum(i); ok && (p.is(i-1, "and") || p.is(i-1, "or") || p.is(i-1, "to") || p.is(i-1, "through")) {
		if _, ok := p.dayNum(i - 2); ok {
			k := i - 3
			if p.is(k, ".") {
				k--
			}
			_, isUnit := units[p.w(i+1)]
			if mo, _, ok := p.monthAt(k); ok && validDay(mo, d) && !isUnit && !p.is(i+1, "%") && !p.is(i+1, "percent") && !countNouns[p.w(i+1)] && !p.is(i+1, "times") {
				return p.finishMonthDay(i, i+1, mo, d), true
			}
		}
	}
	// "the 1988 quarter" is a year, not a count of quarters.
	// Durations "three years", "16-hour".
	if m, ok := p.duration(i, i); ok && !p.yearQuarter(i) {
		return m, true
	}
	// Bare year.
	if y, j, ok := p.yearAt(i); ok && p.yearContext(i, y) {
		c := cal{gran: gYear, y: y}
		m := match{i: i, j: j, typ: "DATE", val: c.String(), c: c, hasC: true, explicitYear: true}
		// "the 1988 quarter", "the 1989 period": the quarter under
		// discussion, in that year.
		if (p.is(j, "quarter") || p.is(j, "period")) && p.hasLastQ {
			c := p.lastQ
			if p.is(j, "period") && p.inYTD(i) {
				c = cal{gran: gYear} // "the 1988 period" of nine months
			}
			c.y = y
			start := i
			if p.is(i-1, "the") {
				start = i - 1
			}
			return match{i: start, j: j + 1, typ: "DATE", val: c.String(), c: c, hasC: true, explicitYear: true}, true
		}
		// "1989 third quarter"
		if q, ok := p.quarterExpr(j, j); ok && q.c.gran == gQuarter {
			q.c.y = y
			q.val = q.c.String()
			q.i = i
			if p.is(i-1, "the") {
				q.i = i - 1
			}
			return q, true
		}
		return m, true
	}
	return match{}, false
}

// modelName reports whether the number at i is glued by a hyphen to a
// name before it, as in the aircraft "KC-30s" or "F-20s": a model, not
// a decade ("mid-1990s" and "early-80s" are decades).
func (p *parser) modelName(i int) bool {
	if !p.is(i-1, "-") || !p.glued(i) || !p.glued(i-1) || !p.capital(i-2) {
		return false
	}
	switch p.w(i - 2) {
	case "mid", "early", "late":
		return false
	}
	return true
}

// ageDecade reports whether the two-digit decade at i ("30s") is an
// age: "in his 30s", "in their early 40s".
func (p *parser) ageDecade(i int) bool {
	k := i - 1
	if w := p.w(k); w == "early" || w == "mid" || w == "late" || w == "-" {
		k--
		if p.is(k, "mid") {
			k--
		}
	}
	switch p.w(k) {
	case "his", "her", "their", "my", "your", "our":
		return true
	}
	return false
}

// yearQuarter reports whether token i is a year before "quarter" or
// "period" ("the 1988 quarter"), which is not a count of quarters.
func (p *parser) yearQuarter(i int) bool {
	y, j, ok := p.yearAt(i)
	return ok && y >= 1900 && (p.is(j, "quarter") || p.is(j, "period"))
}

// yearContext reports whether the number at i, a plausible year, reads
// as a year.
func (p *parser) yearContext(i, y int) bool {
	if p.toks[i].kind != kNum {
		return true // "'98"
	}
	prev := p.w(i - 1)
	if prev == "$" || prev == "#" || prev == "no" || prev == "number" || prev == "\u00a3" || prev == "\u20ac" {
		return false
	}
	next := p.w(i + 1)
	if next == "%" || countNouns[next] {
		return false
	}
	if (next == ":" || next == ".") && p.glued(i+1) && i+2 < len(p.toks) && p.toks[i+2].kind == kNum && p.glued(i+2) {
		return false
	}
	if y < 1900 {
		switch prev {
		case "in", "since", "from", "until", "by", "of", "before", "after", "to", "through", "and", "circa", "c":
		case "between":
			// "between 1863 and 1874", not "between 1500 and 2000 people".
			y2, j, ok := p.yearAt(i + 2)
			return p.is(i+1, "and") && ok && y2 > y && !countNouns[p.w(j)]
		case "(":
			// "Central Station (1894)", "(1894 - 1899)": a year in brackets.
			return p.is(i+1, ")") || p.yearSpanAfter(i+1, y)
		case "around", "about", "ca":
			// "around 1499 – 1500": a span of years, not "about 1500 troops".
			return p.yearSpanAfter(i+1, y)
		case "-", "–", "—":
			// The second year of "1499 – 1500".
			y0, j, ok := p.yearAt(i - 2)
			return ok && j == i-1 && y0 < y && y-y0 < 100 && p.yearContext(i-2, y0)
		default:
			return false
		}
	}
	return true
}

// yearSpanAfter reports whether a dash or "to" at k and a later year
// than y, within a century, follow: "1499 – 1500", "1506-1508".
func (p *parser) yearSpanAfter(k, y int) bool {
	if !p.is(k, "-") && !p.is(k, "–") && !p.is(k, "—") && !p.is(k, "to") {
		return false
	}
	y2, j, ok := p.yearAt(k + 1)
	return ok && y2 > y && y2-y < 100 && !countNouns[p.w(j)]
}

// finishMonthDay completes a month-day date whose tokens are [i, j):
// an optional ", 2020" or "2020" follows.
func (p *parser) finishMonthDay(i, j, mo, d int) match {
	k := j
	if p.is(k, ",") {
		k++
	}
	if y, e, ok := p.yearAt(k); ok && validDate(y, mo, d) {
		c := cal{gran: gDay, y: y, n: mo, d: d}
		return match{i: i, j: e, typ: "DATE", val: c.String(), c: c, hasC: true, md: true, month: mo, day: d, explicitYear: true}
	}
	c := cal{gran: gDay, n: mo, d: d}
	if p.hasDCT {
		c.y = nearestYear(mo, d, p.dct, p.tense(i, true))
	}
	return match{i: i, j: j, typ: "DATE", val: c.String(), c: c, hasC: true, md: true, month: mo, day: d}
}

// monthExpr handles "Feb. 13", "February 13, 2020", "July 1997",
// "April".
func (p *parser) monthExpr(i int) (match, bool) {
	mo, j, ok := p.monthAt(i)
	if !ok {
		return match{}, false
	}
	if d, ok := p.dayNum(j); ok && validDay(mo, d) {
		// Not "May 5 percent" or a time "Oct. 13 3 p.m." (accepted).
		if p.is(j+1, "%") || p.is(j+1, "percent") {
			return match{}, false
		}
		m := p.finishMonthDay(i, j+1, mo, d)
		return m, true
	}
	k := j
	if p.is(k, ",") {
		k++
	}
	if y, e, ok := p.yearAt(k); ok {
		c := cal{gran: gMonth, y: y, n: mo}
		return match{i: i, j: e, typ: "DATE", val: c.String(), c: c, hasC: true, explicitYear: true}, true
	}
	if p.is(j, "of") {
		if y, e, ok := p.yearAt(j + 1); ok {
			c := cal{gran: gMonth, y: y, n: mo}
			return match{i: i, j: e, typ: "DATE", val: c.String(), c: c, hasC: true, explicitYear: true}, true
		}
	}
	if p.w(j+1) == "year" && p.hasDCT {
		// "June last year", "January this year".
		off := map[string]int{"this": 0, "last": -1, "next": 1}
		if n, ok := off[p.w(j)]; ok {
			c := cal{gran: gMonth, y: p.dct.Year() + n, n: mo}
			return match{i: i, j: j + 2, typ: "DATE", val: c.String(), c: c, hasC: true}, true
		}
	}
	if p.w(j) == "nineteen" {
		if m, ok := p.spelledYear(j); ok {
			c := cal{gran: gMonth, y: m.c.y, n: mo}
			return match{i: i, j: m.j, typ: "DATE", val: c.String(), c: c, hasC: true, explicitYear: true}, true
		}
	}
	// A bare month name. "May" and "March" are also words.
	w := p.w(i)
	if w == "may" || w == "march" || j == i+1 && len(w) <= 3 {
		switch p.w(i - 1) {
		case "in", "since", "until", "by", "early", "late", "mid", "-", "of", "through", "last", "next", "this", "from", "till", "before", "after", "during":
		default:
			return match{}, false
		}
	}
	c := cal{gran: gMonth, n: mo}
	if p.hasDCT {
		c.y = p.dct.Year()
		dir := p.tense(i, true)
		if p.deadline(i) {
			dir = 1
		}
		cur := int(p.dct.Month())
		switch {
		case dir < 0 && mo > cur:
			c.y--
		case dir > 0 && mo < cur:
			c.y++
		case dir == 0 && mo-cur > 2:
			// News tells of the past: a month well ahead of the DCT
			// with no tense cue is last year's.
			c.y--
		}
	}
	return match{i: i, j: j, typ: "DATE", val: c.String(), c: c, hasC: true}, true
}

// weekdayExpr handles "Thursday", "Friday, Oct. 23", "Friday morning",
// "Mondays".
func (p *parser) weekdayExpr(i int) (match, bool) {
	w := p.w(i)
	wd := weekdays[w]
	if !p.capital(i) {
		return match{}, false
	}
	// "the Sunday Times", "the Mail on Sunday": newspapers.
	if p.capital(i+1) && paperWords[p.w(i+1)] || p.is(i-1, "on") && p.is(i-2, "mail") && p.capital(i-2) {
		return match{}, false
	}
	if w[len(w)-1] == 's' {
		v := fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))
		return match{i: i, j: i + 1, typ: "SET", val: v}, true
	}
	// "Friday, Oct. 23" and "Friday Oct. 23", within one sentence: a
	// headline ending "until Friday" and a dateline under it are two.
	k := i + 1
	if p.is(k, ",") {
		k++
	}
	if _, ok := months[p.w(k)]; ok && p.toks[k].sent == p.toks[i].sent {
		if m, ok := p.monthExpr(k); ok && m.md {
			m.i = i
			m.wd = int(wd) + 1
			if !m.explicitYear && p.hasDCT {
				if ys := YearsForWeekday(m.month, m.day, wd, m.c.y-1, m.c.y+1); len(ys) > 0 && !contains(ys, m.c.y) {
					m.c.y = ys[0]
					m.val = m.c.String()
				}
			}
			return m, true
		}
	}
	return p.weekdayOnly(i, i, wd, 0)
}

// isoWeekday returns 1 for Monday ... 7 for Sunday.
func isoWeekday(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}

// weekdayOnly resolves a weekday at i; mod is -1 for "last", +1 for
// "next", 0 otherwise. The span starts at start.
func (p *parser) weekdayOnly(start, i int, wd time.Weekday, mod int) (match, bool) {
	j := i + 1
	// "Friday evening" is a time of that day ("...TEV"), as the news
	// annotations give it; "Friday night" and "Friday morning" keep the
	// day as their value, which annotators give more often (they often
	// leave "night" out of the expression).
	part := ""
	typ := "DATE"
	if dp, ok := dayParts[p.w(j)]; ok {
		if dp == "EV" {
			part, typ = dp, "TIME"
		}
		j++
	}
	m := match{i: start, j: j, typ: typ, wd: int(wd) + 1, part: part}
	if !p.hasDCT {
		m.val = fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))
		if part != "" {
			m.val += "T" + part
		}
		return m, true
	}
	dir := mod
	strict := mod != 0
	if dir == 0 {
		dir = p.direction(i)
		if dir == 0 || p.is(i+1, "'") || p.is(i+1, "\u2019") {
			// "Wednesday's ruling" tells of a day gone by.
			dir = -1
		}
	}
	t := weekdayNear(p.dct, wd, dir, strict)
	m.c = dayCal(t)
	m.hasC = true // the day anchors "the next morning", even when it names a time of it
	m.val = dayValue(t, part)
	return m, true
}

// contains reports whether xs holds x.
func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// dayWord handles today, tonight, yesterday, tomorrow with an optional
// part of day ("yesterday morning").
func (p *parser) dayWord(i int) (match, bool) {
	if p.presentDay(i) {
		return match{}, false
	}
	off := 0
	part := ""
	switch p.w(i) {
	case "yesterday":
		off = -1
	case "tomorrow":
		off = 1
	case "tonight":
		part = "NI"
	}
	j := i + 1
	if dp, ok := dayParts[p.w(j)]; ok && part == "" {
		part = dp
		j++
	}
	typ := "DATE"
	if part != "" {
		typ = "TIME"
	}
	if !p.hasDCT {
		v := "XXXX-XX-XX"
		if part != "" {
			v += "T" + part
		}
		if p.is(i, "today") && part == "" {
			v = "PRESENT_REF"
		}
		return match{i: i, j: j, typ: typ, val: v}, true
	}
	t := p.dct.AddDate(0, 0, off)
	c := dayCal(t)
	return match{i: i, j: j, typ: typ, val: dayValue(t, part), c: c, hasC: part == ""}, true
}

// decadeApos handles "'90s" (and a leading "the" is taken by theExpr).
func (p *parser) decadeApos(i int) (match, bool) {
	if i+1 < len(p.toks) && p.glued(i+1) {
		t := p.toks[i+1]
		if t.kind == kMixed && int(t.nd) == 2 && p.w(i + 1)[2:] == "s" && int(t.n)%10 == 0 {
			dec := 190 + int(t.n)/10
			if int(t.n) < 30 {
				dec = 200 + int(t.n)/10
			}
			c := cal{gran: gDecade, n: dec}
			return match{i: i, j: i + 2, typ: "DATE", val: c.String(), c: c, hasC: true}, true
		}
	}
	// "since '82", "in '98": a year after a preposition (a quotation
	// opening on a number has none).
	switch p.w(i - 1) {
	case "since", "in", "of", "until", "by", "from", "before", "after":
		if y, j, ok := p.yearAt(i); ok && !p.is(j, "%") && !p.is(j, "percent") {
			c := cal{gran: gYear, y: y}
			return match{i: i, j: j, typ: "DATE", val: c.String(), c: c, hasC: true, explicitYear: true}, true
		}
	}
	return match{}, false
}

// decadeWords maps spelled decades to their last digit.
var decadeWords = map[string]int{
	"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9,
}

// seasonYear handles "spring 2019" and "the fall of 2019".
func (p *parser) seasonYear(i int) (match, bool) {
	s := seasons[p.w(i)]
	j := i + 1
	if p.is(j, "of") {
		j++
	}
	y, e, ok := p.yearAt(j)
	if !ok && p.is(j, "nineteen") {
		// "the winter of nineteen ninety-four"
		if m, ok2 := p.spelledYear(j); ok2 {
			y, e, ok = m.c.y, m.j, true
		}
	}
	if ok {
		c := cal{gran: gSeason, y: y, s: seasonCodes[s]}
		start := i
		if p.is(i-1, "the") {
			start = i - 1
		}
		return match{i: start, j: e, typ: "DATE", val: c.String(), c: c, hasC: true, explicitYear: true}, true
	}
	return match{}, false
}

// thanksgivingDay returns the day of November of Thanksgiving in year y:
// the fourth Thursday.
func thanksgivingDay(y int) int {
	first := date(y, 11, 1)
	return 1 + (int(time.Thursday)-int(first.Weekday())+7)%7 + 21
}

// electionDay returns the day of November of a US Election Day in year
// y: the Tuesday after the first Monday.
func electionDay(y int) int {
	first := date(y, 11, 1)
	return 2 + (int(time.Monday)-int(first.Weekday())+7)%7
}

// thanksgiving handles "Thanksgiving" and "Thanksgiving Day" (the fourth
// Thursday of November) and "Election Day" (the Tuesday after the first
// Monday of November).
func (p *parser) thanksgiving(i int) (match, bool) {
	dayOf := thanksgivingDay
	j := i + 1
	if p.is(i, "election") {
		if !p.capital(i) || !p.is(j, "day") || !p.capital(j) {
			return match{}, false
		}
		dayOf = electionDay
	}
	if p.is(j, "day") {
		j++
	}
	c := cal{gran: gDay, n: 11}
	if p.hasDCT {
		// The nearest Thanksgiving, in the direction of the tense.
		dir := p.direction(i)
		ref := date(p.dct.Year(), int(p.dct.Month()), p.dct.Day())
		best := time.Duration(-1)
		for y := p.dct.Year() - 1; y <= p.dct.Year()+1; y++ {
			d := dayOf(y)
			diff := date(y, 11, d).Sub(ref)
			dist := diff
			if dist < 0 {
				dist = -dist
			}
			if dir > 0 && diff < 0 || dir <= 0 && diff > 0 {
				dist += 120 * 24 * time.Hour
			}
			if best < 0 || dist < best {
				best, c.y, c.d = dist, y, d
			}
		}
	}
	return match{i: i, j: j, typ: "DATE", val: c.String(), c: c, hasC: c.d > 0}, true
}

// holiday handles fixed-date holidays.
func (p *parser) holiday(i int) (match, bool) {
	h := holidays[p.w(i)]
	if !p.capital(i) {
		return match{}, false
	}
	j := i + 1
	for _, r := range h.rest {
		if !p.is(j, r) && !(r == "'" && p.is(j, "\u2019")) {
			return match{}, false
		}
		j++
	}
	for _, r := range h.opt {
		if p.is(j, r) {
			j++
		}
	}
	if p.is(j, "eve") {
		j++
	}
	c := cal{gran: gDay, n: h.m, d: h.d}
	if p.hasDCT {
		c.y = nearestYear(h.m, h.d, p.dct, p.direction(i))
	}
	if y, e, ok := p.yearAt(j); ok {
		c.y, j = y, e
	}
	return match{i: i, j: j, typ: "DATE", val: c.String(), c: c, hasC: true}, true
}

// spelledYear handles "nineteen ninety-six".
func (p *parser) spelledYear(i int) (match, bool) {
	tens, ok := numWords[p.w(i+1)]
	if !ok || tens < 20 || tens > 90 || tens%10 != 0 {
		return match{}, false
	}
	y, j := 1900+tens, i+2
	if p.is(j, "-") && p.glued(j) {
		if v, ok := numWords[p.w(j+1)]; ok && v > 0 && v < 10 && p.w(j+1) != "a" && p.w(j+1) != "an" {
			y += v
			j += 2
		}
	}
	c := cal{gran: gYear, y: y}
	return match{i: i, j: j, typ: "DATE", val: c.String(), c: c, hasC: true, explicitYear: true}, true
}

// deadline reports whether "by", "until", "till" or "through" comes
// right before token i (or before its modifier): "by February", "until
// mid-November", "loans through January".
func (p *parser) deadline(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch p.w(k) {
		case "by", "until", "till":
			return true
		case "through":
			return !p.rangeStart(k)
		case "mid", "-", "early", "late", "the", "end", "of", "middle":
			continue
		}
		return false
	}
	return false
}

// rangeStart reports whether "through" at k closes a stretch opened
// just before it ("this year through August", "from May through
// July"), whose end is no deadline ahead.
func (p *parser) rangeStart(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6 && p.toks[j].sent == p.toks[k].sent; j-- {
		w := p.w(j)
		if _, ok := months[w]; ok || w == "from" || w == "since" || w == "year" {
			return true
		}
	}
	return false
}

// monthAbbrevs are the month abbreviations that take a period.
var monthAbbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// eraNouns are nouns that "today's" or "tomorrow's" qualify as the
// present age, not the day: "today's world", "tomorrow's leaders".
var eraNouns = map[string]bool{
	"world": true, "youth": true, "society": true, "generation": true, "generations": true,
	"children": true, "kids": true, "young": true, "standards": true, "leaders": true,
}

// presentDay reports whether "today" or "tomorrow" at i speaks of the
// present or coming age rather than a day: "in today's world", "the
// people of tomorrow".
func (p *parser) presentDay(i int) bool {
	if !p.is(i, "today") && !p.is(i, "tomorrow") {
		return false
	}
	if (p.is(i+1, "'") || p.is(i+1, "\u2019")) && p.is(i+2, "s") {
		return eraNouns[p.w(i+3)]
	}
	return p.is(i-1, "of") && p.is(i-2, "people")
}

// paperWords after a weekday name a newspaper: "the Sunday Times".
var paperWords = map[string]bool{
	"times": true, "telegraph": true, "mirror": true, "express": true, "independent": true,
	"herald": true, "post": true, "people": true, "business": true, "mail": true, "star": true,
	"tribune": true, "sport": true, "observer": true, "record": true, "post-dispatch": true,
}
