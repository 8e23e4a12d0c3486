package claim

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/doc"
)

// Head nouns of a definition that say whether its subject is a person.
var (
	// personClass names what a person is: an occupation, a rank or a role
	// ("X (born 1950) is a German skeleton racer"). Role nouns of the
	// gazetteer count too.
	personClass = set("racer", "dealer", "painter", "pastor", "footballer", "cricketer", "athlete", "sculptor", "architect",
		"illustrator", "gymnast", "shooter", "forward", "midfielder", "defender", "goalkeeper", "swimmer", "cyclist", "boxer",
		"wrestler", "skier", "rower", "sprinter", "runner", "poet", "novelist", "historian", "philosopher", "physicist",
		"chemist", "mathematician", "sociologist", "linguist", "botanist", "zoologist", "biologist", "astronomer",
		"inventor", "entrepreneur", "businessman", "businesswoman", "industrialist", "banker", "merchant", "priest", "bishop",
		"cardinal", "monk", "nun", "theologian", "missionary", "rabbi", "imam", "soldier", "admiral", "aviator", "pilot",
		"astronaut", "explorer", "diplomat", "jurist", "statesman", "stateswoman", "activist", "philanthropist", "physician",
		"surgeon", "photographer", "designer", "cartoonist", "animator", "dancer", "choreographer", "pianist", "guitarist",
		"drummer", "bassist", "violinist", "cellist", "conductor", "rapper", "songwriter", "musician", "vocalist",
		"comedian", "comedienne", "screenwriter", "playwright", "critic", "scholar", "academic", "educator", "nobleman",
		"noblewoman", "aristocrat", "monarch", "emperor", "empress", "sultan", "duke", "duchess", "earl", "baron",
		"baroness", "knight", "archbishop", "fighter", "hero", "heroine", "saint", "martyr", "servant", "courtier", "jockey", "golfer", "skater", "sailor", "fencer", "archer", "weightlifter",
		"canoeist", "mountaineer", "triathlete", "sportsman", "sportswoman", "socialite", "personality", "lyricist",
		"singer-songwriter", "film-maker", "filmmaker", "televangelist", "evangelist", "preacher", "magician", "chef",
		"anthropologist", "archaeologist", "psychologist", "psychiatrist", "geologist", "geographer", "economist",
		"politician", "lawyer", "judge", "officer", "official", "general", "commander", "actor", "actress", "singer",
		"writer", "author", "artist", "journalist", "composer", "player", "director", "producer", "model", "poetess",
		"engineer", "scientist", "professor", "teacher", "coach", "manager", "referee", "spy", "outlaw", "pirate")
	// placeClass names what only a place, a thing or an idea is: a
	// definition ending in one defines no person even when the tagger read
	// its subject as one ("X is a town in …").
	placeClass = set("town", "city", "village", "hamlet", "river", "island", "islands", "municipality", "commune", "comune",
		"district", "county", "province", "region", "state", "country", "lake", "mountain", "volcano", "peak", "neighborhood",
		"neighbourhood", "suburb", "settlement", "capital", "reserve", "park", "airport", "bridge", "street", "road",
		"highway", "railway", "canyon", "valley", "glacier", "bay", "sea", "ocean", "creek", "stream", "tributary",
		"peninsula", "archipelago", "desert", "forest", "building", "cathedral", "church", "castle", "palace", "monument",
		"museum", "stadium", "arena", "species", "genus", "moth", "plant", "name", "concept", "doctrine", "term", "type",
		"language", "dialect", "war", "battle", "treaty", "agreement", "site", "tramway", "line", "ship", "vessel",
		"destroyer", "submarine", "boat", "torpedo", "aircraft", "locomotive", "constituency", "ward", "parish",
		"borough", "territory", "area", "zone", "hub", "system", "hill", "cave", "waterfall", "reef", "lagoon", "dam",
		"canal", "harbour", "harbor", "port", "square", "avenue", "tower", "temple", "mosque", "shrine", "abbey",
		"monastery", "fort", "fortress", "estate", "mansion", "house", "hotel", "cemetery", "tour", "festival",
		"tournament", "championship", "event", "election", "referendum", "list", "disease", "drug", "food", "dish", "soup",
		"style", "genre", "technique", "method", "theory", "planet", "star", "galaxy", "crater", "asteroid", "comet", "act", "law", "statute", "decree",
		"constitution")
	// apposOpeners start an apposition between a person's name and the
	// copula of the definition: "X, née Y (1931–1991), was".
	apposOpeners = set("or", "née", "nee", "born", "also", "known", "formerly", "commonly", "better", "(", "simply", "full",
		"stage", "nicknamed", "sometimes", "often", "later", "officially", "released")
	// titleParticles are the small words of names: "von der", "de", "e".
	titleParticles = set("against", "under", "into", "upon", "e", "los", "las", "el", "des", "les", "dos", "das", "do", "zu", "ten", "ter", "bin", "ibn", "al",
		"af", "av", "dei", "della", "degli", "den", "het", "op", "st.")
	// honorifics come before a name without being part of it: "Sir",
	// "Lieutenant-General".
	honorifics = set("sir", "dame", "lord", "lady", "lieutenant", "general", "colonel", "major", "captain", "admiral",
		"brigadier", "commander", "marshal", "field", "rear", "vice", "air", "dr", "dr.", "doctor", "professor", "prof.",
		"reverend", "rev.", "saint", "st.", "prince", "princess", "king", "queen", "count", "countess", "-")
)

