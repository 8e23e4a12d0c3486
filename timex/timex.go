// Package timex recognizes temporal expressions in English news text and
// normalizes them to TimeML TIMEX3 values, anchoring relative ones on the
// document creation time (DCT).
//
// Find scans the text once: it splits it into tokens, and at each token
// that can start a time expression (a number, a month or weekday name,
// a word such as "today", "last", "the", "every") it tries a fixed set of
// hand-written rules and keeps the match. Values follow TimeML: dates
// ("2020-02-13", "2020-02", "2020", "2020-W06", "2019-SP", "2019-Q3",
// "198" for a decade), times ("2020-02-13T15:00", "2020-02-13TNI"),
// durations ("P3Y", "PT2H", "PXY" for a vague count), sets ("P1W",
// "XXXX-WXX-1") and the references PRESENT_REF, PAST_REF and FUTURE_REF.
// Unknown parts are X: without a DCT, "Feb. 13" is "XXXX-02-13" and
// "Thursday" is "XXXX-WXX-4".
//
// Spans follow TimeBank practice: position modifiers belong to the
// expression ("early March", "mid-February", "earlier this year", "the
// end of the month"), as do "more than", "less than", "at least" and
// "nearly"; prepositions and "about", "over" do not ("over a year"
// gives "a year", P1Y).
//
// # Anchoring on the DCT
//
//   - A month-day without a year takes the year that puts it nearest the
//     DCT; a date against the tense of its clause costs eight months
//     more. A bare month takes the DCT's year; the year before when it
//     lies ahead of the DCT and its clause looks back, or lies more than
//     two months ahead with no cue; the year after when it has passed
//     and the clause looks forward (or it follows "by", "until" or
//     "through", unless "through" closes a stretch: "this year through
//     August").
//   - "last week" is the ISO week before the DCT's; "the weekend" is the
//     ISO week of the nearest Saturday ("2020-W06-WE"); "this season" is
//     the calendar season holding the DCT (winter belongs to the year it
//     starts in); without a DCT "this season" is PRESENT_REF.
//   - "N units ago" is the DCT moved back, at the unit's granularity;
//     "N units later" is a duration (its anchor is an event, not the
//     DCT).
//   - Quarters take the DCT's year, or the year before when the quarter
//     has not begun by the DCT and the clause does not look forward
//     ("profit fell in the fourth quarter" in January).
//   - A report is about the first quarter it names of the DCT's year or
//     the year before; later quarters are asides ("after a flat second
//     quarter"). "the quarter", "the latest period", "the 1988 quarter",
//     "a year earlier", "year-ago", "the quarter a year ago" and "the
//     corresponding period last year" follow it ("1989-Q3",
//     "1988-Q3"); with no quarter named, "the quarter" is the one before
//     the DCT's. "the quarter ended July 31" is the calendar quarter of
//     its middle month ("1989-Q2"). In the sentence that names a
//     stretch of the report's months ("for the nine months", "in the
//     first six months") and the next, "a year earlier", "year-ago" and
//     "the 1988 period" are the year before ("1988"), until a quarter is
//     named again.
//   - "the week of March 6" is that day's ISO week, "the last week of
//     March" the ISO week with most of its days at the month's end;
//     "the day before last Tuesday" is the day before that date.
//   - "the same period last year", "the same month a year ago" are the
//     report's quarter, or the month last named, a year before.
//   - "the year before" (and "the year previous", "the year earlier")
//     put after a year is the year before the last one named ("last
//     year ... the year before").
//   - "the past year", "the last quarter", "the next month" are the
//     calendar unit before or after the DCT's ("2019", "2019-Q4");
//     "the past week", "the next day", "the last decade" and "the past
//     century" stay durations. "the second quarter of this year" and
//     "the first half of last year" are one expression; "the first two
//     quarters" and "the last half" are halves ("1990-H1").
//   - Days of the story: "the same day", "to end the day" and "later in
//     the day" are the last day the text named, even when a month or a
//     year was named after it (the DCT's when none);
//     "the next morning" is the day after it, "the previous Friday" the
//     Friday before it. "that year", "the previous month", "the
//     following year" are counted from the last date named, when it is
//     known that finely.
//   - "recent years" and "coming weeks" are durations of unknown length
//     ("PXY", "PXW"), as are "the weeks ahead", "over the years" (the
//     span is "the years") and "months-long"; "decades-long" is "PXY"
//     and "day-long" "P1D"; uncounted decades and centuries are "PXE"
//     and "PXC", as TimeBank writes them. "the then current
//     price" is PAST_REF; "will one day" is FUTURE_REF; "in his 30s" is
//     an age, not a decade; "a quarter of the market", "a quarter of
//     a point", "a quarter stake" are shares and "the quarter-finals" a
//     round; in the report of a game (three game words: "goal",
//     "referee", "half-time", ...) "the second half" and "the final
//     quarter" are parts of the game, not of a year; "album of the
//     year" and "Player of the Year" are prizes (but "the best film of
//     the year" is the year's), "Suddenly Last Summer" a title, and "the Sunday
//     Times" and "the Mail on Sunday" newspapers;
//     "today's world", "today's youth" and "the people of tomorrow"
//     speak of an age, not a day, and are no expression; nor are "24
//     hours a day" and "seven days a week" (all the time) or the
//     aircraft "KC-30s". "two and a half years" is "P2Y6M".
//   - Frequency adverbs after an amount are rates, not sets ("rise 8%
//     annually", "the average daily volume"). "soon" is FUTURE_REF
//     only ahead of the story: not "soon after the vote", "was soon
//     released" or "soon became". "Now," opening a sentence is a
//     discourse marker; "recently" before a date ("most recently last
//     October") leans on it and is not tagged.
//   - "Friday evening" is a time ("2020-02-07TEV"); "Friday night"
//     and "Friday morning" keep the day as their value, as annotators
//     mostly give them; "tonight", "this morning" and
//     "mid-afternoon yesterday" are times ("2020-02-10TNI").
//   - A clock time that names no day ("at 6 p.m.") takes the date of the
//     nearest date or weekday in its sentence, else the DCT's (without
//     a DCT, the last date of the three sentences before); a
//     weekday written after a clock time ("4 a.m. Thursday") follows the
//     tense around the clock. UTC and GMT are written "Z"
//     ("2020-02-10T14:05Z"); other zones are left out. The wire
//     services' four-digit clock ("at 0800 GMT") is a time only with
//     its zone. A weekday and a month-day join into one date only
//     within a sentence: a headline ending "until Friday" and the
//     dateline under it are two expressions.
//   - Titles are no time: "This Week" and "60 Minutes" in capitals
//     within a sentence, "high noon", "the China Daily".
//
// # Weekdays
//
// A bare weekday resolves to the nearest such day on or before the DCT,
// or on or after it when the nearest tense cue in its sentence looks
// forward ("will", "debuts", "is scheduled to", "is to", "next", "ahead
// of", "plans to ... Thursday", "postponed until Tuesday"); "last
// Friday" and "next Friday" never resolve to the DCT itself. A cue that
// is itself past ("had been due to expire Friday") looks back, a
// quotation mark ends the search (the tense inside a quotation is its
// own, not the report's "said"), an -ed word after an article or
// "still" is an adjective, not a past tense, and one after "be" is a
// passive whose tense is its auxiliary's ("should be completed in
// October" looks forward).
//
// # Weekday and day of month
//
// A weekday and a month-day in one passage must agree. A weekday written
// against a date ("Thursday, Feb. 13") is one expression: with a DCT its
// year is the one, within a year of the DCT, in which the date falls on
// that weekday. After the scan, for every month-day without a year in
// the text ("Feb. 13") and every separate weekday ("Thursday") in the
// same paragraph or within three sentences of it (and among the 50
// expressions either side of it):
//
//   - With a DCT, the month-day keeps the year nearest the DCT. When
//     that date falls on the weekday and lies within seven days of the
//     DCT, the weekday takes the date as its value (so "debuts on
//     Thursday ... Feb. 13" agree whatever the tense cues say).
//   - Without a DCT, the era is [Y, Y+1] where Y is the latest year the
//     text names in full (an article names the year it was written in or
//     the one before). When YearsForWeekday gives exactly one year of the
//     era for the month-day and weekday, both expressions take that full
//     date. Otherwise, or when the text names no year, the month-day
//     stays "XXXX-MM-DD" and the weekday "XXXX-WXX-D".
package timex

