package timex

import (
	"time"
)

// clock parses "3 p.m.", "10:35 a.m.", "7:15 p.m. EST", "3pm" at i.
func (p *parser) clock(i int) (match, bool) {
	t := p.toks[i]
	h, mi := int(t.n), 0
	j := i + 1
	hasMin := false
	if t.kind == kNum && int(t.nd) <= 2 && p.is(j, ":") && p.glued(j) && p.glued(j+1) && j+1 < len(p.toks) && int(p.toks[j+1].nd) == 2 {
		mi = int(p.toks[j+1].n)
		hasMin = true
		j += 2
		if p.toks[j-1].kind == kMixed {
			// "10:35am"
			j--
			suf := p.w(j)[2:]
			return p.clockSuffix(i, j+1, h, mi, suf, true)
		}
	} else if t.kind == kMixed && int(t.nd) <= 2 {
		return p.clockSuffix(i, i+1, h, mi, p.w(i)[int(t.nd):], false)
	} else if t.kind == kNum && t.nd == 4 && utcZones[p.w(j)] && t.n/100 <= 23 && t.n%100 <= 59 {
		// "at 0800 UTC", "1430 GMT": the wire services' four-digit
		// clock, a time only with its zone ("1900 GMT" is no year).
		return p.finishClock(i, j, int(t.n/100), int(t.n%100))
	} else if t.kind != kNum || int(t.nd) > 2 {
		return match{}, false
	}
	if h > 24 || mi > 59 {
		return match{}, false
	}
	// am/pm: "a.m.", "am", "p.m", "pm".
	var ampm string
	switch p.w(j) {
	case "a", "p":
		if p.is(j+1, ".") && p.is(j+2, "m") {
			ampm = p.w(j)
			j += 3
			if p.is(j, ".") && p.glued(j) {
				j++
			}
		}
	case "am", "pm":
		ampm = p.w(j)[:1]
		j++
	case "o":
		if p.is(j+1, "'") && p.is(j+2, "clock") {
			j += 3
			ampm = "-"
		}
	case "in":
		// "at 4 in the morning", "by 8 in the evening".
		if p.is(j+1, "the") && h >= 1 && h < 12 && clockPreps[p.w(i-1)] {
			switch p.w(j + 2) {
			case "morning":
				ampm = "a"
			case "afternoon", "evening":
				ampm = "p"
			}
			if ampm != "" {
				j += 3
			}
		}
	}
	if ampm == "" && !hasMin {
		return match{}, false
	}
	if ampm == "" && hasMin {
		// "10:35" alone is a time only with a zone or in a time context.
		if !timeZones[p.w(j)] {
			return match{}, false
		}
	}
	if h > 12 && ampm != "" && ampm != "-" {
		return match{}, false
	}
	if ampm == "p" && h < 12 {
		h += 12
	}
	if ampm == "a" && h == 12 {
		h = 0
	}
	return p.finishClock(i, j, h, mi)
}

// utcZones are the names of Coordinated Universal Time.
var utcZones = map[string]bool{"utc": true, "gmt": true, "z": true}

// clockPreps may come before "4 in the morning".
var clockPreps = map[string]bool{
	"at": true, "by": true, "until": true, "till": true, "around": true, "about": true,
	"before": true, "after": true, "from": true, "since": true,
}

// clockSuffix handles a clock with a glued suffix ("3pm", "10:35am").
func (p *parser) clockSuffix(i, j, h, mi int, suf string, hasMin bool) (match, bool) {
	switch suf {
	case "am":
		if h == 12 {
			h = 0
		}
	case "pm":
		if h < 12 {
			h += 12
		}
	default:
		return match{}, false
	}
	if h > 23 || mi > 59 {
		return match{}, false
	}
	return p.finishClock(i, j, h, mi)
}

// finishClock takes a time zone and a following day reference, and
// builds the TIME value.
func (p *parser) finishClock(i, j, h, mi int) (match, bool) {
	var buf [8]byte
	hm := string(appendPadded(append(appendPadded(append(buf[:0], 'T'), h, 2), ':'), mi, 2))
	if timeZones[p.w(j)] {
		// TimeML writes Coordinated Universal Time as "Z"; other zones
		// are left out of the value.
		if utcZones[p.w(j)] {
			hm += "Z"
		}
		j++
	}
	dayVal := ""
	// "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "3 p.m. today".
	k := j
	if p.is(k, ",") || p.is(k, "on") {
		k++
	}
	bare := false
	var c cal
	if m, ok := p.core(k); ok && m.typ == "DATE" && m.hasC && m.c.gran == gDay {
		if _, isWd := weekdays[p.w(k)]; isWd && m.wd != 0 && !m.md && p.hasDCT {
			// "at 4 a.m. EDT Thursday": the tense around the clock
			// decides the weekday, as for a bare weekday.
			dir := p.direction(i)
			if dir == 0 {
				dir = -1
			}
			m.c = dayCal(weekdayNear(p.dct, time.Weekday(m.wd-1), dir, false))
			m.val = m.c.String()
		}
		dayVal, j, c = m.val, m.j, m.c
	} else if p.hasDCT {
		dayVal, bare = dayCal(p.dct).String(), true
	} else {
		dayVal, bare = "XXXX-XX-XX", true
	}
	return match{i: i, j: j, typ: "TIME", val: dayVal + hm, c: c, bareClock: bare}, true
}

// clockWord handles "noon", "midday" and "midnight".
func (p *parser) clockWord(i int) (match, bool) {
	h := 12
	if p.is(i, "midnight") {
		h = 0
	}
	return p.finishClock(i, i+1, h, 0)
}

// clockDays gives a clock time that names no day the date of the
// nearest full date or weekday in its sentence: "the blast came at
// 10:35 a.m. Friday", "the flight left Tuesday from Everett at 18:00
// UTC"; without a DCT, else the last full date of the three sentences
// before.
func (p *parser) clockDays(ms []match) {
	for a := range ms {
		m := &ms[a]
		if !m.bareClock {
			continue
		}
		sent := p.toks[m.i].sent
		best, dist := -1, 0
		for b := a - 1; b >= 0 && p.toks[ms[b].i].sent == sent; b-- {
			if dayDate(&ms[b]) {
				best, dist = b, a-b
				break
			}
		}
		for b := a + 1; b < len(ms) && p.toks[ms[b].i].sent == sent; b++ {
			if dayDate(&ms[b]) {
				if best < 0 || b-a < dist {
					best = b
				}
				break
			}
		}
		if best < 0 && !p.hasDCT {
			// Without a DCT, the last day the story named in the three
			// sentences before.
			for b := a - 1; b >= 0 && int(sent)-int(p.toks[ms[b].i].sent) <= 3; b-- {
				if dayDate(&ms[b]) {
					best = b
					break
				}
			}
		}
		if best < 0 {
			continue
		}
		t := 0
		for t < len(m.val) && m.val[t] != 'T' {
			t++
		}
		m.val = ms[best].c.String() + m.val[t:]
	}
}

// dayDate reports whether m names a full day: a DATE, or a TIME on a
// day it names ("4 a.m. Thursday").
func dayDate(m *match) bool {
	named := m.typ == "DATE" && m.hasC || m.typ == "TIME" && !m.bareClock
	return named && m.c.gran == gDay && m.c.y > 0 && m.c.n > 0 && m.c.d > 0
}
