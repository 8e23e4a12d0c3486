package quote

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/segment"
)

// person is a test entity with the names that mention it.
type person struct {
	name   string
	typ    doc.EntityType
	gender doc.Gender
	names  []string // longest first
}

// annotate segments body and adds a Name mention, linked to its entity,
// for every occurrence of each person's names, standing in for the tagger
// and coreference. link maps a pronoun occurrence ("she@2": the second
// "she") to the entity coreference would give it.
func annotate(t *testing.T, body string, people []person, link map[string]int) *doc.Doc {
	t.Helper()
	d := doc.New(doc.Document{Body: body})
	segment.Segment(d)
	taken := make([]bool, len(body))
	for ei, p := range people {
		d.Entities = append(d.Entities, doc.Entity{Type: p.typ, Name: p.name, Gender: p.gender})
		for _, n := range p.names {
			for off := 0; ; {
				i := strings.Index(body[off:], n)
				if i < 0 {
					break
				}
				s := off + i
				off = s + len(n)
				if taken[s] {
					continue
				}
				for k := s; k < off; k++ {
					taken[k] = true
				}
				d.Entities[ei].Mentions = append(d.Entities[ei].Mentions, len(d.Mentions))
				d.Mentions = append(d.Mentions, doc.Mention{Span: doc.Span{Start: s, End: off}, Text: n, Type: p.typ, Kind: doc.Name, Entity: ei})
			}
		}
	}
	for key, ei := range link {
		word, nth, _ := strings.Cut(key, "@")
		count := 0
		for i := range d.Tokens {
			if d.TokenText(i) != word {
				continue
			}
			count++
			if nth == "" || nth == string(rune('0'+count)) {
				tk := d.Tokens[i]
				d.Mentions = append(d.Mentions, doc.Mention{Span: tk.Span, Text: word, Type: doc.Person, Kind: doc.Pronoun, Entity: ei})
			}
		}
	}
	return d
}

var (
	lopez   = person{"Maria Lopez", doc.Person, doc.Female, []string{"Maria Lopez", "Lopez"}}
	reyes   = person{"Tom Reyes", doc.Person, doc.Male, []string{"Tom Reyes", "Reyes"}}
	transit = person{"Harbor Transit", doc.Org, doc.Unknown, []string{"Harbor Transit"}}
)

