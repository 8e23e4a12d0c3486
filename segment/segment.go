// Package segment splits an article body into tokens, sentences and
// paragraphs, each a span of byte offsets into the body.
//
// Tokens are close to the Penn Treebank's, but offset-true: the text is
// never modified, so Body[t.Start:t.End] is always the token. Words keep
// inner hyphens and apostrophes ("rock-'n'-roll", "O'Brien"); clitics are
// split off ("Gallardo" + "'s", "do" + "n't"); abbreviations and initials
// keep their period ("Feb.", "U.S.", "J."); quotation marks are told apart
// as opening or closing; URLs, e-mail addresses, @handles and #hashtags
// are single tokens.
//
// Paragraphs are separated by blank lines. Sentences end after . ! ? or …
// (and the closing quotes or brackets after them) when the next token
// starts a sentence, and always at a paragraph break.
package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/doc"
)

// Segment fills d.Tokens, d.Sentences and d.Paragraphs from d.Body,
// replacing what was there. It reuses the capacity of those slices, so a
// caller that segments many documents with one Doc allocates only when a
// document is larger than any before it.
func Segment(d *doc.Doc) {
	s := scanner{
		body:  d.Body,
		toks:  d.Tokens[:0],
		sents: d.Sentences[:0],
		paras: d.Paragraphs[:0],
	}
	// One allocation sized from typical English news (about 5.5 bytes per
	// token, 130 per sentence) instead of repeated growth.
	if n := len(d.Body)/5 + 16; cap(s.toks) < n {
		s.toks = make([]doc.Token, 0, n)
	}
	if n := len(d.Body)/100 + 4; cap(s.sents) < n {
		s.sents = make([]doc.Sentence, 0, n)
	}
	if n := len(d.Body)/300 + 2; cap(s.paras) < n {
		s.paras = make([]doc.Span, 0, n)
	}
	s.run()
	d.Tokens, d.Sentences, d.Paragraphs = s.toks, s.sents, s.paras
}

// scanner holds the state of one Segment call.
type scanner struct {
	body  string
	toks  []doc.Token
	sents []doc.Sentence
	paras []doc.Span

	// paraFirst is the index of the current paragraph's first token.
	paraFirst int
	// space is true when whitespace or the paragraph start lies between
	// the last token and the scan position.
	space bool
	// openSingle and openDouble count the quotation marks opened and not
	// yet closed in the current paragraph.
	openSingle, openDouble int
}

