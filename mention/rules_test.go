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
		{"a given name that is also a city, before who", "", "Sofia Marchetti, who runs the port, spoke first.",
			[]string{"Sofia Marchetti:PERSON"}},
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
		{"party noun", "", "Tomas Reld lost the seat to a Democrat in 1990.",
			[]string{"Tomas Reld:PERSON", "Democrat:ORG"}},
		{"party adjective", "", "Republican lawmakers blocked the bill in March.",
			[]string{"Republican:ORG"}},
		{"party adjective after a determiner is left to the claim rules", "", "The Republican nominee won the county easily.",
			nil},
		{"party plural after a given name", "", "The Christian Democrats formed a coalition.",
			[]string{"Christian Democrats:ORG"}},
		{"faith adjectives", "", "She grew up Catholic in a Jewish neighbourhood.",
			[]string{"Catholic:NORP", "Jewish:NORP"}},
		{"royal title before a city name", "", "Queen Victoria opened the bridge.",
			[]string{"Victoria:PERSON"}},
		{"title inside a run", "", "The envoys of Bourbon King Alaric reached the coast.",
			[]string{"Alaric:PERSON"}},
		{"ruler title", "", "The obelisk honours Pharaoh Amenket of the old kingdom.",
			[]string{"Amenket:PERSON"}},
		{"title word as a middle name", "", "Lionel Earl Dorsey spoke first.",
			[]string{"Lionel Earl Dorsey:PERSON"}},
		{"foreign title with small words", "", "She starred in the telenovela El Sol de Mi Tierra in 2004.",
			[]string{"El Sol de Mi Tierra:WORK"}},
		{"body before leader", "", "The strike was called by Harmonia leader Tomas Reld.",
			[]string{"Harmonia:ORG", "Tomas Reld:PERSON"}},
		{"former before a party word", "", "They said Former Tories backed Alan Reld.",
			[]string{"Tories:ORG", "Alan Reld:PERSON"}},
		{"party word before a title inside a run", "", "They met Labour MP Lord Varden at noon.",
			[]string{"Labour:ORG", "Varden:PERSON"}},
		{"adjective title inside a run stays", "", "They joined the Dock General Workers Union in May.",
			[]string{"Dock General Workers Union:ORG"}},
		{"compound given name with a spaced hyphen", "", "The plans were drawn by Jean - Luc Marchal in 1750.",
			[]string{"Jean - Luc Marchal:PERSON"}},
		{"a title with a pronoun is a work", "", "Her debut So Haunt Me sold well.",
			[]string{"So Haunt Me:WORK"}},
		{"roman numeral after a ruler is no title", "", "Envoys came from Varsanes I last year.",
			[]string{"Varsanes I:PERSON"}},
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

