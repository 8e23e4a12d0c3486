// Command gen derives the gazetteer's embedded lists from the source name
// lists (see ../shared/data/gazetteers/SOURCE.md) and writes them as sorted
// TSV files:
//
//	go run ./gazetteer/gen -src ../shared/data/gazetteers -out gazetteer/data
//
// It writes given_names.tsv, countries.tsv, cities.tsv, org_types.tsv and
// person_prefixes.tsv. The hand-written lists in the same folder are not
// touched. An English word list (-words, Debian's wamerican by default)
// decides which city names are common words; see cities below.
package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/gazetteer/internal/fold"
)

// Thresholds, chosen so that the files stay small and every name kept is
// one a news reader could meet. See the README of each output for the
// numbers they produce.
const (
	// minSSA is the smallest peak yearly count (both sexes added) for a
	// name known only from the SSA list. The median SSA row (a name and
	// a sex) peaks at 9 births in its best year; 25 keeps the names given
	// to at least 25 US babies in one year.
	minSSA = 25
	// wgndWeight is the pseudo-count that a WGND gender label adds to the
	// SSA counts: enough to decide a name the SSA barely knows, too small
	// to overturn a name the SSA knows well.
	wgndWeight = 10
	// commonGivenName is the SSA peak count above which a one-word city
	// name (not a capital) is taken to be a person's name first
	// ("Florence", "Charlotte") and left out of the city list.
	commonGivenName = 1000
	// maxNameLen bounds given names (in bytes, folded).
	maxNameLen = 24
)

func main() {
	src := flag.String("src", "../shared/data/gazetteers", "folder of the source lists")
	out := flag.String("out", "gazetteer/data", "folder to write the derived TSV files to")
	words := flag.String("words", "/usr/share/dict/words", "English word list, one word a line (Debian package wamerican)")
	flag.Parse()
	if err := run(*src, *out, *words); err != nil {
		log.Fatal(err)
	}
}

func run(src, out, wordsPath string) error {
	common, err := readWords(wordsPath)
	if err != nil {
		return err
	}
	names, err := givenNames(src)
	if err != nil {
		return err
	}
	if err := writeGivenNames(filepath.Join(out, "given_names.tsv"), names); err != nil {
		return err
	}
	countries, err := readCountries(src)
	if err != nil {
		return err
	}
	if err := writeCountries(filepath.Join(out, "countries.tsv"), countries); err != nil {
		return err
	}
	if err := writeCities(src, filepath.Join(out, "cities.tsv"), countries, common, names); err != nil {
		return err
	}
	if err := writeOrgTypes(src, filepath.Join(out, "org_types.tsv"), common); err != nil {
		return err
	}
	return writePrefixes(src, filepath.Join(out, "person_prefixes.tsv"))
}

// readWords returns the folded lower-case entries of an English word list:
// a word that the list spells in lower case is a common word; a
// capitalised entry ("Paris") is a proper noun and is not returned.
func readWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open word list %s (apt-get install wamerican): %w", path, err)
	}
	defer f.Close()
	words := make(map[string]bool)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.ContainsRune(w, '\'') {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) {
			continue
		}
		words[fold.String(w)] = true
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return words, nil
}

// name holds the evidence for one folded given name.
type name struct {
	m, f       int // SSA peak yearly counts by sex
	wm, wf, wu bool
}

func (n *name) count() int { return n.m + n.f }

// pMale merges the two sources: the SSA counts, one WGND label worth
// wgndWeight births (a "?" label half to each sex), and a uniform prior of
// one birth per sex.
func (n *name) pMale() float64 {
	m, f := float64(n.m)+1, float64(n.f)+1
	if n.wm && !n.wf {
		m += wgndWeight
	}
	if n.wf && !n.wm {
		f += wgndWeight
	}
	if n.wu || (n.wm && n.wf) {
		m += wgndWeight / 2
		f += wgndWeight / 2
	}
	return m / (m + f)
}