// run scans the whole body: whitespace, paragraph breaks and tokens.
func (s *scanner) run() {
	b := s.body
	n := len(b)
	s.space = true
	for i := 0; i < n; {
		c := b[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				j := i + 1
				for j < n && isHSpace(b[j]) {
					j++
				}
				if j < n && b[j] == '\n' {
					s.endParagraph()
					j++
				}
				s.space = true
				i = j
			case isHSpace(c):
				s.space = true
				i++
			case isAlnum(c):
				i = s.word(i)
			default:
				i = s.asciiPunct(i)
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(b[i:])
		switch {
		case isSpaceRune(r):
			s.space = true
			i += w
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			i = s.word(i)
		default:
			i = s.otherRune(i, r, w)
		}
	}
	s.endParagraph()
}

// emit appends the token [start, end).
func (s *scanner) emit(start, end int, kind doc.TokenKind) {
	s.toks = append(s.toks, doc.Token{Span: doc.Span{Start: start, End: end}, Kind: kind})
	s.space = false
}

// endParagraph closes the current paragraph, if it has tokens, and splits
// it into sentences.
func (s *scanner) endParagraph() {
	s.openSingle, s.openDouble = 0, 0
	s.space = true
	a, z := s.paraFirst, len(s.toks)
	if a == z {
		return
	}
	s.splitSentences(a, z, len(s.paras))
	s.paras = append(s.paras, doc.Span{Start: s.toks[a].Start, End: s.toks[z-1].End})
	s.paraFirst = z
}

// word scans the word, number or address starting at i, emits it (with
// any clitic split off) and returns where scanning resumes.
func (s *scanner) word(i int) int {
	b := s.body
	n := len(b)
	start := i
	if c := b[i] | 0x20; c == 'h' || c == 'w' {
		if e := urlEnd(b, i); e > 0 {
			s.emit(start, e, doc.Word)
			return e
		}
	}
	j := i
	// dottable stays true while the word is ASCII letters only, so that
	// a period may continue it as an acronym ("U.S.", "e.g.").
	dottable := true
	// dotted is set when the word took its final period as an acronym.
	dotted := false
loop:
	for j < n {
		c := b[j]
		if c < utf8.RuneSelf {
			if isLetter(c) {
				j++
				continue
			}
			if isDigit(c) {
				dottable = false
				j++
				continue
			}
			switch c {
			case '\'':
				e, split := s.apostrophe(start, j, 1)
				if split {
					return e
				}
				if e > j {
					dottable = false
					j = e
					continue
				}
			case '-':
				if j+1 < n && (isWordStartAt(b, j+1) || apostropheLetterAt(b, j+1)) {
					dottable = false
					j++
					continue
				}
			case '.':
				if j+1 < n && isDigit(b[j-1]) && isDigit(b[j+1]) {
					dottable = false
					j += 2
					continue
				}
				if dottable && j-start <= 2 {
					if e := dottedEnd(b, j); e > 0 {
						j = e
						if j+1 < n && b[j] == '-' && isWordStartAt(b, j+1) {
							dottable = false
							j++
							continue
						}
						dotted = true
						break loop
					}
				}
				if j+1 < n && isAlnum(b[j+1]) {
					if e := addressEnd(b, start); e > j {
						s.emit(start, e, doc.Word)
						return e
					}
				}
			case ',', ':', '/':
				if j+1 < n && isDigit(b[j-1]) && isDigit(b[j+1]) {
					dottable = false
					j += 2
					continue
				}
			case '&':
				if j+1 < n && isUpper(b[j-1]) && isUpper(b[j+1]) {
					dottable = false
					j++
					continue
				}
			case '@', '_', '+':
				if e := addressEnd(b, start); e > j {
					s.emit(start, e, doc.Word)
					return e
				}
			}
			break loop
		}
		r, w := utf8.DecodeRuneInString(b[j:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			dottable = false
			j += w
			continue
		case r == '’':
			e, split := s.apostrophe(start, j, w)
			if split {
				return e
			}
			if e > j {
				dottable = false
				j = e
				continue
			}
		case r == '\u2010' || r == '\u2011' || r == '\u00ad': // hyphens, soft hyphen
			if isWordStartAt(b, j+w) {
				dottable = false
				j += w
				continue
			}
		}
		break
	}
	if !dotted && j < n && b[j] == '.' && takesPeriod(b, start, j) {
		j++
	}
	kind := doc.Word
	if isDigit(b[start]) {
		kind = numberKind(b[start:j])
	}
	s.emit(start, j, kind)
	return j
}

// apostrophe decides what the apostrophe of width w at j does to the word
// that starts at start. When it begins a clitic ("'s", "n't", "'re") it
// emits the word and the clitic and returns the end with split true. When
// the apostrophe is inside the word ("O'Brien", "rock-'n'-roll") it
// returns the offset after it. Otherwise it returns j: the word ends.
func (s *scanner) apostrophe(start, j, w int) (end int, split bool) {
	b := s.body
	n := len(b)
	k := j + w
	if k < n && isWordStartAt(b, k) {
		// "n't": do + n't, ca + n't.
		if p := b[j-1]; (p == 'n' || p == 'N') && j-1 > start && (b[k] == 't' || b[k] == 'T') && !isWordCharAt(b, k+1) {
			s.emit(start, j-1, wordKind(b, start, j-1))
			s.emit(j-1, k+1, doc.Word)
			return k + 1, true
		}
		if e := cliticEnd(b, k); e > 0 {
			s.emit(start, j, wordKind(b, start, j))
			s.emit(j, e, doc.Word)
			return e, true
		}
		return k, false
	}
	// rock-'n'-roll: an apostrophe before a hyphen inside the word.
	if k+1 < n && b[k] == '-' && isWordStartAt(b, k+1) && b[j-1] != '-' {
		return k, false
	}
	return j, false
}

// cliticEnd returns the end of the clitic ("s", "re", "ve", "ll", "d", "m")
// whose letters start at k, or 0 when the letters there are not one.
func cliticEnd(b string, k int) int {
	e := k
	for e < len(b) && e-k < 3 && isLetter(b[e]) {
		e++
	}
	if isWordCharAt(b, e) {
		return 0
	}
	switch b[k:e] {
	case "s", "S", "re", "RE", "ve", "VE", "ll", "LL", "d", "D", "m", "M":
		return e
	}
	return 0
}

// wordKind returns the kind of the word b[start:end].
func wordKind(b string, start, end int) doc.TokenKind {
	if isDigit(b[start]) {
		return numberKind(b[start:end])
	}
	return doc.Word
}

// numberKind returns Number for digits with separators and an optional
// "s", "st", "nd", "rd", "th", "m", "bn" or "k" ("1,000", "3.5", "1980s",
// "21st", "1.5m"), and Word for other mixes of digits and letters ("3D").
func numberKind(w string) doc.TokenKind {
	i := 0
	for i < len(w) && (isDigit(w[i]) || w[i] == ',' || w[i] == '.' || w[i] == ':' || w[i] == '/' || w[i] == '-') {
		i++
	}
	switch w[i:] {
	case "", "s", "st", "nd", "rd", "th", "m", "bn", "k":
		return doc.Number
	}
	return doc.Word
}

// takesPeriod reports whether the word b[start:j], followed by a period
// at j, is an abbreviation or an initial that keeps its period.
func takesPeriod(b string, start, j int) bool {
	w := b[start:j]
	if len(w) == 1 && isUpper(w[0]) {
		return true
	}
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && size > 1 {
		return unicode.IsUpper(r)
	}
	switch abbrevClass(w) {
	case notAbbr:
		return false
	case numAbbr:
		k := j + 1
		for k < len(b) && b[k] == ' ' {
			k++
		}
		return k < len(b) && isDigit(b[k])
	}
	return true
}

// maxDotted bounds the letter groups of an acronym, so that scanning
// stays linear in the body's length.
const maxDotted = 8

// Bounds on the parts of addresses (RFC 5321), which also keep scanning
// linear in the body's length.
const (
	maxLocal = 64
	maxHost  = 253
)

// dottedEnd returns the end of the acronym whose first period is at j
// ("U.S.", "e.g.", "Ph.D."): groups of one or two letters, each followed
// by a period. It returns 0 when no group follows the first period.
func dottedEnd(b string, j int) int {
	e := 0
	for groups := 0; j < len(b) && b[j] == '.'; groups++ {
		if groups == maxDotted {
			return 0
		}
		k := j + 1
		for k < len(b) && k-j <= 3 && isLetter(b[k]) {
			k++
		}
		if l := k - j - 1; l == 0 || l > 2 || k >= len(b) || b[k] != '.' {
			break
		}
		e = k + 1
		j = k
	}
	if e > 0 && isLetterAt(b, e) {
		return 0
	}
	return e
}

// asciiPunct scans the token at i, an ASCII character that is neither a
// letter, a digit nor a space.
func (s *scanner) asciiPunct(i int) int {
	b := s.body
	n := len(b)
	switch c := b[i]; c {
	case '"':
		s.emitQuote(i, i+1, false)
		return i + 1
	case '\'':
		if e := s.apostropheToken(i, 1); e > 0 {
			return e
		}
		if i+1 < n && b[i+1] == '\'' {
			// '' closes a `` quotation (Penn Treebank style).
			s.emitQuote(i, i+2, false)
			return i + 2
		}
		s.emitQuote(i, i+1, true)
		return i + 1
	case '`':
		if i+1 < n && b[i+1] == '`' {
			s.openDouble++
			s.emit(i, i+2, doc.OpenQuote)
			return i + 2
		}
		s.openSingle++
		s.emit(i, i+1, doc.OpenQuote)
		return i + 1
	case '-':
		j := i + 1
		for j < n && b[j] == '-' {
			j++
		}
		if j-i >= 2 {
			s.emit(i, j, doc.Dash)
		} else {
			s.emit(i, j, doc.Punct)
		}
		return j
	case '.':
		j := i + 1
		for j < n && b[j] == '.' {
			j++
		}
		s.emit(i, j, doc.Punct)
		return j
	case '@':
		j := i + 1
		for j < n && (isAlnum(b[j]) || b[j] == '_') {
			j++
		}
		if j > i+1 {
			s.emit(i, j, doc.Word)
			return j
		}
	case '#':
		j := i + 1
		letter := false
		for j < n {
			c := b[j]
			if c < utf8.RuneSelf {
				if isLetter(c) {
					letter = true
				} else if !isDigit(c) && c != '_' {
					break
				}
				j++
				continue
			}
			r, w := utf8.DecodeRuneInString(b[j:])
			if unicode.IsLetter(r) {
				letter = true
			} else if !unicode.IsDigit(r) && !unicode.IsMark(r) {
				break
			}
			j += w
		}
		if letter {
			s.emit(i, j, doc.Word)
			return j
		}
	}
	s.emit(i, i+1, doc.Punct)
	return i + 1
}

// otherRune scans the token at i, a non-ASCII rune r of width w that is
// neither a letter, a digit nor a space.
func (s *scanner) otherRune(i int, r rune, w int) int {
	b := s.body
	switch r {
	case '“', '„', '«':
		s.openDouble++
		s.emit(i, i+w, doc.OpenQuote)
	case '‘', '‚', '‛', '‹':
		if e := s.apostropheToken(i, w); e > 0 {
			return e
		}
		s.openSingle++
		s.emit(i, i+w, doc.OpenQuote)
	case '”', '»':
		if s.openDouble > 0 {
			s.openDouble--
		}
		s.emit(i, i+w, doc.CloseQuote)
	case '›':
		if s.openSingle > 0 {
			s.openSingle--
		}
		s.emit(i, i+w, doc.CloseQuote)
	case '’':
		if e := s.apostropheToken(i, w); e > 0 {
			return e
		}
		kind := doc.CloseQuote
		if s.afterWord(i) && s.openSingle == 0 && s.prevEndsInS() {
			kind = doc.Punct // possessive: the students’ union
		}
		if kind == doc.CloseQuote && s.openSingle > 0 {
			s.openSingle--
		}
		s.emit(i, i+w, kind)
	case '—', '–', '‒', '―':
		j := i + w
		for j < len(b) && isDashRuneAt(b, j) {
			j += 3
		}
		s.emit(i, j, doc.Dash)
		return j
	case '…':
		j := i + w
		for j+3 <= len(b) && b[j:j+3] == "…" {
			j += 3
		}
		s.emit(i, j, doc.Punct)
		return j
	default:
		s.emit(i, i+w, doc.Punct)
	}
	return i + w
}

// apostropheToken scans a token that starts with the apostrophe or quote
// of width w at i and is not a quotation mark: a clipped year ("'90s") or
// "'n'". It returns 0 when there is none.
func (s *scanner) apostropheToken(i, w int) int {
	b := s.body
	n := len(b)
	k := i + w
	if k+1 < n && isDigit(b[k]) && isDigit(b[k+1]) && !isWordCharAt(b, k+2) {
		s.emit(i, k+2, doc.Number)
		return k + 2
	}
	if k+2 < n && isDigit(b[k]) && isDigit(b[k+1]) && b[k+2] == 's' && !isWordCharAt(b, k+3) {
		s.emit(i, k+3, doc.Number)
		return k + 3
	}
	if k < n && (b[k] == 'n' || b[k] == 'N') {
		e := 0
		if k+1 < n && b[k+1] == '\'' {
			e = k + 2
		} else if k+3 < n && b[k+1:k+4] == "’" {
			e = k + 4
		}
		if e > 0 && !isWordCharAt(b, e) {
			s.emit(i, e, doc.Word)
			return e
		}
	}
	return 0
}

// emitQuote emits the straight quotation mark at [i, e), deciding by its
// context whether it opens or closes (or, for an apostrophe after a
// plural, marks a possessive).
func (s *scanner) emitQuote(i, e int, single bool) {
	open := &s.openDouble
	if single {
		open = &s.openSingle
	}
	kind := s.straightKind(i, e, single, *open)
	switch kind {
	case doc.OpenQuote:
		*open++
	case doc.CloseQuote:
		if *open > 0 {
			*open--
		}
	}
	s.emit(i, e, kind)
}

// straightKind returns the kind of the straight quotation mark at [i, e):
// it opens after whitespace, the paragraph start, an opening quote or
// bracket or a dash; it closes before whitespace, punctuation or the end
// (or is a possessive apostrophe after a plural); between a mark and a
// letter it closes a quotation that is open and opens one otherwise.
func (s *scanner) straightKind(i, e int, single bool, open int) doc.TokenKind {
	if s.space || len(s.toks) == s.paraFirst {
		return doc.OpenQuote
	}
	b := s.body
	prev := s.toks[len(s.toks)-1]
	if prev.Kind == doc.OpenQuote || prev.Kind == doc.Dash {
		return doc.OpenQuote
	}
	if prev.End-prev.Start == 1 {
		switch b[prev.Start] {
		case '(', '[', '{', '<', '/':
			return doc.OpenQuote
		}
	}
	if !isWordCharAt(b, e) {
		if single && open == 0 && (prev.Kind == doc.Word || prev.Kind == doc.Number) && s.prevEndsInS() {
			return doc.Punct
		}
		return doc.CloseQuote
	}
	if open > 0 {
		return doc.CloseQuote
	}
	return doc.OpenQuote
}

// afterWord reports whether the last token is a word or number ending at i.
func (s *scanner) afterWord(i int) bool {
	if s.space || len(s.toks) == s.paraFirst {
		return false
	}
	prev := s.toks[len(s.toks)-1]
	return prev.End == i && (prev.Kind == doc.Word || prev.Kind == doc.Number)
}

// prevEndsInS reports whether the last token ends with s or S.
func (s *scanner) prevEndsInS() bool {
	if len(s.toks) == 0 {
		return false
	}
	c := s.body[s.toks[len(s.toks)-1].End-1]
	return c == 's' || c == 'S'
}

// urlEnd returns the end of the web address starting at i with "http://",
// "https://" or "www.", or 0.
func urlEnd(b string, i int) int {
	j := i
	switch {
	case hasPrefixFold(b[i:], "http://"):
		j += 7
	case hasPrefixFold(b[i:], "https://"):
		j += 8
	case hasPrefixFold(b[i:], "www."):
		j += 4
	default:
		return 0
	}
	if j >= len(b) || !isAlnum(b[j]) {
		return 0
	}
	return urlRest(b, i, j)
}

// urlRest extends a web address from j up to a space or a quotation mark,
// then drops the trailing punctuation that belongs to the sentence.
func urlRest(b string, start, j int) int {
	parens := 0
	for j < len(b) {
		c := b[j]
		if c < utf8.RuneSelf {
			if c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\x7f' {
				break
			}
			switch c {
			case '(':
				parens++
			case ')':
				parens--
			}
			j++
			continue
		}
		r, w := utf8.DecodeRuneInString(b[j:])
		if isSpaceRune(r) || r == utf8.RuneError || isQuoteRune(r) || r == '…' {
			break
		}
		j += w
	}
	for j > start {
		c := b[j-1]
		if c == ')' {
			// Keep a closing bracket that the address opened.
			if parens >= 0 {
				break
			}
			parens++
			j--
			continue
		}
		switch c {
		case '.', ',', ';', ':', '!', '?', '\'', ']', '}':
			j--
			continue
		}
		break
	}
	return j
}

// addressEnd returns the end of the e-mail address ("ana@example.com") or
// scheme-less web address ("netflix.com", "bbc.co.uk/news") that starts at
// start, or 0.
func addressEnd(b string, start int) int {
	j := start
	for j < len(b) && j-start <= maxLocal && isLocalChar(b[j]) {
		j++
	}
	if j < len(b) && b[j] == '@' && j-start <= maxLocal {
		if j == start {
			return 0
		}
		e, _ := hostEnd(b, j+1)
		return e
	}
	e, tld := hostEnd(b, start)
	if e == 0 || !knownTLD(tld) {
		return 0
	}
	if e < len(b) && b[e] == '/' {
		return urlRest(b, start, e)
	}
	return e
}

// hostEnd returns the end of the host name starting at k and its last
// label, or 0 when there is no dotted name ending in two or more letters.
func hostEnd(b string, k int) (int, string) {
	j := k
	for j < len(b) && (isAlnum(b[j]) || b[j] == '-' || b[j] == '.') {
		if j-k == maxHost {
			return 0, ""
		}
		j++
	}
	for j > k && (b[j-1] == '.' || b[j-1] == '-') {
		j--
	}
	if j < len(b) && (b[j] == '@' || b[j] == '_' || b[j] >= utf8.RuneSelf) {
		return 0, ""
	}
	dot := -1
	for x := j - 1; x >= k; x-- {
		if b[x] == '.' {
			dot = x
			break
		}
	}
	if dot <= k || j-dot-1 < 2 {
		return 0, ""
	}
	for x := dot + 1; x < j; x++ {
		if !isLetter(b[x]) {
			return 0, ""
		}
	}
	return j, b[dot+1 : j]
}

// hasPrefixFold reports whether s begins with the lower-case ASCII
// prefix, ignoring the case of letters.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if c := s[i]; c != prefix[i] && !(isLetter(c) && c|0x20 == prefix[i]) {
			return false
		}
	}
	return true
}