// personNoun reports whether w names what a person is.
func (r *run) personNoun(w string) bool {
	if personClass[w] {
		return true
	}
	if placeClass[w] || workClass[w] || orgClass[w] {
		return false
	}
	for _, suf := range []string{"ologist", "ographer", "ician", "ist"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true // "malacologist", "lexicographer", "pianist"
		}
	}
	_, ok := r.x.gaz.RoleNoun(w)
	return ok
}

// nicknameEnd returns the closing quote of a nickname that opens at token
// k inside a name ("Michael \"Mike\" Padden"): a quoted capitalized word or
// two between capitalized words. It returns -1 when there is none.
func (r *run) nicknameEnd(k, a, last int) int {
	if k <= a || r.d.Tokens[k].Kind != doc.OpenQuote || !capitalized(r.d.TokenText(k-1)) {
		return -1
	}
	for j := k + 1; j < last && j <= k+4; j++ {
		if r.d.Tokens[j].Kind == doc.CloseQuote {
			if j == k+1 || j+1 >= last || !capitalized(r.d.TokenText(j+1)) || r.d.Tokens[j+1].Kind != doc.Word {
				return -1
			}
			return j
		}
		if !capitalized(r.d.TokenText(j)) {
			return -1
		}
	}
	return -1
}

// parenApposition reports whether tokens [b, cop) between a title and its
// copula are a parenthesis or an apposition: "X (born 1959), is",
// "X, née Y (1931 – 1991) was", "X, or simply Y (born 1988) is".
func (r *run) parenApposition(b, cop int) bool {
	if cop-b < 2 {
		return false
	}
	open, last := r.words[b], r.words[cop-1]
	switch {
	case open == "(" && (last == ")" || last == ","):
	case open == "," && last == ")" && (apposOpeners[r.words[b+1]] || isAcronym(r.d.TokenText(b+1))):
		// "X , OBE ( born 1928 ) is": letters after a name
	case open == ":" && (last == ")" || last == ",") && apposOpeners[r.words[b+1]]:
		// "X : also known ( as Y ) , is"
	default:
		return false
	}
	depth := 0
	for k := b; k < cop; k++ {
		switch r.words[k] {
		case "(":
			depth++
		case ")":
			depth--
			// After the parenthesis only a comma, another parenthesis or
			// an apposition may follow: "( … ) , known as Y ,".
			if depth == 0 && k+2 < cop && (r.words[k+1] != "," || !apposOpeners[r.words[k+2]]) && r.words[k+1] != "(" {
				return false
			}
		}
		if depth < 0 {
			return false
		}
	}
	return depth == 0
}

