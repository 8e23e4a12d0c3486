// Package gazetteer holds the name lists that the taggers and the
// coreference stage consult: given names with their sex ratio, countries,
// cities, nationality adjectives, streaming platforms and broadcasters,
// organization legal forms, acronyms and cue words, event cue words,
// person titles, role nouns, pronouns and capitalised common words.
//
// The lists are embedded TSV files under data/: some derived from public
// lists by gazetteer/gen (see NOTICE), the others written by hand. Load
// parses them into a Gazetteer, an immutable value safe for concurrent use.
//
// Lookups fold their argument (Fold: lower case, accents removed), so they
// ignore case and accents, except where case carries meaning: OrgAcronym
// and all-capital country abbreviations ("US", "UK") match only when
// written in capitals, and Match, which finds names in running text,
// matches only capitalised words (see Match).
package gazetteer

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/gazetteer/internal/fold"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Fold returns s in lower case with accents and other combining marks
// removed ("Ángel" → "angel", "Straße" → "strasse"); typographic
// apostrophes become "'". It is the key of every lookup.
func Fold(s string) string { return fold.String(s) }

// GivenName is what the name lists say of one given name.
type GivenName struct {
	// PMale is the probability that a person with the name is male,
	// merging the US SSA birth counts and the WGND gender label.
	PMale float64
	// Count is the name's peak yearly count of US births (both sexes
	// added): a measure of how common it is. 0 means the name is known
	// only from WGND, which has no counts.
	Count int
}

// Kind is the kind of a multi-word entry that Match finds.
type Kind uint8

// Kinds of Match entries. At equal length Match prefers the lower value.
const (
	None        Kind = iota
	Country          // "Mexico", "United States", "US"
	Nationality      // "Mexican", "South African"
	Platform         // "Netflix", "Prime Video", "BBC One"
	OrgAcronym       // "DEA", "FBI"
	City             // "Culiacán", "New York"
	LegalForm        // "Inc", "Ltd", "GmbH", "Public Limited Company"
	Title            // "Mr", "Lieutenant General" (matched in any case)
	Role             // "actress", "drug lord" (matched in any case)
	numKinds
)

var kindNames = [...]string{"none", "country", "nationality", "platform", "org-acronym", "city", "legal-form", "title", "role"}

// String returns the kind's name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// KindSet is a set of kinds, for MatchKinds.
type KindSet uint16

// Kinds returns the set of the given kinds.
func Kinds(ks ...Kind) KindSet {
	var s KindSet
	for _, k := range ks {
		s |= 1 << k
	}
	return s
}

// Has reports whether k is in s.
func (s KindSet) Has(k Kind) bool { return s&(1<<k) != 0 }

// NameKinds are the kinds that Match looks for: names, which it matches
// only when capitalised.
var NameKinds = Kinds(Country, Nationality, Platform, OrgAcronym, City, LegalForm)

// caseRule says what case a word of running text must have to match one
// word of an entry.
type caseRule uint8

const (
	anyCase caseRule = iota
	initCap          // first letter upper case: "Mexico", "Mexico" in "MEXICO"
	allCaps          // every letter upper case: "FBI", "US"
)

// entry is one multi-word (or one-word) name that Match can find.
type entry struct {
	words     []string // folded, trailing period removed
	rules     []caseRule
	kind      Kind
	aux       int32 // for a City, its index in Gazetteer.cities
	canonical string
}

// span is a run of Gazetteer.entries.
type span struct{ start, end uint32 }

// roleInfo is a role noun's gender and how sure it is.
type roleInfo struct {
	gender doc.Gender
	strong bool
}

// pronounInfo describes a pronoun.
type pronounInfo struct {
	gender doc.Gender
	plural bool
	person uint8
}

// CountryInfo describes a country.
type CountryInfo struct {
	Name    string // canonical English name
	ISO2    string // ISO 3166-1 alpha-2 code
	ISO3    string // ISO 3166-1 alpha-3 code
	Capital string
}

// CityInfo describes a city.
type CityInfo struct {
	Name    string // as spelt in the list
	Country string // canonical country name
	Capital bool   // the capital of Country
	// Others lists the other countries that have a city of this name
	// ("Boston": United Kingdom beside United States). Country is the
	// likelier one by the rules in gen/main.go, or by city_aliases.tsv.
	Others []string
}

