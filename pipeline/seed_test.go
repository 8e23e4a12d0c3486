package pipeline_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/doc"
)

// seedPath is the article the project started from. It is someone else's
// text: it is read from ../shared, never copied into the repository.
var seedPath = filepath.Join("..", "..", "shared", "seed", "narcos-mexico-s2-interview.txt")

func readSeed(t *testing.T, opt article.Options) doc.Document {
	t.Helper()
	if _, err := os.Stat(seedPath); err != nil {
		t.Skip("the seed article is not beside the repository (../shared/seed)")
	}
	d, err := article.ReadFile(seedPath, opt)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSeed checks what the seed interview states, and that nothing it does
// not state comes out: the cast, the real person behind the lead
// character, the cartel, the agency and its operation, the release, the
// interview, and every quotation's speaker.
func TestSeed(t *testing.T) {
	p := testPipeline(t)
	d := p.Annotate(readSeed(t, article.Options{}))
	claims, quotes := render(d)

	const gallardo = "Miguel Ángel Félix Gallardo"
	want := []string{
		"Diego Luna|plays|" + gallardo,
		"Michael Peña|plays|Kiki Camarena",
		"Scoot McNairy|plays|Walt Breslin",
		"Teresa Ruiz|plays|Isabella Bautista",
		gallardo + "|based_on|" + gallardo,
		gallardo + "|founded|Guadalajara Cartel",
		gallardo + "|arrested|1989",
		gallardo + "|ordered_killing|Kiki Camarena (story)",
		"Kiki Camarena|works_for|DEA (story)",
		"Walt Breslin|works_for|DEA (story)",
		"Walt Breslin|leads|Operation Leyenda (story)",
		"Narcos: Mexico season 2|released_on|Netflix",
		"Narcos: Mexico season 2|premiere|XXXX-02-13",
		"Diego Luna|spoke_to|ET",
		"Joaquín Guzmán|works_for|" + gallardo,
	}
	for _, w := range want {
		if !slices.Contains(claims, w) {
			t.Errorf("missing claim %q", w)
		}
	}
	// Exactly four castings, each with the work, and no actor playing
	// another actor's character.
	var plays []string
	for _, c := range d.Claims {
		if c.Predicate != doc.Plays {
			continue
		}
		plays = append(plays, d.EntityName(c.Subject)+"|"+d.EntityName(c.Object))
		if w := d.EntityName(c.Qualifiers.Work); w != "Narcos: Mexico" {
			t.Errorf("plays %s → %s: work %q, want Narcos: Mexico", d.EntityName(c.Subject), d.EntityName(c.Object), w)
		}
		if d.Entities[c.Object].Type != doc.Character || d.Entities[c.Subject].Type != doc.Person {
			t.Errorf("plays %s → %s: types %s → %s", d.EntityName(c.Subject), d.EntityName(c.Object),
				d.Entities[c.Subject].Type, d.Entities[c.Object].Type)
		}
	}
	if len(plays) != 4 {
		t.Errorf("plays claims: %q, want the four castings", plays)
	}
	// The real person and the character are two entities, linked.
	var kinds []doc.EntityType
	for _, e := range d.Entities {
		if e.Name == gallardo {
			kinds = append(kinds, e.Type)
		}
	}
	if !slices.Contains(kinds, doc.Person) || !slices.Contains(kinds, doc.Character) {
		t.Errorf("%s: entity types %v, want a person and a character", gallardo, kinds)
	}
	// Guzmán's nickname is an alias, not a quotation.
	for _, e := range d.Entities {
		if e.Name == "Joaquín Guzmán" && !slices.Contains(e.Aliases, "El Chapo") {
			t.Errorf("Joaquín Guzmán aliases %q, want El Chapo", e.Aliases)
		}
	}
	// Every quotation has its speaker: Luna's many (carried on by "he" and
	// by a following paragraph) and Ruiz's two.
	bySpeaker := map[string]int{}
	for i, q := range d.Quotes {
		if strings.Contains(q.Text, "El Chapo") && len(strings.Fields(q.Text)) <= 3 {
			t.Errorf("quote %q is a nickname", q.Text)
		}
		if !q.Direct {
			continue
		}
		bySpeaker[d.EntityName(q.Speaker)]++
		if sp := d.EntityName(q.Speaker); sp != "Diego Luna" && sp != "Teresa Ruiz" {
			t.Errorf("quote %d %q: speaker %q", i, quotes[i], sp)
		}
	}
	if bySpeaker["Teresa Ruiz"] != 2 {
		t.Errorf("Teresa Ruiz has %d direct quotes, want 2", bySpeaker["Teresa Ruiz"])
	}
	if bySpeaker["Diego Luna"] < 10 {
		t.Errorf("Diego Luna has %d direct quotes, want his ten or more", bySpeaker["Diego Luna"])
	}
	// The related-story headlines after the article are links, not text.
	for _, e := range d.Entities {
		if strings.Contains(e.Name, "Wagner Moura") || strings.Contains(e.Name, "Star Wars") {
			t.Errorf("entity %q comes from the related-story links", e.Name)
		}
	}
}

// TestSeedPublished checks that a publication date anchors the premiere.
func TestSeedPublished(t *testing.T) {
	p := testPipeline(t)
	pub := time.Date(2020, 2, 10, 0, 0, 0, 0, time.UTC)
	d := p.Annotate(readSeed(t, article.Options{Published: pub}))
	claims, _ := render(d)
	if w := "Narcos: Mexico season 2|premiere|2020-02-13"; !slices.Contains(claims, w) {
		t.Errorf("missing %q in %q", w, claims)
	}
}
