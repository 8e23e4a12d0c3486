package pipeline_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/pipeline"
)

// expectation is everything the pipeline must find in one example article,
// and nothing more: claims as "subject|predicate|object" (" (story)" when
// in-universe), quotes as "speaker: first words" ("" for no speaker).
type expectation struct {
	file   string
	claims []string
	quotes []string
}

var examples = []expectation{
	{
		file: "copper-valley.txt",
		claims: []string{
			"Rafael Ortiz|plays|Tomás Vega",
			"Rafael Ortiz|cast_in|Copper Valley",
			"Tomás Vega|appears_in|Copper Valley",
			"Ruth Kimani|plays|Ada Mwangi",
			"Ruth Kimani|cast_in|Copper Valley",
			"Ada Mwangi|appears_in|Copper Valley",
			"Owen Pryce|plays|Silas Crane",
			"Owen Pryce|cast_in|Copper Valley",
			"Silas Crane|appears_in|Copper Valley",
			"Silas Crane|based_on|Josiah Crane",
			"Ruth Kimani|spoke_to|Deadline",
			"Josiah Crane|founded|Red Ridge Mining Company",
			"Red Ridge Mining Company|inception|1881",
			"Copper Valley season 2|season_of|Copper Valley",
			"Copper Valley season 2|released_on|Peacock",
			"Copper Valley season 2|premiere|XXXX-10-06",
		},
		quotes: []string{
			": the town has changed",
			"Rafael Ortiz: his character, Tomás Vega, as \"a man who keeps",
			"Rafael Ortiz: When we started, I thought Tomás",
			"Rafael Ortiz: Now I am not so sure,",
			"Ruth Kimani: Ada listens more than she talks",
			"Ruth Kimani: That makes her the most powerful",
			"Ruth Kimani: the writers gave Ada a family",
			"Ruth Kimani: We finally get to see where",
			"Owen Pryce: the family history was \"darker than anything",
		},
	},
	{
		file: "harbor-sweep.txt",
		claims: []string{
			"Sofia Marchetti|leads|Adriatic Port Authority",
			"Sofia Marchetti|founded|Marea Group",
			"Marea Group|inception|2001",
			"Luca Bianchi|leads|Operation Tidewater",
			"Luca Bianchi|works_for|Italian Customs Agency",
			"Luca Bianchi|arrested|2009",
			"Elena Rossi|works_for|University of Padua",
			"Tomas Berg|works_for|Nordic Shipping Council",
		},
		quotes: []string{
			"Sofia Marchetti: We are not going to apologise",
			"Sofia Marchetti: The ports were being used as",
			"Elena Rossi: shipping costs in the region rose",
			"Tomas Berg: Every week of delay is paid",
			"Sofia Marchetti: the sweep would run until the",
			"Sofia Marchetti: Nobody should expect us to slow",
		},
	},
	{
		file: "night-shift-berlin.html",
		claims: []string{
			"Night Shift Berlin season 3|season_of|Night Shift Berlin",
			"Night Shift Berlin season 3|released_on|Netflix",
			"Night Shift Berlin season 3|premiere|2024-09-12",
			"Katharina Brandl|plays|Lena Vogt",
			"Katharina Brandl|cast_in|Night Shift Berlin",
			"Lena Vogt|appears_in|Night Shift Berlin",
			"Kerem Şahin|plays|Emre Aydın",
			"Kerem Şahin|cast_in|Night Shift Berlin",
			"Emre Aydın|appears_in|Night Shift Berlin",
			"Lena Vogt|based_on|Hanne Vogt",
			"Hanne Vogt|works_for|Berlin Police",
			"Katharina Brandl|spoke_to|Stern",
			"Night Shift Berlin|created_by|Ines Wolf",
			"Night Shift Berlin season 3|directed_by|Jonas Richter",
		},
		quotes: []string{
			"Netflix: Season three of Night Shift Berlin",
			"Katharina Brandl: Hanne told me she never once",
			"Katharina Brandl: I built the whole character around",
			"Kerem Şahin: the third season is the funniest",
			"Kerem Şahin: Emre finally gets to lose an",
		},
	},
	{
		file: "salt-road-s2.txt",
		claims: []string{
			"The Salt Road season 1|season_of|The Salt Road",
			"The Salt Road season 1|released_on|Hulu",
			"The Salt Road season 2|season_of|The Salt Road",
			"The Salt Road season 2|released_on|Hulu",
			"The Salt Road season 2|premiere|2023-03-10",
			"Marta Olsen|spoke_to|Screen Ledger",
			"Marta Olsen|plays|Ilse Brandt",
			"Marta Olsen|cast_in|The Salt Road",
			"Ilse Brandt|appears_in|The Salt Road",
			"Ilse Brandt|based_on|Ilse Brandt",
			"Ilse Brandt|ordered_killing|Per Halvorsen (story)",
			"Ilse Brandt|arrested|1927",
			"Ilse Brandt|founded|Skagerrak Syndicate",
			"Jonas Eklund|plays|Per Halvorsen",
			"Jonas Eklund|cast_in|The Salt Road",
			"Per Halvorsen|appears_in|The Salt Road",
			"Karl Moe|leads|Operation Lantern (story)",
			"Karl Moe|works_for|Customs Agency (story)",
			"Anders Vik|plays|Karl Moe",
			"Anders Vik|cast_in|The Salt Road",
			"Karl Moe|appears_in|The Salt Road",
			"Freja Dahl|plays|Nora Lind",
			"Freja Dahl|cast_in|The Salt Road",
			"Nora Lind|appears_in|The Salt Road",
			"Nora Lind|works_for|Ilse Brandt (story)",
		},
		quotes: []string{
			"Marta Olsen: her character has never been more",
			"Marta Olsen: Ilse walks into every room like",
			"Marta Olsen: She trusted nobody, and in the",
			"Marta Olsen: Every choice she makes this season",
			"Marta Olsen: I read her court records for",
			"Freja Dahl: Nora is the only one who",
			"Freja Dahl: She is quiet, but she is",
			"Marta Olsen: she never contacted Brandt's family before",
			"Marta Olsen: I wanted to build her from",
		},
	},
}

