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

// maxSentences is how far back a pronoun looks for its antecedent.
const maxSentences = 6

// InQuote marks the tokens that lie inside quotation marks. A quotation left
// open at the end of a paragraph closes there.
func InQuote(d *doc.Doc) []bool {
	in := make([]bool, len(d.Tokens))
	open := false
	para := -1
	for i, t := range d.Tokens {
		if p := d.Sentences[t.Sentence].Paragraph; p != para {
			para, open = p, false
		}
		switch t.Kind {
		case doc.OpenQuote:
			open = true
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
	}
	last := make(map[int]seen) // entity → its latest mention so far
	names := make([]int, 0, len(d.Mentions))
	for i, m := range d.Mentions {
		if m.Entity >= 0 && (m.Type == doc.Person || m.Type == doc.Character) {
			names = append(names, i)
		}
	}
	sort.Slice(names, func(a, b int) bool { return d.Mentions[names[a]].Start < d.Mentions[names[b]].Start })
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
			if _, ok := firstPersonIn[s]; !ok && !inQuote[mt] {
				firstPersonIn[s] = m.Entity
				sub = true
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
		for e, s := range last {
			dist := t.Sentence - s.sentence
			if dist > maxSentences || dist < 0 {
				continue
			}
			eg := d.Entities[e].Gender
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
			if g != doc.Unknown && eg == g {
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
		if speaks {
			lastSpeaker = best
		}
		if _, ok := firstPersonIn[t.Sentence]; !ok {
			firstPersonIn[t.Sentence] = best
			last[best] = seen{sentence: t.Sentence, subject: true}
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
