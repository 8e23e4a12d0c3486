package gazetteer

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/gazetteer/internal/fold"
)

// genderCut is the confidence from which Gender names a sex.
const genderCut = 0.75

// GivenName returns what the lists say of a given name, ignoring case and
// accents. A hyphenated name not in the lists ("Jean-Baptiste") is looked
// up by its first part.
func (g *Gazetteer) GivenName(s string) (GivenName, bool) {
	s = strings.TrimSpace(s)
	var buf [32]byte
	if b, ok := fold.ASCIIInto(buf[:], s); ok && !strings.ContainsAny(s, " \t\n-") {
		return g.givenNameBytes(b)
	}
	k := Fold(s)
	if strings.ContainsAny(k, " \t\n") {
		k = strings.Join(strings.Fields(k), "-")
	}
	if n, ok := g.givenName(k); ok {
		return n, true
	}
	if i := strings.IndexByte(k, '-'); i > 0 {
		return g.givenName(k[:i])
	}
	return GivenName{}, false
}

// givenNameBytes is givenName for a key in a byte slice, without
// allocating.
func (g *Gazetteer) givenNameBytes(k []byte) (GivenName, bool) {
	lo, hi := 0, len(g.givenKeys)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if g.givenKeys[m] < string(k) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(g.givenKeys) || g.givenKeys[lo] != string(k) {
		return GivenName{}, false
	}
	return GivenName{PMale: float64(g.givenPMale[lo]) / 100, Count: int(g.givenCount[lo])}, true
}

func (g *Gazetteer) givenName(k string) (GivenName, bool) {
	i, ok := slices.BinarySearch(g.givenKeys, k)
	if !ok {
		return GivenName{}, false
	}
	return GivenName{PMale: float64(g.givenPMale[i]) / 100, Count: int(g.givenCount[i])}, true
}

// Gender returns the likely sex of a person with the given name and a
// confidence in [0, 1]. The confidence is the majority sex's share of the
// name, discounted for rare names: for a name with US birth counts, the
// lower bound of the 95% Wilson interval of that share over Count+2 births
// (so "Kiki", 10 boys in 52, is less sure than "Teresa"); for a name known
// only from WGND, whose labels are judgments rather than samples, the
// share itself (0.92 for a labelled name). The answer is Male or Female
// when the confidence reaches 0.75, else Unknown with confidence 0; an
// unknown name also gives (doc.Unknown, 0). Use GivenName for the raw
// figures.
func (g *Gazetteer) Gender(given string) (doc.Gender, float64) {
	n, ok := g.GivenName(given)
	if !ok {
		return doc.Unknown, 0
	}
	gender, share := doc.Male, n.PMale
	if n.PMale < 0.5 {
		gender, share = doc.Female, 1-n.PMale
	}
	conf := share
	if n.Count > 0 {
		conf = wilsonLower(share, float64(n.Count)+2)
	}
	if conf < genderCut {
		return doc.Unknown, 0
	}
	return gender, conf
}

// wilsonLower is the lower bound of the 95% Wilson score interval of a
// proportion p observed over n trials.
func wilsonLower(p, n float64) float64 {
	const z = 1.96
	z2 := z * z
	center := p + z2/(2*n)
	margin := z * math.Sqrt(p*(1-p)/n+z2/(4*n*n))
	return (center - margin) / (1 + z2/n)
}

// Country returns the canonical name of the country that name names
// ("México", "United States of America", "Britain"). Abbreviations
// ("US", "U.S.", "UK") match only in capitals.
func (g *Gazetteer) Country(name string) (canonical string, ok bool) {
	name = strings.TrimSpace(name)
	if isAbbrev(name) {
		c, ok := g.countryAbbr[strings.TrimSuffix(name, ".")]
		return c, ok
	}
	c, ok := g.countries[Fold(name)]
	return c, ok
}

// CountryInfo returns the codes and capital of a country given any of its
// names.
func (g *Gazetteer) CountryInfo(name string) (CountryInfo, bool) {
	c, ok := g.Country(name)
	if !ok {
		return CountryInfo{}, false
	}
	info, ok := g.countryInfo[Fold(c)]
	return info, ok
}

// City returns the country of the city that name names. The list holds
// GeoNames places over 15,000 people whose names are not also English
// common words or common given names (capitals are always kept), plus a
// few hand-written aliases ("New York"); see gen/main.go.
func (g *Gazetteer) City(name string) (country string, ok bool) {
	c, ok := g.CityInfo(name)
	return c.Country, ok
}