import (
	"time"

	"github.com/newsgraph/newsgraph/doc"
)

// triggers are words that can start a time expression.
var triggers = func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range [][]string{
		{"the", "this", "last", "next", "past", "coming", "previous", "following", "current",
			"that", "same", "recent", "upcoming", "latest", "prior", "every", "each", "per",
			"today", "tonight", "yesterday", "tomorrow", "q1", "q2", "q3", "q4", "fiscal",
			"noon", "midnight", "midday", "thanksgiving", "election", "future", "year", "decade", "weekend",
			"these", "as", "a", "then",
			"early", "late", "earlier", "later", "mid", "middle", "more",
			"less", "nearly", "at", "up", "end", "beginning", "start", "'", "\u2019"},
	} {
		for _, w := range ws {
			m[w] = true
		}
	}
	for _, mp := range []map[string]int{months, numWords, ordinals, seasons} {
		for w := range mp {
			m[w] = true
		}
	}
	for w := range units {
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	for w := range setWords {
		m[w] = true
	}
	for w := range refWords {
		m[w] = true
	}
	for w := range holidays {
		m[w] = true
	}
	return m
}()

// Find returns the time expressions of text in order, with byte offsets
// into text. dct is the document creation time; the zero time (or a
// year outside 1-9999) means unknown, and relative expressions then keep
// only what they state.
func Find(text string, dct time.Time) []doc.Timex {
	if y := dct.Year(); y < 1 || y > 9999 {
		dct = time.Time{} // not a date TimeML can write
	}
	toks, low := tokenize(text)
	p := &parser{text: text, low: low, toks: toks, dct: dct, hasDCT: !dct.IsZero()}
	var ms []match
	end := 0 // token index where the last match ended
	for i := 0; i < len(p.toks); {
		t := &p.toks[i]
		if t.kind == kPunct && low[t.s] != '\'' && low[t.s] != 0xe2 || t.kind == kWord && !triggers[low[t.s:t.e]] {
			i++
			continue
		}
		m, ok := p.parseAt(i)
		if !ok || m.j <= i || m.i < end {
			i++
			continue
		}
		if m.hasC && m.c.y > 0 && m.c.gran >= gYear {
			p.anchor, p.hasAnchor = m.c, true
			if m.c.gran == gDay && m.c.n > 0 && m.c.d > 0 {
				p.day, p.hasDay = m.c, true
			}
		}
		p.markPeriod(m)
		ms = append(ms, m)
		i, end = m.j, m.j
	}
	p.agreeWeekdays(ms)
	p.clockDays(ms)
	out := make([]doc.Timex, 0, len(ms))
	for _, m := range ms {
		s, e := int(p.toks[m.i].s), int(p.toks[m.j-1].e)
		out = append(out, doc.Timex{Span: doc.Span{Start: s, End: e}, Text: text[s:e], Type: m.typ, Value: m.val})
	}
	return out
}