// OrgTypeInfo describes an organization legal form or type word.
type OrgTypeInfo struct {
	Display string // short display form: "Inc", "LLC", "GmbH"
	Generic string // generic class: LLC, JSC, NGO, SOE, ... (may be "")
}

// CuePosition says where a cue word stands in the name it signals.
type CuePosition uint8

// Cue positions.
const (
	CueSuffix CuePosition = 1 << iota // ends a name: "Sinaloa Cartel", "Acme Corp"
	CuePrefix                         // starts a name: "Operation Fast and Furious", "Bank of England"
)

// Gazetteer is the parsed name lists. Build it with Load; it is read-only
// and safe for concurrent use.
type Gazetteer struct {
	// Given names, sorted by folded name, in parallel slices: a map of
	// 160,000 names costs more to build than Load may take.
	givenKeys    []string
	givenPMale   []uint8 // P(male) in hundredths
	givenCount   []uint32
	countries    map[string]string // folded name → canonical (mixed-case names only)
	countryAbbr  map[string]string // upper-case abbreviation → canonical
	countryInfo  map[string]CountryInfo
	countryCanon map[string]bool // canonical names as spelt
	cities       []CityInfo      // indexed by entry.aux for City entries
	nationality  map[string]string
	platforms    map[string]string
	platformKind map[string]string // canonical name → kind (streaming, network, news …)
	orgCues      map[string]CuePosition
	eventCues    map[string]CuePosition
	acronyms     map[string]string // as spelt (upper case) → expansion
	orgTypes     map[string]OrgTypeInfo
	titles       map[string]doc.Gender
	roles        map[string]roleInfo
	pronouns     map[string]pronounInfo
	common       map[string]bool
	// entries holds every Match entry sorted by first word, then longest
	// first, then by kind; first maps a folded first word to its run.
	entries []entry
	first   map[string]span
	// Load-time scratch space, dropped when Load returns.
	scratch      []string
	wordArena    []string
	ruleArena    []caseRule
	keyArena     []byte
	platformList []string
}

// Load parses the embedded lists.
func Load() (*Gazetteer, error) {
	return LoadFS(dataFS, "data")
}

// LoadFS parses lists laid out as in data/ from the folder dir of fsys; it
// lets tests and tools load other versions of the lists.
func LoadFS(fsys fs.FS, dir string) (*Gazetteer, error) {
	g := &Gazetteer{
		givenKeys:    make([]string, 0, 160000),
		givenPMale:   make([]uint8, 0, 160000),
		givenCount:   make([]uint32, 0, 160000),
		countries:    make(map[string]string, 2000),
		countryAbbr:  make(map[string]string),
		countryInfo:  make(map[string]CountryInfo, 256),
		countryCanon: make(map[string]bool, 256),
		nationality:  make(map[string]string, 600),
		platforms:    make(map[string]string),
		platformKind: make(map[string]string),
		orgCues:      make(map[string]CuePosition),
		eventCues:    make(map[string]CuePosition),
		acronyms:     make(map[string]string),
		orgTypes:     make(map[string]OrgTypeInfo, 1100),
		titles:       make(map[string]doc.Gender),
		roles:        make(map[string]roleInfo),
		pronouns:     make(map[string]pronounInfo),
		common:       make(map[string]bool),
		entries:      make([]entry, 0, 40000),
		cities:       make([]CityInfo, 0, 32000),
	}
	steps := []struct {
		file string
		fn   func([]string) error
	}{
		{"given_names.tsv", g.addGivenName},
		{"countries.tsv", g.addCountry},
		{"country_aliases.tsv", g.addCountryAlias},
		{"city_aliases.tsv", g.addCity}, // first, to override cities.tsv
		{"cities.tsv", g.addCity},
		{"nationalities.tsv", g.addNationality},
		{"platforms.tsv", g.addPlatform},
		{"org_acronyms.tsv", g.addAcronym},
		{"org_types.tsv", g.addOrgType},
		{"cues.tsv", g.addCue},
		{"person_prefixes.tsv", g.addPrefix},
		{"titles.tsv", g.addTitle},
		{"roles.tsv", g.addRole},
		{"pronouns.tsv", g.addPronoun},
		{"common_words.tsv", g.addCommon},
	}
	for _, s := range steps {
		if err := readTSV(fsys, dir+"/"+s.file, s.fn); err != nil {
			return nil, err
		}
	}
	g.index()
	sort.Strings(g.platformList)
	g.scratch, g.wordArena, g.ruleArena, g.keyArena = nil, nil, nil, nil
	return g, nil
}