// CityInfo returns the entry of the city that name names.
func (g *Gazetteer) CityInfo(name string) (CityInfo, bool) {
	e, ok := g.lookup(name, City)
	if !ok {
		return CityInfo{}, false
	}
	return g.cities[e.aux], true
}

// Nationality returns the country of a nationality adjective or demonym:
// "Mexican" → "Mexico", "Brits" → "United Kingdom".
func (g *Gazetteer) Nationality(word string) (country string, ok bool) {
	c, ok := g.nationality[Fold(strings.TrimSpace(word))]
	return c, ok
}

// Platform returns the canonical name of a streaming platform,
// broadcaster or network: "Amazon Prime Video" → "Prime Video". It also
// knows the weak aliases ("Max", "Fox") that Match leaves out.
func (g *Gazetteer) Platform(name string) (canonical string, ok bool) {
	c, ok := g.platforms[Fold(strings.TrimSpace(name))]
	return c, ok
}

// PlatformKind returns the kind the list gives a platform, broadcaster or
// outlet ("streaming", "network", "broadcaster", "news", …) by any of its
// names, and whether the name is listed.
func (g *Gazetteer) PlatformKind(name string) (string, bool) {
	c, ok := g.Platform(name)
	if !ok {
		return "", false
	}
	return g.platformKind[c], true
}

// Platforms returns the canonical names of all platforms, sorted.
func (g *Gazetteer) Platforms() []string {
	return append([]string(nil), g.platformList...)
}

// OrgCue reports whether word is a word that ends or starts organization
// names: a type word ("Cartel", "Agency", "University") or a legal form
// ("Inc", "Ltd", "GmbH").
func (g *Gazetteer) OrgCue(word string) bool {
	return g.OrgCuePosition(word) != 0
}

// OrgCuePosition says where an organization cue word stands in a name;
// 0 if word is not one. Legal forms are suffixes.
func (g *Gazetteer) OrgCuePosition(word string) CuePosition {
	k := matchKey(Fold(strings.TrimSpace(word)))
	if p, ok := g.orgCues[k]; ok {
		return p
	}
	if _, ok := g.orgTypes[k]; ok && !strings.Contains(k, " ") {
		return CueSuffix
	}
	return 0
}

// EventCue reports whether word signals the name of an event or
// operation: "Operation", "War", "Summit", "Festival", "Awards".
func (g *Gazetteer) EventCue(word string) bool {
	return g.eventCues[Fold(strings.TrimSpace(word))] != 0
}

// EventCuePosition says where an event cue word stands in a name; 0 if
// word is not one.
func (g *Gazetteer) EventCuePosition(word string) CuePosition {
	return g.eventCues[Fold(strings.TrimSpace(word))]
}

// OrgAcronym reports whether word is a well-known organization acronym.
// Case matters: "WHO" is one, "who" is not. Periods are ignored ("U.N.").
func (g *Gazetteer) OrgAcronym(word string) bool {
	_, ok := g.acronyms[strings.ReplaceAll(strings.TrimSpace(word), ".", "")]
	return ok
}

// OrgAcronymName returns the expansion of an organization acronym:
// "DEA" → "Drug Enforcement Administration".
func (g *Gazetteer) OrgAcronymName(word string) (string, bool) {
	n, ok := g.acronyms[strings.ReplaceAll(strings.TrimSpace(word), ".", "")]
	return n, ok
}

// LegalForm returns the display form and generic class of an organization
// legal form or type ("Inc.", "Limited Liability Company", "GmbH").
func (g *Gazetteer) LegalForm(s string) (OrgTypeInfo, bool) {
	t, ok := g.orgTypes[matchKey(Fold(strings.TrimSpace(s)))]
	return t, ok
}

// Title returns the gender that a person title carries: "Mr" → Male,
// "Mrs", "Ms" → Female, "Dr", "Senator" → Unknown. A trailing period is
// ignored.
func (g *Gazetteer) Title(word string) (doc.Gender, bool) {
	t, ok := g.titles[matchKey(Fold(strings.TrimSpace(word)))]
	return t, ok
}

// RoleNoun returns the gender that a role noun carries when it carries
// one firmly: "actress", "spokeswoman" → Female, "chairman" → Male,
// "agent", "actor" (also said of women), "director" → Unknown. Regular
// plurals are understood ("actresses").
func (g *Gazetteer) RoleNoun(word string) (doc.Gender, bool) {
	r, ok := g.role(word)
	if !ok {
		return doc.Unknown, false
	}
	if !r.strong {
		return doc.Unknown, true
	}
	return r.gender, true
}

