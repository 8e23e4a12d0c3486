package timex

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/doc"
)

// day parses a test date.
func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// want is one expected expression: its text and value, and its type when
// not empty.
type want struct {
	text, value, typ string
}

// check runs Find and compares the expressions it returns with ws.
func check(t *testing.T, text string, dct time.Time, ws []want) {
	t.Helper()
	got := Find(text, dct)
	if len(got) != len(ws) {
		t.Errorf("Find(%q) found %d expressions, want %d:\n%s", text, len(got), len(ws), dump(got))
		return
	}
	for i, w := range ws {
		g := got[i]
		if g.Text != w.text || g.Value != w.value || (w.typ != "" && g.Type != w.typ) {
			t.Errorf("Find(%q)[%d] = %q %s %s, want %q %s %s", text, i, g.Text, g.Type, g.Value, w.text, w.typ, w.value)
		}
		if text[g.Start:g.End] != g.Text {
			t.Errorf("span %d-%d is %q, not %q", g.Start, g.End, text[g.Start:g.End], g.Text)
		}
	}
}

// dump lists expressions for failure messages.
func dump(ts []doc.Timex) string {
	var b strings.Builder
	for _, t := range ts {
		b.WriteString("  " + t.Text + " | " + t.Type + " | " + t.Value + "\n")
	}
	return b.String()
}

var dct = day("2020-02-10") // a Monday

func TestAbsoluteDates(t *testing.T) {
	tests := []struct {
		text   string
		dct    time.Time
		expect []want
	}{
		{"The finale airs Feb. 13 on cable.", dct, []want{{"Feb. 13", "2020-02-13", "DATE"}}},
		{"The finale airs Feb. 13 on cable.", time.Time{}, []want{{"Feb. 13", "XXXX-02-13", "DATE"}}},
		{"It opened February 13, 2020, in Madrid.", time.Time{}, []want{{"February 13, 2020", "2020-02-13", "DATE"}}},
		{"It opened 13 February 2020 in Madrid.", dct, []want{{"13 February 2020", "2020-02-13", "DATE"}}},
		{"The filing is dated 2020-02-13.", time.Time{}, []want{{"2020-02-13", "2020-02-13", "DATE"}}},
		{"The form was signed 2/13/2020 by both.", time.Time{}, []want{{"2/13/2020", "2020-02-13", "DATE"}}},
		{"Tickets go on sale Feb. 13th.", dct, []want{{"Feb. 13th", "2020-02-13", "DATE"}}},
		{"Shooting wraps in mid-February.", dct, []want{{"mid-February", "2020-02", "DATE"}}},
		{"He was arrested in 1989 in Guadalajara.", time.Time{}, []want{{"1989", "1989", "DATE"}}},
		{"The cartel grew in the 1980s.", time.Time{}, []want{{"the 1980s", "198", "DATE"}}},
		{"Music from the '90s played.", time.Time{}, []want{{"the '90s", "199", "DATE"}}},
		{"Filming began in spring 2019.", time.Time{}, []want{{"spring 2019", "2019-SP", "DATE"}}},
		{"The studio reported Q3 results.", dct, []want{{"Q3", "2020-Q3", "DATE"}}},
		{"Sales fell in the third quarter.", day("1989-10-27"), []want{{"the third quarter", "1989-Q3", "DATE"}}},
		{"The show ran in July 1997 only.", time.Time{}, []want{{"July 1997", "1997-07", "DATE"}}},
		{"They met on Dec. 28 at the studio.", day("2020-01-05"), []want{{"Dec. 28", "2019-12-28", "DATE"}}},
		{"Prices rose 1989 percent.", time.Time{}, nil},
		{"About 2000 people marched.", time.Time{}, nil},
		{"The bridge was built between 1863 and 1874.", time.Time{}, []want{{"1863", "1863", "DATE"}, {"1874", "1874", "DATE"}}},
		{"The altar was painted around 1499 – 1500.", time.Time{}, []want{{"1499", "1499", "DATE"}, {"1500", "1500", "DATE"}}},
		{"The chapel went up around 1506-1508.", time.Time{}, []want{{"1506", "1506", "DATE"}, {"1508", "1508", "DATE"}}},
		{"About 1500 troops and between 1500 and 1800 people came.", time.Time{}, nil},
		{"Pages 1499-1500 were lost.", time.Time{}, nil},
		{"He designed the Central Station (1894).", time.Time{}, []want{{"1894", "1894", "DATE"}}},
		{"The hall (1894 - 1899) stands.", time.Time{}, []want{{"1894", "1894", "DATE"}, {"1899", "1899", "DATE"}}},
		{"The ward (1894 votes) fell.", time.Time{}, nil},
		{"It aired on December\u00a013,\u00a02011 in Canada.", time.Time{}, []want{{"December\u00a013,\u00a02011", "2011-12-13", "DATE"}}},
	}
	for _, tc := range tests {
		check(t, tc.text, tc.dct, tc.expect)
	}
}

