// Package quote finds quotations and reports of speech in a segmented
// document and attributes each to its speaker.
//
// Extract reads the tokens of a doc.Doc (package segment), the mentions of
// the tagger and the entities of in-document linking when they are there,
// and fills Doc.Quotes. It works in a few passes over the tokens, with one
// lexicon lookup per word and no regular expressions:
//
//   - quotation marks are paired per paragraph: curly, straight, and the
//     doubled straight single quotes and backquotes of some wires; single
//     quotes inside double ones stay inside; an opening mark left open at a
//     paragraph's end continues in the next paragraph that opens with a
//     mark;
//   - each quoted span looks for a cue after its closing mark ("…,” Luna
//     said", "…,” said the actor"), then before its opening mark ("Luna
//     says, “…”", "according to Luna, “…”", "Smith put it this way: “…”");
//     a transcript's label opens it ("“SMITH: …”"); with no cue, a name
//     right after it that ends the paragraph or comes before a verb the
//     lexicon lacks is the speaker ("“…” ― Jane Doe", "“…,” Doe intoned");
//   - a quoted span with no cue is a quotation when it carries on the quote
//     or report of speech just before it (the rest of a split quotation, a
//     quoted paragraph after a quoted paragraph) or when it is
//     clause-length; titles, nicknames and scare quotes (a few capitalised
//     words, or a short span with no cue) are not quotations;
//   - a partial quotation inside a reported clause ("Reyes said the plan
//     was “rushed” and would fail") is reported as the clause, marks
//     included, to the end of the sentence, or to the closing mark after a
//     label verb ("called the plan “a disaster”"); it is Direct when at
//     least half its words are quoted;
//   - a last pass finds indirect speech: "X said (that) …", "X told ET
//     that …", "…, a source said.", "according to X, …", "the plan, X
//     said, will fail" (two parts sharing the cue), "a poll shows …".
//
// The speaker is the entity of the name mention in the speaker phrase; a
// pronoun takes the entity coreference linked it to, else the previous
// quote's speaker or the last person named before of the pronoun's gender;
// a definite role noun ("the actor", "the 44-year-old", "the company") the
// last fitting person or organization; a name in capitals the person of
// that surname. A cue with no subject of its own ("…, saying"), an object
// before a participle ("sent a statement saying") and a quotation with no
// cue inside a sentence take the sentence's subject, found after opening
// adverbs and introductory phrases ("Hours later, Smith …").
//
// A quotation split by its attribution (“…,” X said, “…”) comes out as two
// Quotes, one per quoted part, with the same speaker, Cue and CueSpan; a
// quotation that runs over several paragraphs comes out as one Quote per
// paragraph, sharing the CueSpan too. Quotes that share a CueSpan are parts
// of one quotation; a part that carries the speaker on has a zero
// SpeakerSpan.
package quote

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/doc"
)

// Scores by how a quote's attribution was found.
const (
	scoreCueAfter  = 0.95 // “…,” Luna said
	scoreCueBefore = 0.9  // Luna said, “…”
	scoreCarried   = 0.75 // a part or paragraph carried on from the quote before
	scoreIndirect  = 0.7  // Luna said that …
	scoreTrailing  = 0.8  // “…” ― Luna
	scoreGuess     = 0.45 // no cue; the speaker is the subject of the sentence before
	scoreNoCue     = 0.4  // a clause-length quotation with no attribution
)

// minClause is the number of words a quotation with no cue needs to be kept
// as a quotation rather than taken for a title or scare quotes.
const minClause = 6

// Extractor finds quotations. Its tables are built once by New and only read
// afterwards, so one Extractor may serve many goroutines.
type Extractor struct {
	lx *lexicon
}

// New returns an Extractor with the built-in cue lexicon.
func New() *Extractor { return &Extractor{lx: newLexicon()} }

// std is the Extractor that Extract uses; it is never modified.
var std = New()

// Extract fills d.Quotes with the quotations of d, using the built-in
// lexicon. See Extractor.Extract.
func Extract(d *doc.Doc) { std.Extract(d) }

// Extract finds the quotations of d and appends them to d.Quotes, ordered
// by position. It needs d.Tokens; d.Paragraphs, d.Mentions and d.Entities
// are used when present.
func (x *Extractor) Extract(d *doc.Doc) {
	if len(d.Tokens) == 0 {
		return
	}
	r := newRun(x.lx, d)
	r.findSpans()
	r.attribute()
	r.indirect()
	r.emit()
}

// mark classifies a token as a quotation mark.
type mark uint8

const (
	noMark mark = iota
	openDouble
	closeDouble
	straightDouble
	openSingle
	closeSingle
)

// how says how a quote was attributed.
type how uint8

