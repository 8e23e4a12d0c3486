package timex

import (
	"time"
)

// theExpr handles expressions that start with "the".
func (p *parser) theExpr(i int) (match, bool) {
	j := i + 1
	if p.is(j, "same") || p.is(j, "corresponding") || p.is(j, "comparable") {
		if m, ok := p.samePeriod(i, j); ok {
			return m, true
		}
	}
	// "the last week of March", "the first week of May": the ISO week
	// holding the month's fourth day, or its fourth day from the end
	// (the week that has most of its days in the month).
	if (p.is(j, "last") || p.is(j, "first") || p.is(j, "final")) && p.is(j+1, "week") && p.is(j+2, "of") {
		if m, ok := p.monthExpr(j + 3); ok && m.c.gran == gMonth && m.c.y > 0 {
			d := 4
			if !p.is(j, "first") {
				d = date(m.c.y, m.c.n+1, 0).Day() - 3
			}
			c := weekCal(date(m.c.y, m.c.n, d))
			return match{i: i, j: m.j, typ: "DATE", val: c.String(), c: c, hasC: true}, true
		}
	}
	// "over the years", "through the decades": a stretch of unknown
	// length.
	if p.is(i-1, "over") || p.is(i-1, "through") || p.is(i-1, "across") {
		if m, ok := p.vagueUnit(i, j); ok {
			return m, true
		}
	}
	// "the weeks ahead", "the years ahead": a stretch of unknown length.
	if p.is(j+1, "ahead") {
		if m, ok := p.vagueUnit(i, j); ok {
			m.j = j + 2
			return m, true
		}
	}
	switch w := p.w(j); w {
	case "future":
		return match{i: i, j: j + 1, typ: "DATE", val: "FUTURE_REF"}, true
	case "past", "last", "next", "coming", "previous", "following", "current", "same", "latest", "prior", "recent", "upcoming":
		return p.deictic(i, j)
	case "present":
		return match{i: i, j: j + 1, typ: "DATE", val: "PRESENT_REF"}, true
	case "near", "foreseeable", "distant", "immediate":
		if p.is(j+1, "future") || p.is(j+1, "term") {
			return match{i: i, j: j + 2, typ: "DATE", val: "FUTURE_REF"}, true
		}
	case "'", "\u2019":
		if m, ok := p.decadeApos(j); ok {
			m.i = i
			return m, true
		}
	case "first", "second", "third", "fourth", "final":
		if m, ok := p.quarterExpr(i, j); ok {
			if p.is(j+1, "-") {
				// "the third-quarter results": the article goes with
				// the noun.
				m.i = j
			}
			return m, true
		}
		// "the first nine months"
		if m, ok := p.duration(i, j+1); ok && m.typ == "DURATION" {
			return m, true
		}
	case "quarter", "period":
		if w == "quarter" {
			return p.yearBefore(p.quarterRef(i, j+1))
		}
	case "corresponding", "comparable":
		// "the corresponding period last year", "the same quarter a
		// year earlier": the quarter under discussion, a year before.
		k := j + 1
		if p.is(k, "year") && p.is(k+1, "-") && (p.is(k+2, "ago") || p.is(k+2, "earlier")) {
			k += 3
		}
		if (p.is(k, "quarter") || p.is(k, "period")) && p.hasLastQ {
			if p.is(k+1, "last") && p.is(k+2, "year") || p.is(k+1, "a") && p.is(k+2, "year") && (p.is(k+3, "ago") || p.is(k+3, "earlier")) || k > j+1 {
				e := k + 1
				if p.is(e, "last") {
					e += 2
				} else if p.is(e, "a") {
					e += 3
				}
				c := p.lastQ.shift(-1, gYear)
				return match{i: i, j: e, typ: "DATE", val: c.String(), c: c, hasC: true}, true
			}
		}
	case "weekend":
		return p.weekend(i, j+1, 0)
	case "day":
		// "the day before Tuesday's hearing", "the day after Feb. 13".
		if p.is(j+1, "before") || p.is(j+1, "after") {
			if m, ok := p.core(j + 2); ok && m.hasC && m.c.gran == gDay && m.c.n > 0 && m.c.d > 0 && m.c.y > 0 {
				n := 1
				if p.is(j+1, "before") {
					n = -1
				}
				c := m.c.shift(n, gDay)
				return match{i: i, j: m.j, typ: "DATE", val: c.String(), c: c, hasC: true}, true
			}
		}
		if p.tradingDay(i) {
			// "to end the day", "for the day", "later in the day": the
			// day the story is at.
			c := cal{gran: gDay}
			switch {
			case p.hasDay:
				c = p.day
			case p.hasDCT:
				c = dayCal(p.dct)
			}
			return match{i: i, j: j + 1, typ: "DATE", val: c.String(), c: c, hasC: c.y > 0}, true
		}
	case "year", "month", "week":
		if p.longAdj(j) {
			return match{}, false // "the year-long inquiry"
		}
		// "album of the year", "Player of the Year": a prize, not a
		// time ("the hottest month of the year" and "the best film of
		// the year" are time).
		if p.is(i-1, "of") && awardNouns[p.w(i-2)] && !rankWords[p.w(i-3)] {
			return match{}, false
		}
		// "the week of March 6": the ISO week holding that day.
		if w == "week" && p.is(j+1, "of") {
			if m, ok := p.core(j + 2); ok && m.hasC && m.c.gran == gDay && m.c.n > 0 && m.c.d > 0 && m.c.y > 0 {
				c := weekCal(date(m.c.y, m.c.n, m.c.d))
				return match{i: i, j: m.j, typ: "DATE", val: c.String(), c: c, hasC: true}, true
			}
		}
		// "the year-earlier quarter"
		if p.is(j+1, "-") && p.glued(j+1) && (p.is(j+2, "earlier") || p.is(j+2, "ago")) {
			if m, ok := p.yearEarlier(j, j+3); ok {
				m.i = i
				if p.is(m.j, "quarter") || p.is(m.j, "period") {
					m.j++
				} else if q, ok := p.quarterExpr(m.j, m.j); ok && q.c.gran == gQuarter {
					// "the year-ago third quarter"
					q.c = q.c.shift(-1, gYear)
					q.val, q.i = q.c.String(), i
					return q, true
				} else if d, ok := p.duration(m.j, m.j); ok && d.typ == "DURATION" {
					// "the year-earlier nine months": a stretch of
					// nine months.
					d.i = i
					return d, true
				}
				return m, true
			}
		}
		// "the end of the year" (the modifiers are taken before), "for
		// the year": the DCT's year; "the year ended March 31": a year.
		if w == "year" {
			// "the year before", "the year previous": the year before
			// the last one named ("last year ... the year before").
			if p.is(j+1, "before") || p.is(j+1, "previous") || p.is(j+1, "earlier") {
				if c, ok := p.anchorAs(gYear); ok && !p.beforeGoverns(j+2) {
					c = c.shift(-1, gYear)
					return match{i: i, j: j + 2, typ: "DATE", val: c.String(), c: c, hasC: true}, true
				}
			}
			return p.theYear(i, j+1)
		}
		if k, _ := p.skipModifiers(i - 3); k == i && i >= 3 && p.hasDCT {
			g := map[string]int{"year": gYear, "month": gMonth, "week": gWeek}[w]
			c := at(p.dct, g)
			return match{i: i, j: j + 1, typ: "DATE", val: c.String(), c: c, hasC: true}, true
		}
	case "full", "fiscal", "calendar":
		if p.is(j+1, "year") {
			return p.theYear(i, j+2)
		}
		// "the fiscal first quarter"
		if w == "fiscal" {
			if m, ok := p.quarterExpr(i, j+1); ok {
				return m, true
			}
		}
	case "short":
		if p.is(j+1, "term") {
			return match{i: i, j: j + 2, typ: "DATE", val: "FUTURE_REF"}, true
		}
	case "spring", "summer", "fall", "autumn", "winter":
		if p.is(j+1, "of") {
			return p.seasonYear(j)
		}
		return p.theSeason(i, j), true
	}
	if _, ok := decadeWords[p.w(j)]; ok {
		c := cal{gran: gDecade, n: 190 + decadeWords[p.w(j)]}
		return match{i: i, j: j + 1, typ: "DATE", val: c.String(), c: c, hasC: true}, true
	}
	if _, ok := ordinals[p.w(j)]; ok && p.is(j+1, "century") {
		c := cal{gran: gCentury, n: ordinals[p.w(j)] - 1}
		return match{i: i, j: j + 2, typ: "DATE", val: c.String(), c: c, hasC: true}, true
	}
	if j < len(p.toks) && (p.toks[j].kind == kNum || p.toks[j].kind == kMixed || p.toks[j].kind == kWord && triggers[p.w(j)]) {
		if m, ok := p.core(j); ok && (m.c.gran == gDecade || m.c.gran == gCentury || m.typ == "DURATION" && p.is(i+1, "first")) {
			m.i = i
			return m, true
		}
		// "the nine months" (ended), "the six months"
		if m, ok := p.duration(i, j); ok && m.typ == "DURATION" && !p.yearQuarter(j) {
			if _, isNum := numWords[p.w(j)]; (isNum && p.w(j) != "a" && p.w(j) != "an" && p.w(j) != "some") || p.toks[j].kind == kNum {
				return m, true
			}
		}
	}
	return match{}, false
}