func TestRelative(t *testing.T) {
	tests := []struct {
		text   string
		dct    time.Time
		expect []want
	}{
		{"The second season debuts on Thursday.", dct, []want{{"Thursday", "2020-02-13", "DATE"}}},
		{"The director said Thursday that he quit.", dct, []want{{"Thursday", "2020-02-06", "DATE"}}},
		{"The director spoke Thursday.", dct, []want{{"Thursday", "2020-02-06", "DATE"}}},
		{"The show will return Thursday.", dct, []want{{"Thursday", "2020-02-13", "DATE"}}},
		{"The show returns Thursday.", time.Time{}, []want{{"Thursday", "XXXX-WXX-4", "DATE"}}},
		{"The cast met last week.", dct, []want{{"last week", "2020-W06", "DATE"}}},
		{"It leaked yesterday and airs tomorrow.", dct, []want{{"yesterday", "2020-02-09", "DATE"}, {"tomorrow", "2020-02-11", "DATE"}}},
		{"Filming resumes next month.", dct, []want{{"next month", "2020-03", "DATE"}}},
		{"It premiered two years ago.", dct, []want{{"two years ago", "2018", "DATE"}}},
		{"Over a year after the first season, the second arrives.", dct, []want{{"a year", "P1Y", "DURATION"}}},
		{"Ratings dipped this season.", dct, []want{{"this season", "2019-WI", "DATE"}}},
		{"She is now a producer.", dct, []want{{"now", "PRESENT_REF", "DATE"}}},
		{"He currently lives in Mexico.", dct, []want{{"currently", "PRESENT_REF", "DATE"}}},
		{"He recently moved.", dct, []want{{"recently", "PAST_REF", "DATE"}}},
		{"Nobody knows the future.", dct, []want{{"the future", "FUTURE_REF", "DATE"}}},
		{"The band tours this fall.", dct, []want{{"this fall", "2020-FA", "DATE"}}},
		{"The band toured last fall.", dct, []want{{"last fall", "2019-FA", "DATE"}}},
		{"Profit doubled this year.", dct, []want{{"this year", "2020", "DATE"}}},
		{"Profit fell last year.", dct, []want{{"last year", "2019", "DATE"}}},
		{"Profit fell last year.", time.Time{}, []want{{"last year", "XXXX", "DATE"}}},
		{"The vote is set for next Friday.", dct, []want{{"next Friday", "2020-02-14", "DATE"}}},
		{"They met last Monday.", dct, []want{{"last Monday", "2020-02-03", "DATE"}}},
		{"It rained over the weekend.", dct, []want{{"the weekend", "2020-W06-WE", "DATE"}}},
		{"The shoot moved in January.", dct, []want{{"January", "2020-01", "DATE"}}},
		{"The shoot moved in November.", dct, []want{{"November", "2019-11", "DATE"}}},
	}
	for _, tc := range tests {
		check(t, tc.text, tc.dct, tc.expect)
	}
}

func TestTimesDurationsSets(t *testing.T) {
	tests := []struct {
		text   string
		dct    time.Time
		expect []want
	}{
		{"The trailer drops at 3 p.m. sharp.", dct, []want{{"3 p.m.", "2020-02-10T15:00", "TIME"}}},
		{"The trailer drops at 3 p.m. sharp.", time.Time{}, []want{{"3 p.m.", "XXXX-XX-XXT15:00", "TIME"}}},
		{"Doors open at 10:30 a.m. Friday.", dct, []want{{"10:30 a.m. Friday", "2020-02-07T10:30", "TIME"}}},
		{"They worked three years on it.", time.Time{}, []want{{"three years", "P3Y", "DURATION"}}},
		{"It took six months to edit.", time.Time{}, []want{{"six months", "P6M", "DURATION"}}},
		{"He spent a decade in prison.", time.Time{}, []want{{"a decade", "P10Y", "DURATION"}}},
		{"A two-year contract was signed.", time.Time{}, []want{{"two-year", "P2Y", "DURATION"}}},
		{"The 6-year-old actor smiled.", time.Time{}, nil},
		{"A new episode arrives every week.", time.Time{}, []want{{"every week", "P1W", "SET"}}},
		{"The podcast airs every Monday.", time.Time{}, []want{{"every Monday", "XXXX-WXX-1", "SET"}}},
		{"The paper prints daily.", time.Time{}, []want{{"daily", "P1D", "SET"}}},
		{"It lasted twenty-four hours.", time.Time{}, []want{{"twenty-four hours", "PT24H", "DURATION"}}},
		{"They argued for years.", time.Time{}, []want{{"years", "PXY", "DURATION"}}},
		{"The clans feuded for centuries.", time.Time{}, []want{{"centuries", "PXC", "DURATION"}}},
		{"The clans feuded for decades.", time.Time{}, []want{{"decades", "PXE", "DURATION"}}},
		{"Sales will grow over the next two years.", dct, []want{{"the next two years", "P2Y", "DURATION"}}},
		{"The dam is two and a half years late.", time.Time{}, []want{{"two and a half years", "P2Y6M", "DURATION"}}},
		{"The vote took three and a half hours.", time.Time{}, []want{{"three and a half hours", "PT3H30M", "DURATION"}}},
	}
	for _, tc := range tests {
		check(t, tc.text, tc.dct, tc.expect)
	}
}