// Tag runs Find over d.Body anchored at d.Published and stores the
// result in d.Timexes.
func Tag(d *doc.Doc) {
	d.Timexes = Find(d.Body, d.Published)
}

// maxPassage is how many expressions either side of a month-day the
// weekday rule looks at.
const maxPassage = 50

// agreeWeekdays applies the weekday and day-of-month rule described in
// the package documentation.
func (p *parser) agreeWeekdays(ms []match) {
	from := 0
	for _, m := range ms {
		if m.explicitYear && m.c.y > from {
			from = m.c.y
		}
	}
	for a := range ms {
		md := &ms[a]
		if !md.md || md.explicitYear {
			continue
		}
		// Only nearby expressions can share a passage; the bound keeps
		// the pass linear on long texts without paragraph breaks.
		for b := max(0, a-maxPassage); b < min(len(ms), a+maxPassage+1); b++ {
			wdm := &ms[b]
			if b == a || wdm.wd == 0 || wdm.md || wdm.typ != "DATE" && wdm.part == "" || !p.near(wdm, md) {
				continue
			}
			wd := time.Weekday(wdm.wd - 1)
			if p.hasDCT {
				// The year is the one nearest the DCT; a weekday within a
				// week of the DCT that names the same day takes its date.
				if md.c.y == 0 || date(md.c.y, md.month, md.day).Weekday() != wd {
					continue
				}
				diff := date(md.c.y, md.month, md.day).Sub(date(p.dct.Year(), int(p.dct.Month()), p.dct.Day()))
				if diff < -7*24*time.Hour || diff > 7*24*time.Hour {
					continue
				}
			} else {
				if from == 0 {
					continue
				}
				ys := YearsForWeekday(md.month, md.day, wd, from, from+1)
				if len(ys) != 1 {
					continue
				}
				md.c.y = ys[0]
				md.val = md.c.String()
			}
			wdm.c, wdm.hasC, wdm.val = md.c, true, md.val
			if wdm.part != "" {
				wdm.val += "T" + wdm.part
			}
		}
	}
}

// near reports whether a weekday expression and a month-day sit in the
// same paragraph or within three sentences of each other.
func (p *parser) near(a, b *match) bool {
	ta, tb := p.toks[a.i], p.toks[b.i]
	if ta.para == tb.para {
		return true
	}
	return abs(int(ta.sent)-int(tb.sent)) <= 3
}

// abs returns |x|.
func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
