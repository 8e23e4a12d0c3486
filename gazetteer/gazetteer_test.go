package gazetteer

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/newsgraph/newsgraph/doc"
)

func load(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return g
}

func genderName(g doc.Gender) string {
	if g == doc.Unknown {
		return "unknown"
	}
	return string(g)
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ángel", "angel"},
		{"ÁNGEL", "angel"},
		{"Félix Gallardo", "felix gallardo"},
		{"Culiacán", "culiacan"},
		{"Straße", "strasse"},
		{"Łódź", "lodz"},
		{"Søren", "soren"},
		{"Côte d’Ivoire", "cote d'ivoire"},
		{"plain", "plain"},
		{"MIXED Case", "mixed case"},
		{"Dvořák", "dvorak"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLookups runs the fixtures of testdata/lookups.tsv.
func TestLookups(t *testing.T) {
	g := load(t)
	f, err := os.Open("testdata/lookups.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 3 {
			t.Fatalf("bad fixture line %q", line)
		}
		method, in, want := fs[0], fs[1], fs[2]
		n++
		var got string
		switch method {
		case "gender":
			gen, _ := g.Gender(in)
			got = genderName(gen)
		case "country":
			got, _ = g.Country(in)
		case "city":
			got, _ = g.City(in)
		case "nationality":
			got, _ = g.Nationality(in)
		case "platform":
			got, _ = g.Platform(in)
		case "platformkind":
			got, _ = g.PlatformKind(in)
		case "orgcue":
			got = boolString(g.OrgCue(in))
		case "eventcue":
			got = boolString(g.EventCue(in))
		case "acronym":
			got = boolString(g.OrgAcronym(in))
		case "title":
			gen, ok := g.Title(in)
			got = "none"
			if ok {
				got = genderName(gen)
			}
		case "role":
			gen, ok := g.RoleNoun(in)
			got = "none"
			if ok {
				got = genderName(gen)
			}
		case "common":
			got = boolString(g.CommonWord(in))
		default:
			t.Fatalf("unknown method %q", method)
		}
		if got != want {
			t.Errorf("%s(%q) = %q, want %q", method, in, got, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 50 {
		t.Fatalf("only %d fixtures read", n)
	}
}

func boolString(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func TestGenderConfidence(t *testing.T) {
	g := load(t)
	tests := []struct {
		name     string
		min, max float64
	}{
		{"Teresa", 0.99, 1},
		{"Diego", 0.99, 1},
		{"Ángel", 0.75, 0.8},    // 79% of US Angels are boys
		{"Jean-Luc", 0.9, 0.95}, // WGND only
		{"Kiki", 0, 0},          // 10 boys in 52: too few to say
	}
	for _, tt := range tests {
		if _, c := g.Gender(tt.name); c < tt.min || c > tt.max {
			t.Errorf("Gender(%s) confidence %.3f, want %.2f..%.2f", tt.name, c, tt.min, tt.max)
		}
	}
	if w := wilsonLower(0.5, 1e9); w < 0.4999 || w > 0.5 {
		t.Errorf("wilsonLower(0.5, 1e9) = %v", w)
	}
	if gen, c := g.Gender("Nosuchnamexyz"); gen != doc.Unknown || c != 0 {
		t.Errorf("unknown name: got %v %v", gen, c)
	}
	n, ok := g.GivenName("diego")
	if !ok || n.Count < 1000 || n.PMale < 0.95 {
		t.Errorf("GivenName(diego) = %+v %v", n, ok)
	}
}

func TestPronoun(t *testing.T) {
	g := load(t)
	tests := []struct {
		word   string
		gender doc.Gender
		plural bool
		person int
		ok     bool
	}{
		{"he", doc.Male, false, 3, true},
		{"His", doc.Male, false, 3, true},
		{"she", doc.Female, false, 3, true},
		{"herself", doc.Female, false, 3, true},
		{"they", doc.Unknown, true, 3, true},
		{"Their", doc.Unknown, true, 3, true},
		{"it", doc.Unknown, false, 3, true},
		{"I", doc.Unknown, false, 1, true},
		{"we", doc.Unknown, true, 1, true},
		{"you", doc.Unknown, false, 2, true},
		{"the", doc.Unknown, false, 0, false},
	}
	for _, tt := range tests {
		gen, pl, ok := g.Pronoun(tt.word)
		if gen != tt.gender || pl != tt.plural || ok != tt.ok {
			t.Errorf("Pronoun(%q) = %q %v %v, want %q %v %v", tt.word, gen, pl, ok, tt.gender, tt.plural, tt.ok)
		}
		if p := g.PronounPerson(tt.word); p != tt.person {
			t.Errorf("PronounPerson(%q) = %d, want %d", tt.word, p, tt.person)
		}
	}
}

func TestMatch(t *testing.T) {
	g := load(t)
	tests := []struct {
		text      string // tokens separated by spaces
		i         int
		n         int
		kind      Kind
		canonical string
	}{
		{"on Prime Video next week", 1, 2, Platform, "Prime Video"},
		{"on Amazon Prime Video next week", 1, 3, Platform, "Prime Video"},
		{"moved to New York in 1990", 2, 2, City, "New York"},
		{"moved to New York City in 1990", 2, 3, City, "New York City"},
		{"moved to new york", 2, 0, None, ""},
		{"the Mexican government", 1, 1, Nationality, "Mexico"},
		{"a South African actor", 1, 2, Nationality, "South Africa"},
		{"in Mexico", 1, 1, Country, "Mexico"},
		{"in México", 1, 1, Country, "Mexico"},
		{"in MEXICO", 1, 1, Country, "Mexico"},
		{"the United States of America", 1, 4, Country, "United States"},
		{"the U.S. government", 1, 1, Country, "United States"},
		{"the US government", 1, 1, Country, "United States"},
		{"let us go", 1, 0, None, ""},
		{"Bosnia and Herzegovina", 0, 3, Country, "Bosnia and Herzegovina"},
		{"in Georgia", 1, 1, Country, "Georgia"},
		{"the DEA agent", 1, 1, OrgAcronym, "DEA"},
		{"the U.N. said", 1, 1, OrgAcronym, "UN"},
		{"WHO said", 0, 1, OrgAcronym, "WHO"},
		{"Who said", 0, 0, None, ""},
		{"on Disney + today", 1, 2, Platform, "Disney+"},
		{"on Apple TV + today", 1, 3, Platform, "Apple TV+"},
		{"on HBO Max", 1, 2, Platform, "HBO Max"},
		{"Max said", 0, 0, None, ""},
		{"on Netflix", 1, 1, Platform, "Netflix"},
		{"on BBC Two", 1, 2, Platform, "BBC Two"},
		{"on Channel 4", 1, 2, Platform, "Channel 4"},
		{"in Culiacán", 1, 1, City, "Culiacán"},
		{"Acme Holdings Inc.", 2, 1, LegalForm, "Inc"},
		{"Acme GmbH", 1, 1, LegalForm, "GmbH"},
		{"", 0, 0, None, ""},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		n, kind, c, ok := g.Match(words, tt.i)
		if n != tt.n || kind != tt.kind || c != tt.canonical || ok != (tt.n > 0) {
			t.Errorf("Match(%q, %d) = %d %v %q %v, want %d %v %q", tt.text, tt.i, n, kind, c, ok, tt.n, tt.kind, tt.canonical)
		}
	}
	// Out of range indexes are misses, not panics.
	if _, _, _, ok := g.Match([]string{"Mexico"}, 5); ok {
		t.Error("Match past the end matched")
	}
	if _, _, _, ok := g.Match([]string{"Mexico"}, -1); ok {
		t.Error("Match at -1 matched")
	}
}

func TestMatchKinds(t *testing.T) {
	g := load(t)
	words := strings.Fields("the drug lord met Lieutenant General Smith")
	if n, k, _, ok := g.MatchKinds(words, 1, Kinds(Role)); !ok || n != 2 || k != Role {
		t.Errorf("role: got %d %v %v", n, k, ok)
	}
	if n, k, _, ok := g.MatchKinds(words, 4, Kinds(Title)); !ok || n != 2 || k != Title {
		t.Errorf("title: got %d %v %v", n, k, ok)
	}
	if _, _, _, ok := g.Match(words, 1); ok {
		t.Error("Match found a role among names")
	}
}

func TestMatchNoAlloc(t *testing.T) {
	g := load(t)
	words := strings.Fields("The actor said on Tuesday that the Sinaloa series would return")
	allocs := testing.AllocsPerRun(100, func() {
		for i := range words {
			g.Match(words, i)
		}
	})
	if allocs != 0 {
		t.Errorf("Match allocates %.1f times per sentence", allocs)
	}
}

// TestDataSizes checks that every list loaded and has a sane size.
func TestDataSizes(t *testing.T) {
	start := time.Now()
	g := load(t)
	t.Logf("Load took %v", time.Since(start))
	sizes := []struct {
		name     string
		n        int
		min, max int
	}{
		{"given names", len(g.givenKeys), 50000, 300000},
		{"country names", len(g.countries), 500, 3000},
		{"countries", len(g.countryInfo), 245, 260},
		{"cities", len(g.cities), 20000, 40000},
		{"nationalities", len(g.nationality), 300, 1000},
		{"platforms", len(g.platformList), 80, 300},
		{"org cues", len(g.orgCues), 100, 500},
		{"event cues", len(g.eventCues), 40, 300},
		{"acronyms", len(g.acronyms), 80, 500},
		{"org types", len(g.orgTypes), 500, 2000},
		{"titles", len(g.titles), 100, 400},
		{"roles", len(g.roles), 100, 500},
		{"pronouns", len(g.pronouns), 25, 60},
		{"common words", len(g.common), 200, 1000},
	}
	for _, s := range sizes {
		if s.n < s.min || s.n > s.max {
			t.Errorf("%s: %d entries, want %d..%d", s.name, s.n, s.min, s.max)
		}
	}
	// Every nationality, city and alias points at a listed country.
	for k, c := range g.nationality {
		if _, ok := g.countryInfo[Fold(c)]; !ok {
			t.Errorf("nationality %q: unknown country %q", k, c)
		}
	}
	info, ok := g.CountryInfo("México")
	if !ok || info.ISO2 != "MX" || info.ISO3 != "MEX" || info.Capital != "Mexico City" {
		t.Errorf("CountryInfo(México) = %+v %v", info, ok)
	}
}

func TestLoadFSErrors(t *testing.T) {
	good, err := dataFS.ReadFile("data/pronouns.tsv")
	if err != nil {
		t.Fatal(err)
	}
	base := fstest.MapFS{}
	entries, err := dataFS.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := dataFS.ReadFile("data/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		base["d/"+e.Name()] = &fstest.MapFile{Data: b}
	}
	if _, err := LoadFS(base, "d"); err != nil {
		t.Fatalf("LoadFS of a copy: %v", err)
	}
	bad := []struct{ file, content string }{
		{"pronouns.tsv", string(good) + "zorp\tneuter\tsg\t3\n"},
		{"given_names.tsv", "aaron\t1.5\t10\n"},
		{"given_names.tsv", "bob\t1\t10\naaron\t1\t10\n"},
		{"nationalities.tsv", "Atlantean\tAtlantis\n"},
		{"cues.tsv", "Cartel\torg\tmiddle\n"},
		{"roles.tsv", "actor\tmale\n"},
	}
	for _, b := range bad {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		fsys["d/"+b.file] = &fstest.MapFile{Data: []byte(b.content)}
		if _, err := LoadFS(fsys, "d"); err == nil {
			t.Errorf("LoadFS accepted bad %s: %q", b.file, b.content)
		}
	}
	delete(base, "d/cities.tsv")
	if _, err := LoadFS(base, "d"); err == nil {
		t.Error("LoadFS accepted a missing file")
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatch runs Match at every token of a news-like sentence; one
// op is one Match call.
func BenchmarkMatch(b *testing.B) {
	g := load(b)
	words := strings.Fields("The Mexican actor , who stars as a DEA agent in the Netflix series set in Culiacán , told reporters in New York on Tuesday that the show would stream on Prime Video in the United States .")
	b.ResetTimer()
	i := 0
	for b.Loop() {
		g.Match(words, i)
		i++
		if i == len(words) {
			i = 0
		}
	}
}

func BenchmarkGender(b *testing.B) {
	g := load(b)
	names := []string{"Diego", "Teresa", "Ángel", "Rafael", "Kiki", "Nosuchname", "Michael", "Guadalupe"}
	i := 0
	for b.Loop() {
		g.Gender(names[i])
		i++
		if i == len(names) {
			i = 0
		}
	}
}

func TestCityInfo(t *testing.T) {
	g := load(t)
	b, ok := g.CityInfo("Boston")
	if !ok || b.Country != "United States" || !slices.Contains(b.Others, "United Kingdom") {
		t.Errorf("CityInfo(Boston) = %+v %v", b, ok)
	}
	p, ok := g.CityInfo("paris")
	if !ok || p.Country != "France" || !p.Capital || p.Name != "Paris" {
		t.Errorf("CityInfo(paris) = %+v %v", p, ok)
	}
}

// FuzzMatch checks that Match neither panics nor reports a match longer
// than the words left, on any tokens.
func FuzzMatch(f *testing.F) {
	g := load(f)
	f.Add("on Prime Video", 1)
	f.Add("New York  City", 0)
	f.Add("the U.S. and México", 1)
	f.Add("\xff\xfe Mexico", 0)
	f.Fuzz(func(t *testing.T, text string, i int) {
		words := strings.Split(text, " ")
		n, kind, c, ok := g.Match(words, i)
		if ok != (n > 0) || (ok && (i+n > len(words) || kind == None || c == "")) {
			t.Errorf("Match(%q, %d) = %d %v %q %v", words, i, n, kind, c, ok)
		}
		g.MatchKinds(words, i, Kinds(Title, Role))
		g.Gender(text)
		g.Country(text)
		g.City(text)
	})
}