func TestWeekdayAndDate(t *testing.T) {
	text := "The second season debuts on Thursday. Fans have waited since 2019 for it.\n\nIt streams from Feb. 13 worldwide."
	// With a DCT the weekday and the date are the same day.
	check(t, text, dct, []want{{"Thursday", "2020-02-13", "DATE"}, {"2019", "2019", "DATE"}, {"Feb. 13", "2020-02-13", "DATE"}})
	// Without one, the era is [2019, 2020]: Feb. 13 is a Thursday only
	// in 2020.
	check(t, strings.Replace(text, "\n\n", " ", 1), time.Time{}, []want{{"Thursday", "2020-02-13", "DATE"}, {"2019", "2019", "DATE"}, {"Feb. 13", "2020-02-13", "DATE"}})
	// Split into far paragraphs: no agreement is imposed.
	far := "It debuts on Thursday. One. Two. Three. Four. In 2019 it began.\n\nIt streams from Feb. 13."
	check(t, far, time.Time{}, []want{{"Thursday", "XXXX-WXX-4", "DATE"}, {"2019", "2019", "DATE"}, {"Feb. 13", "XXXX-02-13", "DATE"}})
	// No year named: the date stays partial.
	check(t, "It debuts on Thursday, and streams from Feb. 13.", time.Time{}, []want{{"Thursday", "XXXX-WXX-4", "DATE"}, {"Feb. 13", "XXXX-02-13", "DATE"}})
	// A weekday written against the date picks the agreeing year near
	// the DCT: Feb. 14 was a Thursday in 2019, not in 2020.
	check(t, "It aired Thursday, Feb. 14.", dct, []want{{"Thursday, Feb. 14", "2019-02-14", "DATE"}})
}

func TestYearsForWeekday(t *testing.T) {
	tests := []struct {
		m, d     int
		wd       time.Weekday
		from, to int
		want     []int
	}{
		{2, 13, time.Thursday, 2010, 2030, []int{2014, 2020, 2025}},
		{2, 13, time.Thursday, 2019, 2020, []int{2020}},
		{2, 29, time.Saturday, 2000, 2030, []int{2020}},
		{2, 30, time.Monday, 2000, 2030, nil},
		{13, 1, time.Monday, 2000, 2030, nil},
		{1, 1, time.Monday, 2030, 2000, nil},
	}
	for _, tc := range tests {
		got := YearsForWeekday(tc.m, tc.d, tc.wd, tc.from, tc.to)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("YearsForWeekday(%d, %d, %v, %d, %d) = %v, want %v", tc.m, tc.d, tc.wd, tc.from, tc.to, got, tc.want)
		}
	}
}

func TestTag(t *testing.T) {
	d := doc.New(doc.Document{Body: "The series returns tomorrow.", Published: dct})
	Tag(d)
	if len(d.Timexes) != 1 || d.Timexes[0].Value != "2020-02-11" {
		t.Errorf("Tag: %+v", d.Timexes)
	}
}

// checkSpans verifies the invariants of Find's output.
func checkSpans(t *testing.T, text string, ts []doc.Timex) {
	t.Helper()
	prev := 0
	for _, x := range ts {
		if x.Start < prev || x.End <= x.Start || x.End > len(text) {
			t.Fatalf("bad span %d-%d after %d in %d bytes", x.Start, x.End, prev, len(text))
		}
		if text[x.Start:x.End] != x.Text {
			t.Fatalf("text %q differs from span %q", x.Text, text[x.Start:x.End])
		}
		if x.Value == "" || x.Type == "" {
			t.Fatalf("empty value or type: %+v", x)
		}
		prev = x.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"", "Feb. 13", "Thursday, Feb. 13, 2020", "2/13/2020 at 3 p.m. EST", "the '90s",
		"two years ago", "every other week", "10:35am Friday", "nineteen ninety-six",
		"mid-1990s and the 20th century", "Q4 2019", "the year-earlier quarter",
		"\u2019", "'", "1,989", "12:", "the past 3", "a couple of", "Thanksgiving Day",
		"the quarter ended Sept. 30", "\xff\xfe1989", "Jan.\n\n13", "this fall, last spring, the summer",
	} {
		f.Add(s, int64(0))
		f.Add(s, int64(1581292800))
		f.Add(s, int64(-1<<36+5))
	}
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var d time.Time
		if unix != 0 {
			d = time.Unix(unix%(1<<36), 0).UTC()
		}
		checkSpans(t, text, Find(text, d))
	})
}

// readNews returns testdata/news.txt, news-like text written for the
// benchmark.
func readNews(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat(readNews(b), 50)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Find(text, dct)
	}
}

// TestBenchText keeps the benchmark text honest: it holds expressions.
func TestBenchText(t *testing.T) {
	benchText := readNews(t)
	ts := Find(benchText, dct)
	if len(ts) < 15 {
		t.Errorf("benchmark text has only %d expressions:\n%s", len(ts), dump(ts))
	}
	checkSpans(t, benchText, ts)
	if os.Getenv("TIMEX_DUMP") != "" {
		t.Log("\n" + dump(ts))
	}
}