// deictic handles "this/last/next/past/coming ..." at j, span from i.
func (p *parser) deictic(i, j int) (match, bool) {
	mod := p.w(j)
	k := j + 1
	w := p.w(k)
	// "Suddenly Last Summer", "I Know What You Did Last Summer": inside
	// a capitalised title, not a time of the story.
	if i == j && p.capital(j) && p.capital(k) && p.capital(j-1) && !p.sentStart(j) && !p.sentStart(j-1) {
		return match{}, false
	}
	// "the next morning", "the following day": the day after the one
	// the story is at.
	if (mod == "next" || mod == "following") && p.w(i) == "the" && (w == "day" || dayParts[w] != "") {
		c := cal{gran: gDay}
		switch a := p.anchor; {
		case p.hasAnchor && a.gran == gDay && a.y > 0 && a.n > 0 && a.d > 0:
			c = a.shift(1, gDay)
		case p.hasDCT:
			c = dayCal(p.dct.AddDate(0, 0, 1))
		}
		return match{i: i, j: k + 1, typ: "DATE", val: c.String(), c: c, hasC: c.y > 0}, true
	}
	// "the last half of 1989", "the last two quarters".
	if mod == "last" && (w == "half" || w == "two" && p.is(k+1, "quarters")) {
		if m, ok := p.quarterExpr(i, j); ok {
			return m, true
		}
	}
	// "the past two years", "the next few days", "the last 20 months".
	if mod == "past" || mod == "last" || mod == "next" || mod == "coming" || mod == "previous" || mod == "following" || mod == "prior" {
		if n, ok := numWords[w]; ok && w != "a" && w != "an" || (k < len(p.toks) && p.toks[k].kind == kNum) {
			_ = n
			if m, ok := p.duration(i, k); ok && m.typ == "DURATION" {
				return m, true
			}
		}
		if w == "few" || w == "several" || w == "couple" {
			if m, ok := p.duration(i, k); ok {
				return m, true
			}
		}
	}
	// Weekday.
	if wd, ok := weekdays[w]; ok && p.capital(k) {
		dir := 0
		switch mod {
		case "last", "past", "previous":
			dir = -1
		case "next", "coming", "following":
			dir = 1
		case "this":
		default:
			return match{}, false
		}
		// "the previous Friday", "the following Monday": a week around
		// the day the story is at, not the DCT.
		if a := p.anchor; (mod == "previous" || mod == "following") && p.hasAnchor && a.gran == gDay && a.y > 0 && a.n > 0 && a.d > 0 {
			m := match{i: i, j: k + 1, typ: "DATE", wd: int(wd) + 1}
			m.c, m.hasC = dayCal(weekdayNear(date(a.y, a.n, a.d), wd, dir, true)), true
			m.val = m.c.String()
			return m, true
		}
		return p.weekdayOnly(i, k, wd, dir)
	}
	// Month name: "last November".
	if mo, e, ok := p.monthAt(k); ok {
		c := cal{gran: gMonth, n: mo}
		if p.hasDCT {
			cur := int(p.dct.Month())
			c.y = p.dct.Year()
			switch mod {
			case "last", "past", "previous":
				if mo >= cur {
					c.y--
				}
			case "next", "coming":
				if mo <= cur {
					c.y++
				}
			}
		}
		if d, ok := p.dayNum(e); ok && validDay(mo, d) {
			return match{}, false
		}
		return match{i: i, j: e, typ: "DATE", val: c.String(), c: c, hasC: true}, true
	}
	// Seasons.
	if s, ok := seasons[w]; ok {
		c := cal{gran: gSeason, s: seasonCodes[s]}
		if p.hasDCT {
			cs, cy := seasonOf(p.dct)
			cur := cy*4 + cs
			switch mod {
			case "last", "past", "previous":
				idx := cur - 1
				for idx%4 != s {
					idx--
				}
				c.y = idx / 4
			case "next", "coming":
				idx := cur + 1
				for idx%4 != s {
					idx++
				}
				c.y = idx / 4
			default:
				c.y = p.dct.Year()
				if s == cs {
					c.y = cy
				}
			}
		}
		return match{i: i, j: k + 1, typ: "DATE", val: c.String(), c: c, hasC: true}, true
	}
	// Parts of day: "this morning", "last night".
	if dp, ok := dayParts[w]; ok && (mod == "this" || mod == "last") {
		v := "XXXX-XX-XXT" + dp
		if p.hasDCT {
			t := p.dct
			if mod == "last" {
				t = t.AddDate(0, 0, -1)
			}
			v = dayValue(t, dp)
		}
		return match{i: i, j: k + 1, typ: "TIME", val: v}, true
	}
	// "the current fiscal year", "last fiscal year".
	if w == "fiscal" && p.is(k+1, "year") {
		k++
		w = "year"
	}
	// "this year's third quarter", "last year's quarter".
	if w == "year" && (p.is(k+1, "'") || p.is(k+1, "\u2019")) && p.is(k+2, "s") && p.hasDCT {
		y := p.dct.Year() + map[string]int{"last": -1, "next": 1}[mod]
		if q, ok := p.quarterExpr(i, k+3); ok && q.c.gran == gQuarter {
			q.c.y = y
			q.val = q.c.String()
			return q, true
		}
		if p.is(k+3, "quarter") || p.is(k+3, "period") {
			c := at(p.dct, gQuarter).shift(-1, gQuarter)
			if p.hasLastQ {
				c = p.lastQ
			}
			c.y = y
			return match{i: i, j: k + 4, typ: "DATE", val: c.String(), c: c, hasC: true}, true
		}
	}
	// "This Week", "Last Year": a title in capitals, unless the
	// sentence opens with it.
	if p.capital(k) && p.capital(j) && !p.sentStart(j) {
		if _, ok := units[w]; ok {
			return match{}, false
		}
	}
	// Units: "this week", "last year", "next month", "this season".
	g := 0
	switch w {
	case "year":
		g = gYear
	case "month":
		g = gMonth
	case "week":
		g = gWeek
	case "quarter":
		g = gQuarter
	case "decade":
		g = gDecade
	case "century":
		g = gCentury
	case "weekend":
		return p.weekend(i, k+1, map[string]int{"last": -1, "past": -1, "next": 1, "coming": 1}[mod])
	case "season":
		g = gSeason
	case "day":
		g = gDay
	case "period":
		// "the latest period" in a report of results is a quarter.
		if mod == "latest" {
			g = gQuarter
		}
	case "years", "months", "weeks", "days", "decades", "quarters":
		// "recent years", "the past months", "coming weeks".
		v := "PAST_REF"
		switch mod {
		case "coming", "next", "following", "upcoming":
			v = "FUTURE_REF"
		}
		if mod == "recent" || mod == "coming" {
			// "in recent years", "in coming weeks": a stretch of
			// unknown length (TimeML "PXY"), as annotators mostly give.
			code, _, _ := unitCode(units[w])
			code = vagueCode(units[w], code)
			return match{i: i, j: k + 1, typ: "DURATION", val: "PX" + code}, true
		}
		return match{i: i, j: k + 1, typ: "DATE", val: v}, true
	}
	if g == 0 {
		if mod == "current" {
			v := "PRESENT_REF"
			if p.w(i) == "the" {
				return match{}, false
			}
			return match{i: j, j: j + 1, typ: "DATE", val: v}, true
		}
		if (mod == "past") && p.w(i) == "the" && i < j {
			return match{i: i, j: j + 1, typ: "DATE", val: "PAST_REF"}, true
		}
		return match{}, false
	}
	// "the past year", "the last quarter", "the next month" name the
	// calendar unit before or after the DCT's, as annotators mostly
	// give them; "the past week", "the next day", "the last decade" and
	// "the past century" are stretches of time.
	if p.w(i) == "the" && (mod == "past" || mod == "last" || mod == "next" || mod == "coming") && (g == gWeek || g == gDay || g == gDecade || g == gCentury) {
		code := map[int]string{gYear: "P1Y", gMonth: "P1M", gWeek: "P1W", gQuarter: "P1Q", gDecade: "P10Y", gCentury: "P100Y", gDay: "P1D"}[g]
		return match{i: i, j: k + 1, typ: "DURATION", val: code}, true
	}
	if mod == "that" || mod == "same" || mod == "following" || mod == "previous" || mod == "prior" || mod == "latest" || mod == "recent" || mod == "upcoming" {
		// "the following year", "the previous month", "that day": the
		// unit around the last date the text named.
		step := 0
		switch mod {
		case "following":
			step = 1
		case "previous", "prior":
			step = -1
		}
		if mod == "that" || mod == "same" || p.w(i) == "the" && step != 0 {
			if c, ok := p.anchorAs(g); ok {
				c = c.shift(step, g)
				return match{i: i, j: k + 1, typ: "DATE", val: c.String(), c: c, hasC: true}, true
			}
		}
		if g == gQuarter && (mod == "latest" || mod == "recent") {
			m, ok := p.quarterRef(i, k+1)
			if ok && p.hasDCT && !p.hasLastQ && !p.is(k+1, "ended") && !p.is(k+1, "ending") {
				// The latest quarter is the last one completed.
				m.c = at(p.dct, gQuarter).shift(-1, gQuarter)
				m.val = m.c.String()
			}
			return m, ok
		}
		if g == gQuarter && (mod == "same" || mod == "previous" || mod == "prior") {
			// "the same quarter" (a year earlier) and similar: vague.
			return match{i: i, j: k + 1, typ: "DATE", val: cal{gran: gQuarter, y: p.anchorYear()}.String()}, true
		}
		return match{}, false
	}
	n := 0
	switch mod {
	case "last", "past":
		n = -1
	case "next", "coming":
		n = 1
	}
	if !p.hasDCT {
		v := map[int]string{gYear: "XXXX", gMonth: "XXXX-XX", gWeek: "XXXX-WXX", gQuarter: "XXXX-QX", gDay: "XXXX-XX-XX"}[g]
		if g == gSeason {
			// Which season of the year is unknown: only its direction.
			v = map[int]string{-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[n]
		}
		if g == gDecade || g == gCentury {
			v = "XXX"
		}
		if w == "weekend" {
			v += "-WE"
		}
		return match{i: i, j: k + 1, typ: "DATE", val: v}, true
	}
	var c cal
	switch g {
	case gSeason:
		s, y := seasonOf(p.dct)
		c = cal{gran: gSeason, y: y, s: seasonCodes[s]}
		if n != 0 {
			idx := y*4 + s + n
			c.y, c.s = idx/4, seasonCodes[idx%4]
		}
	case gDecade, gCentury:
		c = at(p.dct, g)
		c.n += n
	default:
		c = at(p.dct, g)
		if n != 0 {
			unit := g
			c = c.shift(n, unit)
		}
	}
	v := c.String()
	if w == "weekend" {
		v += "-WE"
	}
	m := match{i: i, j: k + 1, typ: "DATE", val: v, c: c, hasC: w != "weekend"}
	if g == gQuarter {
		p.setLastQ(c)
	}
	return m, true
}

// anchorYear returns the year of the last anchor or of the DCT, or 0.
func (p *parser) anchorYear() int {
	if p.hasDCT {
		return p.dct.Year()
	}
	if p.hasAnchor && p.anchor.y > 0 {
		return p.anchor.y
	}
	return 0
}

// quarterCode handles "Q3" and "Q3 2019".
func (p *parser) quarterCode(i int) (match, bool) {
	q := int(p.w(i)[1] - '0')
	c := cal{gran: gQuarter, n: q, y: p.anchorYear()}
	j := i + 1
	explicit := false
	if y, e, ok := p.yearAt(j); ok {
		c.y, j, explicit = y, e, true
	}
	p.setLastQ(c)
	return match{i: i, j: j, typ: "DATE", val: c.String(), c: c, hasC: true, explicitYear: explicit}, true
}

// quarterExpr handles "third quarter", "the third-quarter", "the first
// half of 1990", "the fourth quarter of 1984"; the span starts at i and
// the ordinal is at j.
func (p *parser) quarterExpr(i, j int) (match, bool) {
	w := p.w(j)
	n, ok := ordinals[w]
	if !ok {
		if w != "final" && w != "last" {
			return match{}, false
		}
		n = 4
	}
	k := j + 1
	if p.is(k, "-") && p.glued(k) {
		k++
	}
	g := 0
	switch p.w(k) {
	case "quarter":
		g = gQuarter
	case "half":
		g = gHalf
		if w == "final" || w == "last" {
			n = 2
		}
	case "two":
		// "the first two quarters of 1990" is a half.
		if !p.is(k+1, "quarters") || n != 1 && n != 4 {
			return match{}, false
		}
		g, n = gHalf, min(n, 2)
		k++
	default:
		return match{}, false
	}
	if (g == gQuarter && n > 4) || (g == gHalf && n > 2) {
		return match{}, false
	}
	c := cal{gran: g, n: n, y: p.anchorYear()}
	if p.hasLastQ && p.lastQ.y > 0 && g == gQuarter && !p.hasDCT {
		c.y = p.lastQ.y
	}
	e := k + 1
	explicit := false
	if p.is(e, "of") {
		if y, e2, ok := p.yearAt(e + 1); ok {
			c.y, e, explicit = y, e2, true
		} else if off, ok := yearOffsets[p.w(e+1)]; ok && p.is(e+2, "year") && p.hasDCT {
			// "the third quarter of this year", "the first half of
			// last year".
			c.y, e, explicit = p.dct.Year()+off, e+3, true
		} else if g == gHalf {
			// "the last half of the '80s" is no half year.
			return match{}, false
		}
	} else if y, e2, ok := p.yearAt(e); ok {
		c.y, e, explicit = y, e2, true
	}
	// "in the second half" of a match report is a half of the game.
	if !explicit && p.gameReport() {
		return match{}, false
	}
	// A quarter that has not begun by the DCT is last year's unless the
	// clause looks forward: "profits fell in the fourth quarter" in
	// January.
	if !explicit && p.hasDCT && c.y == p.dct.Year() {
		cur := quarterOf(int(p.dct.Month()))
		if g == gHalf {
			cur = (int(p.dct.Month())-1)/6 + 1
		}
		if c.n > cur && p.tense(j, false) <= 0 {
			c.y--
		}
	}
	if g == gQuarter {
		p.setLastQ(c)
	}
	return match{i: i, j: e, typ: "DATE", val: c.String(), c: c, hasC: true, explicitYear: explicit}, true
}

// yearOffsets are the words before "year" that name a year by its
// distance from the DCT's.
var yearOffsets = map[string]int{"this": 0, "the": 0, "last": -1, "next": 1}

// quarterRef handles "the quarter" and "the latest quarter": the last
// quarter the text named, else the quarter before the DCT's.
func (p *parser) quarterRef(i, j int) (match, bool) {
	var c cal
	// "the quarter-to-quarter comparison" and "the quarter-finals" name
	// no quarter.
	if p.is(j, "-") && p.glued(j) && (p.is(j+1, "to") || p.is(j+1, "final") || p.is(j+1, "finals") || p.is(j+1, "finalist") || p.is(j+1, "finalists")) {
		return match{}, false
	}
	// "the quarter ended Sept. 30".
	if p.is(j, "ended") || p.is(j, "ending") {
		if mo, e, ok := p.monthAt(j + 1); ok {
			y := p.anchorYear()
			if d, ok := p.dayNum(e); ok && validDay(mo, d) && p.hasDCT {
				y = nearestYear(mo, d, p.dct, -1)
			}
			// Three months ended with the month of mo: the calendar
			// quarter of its middle month (a quarter ended July 31 is
			// mostly the second).
			mid := mo - 1
			if mid == 0 {
				mid = 12
				if y > 0 {
					y--
				}
			}
			c = cal{gran: gQuarter, y: y, n: quarterOf(mid)}
			p.setLastQ(c)
			return match{i: i, j: j, typ: "DATE", val: c.String(), c: c, hasC: true}, true
		}
	}
	switch {
	case p.hasLastQ:
		c = p.lastQ
	case p.hasDCT:
		c = at(p.dct, gQuarter).shift(-1, gQuarter)
	default:
		c = cal{gran: gQuarter}
	}
	return match{i: i, j: j, typ: "DATE", val: c.String(), c: c, hasC: true}, true
}

// yearBefore extends "the quarter" over a following "a year ago",
// "a year earlier" or "last year": the same quarter a year before.
func (p *parser) yearBefore(m match, ok bool) (match, bool) {
	if !ok || m.c.gran != gQuarter || m.c.y == 0 {
		return m, ok
	}
	e := 0
	switch {
	case p.is(m.j, "a") && p.is(m.j+1, "year") && (p.is(m.j+2, "ago") || p.is(m.j+2, "earlier")):
		e = m.j + 3
	case p.is(m.j, "last") && p.is(m.j+1, "year"):
		e = m.j + 2
	default:
		return m, ok
	}
	m.c = m.c.shift(-1, gYear)
	m.val, m.j = m.c.String(), e
	return m, true
}

// yearEarlier handles "year-earlier" and "year-ago" (adjectives) ending
// at e: the last quarter named a year before, else the DCT year before.
func (p *parser) yearEarlier(i, e int) (match, bool) {
	var c cal
	switch {
	case p.hasLastQ && !p.inYTD(i):
		c = p.lastQ.shift(-1, gYear)
	case p.hasDCT:
		c = at(p.dct, gYear).shift(-1, gYear)
	default:
		c = cal{gran: gYear}
	}
	return match{i: i, j: e, typ: "DATE", val: c.String(), c: c, hasC: true}, true
}

// setLastQ records the quarter a report is about: the first quarter of
// the DCT's year or the year before that the text names. Later mentions
// of other quarters ("after a flat second quarter") are asides.
func (p *parser) setLastQ(c cal) {
	if p.hasLastQ {
		return
	}
	// A quarter of another year ("the fourth quarter of 1984") is
	// history, not the quarter the report is about.
	if p.hasDCT && c.y != 0 && c.y != p.dct.Year() && c.y != p.dct.Year()-1 {
		return
	}
	p.lastQ, p.hasLastQ = c, true
}

// weekend resolves "the weekend", "this weekend" (dir 0: by tense, past
// by default), "last weekend" (dir -1) and "next weekend" (dir 1) to the
// ISO week of its Saturday, ending at token j.
func (p *parser) weekend(i, j, dir int) (match, bool) {
	if !p.hasDCT {
		return match{i: i, j: j, typ: "DATE", val: "XXXX-WXX-WE"}, true
	}
	strict := dir != 0
	if dir == 0 {
		dir = p.direction(i)
		if dir == 0 {
			dir = -1
		}
	}
	sat := weekdayNear(p.dct, time.Saturday, dir, strict)
	return match{i: i, j: j, typ: "DATE", val: weekCal(sat).String() + "-WE"}, true
}

// theYear handles "the year", "the full year", "the fiscal year" ending
// at e: a year-long duration before "ended"/"ending", else the DCT's
// year.
func (p *parser) theYear(i, e int) (match, bool) {
	if p.is(e, "two") && p.is(e+1, "thousand") {
		c := cal{gran: gYear, y: 2000}
		return match{i: i, j: e + 2, typ: "DATE", val: c.String(), c: c, hasC: true, explicitYear: true}, true
	}
	if p.is(e, "nineteen") {
		if m, ok := p.spelledYear(e); ok {
			m.i = i
			return m, true
		}
	}
	if p.is(e, "ended") || p.is(e, "ending") || p.is(e, "to") {
		return match{i: i, j: e, typ: "DURATION", val: "P1Y"}, true
	}
	if !p.hasDCT {
		return match{i: i, j: e, typ: "DATE", val: "XXXX"}, true
	}
	c := at(p.dct, gYear)
	return match{i: i, j: e, typ: "DATE", val: c.String(), c: c, hasC: true}, true
}

// yearBack returns the end of "last year", "a year ago", "a year
// earlier", "the previous year" or "of last year" starting at k, or 0.
func (p *parser) yearBack(k int) int {
	if p.is(k, "of") {
		k++
		if !p.is(k, "last") && !p.is(k, "the") {
			return 0
		}
	}
	switch {
	case p.is(k, "last") && p.is(k+1, "year"):
		return k + 2
	case p.is(k, "a") && p.is(k+1, "year") && (p.is(k+2, "ago") || p.is(k+2, "earlier") || p.is(k+2, "before")):
		return k + 3
	case p.is(k, "the") && (p.is(k+1, "previous") || p.is(k+1, "prior")) && p.is(k+2, "year"):
		return k + 3
	}
	return 0
}

// samePeriod handles "the same period last year", "the same month a
// year ago", "the corresponding quarter of the previous year": the
// quarter the report is about, or the month under discussion, a year
// before. j is at the adjective.
func (p *parser) samePeriod(i, j int) (match, bool) {
	unit := p.w(j + 1)
	e := p.yearBack(j + 2)
	if e == 0 {
		return match{}, false
	}
	a := p.anchor
	var c cal
	switch {
	case (unit == "quarter" || unit == "period") && p.hasLastQ:
		c = p.lastQ
	case (unit == "month" || unit == "period") && p.hasAnchor && a.y > 0 && a.n > 0 && (a.gran == gMonth || a.gran == gDay):
		c = cal{gran: gMonth, y: a.y, n: a.n}
	default:
		return match{}, false
	}
	c = c.shift(-1, gYear)
	return match{i: i, j: e, typ: "DATE", val: c.String(), c: c, hasC: true}, true
}

// theSeason resolves "the summer" (or "the early summer"), the season
// at j: the nearest such season not after the DCT, or not before it
// when the tense looks forward.
func (p *parser) theSeason(i, j int) match {
	c := cal{gran: gSeason, s: seasonCodes[seasons[p.w(j)]]}
	if p.hasDCT {
		cs, cy := seasonOf(p.dct)
		idx := cy*4 + cs
		step := -1
		if p.direction(j) > 0 {
			step = 1
		}
		for idx%4 != seasons[p.w(j)] {
			idx += step
		}
		c.y = idx / 4
	}
	return match{i: i, j: j + 1, typ: "DATE", val: c.String(), c: c, hasC: true}
}

// tradingDay reports whether "the day" at i is a day of the story, by
// the word before it: "to end the day", "for the day", "later in the
// day", "the start of the day".
func (p *parser) tradingDay(i int) bool {
	switch p.w(i - 1) {
	case "end", "ended", "ending", "ends", "finish", "finished", "finishing", "close", "closed",
		"closing", "start", "started", "starting", "for", "over":
		return true
	case "in":
		switch p.w(i - 2) {
		case "later", "earlier", "late", "early":
			return true
		}
	case "of":
		switch p.w(i - 2) {
		case "start", "end", "beginning", "rest", "most":
			return true
		}
	}
	return false
}

// anchorAs returns the last date the text named at granularity g (a
// year, a month or a day), when it is known that finely.
func (p *parser) anchorAs(g int) (cal, bool) {
	a := p.anchor
	if !p.hasAnchor || a.y <= 0 {
		return cal{}, false
	}
	switch g {
	case gYear:
		return cal{gran: gYear, y: a.y}, true
	case gMonth:
		if (a.gran == gMonth || a.gran == gDay) && a.n > 0 {
			return cal{gran: gMonth, y: a.y, n: a.n}, true
		}
	case gDay:
		if a.gran == gDay && a.n > 0 && a.d > 0 {
			return a, true
		}
	}
	return cal{}, false
}

// beforeGoverns reports whether the word at k begins what "before" would
// govern ("the year before the war"): a determiner or a name, so that
// "the year before" there is no postposed "before".
func (p *parser) beforeGoverns(k int) bool {
	switch p.w(k) {
	case "the", "a", "an", "his", "her", "its", "their", "that", "this", "last":
		return true
	}
	return p.capital(k) && !p.sentStart(k)
}

// gameWords tell of a game played: a report with three of them reads
// "the first half" and "the third quarter" as parts of the game.
var gameWords = map[string]bool{
	"halftime": true, "goal": true, "goals": true, "scored": true, "penalty": true,
	"striker": true, "midfielder": true, "defender": true, "goalkeeper": true,
	"referee": true, "kick": true, "tries": true, "scrum": true, "whistle": true,
	"innings": true, "wicket": true, "touchdown": true, "quarterback": true,
	"rebounds": true, "equaliser": true, "equalizer": true, "substitute": true,
	"match": true, "matches": true, "scoreline": true, "offside": true, "winger": true,
	"crossbar": true, "touchline": true, "fixture": true, "fixtures": true,
}

// gameReport reports whether the text is a report of a game: three
// different game words, or "half-time" and one more. It is worked out
// once per Find, when a half or a quarter first needs it.
func (p *parser) gameReport() bool {
	if p.game != 0 {
		return p.game > 0
	}
	seen := map[string]bool{}
	for i := range p.toks {
		w := p.w(i)
		if w == "half" && p.is(i+1, "-") && p.is(i+2, "time") {
			w = "halftime"
		}
		if gameWords[w] {
			seen[w] = true
		}
	}
	p.game = -1
	if len(seen) >= 3 || seen["halftime"] && len(seen) >= 2 {
		p.game = 1
	}
	return p.game > 0
}

// rankWords before "film of the year" make it the year's best, not a
// prize.
var rankWords = map[string]bool{
	"best": true, "worst": true, "biggest": true, "favourite": true, "favorite": true,
	"top": true, "selling": true, "first": true, "last": true, "greatest": true, "most": true,
}

// awardNouns name prizes given "of the year", "of the month" or "of the
// week".
var awardNouns = map[string]bool{
	"album": true, "player": true, "game": true, "film": true, "movie": true, "artist": true,
	"song": true, "record": true, "single": true, "book": true, "novel": true, "publisher": true,
	"director": true, "word": true, "vendor": true, "team": true, "sportsman": true,
	"sportswoman": true, "songwriter": true, "act": true, "newcomer": true, "personality": true,
	"manager": true, "coach": true, "footballer": true, "cricketer": true, "photographer": true,
	"designer": true, "actor": true, "actress": true, "musical": true, "play": true,
	"programme": true, "company": true, "car": true, "breakthrough": true, "band": true,
	"producer": true, "writer": true, "author": true, "entrepreneur": true, "goal": true,
}