// RoleGender is RoleNoun with the weak genders too: "actor" → (Male,
// false), a hint that the noun leans male but is also said of women.
func (g *Gazetteer) RoleGender(word string) (gender doc.Gender, strong bool, ok bool) {
	r, ok := g.role(word)
	return r.gender, r.strong, ok
}

func (g *Gazetteer) role(word string) (roleInfo, bool) {
	k := Fold(strings.TrimSpace(word))
	if r, ok := g.roles[k]; ok {
		return r, true
	}
	for _, s := range [][2]string{{"men", "man"}, {"ies", "y"}, {"es", ""}, {"s", ""}} {
		if b, ok := strings.CutSuffix(k, s[0]); ok && b != "" {
			if r, ok := g.roles[b+s[1]]; ok {
				return r, true
			}
		}
	}
	return roleInfo{}, false
}

// Pronoun returns the gender and number of a personal or possessive
// pronoun: "she" → (Female, false), "they" → (Unknown, true), "it" →
// (Unknown, false). First and second person pronouns are included.
func (g *Gazetteer) Pronoun(word string) (gender doc.Gender, plural bool, ok bool) {
	p, ok := g.pronouns[Fold(strings.TrimSpace(word))]
	return p.gender, p.plural, ok
}

// PronounPerson returns 1, 2 or 3 for a pronoun's grammatical person, or
// 0 if word is not a pronoun.
func (g *Gazetteer) PronounPerson(word string) int {
	return int(g.pronouns[Fold(strings.TrimSpace(word))].person)
}

// CommonWord reports whether word is a common English word that is often
// capitalised at the start of a sentence but is not a name ("The",
// "However", "Yesterday").
func (g *Gazetteer) CommonWord(word string) bool {
	return g.common[Fold(strings.TrimSpace(word))]
}

// Match finds the longest name that starts at words[i]: a country,
// nationality, platform, organization acronym, city or legal form (the
// NameKinds). Words are compared folded (case and accents ignored, one
// trailing period dropped), but case must fit: a capitalised word of the
// entry must be capitalised in words ("new york" does not match), an
// all-capital one must be all capitals ("FBI", "US", not "Us"), and only
// the inner lower-case words of an entry ("of", "and", "la") match any
// case. It returns the number of words matched, the kind and the
// canonical name (for a country or nationality the country, for a
// platform its canonical name, for a city or acronym the name as listed,
// for a legal form its display form). At equal length the lower Kind
// wins: "Georgia" is a Country.
//
// Match does not allocate when the words it compares are ASCII.
func (g *Gazetteer) Match(words []string, i int) (n int, kind Kind, canonical string, ok bool) {
	return g.MatchKinds(words, i, NameKinds)
}

// MatchKinds is Match restricted to (or widened to) the kinds in set,
// which may include Title and Role; those match in any case.
func (g *Gazetteer) MatchKinds(words []string, i int, set KindSet) (n int, kind Kind, canonical string, ok bool) {
	if i < 0 || i >= len(words) || words[i] == "" {
		return 0, None, "", false
	}
	w := words[i]
	var buf [48]byte
	var sp span
	if k, ok := fold.ASCIIInto(buf[:], w); ok {
		if len(k) > 1 && k[len(k)-1] == '.' {
			k = k[:len(k)-1]
		}
		sp = g.first[string(k)]
	} else {
		sp = g.first[matchKey(fold.String(w))]
	}
	for ei := sp.start; ei < sp.end; ei++ {
		e := &g.entries[ei]
		if !set.Has(e.kind) || i+len(e.words) > len(words) || !caseFits(e.rules[0], w) {
			continue
		}
		fits := true
		for j := 1; j < len(e.words); j++ {
			in := words[i+j]
			if !caseFits(e.rules[j], in) || !equalFold(in, e.words[j]) {
				fits = false
				break
			}
		}
		if fits {
			return len(e.words), e.kind, e.canonical, true
		}
	}
	return 0, None, "", false
}

// caseFits reports whether word has the case that rule asks for.
func caseFits(rule caseRule, w string) bool {
	if w == "" {
		return rule == anyCase
	}
	switch rule {
	case initCap:
		c := w[0]
		if c < utf8.RuneSelf {
			return 'A' <= c && c <= 'Z'
		}
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	case allCaps:
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

// equalFold reports whether word folds to key, ignoring one trailing
// period of word. It allocates only when word is not ASCII.
func equalFold(w, key string) bool {
	if len(w) > 1 && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return matchKey(fold.String(w)) == key
		}
		if i >= len(key) {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if c == '`' {
			c = '\''
		}
		if c != key[i] {
			return false
		}
	}
	return len(w) == len(key)
}
