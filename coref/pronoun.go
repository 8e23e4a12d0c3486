package coref

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/mention"
)

// thirdPerson maps English third-person singular pronouns to their gender.
var thirdPerson = map[string]doc.Gender{
	"he": doc.Male, "him": doc.Male, "his": doc.Male, "himself": doc.Male,
	"she": doc.Female, "her": doc.Female, "hers": doc.Female, "herself": doc.Female,
}

// actorNouns are role nouns that name whoever is cast in a work.
var actorNouns = map[string]bool{"actor": true, "actress": true, "star": true, "performer": true}

// subjectlessPreps head phrases whose name is no subject: "another role
// under Burton", "worked with Burton".
var subjectlessPreps = map[string]bool{"under": true, "with": true, "by": true, "for": true, "to": true, "of": true,
	"from": true, "alongside": true, "opposite": true, "against": true, "about": true, "than": true, "like": true}

// maxSentences is how far back a pronoun looks for its antecedent.
const maxSentences = 6

// InQuote marks the tokens that lie inside quotation marks. A quotation left
// open at the end of a paragraph closes there; one opened by a single
// quotation mark closes at the end of its sentence, as single marks quote
// a word or a headline, and an apostrophe read as one must not silence
// the rest of the article.
func InQuote(d *doc.Doc) []bool {
	in := make([]bool, len(d.Tokens))
	open := false
	single := -1 // the sentence of an open single-mark quotation
	para := -1
	for i, t := range d.Tokens {
		if p := d.Sentences[t.Sentence].Paragraph; p != para {
			para, open = p, false
		}
		if open && single >= 0 && t.Sentence != single {
			open = false
		}
		switch t.Kind {
		case doc.OpenQuote:
			open = true
			single = -1
			if m := d.Body[t.Start:t.End]; m == "'" || m == "\u2018" {
				single = t.Sentence
			}
			continue
		case doc.CloseQuote:
			open = false
			continue
		}
		in[i] = open
	}
	return in
}