// readTSV calls fn with the tab-separated fields of every line of the file
// that is neither blank nor a "#" comment. The fields are substrings of one
// copy of the file, so keys kept from them cost no further allocation.
func readTSV(fsys fs.FS, path string, fn func([]string) error) error {
	data, err := fs.ReadFile(fsys, path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if len(data) == 0 {
		return nil
	}
	// data is never written again: the string shares it rather than
	// copying it, and the keys kept are substrings of it.
	text := unsafe.String(&data[0], len(data))
	var fields [8]string
	for line := 1; text != ""; line++ {
		t := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			t, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		t = strings.TrimSuffix(t, "\r")
		if t == "" || t[0] == '#' {
			continue
		}
		f := fields[:0]
		for len(f) < len(fields)-1 {
			i := strings.IndexByte(t, '\t')
			if i < 0 {
				break
			}
			f = append(f, t[:i])
			t = t[i+1:]
		}
		f = append(f, t)
		if err := fn(f); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
	return nil
}

func need(f []string, n int) error {
	if len(f) < n {
		return fmt.Errorf("want %d fields, have %d", n, len(f))
	}
	for i := 0; i < n; i++ {
		if strings.TrimSpace(f[i]) == "" {
			return fmt.Errorf("field %d is empty", i+1)
		}
	}
	return nil
}

// addGivenName reads "folded name, P(male), count"; names must come in
// strictly increasing order, as the generator writes them.
func (g *Gazetteer) addGivenName(f []string) error {
	if err := need(f, 3); err != nil {
		return err
	}
	p, ok := parseHundredths(f[1])
	if !ok {
		return fmt.Errorf("bad P(male) %q", f[1])
	}
	c, err := strconv.ParseUint(f[2], 10, 32)
	if err != nil {
		return fmt.Errorf("bad count %q", f[2])
	}
	if n := len(g.givenKeys); n > 0 && g.givenKeys[n-1] >= f[0] {
		return fmt.Errorf("given name %q out of order", f[0])
	}
	g.givenKeys = append(g.givenKeys, f[0])
	g.givenPMale = append(g.givenPMale, p)
	g.givenCount = append(g.givenCount, uint32(c))
	return nil
}

// parseHundredths parses a probability written "0", "1", "0.5" or "0.25"
// as hundredths.
func parseHundredths(s string) (uint8, bool) {
	switch s {
	case "0":
		return 0, true
	case "1":
		return 100, true
	}
	if len(s) < 3 || len(s) > 4 || s[0] != '0' || s[1] != '.' {
		return 0, false
	}
	v := 0
	for i, c := range []byte(s[2:]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		d := int(c - '0')
		if i == 0 {
			d *= 10
		}
		v += d
	}
	return uint8(v), true
}

func (g *Gazetteer) addCountry(f []string) error {
	if err := need(f, 3); err != nil {
		return err
	}
	info := CountryInfo{Name: f[0], ISO2: f[1], ISO3: f[2]}
	if len(f) > 3 {
		info.Capital = f[3]
	}
	g.countryInfo[Fold(info.Name)] = info
	g.countryCanon[info.Name] = true
	g.addCountryName(info.Name, info.Name)
	if len(f) > 4 {
		for _, a := range strings.Split(f[4], "|") {
			if a != "" {
				g.addCountryName(a, info.Name)
			}
		}
	}
	return nil
}

func (g *Gazetteer) addCountryAlias(f []string) error {
	if err := need(f, 2); err != nil {
		return err
	}
	if _, ok := g.countryInfo[Fold(f[1])]; !ok {
		return fmt.Errorf("alias %q of unknown country %q", f[0], f[1])
	}
	g.addCountryName(f[0], f[1])
	return nil
}

// addCountryName records a name of a country. An all-capital name of up
// to four letters ("US", "UK", "U.S.") is an abbreviation, matched only in
// capitals so that "us" stays a pronoun.
func (g *Gazetteer) addCountryName(name, canonical string) {
	if isAbbrev(name) {
		g.countryAbbr[strings.TrimSuffix(name, ".")] = canonical
	} else if _, ok := g.countries[Fold(name)]; !ok {
		g.countries[Fold(name)] = canonical
	}
	g.addEntry(name, Country, canonical)
}

func (g *Gazetteer) addCity(f []string) error {
	if err := need(f, 2); err != nil {
		return err
	}
	country, ok := g.canonicalCountry(f[1])
	if !ok {
		return fmt.Errorf("city %q in unknown country %q", f[0], f[1])
	}
	info := CityInfo{Name: f[0], Country: country, Capital: len(f) > 2 && f[2] == "1"}
	if len(f) > 3 && f[3] != "" {
		info.Others = strings.Split(f[3], "|")
		for _, o := range info.Others {
			if _, ok := g.canonicalCountry(o); !ok {
				return fmt.Errorf("city %q in unknown country %q", f[0], o)
			}
		}
	}
	g.cities = append(g.cities, info)
	g.addEntryAux(f[0], City, f[0], int32(len(g.cities)-1))
	return nil
}

// canonicalCountry returns the canonical spelling of a canonical country
// name, checking it exists; it avoids folding when the name is spelt as
// in countries.tsv.
func (g *Gazetteer) canonicalCountry(name string) (string, bool) {
	if g.countryCanon[name] {
		return name, true
	}
	info, ok := g.countryInfo[Fold(name)]
	return info.Name, ok
}

func (g *Gazetteer) addNationality(f []string) error {
	if err := need(f, 2); err != nil {
		return err
	}
	if _, ok := g.countryInfo[Fold(f[1])]; !ok {
		return fmt.Errorf("nationality %q of unknown country %q", f[0], f[1])
	}
	k := Fold(f[0])
	if _, ok := g.nationality[k]; !ok {
		g.nationality[k] = f[1]
	}
	g.addEntry(f[0], Nationality, f[1])
	return nil
}

// addPlatform reads "canonical, type, aliases": aliases are |-separated;
// one marked "~" is weak (a common word or name: "Max", "Fox"), found by
// Platform but not by Match.
func (g *Gazetteer) addPlatform(f []string) error {
	if err := need(f, 2); err != nil {
		return err
	}
	names := []string{f[0]}
	if len(f) > 2 && f[2] != "" {
		names = append(names, strings.Split(f[2], "|")...)
	}
	g.platformList = append(g.platformList, f[0])
	g.platformKind[f[0]] = f[1]
	for _, n := range names {
		weak := strings.HasPrefix(n, "~")
		n = strings.TrimPrefix(n, "~")
		if n == "" {
			continue
		}
		k := Fold(n)
		if _, ok := g.platforms[k]; !ok {
			g.platforms[k] = f[0]
		}
		if !weak {
			g.addEntry(n, Platform, f[0])
		}
	}
	return nil
}

func (g *Gazetteer) addAcronym(f []string) error {
	if err := need(f, 2); err != nil {
		return err
	}
	if _, ok := g.acronyms[f[0]]; !ok {
		g.acronyms[f[0]] = f[1]
	}
	g.addEntry(f[0], OrgAcronym, f[0])
	// Short all-letter acronyms are also written with periods: "U.N.".
	if len(f[0]) <= 5 && isAllCaps(f[0]) && !strings.ContainsFunc(f[0], func(r rune) bool { return !unicode.IsLetter(r) }) {
		var b strings.Builder
		for _, r := range f[0] {
			b.WriteRune(r)
			b.WriteByte('.')
		}
		g.addEntry(b.String(), OrgAcronym, f[0])
	}
	return nil
}

func (g *Gazetteer) addOrgType(f []string) error {
	if err := need(f, 2); err != nil {
		return err
	}
	info := OrgTypeInfo{Display: f[1]}
	if len(f) > 2 {
		info.Generic = f[2]
	}
	k := strings.TrimSuffix(Fold(f[0]), ".")
	if _, ok := g.orgTypes[k]; !ok {
		g.orgTypes[k] = info
	}
	g.addEntry(f[0], LegalForm, info.Display)
	return nil
}

// addCue reads "word, org|event, suffix|prefix|both".
func (g *Gazetteer) addCue(f []string) error {
	if err := need(f, 3); err != nil {
		return err
	}
	var pos CuePosition
	switch f[2] {
	case "suffix":
		pos = CueSuffix
	case "prefix":
		pos = CuePrefix
	case "both":
		pos = CueSuffix | CuePrefix
	default:
		return fmt.Errorf("bad cue position %q", f[2])
	}
	k := Fold(f[0])
	switch f[1] {
	case "org":
		g.orgCues[k] |= pos
	case "event":
		g.eventCues[k] |= pos
	default:
		return fmt.Errorf("bad cue kind %q", f[1])
	}
	return nil
}

func (g *Gazetteer) addPrefix(f []string) error {
	if err := need(f, 1); err != nil {
		return err
	}
	k := Fold(f[0])
	if _, ok := g.titles[k]; !ok {
		g.titles[k] = doc.Unknown
	}
	g.addEntry(f[0], Title, f[0])
	return nil
}

func parseGender(s string) (doc.Gender, error) {
	switch s {
	case "male":
		return doc.Male, nil
	case "female":
		return doc.Female, nil
	case "-":
		return doc.Unknown, nil
	}
	return doc.Unknown, fmt.Errorf("bad gender %q (want male, female or -)", s)
}

// addTitle reads "title, gender"; it overrides the gender-less prefixes.
func (g *Gazetteer) addTitle(f []string) error {
	if err := need(f, 2); err != nil {
		return err
	}
	gen, err := parseGender(f[1])
	if err != nil {
		return err
	}
	g.titles[strings.TrimSuffix(Fold(f[0]), ".")] = gen
	g.addEntry(f[0], Title, f[0])
	return nil
}

// addRole reads "noun, gender, strong|weak".
func (g *Gazetteer) addRole(f []string) error {
	if err := need(f, 3); err != nil {
		return err
	}
	gen, err := parseGender(f[1])
	if err != nil {
		return err
	}
	if f[2] != "strong" && f[2] != "weak" {
		return fmt.Errorf("bad strength %q", f[2])
	}
	g.roles[Fold(f[0])] = roleInfo{gender: gen, strong: f[2] == "strong"}
	g.addEntry(f[0], Role, f[0])
	return nil
}

// addPronoun reads "word, gender, sg|pl, person".
func (g *Gazetteer) addPronoun(f []string) error {
	if err := need(f, 4); err != nil {
		return err
	}
	gen, err := parseGender(f[1])
	if err != nil {
		return err
	}
	if f[2] != "sg" && f[2] != "pl" {
		return fmt.Errorf("bad number %q", f[2])
	}
	p, err := strconv.Atoi(f[3])
	if err != nil || p < 1 || p > 3 {
		return fmt.Errorf("bad person %q", f[3])
	}
	g.pronouns[Fold(f[0])] = pronounInfo{gender: gen, plural: f[2] == "pl", person: uint8(p)}
	return nil
}

func (g *Gazetteer) addCommon(f []string) error {
	if err := need(f, 1); err != nil {
		return err
	}
	g.common[Fold(f[0])] = true
	return nil
}

// addEntry records a name for Match; index sorts and indexes them.
func (g *Gazetteer) addEntry(name string, kind Kind, canonical string) {
	g.addEntryAux(name, kind, canonical, -1)
}

func (g *Gazetteer) addEntryAux(name string, kind Kind, canonical string, aux int32) {
	g.scratch = splitWords(g.scratch[:0], name)
	toks := g.scratch
	if len(toks) == 0 {
		return
	}
	// Entries share two arenas instead of two slices each.
	if cap(g.wordArena)-len(g.wordArena) < len(toks) {
		g.wordArena = make([]string, 0, 8192)
		g.ruleArena = make([]caseRule, 0, 8192)
	}
	start := len(g.wordArena)
	for i, t := range toks {
		g.wordArena = append(g.wordArena, matchKey(g.foldKey(t)))
		rule := anyCase
		switch {
		case kind == Title || kind == Role || !hasLetter(t):
		case isAllCaps(t):
			rule = allCaps
		case i == 0 || startsUpper(t) || kind == LegalForm:
			rule = initCap
		}
		g.ruleArena = append(g.ruleArena, rule)
	}
	end := len(g.wordArena)
	g.entries = append(g.entries, entry{
		words:     g.wordArena[start:end:end],
		rules:     g.ruleArena[start:end:end],
		kind:      kind,
		aux:       aux,
		canonical: canonical,
	})
}

// foldKey is Fold for Load: it folds ASCII words into a shared byte arena
// instead of one allocation each. Bytes once written to the arena are
// never written again (a full arena is replaced, not reused), so the
// strings made over it stay immutable.
func (g *Gazetteer) foldKey(s string) string {
	if len(s) > 64 {
		return Fold(s)
	}
	if cap(g.keyArena)-len(g.keyArena) < len(s) {
		g.keyArena = make([]byte, 0, 64*1024)
	}
	start := len(g.keyArena)
	b, ok := fold.ASCIIInto(g.keyArena[start:cap(g.keyArena)], s)
	if !ok {
		return Fold(s)
	}
	if string(b) == s {
		return s // already folded: share the file's bytes
	}
	g.keyArena = g.keyArena[:start+len(b)]
	return unsafe.String(&g.keyArena[start], len(b))
}

// index sorts the entries, drops repeats (same words and kind: the first
// listed wins) and maps each first word to its run.
func (g *Gazetteer) index() {
	// Sort a permutation rather than the 80-byte entries themselves; the
	// index breaks ties, so entries that compare equal keep the order of
	// the lists.
	order := make([]int32, len(g.entries))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int {
		a, b := &g.entries[i], &g.entries[j]
		if c := strings.Compare(a.words[0], b.words[0]); c != 0 {
			return c
		}
		if len(a.words) != len(b.words) {
			return len(b.words) - len(a.words)
		}
		if a.kind != b.kind {
			return int(a.kind) - int(b.kind)
		}
		return int(i - j)
	})
	sorted := make([]entry, len(g.entries))
	for k, i := range order {
		sorted[k] = g.entries[i]
	}
	g.entries = sorted
	out := g.entries[:0]
	for i := range g.entries {
		e := g.entries[i]
		dup := false
		for j := len(out) - 1; j >= 0 && out[j].words[0] == e.words[0] && len(out[j].words) == len(e.words); j-- {
			if out[j].kind == e.kind && equalWords(out[j].words, e.words) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	g.entries = slices.Clip(out)
	g.first = make(map[string]span, len(out))
	for i := 0; i < len(out); {
		j := i + 1
		for j < len(out) && out[j].words[0] == out[i].words[0] {
			j++
		}
		g.first[out[i].words[0]] = span{uint32(i), uint32(j)}
		i = j
	}
}

// lookup returns the entries whose words equal the folded words of name
// and whose kind is k.
func (g *Gazetteer) lookup(name string, k Kind) (*entry, bool) {
	words := splitWords(nil, name)
	if len(words) == 0 {
		return nil, false
	}
	sp, ok := g.first[matchKey(Fold(words[0]))]
	if !ok {
		return nil, false
	}
	for i := sp.start; i < sp.end; i++ {
		e := &g.entries[i]
		if e.kind != k || len(e.words) != len(words) {
			continue
		}
		match := true
		for j := 1; j < len(words); j++ {
			if !equalFold(words[j], e.words[j]) {
				match = false
				break
			}
		}
		if match {
			return e, true
		}
	}
	return nil, false
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// splitWords splits an entry as the tokenizer splits text: runs of
// letters and digits with inner apostrophes, periods and hyphens are
// words, and any other non-space character is a token of its own
// ("Disney+" → "Disney", "+"). A trailing period stays with its word
// ("Inc.", "U.S."): matchKey drops it on both sides.
func splitWords(out []string, s string) []string {
	for _, f := range strings.Fields(s) {
		start := -1
		for i, r := range f {
			word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
			inner := start >= 0 && (r == '\'' || r == '’' || r == '.' || r == '-')
			if word || inner {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				out = append(out, f[start:i])
				start = -1
			}
			out = append(out, string(r))
		}
		if start >= 0 {
			out = append(out, f[start:])
		}
	}
	return out
}

// matchKey drops one trailing period: "Inc." and "Inc" are one key.
func matchKey(k string) string {
	if len(k) > 1 {
		return strings.TrimSuffix(k, ".")
	}
	return k
}

func isAbbrev(n string) bool {
	letters := 0
	for _, r := range n {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0 && letters <= 4
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
