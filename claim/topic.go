package claim

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/doc"
)

// Class nouns name what a definition says its subject is: "X is a 2006
// American animated film", "Y is an English rock band".
var (
	workClass = set("film", "movie", "album", "song", "single", "ep", "series", "sitcom", "show", "programme", "program",
		"novel", "book", "game", "episode", "opera", "musical", "play", "documentary", "drama", "comedy", "soundtrack",
		"telenovela", "miniseries", "anime", "manga", "mixtape", "ballad", "poem", "serial", "cartoon", "thriller",
		"biopic", "videogame", "recording", "sequel", "prequel", "remake", "short", "volume", "painting", "drawing",
		"sculpture", "statue", "symphony", "concerto", "sonata", "suite", "composition", "anthology", "treatise",
		"memoir", "autobiography", "fresco", "mural", "portrait", "artwork", "biography", "release", "hit", "collection",
		"compilation", "track", "lp")
	orgClass = set("company", "band", "group", "duo", "trio", "quartet", "party", "organization", "organisation", "club",
		"team", "university", "college", "school", "newspaper", "magazine", "manufacturer", "label", "corporation", "agency",
		"association", "airline", "bank", "network", "channel", "station", "broadcaster", "institute", "foundation",
		"society", "league", "firm", "retailer", "publisher", "studio", "orchestra", "choir", "ensemble", "union",
		"council", "movement", "charity", "conglomerate", "subsidiary", "chain", "developer", "academy", "federation",
		"alliance", "brand", "operator", "carrier", "startup", "outfit", "collective", "consortium", "project")
	// classStop ends the noun phrase of a definition.
	classStop = set("by", "of", "from", "that", "which", "who", ",", "(", ";", ":", "in", "on", "for", "with", "directed",
		"written", "produced", "starring", "based", "released", "created", "founded", "formed", "and", "at", "to", ".",
		"published", "recorded", "performed", "composed", "about", "set", "where", "whose", "first", "originally", "developed",
		"owned", "operated", "headquartered", "located", "named", "made", "sung", "featuring", "adapted", "distributed", "authored",
		"broadcast", "aired", "airing", "is", "was", "starring", "co-written", "co-produced", "or", "as", "since", "until")
	// sameClass groups class nouns that a later "the NOUN" may use for the
	// topic.
	sameClass = map[string]string{"film": "film", "movie": "film", "picture": "film",
		"series": "series", "show": "series", "programme": "series", "program": "series", "sitcom": "series", "miniseries": "series", "telenovela": "series",
		"album": "album", "record": "album", "ep": "album", "mixtape": "album",
		"song": "song", "single": "song", "track": "song", "ballad": "song",
		"band": "band", "group": "band", "duo": "band", "trio": "band", "quartet": "band",
		"company": "company", "firm": "company", "corporation": "company", "manufacturer": "company", "conglomerate": "company",
		"university": "school", "college": "school", "school": "school", "academy": "school", "institute": "school",
		"novel": "book", "book": "book", "game": "game", "videogame": "game"}
	copulas = set("is", "was", "are", "were")
)

// topic is the document's main entity: the subject of a definition that
// opens the document ("X is a 2006 American film …", "X (born 1950) is an
// American actor"), the title of an encyclopedic article.
type topic struct {
	ent   int    // the entity, or -1 when the document opens with no definition
	class string // the class noun: "film", "band"; "" for a person
	// first and end delimit the title's tokens; cop is the copula.
	first, end, cop int
	// abbr is an abbreviation given in parentheses after the title.
	abbr string
}

// isAcronym reports whether w is written in capitals: "ELAM", "NATO".
func isAcronym(w string) bool {
	n := 0
	for _, c := range w {
		if !unicode.IsUpper(c) && !unicode.IsDigit(c) && c != '&' && c != '.' {
			return false
		}
		n++
	}
	return n >= 2
}