// ASCII byte classes.
func isLetter(c byte) bool { return (c|0x20)-'a' < 26 }
func isDigit(c byte) bool  { return c-'0' < 10 }
func isUpper(c byte) bool  { return c-'A' < 26 }
func isAlnum(c byte) bool  { return isLetter(c) || isDigit(c) }

// isHSpace reports whether c is ASCII whitespace other than a newline.
func isHSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
}

// isLocalChar reports whether c may appear in the local part of an e-mail
// address.
func isLocalChar(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

// isSpaceRune reports whether the non-ASCII rune r is whitespace,
// including the zero-width spaces.
func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u2060' || r == '\ufeff'
}

// isQuoteRune reports whether r is a typographic quotation mark.
func isQuoteRune(r rune) bool {
	switch r {
	case '“', '”', '‘', '’', '„', '‚', '‛', '«', '»', '‹', '›':
		return true
	}
	return false
}

// isDashRuneAt reports whether an em, en, figure dash or horizontal bar
// (all three bytes long) starts at j.
func isDashRuneAt(b string, j int) bool {
	if j+3 > len(b) || b[j] != 0xe2 || b[j+1] != 0x80 {
		return false
	}
	c := b[j+2]
	return c == 0x92 || c == 0x93 || c == 0x94 || c == 0x95
}