const (
	howNone how = iota
	howAfter
	howBefore
	howCarried
	howIndirect
	howGuess    // no cue; speaker guessed from the sentence before
	howTrailing // no cue; a name right after the quote ends the paragraph
)

// qspan is a quoted stretch of tokens or a reported clause.
type qspan struct {
	open, close int // tokens of the marks; close is -1 when the paragraph ends first
	first, last int // content tokens [first, last)
	para        int
	cont        bool // continues an unclosed quotation of the paragraph before
	single      bool // marked by single quotes
	direct      bool
	clause      bool // a reported clause holding a partial quotation
	words       int
	titleLike   bool

	how          how
	cueStart     int // tokens [cueStart, cueEnd) of the cue, or -1
	cueEnd       int
	subjS, subjE int // tokens of the speaker phrase, or -1
	ofS, ofE     int // tokens of the X of "said of X", or -1
	carriedFrom  int // index in run.spans of the quote carried on, or -1
	keep         bool
	speaker      int
	speakerSpan  doc.Span
}

// run is the state of one Extract call.
type run struct {
	lx    *lexicon
	d     *doc.Doc
	toks  []doc.Token
	para  []int32 // paragraph index of each token
	paraS []int   // first token of each paragraph
	marks []mark
	info  []wordInfo // lexicon entry of each word token
	used  []bool     // token inside a quote's content or cue
	spans []qspan
	ments []int // mention indexes sorted by start
	buf   [32]byte
}

func newRun(lx *lexicon, d *doc.Doc) *run {
	r := &run{lx: lx, d: d, toks: d.Tokens}
	n := len(d.Tokens)
	r.para = make([]int32, n)
	r.marks = make([]mark, n)
	r.info = make([]wordInfo, n)
	r.used = make([]bool, n)
	p := int32(0)
	pi := 0
	r.paraS = append(r.paraS, 0)
	for i, t := range d.Tokens {
		if i > 0 {
			newPara := false
			if len(d.Paragraphs) > 0 {
				for pi+1 < len(d.Paragraphs) && d.Paragraphs[pi].End <= t.Start {
					pi++
					newPara = true
				}
			} else {
				newPara = blankLine(d.Body, d.Tokens[i-1].End, t.Start)
			}
			if !newPara && lineBreak(d.Body, d.Tokens[i-1].End, t.Start) {
				newPara = r.paragraphLike(i)
			}
			if newPara {
				p++
				r.paraS = append(r.paraS, i)
			}
		}
		r.para[i] = p
		if t.Kind == doc.Word {
			r.info[i] = lx.words[string(r.lower(i))]
		} else {
			r.marks[i] = r.classify(i)
		}
	}
	if len(d.Mentions) > 0 {
		r.ments = make([]int, len(d.Mentions))
		for i := range r.ments {
			r.ments[i] = i
		}
		slices.SortStableFunc(r.ments, func(a, b int) int { return d.Mentions[a].Start - d.Mentions[b].Start })
	}
	return r
}

// blankLine reports whether body[from:to] holds two line breaks.
func blankLine(body string, from, to int) bool {
	if from < 0 || to > len(body) || from >= to {
		return false
	}
	nl := 0
	for i := from; i < to; i++ {
		if body[i] == '\n' {
			nl++
			if nl == 2 {
				return true
			}
		}
	}
	return false
}

// lineBreak reports whether body[from:to] holds a line break.
func lineBreak(body string, from, to int) bool {
	if from < 0 || to > len(body) || from >= to {
		return false
	}
	for i := from; i < to; i++ {
		if body[i] == '\n' {
			return true
		}
	}
	return false
}

// paragraphLike reports whether a single line break before token i ends a
// paragraph (some sources separate paragraphs so): the line before ends a
// sentence or a quotation, or the new line opens one.
func (r *run) paragraphLike(i int) bool {
	switch r.text(i - 1) {
	case ".", "?", "!", "”", "\"", "…", ":":
		return true
	}
	switch r.text(i) {
	case "“", "\"":
		return true
	}
	return false
}

// text returns the text of token i.
func (r *run) text(i int) string {
	t := r.toks[i]
	if t.Start < 0 || t.End > len(r.d.Body) || t.Start > t.End {
		return ""
	}
	return r.d.Body[t.Start:t.End]
}

// lower returns token i lowercased (ASCII), in a buffer reused by the next
// call; tokens longer than the buffer come back empty.
func (r *run) lower(i int) []byte {
	s := r.text(i)
	if len(s) > len(r.buf) {
		return nil
	}
	b := r.buf[:len(s)]
	for k := 0; k < len(s); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	return b
}

// is reports whether token i has lexicon flag f.
func (r *run) is(i int, f flag) bool { return r.info[i].flags&f != 0 }

