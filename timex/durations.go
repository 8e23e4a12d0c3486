package timex

import (
	"fmt"
	"strconv"
)

// setExpr handles "every week", "each Monday", "per year".
func (p *parser) setExpr(i int) (match, bool) {
	j := i + 1
	n := 1
	if v, ok := p.num(j, 3); ok && v > 0 {
		n = v
		j++
	} else if v, ok := numWords[p.w(j)]; ok && v > 1 {
		n = v
		j++
	} else if p.is(j, "other") {
		n = 2
		j++
	}
	if wd, ok := weekdays[p.w(j)]; ok && p.capital(j) {
		return match{i: i, j: j + 1, typ: "SET", val: fmt.Sprintf("XXXX-WXX-%d", isoWeekday(wd))}, true
	}
	if mo, e, ok := p.monthAt(j); ok {
		return match{i: i, j: e, typ: "SET", val: fmt.Sprintf("XXXX-%02d", mo)}, true
	}
	if dp, ok := dayParts[p.w(j)]; ok {
		return match{i: i, j: j + 1, typ: "SET", val: "XXXX-XX-XXT" + dp}, true
	}
	u, ok := units[p.w(j)]
	if !ok {
		return match{}, false
	}
	code, isTime, mult := unitCode(u)
	v := "P"
	if isTime {
		v = "PT"
	}
	return match{i: i, j: j + 1, typ: "SET", val: v + strconv.Itoa(n*mult) + code}, true
}

// duration handles "three years", "a decade", "16-hour", "several
// months", "two years ago", "six months later"; span starts at i, the
// count is at j.
func (p *parser) duration(i, j int) (match, bool) {
	n, k, ok := p.count(j)
	if !ok {
		return match{}, false
	}
	// "2 1/2 years", "a year and a half" are kept to their whole part
	// unless the unit splits evenly (below).
	half := false
	if k+2 < len(p.toks) && p.is(k, "1") && p.is(k+1, "/") && p.is(k+2, "2") && p.glued(k+1) && p.glued(k+2) {
		half = true
		k += 3
	}
	// "two and a half years": the half comes before the unit.
	if n > 0 && p.is(k, "and") && (p.is(k+1, "a") || p.is(k+1, "one")) && p.is(k+2, "half") && units[p.w(k+3)] != 0 {
		half = true
		k += 3
	}
	adj := false
	if p.is(k, "-") && p.glued(k) && p.glued(k+1) {
		k++
		adj = true
	}
	// "20 more years", "an additional year", "two full days".
	for p.is(k, "more") || p.is(k, "additional") || p.is(k, "full") || p.is(k, "straight") || p.is(k, "consecutive") || p.is(k, "trading") || p.is(k, "business") || p.is(k, "working") {
		k++
	}
	u, ok := units[p.w(k)]
	if !ok {
		return match{}, false
	}
	// "60 Minutes", "Twelve Days of Christmas": a title.
	if p.capital(k) && !p.sentStart(j) {
		return match{}, false
	}
	if adj && p.w(k) != singular(p.w(k)) {
		return match{}, false
	}
	// "the 1988 second quarter": an ordinal, not a unit.
	if u == uSecond && p.w(k) == "second" && n != 1 {
		return match{}, false
	}
	// "a second", "one second" read as ordinal noise: "a second time".
	if u == uSecond && (p.is(j, "a") || p.is(j, "one")) && !p.is(k+1, ".") {
		if !p.is(k+1, "later") && !p.is(k+1, "ago") {
			return match{}, false
		}
	}
	// "in some quarters", "in many quarters": circles of people, not
	// time; "several quarters of losses" is time.
	if u == uQuarter && n < 0 && !p.is(k-1, "several") && !p.is(k-1, "few") {
		return match{}, false
	}
	// "a quarter of the market", "a quarter of a point", "about a
	// quarter, of its dealers", "a quarter point rise", "a quarter
	// stake", "a quarter-final": a share, not three months ("a quarter
	// of a century" is a span, as is "a quarter in advance").
	if u == uQuarter && (p.is(j, "a") || p.is(j, "one")) && k == j+1 && p.quarterShare(j, k) {
		return match{}, false
	}
	e := k + 1
	// "a year-long inquiry", "a months-long strike": the article goes
	// with the noun.
	if p.longAdj(k) {
		if (p.is(j, "a") || p.is(j, "an")) && k == j+1 {
			i = k
			if singular(p.w(k)) != p.w(k) {
				n = -1
			}
		}
		e += 2
	}
	// "a year-earlier loss" is a date adjective, not a duration.
	if p.is(e, "-") && p.glued(e) && (p.is(e+1, "earlier") || p.is(e+1, "ago")) {
		return match{}, false
	}
	// Ages: "a 6-year-old", "8-month-old".
	if p.is(e, "-") && p.glued(e) && p.is(e+1, "old") {
		return match{}, false
	}
	if p.is(e, "old") && !adj {
		return match{}, false
	}
	// "24 hours a day", "seven days a week": all the time, no time.
	if p.roundTheClock(n, u, e) {
		return match{}, false
	}
	if (p.is(j, "a") || p.is(j, "an")) && k == j+1 && i >= 2 && p.toks[i-2].kind != kPunct {
		if m, l, ok := p.count(i - 2); ok && l == i-1 {
			if u2, ok := units[p.w(i-1)]; ok && p.roundTheClock(m, u2, i) {
				return match{}, false
			}
		}
	}
	// "a year" after an amount is a rate: "$5 million a year".
	after := p.w(e)
	if (p.is(j, "a") || p.is(j, "an")) && u != uSecond && !adj && after != "ago" && after != "earlier" && after != "later" {
		if prev := p.w(i - 1); prev == "million" || prev == "billion" || prev == "times" || prev == "once" || prev == "twice" || prev == "%" || prev == "percent" || (i > 0 && p.toks[i-1].kind == kNum) {
			code, isTime, _ := unitCode(u)
			v := "P1" + code
			if isTime {
				v = "PT1" + code
			}
			return match{i: j, j: e, typ: "SET", val: v}, true
		}
	}
	code, isTime, mult := unitCode(u)
	count := "X"
	if n > 0 {
		count = strconv.Itoa(n * mult)
	}
	if n < 0 {
		code = vagueCode(u, code)
	}
	val := "P" + count + code
	if isTime {
		val = "PT" + count + code
	}
	if p.is(e, "and") && p.is(e+1, "a") && p.is(e+2, "half") {
		half = true
		e += 3
	}
	if half && n > 0 {
		switch u {
		case uYear:
			val += "6M"
		case uDay:
			val = "P" + count + "DT12H"
		case uHour:
			val += "30M"
		case uMinute:
			val += "30S"
		}
	}
	// "two years ago", "three weeks earlier", "a year from now".
	switch after {
	case "ago", "earlier", "later", "before", "hence":
		if adj || after == "before" {
			break
		}
		// "three days later" is measured from some event, not from the
		// DCT: a duration. "a year earlier" in a report of quarterly
		// results is the same quarter a year before.
		if after == "later" || after == "earlier" && !(u == uYear && p.hasLastQ) {
			if after == "earlier" && (u == uYear || u == uMonth) && n > 0 && p.hasDCT {
				return p.ago(i, e+1, n, u, true)
			}
			return match{i: i, j: e, typ: "DURATION", val: val}, true
		}
		return p.ago(i, e+1, n, u, after != "hence")
	case "from":
		if p.is(e+1, "now") {
			return p.ago(i, e+2, n, u, false)
		}
	}
	if p.w(j) == "some" && n < 0 {
		return match{}, false
	}
	// A bare plural unit without a count word is too vague ("years").
	if adj && i < j && p.is(i, "the") {
		// "the 14-day period": the article belongs to the noun.
		i = j
	}
	return match{i: i, j: e, typ: "DURATION", val: val}, true
}

