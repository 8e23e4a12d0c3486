// Package coref links the mentions of one document into entities: a
// surname or a given name to the full name ("Luna" → "Diego Luna",
// accent-insensitive), a quoted nickname to an alias, and he/she or a role
// noun ("the actor") to the last fitting person.
package coref

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/gazetteer"
)

// Linker links mentions within a document. It is safe for concurrent use.
type Linker struct {
	gaz *gazetteer.Gazetteer
}

// New returns a Linker that reads given names and role nouns from g.
func New(g *gazetteer.Gazetteer) *Linker { return &Linker{gaz: g} }

// class groups types whose mentions may name the same entity.
func class(t doc.EntityType) int {
	switch t {
	case doc.Person, doc.Character:
		return 1
	case doc.Org:
		return 2
	case doc.GPE, doc.Loc:
		return 3
	case doc.Work:
		return 4
	case doc.NORP:
		return 5
	case doc.Event:
		return 6
	}
	return 7
}

// ent is an entity under construction.
type ent struct {
	class int
	typ   doc.EntityType
	name  string
	words []string // folded words of name
	alias map[string]bool
	roles map[string]bool
	gen   doc.Gender
	ments []int
}

// Link fills d.Entities from the name mentions in d.Mentions, sets each
// mention's Entity, and adds pronoun and role-noun mentions linked to the
// person they refer to.
func (l *Linker) Link(d *doc.Doc) {
	retypeNameParts(d, l.gaz)
	var ents []*ent
	byKey := map[string]int{}
	order := make([]int, 0, len(d.Mentions))
	for i := range d.Mentions {
		if d.Mentions[i].Kind == doc.Name {
			order = append(order, i)
		}
	}
	// Longer names first, so that "Luna" finds "Diego Luna" even when the
	// surname comes first in the text.
	nwords := make([]int, len(d.Mentions))
	for _, mi := range order {
		nwords[mi] = strings.Count(strings.TrimSpace(d.Mentions[mi].Text), " ") + 1
	}
	sort.SliceStable(order, func(a, b int) bool { return nwords[order[a]] > nwords[order[b]] })
	for _, mi := range order {
		m := &d.Mentions[mi]
		name, nick := splitNickname(m.Text)
		words := foldWords(name)
		if len(words) == 0 {
			continue
		}
		c := class(m.Type)
		key := keyOf(c, words)
		ei, ok := byKey[key]
		if !ok && c == 1 {
			ei, ok = l.findPerson(ents, words, nick, m.Start, d)
		}
		if !ok && nick == "" {
			// A nickname used alone: "El Chapo".
			for k, e := range ents {
				if e.class == c && e.alias[strings.Join(words, " ")] {
					ei, ok = k, true
					break
				}
			}
		}
		if !ok {
			e := &ent{class: c, typ: m.Type, name: name, words: words, alias: map[string]bool{}, roles: map[string]bool{}}
			ents = append(ents, e)
			ei = len(ents) - 1
			byKey[key] = ei
		}
		e := ents[ei]
		if len(words) > len(e.words) {
			e.alias[strings.Join(e.words, " ")] = true
			e.name, e.words = name, words
		}
		if nick != "" {
			e.alias[strings.Join(foldWords(nick), " ")] = true
		}
		e.ments = append(e.ments, mi)
		m.Entity = ei
		if role := l.roleBefore(d, m.Span); role != "" {
			e.roles[role] = true
		}
	}
	d.Entities = d.Entities[:0]
	for _, e := range ents {
		out := doc.Entity{Type: e.typ, Name: e.name, Mentions: e.ments}
		sort.Ints(out.Mentions)
		if e.class == 1 {
			out.Gender = l.gender(d, e)
		}
		seen := map[string]bool{gazetteer.Fold(e.name): true}
		for _, mi := range out.Mentions {
			name, nick := splitNickname(d.Mentions[mi].Text)
			for _, a := range []string{name, nick} {
				f := gazetteer.Fold(a)
				if a == "" || seen[f] || (len(strings.Fields(a)) == 1 && nick == "" && containsWord(e.words, f)) {
					continue
				}
				seen[f] = true
				out.Aliases = append(out.Aliases, a)
			}
		}
		d.Entities = append(d.Entities, out)
	}
	l.linkPronouns(d, ents)
}

// retypeNameParts makes a one-word mention a person when it is a word of a
// person's full name in the same document ("Felix" after "Miguel Ángel
// Félix Gallardo"), whatever type the tagger gave it, unless a gazetteer
// or a title cue decided that type. A city name from the gazetteer that is
// the surname of such a person ("Davis" after "Ossie Davis") is the person
// too, unless a place preposition stands before it ("in Davis") or it
// names a country.
func retypeNameParts(d *doc.Doc, g *gazetteer.Gazetteer) {
	parts := map[string]bool{}
	surnames := map[string]bool{}
	full := map[string]bool{}
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && (m.Type == doc.Person || m.Type == doc.Character) {
			if ws := foldWords(m.Text); len(ws) >= 2 && !coordinated(ws) {
				full[strings.Join(ws, " ")] = true
				for _, w := range ws {
					parts[w] = true
				}
				surnames[surname(ws)] = true
			}
		}
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Kind != doc.Name || m.Type == doc.Person || m.Type == doc.Character {
			continue
		}
		if strings.HasPrefix(m.Source, "rules:") {
			if m.Source == "rules:gazetteer" && m.Type == doc.GPE {
				if ws := foldWords(m.Text); len(ws) == 1 && surnames[ws[0]] && !afterPlacePrep(d, m.Span) && !isCountry(g, m.Text) {
					m.Type = doc.Person
				}
			}
			continue
		}
		if ws := foldWords(m.Text); (len(ws) == 1 && parts[ws[0]]) || full[strings.Join(ws, " ")] {
			m.Type = doc.Person
		}
	}
}