// linkPronouns adds a mention for each he/she/his/her outside quotation
// marks and each "the actor"-like role noun, linked to the person it most
// likely refers to: same gender (or unknown), recent, preferably the
// subject of its sentence and not a name in parentheses.
func (l *Linker) linkPronouns(d *doc.Doc, ents []*ent) {
	if len(d.Tokens) == 0 || len(d.Sentences) == 0 {
		return
	}
	inQuote := InQuote(d)
	type seen struct {
		sentence int
		subject  bool
		paren    bool
		lead     bool // a copular nominal that opened the sentence: its name stays the subject
	}
	last := make(map[int]seen) // entity → its latest mention so far
	names := make([]int, 0, len(d.Mentions))
	for i, m := range d.Mentions {
		if m.Entity >= 0 && (m.Type == doc.Person || m.Type == doc.Character) {
			names = append(names, i)
		}
	}
	sort.Slice(names, func(a, b int) bool { return d.Mentions[names[a]].Start < d.Mentions[names[b]].Start })
	startEnt := make(map[int]int, len(names)) // token → person entity of the name starting there
	for _, mi := range names {
		startEnt[d.TokenAt(d.Mentions[mi].Start)] = d.Mentions[mi].Entity
	}
	otherName := make(map[int]bool) // token → a name of another type starts there
	for _, m := range d.Mentions {
		if m.Kind == doc.Name && m.Type != doc.Person && m.Type != doc.Character {
			otherName[d.TokenAt(m.Start)] = true
		}
	}
	kept := names[:0]
	for _, mi := range names {
		if !l.notAntecedent(d, mi, startEnt) {
			kept = append(kept, mi)
		}
	}
	names = kept
	// bound holds the gender a pronoun gave an entity of unknown gender:
	// after "his" the entity takes no "she".
	bound := make(map[int]doc.Gender)
	genderOf := func(e int) doc.Gender {
		if g := d.Entities[e].Gender; g != doc.Unknown {
			return g
		}
		return bound[e]
	}
	topic, topicGender := l.topicPerson(d, names)
	var prevSubject = -1               // entity of the first person mention of the previous sentence
	firstPersonIn := make(map[int]int) // sentence → entity of its first person mention
	ni := 0
	lastSpeaker := -1
	var added []doc.Mention
	orgs := make([]int, 0, len(d.Mentions))
	for i, m := range d.Mentions {
		if m.Entity >= 0 && m.Type == doc.Org {
			orgs = append(orgs, i)
		}
	}
	oi := 0
	lastOrg := [2]int{-1, -1} // entity, sentence
	for i, t := range d.Tokens {
		for oi < len(orgs) && d.Mentions[orgs[oi]].Start <= t.Start {
			m := d.Mentions[orgs[oi]]
			lastOrg = [2]int{m.Entity, d.Tokens[d.TokenAt(m.Start)].Sentence}
			oi++
		}
		for ni < len(names) && d.Mentions[names[ni]].Start <= t.Start {
			m := d.Mentions[names[ni]]
			mt := d.TokenAt(m.Start)
			s := d.Tokens[mt].Sentence
			sub := false
			if _, ok := firstPersonIn[s]; !ok && !inQuote[mt] && !(mt > 0 && subjectlessPreps[strings.ToLower(d.TokenText(mt-1))]) {
				firstPersonIn[s] = m.Entity
				sub = true
			} else if prev, ok := last[m.Entity]; ok && prev.sentence == s && prev.lead {
				sub = true // named again after a pronoun or nominal that opened the sentence
			}
			paren := mt > 0 && d.TokenText(mt-1) == "("
			last[m.Entity] = seen{sentence: s, subject: sub, paren: paren}
			if me := d.TokenAt(m.End-1) + 1; (me < len(d.Tokens) && mention.SpeechVerb(strings.ToLower(d.TokenText(me)))) ||
				(mt > 0 && mention.SpeechVerb(strings.ToLower(d.TokenText(mt-1)))) {
				lastSpeaker = m.Entity
			}
			ni++
		}
		if t.Kind != doc.Word || inQuote[i] {
			continue
		}
		raw := d.Body[t.Start:t.End]
		var g doc.Gender
		isPron := false
		if len(raw) <= 7 {
			g, isPron = thirdPerson[asciiLower(raw)]
		}
		if isPron && raw[0] >= 'A' && raw[0] <= 'Z' && i != sentenceOpening(d, t.Sentence) && inTitle(d, i) {
			// "Death Becomes Him": a capitalised pronoun inside a title.
			continue
		}
		role, roleAt := "", i
		if !isPron && theBefore(d, i) {
			role, roleAt, g = l.nominalAt(d, i)
		}
		if !isPron && role == "" {
			if org := l.orgNominal(d, i, lastOrg); org >= 0 {
				sp := doc.Span{Start: d.Tokens[i-1].Start, End: t.End}
				added = append(added, doc.Mention{Span: sp, Text: d.Body[sp.Start:sp.End], Type: d.Entities[org].Type,
					Kind: doc.Nominal, Entity: org, Score: 0.6, Source: "coref"})
			}
			continue
		}
		speaks := i+1 < len(d.Tokens) && mention.SpeechVerb(strings.ToLower(d.TokenText(i+1)))
		best, bestScore := -1, -1e9
		forced := false
		if t.Sentence > 0 {
			prevSubject = -1
			if e, ok := firstPersonIn[t.Sentence-1]; ok {
				prevSubject = e
			}
		}
		if role != "" {
			// "The highest-ranking woman on the list was Ana Ruiz": the
			// nominal is the name after the copula.
			if e, ok := copularName(d, i, startEnt, otherName); ok {
				// A name of another type after the copula: the tagger
				// missed a person, and no one else is meant.
				best, bestScore, forced = e, 2, true
			}
		} else if topic >= 0 && g != doc.Unknown && i == sentenceOpening(d, t.Sentence) &&
			(topicGender == doc.Unknown || topicGender == g) && genderOf(topic) != opposite(g) {
			// In a biography a sentence-opening "She" of the topic's
			// gender is the topic, unless another person of that gender
			// is the subject of the sentence before.
			if prevSubject < 0 || prevSubject == topic || genderOf(prevSubject) != g {
				best, bestScore, forced = topic, 2, true
			}
		}
		for e, s := range last {
			if forced {
				break
			}
			dist := t.Sentence - s.sentence
			if dist > maxSentences || dist < 0 {
				continue
			}
			eg := genderOf(e)
			if g != doc.Unknown && eg != doc.Unknown && eg != g {
				continue
			}
			if actorNouns[role] && !hasActorRole(ents[e]) {
				continue
			}
			score := -2 * float64(dist)
			if s.subject {
				score += 1.5
			}
			if s.paren {
				score -= 2.5
			}
			if g != doc.Unknown && d.Entities[e].Gender == g {
				// Only a known gender earns the bonus: a gender bound by
				// an earlier pronoun only bars the other one.
				score += 1
			}
			if speaks && e == lastSpeaker {
				// "…," he explained: the writer carries the last speaker on.
				score += 3
			}
			if score > bestScore || (score == bestScore && e < best) {
				best, bestScore = e, score
			}
		}
		if best < 0 {
			continue
		}
		kind := doc.Pronoun
		sp := t.Span
		if role != "" {
			kind = doc.Nominal
			sp.Start = d.Tokens[roleAt].Start
		}
		added = append(added, doc.Mention{Span: sp, Text: d.Body[sp.Start:sp.End], Type: d.Entities[best].Type,
			Kind: kind, Entity: best, Score: 0.6 + 0.05*bestScore, Source: "coref"})
		if g != doc.Unknown && genderOf(best) == doc.Unknown {
			bound[best] = g
		}
		if speaks {
			lastSpeaker = best
		}
		if _, ok := firstPersonIn[t.Sentence]; !ok {
			firstPersonIn[t.Sentence] = best
			last[best] = seen{sentence: t.Sentence, subject: true, lead: forced && role != ""}
		} else {
			last[best] = seen{sentence: t.Sentence}
		}
	}
	if len(added) == 0 {
		return
	}
	d.Mentions = append(d.Mentions, added...)
	sort.SliceStable(d.Mentions, func(a, b int) bool { return d.Mentions[a].Start < d.Mentions[b].Start })
	for e := range d.Entities {
		d.Entities[e].Mentions = d.Entities[e].Mentions[:0]
	}
	for i, m := range d.Mentions {
		if m.Entity >= 0 {
			d.Entities[m.Entity].Mentions = append(d.Entities[m.Entity].Mentions, i)
		}
	}
}