// cueAt returns the cue at token i and the end of its tokens.
func (r *run) cueAt(i int) (cue, int, bool) {
	ci := r.info[i].cue
	if ci == 0 {
		return cue{}, 0, false
	}
	c := r.lx.cueList[ci-1]
	if i > 0 && (r.isText(i-1, "’s") || r.isText(i-1, "'s") || r.is(i-1, fNounDet) ||
		string(r.lower(i-1)) == "of" && !hasSuffix(string(r.lower(i)), "ing")) {
		// "secretary of state", "a report of comments": nouns.
		// "the comments", "Trump's claims": a noun.
		return c, 0, false
	}
	if r.capitalized(i) && i > 0 && !r.sentenceEnd(i-1) && !r.isText(i-1, ",") && r.marks[i-1] == noMark && r.para[i-1] == r.para[i] && r.toks[i-1].Kind != doc.Dash && !r.isText(i-1, ":") {
		// A capitalised cue inside a sentence is a name ("The Washington
		// Post") or a headline word.
		return c, 0, false
	}
	if c.next != "" {
		if i+1 >= len(r.toks) || string(r.lower(i+1)) != c.next {
			return c, 0, false
		}
		return c, i + 2, true
	}
	return c, i + 1, true
}

func (r *run) pronoun(i int) (doc.Gender, bool) {
	g, ok := r.lx.pronouns[string(r.lower(i))]
	return g, ok
}

// subjectPronoun reports whether token i is a pronoun that can be a
// speaker (not "him", "her").
func (r *run) subjectPronoun(i int) bool {
	switch string(r.lower(i)) {
	case "he", "she", "they", "we", "i", "it", "you":
		return true
	}
	return false
}

func (r *run) isWord(i int) bool {
	k := r.toks[i].Kind
	return k == doc.Word || k == doc.Number
}

func (r *run) capitalized(i int) bool {
	if r.toks[i].Kind != doc.Word {
		return false
	}
	c, _ := utf8.DecodeRuneInString(r.text(i))
	return unicode.IsUpper(c)
}

// sentenceEnd reports whether token i ends a sentence or a clause that an
// attribution does not cross.
func (r *run) sentenceEnd(i int) bool {
	if r.toks[i].Kind != doc.Punct {
		return false
	}
	switch r.text(i) {
	case ".":
		// "Sen. Jane Doe (D-Ore.) said", "Rubio, R-Fla., said": the full
		// stop of an abbreviation before a comma or a parenthesis.
		if i+1 < len(r.toks) && r.toks[i+1].Start == r.toks[i].End && (r.isText(i+1, ",") || r.isText(i+1, ")")) {
			return false
		}
		return true
	case "?", "!", ";", "…", "...":
		return true
	}
	return false
}

func (r *run) isText(i int, s string) bool { return r.text(i) == s }

// classify tells whether token i is a quotation mark and which. The
// segmenter's OpenQuote and CloseQuote kinds decide; a mark it left as
// punctuation counts by its shape (curly) or not at all (a straight single
// quote is taken for an apostrophe).
func (r *run) classify(i int) mark {
	k := r.toks[i].Kind
	if t := r.text(i); t == "'" || t == "`" {
		// Two straight single quotes or backquotes in a row stand for a
		// double mark ('' and ``, as some wires write them).
		if i > 0 && r.toks[i-1].End == r.toks[i].Start && r.text(i-1) == t {
			return noMark
		}
		if i+1 < len(r.toks) && r.toks[i+1].Start == r.toks[i].End && r.text(i+1) == t {
			switch {
			case t == "`":
				return openDouble
			case r.before(i + 1):
				// Followed by a space or punctuation: it closes, even
				// after a space ("coalitions, '' said").
				return closeDouble
			}
			return openDouble
		}
	}
	switch r.text(i) {
	case "“", "„", "«", "‟", "``", "”", "»", "''", "\"":
		if r.text(i) == "“" && !r.spaceBefore(i) && r.spaceAfter(i) {
			// “ typed for ” after the quoted words ("unusual,“ said").
			return closeDouble
		}
		switch {
		case k == doc.OpenQuote:
			return openDouble
		case k == doc.CloseQuote:
			return closeDouble
		case r.text(i) == "\"":
			return straightDouble
		case r.text(i) == "”" || r.text(i) == "»" || r.text(i) == "''":
			return closeDouble
		}
		return openDouble
	case "‘", "‹", "’", "›", "'":
		switch {
		case k == doc.OpenQuote:
			return openSingle
		case k == doc.CloseQuote:
			if r.before(i) {
				return closeSingle
			}
		case r.text(i) == "‘" || r.text(i) == "‹":
			return openSingle
		}
	}
	return noMark
}