// TestTenseCues covers the cues that decide whether a bare weekday or
// month lies before or after the DCT (a Monday, 2020-02-10).
func TestTenseCues(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		dct    time.Time
		expect []want
	}{
		{"quote shuts the report's tense out", "\"They will go to Rome and Madrid on Thursday,\" she said.",
			dct, []want{{"Thursday", "2020-02-13", "DATE"}}},
		{"report verb counts without quotes", "They went to Rome and Madrid on Thursday, she said.",
			dct, []want{{"Thursday", "2020-02-06", "DATE"}}},
		{"is to", "The studio is to resume shooting Wednesday.", dct, []want{{"Wednesday", "2020-02-12", "DATE"}}},
		{"had been due looks back", "The option had been due to expire Friday.", dct, []want{{"Friday", "2020-02-07", "DATE"}}},
		{"planned to, before the day", "The actors planned to leave Madrid on Thursday.", dct, []want{{"Thursday", "2020-02-13", "DATE"}}},
		{"planned, after the day", "On Friday, the network planned to pay the writers.", dct, []want{{"Friday", "2020-02-07", "DATE"}}},
		{"plans as a noun", "On Friday, when she dropped her travel plans, the shoot stopped.", dct, []want{{"Friday", "2020-02-07", "DATE"}}},
		{"plan to", "Officials did not plan to act on Thursday morning.", dct, []want{{"Thursday morning", "2020-02-13", "DATE"}}},
		{"until ahead", "The studio postponed until Thursday any decision.", dct, []want{{"Thursday", "2020-02-13", "DATE"}}},
		{"until opening a sentence", "Until Thursday, they had not met.", dct, []want{{"Thursday", "2020-02-06", "DATE"}}},
		{"ahead of", "Traders sold ahead of the weekend.", dct, []want{{"the weekend", "2020-W07-WE", "DATE"}}},
		{"through a month is a deadline", "The bank has extended the credit line through January.", day("1989-10-26"), []want{{"January", "1990-01", "DATE"}}},
		{"through closing a stretch", "Sales were flat this year through August, the firm said.", day("1989-10-26"), []want{{"this year", "1989", "DATE"}, {"August", "1989-08", "DATE"}}},
		{"adjective in -ed is no past cue", "The dividend would reach shareholders on an unspecified day in January.", day("1989-10-26"), []want{{"January", "1990-01", "DATE"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.text, tc.dct, tc.expect) })
	}
}

// TestQuarters covers earnings-report quarters: the quarter a report is
// about is the first one it names of the DCT's year or the year before.
func TestQuarters(t *testing.T) {
	oct := day("1989-10-30")
	tests := []struct {
		name   string
		text   string
		dct    time.Time
		expect []want
	}{
		{"later quarters are asides",
			"Net rose in the third quarter. After a weak second quarter, margins grew. Sales were flat a year earlier.", oct,
			[]want{{"the third quarter", "1989-Q3", "DATE"}, {"second quarter", "1989-Q2", "DATE"}, {"a year earlier", "1988-Q3", "DATE"}}},
		{"history is no report quarter",
			"In the fourth quarter of 1984 it lost money. Net fell 5% from a year ago.", oct,
			[]want{{"the fourth quarter of 1984", "1984-Q4", "DATE"}, {"a year ago", "1988", "DATE"}}},
		{"year before quarter",
			"Net rose in the third quarter from $4 million in the 1988 quarter.", oct,
			[]want{{"the third quarter", "1989-Q3", "DATE"}, {"the 1988 quarter", "1988-Q3", "DATE"}}},
		{"the quarter a year ago",
			"Profit rose in the third quarter. For the quarter a year ago, it earned less.", oct,
			[]want{{"the third quarter", "1989-Q3", "DATE"}, {"the quarter a year ago", "1988-Q3", "DATE"}}},
		{"corresponding period",
			"Profit rose in the third quarter, from a loss in the corresponding period last year.", oct,
			[]want{{"the third quarter", "1989-Q3", "DATE"}, {"the corresponding period last year", "1988-Q3", "DATE"}}},
		{"comparable year-ago quarter",
			"Profit rose in the third quarter. In the comparable year-ago quarter it lost.", oct,
			[]want{{"the third quarter", "1989-Q3", "DATE"}, {"the comparable year-ago quarter", "1988-Q3", "DATE"}}},
		{"latest period is the report's",
			"The chain's fourth quarter ended Sept. 30. The latest period was its best.", oct,
			[]want{{"fourth quarter", "1989-Q4", "DATE"}, {"Sept. 30", "1989-09-30", "DATE"}, {"The latest period", "1989-Q4", "DATE"}}},
		{"quarter-to-quarter names no quarter",
			"Net rose in the third quarter. The quarter-to-quarter comparison was kind.", oct,
			[]want{{"the third quarter", "1989-Q3", "DATE"}}},
		{"unstarted quarter in the past",
			"The studio's profit dropped in the fourth quarter.", day("1998-01-26"),
			[]want{{"the fourth quarter", "1997-Q4", "DATE"}}},
		{"unstarted quarter ahead",
			"The studio expects profit to rise in the fourth quarter.", day("1998-01-26"),
			[]want{{"the fourth quarter", "1998-Q4", "DATE"}}},
		{"nine months against a year earlier are years",
			"Net rose in the third quarter. For the nine months, the mill earned $9 million, up from $7 million a year earlier.", oct,
			[]want{{"the third quarter", "1989-Q3", "DATE"}, {"the nine months", "P9M", "DURATION"}, {"a year earlier", "1988", "DATE"}}},
		{"the 1988 period of nine months is the year",
			"Profit climbed in the third quarter. In the first nine months, the plant lost less than in the 1988 period, it said. The year-ago figures carried a write-down.", oct,
			[]want{{"the third quarter", "1989-Q3", "DATE"}, {"the first nine months", "P9M", "DURATION"}, {"the 1988 period", "1988", "DATE"},
				{"The year-ago", "1988", "DATE"}}},
		{"a quarter named again ends the nine months",
			"For the nine months, net rose. In the third quarter, sales were flat. Sales rose from a year earlier.", oct,
			[]want{{"the nine months", "P9M", "DURATION"}, {"the third quarter", "1989-Q3", "DATE"}, {"a year earlier", "1988-Q3", "DATE"}}},
		{"the nine months do not reach far",
			"Net rose in the third quarter. For the nine months, net rose. Costs grew. Margins were thin. Sales rose from a year earlier.", oct,
			[]want{{"the third quarter", "1989-Q3", "DATE"}, {"the nine months", "P9M", "DURATION"}, {"a year earlier", "1988-Q3", "DATE"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.text, tc.dct, tc.expect) })
	}
}

