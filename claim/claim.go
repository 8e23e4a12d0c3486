// Package claim finds claims of the closed vocabulary (doc.Predicates) in
// an annotated document: casting ("Actor plays Character", "Character
// (Actor)"), a character's real-life basis, seasons and their release,
// who works for, founded or leads what, arrests and killings, interviews,
// and the people who made a work.
//
// Encyclopedic text is read through its opening definition ("X is a 2006
// American film directed by Y and starring A, B and C"): the defined
// entity is the document's topic, which later sentences name by "It" or
// "The film", and which claims without a subject in their sentence (a
// cast listed in a later sentence) attach to.
//
// It reads tokens, sentences, mentions linked to entities (package coref)
// and time expressions (package timex). Patterns are general constructions
// of news English, written over tokens and mentions; none names a person,
// a work or an outlet.
package claim

import (
	"regexp"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/coref"
	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/gazetteer"
)

// Extractor finds claims. It is safe for concurrent use.
type Extractor struct {
	gaz *gazetteer.Gazetteer
}

// New returns an Extractor that reads role nouns and platforms from g.
func New(g *gazetteer.Gazetteer) *Extractor { return &Extractor{gaz: g} }

// Scores by kind of evidence.
const (
	scoreStrong   = 0.9  // an explicit construction: "X plays Y", "Y (X)"
	scoreGood     = 0.8  // a construction with some distance or a pronoun
	scoreInferred = 0.65 // implied by other claims
)

// run holds one document's state while claims are extracted.
type run struct {
	x     *Extractor
	d     *doc.Doc
	words []string // lower-cased token texts
	masks []uint64 // token → the triggerSets holding its word, by bit (see has)
	ment  []int    // token → index in d.Mentions of the mention covering it, or -1
	inQ   []bool   // token inside quotation marks
	real  map[int]int
	out   []doc.Claim
	main  int // the document's main work, or -1
	// topic is the entity an encyclopedic article defines, if any.
	topic topic
	seas  map[[2]int]int
	// sports is 1 when the document is about sport, -1 when not, 0 when
	// not yet known; acting the same for roles.
	sports, acting int
	musicWords     int // 1 when four music words occur, -1 when not, 0 before counting
}

// Extract appends the document's claims to d.Claims. It may add entities
// (seasons, the real person behind a character, a defined title no tagger
// found, a work named with its year) and mentions (season phrases, the
// topic's title repeated, "It" or "The film" for the topic); it retypes
// entities found to be characters, or found by a definition to be a work
// or an organisation, and moves a pronoun or nominal mention that opens a
// sentence to the topic it names.
func (x *Extractor) Extract(d *doc.Doc) {
	if len(d.Tokens) == 0 {
		return
	}
	r := &run{x: x, d: d, real: map[int]int{}, seas: map[[2]int]int{}}
	r.words = lowerWords(d)
	r.masks = wordMasks(r.words)
	r.ment = make([]int, len(d.Tokens))
	for i := range r.ment {
		r.ment[i] = -1
	}
	for mi, m := range d.Mentions {
		for k := d.TokenAt(m.Start); k < len(d.Tokens) && d.Tokens[k].Start < m.End; k++ {
			r.ment[k] = mi
		}
	}
	r.inQ = coref.InQuote(d)
	r.topic = r.findTopic()
	r.markTopicRefs()
	r.main = r.mainWork()
	for si := range d.Sentences {
		r.sentence(si)
	}
	r.finish()
	d.Claims = append(d.Claims, declared(d, r.out)...)
}

// lowerWords returns strings.ToLower of each token's text. The body's
// ASCII letters are lower-cased once, and a token of ASCII is sliced from
// that copy rather than lower-cased alone.
func lowerWords(d *doc.Doc) []string {
	b := []byte(d.Body)
	for k, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	lower := string(b)
	words := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		if isASCII(d.Body[t.Start:t.End]) {
			words[i] = lower[t.Start:t.End]
		} else {
			words[i] = strings.ToLower(d.Body[t.Start:t.End])
		}
	}
	return words
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] >= 0x80 {
			return false
		}
	}
	return true
}

// mainWork returns the most mentioned work of the document.
func (r *run) mainWork() int {
	best, n := -1, 0
	for e, ent := range r.d.Entities {
		if ent.Type == doc.Work && len(ent.Mentions) > n {
			best, n = e, len(ent.Mentions)
		}
	}
	return best
}

// entityAt returns the entity of the mention covering token i, or -1.
func (r *run) entityAt(i int) int {
	if i < 0 || i >= len(r.ment) || r.ment[i] < 0 {
		return -1
	}
	return r.d.Mentions[r.ment[i]].Entity
}

func (r *run) typeOf(e int) doc.EntityType {
	if e < 0 {
		return ""
	}
	return r.d.Entities[e].Type
}

func isPersonType(t doc.EntityType) bool { return t == doc.Person || t == doc.Character }

// mentionEnd returns the token after the mention covering token i.
func (r *run) mentionEnd(i int) int {
	mi := r.ment[i]
	j := i
	for j < len(r.ment) && r.ment[j] == mi {
		j++
	}
	return j
}

// mentionStart returns the first token of the mention covering token i.
func (r *run) mentionStart(i int) int {
	mi := r.ment[i]
	j := i
	for j > 0 && r.ment[j-1] == mi {
		j--
	}
	return j
}