// swaps replace every person, work, organisation and platform name of an
// example with another (some accented, some a single word), longest first.
// The claims and speakers must come out the same, with the new names.
var swaps = map[string][][2]string{
	"copper-valley.txt": {
		{"Copper Valley", "Dust Creek"}, {"Rafael Ortiz", "Andrés Quiñones"}, {"Ortiz", "Quiñones"},
		{"Tomás Vega", "Benedikt Krause"}, {"Tomás", "Benedikt"}, {"Ruth Kimani", "Wanjiru"}, {"Kimani", "Wanjiru"},
		{"Ada Mwangi", "Mercy Otieno"}, {"Ada", "Mercy"}, {"Owen Pryce", "Gethin Rhys"}, {"Pryce", "Rhys"},
		{"Silas Crane", "Amos Fell"}, {"Josiah Crane", "Ezra Fell"}, {"Red Ridge Mining Company", "Blue Mesa Mining Company"},
		{"Deadline", "Showbeat"}, {"Peacock", "Viewport"},
	},
	"harbor-sweep.txt": {
		{"Sofia Marchetti", "Chiara Bellandi"}, {"Marchetti", "Bellandi"}, {"Adriatic Port Authority", "Tyrrhenian Port Authority"},
		{"Operation Tidewater", "Operation Saltmarsh"}, {"Luca Bianchi", "Niccolò Ferri"}, {"Bianchi", "Ferri"},
		{"Italian Customs Agency", "Ligurian Customs Agency"}, {"Elena Rossi", "Oona"}, {"University of Padua", "University of Verona"},
		{"Tomas Berg", "Ørjan Lie"}, {"Nordic Shipping Council", "Baltic Freight Council"}, {"Marea Group", "Onda Group"},
	},
	"night-shift-berlin.html": {
		{"Night Shift Berlin", "Nachtwache"}, {"Netflix", "Flimmer"}, {"Lena Vogt", "Jana Köhler"},
		{"Katharina Brandl", "Özlem Yıldız"}, {"Brandl", "Yıldız"}, {"Emre Aydın", "Timo Berger"}, {"Emre", "Timo"},
		{"Kerem Şahin", "Ludger Brand"}, {"Şahin", "Brand"}, {"Hanne Vogt", "Marlene Köhler"}, {"Hanne", "Marlene"},
		{"Berlin Police", "Hamburg Police"}, {"Stern", "Blickpunkt"}, {"Ines Wolf", "Dorota"}, {"Jonas Richter", "Piet Aalders"},
	},
	"salt-road-s2.txt": {
		{"Marta Olsen", "Ingrid Sæther"}, {"Olsen", "Sæther"}, {"Ilse Brandt", "Agnes Thorsen"}, {"Ilse", "Agnes"},
		{"Brandt", "Thorsen"}, {"Per Halvorsen", "Lars Ødegård"}, {"Jonas Eklund", "Mikkel"}, {"Karl Moe", "Olav Strand"},
		{"Anders Vik", "Tobias Holm"}, {"Nora Lind", "Signe Berg"}, {"Nora", "Signe"}, {"Freja Dahl", "Aurora"},
		{"Dahl", "Aurora"}, {"The Salt Road", "Cold Harbour"}, {"Hulu", "Streamly"}, {"Screen Ledger", "Film Courier"},
		{"Skagerrak Syndicate", "Nordvik Syndicate"}, {"Customs Agency", "Coastal Guard Agency"},
		{"Operation Lantern", "Operation Driftwood"},
	},
}

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
	pipeErr  error
)

func newModelPipeline() (*pipeline.Pipeline, error) {
	m, err := ner.Load()
	if err != nil {
		return nil, err
	}
	return pipeline.New(pipeline.Options{Model: m})
}