// TestAnchoredPhrases covers phrases anchored on another expression and
// words that look like time but are not.
func TestAnchoredPhrases(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		dct    time.Time
		expect []want
	}{
		{"the week of a date", "The hearing falls in the week of March 6.", day("2000-02-24"),
			[]want{{"the week of March 6", "2000-W10", "DATE"}}},
		{"the day before", "The day before last Tuesday's premiere, the cast met.", day("2000-02-24"),
			[]want{{"The day before last Tuesday", "2000-02-21", "DATE"}}},
		{"the day after", "She flew home the day after Feb. 13.", day("2020-02-20"),
			[]want{{"the day after Feb. 13", "2020-02-14", "DATE"}}},
		{"an age is no decade", "The actor, in his 30s, and a writer in her mid-40s met in the 1960s.", time.Time{},
			[]want{{"the 1960s", "196", "DATE"}}},
		{"recent years", "The genre grew in recent years.", dct, []want{{"recent years", "PXY", "DURATION"}}},
		{"coming weeks", "Rates may fall in coming weeks.", dct, []want{{"coming weeks", "PXW", "DURATION"}}},
		{"Election Day", "The ad runs until Election Day.", day("1998-10-26"),
			[]want{{"Election Day", "1998-11-03", "DATE"}}},
		{"election day as words", "The election day crowd was thin.", day("1998-10-26"), nil},
		{"midday", "The judge ruled at midday.", dct, []want{{"midday", "2020-02-10T12:00", "TIME"}}},
		{"then current", "Holders may buy shares at the then current price.", dct,
			[]want{{"then current", "PAST_REF", "DATE"}}},
		{"will one day", "The genre will one day rule television.", dct,
			[]want{{"one day", "FUTURE_REF", "DATE"}}},
		{"one day as a length", "The shoot took one day.", dct,
			[]want{{"one day", "P1D", "DURATION"}}},
		{"nearly belongs, about does not", "It ran nearly two years, about a decade ago.", dct,
			[]want{{"nearly two years", "P2Y", "DURATION"}, {"a decade ago", "2010", "DATE"}}},
		{"spelled season year", "Rents last touched that level during the winter of nineteen ninety-four.", dct,
			[]want{{"the winter of nineteen ninety-four", "1994-WI", "DATE"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.text, tc.dct, tc.expect) })
	}
}

