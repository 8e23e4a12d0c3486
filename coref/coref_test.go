package coref_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/coref"
	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/mention"
	"github.com/newsgraph/newsgraph/segment"
)

func link(t *testing.T, body string) *doc.Doc {
	t.Helper()
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(doc.Document{Body: body})
	segment.Segment(d)
	mention.NewRules(g).Tag(d)
	mention.Resolve(d)
	coref.New(g).Link(d)
	return d
}

// refersTo returns the entity name the n-th mention with text s refers
// to (n from 0).
func refersTo(d *doc.Doc, s string, n int) string {
	for _, m := range d.Mentions {
		if m.Text == s {
			if n == 0 {
				return d.EntityName(m.Entity)
			}
			n--
		}
	}
	return "(no mention " + s + ")"
}

func TestLink(t *testing.T) {
	tests := []struct {
		name, body string
		mention    string
		nth        int
		want       string
	}{
		{"surname to full name", "Diego Luna arrived. Luna waved.", "Luna", 0, "Diego Luna"},
		{"surname before the full name", "Luna waved at the crowd. Later Diego Luna spoke.", "Luna", 0, "Diego Luna"},
		{"accent-insensitive given name", "Miguel Ángel Félix Gallardo ruled. Felix was feared.", "Felix", 0, "Miguel Ángel Félix Gallardo"},
		{"nickname alone", `Joaquín "El Chapo" Guzmán escaped. Later El Chapo was caught.`, "El Chapo", 0, "Joaquín Guzmán"},
		{"he to the last man", "Teresa Ruiz met Diego Luna. He smiled.", "He", 0, "Diego Luna"},
		{"she to the last woman", "Diego Luna met Teresa Ruiz. She smiled.", "She", 0, "Teresa Ruiz"},
		{"subject preferred", "Anna Berg called Maria Holm on Monday. She wanted answers.", "She", 0, "Anna Berg"},
		{"name in parentheses passed over", "Isabella Bautista (Teresa Ruiz) is angry. She wants power.", "She", 0, "Isabella Bautista"},
		{"the actor to the star", "The star Diego Luna spoke. Peter Hale watched. The actor was tired.", "The actor", 0, "Diego Luna"},
		{"the streamer to the platform", "Netflix set a date for the show, the streamer said.", "the streamer", 0, "Netflix"},
		{"surname past a generational suffix", "Paul Varga Jr. runs the firm. His mother Edith Varga retired. Varga said little.", "Varga", 0, "Paul Varga Jr."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := link(t, tt.body)
			if got := refersTo(d, tt.mention, tt.nth); got != tt.want {
				var ms []string
				for _, m := range d.Mentions {
					ms = append(ms, m.Text+"→"+d.EntityName(m.Entity))
				}
				t.Errorf("%q refers to %q, want %q (mentions %q)", tt.mention, got, tt.want, ms)
			}
		})
	}
}

func TestEntities(t *testing.T) {
	d := link(t, `Joaquín "El Chapo" Guzmán and Maria Holm met. Guzmán left.`)
	var names []string
	for _, e := range d.Entities {
		names = append(names, e.Name+"/"+string(e.Gender)+"/"+strings.Join(e.Aliases, ","))
	}
	want := `Joaquín Guzmán/male/El Chapo | Maria Holm/female/`
	if strings.Join(names, " | ") != want {
		t.Errorf("entities %q, want %q", strings.Join(names, " | "), want)
	}
}

func TestInQuote(t *testing.T) {
	d := doc.New(doc.Document{Body: "He said, \"she left early,\" and went.\n\n\"Still open"})
	segment.Segment(d)
	in := coref.InQuote(d)
	var got []string
	for i, q := range in {
		if q {
			got = append(got, d.TokenText(i))
		}
	}
	if strings.Join(got, " ") != "she left early , Still open" {
		t.Errorf("in quote: %q", got)
	}
}
