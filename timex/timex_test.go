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
		{"Sales will grow over the next two years.", dct, []want{{"the next two years", "P2Y", "DURATION"}}},
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