// TestConventions covers TimeML conventions and anchoring rules for
// forms the TempEval-3 and MEANTIME news annotations agree on.
func TestConventions(t *testing.T) {
	oct := day("1989-10-30") // a Monday
	tests := []struct {
		name   string
		text   string
		dct    time.Time
		expect []want
	}{
		{"UTC is Z", "The probe touched down at 14:05 UTC.", dct,
			[]want{{"14:05 UTC", "2020-02-10T14:05Z", "TIME"}}},
		{"GMT is Z, other zones are dropped", "Talks ended at 9 p.m. GMT and resumed at 8 a.m. EST.", dct,
			[]want{{"9 p.m. GMT", "2020-02-10T21:00Z", "TIME"}, {"8 a.m. EST", "2020-02-10T08:00", "TIME"}}},
		{"the past year is last year", "Ticket sales doubled over the past year.", dct,
			[]want{{"the past year", "2019", "DATE"}}},
		{"the next month", "The label expects the record in the next month.", dct,
			[]want{{"the next month", "2020-03", "DATE"}}},
		{"the last quarter", "The studio lost money in the last quarter.", dct,
			[]want{{"the last quarter", "2019-Q4", "DATE"}}},
		{"the past week stays a stretch", "The cast rehearsed for the past week.", dct,
			[]want{{"the past week", "P1W", "DURATION"}}},
		{"the past decade stays a stretch", "The genre boomed in the past decade.", dct,
			[]want{{"the past decade", "P10Y", "DURATION"}}},
		{"quarter of this year", "Output slipped over the second quarter of this year.", dct,
			[]want{{"the second quarter of this year", "2020-Q2", "DATE"}}},
		{"half of last year", "Profit fell in the first half of last year.", dct,
			[]want{{"the first half of last year", "2019-H1", "DATE"}}},
		{"two quarters are a half", "Demand should hold through the first two quarters of 1990.", oct,
			[]want{{"the first two quarters of 1990", "1990-H1", "DATE"}}},
		{"the last half of a year", "Earnings will be weak in the last half of 1989.", oct,
			[]want{{"the last half of 1989", "1989-H2", "DATE"}}},
		{"the last half of a decade is the decade", "Sales were flat in the last half of the '80s.", oct,
			[]want{{"the '80s", "198", "DATE"}}},
		{"the fiscal quarter keeps its article", "The chain earned more in the fiscal first quarter.", oct,
			[]want{{"the fiscal first quarter", "1989-Q1", "DATE"}}},
		{"year-earlier months are a stretch", "Profit in the year-earlier nine months was lower.", oct,
			[]want{{"the year-earlier nine months", "P9M", "DURATION"}}},
		{"same period last year", "Car sales rose in February from the same period last year.", day("2010-03-03"),
			[]want{{"February", "2010-02", "DATE"}, {"the same period last year", "2009-02", "DATE"}}},
		{"same month a year ago", "Sales fell in January, compared with the same month a year ago.", day("2009-02-03"),
			[]want{{"January", "2009-01", "DATE"}, {"the same month a year ago", "2008-01", "DATE"}}},
		{"corresponding quarter of the previous year", "Net rose in the third quarter from the corresponding quarter of the previous year.", oct,
			[]want{{"the third quarter", "1989-Q3", "DATE"}, {"the corresponding quarter of the previous year", "1988-Q3", "DATE"}}},
		{"a quarter ended July 31 is mostly the second", "For the quarter ended July 31, the chain earned more.", oct,
			[]want{{"the quarter", "1989-Q2", "DATE"}, {"July 31", "1989-07-31", "DATE"}}},
		{"a quarter ended Jan. 31 is last year's fourth", "For the quarter ended Jan. 31, the chain earned more.", day("1990-03-01"),
			[]want{{"the quarter", "1989-Q4", "DATE"}, {"Jan. 31", "1990-01-31", "DATE"}}},
		{"the last week of a month", "Ticket sales picked up in the last week of March.", day("2009-04-01"),
			[]want{{"the last week of March", "2009-W13", "DATE"}}},
		{"the first week of a month", "The plant reopens in the first week of May.", day("2009-04-01"),
			[]want{{"the first week of May", "2009-W19", "DATE"}}},
		{"early summer", "Orders recovered from the lows of the early summer.", oct,
			[]want{{"the early summer", "1989-SU", "DATE"}}},
		{"late spring", "The tour starts in late spring.", dct,
			[]want{{"late spring", "2020-SP", "DATE"}}},
		{"a second day of the month", "The festival runs on March 14 and 15 in Austin.", dct,
			[]want{{"March 14", "2020-03-14", "DATE"}, {"15", "2020-03-15", "DATE"}}},
		{"a count after a date is no day", "Shares rose on Feb. 3 to 15 percent and Feb. 4 and 5 times more.", dct,
			[]want{{"Feb. 3", "2020-02-03", "DATE"}, {"Feb. 4", "2020-02-04", "DATE"}}},
		{"the year before the last one named", "Sales fell to $3 million last year from $4 million the year before.", dct,
			[]want{{"last year", "2019", "DATE"}, {"the year before", "2018", "DATE"}}},
		{"over the years", "The band changed its sound over the years.", dct,
			[]want{{"the years", "PXY", "DURATION"}}},
		{"the years before a date are not vague", "The years 1990 and 1991 were dry.", dct,
			[]want{{"1990", "1990", "DATE"}, {"1991", "1991", "DATE"}}},
		{"long adjectives", "After a day-long meeting, the decades-long feud and a months-long strike ended.", dct,
			[]want{{"day-long", "P1D", "DURATION"}, {"decades-long", "PXY", "DURATION"}, {"months-long", "PXM", "DURATION"}}},
		{"the article of a long adjective goes with its noun", "The year-long inquiry found a two-day-long outage.", dct,
			[]want{{"year-long", "P1Y", "DURATION"}, {"two-day-long", "P2D", "DURATION"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.text, tc.dct, tc.expect) })
	}
}

