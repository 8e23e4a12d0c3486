package timex

import (
	"strconv"
	"time"
)

// Granularities of a calendar value.
const (
	gNone = iota
	gCentury
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gDay
)

// cal is a calendar value at some granularity. Unknown parts are zero
// (year) and render as X.
type cal struct {
	gran int
	y    int // 0 when unknown
	n    int // half, quarter, month or ISO week number; century or decade prefix
	d    int // day of month
	s    string
}

// seasonCodes are the TimeML season codes indexed by season number.
var seasonCodes = [...]string{"SP", "SU", "FA", "WI"}

// String renders the TimeML value. It formats by hand: it runs for
// every expression of every sentence.
func (c cal) String() string {
	var buf [24]byte
	b := buf[:0]
	switch c.gran {
	case gCentury:
		return string(appendPadded(b, c.n, 2))
	case gDecade:
		return string(appendPadded(b, c.n, 3))
	}
	if c.y > 0 {
		b = appendPadded(b, c.y, 4)
	} else {
		b = append(b, "XXXX"...)
	}
	switch c.gran {
	case gYear:
	case gHalf:
		b = strconv.AppendInt(append(b, "-H"...), int64(c.n), 10)
	case gQuarter:
		if c.n == 0 {
			b = append(b, "-QX"...)
		} else {
			b = strconv.AppendInt(append(b, "-Q"...), int64(c.n), 10)
		}
	case gSeason:
		b = append(append(b, '-'), c.s...)
	case gMonth:
		b = appendPart(append(b, '-'), c.n)
	case gWeek:
		b = appendPart(append(b, "-W"...), c.n)
	case gDay:
		b = appendPart(append(b, '-'), c.n)
		b = appendPart(append(b, '-'), c.d)
	default:
		return ""
	}
	return string(b)
}

// appendPadded appends n in decimal with at least width digits, as
// fmt's "%0*d" writes it.
func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
		width--
	}
	digits := 1
	for v := n; v >= 10; v /= 10 {
		digits++
	}
	for ; digits < width; digits++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// appendPart appends a two-digit month, week or day, or "XX" when it is
// unknown (zero).
func appendPart(b []byte, n int) []byte {
	if n <= 0 {
		return append(b, "XX"...)
	}
	return appendPadded(b, n, 2)
}

// dayCal returns the day-granular value of t.
func dayCal(t time.Time) cal {
	return cal{gran: gDay, y: t.Year(), n: int(t.Month()), d: t.Day()}
}

// weekCal returns the ISO week holding t.
func weekCal(t time.Time) cal {
	y, w := t.ISOWeek()
	return cal{gran: gWeek, y: y, n: w}
}

// quarterOf returns the quarter (1-4) of a month.
func quarterOf(m int) int { return (m-1)/3 + 1 }

// date returns midnight UTC of a day.
func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// shift moves c by n units of granularity unit (gYear, gQuarter, gMonth,
// gWeek, gDay), keeping c's granularity. It needs a known year.
func (c cal) shift(n, unit int) cal {
	if c.y == 0 {
		return c
	}
	switch c.gran {
	case gYear, gDecade, gCentury, gSeason, gHalf:
		if unit == gYear {
			c.y += n
		}
		return c
	case gQuarter:
		switch unit {
		case gYear:
			c.y += n
		case gQuarter:
			q := c.y*4 + c.n - 1 + n
			c.y, c.n = q/4, q%4+1
		}
		return c
	case gMonth:
		switch unit {
		case gYear:
			c.y += n
		case gQuarter:
			n *= 3
			fallthrough
		case gMonth:
			m := c.y*12 + c.n - 1 + n
			c.y, c.n = m/12, m%12+1
		}
		return c
	case gWeek:
		t := isoWeekStart(c.y, c.n)
		switch unit {
		case gYear:
			t = t.AddDate(n, 0, 0)
		case gMonth:
			t = t.AddDate(0, n, 0)
		case gWeek:
			t = t.AddDate(0, 0, 7*n)
		case gDay:
			t = t.AddDate(0, 0, n)
		}
		return weekCal(t)
	case gDay:
		if c.n == 0 || c.d == 0 {
			if unit == gYear {
				c.y += n
			}
			return c
		}
		t := date(c.y, c.n, c.d)
		switch unit {
		case gYear:
			t = t.AddDate(n, 0, 0)
		case gQuarter:
			t = t.AddDate(0, 3*n, 0)
		case gMonth:
			t = t.AddDate(0, n, 0)
		case gWeek:
			t = t.AddDate(0, 0, 7*n)
		case gDay:
			t = t.AddDate(0, 0, n)
		}
		return dayCal(t)
	}
	return c
}