// spaceBefore reports whether token i starts the body or follows a space.
func (r *run) spaceBefore(i int) bool {
	s := r.toks[i].Start
	if s <= 0 || s > len(r.d.Body) {
		return true
	}
	c, _ := utf8.DecodeLastRuneInString(r.d.Body[:s])
	return unicode.IsSpace(c)
}

// spaceAfter reports whether token i ends the body or is followed by a
// space.
func (r *run) spaceAfter(i int) bool {
	e := r.toks[i].End
	if e >= len(r.d.Body) || e < 0 {
		return true
	}
	c, _ := utf8.DecodeRuneInString(r.d.Body[e:])
	return unicode.IsSpace(c)
}

// before reports whether token i is followed by a space, punctuation or
// the end: a closing mark rather than an apostrophe inside a word.
func (r *run) before(i int) bool {
	e := r.toks[i].End
	if e >= len(r.d.Body) || e < 0 {
		return true
	}
	c, _ := utf8.DecodeRuneInString(r.d.Body[e:])
	return !unicode.IsLetter(c) && !unicode.IsDigit(c)
}

// paraEnd returns the token after the last token of paragraph p.
func (r *run) paraEnd(p int) int {
	if p+1 < len(r.paraS) {
		return r.paraS[p+1]
	}
	return len(r.toks)
}

// findSpans pairs quotation marks paragraph by paragraph.
func (r *run) findSpans() {
	openD, openS := -1, -1
	contD := false
	cur := int32(0)
	flush := func(end int) {
		if openD >= 0 {
			r.addSpan(openD, -1, end, contD, false)
		}
		openD, openS, contD = -1, -1, false
	}
	for i := range r.toks {
		if r.para[i] != cur {
			flush(i)
			cur = r.para[i]
		}
		first := i == r.paraS[r.para[i]]
		switch m := r.marks[i]; m {
		case openDouble, straightDouble:
			if openD >= 0 && m == openDouble {
				// An opening mark inside a quotation: the quotation before
				// was left open; this one continues it.
				r.addSpan(openD, -1, i, contD, false)
				openD = -1
				contD = true
			}
			if openD < 0 {
				openD = i
				contD = contD || first && r.para[i] > 0 && r.carryPending(i)
				openS = -1
			} else if m == straightDouble {
				r.addSpan(openD, i, i, contD, false)
				openD, contD = -1, false
			}
		case closeDouble:
			if openD >= 0 {
				r.addSpan(openD, i, i, contD, false)
				openD, contD = -1, false
			}
		case openSingle:
			if openD < 0 && openS < 0 {
				openS = i
			}
		case closeSingle:
			if openD < 0 && openS >= 0 {
				r.addSpan(openS, i, i, false, true)
				openS = -1
			}
		}
	}
	flush(len(r.toks))
}

// paired reports whether the mark at token i is the first of a pair of
// single marks that stand for a double one (” or “).
func (r *run) paired(i int) bool {
	return i+1 < len(r.toks) && r.marks[i+1] == noMark && r.toks[i+1].Start == r.toks[i].End &&
		r.text(i+1) == r.text(i) && (r.text(i) == "'" || r.text(i) == "`")
}

// carryPending reports whether the paragraph before the token at i ended
// inside an unclosed quotation.
func (r *run) carryPending(i int) bool {
	if len(r.spans) == 0 {
		return false
	}
	s := r.spans[len(r.spans)-1]
	return s.close < 0 && int(r.para[i]) == s.para+1
}

// addSpan records the quoted span between marks open and close (close -1:
// content runs to token end).
func (r *run) addSpan(open, close, end int, cont, single bool) {
	first, last := open+1, end
	if r.paired(open) {
		first++
	}
	if close >= 0 && r.paired(close) {
		close++
	}
	for last > first && r.toks[last-1].Kind == doc.Punct && (r.isText(last-1, ",") || r.isText(last-1, ":")) {
		last--
	}
	for last > first && r.toks[last-1].Kind == doc.Dash {
		last--
	}
	if last <= first {
		return
	}
	s := qspan{
		open: open, close: close, first: first, last: last, para: int(r.para[open]),
		cont: cont, single: single, direct: true,
		cueStart: -1, cueEnd: -1, subjS: -1, subjE: -1, ofS: -1, ofE: -1, carriedFrom: -1, speaker: -1,
	}
	caps, final := true, false
	for i := first; i < last; i++ {
		if r.isWord(i) {
			s.words++
			if !r.capitalized(i) && r.toks[i].Kind == doc.Word && !r.is(i, fStop) && !r.is(i, fDet) {
				caps = false
			}
		}
	}
	if k := last - 1; r.toks[k].Kind == doc.Punct {
		switch r.text(k) {
		case ".", "?", "!", "…", "...":
			final = true
		}
	}
	s.titleLike = caps && !final && s.words <= 5
	r.spans = append(r.spans, s)
}