// honorificsBefore reports whether tokens [a, ms) are titles before a name:
// "Sir", "Lieutenant - General Sir".
func (r *run) honorificsBefore(a, ms int) bool {
	if ms <= a || ms-a > 5 {
		return false
	}
	for k := a; k < ms; k++ {
		if !honorifics[r.words[k]] {
			if _, ok := r.x.gaz.Title(r.d.TokenText(k)); !ok {
				return false
			}
		}
	}
	return true
}

// personTitle makes tokens [a, b) of a person's definition one person
// mention when the taggers split it ("Carl von der Esch" as two names, a
// nickname in quotes, a double-barrelled surname): the name mentions inside
// the title move to the entity of the first person among them, or to a new
// person. It returns the entity, or -1 when the title holds something
// other than names, particles, nicknames and hyphens.
func (r *run) personTitle(a, b int) int {
	e, names := -1, 0
	for k := a; k < b; k++ {
		t := r.d.TokenText(k)
		switch {
		case r.d.Tokens[k].Kind == doc.OpenQuote || r.d.Tokens[k].Kind == doc.CloseQuote || t == "-":
		case r.words[k] == "and" || r.words[k] == "or" || r.words[k] == "&":
			return -1 // two people: "X and Y are"
		case titleSmall[r.words[k]] || titleParticles[r.words[k]]:
			if k == a {
				return -1
			}
		case capitalized(t) && r.d.Tokens[k].Kind == doc.Word:
			names++
		case k > a+1 && r.words[k-1] == "-" && r.d.Tokens[k].Kind == doc.Word:
			// "Ko Joo - yeon": a lower-case syllable after a hyphen
		default:
			return -1
		}
		if mi := r.ment[k]; mi >= 0 {
			if r.mentionStart(k) < a || r.mentionEnd(k) > b {
				return -1
			}
			if x := r.d.Mentions[mi].Entity; e < 0 && x >= 0 && isPersonType(r.typeOf(x)) {
				e = x
			}
		}
	}
	if names < 2 {
		return -1
	}
	var inside []int
	for k := a; k < b; k++ {
		if mi := r.ment[k]; mi >= 0 && (len(inside) == 0 || inside[len(inside)-1] != mi) {
			inside = append(inside, mi)
		}
	}
	e = r.newMention(a, b, doc.Person, doc.Name, e)
	r.d.Entities[e].Name = r.d.Mentions[r.ment[a]].Text
	for _, mi := range inside {
		if x := r.d.Mentions[mi].Entity; x >= 0 && x != e {
			// The other mentions of a split name's pieces name the topic.
			for _, mj := range append([]int(nil), r.d.Entities[x].Mentions...) {
				r.relink(mj, e)
			}
		}
	}
	return e
}

// basedModifier reports whether token j is the "based" of a hyphenated
// modifier inside a definition's noun phrase that starts at token k:
// "a Berlin - based music band".
func (r *run) basedModifier(j, k int) bool {
	return j > k && j < len(r.words) && r.words[j] == "based" && r.words[j-1] == "-"
}

// lifeSpan reports whether tokens [b, cop) between a title and its copula
// give a person's birth or life span: "( born 1971 )", "( 1841 – 1918 )".
func (r *run) lifeSpan(b, cop int) bool {
	if b >= cop || r.words[b] != "(" && r.words[b] != "," {
		return false
	}
	years := 0
	for k := b + 1; k < cop && k < b+25; k++ {
		switch {
		case r.words[k] == "born" || r.words[k] == "née" || r.words[k] == "died":
			return true
		case r.d.Tokens[k].Kind == doc.Number && len(r.words[k]) == 4:
			years++
		}
	}
	return years >= 2
}