// TestWorkTitles checks the cues that make a span a work title, and the
// look-alikes that must stay out, on sentences written for the test: the
// WORK mentions expected, in order.
func TestWorkTitles(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"definition, repeated later", "Harbor Lights is a 2004 American drama film. Harbor Lights was shot in Lisbon.",
			[]string{"Harbor Lights", "Harbor Lights"}},
		{"definition with small words and other titles in parentheses",
			"El Camino de las Piedras (also known as The Stone Road) is the third studio album by Lia Moreno.",
			[]string{"El Camino de las Piedras", "The Stone Road"}},
		{"definition with the inside the title", "Rusty the Robot is a 1999 platform video game.",
			[]string{"Rusty the Robot"}},
		{"a title asked as a question", "Who Stole the Moon? is a 1987 children's novel.",
			[]string{"Who Stole the Moon"}},
		{"a film director is no film", "Tomas Berg is a Swedish film director.", nil},
		{"short form before a colon", "Night Court: Miami is a 2020 series. Fans of Night Court were pleased.",
			[]string{"Night Court: Miami", "Night Court"}},
		{"quoted words in a sentence about songs", `Her album opens with "Driftwood" and closes with "Tides".`,
			[]string{"Driftwood", "Tides"}},
		{"one quoted word without a cue", `He called the plan "Nonsense" on Tuesday.`, nil},
		{"a full stop inside the marks", `The show ended with "Long Way Home."`, []string{"Long Way Home"}},
		{"a quoted sentence with its speaker", `"That's ridiculous," the minister said.`, nil},
		{"a contraction split by the tokenizer", `"Don't Look Back" topped the chart.`, []string{"Don't Look Back"}},
		{"apposition after an album with modifiers", "The band released its fourth studio album, Quiet Engines, in 2011.",
			[]string{"Quiet Engines"}},
		{"no apposition before a clause", "In the film, Tom Hanks plays a pilot.", nil},
		{"a list after a plural noun", "She had roles in films including Paper Moons, The Long Field and Sixty Miles to Nowhere.",
			[]string{"Paper Moons", "The Long Field", "Sixty Miles to Nowhere"}},
		{"no list when a clause follows", "It is the last of the albums Jonas recorded for the label.", nil},
		{"starred in, not a city", "He starred in Glass Harbor and appeared in Berlin.", []string{"Glass Harbor"}},
		{"a character in a work", "She sang the role of Elsa in Frozen Lake.", []string{"Frozen Lake"}},
		{"characters in works, chained", "Her roles include Mary Fenn in Dockside and Tom Grey in Hill Farm.",
			[]string{"Dockside", "Hill Farm"}},
		{"an episode of a work", "The pilot of Night Desk aired in May.", []string{"Night Desk"}},
		{"the work keeps its possessive", "It is an episode of The Marlowes' second season.", []string{"The Marlowes"}},
		{"a broadcaster's programme", "Ana Ruiz spoke on the BBC's Morning Desk programme.", []string{"Morning Desk"}},
		{"a maker's title with its year", "Orbis's 1991 Star Miner sold well.", []string{"Star Miner"}},
		{"a title before an album noun", "Her 1977 Blue Meadow album sold a million copies.", []string{"Blue Meadow"}},
		{"a title before a soundtrack noun", "The Night Harbor soundtrack is out.", []string{"Night Harbor"}},
		{"a written law", "The Clean Rivers Act was passed in 1972.", []string{"The Clean Rivers Act"}},
		{"an award is no law", "The Brits dropped the Best Newcomer Act prize.", nil},
		{"wrote and directed", "She wrote and directed Paper Birds in 2001.", []string{"Paper Birds"}},
		{"directed someone to do something", "Prosecutors say Ebbers directed Mr Lane to hide the losses.", nil},
		{"apposition with a work phrase", "Dark Water, a 2002 Japanese horror film, was remade.", []string{"Dark Water"}},
		{"no apposition when a verb follows the noun", "Set in Wales, the film is about a singer.", nil},
		{"play as a verb", "England play Ireland next week. Luna will play Gallardo again.", nil},
		{"a title that starts with a number", "He had a small role in the Irish film 3 Rivers.", []string{"3 Rivers"}},
		{"the screenplay for a work", "He wrote the screenplay for Cold Comfort in 1998.", []string{"Cold Comfort"}},
		{"a rugby score is no screenplay", "The pack made a simple score for Corry.", nil},
		{"released under another title", "The film was released in the US as Summer Rain.", []string{"Summer Rain"}},
		{"a late ordinal after the title's possessive", "It is the fourth episode of The Marlowes' twentieth season.", []string{"The Marlowes"}},
		{"a person in a work, not one title", "Her best-known parts include Ada Brook in Dancing in the Dust (1961).", []string{"Dancing in the Dust"}},
		{"a quoted title with a person's name in it", `"Stella by Starlight" by Ned Hale was a hit.`, []string{"Stella by Starlight"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tag(t, "", tt.body)
			var got []string
			for _, m := range d.Mentions {
				if m.Type == doc.Work {
					got = append(got, m.Text)
				}
			}
			if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestResolveTrimsRoleWords checks that a word saying a role is over is cut
// from the front of a name, and kept at the front of a title.
func TestResolveTrimsRoleWords(t *testing.T) {
	tests := []struct {
		body, mention string
		typ           doc.EntityType
		want          string
	}{
		{"Former Rovers boss Alan Pike watched.", "Former Rovers", doc.Org, "Rovers"},
		{"Ex-Labour minister Ann Cole spoke.", "Ex-Labour", doc.Org, "Labour"},
		{"Former Glory topped the chart.", "Former Glory", doc.Work, "Former Glory"},
		{"Former aide Tom Reed left.", "Former", doc.Person, "Former"},
	}
	for _, tt := range tests {
		d := doc.New(doc.Document{Body: tt.body})
		segment.Segment(d)
		i := strings.Index(d.Body, tt.mention)
		d.Mentions = []doc.Mention{{Span: doc.Span{Start: i, End: i + len(tt.mention)}, Text: tt.mention, Type: tt.typ, Score: 0.9, Source: "ner"}}
		mention.Resolve(d)
		if len(d.Mentions) != 1 || d.Mentions[0].Text != tt.want {
			t.Errorf("%q: got %+v, want one mention %q", tt.body, d.Mentions, tt.want)
		}
	}
}