func hasActorRole(e *ent) bool {
	for r := range e.roles {
		if actorNouns[r] {
			return true
		}
	}
	return false
}

func capitalisedWord(d *doc.Doc, i int) bool {
	s := d.TokenText(i)
	return s != "" && s[0] >= 'A' && s[0] <= 'Z'
}

// nominalAt reads a role noun phrase ending at token i that refers back to
// a person: "the actor" anywhere, or at the start of a sentence "the
// now-famous drug lord", "The spokeswoman". It returns the role, the
// phrase's first token and the role's gender, or "" when there is none.
func (l *Linker) nominalAt(d *doc.Doc, i int) (string, int, doc.Gender) {
	w := d.TokenText(i)
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' {
		return "", i, doc.Unknown // role nouns are lower-case words
	}
	role := w
	g, ok := l.gaz.RoleNoun(w)
	if !ok && i > 0 {
		role = strings.ToLower(d.TokenText(i-1)) + " " + w
		g, ok = l.gaz.RoleNoun(role)
	}
	if !ok || (i+1 < len(d.Tokens) && capitalisedWord(d, i+1)) {
		return "", i, doc.Unknown
	}
	s := d.Sentences[d.Tokens[i].Sentence]
	for j := i - 1; j >= s.First && j >= i-4; j-- {
		tw := d.TokenText(j)
		if strings.EqualFold(tw, "the") {
			if actorNouns[w] || j == s.First {
				return role, j, g
			}
			return "", i, doc.Unknown
		}
		if d.Tokens[j].Kind != doc.Word || capitalisedWord(d, j) {
			break
		}
	}
	return "", i, doc.Unknown
}

// orgNouns refer back to an organisation: "the streamer said".
var orgNouns = map[string]bool{"streamer": true, "network": true, "broadcaster": true, "platform": true,
	"company": true, "agency": true, "studio": true, "firm": true, "group": true, "ministry": true, "department": true}

// orgNominal resolves "the streamer", "the agency" at token i to the last
// organisation named within three sentences, or -1.
func (l *Linker) orgNominal(d *doc.Doc, i int, last [2]int) int {
	if i == 0 || last[0] < 0 || !strings.EqualFold(d.TokenText(i-1), "the") {
		return -1
	}
	if !orgNouns[strings.ToLower(d.TokenText(i))] || (i+1 < len(d.Tokens) && capitalisedWord(d, i+1)) {
		return -1
	}
	if d.Tokens[i].Sentence-last[1] > 3 {
		return -1
	}
	return last[0]
}

// theBefore reports whether "the" stands within the four tokens before i,
// the cheap test before a role noun is looked up.
func theBefore(d *doc.Doc, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := d.Tokens[j]
		if t.End-t.Start == 3 && strings.EqualFold(d.Body[t.Start:t.End], "the") {
			return true
		}
	}
	return false
}