// want describes one expected quote.
type want struct {
	text    string // exact content
	direct  bool
	speaker string // entity name, "" for none
	span    string // speaker span text, "-" for a zero span
	cue     string
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name   string
		body   string
		people []person
		link   map[string]int
		want   []want
	}{
		{
			name:   "cue after, name before the verb",
			body:   "“We will open the bridge in May,” Maria Lopez said.",
			people: []person{lopez},
			want:   []want{{"We will open the bridge in May", true, "Maria Lopez", "Maria Lopez", "said"}},
		},
		{
			name:   "cue after, inverted",
			body:   "“The vote was closer than anyone thought,” said Tom Reyes, the deputy mayor.",
			people: []person{reyes},
			want:   []want{{"The vote was closer than anyone thought", true, "Tom Reyes", "Tom Reyes", "said"}},
		},
		{
			name:   "cue before the quote",
			body:   "Reyes says, “Nobody expected this result on election night.”",
			people: []person{reyes},
			want:   []want{{"Nobody expected this result on election night.", true, "Tom Reyes", "Reyes", "says"}},
		},
		{
			name:   "straight quotes and told an outlet",
			body:   "\"I love this city and I always will,\" Lopez told the Harbor Gazette.",
			people: []person{lopez},
			want:   []want{{"I love this city and I always will", true, "Maria Lopez", "Lopez", "told"}},
		},
		{
			name:   "nested single quotes stay inside",
			body:   "“My father told me, ‘Keep going,’ and I did,” Lopez recalled.",
			people: []person{lopez},
			want:   []want{{"My father told me, ‘Keep going,’ and I did", true, "Maria Lopez", "Lopez", "recalled"}},
		},
		{
			name:   "quote split by its attribution",
			body:   "“The budget is tight,” Lopez said, “but the schools come first.”",
			people: []person{lopez},
			want: []want{
				{"The budget is tight", true, "Maria Lopez", "Lopez", "said"},
				{"but the schools come first.", true, "Maria Lopez", "Lopez", "said"},
			},
		},
		{
			name:   "quotation over two paragraphs",
			body:   "Lopez said: “We walked for hours that night and nobody complained.\n\n“By morning we had reached the river and the children were safe.”",
			people: []person{lopez},
			want: []want{
				{"We walked for hours that night and nobody complained.", true, "Maria Lopez", "Lopez", "said"},
				{"By morning we had reached the river and the children were safe.", true, "Maria Lopez", "-", "said"},
			},
		},
		{
			name:   "square brackets inside a quote",
			body:   "“They [the council] never listened to us,” Lopez said.",
			people: []person{lopez},
			want:   []want{{"They [the council] never listened to us", true, "Maria Lopez", "Lopez", "said"}},
		},
		{
			name:   "partial quote after a label verb",
			body:   "Reyes called the plan “a disaster” on Monday.",
			people: []person{reyes},
			want:   []want{{"the plan “a disaster”", true, "Tom Reyes", "Reyes", "called"}},
		},
		{
			name:   "partial quote in a reported clause that runs on",
			body:   "Reyes said the plan was “rushed” and would fail within a year.",
			people: []person{reyes},
			want:   []want{{"the plan was “rushed” and would fail within a year", false, "Tom Reyes", "Reyes", "said"}},
		},
		{
			name:   "partial quote that is most of the clause",
			body:   "Reyes said the plan was “a disaster from start to finish.”",
			people: []person{reyes},
			want:   []want{{"the plan was “a disaster from start to finish.”", true, "Tom Reyes", "Reyes", "said"}},
		},
		{
			name: "titles, nicknames and scare quotes are not quotations",
			body: "The series ‘Night Harbor’ returns in June. The smuggler Rafael “El Lobo” Mendez ran the port. " +
				"The so-called “experts” were wrong about the tide.",
		},
		{
			name:   "role noun resolves to the last person",
			body:   "Lopez grew up in Porto. “I learned to swim before I could walk,” the 52-year-old said.",
			people: []person{lopez},
			want:   []want{{"I learned to swim before I could walk", true, "Maria Lopez", "the 52-year-old", "said"}},
		},
		{
			name:   "indefinite role noun stays unresolved",
			body:   "Lopez left early. “There will be no further comment tonight,” a spokeswoman said.",
			people: []person{lopez},
			want:   []want{{"There will be no further comment tonight", true, "", "a spokeswoman", "said"}},
		},
		{
			name:   "pronoun resolves by gender",
			body:   "Lopez met Tom Reyes on Monday. “We agreed on almost everything,” she said.",
			people: []person{lopez, reyes},
			want:   []want{{"We agreed on almost everything", true, "Maria Lopez", "she", "said"}},
		},
		{
			name:   "pronoun carries the previous speaker",
			body:   "“The port must stay open,” Reyes said.\n\nLopez disagreed with him.\n\n“We cannot afford another winter like the last one,” he added.",
			people: []person{reyes, lopez},
			want: []want{
				{"The port must stay open", true, "Tom Reyes", "Reyes", "said"},
				{"We cannot afford another winter like the last one", true, "Tom Reyes", "he", "added"},
			},
		},
		{
			name:   "pronoun linked by coreference wins",
			body:   "Reyes spoke after Lopez. “It was a long night for everyone,” she explained.",
			people: []person{reyes, lopez},
			link:   map[string]int{"she": 0},
			want:   []want{{"It was a long night for everyone", true, "Tom Reyes", "she", "explained"}},
		},
		{
			name:   "unattributed paragraph continues the speaker",
			body:   "“The ferry is our lifeline,” Reyes said.\n\n“Without it the island would empty out within a decade.”",
			people: []person{reyes},
			want: []want{
				{"The ferry is our lifeline", true, "Tom Reyes", "Reyes", "said"},
				{"Without it the island would empty out within a decade.", true, "Tom Reyes", "-", "said"},
			},
		},
		{
			name:   "organization speaker",
			body:   "Harbor Transit cancelled the night ferries. “We regret the delay and thank riders for their patience,” the company said in a statement.",
			people: []person{transit},
			want:   []want{{"We regret the delay and thank riders for their patience", true, "Harbor Transit", "the company", "said"}},
		},
		{
			name:   "doubled single marks as double quotes",
			body:   "''We are proud of the whole team,'' Mr. Reyes said.",
			people: []person{reyes},
			want:   []want{{"We are proud of the whole team", true, "Tom Reyes", "Reyes", "said"}},
		},
		{
			name:   "indirect: said that",
			body:   "Lopez said that the bridge would reopen next spring.",
			people: []person{lopez},
			want:   []want{{"the bridge would reopen next spring", false, "Maria Lopez", "Lopez", "said"}},
		},
		{
			name:   "indirect: told an outlet that",
			body:   "Reyes told the Harbor Gazette that he would not run again.",
			people: []person{reyes},
			want:   []want{{"he would not run again", false, "Tom Reyes", "Reyes", "told"}},
		},
		{
			name:   "indirect: belief without that",
			body:   "Reyes believes the schools need more money.",
			people: []person{reyes},
			want:   []want{{"the schools need more money", false, "Tom Reyes", "Reyes", "believes"}},
		},
		{
			name:   "indirect: attribution after the clause",
			body:   "The repairs will cost two million dollars, Lopez said.",
			people: []person{lopez},
			want:   []want{{"The repairs will cost two million dollars", false, "Maria Lopez", "Lopez", "said"}},
		},
		{
			name:   "indirect: according to",
			body:   "According to Lopez, the repairs will take the whole summer.",
			people: []person{lopez},
			want:   []want{{"the repairs will take the whole summer", false, "Maria Lopez", "Lopez", "According to"}},
		},
		{
			name:   "indirect: a clause opening with 'if'",
			body:   "Reyes said if the ferry stops, the island will empty out.",
			people: []person{reyes},
			want:   []want{{"if the ferry stops, the island will empty out", false, "Tom Reyes", "Reyes", "said"}},
		},
		{
			name:   "indirect: a possessive before a plural noun",
			body:   "Lopez's aides said she would not attend the hearing.",
			people: []person{lopez},
			want:   []want{{"she would not attend the hearing", false, "Maria Lopez", "Lopez", "said"}},
		},
		{
			name:   "indirect: an abbreviation with a full stop in the apposition",
			body:   "Rep. Tom Reyes, D-Ore., said the harbor needs dredging before winter.",
			people: []person{reyes},
			want:   []want{{"the harbor needs dredging before winter", false, "Tom Reyes", "Tom Reyes", "said"}},
		},
		{
			name:   "indirect: attribution set off by commas",
			body:   "The new terminal, Lopez said on Monday, will open in the spring.",
			people: []person{lopez},
			want: []want{
				{"The new terminal", false, "Maria Lopez", "Lopez", "said"},
				{"will open in the spring", false, "Maria Lopez", "Lopez", "said"},
			},
		},
		{
			name:   "indirect: inverted attribution with an apposition set off by commas",
			body:   "Before the storm season, said Tom Reyes, head of the port authority, every pier must be checked.",
			people: []person{reyes},
			want: []want{
				{"Before the storm season", false, "Tom Reyes", "Tom Reyes", "said"},
				{"every pier must be checked", false, "Tom Reyes", "Tom Reyes", "said"},
			},
		},
		{
			name: "indirect: according to a long source",
			body: "According to a survey of ferry riders in the harbor district, most want later sailings.",
			want: []want{{"most want later sailings", false, "", "a survey", "According to"}},
		},
		{
			name:   "indirect: a second verb after 'and' takes the subject",
			body:   "Reyes toured the docks on Friday and says the cranes must be replaced.",
			people: []person{reyes},
			want:   []want{{"the cranes must be replaced", false, "Tom Reyes", "Reyes", "says"}},
		},
		{
			name: "indirect: a finding that a study shows",
			body: "A new survey shows most riders want later sailings on weekends.",
			want: []want{{"most riders want later sailings on weekends", false, "", "A new survey", "shows"}},
		},
		{
			name:   "a finding verb does not introduce a quotation",
			body:   "Lopez called the results of the study, which shows the harbor silting up, “a warning we cannot ignore any longer.”",
			people: []person{lopez},
			want:   []want{{"the results of the study, which shows the harbor silting up, “a warning we cannot ignore any longer.”", false, "Maria Lopez", "Lopez", "called"}},
		},
		{
			name:   "indirect: the noun 'state' is not a cue",
			body:   "Reyes said the state must pay for the new seawall.",
			people: []person{reyes},
			want:   []want{{"the state must pay for the new seawall", false, "Tom Reyes", "Reyes", "said"}},
		},
		{
			name:   "indirect: a 'that' inside the reported clause",
			body:   "Reyes says he drafted a bill to fix exactly that.",
			people: []person{reyes},
			want:   []want{{"he drafted a bill to fix exactly that", false, "Tom Reyes", "Reyes", "says"}},
		},
		{
			name:   "indirect: a clause opening with a bare noun",
			body:   "Lopez says ferry traffic will double by next summer.",
			people: []person{lopez},
			want:   []want{{"ferry traffic will double by next summer", false, "Maria Lopez", "Lopez", "says"}},
		},
		{
			name:   "indirect: a headline with a name and a colon",
			body:   "Lopez: Harbor Plan Must Wait Another Year\n\nThe council met on Monday.",
			people: []person{lopez},
			want:   []want{{"Harbor Plan Must Wait Another Year", false, "Maria Lopez", "Lopez", ":"}},
		},
		{
			name: "a title and its subtitle are not a headline attribution",
			body: "Night Harbor: The Return opens on Friday in every cinema of the town.\n\nThe council met on Monday.",
		},
		{
			name:   "indirect: an indirect question after an addressee",
			body:   "Lopez asked Reyes whether the ferry would run on Sunday.",
			people: []person{lopez, reyes},
			want:   []want{{"whether the ferry would run on Sunday", false, "Maria Lopez", "Lopez", "asked"}},
		},
		{
			name:   "participle takes the subject of the sentence",
			body:   "Reyes left the hall early, saying, “I have heard enough for one evening.”",
			people: []person{reyes},
			want:   []want{{"I have heard enough for one evening.", true, "Tom Reyes", "Reyes", "saying"}},
		},
		{
			name:   "participle after an introductory phrase takes the subject",
			body:   "After the vote on Tuesday, Lopez left the chamber, saying, “We did what we promised to do.”",
			people: []person{lopez},
			want:   []want{{"We did what we promised to do.", true, "Maria Lopez", "Lopez", "saying"}},
		},
		{
			name:   "a question word before the subject is not a speaker",
			body:   "When asked about the strike, Reyes smiled and said, “I expect the drivers back by Friday.”",
			people: []person{reyes},
			want:   []want{{"I expect the drivers back by Friday.", true, "Tom Reyes", "Reyes", "said"}},
		},
		{
			name:   "a place between commas before the subject",
			body:   "Speaking at a school in Porto, Portugal, Reyes thanked the teachers, saying, “You kept this town going.”",
			people: []person{reyes, {"Porto", doc.GPE, doc.Unknown, []string{"Porto"}}, {"Portugal", doc.GPE, doc.Unknown, []string{"Portugal"}}},
			want:   []want{{"You kept this town going.", true, "Tom Reyes", "Reyes", "saying"}},
		},
		{
			name:   "a verb after a prepositional phrase and 'and' keeps the subject",
			body:   "Lopez met voters at a packed hall in the harbor district and told them, “The worst is behind us now.”",
			people: []person{lopez},
			want:   []want{{"The worst is behind us now.", true, "Maria Lopez", "Lopez", "told"}},
		},
		{
			name:   "a quote with no cue inside a sentence takes its subject",
			body:   "Lopez is branding the new levy “a burden on every family in this town.”",
			people: []person{lopez},
			want:   []want{{"a burden on every family in this town.", true, "Maria Lopez", "Lopez", ""}},
		},
		{
			name:   "signed quotes of a digest",
			body:   "“The buses never come on time and nobody answers the phone.” ― Tom Reyes\n“We need more trains, not more promises.” ― Maria Lopez, 41, Porto",
			people: []person{reyes, lopez},
			want: []want{
				{"The buses never come on time and nobody answers the phone.", true, "Tom Reyes", "Tom Reyes", ""},
				{"We need more trains, not more promises.", true, "Maria Lopez", "Maria Lopez", ""},
			},
		},
		{
			name:   "a name after the quote ends a text cut short",
			body:   "The council met late.\n\n“I will not sign this budget in its present form,” Reyes",
			people: []person{reyes},
			want:   []want{{"I will not sign this budget in its present form", true, "Tom Reyes", "Reyes", ""}},
		},
		{
			name:   "a name and a verb the lexicon lacks after the quote",
			body:   "“We will rebuild every pier before the summer,” Lopez intoned.",
			people: []person{lopez},
			want:   []want{{"We will rebuild every pier before the summer", true, "Maria Lopez", "Lopez", ""}},
		},
		{
			name:   "a nominal after the quote ends the paragraph",
			body:   "Reyes toured the pier.\n\n“From the first day, the harbor was my priority,” the 61-year-old engineer",
			people: []person{reyes},
			want:   []want{{"From the first day, the harbor was my priority", true, "Tom Reyes", "the 61-year-old engineer", ""}},
		},
		{
			name:   "names with a colon open the paragraph and follow a quote",
			body:   "Reyes: “We must dredge the channel now.” Lopez: “The budget cannot carry it this year.”",
			people: []person{reyes, lopez},
			want: []want{
				{"We must dredge the channel now.", true, "Tom Reyes", "Reyes", ":"},
				{"The budget cannot carry it this year.", true, "Maria Lopez", "Lopez", ":"},
			},
		},
		{
			name:   "speaker labels of a transcript",
			body:   "Tom Reyes and Maria Lopez spoke on the radio.\n\n\"REYES: We have to finish the bridge this year.\n\n\"LOPEZ: The money for it is simply not there.",
			people: []person{reyes, lopez},
			want: []want{
				{"REYES: We have to finish the bridge this year.", true, "Tom Reyes", "REYES", ":"},
				{"LOPEZ: The money for it is simply not there.", true, "Maria Lopez", "LOPEZ", ":"},
			},
		},
		{
			name:   "a full stop inside a parenthesis after the name",
			body:   "“The port will stay open all winter,” Rep. Tom Reyes (D-Ore.) said.",
			people: []person{reyes},
			want:   []want{{"The port will stay open all winter", true, "Tom Reyes", "Tom Reyes", "said"}},
		},
		{
			name:   "an apposition with commas of its own",
			body:   "“Fares will rise in the spring,” Maria Lopez, director of roads, bridges and ferries, said on Monday.",
			people: []person{lopez},
			want:   []want{{"Fares will rise in the spring", true, "Maria Lopez", "Maria Lopez", "said"}},
		},
		{
			name:   "the subject of the sentence, not the document before a participle",
			body:   "Harbor Transit sent out a statement on Friday saying, “Night ferries will resume next week.”",
			people: []person{transit},
			want:   []want{{"Night ferries will resume next week.", true, "Harbor Transit", "Harbor Transit", "saying"}},
		},
		{
			name:   "the speaker of the outer report, not the pronoun of the inner one",
			body:   "Lopez met Tom Reyes on Friday. Reyes said he believes “the tunnel can be finished by the autumn.”",
			people: []person{lopez, reyes},
			want:   []want{{"the tunnel can be finished by the autumn.", true, "Tom Reyes", "Reyes", "believes"}},
		},
		{
			name:   "a cue word after 'of' is a noun",
			body:   "“We will help the flooded towns,” Tom Reyes, the secretary of state for transport, said.",
			people: []person{reyes},
			want:   []want{{"We will help the flooded towns", true, "Tom Reyes", "Tom Reyes", "said"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotate(t, tt.body, tt.people, tt.link)
			Extract(d)
			if len(d.Quotes) != len(tt.want) {
				for _, q := range d.Quotes {
					t.Logf("got %q direct=%v cue=%q speaker=%q", q.Text, q.Direct, q.Cue, d.EntityName(q.Speaker))
				}
				t.Fatalf("got %d quotes, want %d", len(d.Quotes), len(tt.want))
			}
			for i, w := range tt.want {
				q := d.Quotes[i]
				if q.Text != w.text || d.Text(q.Span) != q.Text {
					t.Errorf("quote %d: text %q, want %q", i, q.Text, w.text)
				}
				if q.Direct != w.direct {
					t.Errorf("quote %d: direct %v, want %v", i, q.Direct, w.direct)
				}
				if got := d.EntityName(q.Speaker); got != w.speaker {
					t.Errorf("quote %d: speaker %q, want %q", i, got, w.speaker)
				}
				span := "-"
				if q.SpeakerSpan != (doc.Span{}) {
					span = d.Text(q.SpeakerSpan)
				}
				if span != w.span {
					t.Errorf("quote %d: speaker span %q, want %q", i, span, w.span)
				}
				if q.Cue != w.cue {
					t.Errorf("quote %d: cue %q, want %q", i, q.Cue, w.cue)
				}
				if q.Score <= 0 || q.Score > 1 {
					t.Errorf("quote %d: score %v out of (0, 1]", i, q.Score)
				}
			}
		})
	}
}
