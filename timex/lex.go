package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds of the scanner.
const (
	kWord  = iota // letters (may end in digits: "Q3")
	kNum          // digits only
	kMixed        // digits then letters: "13th", "1980s", "3pm"
	kPunct        // one other non-space character
)

// tok is one token of the text being scanned.
type tok struct {
	s, e int32
	// n is the value of a kNum token, or of the leading digits of a kMixed
	// token; -1 when too long to matter.
	n int32
	// sent and para are the indexes of the sentence and the paragraph
	// holding the token.
	sent, para int32
	// nd is the number of leading digits.
	nd   uint8
	kind uint8
	// sp is true when whitespace precedes the token.
	sp bool
	// par is true when a blank line precedes the token.
	par bool
}

// isAlpha reports whether b is an ASCII letter.
func isAlpha(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// tokenize splits text into tokens and returns them with the text
// lowercased (ASCII letters only, so offsets are kept). Letters and digits form runs; any
// other non-space rune is a token of its own. Non-ASCII letters form words
// too, so that offsets stay on rune boundaries.
func tokenize(text string) ([]tok, string) {
	toks := make([]tok, 0, len(text)/4+16)
	low := asciiLower(text)
	sp, par := true, true
	nl := 0
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			sp = true
			i++
			continue
		case c == '\n':
			sp = true
			nl++
			if nl >= 2 {
				par = true
			}
			i++
			continue
		case c >= utf8.RuneSelf:
			// A no-break or thin space ("December\u00a013") separates
			// like a space.
			if r, size := utf8.DecodeRuneInString(text[i:]); unicode.IsSpace(r) {
				sp = true
				i += size
				continue
			}
		}
		nl = 0
		start := i
		var t tok
		switch {
		case isDigit(c):
			n, nd := int32(0), 0
			for i < len(text) && isDigit(text[i]) {
				if nd < 9 {
					n = n*10 + int32(text[i]-'0')
				}
				nd++
				i++
			}
			if nd > 9 {
				n = -1
			}
			if nd > 255 {
				nd = 255
			}
			t = tok{kind: kNum, n: n, nd: uint8(nd)}
			if i < len(text) && isAlpha(text[i]) {
				for i < len(text) && isAlpha(text[i]) {
					i++
				}
				t.kind = kMixed
			}
		case isAlpha(c) || c >= utf8.RuneSelf:
			for i < len(text) {
				b := text[i]
				if isAlpha(b) || isDigit(b) {
					i++
					continue
				}
				if b >= utf8.RuneSelf {
					r, size := utf8.DecodeRuneInString(text[i:])
					if isLetterRune(r) {
						i += size
						continue
					}
				}
				break
			}
			if i == start {
				// A non-letter, non-ASCII rune: punctuation.
				_, size := utf8.DecodeRuneInString(text[i:])
				i += size
				t = tok{kind: kPunct, n: -1}
			} else {
				t = tok{kind: kWord, n: -1}
			}
		default:
			i++
			t = tok{kind: kPunct, n: -1}
		}
		t.s, t.e, t.sp, t.par = int32(start), int32(i), sp, par
		toks = append(toks, t)
		sp, par = false, false
	}
	markSentences(toks, low)
	return toks, low
}

// isLetterRune reports whether a non-ASCII rune should join a word:
// everything except common punctuation and spaces.
func isLetterRune(r rune) bool {
	switch r {
	case '\u2018', '\u2019', '\u201c', '\u201d', '\u2013', '\u2014', '\u2026', '\u00a0', '\u2009', '\u202f', '\u2032', utf8.RuneError:
		return false
	}
	return r >= 0xC0
}

// asciiLower lowercases the ASCII letters of s and keeps every other
// byte, so offsets into the result are offsets into s.
func asciiLower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// abbrevs are words after which a period does not end a sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true,
	"gen": true, "gov": true, "sen": true, "rep": true, "inc": true, "co": true, "corp": true,
	"u": true, "s": true, "p": true, "m": true, "a": true, "lt": true, "col": true, "prof": true,
}

// closeQuote reports whether a closing quotation mark starts at token
// q and is followed by a space or the end: a double quote, straight or
// curly, or two apostrophes. It returns the quote's last token.
func closeQuote(toks []tok, low string, q int) (int, bool) {
	switch low[toks[q].s:toks[q].e] {
	case "\"", "\u201d":
	case "'":
		if q+1 >= len(toks) || toks[q+1].sp || low[toks[q+1].s] != '\'' {
			return q, false
		}
		q++
	default:
		return q, false
	}
	return q, q+1 == len(toks) || toks[q+1].sp
}

// markSentences sets tok.sent: a sentence ends at '.', '!' or '?' that
// is followed by whitespace (or by a closing quotation mark and then
// whitespace), unless the period closes a known abbreviation, and at
// every paragraph break.
func markSentences(toks []tok, low string) {
	var sent, para int32
	after := -1 // a closing quote that ends its sentence
	for i := range toks {
		if toks[i].par && i > 0 {
			sent++
			para++
		}
		toks[i].sent, toks[i].para = sent, para
		if i == after {
			sent++
			continue
		}
		t := &toks[i]
		c := low[t.s]
		if t.kind != kPunct || (c != '.' && c != '!' && c != '?') {
			continue
		}
		abbrev := c == '.' && i > 0 && toks[i-1].e == t.s && abbrevs[low[toks[i-1].s:toks[i-1].e]]
		if i+1 < len(toks) && !toks[i+1].sp {
			// A closing quotation mark glued to the stop and followed
			// by a space ends the sentence after it: `...withdraw." Now`.
			if q, ok := closeQuote(toks, low, i+1); ok && !abbrev {
				after = q
			}
			continue
		}
		if abbrev {
			continue
		}
		sent++
	}
}