// findTopic reads the definition of the first sentence, if there is one,
// and makes sure the title is a mention of an entity of the right type.
func (r *run) findTopic() topic {
	t := topic{ent: -1}
	if len(r.d.Sentences) == 0 {
		return t
	}
	s := r.d.Sentences[0]
	a := s.First
	for a < s.Last && r.d.Tokens[a].Kind == doc.OpenQuote {
		a++
	}
	// The title runs to the first comma, parenthesis or copula.
	b, cop, depth := a, -1, 0
	for k := a; k < s.Last && k < a+40; k++ {
		w := r.words[k]
		if j := r.nicknameEnd(k, a, s.Last); j > 0 && b == a {
			k = j // a nickname inside the name: "Michael \"Mike\" Padden"
			continue
		}
		if w == "(" {
			depth++
		} else if w == ")" && depth > 0 {
			depth--
		}
		if b == a && (w == "(" || w == "," || copulas[w] || (r.d.Tokens[k].Kind == doc.CloseQuote && k > a) ||
			(w == ":" && k+1 < s.Last && apposOpeners[r.words[k+1]])) {
			b = k
		}
		if depth == 0 && copulas[w] {
			cop = k
			break
		}
	}
	if cop < 0 {
		cop = r.bareDefinition(b, s) // "X (also known as Y) a 1968 Dutch film"
	}
	whole := cop > a && r.titleMention(a, cop)
	if whole {
		// A title with a comma or a question the tagger read whole:
		// "Run, Rabbit, Run is", "Who Stole the Moon? is".
		b = r.mentionEnd(a)
	} else if b <= a || b-a > 12 || cop < 0 || !r.titleShaped(a, b) && !r.quotedSpan(a, b) && !r.foreignTitle(a, b) {
		return t
	}
	foreign := !whole && !r.titleShaped(a, b) && !r.quotedSpan(a, b)
	// The copula follows the title, maybe after a parenthesis or an
	// apposition: "X (born 1950) is", "X, also known as Y, is".
	switch {
	case cop == b, whole:
	case r.words[b] == "(" && (r.words[cop-1] == ")" || r.words[cop] == ")"):
	case r.d.Tokens[b].Kind == doc.CloseQuote && (cop == b+1 || r.words[cop-1] == ")" || r.words[cop-1] == ","):
	case r.words[b] == "," && r.words[cop-1] == "," && cop-b <= 15:
	case r.parenApposition(b, cop), r.parenOrAlias(b, cop):
	case r.words[b] == "," && cop == b+2 && (r.words[b+1] == "sr" || r.words[b+1] == "jr" || r.words[b+1] == "sr." || r.words[b+1] == "jr."):
		// "X , Sr was": the suffix belongs to the name
	default:
		return t
	}
	t.first, t.end, t.cop = a, b, cop
	// The class noun: the last one of the noun phrase after the copula.
	k := cop + 1
	k = r.skipCopulaAside(k, s)
	if k < s.Last && (r.words[k] == "a" || r.words[k] == "an" || r.words[k] == "the") {
		k++
	} else if k+2 < s.Last && r.words[k] == "one" && r.words[k+1] == "of" && r.words[k+2] == "the" {
		k += 3
	} else if e := r.entityAt(k); e >= 0 && r.mentionStart(k) == k && r.mentionEnd(k) < s.Last &&
		(r.words[r.mentionEnd(k)] == "'s" || r.words[r.mentionEnd(k)] == "’s" || r.words[r.mentionEnd(k)] == "'") {
		k = r.mentionEnd(k) + 1 // "W is A's third album"
	} else {
		k = -1
	}
	year := -1
	personHead, placeHead := false, false
	if k > 0 {
		for j := k; j < s.Last && j < k+12 && (!classStop[r.words[j]] || r.ordinalFirst(j, k) || r.andModifiers(j, s) || r.andCompound(j, s) || r.basedModifier(j, k) ||
			r.classAside(j, s) > j || r.andNationality(j, s)); j++ {
			if e := r.classAside(j, s); e > j {
				j = e - 1 // "the second (and last) studio album"
				continue
			}
			// The head noun: a class noun that ends the phrase.
			head := j+1 >= s.Last || classStop[r.words[j+1]] && !r.basedModifier(j+1, k) || r.d.Tokens[j+1].Kind != doc.Word || verbLike(r.words[j+1])
			if head && (workClass[r.words[j]] || orgClass[r.words[j]]) {
				t.class = r.words[j]
			}
			if head && t.class == "" && !personHead && !placeHead {
				personHead, placeHead = r.personNoun(r.words[j]), placeClass[r.words[j]]
			}
			if r.d.Tokens[j].Kind == doc.Number && len(r.words[j]) == 4 && year < 0 {
				year = j
			}
		}
	}
	// The entity: a mention that spans the title, else a new one.
	e := r.titleEntity(a, b)
	want := classType(t.class)
	if foreign && want != doc.Work {
		return t // only a work keeps a title in lower case: "Una sera di pioggia"
	}
	switch {
	case e >= 0 && want == "":
		if placeHead || r.words[cop] == "are" || r.words[cop] == "were" ||
			!isPersonType(r.typeOf(e)) && !(personHead && r.lifeSpan(b, cop)) {
			return t
		}
		if !isPersonType(r.typeOf(e)) {
			r.retype(e, doc.Person) // "X (1841 – 1918) was a German art dealer"
		}
	case want == "" && personHead && b-a <= 10 && r.words[cop] != "are" && r.words[cop] != "were":
		if e = r.personTitle(a, b); e < 0 {
			return t
		}
	case e >= 0:
		if r.typeOf(e) != want {
			r.retype(e, want)
		}
	case want != "":
		e = r.newMention(a, b, want, doc.Name, -1)
	default:
		return t
	}
	t.ent = e
	if t.class == "" {
		t.class = "person"
	}
	// "Title (ABBR)": the abbreviation names the topic too.
	if b+2 < s.Last && r.words[b] == "(" && r.words[b+2] == ")" && isAcronym(r.d.TokenText(b+1)) {
		t.abbr = r.d.TokenText(b + 1)
	}
	if want == doc.Work && year >= 0 {
		if v, ok := r.yearAt(year); ok {
			r.add(e, doc.Published, -1, v, a, year+1, scoreGood, "definition-year")
		}
	}
	return t
}