// isWordStartAt reports whether a letter or digit starts at j.
func isWordStartAt(b string, j int) bool {
	if j >= len(b) {
		return false
	}
	if c := b[j]; c < utf8.RuneSelf {
		return isAlnum(c)
	}
	r, _ := utf8.DecodeRuneInString(b[j:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWordCharAt reports whether a letter, digit or combining mark starts
// at j.
func isWordCharAt(b string, j int) bool {
	if j >= len(b) {
		return false
	}
	if c := b[j]; c < utf8.RuneSelf {
		return isAlnum(c)
	}
	r, _ := utf8.DecodeRuneInString(b[j:])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isLetterAt reports whether a letter starts at j.
func isLetterAt(b string, j int) bool {
	if j >= len(b) {
		return false
	}
	if c := b[j]; c < utf8.RuneSelf {
		return isLetter(c)
	}
	r, _ := utf8.DecodeRuneInString(b[j:])
	return unicode.IsLetter(r)
}

// apostropheLetterAt reports whether an apostrophe (' or ’) followed by a
// letter starts at j.
func apostropheLetterAt(b string, j int) bool {
	if j < len(b) && b[j] == '\'' {
		return isLetterAt(b, j+1)
	}
	if j+3 <= len(b) && b[j:j+3] == "’" {
		return isLetterAt(b, j+3)
	}
	return false
}