// add records a claim whose evidence runs over tokens [a, b).
func (r *run) add(subj int, p doc.Predicate, obj int, value string, a, b int, score float64, rule string) *doc.Claim {
	if subj < 0 || (obj < 0 && value == "") || subj == obj {
		return nil
	}
	if a > b {
		a, b = b, a
	}
	if b > len(r.d.Tokens) {
		b = len(r.d.Tokens)
	}
	if a < 0 {
		a = 0
	}
	sp := doc.Span{Start: r.d.Tokens[a].Start, End: r.d.Tokens[b-1].End}
	c := doc.Claim{Subject: subj, Predicate: p, Object: obj, Value: value, Qualifiers: doc.NoQualifiers(),
		Score: score, Evidence: r.d.Evidence(sp, "claim:"+rule)}
	r.out = append(r.out, c)
	return &r.out[len(r.out)-1]
}

// maxBack bounds how far back in a sentence a pattern looks for its
// subject, so that a run-on "sentence" of a malformed page costs linear time.
const maxBack = 80

// personBefore returns the person the clause ending before token i is
// about: the antecedent of a "who" if there is one, else the nearest person
// mention of the sentence outside quotes and parentheses. It returns the
// entity and the mention's first token.
func (r *run) personBefore(i, first int) (int, int) {
	best, at := -1, -1
	if first < i-maxBack {
		first = i - maxBack
	}
	for k := i - 1; k >= first; k-- {
		w := r.words[k]
		if (w == "who" || w == "whom") && !r.inQ[k] && best < 0 {
			// The antecedent: the nearest person within a few tokens before.
			for j := k - 1; j >= first && j >= k-10; j-- {
				if e := r.entityAt(j); e >= 0 && isPersonType(r.typeOf(e)) && !r.inQ[j] && !r.inParens(j) {
					return e, r.mentionStart(j)
				}
			}
		}
		if best >= 0 {
			continue
		}
		if e := r.entityAt(k); e >= 0 && isPersonType(r.typeOf(e)) && !r.inQ[k] && !r.inParens(k) {
			s := r.mentionStart(k)
			end := r.mentionEnd(k)
			if end < len(r.words) && (r.words[end] == "'s" || r.words[end] == "’s") {
				k = s
				continue // a possessor: "Brandt's family"
			}
			best, at = e, s
			k = s
		}
	}
	return best, at
}

// inParens reports whether token i sits right inside "( … )".
func (r *run) inParens(i int) bool {
	s := r.mentionStart(i)
	if r.ment[i] < 0 {
		s = i
	}
	return s > 0 && r.words[s-1] == "("
}

// personAfter returns the first person mention starting within max tokens
// after i, skipping role nouns and titles ("DEA agent Kiki Camarena").
func (r *run) personAfter(i, last, max int) (int, int) {
	for k := i; k < last && k < i+max; k++ {
		if e := r.entityAt(k); e >= 0 {
			if isPersonType(r.typeOf(e)) {
				return e, r.mentionEnd(k)
			}
			k = r.mentionEnd(k) - 1
			continue
		}
		if r.d.Tokens[k].Kind == doc.Punct && r.words[k] != "," && r.words[k] != "'s" {
			break
		}
	}
	return -1, -1
}

// orgAfter returns the first organisation (or operation, for leads) mention
// within max tokens after i, stopping at a sentence-internal boundary.
func (r *run) orgAfter(i, last, max int, types ...doc.EntityType) (int, int) {
	for k := i; k < last && k < i+max; k++ {
		if e := r.entityAt(k); e >= 0 {
			for _, t := range types {
				if r.typeOf(e) == t {
					return e, r.mentionEnd(k)
				}
			}
			return -1, -1
		}
		if w := r.words[k]; w == "." || w == ";" || w == "(" || r.d.Tokens[k].Kind == doc.OpenQuote {
			break
		}
	}
	return -1, -1
}

var datePrefix = regexp.MustCompile(`^(\d{4}|XXXX)(-\d\d(-\d\d)?)?$`)

// firstDate returns the index in d.Timexes of the first time expression
// starting at or after token i in sentence s whose value is a calendar
// date, year or month, or -1.
func (r *run) firstDate(i int, s doc.Sentence) int {
	from := r.d.Tokens[i].Start
	for k, t := range r.d.Timexes {
		if t.Start >= from && t.End <= s.End && datePrefix.MatchString(t.Value) {
			return k
		}
	}
	return -1
}

// dateAfter returns the value of the first calendar time expression at or
// after token i in the sentence, with its last token.
func (r *run) dateAfter(i int, s doc.Sentence) (string, int) {
	k := r.firstDate(i, s)
	if k < 0 {
		return "", -1
	}
	return r.d.Timexes[k].Value, r.d.TokenAt(r.d.Timexes[k].End - 1)
}

// dateRightAfter is dateAfter for an expression that starts at token
// i+1: "in 1979", "from 1708".
func (r *run) dateRightAfter(i int, s doc.Sentence) (string, int) {
	k := r.firstDate(i, s)
	if k < 0 || i+1 >= len(r.d.Tokens) || r.d.Timexes[k].Start != r.d.Tokens[i+1].Start {
		return "", -1
	}
	return r.d.Timexes[k].Value, r.d.TokenAt(r.d.Timexes[k].End - 1)
}

// sortClaims orders claims by evidence position, then predicate.
func sortClaims(cs []doc.Claim) {
	sort.SliceStable(cs, func(a, b int) bool {
		if cs[a].Evidence.Start != cs[b].Evidence.Start {
			return cs[a].Evidence.Start < cs[b].Evidence.Start
		}
		return cs[a].Predicate < cs[b].Predicate
	})
}