// asciiLower lower-cases ASCII letters; other bytes are kept.
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for k := i; k < len(b); k++ {
				if 'A' <= b[k] && b[k] <= 'Z' {
					b[k] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// opposite returns the other gender, or Unknown.
func opposite(g doc.Gender) doc.Gender {
	switch g {
	case doc.Male:
		return doc.Female
	case doc.Female:
		return doc.Male
	}
	return doc.Unknown
}

// sentenceOpening returns the first word token of sentence s, past
// opening quotes and brackets, or -1.
func sentenceOpening(d *doc.Doc, s int) int {
	sn := d.Sentences[s]
	for j := sn.First; j < sn.Last; j++ {
		if d.Tokens[j].Kind == doc.Word {
			return j
		}
	}
	return -1
}

// modifierRoles are role nouns that, between two names, make the first a
// modifier of the second: "Godzilla star Ana Ruiz", "Ferrari driver Ana
// Ruiz", "Senate aide Ana Ruiz".
func (l *Linker) modifierRole(w string) bool {
	_, ok := l.gaz.RoleNoun(strings.ToLower(w))
	return ok
}

// notAntecedent reports whether the person name mention mi cannot be what a
// later pronoun refers to: a name that starts with "The" ("The Gravel
// Hearts", a band or a title), or a name used as a modifier before a role
// noun and another person's name ("Godzilla star Ana Ruiz").
func (l *Linker) notAntecedent(d *doc.Doc, mi int, startEnt map[int]int) bool {
	m := d.Mentions[mi]
	if strings.HasPrefix(m.Text, "The ") {
		return true
	}
	end := d.TokenAt(m.End-1) + 1
	if end+1 >= len(d.Tokens) || d.Tokens[end].Kind != doc.Word || !l.modifierRole(d.TokenText(end)) {
		return false
	}
	e, ok := startEnt[end+1]
	return ok && e != m.Entity
}

// copularName reads a name right after the copula that follows the
// nominal ending at token i ("The winner on the night was Ana Ruiz"). It
// returns the person entity named there, or -1 when a name of another type
// stands there, and ok false when there is no such copula and name. The
// copula must come before any comma or quotation mark.
func copularName(d *doc.Doc, i int, startEnt map[int]int, otherName map[int]bool) (int, bool) {
	s := d.Sentences[d.Tokens[i].Sentence]
	for j := i + 1; j < s.Last && j <= i+10; j++ {
		t := d.Tokens[j]
		if t.Kind != doc.Word && t.Kind != doc.Number {
			if w := d.TokenText(j); w != "'s" && w != "'" && w != "’s" && w != "-" {
				return -1, false
			}
			continue
		}
		switch strings.ToLower(d.TokenText(j)) {
		case "is", "was":
			if e, ok := startEnt[j+1]; ok {
				return e, true
			}
			return -1, otherName[j+1]
		case "who", "which", "that", "has", "had", "have", "said", "says":
			return -1, false
		}
	}
	return -1, false
}

// topicPerson returns the person a biography is about, and the gender its
// first sentence gives: the person named at the start of the first
// sentence, followed by "(" (birth dates) or by "is"/"was" ("Ana Ruiz is
// a Chilean actress"). It returns -1 when the text opens otherwise.
func (l *Linker) topicPerson(d *doc.Doc, names []int) (int, doc.Gender) {
	if len(names) == 0 || len(d.Sentences) == 0 {
		return -1, doc.Unknown
	}
	m := d.Mentions[names[0]]
	mt := d.TokenAt(m.Start)
	s := d.Sentences[0]
	if mt != sentenceOpening(d, 0) || d.Tokens[mt].Sentence != 0 || m.Kind != doc.Name {
		return -1, doc.Unknown
	}
	end := d.TokenAt(m.End-1) + 1
	if end >= s.Last {
		return -1, doc.Unknown
	}
	switch strings.ToLower(d.TokenText(end)) {
	case "(", "is", "was":
	default:
		return -1, doc.Unknown
	}
	g := d.Entities[m.Entity].Gender
	if g == doc.Unknown {
		// "… is a Chilean actress": a gendered role noun after the name.
		for j := end; j < s.Last; j++ {
			if rg, ok := l.gaz.RoleNoun(strings.ToLower(d.TokenText(j))); ok && rg != doc.Unknown {
				g = rg
				break
			}
		}
	}
	return m.Entity, g
}

// inTitle reports whether the capitalised pronoun at token i, not at the
// start of its sentence, reads as a word of a title: any form before
// another capitalised word ("He Got Game", "His Dark Materials"), and a
// form other than he/she after one ("Death Becomes Him"). A stray capital
// after a name ("River Plate He moved") is still a pronoun.
func inTitle(d *doc.Doc, i int) bool {
	before := i+1 < len(d.Tokens) && d.Tokens[i+1].Kind == doc.Word && capitalisedWord(d, i+1)
	if w := asciiLower(d.TokenText(i)); w == "he" || w == "she" {
		return before
	}
	return before || i > 0 && d.Tokens[i-1].Kind == doc.Word && capitalisedWord(d, i-1)
}
