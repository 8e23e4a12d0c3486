package quote

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/doc"
)

// seedPath is the seed article, read at run time and never copied.
var seedPath = filepath.Join("..", "..", "shared", "seed", "narcos-mexico-s2-interview.txt")

// TestSeedArticle checks that every quotation of the seed interview is
// found and attributed: the actor's many (some carried on by "he" or by a
// following paragraph), the actress's two, and no title or nickname.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article not present: %v", err)
	}
	people := []person{
		{"Diego Luna", doc.Person, doc.Male, []string{"Diego Luna", "Luna"}},
		{"Teresa Ruiz", doc.Person, doc.Female, []string{"Teresa Ruiz", "Ruiz"}},
		{"Miguel Ángel Félix Gallardo", doc.Person, doc.Male, []string{"Miguel Ángel Félix Gallardo", "Gallardo", "Felix"}},
		{"Kiki Camarena", doc.Person, doc.Male, []string{"Kiki Camarena", "Camarena"}},
		{"Isabella Bautista", doc.Character, doc.Female, []string{"Isabella Bautista", "Isabella"}},
		{"Joaquín Guzmán", doc.Person, doc.Male, []string{"Joaquín", "Guzmán"}},
		{"Walt Breslin", doc.Character, doc.Male, []string{"Walt Breslin"}},
		{"Netflix", doc.Org, doc.Unknown, []string{"Netflix"}},
	}
	d := annotate(t, string(b), people, nil)
	Extract(d)
	count := map[string]int{}
	paras := map[string]map[int]bool{}
	for _, q := range d.Quotes {
		name := d.EntityName(q.Speaker)
		if q.Direct {
			count[name]++
			if paras[name] == nil {
				paras[name] = map[int]bool{}
			}
			paras[name][d.Sentences[d.SentenceAt(q.Start)].Paragraph] = true
		}
		switch q.Text {
		case "El Chapo", "Narcos: Mexico", "Untouchable", "Star Wars: Rogue One":
			t.Errorf("title or nickname taken for a quotation: %q", q.Text)
		}
		if q.Speaker < 0 {
			t.Errorf("quote with no speaker: %.60q", q.Text)
		}
		if !q.Direct && name != "Diego Luna" {
			t.Errorf("indirect quote given to %q: %.60q", name, q.Text)
		}
	}
	// The actor's quotations fill seven paragraphs, the actress's one; the
	// counts are of quoted parts (a paragraph with a split quotation has
	// two).
	if n := len(paras["Diego Luna"]); n != 7 {
		t.Errorf("Diego Luna quoted in %d paragraphs, want 7", n)
	}
	if n := count["Teresa Ruiz"]; n != 2 {
		t.Errorf("Teresa Ruiz has %d quoted parts, want 2", n)
	}
	for name := range count {
		if name != "Diego Luna" && name != "Teresa Ruiz" {
			t.Errorf("quotation attributed to %q", name)
		}
	}
	// Quotes carried on by "he" keep the pronoun as their span.
	he := 0
	for _, q := range d.Quotes {
		if q.SpeakerSpan != (doc.Span{}) && d.Text(q.SpeakerSpan) == "he" && d.EntityName(q.Speaker) == "Diego Luna" {
			he++
		}
	}
	if he < 2 {
		t.Errorf("%d quotes attributed through “he”, want at least 2", he)
	}
}
