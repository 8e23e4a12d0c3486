package timex

import (
	"fmt"
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
	if timeZones[p.w(j)] {
		j++
	}
	hm := fmt.Sprintf("T%02d:%02d", h, mi)
	dayVal := ""
	// "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "3 p.m. today".
	k := j
	if p.is(k, ",") || p.is(k, "on") {
		k++
	}
	if m, ok := p.core(k); ok && m.typ == "DATE" && m.hasC && m.c.gran == gDay {
		dayVal, j = m.val, m.j
	} else if p.hasDCT {
		dayVal = dayCal(p.dct).String()
	} else {
		dayVal = "XXXX-XX-XX"
	}
	return match{i: i, j: j, typ: "TIME", val: dayVal + hm}, true
}

// clockWord handles "noon", "midday" and "midnight".
func (p *parser) clockWord(i int) (match, bool) {
	h := 12
	if p.is(i, "midnight") {
		h = 0
	}
	return p.finishClock(i, i+1, h, 0)
}