func testPipeline(t *testing.T) *pipeline.Pipeline {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = newModelPipeline() })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
}

// render spells out d's claims and quotes as the expectations do.
func render(d *doc.Doc) (claims, quotes []string) {
	for _, c := range d.Claims {
		obj := c.Value
		if c.Object >= 0 {
			obj = d.EntityName(c.Object)
		}
		s := d.EntityName(c.Subject) + "|" + string(c.Predicate) + "|" + obj
		if c.InUniverse {
			s += " (story)"
		}
		claims = append(claims, s)
	}
	for _, q := range d.Quotes {
		quotes = append(quotes, d.EntityName(q.Speaker)+": "+strings.Join(strings.Fields(q.Text), " "))
	}
	return claims, quotes
}

// sameSet reports the differences between want and got as a message, or
// "". With prefix, a wanted string matches a got string that starts with it
// (quotes are expected by their first words).
func sameSet(want, got []string, prefix bool) string {
	w, g := slices.Clone(want), slices.Clone(got)
	sort.Strings(w)
	sort.Strings(g)
	var missing, extra []string
	for _, x := range w {
		i := slices.IndexFunc(g, func(y string) bool { return y == x || (prefix && strings.HasPrefix(y, x)) })
		if i >= 0 {
			g = slices.Delete(g, i, i+1)
		} else {
			missing = append(missing, x)
		}
	}
	extra = g
	if len(missing) == 0 && len(extra) == 0 {
		return ""
	}
	return fmt.Sprintf("missing %q\n  extra %q", missing, extra)
}

func readExample(t *testing.T, name string) doc.Document {
	t.Helper()
	d, err := article.ReadFile(filepath.Join("..", "examples", "articles", name), article.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestExamples runs the whole pipeline over each example article and checks
// every claim and every quotation's speaker, exactly.
func TestExamples(t *testing.T) {
	p := testPipeline(t)
	for _, ex := range examples {
		t.Run(ex.file, func(t *testing.T) {
			d := p.Annotate(readExample(t, ex.file))
			claims, quotes := render(d)
			if msg := sameSet(ex.claims, claims, false); msg != "" {
				t.Errorf("claims: %s", msg)
			}
			if msg := sameSet(ex.quotes, quotes, true); msg != "" {
				t.Errorf("quotes: %s", msg)
			}
		})
	}
}

// TestSwappedNames checks that the patterns are general constructions: the
// examples with every name replaced give the same claims and speakers, with
// the new names.
func TestSwappedNames(t *testing.T) {
	p := testPipeline(t)
	for _, ex := range examples {
		sw := swaps[ex.file]
		t.Run(ex.file, func(t *testing.T) {
			src := readExample(t, ex.file)
			b, err := os.ReadFile(filepath.Join("..", "examples", "articles", ex.file))
			if err != nil {
				t.Fatal(err)
			}
			text := swap(string(b), sw)
			if text == string(b) {
				t.Fatal("the swap changed nothing")
			}
			var in doc.Document
			if strings.HasSuffix(ex.file, ".html") {
				in, err = article.ReadHTML(strings.NewReader(text), ex.file, "", article.Options{})
			} else {
				in, err = article.ReadText(strings.NewReader(text), ex.file, article.Options{})
			}
			if err != nil {
				t.Fatal(err)
			}
			if in.ID == src.ID {
				t.Fatal("swapped article has the original's ID")
			}
			claims, quotes := render(p.Annotate(in))
			if msg := sameSet(swapAll(ex.claims, sw), claims, false); msg != "" {
				t.Errorf("claims: %s", msg)
			}
			if msg := sameSet(swapAll(ex.quotes, sw), quotes, true); msg != "" {
				t.Errorf("quotes: %s", msg)
			}
		})
	}
}

// swap replaces whole-word occurrences of each name, longest first, in one
// pass so that a replacement is never replaced again.
func swap(s string, pairs [][2]string) string {
	ps := slices.Clone(pairs)
	sort.SliceStable(ps, func(a, b int) bool { return len(ps[a][0]) > len(ps[b][0]) })
	alts := make([]string, len(ps))
	to := map[string]string{}
	for i, p := range ps {
		alts[i] = regexp.QuoteMeta(p[0])
		to[p[0]] = p[1]
	}
	re := regexp.MustCompile(`(?:` + strings.Join(alts, "|") + `)`)
	var b strings.Builder
	last := 0
	for _, m := range re.FindAllStringIndex(s, -1) {
		if m[0] < last || !edge(s, m[0]-1) || !edge(s, m[1]) {
			continue
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(to[s[m[0]:m[1]]])
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// edge reports whether the byte at i is outside s or not part of a word
// (letters of any script count as word characters).
func edge(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && i > 0 {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func swapAll(xs []string, pairs [][2]string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = swap(x, pairs)
	}
	return out
}