// TestDaysAndClocks covers clock times, parts of the day and days
// anchored on the story rather than the DCT (a Monday, 2020-02-10).
func TestDaysAndClocks(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		dct    time.Time
		expect []want
	}{
		{"a bare clock takes the weekday of its sentence", "The rocket left Friday from the coast at 18:00 UTC.", dct,
			[]want{{"Friday", "2020-02-07", "DATE"}, {"18:00 UTC", "2020-02-07T18:00Z", "TIME"}}},
		{"a clock with no day in its sentence is the DCT's", "The rocket left Friday. It landed at 6 p.m.", dct,
			[]want{{"Friday", "2020-02-07", "DATE"}, {"6 p.m.", "2020-02-10T18:00", "TIME"}}},
		{"without a DCT, the last date before", "The jet flew on April 27, 2005. It took off at 08:30 UTC.", time.Time{},
			[]want{{"April 27, 2005", "2005-04-27", "DATE"}, {"08:30 UTC", "2005-04-27T08:30Z", "TIME"}}},
		{"N in the morning", "The ferry will sail at 4 in the morning.", dct,
			[]want{{"4 in the morning", "2020-02-10T04:00", "TIME"}}},
		{"a count in the morning is no clock", "The plant has 40 in the morning shift and 12 in the evening.", dct, nil},
		{"the clock's tense decides its weekday", "The convoy will leave the border crossing at 4 a.m. EST Thursday.", dct,
			[]want{{"4 a.m. EST Thursday", "2020-02-13T04:00", "TIME"}}},
		{"part of day before yesterday", "Shares were up at mid-afternoon yesterday in London.", dct,
			[]want{{"mid-afternoon yesterday", "2020-02-09TAF", "TIME"}}},
		{"part of day alone", "By mid afternoon the shelling had stopped.", dct,
			[]want{{"mid afternoon", "2020-02-10TAF", "TIME"}}},
		{"the previous weekday of the story", "Stocks fell Friday, 4% below the previous Friday.", dct,
			[]want{{"Friday", "2020-02-07", "DATE"}, {"the previous Friday", "2020-01-31", "DATE"}}},
		{"the trading day of the story", "On Friday the index fell 3% to end the day at 7,100.", dct,
			[]want{{"Friday", "2020-02-07", "DATE"}, {"the day", "2020-02-07", "DATE"}}},
		{"the previous year of the story", "Orders dropped 17% last month against the previous year.", dct,
			[]want{{"last month", "2020-01", "DATE"}, {"the previous year", "2019", "DATE"}}},
		{"the following year and the previous day", "It opened in 1995 and closed the following year. On Feb. 1 it rained; the previous day it snowed.", dct,
			[]want{{"1995", "1995", "DATE"}, {"the following year", "1996", "DATE"}, {"Feb. 1", "2020-02-01", "DATE"}, {"the previous day", "2020-01-31", "DATE"}}},
		{"the same day", "Stocks rose on Friday. A report released the same day showed hiring fell.", dct,
			[]want{{"Friday", "2020-02-07", "DATE"}, {"the same day", "2020-02-07", "DATE"}}},
		{"an apostrophe year after a preposition", "The index sank to its lowest level since '82.", dct,
			[]want{{"'82", "1982", "DATE"}}},
		{"the trading day after a month and a year are named", "The carmaker said on Tuesday that sales rose in January, up from a year ago. Its shares climbed before falling later in the day.", dct,
			[]want{{"Tuesday", "2020-02-04", "DATE"}, {"January", "2020-01", "DATE"}, {"a year ago", "2019", "DATE"}, {"the day", "2020-02-04", "DATE"}}},
		{"a headline weekday and the dateline under it are two", "Ferries halted until Friday\n\nFebruary 10, 2020\n\nThe port shut.", dct,
			[]want{{"Friday", "2020-02-14", "DATE"}, {"February 10, 2020", "2020-02-10", "DATE"}}},
		{"a wire service's four-digit clock with its zone", "Central banks acted at 0800 GMT. The plant made 1900 cars.", dct,
			[]want{{"0800 GMT", "2020-02-10T08:00Z", "TIME"}}},
		{"four digits with a zone but no clock", "It was founded in 1968 UTC rules aside.", dct,
			[]want{{"1968", "1968", "DATE"}}},
		{"later in the day", "Shares recovered later in the day.", dct,
			[]want{{"the day", "2020-02-10", "DATE"}}},
		{"the day of a story is no phrase", "He was the man of the day.", dct, nil},
		{"a passive future", "The merger should be completed in October.", day("2009-05-15"),
			[]want{{"October", "2009-10", "DATE"}}},
		{"a passive after will", "The sale will be approved in September.", day("2009-05-15"),
			[]want{{"September", "2009-09", "DATE"}}},
		{"a weekday evening is a time of that day", "The ferry sank Thursday evening off the cape.", dct,
			[]want{{"Thursday evening", "2020-02-06TEV", "TIME"}}},
		{"a weekday night keeps the day", "The mayor spoke Saturday night at the rally.", dct,
			[]want{{"Saturday night", "2020-02-08", "DATE"}}},
		{"a weekday evening agrees with its date", "Talks resume on Feb. 12. Delegates arrive Wednesday evening.", dct,
			[]want{{"Feb. 12", "2020-02-12", "DATE"}, {"Wednesday evening", "2020-02-12TEV", "TIME"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.text, tc.dct, tc.expect) })
	}
}