// classType returns the entity type a definition's class noun gives its
// subject: a work or an organisation, or "" for neither.
func classType(class string) doc.EntityType {
	switch {
	case workClass[class]:
		return doc.Work
	case orgClass[class]:
		return doc.Org
	}
	return ""
}

// titleShaped reports whether tokens [a, b) read as a name: capitalized
// words, numbers and the small words of titles.
func (r *run) titleShaped(a, b int) bool {
	caps := 0
	for k := a; k < b; k++ {
		t := r.d.TokenText(k)
		c, _ := utf8.DecodeRuneInString(t)
		switch {
		case unicode.IsUpper(c) || unicode.IsDigit(c):
			caps++
		case titleSmall[r.words[k]], k > a && titleParticles[r.words[k]], r.d.Tokens[k].Kind == doc.Punct && t != "." && t != ";", k > a && r.clitic(k),
			k > a && r.nicknameEnd(k, a, b) > 0, k > a+1 && r.d.Tokens[k].Kind == doc.CloseQuote && r.nicknameEnd(k-2, a, b+1) == k,
			k > a+2 && r.d.Tokens[k].Kind == doc.CloseQuote && r.nicknameEnd(k-3, a, b+1) == k,
			k > a+1 && r.words[k-1] == "-" && capitalized(r.d.TokenText(k-2)): // "Ko Joo - yeon"
		default:
			return false
		}
	}
	return caps > 0
}

var titleSmall = set("of", "the", "a", "an", "and", "in", "on", "to", "for", "de", "la", "le", "du", "von", "van", "der",
	"del", "da", "di", "at", "by", "with", "from", "'s", "’s", "y", "et", "no", "or")

// titleEntity returns the entity of a name mention that covers the title
// [a, b) (a leading "The" may be left out), or -1.
func (r *run) titleEntity(a, b int) int {
	for k := a; k < b; k++ {
		mi := r.ment[k]
		if mi < 0 {
			continue
		}
		m := r.d.Mentions[mi]
		ms, me := r.mentionStart(k), r.mentionEnd(k)
		if m.Entity < 0 || m.Kind != doc.Name || me != b {
			return -1
		}
		// A leading "The" or title ("Captain") may be left out.
		if ms == a || (ms == a+1 && r.words[a] == "the") || r.honorificsBefore(a, ms) {
			return m.Entity
		}
		return -1
	}
	return -1
}

// retype makes entity e and its name mentions of type t.
func (r *run) retype(e int, t doc.EntityType) { retype(r.d, e, t) }

// newMention adds a mention over tokens [a, b) of entity e (a new entity
// of type t when e < 0), and returns the entity. Tokens of the span point
// to the new mention from then on.
func (r *run) newMention(a, b int, t doc.EntityType, kind doc.MentionKind, e int) int {
	sp := doc.Span{Start: r.d.Tokens[a].Start, End: r.d.Tokens[b-1].End}
	if e < 0 {
		r.d.Entities = append(r.d.Entities, doc.Entity{Type: t, Name: r.d.Text(sp)})
		e = len(r.d.Entities) - 1
	}
	r.d.Mentions = append(r.d.Mentions, doc.Mention{Span: sp, Text: r.d.Text(sp), Type: r.d.Entities[e].Type, Kind: kind,
		Entity: e, Score: scoreGood, Source: "claim:topic"})
	mi := len(r.d.Mentions) - 1
	r.d.Entities[e].Mentions = append(r.d.Entities[e].Mentions, mi)
	for k := a; k < b; k++ {
		r.ment[k] = mi
	}
	return e
}

