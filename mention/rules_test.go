package mention_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/mention"
	"github.com/newsgraph/newsgraph/segment"
)

func tag(t *testing.T, title, body string) *doc.Doc {
	t.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(doc.Document{Title: title, Body: body})
	segment.Segment(d)
	mention.NewRules(g).Tag(d)
	mention.Resolve(d)
	return d
}

// TestRules checks each construction the rules know, on sentences written
// for the test: "text:TYPE" for every mention expected, in order.
func TestRules(t *testing.T) {
	tests := []struct {
		name, title, body string
		want              []string
	}{
		{"work title from the headline", "'Harbor Lights' Returns With a Darker Season", "Season two of Harbor Lights opens in May.",
			[]string{"Harbor Lights:WORK"}},
		{"work after season of", "", "Season three of Night Garden debuts on Hulu on Friday.",
			[]string{"Night Garden:WORK", "Hulu:ORG"}},
		{"work after a genre noun", "", "The legal drama Second Chair returns this fall.",
			[]string{"Second Chair:WORK"}},
		{"unknown platform after a release verb", "", "The series streams on Vidmo starting June 2.",
			[]string{"Vidmo:ORG"}},
		{"cast in parentheses, one-word actor", "", "The story follows Nell Carver (Zendaya), a young pilot.",
			[]string{"Nell Carver:PERSON", "Zendaya:PERSON"}},
		{"honorific dropped", "", "Rafael Ortiz stars as Sheriff Tomás Vega.",
			[]string{"Rafael Ortiz:PERSON", "Tomás Vega:PERSON"}},
		{"nickname kept inside the name", "", `Gangs fought over Joaquín "El Chapo" Guzmán for years.`,
			[]string{`Joaquín "El Chapo" Guzmán:PERSON`}},
		{"organisation and operation cue words", "", "The Coastal Customs Agency ran Operation Driftwood in 2019.",
			[]string{"Coastal Customs Agency:ORG", "Operation Driftwood:EVENT"}},
		{"org with of", "", "She teaches at the University of Verona now.",
			[]string{"University of Verona:ORG"}},
		{"outlet after told", "", "Mara Olsen told Film Courier that she was tired.",
			[]string{"Mara Olsen:PERSON", "Film Courier:ORG"}},
		{"nationality and country", "", "The Mexican actor grew up in Mexico.",
			[]string{"Mexican:NORP", "Mexico:GPE"}},
		{"given name that is a city", "", "Sofia Marchetti heads the port.",
			[]string{"Sofia Marchetti:PERSON"}},
		{"city before an org cue", "", "He ran the Guadalajara Cartel for a decade.",
			[]string{"Guadalajara Cartel:ORG"}},
		{"sentence-initial common word is not a name", "", "However, the council met. Now the port is open.",
			nil},
		{"surname after the full name", "", "Ruth Kimani arrived late. Kimani said little.",
			[]string{"Ruth Kimani:PERSON", "Kimani:PERSON"}},
		{"months and weekdays are not names", "", "On Thursday, Feb. 13, the show returns.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tag(t, tt.title, tt.body)
			var got []string
			for _, m := range d.Mentions {
				got = append(got, m.Text+":"+string(m.Type))
				if d.Body[m.Start:m.End] != m.Text {
					t.Errorf("mention %q has span text %q", m.Text, d.Body[m.Start:m.End])
				}
			}
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestResolve checks that overlaps are settled by tier, then score: a
// title beats the model, the model beats a fallback guess, and a
// gazetteer entry inside a longer model mention gives way.
func TestResolve(t *testing.T) {
	d := doc.New(doc.Document{Body: "Bank of Mexico raised rates in Narcos Mexico."})
	segment.Segment(d)
	span := func(s string) doc.Span {
		i := strings.Index(d.Body, s)
		return doc.Span{Start: i, End: i + len(s)}
	}
	d.Mentions = []doc.Mention{
		{Span: span("Bank of Mexico"), Text: "Bank of Mexico", Type: doc.Org, Score: 0.9, Source: "ner"},
		{Span: span("Mexico"), Text: "Mexico", Type: doc.GPE, Score: 0.93, Source: "rules:gazetteer"},
		{Span: span("Narcos"), Text: "Narcos", Type: doc.Loc, Score: 0.99, Source: "ner"},
		{Span: span("Narcos Mexico"), Text: "Narcos Mexico", Type: doc.Work, Score: 0.97, Source: "rules:title"},
		{Span: span("rates"), Text: "rates", Type: doc.Person, Score: 0.45, Source: "rules:fallback"},
	}
	mention.Resolve(d)
	var got []string
	for _, m := range d.Mentions {
		got = append(got, m.Text+":"+string(m.Type))
	}
	want := []string{"Bank of Mexico:ORG", "rates:PERSON", "Narcos Mexico:WORK"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSeasonNumber(t *testing.T) {
	for w, n := range map[string]int{"two": 2, "2": 2, "Second": 2, "sophomore": 2, "tenth": 10, "new": 0, "": 0} {
		if got := mention.SeasonNumber(w); got != n {
			t.Errorf("SeasonNumber(%q) = %d, want %d", w, got, n)
		}
	}
}