func givenNames(src string) (map[string]*name, error) {
	names := make(map[string]*name)
	get := func(k string) *name {
		n := names[k]
		if n == nil {
			n = &name{}
			names[k] = n
		}
		return n
	}
	err := readCSV(filepath.Join(src, "us-given-names-by-sex.csv"), func(rec []string) error {
		if len(rec) < 3 || rec[0] == "name" {
			return nil
		}
		c, err := strconv.Atoi(rec[2])
		if err != nil {
			return fmt.Errorf("count %q: %w", rec[2], err)
		}
		k := nameKey(rec[0])
		if k == "" {
			return nil
		}
		switch rec[1] {
		case "M":
			get(k).m += c
		case "F":
			get(k).f += c
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = readCSV(filepath.Join(src, "wgnd-given-names-gender.csv"), func(rec []string) error {
		if len(rec) < 2 || rec[0] == "name" {
			return nil
		}
		k := wgndKey(rec[0])
		if k == "" {
			return nil
		}
		n := get(k)
		switch rec[1] {
		case "M":
			n.wm = true
		case "F":
			n.wf = true
		default:
			n.wu = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for k, n := range names {
		wgnd := n.wm || n.wf || n.wu
		if n.count() < minSSA && !wgnd {
			delete(names, k)
		}
	}
	return names, nil
}

// nameKey folds a one-word given name, or returns "" for anything else:
// several words, digits, non-Latin scripts, one letter.
func nameKey(s string) string {
	k := fold.String(strings.TrimSpace(s))
	if len(k) < 2 || len(k) > maxNameLen {
		return ""
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !('a' <= c && c <= 'z') && !(i > 0 && i < len(k)-1 && (c == '-' || c == '\'')) {
			return ""
		}
	}
	return k
}

// wgndKey is nameKey for WGND, which also lists compound names with a
// space ("JEAN LUC"): those of two or three parts of two letters or more are
// kept, joined with hyphens ("jean-luc").
func wgndKey(s string) string {
	parts := strings.Fields(s)
	if len(parts) > 3 {
		return ""
	}
	for i, p := range parts {
		parts[i] = nameKey(p)
		if parts[i] == "" {
			return ""
		}
	}
	return nameKey(strings.Join(parts, "-"))
}

func writeGivenNames(path string, names map[string]*name) error {
	keys := sortedKeys(names)
	var b strings.Builder
	b.WriteString("# Given names: folded name, P(male), SSA peak yearly US births (both sexes; 0 = known from WGND only).\n")
	b.WriteString("# Derived by gazetteer/gen from SSA baby names (public domain) and WGND 1.0 (CC0). See NOTICE.\n")
	for _, k := range keys {
		n := names[k]
		fmt.Fprintf(&b, "%s\t%s\t%d\n", k, prob(n.pMale()), n.count())
	}
	return writeFile(path, b.String(), len(keys))
}

func prob(p float64) string {
	return strconv.FormatFloat(float64(int(p*100+0.5))/100, 'f', -1, 64)
}

// country is one country or territory with an ISO 3166 code.
type country struct {
	canonical, iso2, iso3 string
	capital               string
	aliases               []string
}

// readCountries joins country-codes.csv (ISO codes, English names,
// capitals) with the rigour territory of the same code (the canonical name
// and strong alternative names).
func readCountries(src string) ([]*country, error) {
	var out []*country
	var header map[string]int
	capitals := make(map[string]bool)
	err := readCSV(filepath.Join(src, "country-codes.csv"), func(rec []string) error {
		if header == nil {
			header = make(map[string]int)
			for i, h := range rec {
				header[h] = i
			}
			return nil
		}
		col := func(name string) string {
			i, ok := header[name]
			if !ok || i >= len(rec) {
				return ""
			}
			return strings.TrimSpace(rec[i])
		}
		c := &country{iso2: col("ISO3166-1-Alpha-2"), iso3: col("ISO3166-1-Alpha-3"), capital: col("Capital")}
		capitals[fold.String(c.capital)] = true
		if c.iso2 == "" {
			return nil
		}
		t, err := readTerritory(filepath.Join(src, "rigour", "territories", strings.ToLower(c.iso2)+".yml"))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		var names []string
		if t != nil {
			c.canonical = t.scalars["name"]
			names = append(names, t.scalars["name"], t.scalars["full_name"])
			names = append(names, t.lists["names_strong"]...)
		}
		cldr := col("CLDR display name")
		if c.canonical == "" {
			c.canonical = cldr
		}
		if better, ok := canonicalFix[c.canonical]; ok {
			names = append(names, c.canonical)
			c.canonical = better
		}
		names = append([]string{c.canonical}, names...)
		names = append(names, cldr, col("official_name_en"), col("UNTERM English Short"), col("UNTERM English Formal"))
		seen := make(map[string]bool)
		for _, n := range names {
			n = cleanCountryName(n)
			if n == "" || !latin(n) || seen[fold.String(n)] {
				continue
			}
			// Codes and abbreviations ("US", "UK", "U.S.") are left to
			// the hand-written country_aliases.tsv, which marks them
			// case-sensitive.
			if n != c.canonical && junkCountryName(n) {
				continue
			}
			seen[fold.String(n)] = true
			c.aliases = append(c.aliases, n)
		}
		out = append(out, c)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Rigour countries that country-codes.csv lacks and that still exist
	// (Kosovo, with its user-assigned code XK).
	extra, err := extraCountries(src, out)
	if err != nil {
		return nil, err
	}
	out = append(out, extra...)
	// A capital is not another name of its country ("Tunis", "Brazzaville"),
	// unless the country is a city state of that name.
	for _, c := range out {
		kept := c.aliases[:0]
		for _, a := range c.aliases {
			if a == c.canonical || !capitals[fold.String(a)] {
				kept = append(kept, a)
			}
		}
		c.aliases = kept
	}
	sort.Slice(out, func(i, j int) bool { return out[i].canonical < out[j].canonical })
	return out, err
}

// extraCountries returns the rigour territories marked as current
// countries whose two-letter code country-codes.csv does not list.
func extraCountries(src string, have []*country) ([]*country, error) {
	known := make(map[string]bool)
	for _, c := range have {
		known[strings.ToLower(c.iso2)] = true
	}
	dir := filepath.Join(src, "rigour", "territories")
	files, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", dir, err)
	}
	var out []*country
	for _, f := range files {
		code, ok := strings.CutSuffix(f.Name(), ".yml")
		if !ok || len(code) != 2 || known[code] {
			continue
		}
		t, err := readTerritory(filepath.Join(dir, f.Name()))
		if err != nil {
			return nil, err
		}
		if t.scalars["is_country"] != "true" || t.scalars["is_historical"] == "true" || t.scalars["name"] == "" {
			continue
		}
		c := &country{canonical: t.scalars["name"], iso2: strings.ToUpper(code), iso3: strings.ToUpper(t.scalars["alpha3"])}
		for _, n := range append([]string{t.scalars["name"], t.scalars["full_name"]}, t.lists["names_strong"]...) {
			n = cleanCountryName(n)
			if n != "" && latin(n) && (n == c.canonical || !junkCountryName(n)) && !slices.Contains(c.aliases, n) {
				c.aliases = append(c.aliases, n)
			}
		}
		out = append(out, c)
	}
	return out, nil
}

// canonicalFix replaces a few rigour names with the English name that news
// uses.
var canonicalFix = map[string]string{
	"Holy See":          "Vatican City",
	"Naoero":            "Nauru",
	"Macao SAR":         "Macau",
	"Congo-Brazzaville": "Republic of the Congo",
	"Hong Kong SAR":     "Hong Kong",
}

// badCountryNames are alternative names in the sources that are jokes,
// language names, surnames or demonyms rather than names of the country.
var badCountryNames = map[string]bool{
	"best korea": true, "aquaserbia": true, "mann": true, "magyar": true, "yisraeli": true,
	"israelite": true, "gabonais": true, "iraki": true, "el salvadori": true, "jerriais": true,
	"lietuviu kalba": true, "emetab israel": true, "qatari": true, "turkmen": true, "suid -afrika": true,
	"american": true, "mexican": true,
	"congo": true, // two countries: left to country_aliases.tsv
}

// junkCountryName reports whether an alternative country name should be
// left out: codes and abbreviations ("US", "UK", "U.S.": the hand-written
// country_aliases.tsv lists them as case-sensitive), names in capitals
// (CENTRAFRIQUE), marked ones ("Niue *"), names with a language suffix
// ("Vanuatu nutome"), demonyms and badCountryNames.
func junkCountryName(n string) bool {
	k := fold.String(n)
	return isAbbrev(n) || strings.Contains(n, ".") || strings.ContainsAny(n, "*[]") ||
		n == strings.ToUpper(n) || strings.HasSuffix(k, " nutome") || demonym(n) || badCountryNames[k]
}

// demonym reports whether n looks like a nationality adjective ("Russian"),
// which rigour sometimes lists among a country's names; no country name
// ends like one.
func demonym(n string) bool {
	k := fold.String(n)
	for _, suf := range []string{"ian", "ese", "ish", "ean"} {
		if strings.HasSuffix(k, suf) && !strings.Contains(k, " ") {
			return true
		}
	}
	return false
}

// cleanCountryName drops the UN's "(the)" and "*" marks and the CLDR's
// disambiguating " - X" suffix, and capitalises names that rigour spells
// in lower case.
func cleanCountryName(n string) string {
	n = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(n), "*"))
	n = strings.TrimSpace(strings.TrimSuffix(n, "(the)"))
	n = strings.TrimPrefix(n, "the ")
	if strings.Contains(n, " - ") || strings.ContainsAny(n, "(),") {
		return ""
	}
	if n == strings.ToLower(n) {
		n = titleCase(n)
	}
	return n
}

var lowerWords = map[string]bool{"of": true, "and": true, "the": true, "de": true, "da": true, "del": true, "la": true, "le": true, "des": true, "du": true, "y": true, "e": true}

func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if i > 0 && lowerWords[w] {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		ws[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(ws, " ")
}

func isAbbrev(n string) bool {
	letters := 0
	for _, r := range n {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return letters <= 4
}

// latin reports whether every letter of s folds to ASCII.
func latin(s string) bool {
	k := fold.String(s)
	for i := 0; i < len(k); i++ {
		if k[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func writeCountries(path string, cs []*country) error {
	var b strings.Builder
	b.WriteString("# Countries: canonical name, ISO 3166-1 alpha-2, alpha-3, capital, names (|-separated, as spelt).\n")
	b.WriteString("# Derived by gazetteer/gen from datasets/country-codes (PDDL) and opensanctions/rigour territories (MIT). See NOTICE.\n")
	for _, c := range cs {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\n", c.canonical, c.iso2, c.iso3, c.capital, strings.Join(c.aliases, "|"))
	}
	return writeFile(path, b.String(), len(cs))
}

// writeCities keeps the world-cities names (GeoNames places over 15,000
// people) that are safe to read as a city when capitalised in news text:
//
//   - every national capital (from country-codes.csv);
//   - every other name unless it is a one-word English common word
//     ("Mobile", "Reading", "Split", "Nice") or a common given name
//     (SSA peak above commonGivenName: "Florence", "Charlotte"), or it is
//     also a country's name ("Mexico" in the Philippines).
//
// world-cities has no population, so importance cannot be ranked; a name
// that several countries share goes to the country whose capital it is,
// else to the one where it is also the name of the province or state
// (often its capital), else to the country with most cities of that name,
// then alphabetically.
func writeCities(src, path string, cs []*country, common map[string]bool, names map[string]*name) error {
	countryOf := make(map[string]string) // folded country name → canonical
	capitals := make(map[string]string)  // folded capital → canonical country
	for _, c := range cs {
		for _, a := range append([]string{c.canonical}, c.aliases...) {
			countryOf[fold.String(a)] = c.canonical
		}
		if c.capital != "" {
			capitals[fold.String(c.capital)] = c.canonical
		}
	}
	// GeoNames country names that neither list spells the same way.
	for k, v := range map[string]string{
		"czech republic": "Czechia", "macedonia": "North Macedonia", "swaziland": "Eswatini",
		"bonaire, saint eustatius and saba": "Caribbean Netherlands",
		"bolivia, plurinational state of":   "Bolivia", "congo, the democratic republic of the": "DR Congo",
		"falkland islands (malvinas)": "Falkland Islands", "holy see (vatican city state)": "Vatican City",
		"iran, islamic republic of": "Iran", "korea, democratic people's republic of": "North Korea",
		"korea, republic of": "South Korea", "micronesia, federated states of": "Micronesia",
		"moldova, republic of": "Moldova", "no country found for alpha-2 code: xk": "Kosovo",
		"palestine, state of": "Palestine", "saint martin (french part)": "Saint Martin",
		"sint maarten (dutch part)": "Sint Maarten", "taiwan, province of china": "Taiwan",
		"tanzania, united republic of": "Tanzania", "venezuela, bolivarian republic of": "Venezuela",
		"virgin islands, british": "British Virgin Islands", "virgin islands, u.s.": "U.S. Virgin Islands",
		"congo": "Republic of the Congo", "macao": "Macau",
	} {
		if c, ok := countryOf[fold.String(v)]; ok {
			countryOf[k] = c
		}
	}
	type cand struct {
		display string
		votes   map[string]int // country → number of cities
		admin   map[string]bool
	}
	cities := make(map[string]*cand)
	unknown := make(map[string]bool)
	err := readCSV(filepath.Join(src, "world-cities.csv"), func(rec []string) error {
		if len(rec) < 3 || rec[0] == "name" {
			return nil
		}
		nm := strings.TrimSpace(rec[0])
		if nm == "" || !latin(nm) || strings.ContainsAny(nm, "0123456789") {
			return nil
		}
		ctry, ok := countryOf[fold.String(rec[1])]
		if !ok {
			unknown[rec[1]] = true
			return nil
		}
		k := fold.String(nm)
		c := cities[k]
		if c == nil {
			c = &cand{display: nm, votes: make(map[string]int), admin: make(map[string]bool)}
			cities[k] = c
		}
		c.votes[ctry]++
		if fold.String(rec[2]) == k || strings.HasPrefix(fold.String(rec[2]), k+" ") {
			c.admin[ctry] = true
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(unknown) > 0 {
		log.Printf("cities: %d countries not matched: %v", len(unknown), sortedKeys(unknown))
	}
	var b strings.Builder
	b.WriteString("# Cities: name as spelt, country (canonical), 1 if it is the capital, other countries with a city of that name (|).\n")
	b.WriteString("# GeoNames places over 15,000 people,\n")
	b.WriteString("# without one-word English common words, common given names and country names unless capital. See gen/main.go.\n")
	n := 0
	dropped := map[string]int{}
	for _, k := range sortedKeys(cities) {
		c := cities[k]
		capOf, isCap := capitals[k]
		if isCap {
			if _, ok := c.votes[capOf]; !ok {
				isCap = false
			}
		}
		oneWord := !strings.ContainsAny(k, " -")
		switch {
		case isCap:
		case oneWord && common[k]:
			dropped["common word"]++
			continue
		case oneWord && names[k] != nil && names[k].count() > commonGivenName:
			dropped["given name"]++
			continue
		case countryOf[k] != "":
			dropped["country name"]++
			continue
		}
		best := ""
		if isCap {
			best = capOf
		} else {
			score := func(ctry string) int {
				s := c.votes[ctry]
				if c.admin[ctry] {
					s += 1000
				}
				return s
			}
			for _, ctry := range sortedKeys(c.votes) {
				if best == "" || score(ctry) > score(best) {
					best = ctry
				}
			}
		}
		flag := ""
		if isCap {
			flag = "1"
		}
		var others []string
		for _, ctry := range sortedKeys(c.votes) {
			if ctry != best {
				others = append(others, ctry)
			}
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", c.display, best, flag, strings.Join(others, "|"))
		n++
	}
	log.Printf("cities: dropped %v", dropped)
	return writeFile(path, b.String(), n)
}

// writeOrgTypes keeps the rigour org_types aliases in Latin script (which
// covers English, Spanish, French, German, Italian, Portuguese, Dutch and
// the Nordic languages among others), one row per alias with its display
// form and generic class.
func writeOrgTypes(src, path string, common map[string]bool) error {
	items, err := readOrgTypes(filepath.Join(src, "rigour", "org_types.yml"))
	if err != nil {
		return err
	}
	type row struct{ alias, display, generic string }
	rows := make(map[string]row)
	for _, it := range items {
		display := first(it["display"])
		if display == "" {
			display = first(it["compare"])
		}
		for _, a := range it["aliases"] {
			a = strings.TrimSpace(a)
			if a == "" || !latin(a) || len(strings.Fields(a)) > 5 {
				continue
			}
			k := fold.String(a)
			// "in" is listed for "Inc": a short common word written in
			// lower case is too ambiguous to keep.
			if a == strings.ToLower(a) && len(k) <= 3 && common[k] {
				continue
			}
			d := display
			if d == "" {
				d = a
			}
			if old, ok := rows[k]; ok && old.alias != strings.ToLower(old.alias) {
				continue // keep the first capitalised spelling
			}
			rows[k] = row{a, d, first(it["generic"])}
		}
	}
	var b strings.Builder
	b.WriteString("# Organization legal forms and type words: alias as spelt, display form, generic class (LLC, JSC, NGO, SOE, ...).\n")
	b.WriteString("# Derived by gazetteer/gen from opensanctions/rigour resources/names/org_types.yml (MIT), Latin-script aliases only.\n")
	for _, k := range sortedKeys(rows) {
		r := rows[k]
		fmt.Fprintf(&b, "%s\t%s\t%s\n", r.alias, r.display, r.generic)
	}
	return writeFile(path, b.String(), len(rows))
}

func writePrefixes(src, path string) error {
	t, err := readTerritory(filepath.Join(src, "rigour", "stopwords.yml"))
	if err != nil {
		return err
	}
	seen := make(map[string]bool)
	var out []string
	for _, p := range t.lists["PERSON_NAME_PREFIXES"] {
		p = strings.TrimSpace(strings.TrimPrefix(p, "The "))
		p = strings.TrimSuffix(p, ".")
		if p == "" || p == "The" || seen[fold.String(p)] {
			continue
		}
		seen[fold.String(p)] = true
		out = append(out, p)
	}
	sort.Strings(out)
	var b strings.Builder
	b.WriteString("# Person-name prefixes (titles), as spelt, without a leading \"The\" or trailing period.\n")
	b.WriteString("# Derived by gazetteer/gen from opensanctions/rigour resources/names/stopwords.yml (MIT).\n")
	for _, p := range out {
		b.WriteString(p + "\n")
	}
	return writeFile(path, b.String(), len(out))
}

// yamlDoc is what the small YAML reader below understands: top-level
// scalars and top-level lists of scalars.
type yamlDoc struct {
	scalars map[string]string
	lists   map[string][]string
}

// readTerritory reads a flat YAML file (a rigour territory or the
// stopwords file): "key: value", "key:" followed by "  - item" lines, and
// folded blocks, which it skips.
func readTerritory(path string) (*yamlDoc, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	d := &yamlDoc{scalars: make(map[string]string), lists: make(map[string][]string)}
	key := ""
	for _, line := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(stripComment(line))
		if t == "" {
			continue
		}
		if line[0] != ' ' && line[0] != '-' {
			k, v, ok := strings.Cut(t, ":")
			if !ok {
				key = ""
				continue
			}
			key = k
			if v = strings.TrimSpace(v); v != "" && v != ">-" && v != "|" && v != ">" {
				d.scalars[key] = unquote(v)
			}
			continue
		}
		if item, ok := strings.CutPrefix(t, "- "); ok && key != "" {
			d.lists[key] = append(d.lists[key], unquote(strings.TrimSpace(item)))
		}
	}
	return d, nil
}

// readOrgTypes reads org_types.yml: a list of maps with scalar fields and
// an "aliases" list.
func readOrgTypes(path string) ([]map[string][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var items []map[string][]string
	var cur map[string][]string
	for _, line := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(stripComment(line))
		if t == "" || t == "types:" {
			continue
		}
		indent := len(line) - len(strings.TrimLeft(line, " "))
		if rest, ok := strings.CutPrefix(t, "- "); ok && indent == 2 {
			cur = map[string][]string{"generic": {""}}
			items = append(items, cur)
			t = rest
		}
		if cur == nil {
			continue
		}
		if item, ok := strings.CutPrefix(t, "- "); ok {
			cur["aliases"] = append(cur["aliases"], unquote(strings.TrimSpace(item)))
			continue
		}
		if k, v, ok := strings.Cut(t, ":"); ok && k != "aliases" {
			cur[k] = []string{unquote(strings.TrimSpace(v))}
		}
	}
	return items, nil
}

// stripComment removes a " #" comment; a '#' inside a word is kept.
func stripComment(line string) string {
	if strings.HasPrefix(strings.TrimSpace(line), "#") {
		return ""
	}
	if i := strings.Index(line, " #"); i >= 0 {
		return line[:i]
	}
	return line
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}

func readCSV(path string, fn func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	r.FieldsPerRecord = -1
	line := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		line++
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
		if err := fn(rec); err != nil {
			return fmt.Errorf("%s record %d: %w", path, line, err)
		}
	}
}

func writeFile(path, content string, rows int) error {
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	log.Printf("wrote %s: %d rows, %d bytes", path, rows, len(content))
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}