// TestNotTime covers words that look like time expressions but name a
// show, a paper or a share.
func TestNotTime(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		expect []want
	}{
		{"a show title", "The senator spoke on \"This Week\" and on \"60 Minutes\" about it.", nil},
		{"a sentence may open with this week", "This week the senator spoke.", []want{{"This week", "2020-W07", "DATE"}}},
		{"high noon is a showdown", "For the old guard, it was high noon.", nil},
		{"a paper", "The China Daily reported the deal.", nil},
		{"soon-to-open", "The soon-to-open terminal is empty.", nil},
		{"a share", "The firm controls more than a quarter of the sector and about a quarter, of its bonds.", nil},
		{"a quarter of a point, a quarter stake, a quarter said", "Rates rose by a quarter of a point after a quarter point rise. The bank holds a quarter stake, and nearly a quarter said so.", nil},
		{"quarter-finals are no quarter", "The side reached the quarter-finals after a quarter-final win.", nil},
		{"a quarter of a century and a quarter ahead are time", "The index predicts sales a quarter ahead.", []want{{"a quarter", "P1Q", "DURATION"}}},
		{"halves of a game report are the game's", "The striker scored twice in the first half. After half-time the referee gave a penalty and the visitors dominated the second half.", nil},
		{"a half year of a results report is time", "Sales slowed in the second half, the retailer said, but the first half of 2019 was strong.", []want{{"the second half", "2019-H2", "DATE"}, {"the first half of 2019", "2019-H1", "DATE"}}},
		{"a prize of the year is no time", "She won album of the year and was named Player of the Year.", nil},
		{"the best film of the year is the year's", "Critics called it the best film of the year.", []want{{"the year", "2020", "DATE"}}},
		{"a title in capitals is no time", "She starred in Suddenly Last Summer on stage.", nil},
		{"a Sunday paper is no day", "He told the Sunday Times, the Mail on Sunday and the Sunday Mirror on Monday.", []want{{"Monday", "2020-02-10", "DATE"}}},
		{"quarters of losses are time", "The chain had two consecutive quarters of losses.", []want{{"two consecutive quarters", "P2Q", "DURATION"}}},
		{"today's world is the present age", "In today's world, and for today's youth, the people of tomorrow matter.", nil},
		{"an aircraft model is no decade", "The air force flies KC-30s and F-20s, bought in the mid-1990s.", []want{{"the mid-1990s", "199", "DATE"}}},
		{"round the clock is no time", "Guards watch the clinic 24 hours a day, seven days a week.", nil},
		{"a count of hours in a day is still time", "The strike lasted 24 hours. Workers rested a day.", []want{{"24 hours", "PT24H", "DURATION"}, {"a day", "P1D", "DURATION"}}},
		{"today's papers are the day's", "The offer ran in today's editions.", []want{{"today", "2020-02-10", "DATE"}}},
		{"now opening a sentence before a comma is a discourse marker", "Now, the mayor said, the bridge must wait.", nil},
		{"a sentence opens after a closing quote", "\"They were ready.\" Now, he says, it is over. ``We won.'' Now, she adds, it is not.", nil},
		{"recently before a date leans on it", "Two stores closed, most recently last October.", []want{{"last October", "2019-10", "DATE"}}},
		{"now in a clause is the present", "The bridge is now closed.", []want{{"now", "PRESENT_REF", "DATE"}}},
		{"several quarters of losses are time", "The mill made money after several quarters of losses, while in some quarters doubts remain.", []want{{"several quarters", "PXQ", "DURATION"}}},
		{"soon after an event is no future", "The singer was soon released and left soon after the show.", nil},
		{"soon in a past narrative", "The trickle soon became a flood.", nil},
		{"soon ahead is the future", "The label will soon sign her.", []want{{"soon", "FUTURE_REF", "DATE"}}},
		{"a yearly rate is no set", "Sales should rise 7% annually and the mill makes 5,000 units annually.", nil},
		{"an average daily figure is a rate", "The average daily volume was thin.", nil},
		{"annually without an amount is a set", "The festival is held annually.", []want{{"annually", "P1Y", "SET"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { check(t, tc.text, dct, tc.expect) })
	}
}

// TestCalString checks the hand-written formatting of calendar values
// against the TimeML forms written with fmt.
func TestCalString(t *testing.T) {
	tests := []struct {
		c    cal
		want string
	}{
		{cal{gran: gCentury, n: 19}, "19"},
		{cal{gran: gCentury, n: 9}, "09"},
		{cal{gran: gDecade, n: 198}, "198"},
		{cal{gran: gDecade, n: 5}, "005"},
		{cal{gran: gYear, y: 1989}, "1989"},
		{cal{gran: gYear, y: 98}, "0098"},
		{cal{gran: gYear}, "XXXX"},
		{cal{gran: gHalf, y: 1990, n: 1}, "1990-H1"},
		{cal{gran: gQuarter, y: 1989, n: 3}, "1989-Q3"},
		{cal{gran: gQuarter, y: 1989}, "1989-QX"},
		{cal{gran: gSeason, y: 2019, s: "WI"}, "2019-WI"},
		{cal{gran: gMonth, y: 2020, n: 2}, "2020-02"},
		{cal{gran: gMonth, y: 2020}, "2020-XX"},
		{cal{gran: gWeek, y: 2020, n: 6}, "2020-W06"},
		{cal{gran: gWeek}, "XXXX-WXX"},
		{cal{gran: gDay, y: 2020, n: 2, d: 13}, "2020-02-13"},
		{cal{gran: gDay, n: 2, d: 13}, "XXXX-02-13"},
		{cal{gran: gDay, y: 2020}, "2020-XX-XX"},
		{cal{gran: gYear, y: -5}, "XXXX"},
		{cal{gran: gDecade, n: -5}, "-05"},
		{cal{}, ""},
	}
	for _, tc := range tests {
		if got := tc.c.String(); got != tc.want {
			t.Errorf("%+v.String() = %q, want %q", tc.c, got, tc.want)
		}
	}
}