// relativeAntecedent returns, for a possessive pronoun at token i inside a
// relative clause ("Y, who recorded part of his album X"), the person the
// "who" refers back to; -1 when the pronoun is not in such a clause or
// another person stands between the "who" and the pronoun.
func (r *run) relativeAntecedent(i int, s doc.Sentence) int {
	for k := i - 1; k >= s.First && k >= i-15; k-- {
		w := r.words[k]
		if e := r.entityAt(k); e >= 0 && isPersonType(r.typeOf(e)) {
			return -1
		}
		if w == ";" || w == ":" || r.d.Tokens[k].Kind == doc.OpenQuote || r.d.Tokens[k].Kind == doc.CloseQuote {
			return -1
		}
		if w != "who" || r.inQ[k] {
			continue
		}
		for j := k - 1; j >= s.First && j >= k-3; j-- {
			if r.words[j] == "," {
				continue
			}
			e := r.entityAt(j)
			if e < 0 || !isPersonType(r.typeOf(e)) || r.d.Mentions[r.ment[j]].Kind != doc.Name {
				return -1
			}
			g := r.d.Entities[e].Gender
			if g == doc.Male && r.words[i] == "her" || g == doc.Female && r.words[i] == "his" || r.words[i] == "their" {
				return -1
			}
			return e
		}
		return -1
	}
	return -1
}

// nameShaped reports whether an entity's name reads as a name: no word of
// it a compound modifier ("London-based") and at least one capital.
func nameShaped(name string) bool {
	if !capitalized(name) && !strings.ContainsFunc(name, unicode.IsUpper) {
		return false
	}
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		for _, suf := range []string{"-based", "-born", "-led", "-owned", "-run", "-era", "-style"} {
			if strings.HasSuffix(lw, suf) {
				return false
			}
		}
	}
	return true
}

// cutTitle reports whether a work mention that ends before token k stops
// inside a word ("What" of "What'd I Say"): the title was cut short.
func (r *run) cutTitle(k int) bool {
	if k <= 0 || k >= len(r.d.Tokens) || r.d.Tokens[k].Start != r.d.Tokens[k-1].End {
		return false
	}
	if r.clitic(k) {
		return r.words[k] != "'s" && r.words[k] != "’s"
	}
	return r.d.Tokens[k].Kind == doc.Word
}

// labelWords end the name of a record label or another company that
// issues recordings rather than performs them: "Records", "Entertainment".
var labelWords = set("records", "recordings", "entertainment", "label", "publishing", "media", "pictures", "studios",
	"inc", "inc.", "ltd", "ltd.", "llc", "corporation", "corp", "corp.", "company", "co.", "distribution", "music-group")

// labelName reports whether organisation e is named as a record label or a
// company: its name ends in a label word, or in "Music Group".
func (r *run) labelName(e int) bool {
	if r.typeOf(e) != doc.Org {
		return false
	}
	ws := strings.Fields(strings.ToLower(r.d.Entities[e].Name))
	if len(ws) < 2 {
		return false
	}
	n := len(ws)
	return labelWords[ws[n-1]] || ws[n-1] == "group" && ws[n-2] == "music"
}

// andCompound is andModifiers for modifiers written with hyphens: "a
// post - punk and post - rock band" — "and" at token j joins modifiers
// of one class noun.
func (r *run) andCompound(j int, s doc.Sentence) bool {
	if r.words[j] != "and" || j+1 >= s.Last {
		return false
	}
	for k := j + 1; k < s.Last && k <= j+6; k++ {
		w := r.words[k]
		if w == "-" {
			continue
		}
		if r.d.Tokens[k].Kind != doc.Word || r.entityAt(k) >= 0 || capitalized(r.d.TokenText(k)) || classStop[w] {
			return false
		}
		if (orgClass[w] || workClass[w]) && (k+1 >= s.Last || r.d.Tokens[k+1].Kind != doc.Word || classStop[r.words[k+1]]) {
			return true
		}
	}
	return false
}

// namedBefore reports whether entity e has a mention that starts before
// token i: "the film" can only refer to a work already named.
func (r *run) namedBefore(e, i int) bool {
	if e < 0 || e >= len(r.d.Entities) {
		return false
	}
	if len(r.d.Entities[e].Mentions) == 0 {
		return true // a season or a work made by a rule: no mention to test
	}
	for _, mi := range r.d.Entities[e].Mentions {
		if r.d.Mentions[mi].Start < r.d.Tokens[i].Start {
			return true
		}
	}
	return false
}