// vagueCode returns the designator of an uncounted unit: decades and
// centuries, which a count of years cannot give, take TimeBank's "E"
// and "C" ("PXE", "PXC"); other units keep code.
func vagueCode(u int, code string) string {
	switch u {
	case uDecade:
		return "E"
	case uCentury:
		return "C"
	}
	return code
}

// fullCount gives, for a unit and the unit holding it, how many of the
// first make the second: 24 hours a day, 7 days a week.
var fullCount = map[[2]int]int{
	{uHour, uDay}: 24, {uDay, uWeek}: 7, {uDay, uYear}: 365, {uWeek, uYear}: 52,
	{uMonth, uYear}: 12, {uMinute, uHour}: 60,
}

// roundTheClock reports whether n units followed at e by "a" and a
// larger unit name the whole of it ("24 hours a day", "seven days a
// week"): an idiom for "all the time" that names no time.
func (p *parser) roundTheClock(n, u, e int) bool {
	if !p.is(e, "a") && !p.is(e, "an") {
		return false
	}
	u2, ok := units[p.w(e+1)]
	return ok && n > 0 && fullCount[[2]int{u, u2}] == n
}

// singular strips a plural s.
func singular(w string) string {
	if len(w) > 1 && w[len(w)-1] == 's' {
		if w == "centuries" {
			return "century"
		}
		return w[:len(w)-1]
	}
	return w
}

