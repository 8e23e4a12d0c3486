package claim_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/pipeline"
)

// claimCase is one fixture of testdata/encyclopedic.txt.
type claimCase struct {
	name string
	text string
	want []string
	not  []string
}

// readCases parses the fixture file: "## name", text lines, "want:" and
// "not:" lines.
func readCases(t *testing.T, path string) []claimCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	var cases []claimCase
	var text []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "## "):
			cases = append(cases, claimCase{name: strings.TrimPrefix(line, "## ")})
			text = text[:0]
		case strings.HasPrefix(line, "#"), len(cases) == 0:
		case strings.HasPrefix(line, "want: "):
			cases[len(cases)-1].want = append(cases[len(cases)-1].want, strings.TrimPrefix(line, "want: "))
		case strings.HasPrefix(line, "not: "):
			cases[len(cases)-1].not = append(cases[len(cases)-1].not, strings.TrimPrefix(line, "not: "))
		case strings.TrimSpace(line) != "":
			text = append(text, line)
			cases[len(cases)-1].text = strings.Join(text, "\n")
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return cases
}

// claimSet renders a document's claims as subject|predicate|object.
func claimSet(d *doc.Doc) map[string]bool {
	out := map[string]bool{}
	for _, c := range d.Claims {
		obj := c.Value
		if c.Object >= 0 {
			obj = d.EntityName(c.Object)
		}
		out[d.EntityName(c.Subject)+"|"+string(c.Predicate)+"|"+obj] = true
	}
	return out
}

// TestEncyclopedicPatterns runs the fixture cases through the shipped
// pipeline: the trained tagger, then the rules.
func TestEncyclopedicPatterns(t *testing.T) {
	m, err := ner.Load()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{Model: m})
	if err != nil {
		t.Fatal(err)
	}
	runCases(t, p, "testdata/encyclopedic.txt")
}

// TestRulesOnlyPatterns runs the cases whose names only the trained tagger
// could type through the rules alone.
func TestRulesOnlyPatterns(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	runCases(t, p, "testdata/rules.txt")
}

func runCases(t *testing.T, p *pipeline.Pipeline, path string) {
	t.Helper()
	cases := readCases(t, path)
	if len(cases) == 0 {
		t.Fatalf("no cases in %s", path)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := p.Annotate(doc.Document{Body: c.text})
			got := claimSet(d)
			for _, w := range c.want {
				if !got[w] {
					t.Errorf("missing %q", w)
				}
			}
			for _, n := range c.not {
				if got[n] {
					t.Errorf("unexpected %q", n)
				}
			}
			if t.Failed() {
				for k := range got {
					t.Logf("got %s", k)
				}
			}
		})
	}
}

// TestNoPanicOnFragments runs the extractor over odd inputs: openings cut
// short, lone punctuation, a definition with nothing after the copula.
func TestNoPanicOnFragments(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"", "(", "\"", "It", "X is", "Blue Orchard is a", "Blue Orchard (", "\" \" is a song by",
		"Winter Harbor is a 2011 film directed by", "Founded in", "The cast included", "He starred in",
		"The group consists of", "married to", "( 1998 )", "1998 film",
	} {
		p.Annotate(doc.Document{Body: text})
	}
}

// FuzzExtract runs the whole pipeline, rules only, over arbitrary text:
// no input may make the claim patterns panic or emit a claim whose
// entities or evidence fall outside the document.
func FuzzExtract(f *testing.F) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"Winter Harbor is a 2011 Canadian drama film directed by Thomas Keller and starring Maria Olsen.",
		"\"Cold Water\" is a 1998 single credited to Nora Quinn.",
		"Founded in 1854, it is the oldest paper.",
		"Maria Olsen and Peter Brandt play Anna Keller and Tom Reed.",
		"Thomas Ward (1801 – 1870) was a Whig member of the state senate.",
		"( 1998 ) , ( the film",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d := p.Annotate(doc.Document{Body: text})
		for _, c := range d.Claims {
			if c.Subject < 0 || c.Subject >= len(d.Entities) || c.Object >= len(d.Entities) {
				t.Fatalf("claim %+v points outside the %d entities", c, len(d.Entities))
			}
			if c.Evidence.Start < 0 || c.Evidence.End > len(d.Body) || c.Evidence.Start > c.Evidence.End {
				t.Fatalf("claim %+v has evidence outside the body", c)
			}
		}
	})
}

// TestFormerRoles checks that a role said to be over ends in the past
// (qualifier end PAST_REF) and a current one does not.
func TestFormerRoles(t *testing.T) {
	m, err := ner.Load()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Options{Model: m})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, claim, end string
	}{
		{"Ex-Labour MP Tom Hale spoke on Monday.", "Tom Hale|member_of_party|Labour", "PAST_REF"},
		{"Labour MP Tom Hale spoke on Monday.", "Tom Hale|member_of_party|Labour", ""},
		{"Ruth Vance, a former curator at the Halden Museum of Art, wrote the guide.", "Ruth Vance|works_for|Halden Museum of Art", "PAST_REF"},
	}
	for _, tt := range tests {
		d := p.Annotate(doc.Document{Body: tt.text})
		found := false
		for _, c := range d.Claims {
			if c.Object < 0 || d.EntityName(c.Subject)+"|"+string(c.Predicate)+"|"+d.EntityName(c.Object) != tt.claim {
				continue
			}
			found = true
			if c.Qualifiers.End != tt.end {
				t.Errorf("%q: %s ends %q, want %q", tt.text, tt.claim, c.Qualifiers.End, tt.end)
			}
		}
		if !found {
			t.Errorf("%q: no claim %s", tt.text, tt.claim)
		}
	}
}