// isoWeekStart returns the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	// January 4 is always in week 1.
	t := date(y, 1, 4)
	off := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -off+7*(w-1))
}

// at returns the value of the DCT t at granularity g.
func at(t time.Time, g int) cal {
	switch g {
	case gYear:
		return cal{gran: gYear, y: t.Year()}
	case gQuarter:
		return cal{gran: gQuarter, y: t.Year(), n: quarterOf(int(t.Month()))}
	case gMonth:
		return cal{gran: gMonth, y: t.Year(), n: int(t.Month())}
	case gWeek:
		return weekCal(t)
	case gDay:
		return dayCal(t)
	case gDecade:
		return cal{gran: gDecade, n: t.Year() / 10}
	case gCentury:
		return cal{gran: gCentury, n: t.Year() / 100}
	}
	return cal{gran: g, y: t.Year()}
}

// validDay reports whether month/day exist in some year (Feb 29 allowed).
func validDay(m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
}

// nearestYear returns the year that puts month/day closest to dct;
// dir > 0 prefers a date on or after dct, dir < 0 one on or before it.
func nearestYear(m, d int, dct time.Time, dir int) int {
	ref := date(dct.Year(), int(dct.Month()), dct.Day())
	best, bestDist := dct.Year(), int64(-1)
	for y := dct.Year() - 1; y <= dct.Year()+1; y++ {
		if !validDate(y, m, d) {
			continue
		}
		diff := int64(date(y, m, d).Sub(ref) / (24 * time.Hour))
		dist := diff
		if dist < 0 {
			dist = -dist
		}
		// Against the suggested direction a date costs as if it were
		// eight months further away.
		if (dir > 0 && diff < 0) || (dir < 0 && diff > 0) {
			dist += 240
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// validDate reports whether y-m-d is a real date.
func validDate(y, m, d int) bool {
	if !validDay(m, d) {
		return false
	}
	return date(y, m, d).Day() == d
}

// YearsForWeekday returns, in increasing order, the years in [from, to]
// in which month/day falls on weekday wd. It returns nil for an invalid
// month/day or an empty range.
func YearsForWeekday(month, day int, wd time.Weekday, from, to int) []int {
	if !validDay(month, day) || from > to || to-from > 100000 {
		return nil
	}
	var ys []int
	for y := from; y <= to; y++ {
		if validDate(y, month, day) && date(y, month, day).Weekday() == wd {
			ys = append(ys, y)
		}
	}
	return ys
}

// weekdayNear returns the date of weekday wd relative to dct: dir > 0
// the next one (dct itself when it is that day), dir < 0 the previous
// one; strict excludes dct itself.
func weekdayNear(dct time.Time, wd time.Weekday, dir int, strict bool) time.Time {
	t := date(dct.Year(), int(dct.Month()), dct.Day())
	cur := t.Weekday()
	if dir >= 0 {
		n := (int(wd) - int(cur) + 7) % 7
		if n == 0 && strict {
			n = 7
		}
		return t.AddDate(0, 0, n)
	}
	n := (int(cur) - int(wd) + 7) % 7
	if n == 0 && strict {
		n = 7
	}
	return t.AddDate(0, 0, -n)
}

// seasonOf returns the season index (0 spring ... 3 winter) and the
// year TimeML gives it (winter belongs to the year it starts in).
func seasonOf(t time.Time) (int, int) {
	m := int(t.Month())
	switch {
	case m >= 3 && m <= 5:
		return 0, t.Year()
	case m >= 6 && m <= 8:
		return 1, t.Year()
	case m >= 9 && m <= 11:
		return 2, t.Year()
	case m == 12:
		return 3, t.Year()
	}
	return 3, t.Year() - 1
}