// count parses a count at j: digits, number words ("twenty-four"), "a",
// "a few", "a couple of".
func (p *parser) count(j int) (int, int, bool) {
	if j >= len(p.toks) {
		return 0, j, false
	}
	t := p.toks[j]
	if t.kind == kNum {
		if n, ok := p.num(j, 6); ok && n > 0 {
			return n, j + 1, true
		}
		return 0, j, false
	}
	w := p.w(j)
	n, ok := numWords[w]
	if !ok {
		return 0, j, false
	}
	k := j + 1
	if (w == "a" || w == "an") && (p.is(k, "few") || p.is(k, "couple")) {
		n = -1
		if p.is(k, "couple") {
			n = 2
		}
		k++
	}
	if p.is(k-1, "couple") && p.is(k, "of") {
		k++
	}
	if (w == "a" || w == "an") && p.is(k, "dozen") {
		n = 12
		k++
	}
	// "twenty-four", "twenty four".
	if n >= 20 && n%10 == 0 && n < 100 {
		q := k
		if p.is(q, "-") && p.glued(q) {
			q++
		}
		if v, ok := numWords[p.w(q)]; ok && v > 0 && v < 10 && p.w(q) != "a" && p.w(q) != "an" {
			n += v
			k = q + 1
		}
	}
	if p.is(k, "hundred") && n > 0 {
		n *= 100
		k++
	}
	return n, k, true
}

// ago resolves "N units ago" (back=true) or "N units later/from now"
// relative to the DCT, at the granularity of the unit.
func (p *parser) ago(i, e, n, u int, back bool) (match, bool) {
	g, ok := unitGran[u]
	if u == uDecade {
		g, n, ok = gYear, n*10, true
	}
	if !ok || n < 0 || !p.hasDCT {
		v := "PAST_REF"
		if !back {
			v = "FUTURE_REF"
		}
		if n > 0 && ok && !p.hasDCT {
			v = map[int]string{gYear: "XXXX", gMonth: "XXXX-XX", gWeek: "XXXX-WXX", gDay: "XXXX-XX-XX", gQuarter: "XXXX-QX"}[g]
		}
		return match{i: i, j: e, typ: "DATE", val: v}, true
	}
	if !back {
		// Only "from now" and "later" land here; "later" is anchored
		// on the DCT, an approximation.
	} else {
		n = -n
	}
	var c cal
	if u == uYear && p.inYTD(i) {
		// "for the nine months ... a year earlier": the year before.
		c = at(p.dct, gYear).shift(n, gYear)
	} else if p.hasLastQ && (u == uYear || u == uQuarter) {
		c = p.lastQ.shift(n, g)
	} else {
		c = at(p.dct, g).shift(n, g)
	}
	return match{i: i, j: e, typ: "DATE", val: c.String(), c: c, hasC: true}, true
}

// longAdj reports whether the unit at k is followed by a glued
// "-long": "day-long", "decades-long".
func (p *parser) longAdj(k int) bool {
	return p.is(k+1, "-") && p.glued(k+1) && p.is(k+2, "long") && p.glued(k+2)
}

// vaguePlural handles "for years", "within weeks", "in decades": a
// duration of unknown length; and the adjectives "day-long" (P1D) and
// "decades-long" (PXY, a number of years, as annotators give it).
func (p *parser) vaguePlural(i int) (match, bool) {
	if p.longAdj(i) {
		u, ok := units[p.w(i)]
		if !ok || u == uSecond || u == uQuarter {
			return match{}, false
		}
		code, isTime, mult := unitCode(u)
		count := strconv.Itoa(mult)
		if singular(p.w(i)) != p.w(i) {
			count = "X" // decades are counted in years
		}
		v := "P" + count + code
		if isTime {
			v = "PT" + count + code
		}
		return match{i: i, j: i + 3, typ: "DURATION", val: v}, true
	}
	switch p.w(i - 1) {
	case "for", "within", "in", "over":
	default:
		return match{}, false
	}
	return p.vagueUnit(i, i)
}

// vagueUnit returns "PXY" and the like for the plural unit at j, the
// span starting at i.
func (p *parser) vagueUnit(i, j int) (match, bool) {
	u, ok := units[p.w(j)]
	if !ok || u == uSecond || u == uQuarter || singular(p.w(j)) == p.w(j) {
		return match{}, false
	}
	code, isTime, _ := unitCode(u)
	code = vagueCode(u, code)
	v := "PX" + code
	if isTime {
		v = "PTX" + code
	}
	return match{i: i, j: j + 1, typ: "DURATION", val: v}, true
}

// quarterShare reports whether "a quarter" (tokens j and k) is a share
// of something rather than three months: "of" before anything but a time
// unit, a noun after it ("a quarter point", "a quarter stake"), a hyphen
// ("a quarter-final"), a bracket, or a comma after "about" or "almost".
func (p *parser) quarterShare(j, k int) bool {
	next := k + 1
	switch p.w(next) {
	case "of":
		if p.is(next+1, "a") || p.is(next+1, "an") {
			_, unit := units[p.w(next+2)]
			return !unit
		}
		return true
	case "-", "(":
		return true
	case ",":
		switch p.w(j - 1) {
		case "about", "almost", "nearly", "roughly", "over", "under":
			return true
		}
		return false
	case "in", "later", "earlier", "ago", "before", "after", "to", "for", "ahead", "and", "or",
		"when", "than", "that", "on", "at", "from", "since", "until", "while", "as", "but", "is", "was":
		return false
	}
	return next < len(p.toks) && p.toks[next].kind == kWord && p.toks[next].sent == p.toks[k].sent
}
