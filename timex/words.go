package timex

import "time"

// months maps month names and abbreviations to month numbers.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdays maps weekday names and abbreviations to weekdays.
var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
	"sundays":  time.Sunday, "mondays": time.Monday, "tuesdays": time.Tuesday,
	"wednesdays": time.Wednesday, "thursdays": time.Thursday, "fridays": time.Friday,
	"saturdays": time.Saturday,
}

// numWords maps number words to values; -1 stands for a vague count.
var numWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"dozen": 12, "a": 1, "an": 1,
	"several": -1, "few": -1, "many": -1, "couple": 2, "some": -1, "numerous": -1,
}

// ordinals maps ordinal words to numbers.
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "twenty-first": 21,
}

// Units of duration.
const (
	uYear = iota + 1
	uMonth
	uWeek
	uDay
	uHour
	uMinute
	uSecond
	uDecade
	uCentury
	uQuarter
)

// units maps unit words (singular and plural) to units.
var units = map[string]int{
	"year": uYear, "years": uYear, "yr": uYear, "yrs": uYear,
	"month": uMonth, "months": uMonth,
	"week": uWeek, "weeks": uWeek,
	"day": uDay, "days": uDay,
	"hour": uHour, "hours": uHour,
	"minute": uMinute, "minutes": uMinute,
	"second": uSecond, "seconds": uSecond,
	"decade": uDecade, "decades": uDecade,
	"century": uCentury, "centuries": uCentury,
	"quarter": uQuarter, "quarters": uQuarter,
}

// unitGran maps a unit to the calendar granularity it shifts.
var unitGran = map[int]int{
	uYear: gYear, uMonth: gMonth, uWeek: gWeek, uDay: gDay, uQuarter: gQuarter,
}

// unitCode returns the ISO 8601 duration designator of a unit and
// whether it is a time (PT) unit. Decades and centuries are years.
func unitCode(u int) (string, bool, int) {
	switch u {
	case uYear:
		return "Y", false, 1
	case uMonth:
		return "M", false, 1
	case uWeek:
		return "W", false, 1
	case uDay:
		return "D", false, 1
	case uHour:
		return "H", true, 1
	case uMinute:
		return "M", true, 1
	case uSecond:
		return "S", true, 1
	case uDecade:
		return "Y", false, 10
	case uCentury:
		return "Y", false, 100
	case uQuarter:
		return "Q", false, 1
	}
	return "", false, 1
}

// seasons maps season words to season indexes (0 spring ... 3 winter).
var seasons = map[string]int{
	"spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3,
}

// holidays maps fixed-date holiday names (first word) to month/day and
// the words that complete the name.
var holidays = map[string]struct {
	m, d int
	rest []string
	opt  []string
}{
	"christmas":    {12, 25, nil, []string{"day"}},
	"halloween":    {10, 31, nil, nil},
	"independence": {7, 4, []string{"day"}, nil},
	"valentine":    {2, 14, []string{"'", "s", "day"}, nil},
	"new":          {1, 1, []string{"year", "'", "s", "day"}, nil},
}

// presentWords, pastWords and futureWords are single words with a
// reference value.
var refWords = map[string]string{
	"now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF",
	"nowadays": "PRESENT_REF", "current": "PRESENT_REF",
	"recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
	"soon": "FUTURE_REF",
}

// setWords are adverbs of frequency.
var setWords = map[string]string{
	"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
	"yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D",
	"biweekly": "P2W",
}

// futureCues and pastCues are words that suggest the tense of the
// clause around a weekday or a bare month.
var futureCues = map[string]bool{
	"will": true, "ll": true, "shall": true, "going": true,
	"scheduled": true, "expected": true, "expects": true, "upcoming": true,
	"next": true, "due": true, "debuts": true, "debut": true, "premieres": true,
	"airs": true, "opens": true, "starts": true, "begins": true, "launches": true,
	"returns": true, "arrives": true, "hits": true, "tomorrow": true, "soon": true,
	"set": true, "slated": true, "intends": true, "hopes": true, "would": true,
	"releases": true, "drops": true, "lands": true, "streams": true, "planning": true,
	"plans": true, "ahead": true, "should": true,
}

var pastCues = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "ago": true,
	"last": true, "told": true, "announced": true, "reported": true, "yesterday": true,
	"earlier": true, "been": true, "came": true, "went": true, "made": true,
	"took": true, "gave": true, "began": true, "left": true, "met": true,
}

// countNouns follow numbers that are not years ("2000 people").
var countNouns = map[string]bool{
	"people": true, "persons": true, "men": true, "women": true, "children": true,
	"troops": true, "soldiers": true, "shares": true, "jobs": true, "workers": true,
	"employees": true, "votes": true, "cars": true, "units": true, "homes": true,
	"cases": true, "feet": true, "meters": true, "miles": true, "tons": true,
	"barrels": true, "dollars": true, "points": true, "students": true,
	"members": true, "pounds": true, "acres": true, "kilometers": true, "yards": true,
	"copies": true, "words": true, "rooms": true, "seats": true, "pages": true,
	"percent": true, "million": true, "billion": true, "deaths": true, "others": true,
	"hours": true, "days": true, "minutes": true, "to": false,
}

// timeZones may follow a clock time.
var timeZones = map[string]bool{
	"est": true, "edt": true, "et": true, "cst": true, "cdt": true, "ct": true,
	"mst": true, "mdt": true, "pst": true, "pdt": true, "pt": true, "gmt": true,
	"utc": true, "bst": true, "cet": true,
}

// dayParts maps parts of the day to TimeML codes.
var dayParts = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}