// parenOrAlias reports whether tokens [b, cop) between a title and its
// copula are a parenthesis followed by "or" and another name: "X ( IAST :
// Y ) or Z is an Indian drama".
func (r *run) parenOrAlias(b, cop int) bool {
	if cop-b < 4 || r.words[b] != "(" {
		return false
	}
	k := b
	for k < cop && r.words[k] != ")" {
		k++
	}
	if k+2 >= cop || r.words[k+1] != "or" || cop-(k+2) > 8 {
		return false
	}
	return r.titleShaped(k+2, cop) && capitalized(r.d.TokenText(k+2))
}

// bareDefinition returns the closing parenthesis after a title that a
// definition without a copula follows: "X ( also known as Y ) a 1968
// Dutch film directed by Z". It returns -1 when there is none.
func (r *run) bareDefinition(b int, s doc.Sentence) int {
	if b >= s.Last || r.words[b] != "(" {
		return -1
	}
	k := b
	for k < s.Last && k < b+20 && r.words[k] != ")" {
		k++
	}
	if k+2 >= s.Last || r.words[k] != ")" || (r.words[k+1] != "a" && r.words[k+1] != "an") {
		return -1
	}
	for j := k + 2; j < s.Last && j < k+12; j++ {
		if classStop[r.words[j]] {
			return -1
		}
		if workClass[r.words[j]] && j+1 < s.Last && classStop[r.words[j+1]] {
			return k
		}
	}
	return -1
}

// skipCopulaAside returns the token after an aside that opens the noun
// phrase after a definition's copula ("X is , as its title says , the
// third album"; "X is in short , a …"), or k itself.
func (r *run) skipCopulaAside(k int, s doc.Sentence) int {
	j := k
	if j < s.Last && r.words[j] == "," {
		j++
	}
	if j >= s.Last || (r.words[j] != "as" && r.words[j] != "in") {
		return k
	}
	for e := j + 1; e < s.Last && e < j+7; e++ {
		if r.entityAt(e) >= 0 || r.d.Tokens[e].Kind != doc.Word && r.words[e] != "," {
			return k
		}
		if r.words[e] == "," {
			if e+1 < s.Last && (r.words[e+1] == "a" || r.words[e+1] == "an" || r.words[e+1] == "the") {
				return e + 1
			}
			return k
		}
	}
	return k
}

// classAside returns the token after a short parenthesis inside a
// definition's noun phrase ("the second ( and last ) studio album"),
// or -1 when token j opens none.
func (r *run) classAside(j int, s doc.Sentence) int {
	if r.words[j] != "(" {
		return -1
	}
	for e := j + 1; e < s.Last && e < j+8; e++ {
		if r.entityAt(e) >= 0 || capitalized(r.d.TokenText(e)) {
			return -1
		}
		if r.words[e] == ")" {
			if e+1 < s.Last && r.d.Tokens[e+1].Kind == doc.Word && !capitalized(r.d.TokenText(e+1)) {
				return e + 1
			}
			return -1
		}
	}
	return -1
}

// foreignTitle reports whether tokens [a, b) read as a title in a
// language that writes only its first word in capitals: "La notte di
// luna" — a capitalized word, then up to seven lower-case words, none of
// them an entity or an English function word beyond the title's small
// words.
func (r *run) foreignTitle(a, b int) bool {
	if b-a < 2 || b-a > 8 || !capitalized(r.d.TokenText(a)) || r.d.Tokens[a].Kind != doc.Word {
		return false
	}
	for k := a + 1; k < b; k++ {
		w := r.words[k]
		if r.d.Tokens[k].Kind != doc.Word || r.entityAt(k) >= 0 && r.mentionEnd(k) > b || classStop[w] || copulas[w] ||
			listStop[w] || r.verbAt(k) {
			return false
		}
	}
	return true
}

// andNationality reports whether the "and" at token j joins two
// nationalities inside a definition's noun phrase: "a 1968 Dutch and
// German comedy film".
func (r *run) andNationality(j int, s doc.Sentence) bool {
	if r.words[j] != "and" || j < 1 || j+1 >= s.Last {
		return false
	}
	before, after := r.entityAt(j-1), r.entityAt(j+1)
	return before >= 0 && after >= 0 && r.typeOf(before) == doc.NORP && r.typeOf(after) == doc.NORP
}