// relink moves mention mi to entity e.
func (r *run) relink(mi, e int) {
	m := &r.d.Mentions[mi]
	if old := m.Entity; old >= 0 && old < len(r.d.Entities) {
		ms := r.d.Entities[old].Mentions[:0]
		for _, x := range r.d.Entities[old].Mentions {
			if x != mi {
				ms = append(ms, x)
			}
		}
		r.d.Entities[old].Mentions = ms
	}
	m.Entity = e
	m.Type = r.d.Entities[e].Type
	r.d.Entities[e].Mentions = append(r.d.Entities[e].Mentions, mi)
}

// yearAt returns the value of the time expression at token k when it is a
// calendar date or year.
func (r *run) yearAt(k int) (string, bool) {
	t := r.d.Tokens[k]
	for _, x := range r.d.Timexes {
		if x.Start <= t.Start && t.End <= x.End && datePrefix.MatchString(x.Value) {
			return x.Value, true
		}
	}
	return "", false
}

// markTopicRefs links the later mentions of the topic: the title repeated
// word for word, and "It" or "The film" (a noun of the topic's class)
// opening a sentence.
func (r *run) markTopicRefs() {
	t := r.topic
	if t.ent < 0 || t.class == "person" {
		return
	}
	title := r.words[t.first:t.end]
	if t.abbr != "" {
		for mi, m := range r.d.Mentions {
			if m.Kind == doc.Name && m.Text == t.abbr && m.Entity >= 0 && m.Entity != t.ent && r.typeOf(m.Entity) != doc.Person {
				r.relink(mi, t.ent)
			}
		}
	}
	for si := 1; si < len(r.d.Sentences); si++ {
		s := r.d.Sentences[si]
		// The title again.
		for k := s.First; k+len(title) <= s.Last; k++ {
			if !matchWords(r.words[k:k+len(title)], title) || !r.freeFor(k, k+len(title)) {
				continue
			}
			r.newMention(k, k+len(title), "", doc.Name, t.ent)
			k += len(title) - 1
		}
		// "It …", "The film …", "The band's …"
		k := s.First
		switch {
		case r.words[k] == "it" && k+1 < s.Last && r.d.Tokens[k+1].Kind == doc.Word:
			r.refAt(k, k+1, doc.Pronoun)
		case (r.words[k] == "the" || r.words[k] == "this") && k+1 < s.Last && sameClass[r.words[k+1]] != "" &&
			sameClass[r.words[k+1]] == sameClass[t.class]:
			r.refAt(k, k+2, doc.Nominal)
		case (r.words[k] == "the" || r.words[k] == "this") && k+1 < s.Last && r.words[k+1] == t.class:
			r.refAt(k, k+2, doc.Nominal)
		}
	}
}

// freeFor reports whether tokens [a, b) hold no mention reaching outside
// them and none that names something else in full.
func (r *run) freeFor(a, b int) bool {
	for k := a; k < b; k++ {
		if r.ment[k] < 0 {
			continue
		}
		if r.mentionStart(k) < a || r.mentionEnd(k) > b {
			return false
		}
		if r.mentionStart(k) == a && r.mentionEnd(k) == b && r.d.Mentions[r.ment[k]].Entity != r.topic.ent {
			return r.d.Mentions[r.ment[k]].Kind != doc.Name || r.typeOf(r.entityAt(k)) != doc.Person
		}
	}
	return true
}

// refAt makes tokens [a, b) a mention of the topic: a new mention, or an
// existing pronoun or nominal mention moved to the topic.
func (r *run) refAt(a, b int, kind doc.MentionKind) {
	if mi := r.ment[a]; mi >= 0 {
		m := r.d.Mentions[mi]
		if m.Kind == doc.Name || r.mentionStart(a) != a || r.mentionEnd(a) != b {
			return
		}
		if m.Entity != r.topic.ent {
			r.relink(mi, r.topic.ent)
		}
		return
	}
	for k := a; k < b; k++ {
		if r.ment[k] >= 0 {
			return
		}
	}
	r.newMention(a, b, "", kind, r.topic.ent)
}

// isTopic reports whether entity e is the document's topic.
func (r *run) isTopic(e int) bool { return e >= 0 && e == r.topic.ent }

// topicOfType returns the topic when it has type t, else -1.
func (r *run) topicOfType(t doc.EntityType) int {
	if r.topic.ent >= 0 && r.typeOf(r.topic.ent) == t {
		return r.topic.ent
	}
	return -1
}

// capitalized reports whether s starts with an upper-case letter.
func capitalized(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(c)
}