// placePreps are prepositions that put a city name in its place role: "in
// Davis", "from Lincoln".
var placePreps = map[string]bool{"in": true, "at": true, "from": true, "to": true, "near": true, "of": true,
	"into": true, "outside": true, "around": true, "across": true, "via": true, "toward": true, "towards": true,
	"through": true, "between": true, "inside": true, "within": true, "downtown": true}

// afterPlacePrep reports whether a place preposition stands right before s.
func afterPlacePrep(d *doc.Doc, s doc.Span) bool {
	i := d.TokenAt(s.Start)
	return i > 0 && i < len(d.Tokens) && placePreps[strings.ToLower(d.TokenText(i-1))]
}

// coordinated reports whether a name's words join two names: "Mario &
// Sonic", "Simon and Garfunkel".
func coordinated(ws []string) bool {
	for _, w := range ws {
		if w == "&" || w == "and" {
			return true
		}
	}
	return false
}

// findPerson finds the person entity a partial name refers to: every word
// of the shorter name is a word of the longer one. A pair of names joined
// by "&" or "and" takes no part: "Sonic" is not "Mario & Sonic".
func (l *Linker) findPerson(ents []*ent, words []string, nick string, at int, d *doc.Doc) (int, bool) {
	best, bestScore := -1, 0
	if coordinated(words) {
		return -1, false
	}
	for k, e := range ents {
		if e.class != 1 || coordinated(e.words) {
			continue
		}
		if !subset(words, e.words) && !subset(e.words, words) {
			continue
		}
		score := 1
		if len(words) == 1 && words[0] == surname(e.words) {
			score = 3 // a surname
		} else if len(words) > 1 {
			score = 2
		}
		if score > bestScore {
			best, bestScore = k, score
		}
	}
	return best, best >= 0
}

// surname returns the last word of a folded full name, before a
// generational suffix: "desmarais" in "paul desmarais jr.".
func surname(words []string) string {
	n := len(words)
	for n > 1 {
		switch strings.TrimSuffix(words[n-1], ".") {
		case "jr", "sr", "ii", "iii", "iv", "v":
			n--
			continue
		}
		break
	}
	return words[n-1]
}

func subset(a, b []string) bool {
	for _, w := range a {
		if !containsWord(b, w) {
			return false
		}
	}
	return true
}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

func keyOf(c int, words []string) string {
	return string(rune('0'+c)) + strings.Join(words, " ")
}

// foldWords returns the folded words of a name, without punctuation.
func foldWords(s string) []string {
	f := strings.FieldsFunc(gazetteer.Fold(s), func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == ',' || r == '"' || r == '“' || r == '”' || r == '‘' || r == '’'
	})
	return f
}

// splitNickname splits `Joaquín "El Chapo" Guzmán` into the name without
// the nickname and the nickname.
func splitNickname(s string) (name, nick string) {
	for _, p := range [][2]string{{`"`, `"`}, {"“", "”"}, {"‘", "’"}, {"'", "'"}} {
		i := strings.Index(s, p[0])
		if i < 0 {
			continue
		}
		j := strings.Index(s[i+len(p[0]):], p[1])
		if j <= 0 {
			continue
		}
		nick = s[i+len(p[0]) : i+len(p[0])+j]
		name = strings.Join(strings.Fields(s[:i]+" "+s[i+len(p[0])+j+len(p[1]):]), " ")
		return name, nick
	}
	return s, ""
}

// roleBefore returns the role noun right before a span ("star Diego
// Luna", "agent Walt Breslin"), or "".
func (l *Linker) roleBefore(d *doc.Doc, s doc.Span) string {
	i := d.TokenAt(s.Start)
	if i == 0 || i >= len(d.Tokens) {
		return ""
	}
	w := strings.ToLower(d.TokenText(i - 1))
	if w == "(" && i >= 2 {
		// "Kiki Camarena (Michael Peña)": the name in parentheses is the
		// actor of the name before.
		return "actor"
	}
	if _, ok := l.gaz.RoleNoun(w); ok {
		return w
	}
	return ""
}

// gender decides an entity's gender from a title before a mention ("Mrs."),
// a gendered role noun ("actress"), or its given name.
func (l *Linker) gender(d *doc.Doc, e *ent) doc.Gender {
	for r := range e.roles {
		if g, ok := l.gaz.RoleNoun(r); ok && g != doc.Unknown {
			return g
		}
	}
	for _, mi := range e.ments {
		i := d.TokenAt(d.Mentions[mi].Start)
		if i > 0 {
			if g, ok := l.gaz.Title(strings.ToLower(strings.TrimSuffix(d.TokenText(i-1), "."))); ok && g != doc.Unknown {
				return g
			}
		}
	}
	if len(e.words) >= 2 || e.typ == doc.Person || e.typ == doc.Character {
		if g, conf := l.gaz.Gender(e.words[0]); g != doc.Unknown && conf >= 0.75 {
			return g
		}
	}
	return doc.Unknown
}

// isCountry reports whether s names a country.
func isCountry(g *gazetteer.Gazetteer, s string) bool {
	_, ok := g.Country(s)
	return ok
}
