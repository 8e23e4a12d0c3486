// Package fold maps words to lookup keys: lower case, accents removed.
// It is shared by the gazetteer and its generator so that both fold alike.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// special maps letters that canonical decomposition leaves alone to their
// usual ASCII spelling, and typographic apostrophes to the straight one.
var special = map[rune]string{
	'ß': "ss", 'ẞ': "ss",
	'ø': "o", 'Ø': "o",
	'ł': "l", 'Ł': "l",
	'æ': "ae", 'Æ': "ae",
	'œ': "oe", 'Œ': "oe",
	'đ': "d", 'Đ': "d",
	'ð': "d", 'Ð': "d",
	'þ': "th", 'Þ': "th",
	'ı': "i",
	'ħ': "h", 'Ħ': "h",
	'’': "'", '‘': "'", 'ʼ': "'", 'ʻ': "'", '`': "'",
}

// Runes folded by table: Latin-1 Supplement, Latin Extended-A and B
// (below latinMax) and Latin Extended Additional (extStart to extEnd, the
// dotted letters of transliterations: "Ḩalab"). Combining marks are
// dropped and typographic quotes mapped; any other non-ASCII rune sends
// the whole string through x/text.
const (
	latinMax = 0x250
	extStart = 0x1E00
	extEnd   = 0x1F00
)

// latinTable and extTable hold the fold of every rune they cover,
// computed once with the same x/text chain as the slow path; they are
// never written after package initialization.
var latinTable, extTable = func() (l [latinMax]string, e [extEnd - extStart]string) {
	for r := rune(0); r < latinMax; r++ {
		l[r] = slow(string(r))
	}
	for r := rune(extStart); r < extEnd; r++ {
		e[r-extStart] = slow(string(r))
	}
	return l, e
}()

// String returns s in lower case with combining marks removed:
// "Ángel" → "angel", "Gdańsk" → "gdansk", "Straße" → "strasse".
func String(s string) string {
	if isFoldedASCII(s) {
		return s
	}
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r < latinMax:
			b.WriteString(latinTable[r])
		case extStart <= r && r < extEnd:
			b.WriteString(extTable[r-extStart])
		case 0x300 <= r && r < 0x370: // combining diacritical marks
		case r == '’' || r == '‘' || r == 'ʼ' || r == 'ʻ':
			b.WriteByte('\'')
		default:
			return slow(s)
		}
	}
	return b.String()
}

// slow folds s with x/text: lower case, canonical decomposition,
// combining marks removed, recomposition, then the special letters.
func slow(s string) string {
	// Invalid bytes become U+FFFD, and lower case comes first, so that
	// folding twice gives what folding once gave.
	s = strings.ToLower(strings.ToValidUTF8(s, "\uFFFD"))
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	var b strings.Builder
	b.Grow(len(out))
	for _, r := range out {
		if rep, ok := special[r]; ok {
			b.WriteString(rep)
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// ASCIIInto folds s into buf when s is ASCII and fits, without
// allocating, and reports whether it could. Callers fall back to String.
func ASCIIInto(buf []byte, s string) ([]byte, bool) {
	if len(s) > cap(buf) {
		return nil, false
	}
	buf = buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if c == '`' {
			c = '\''
		}
		buf[i] = c
	}
	return buf, true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf || s[i] == '`' {
			return false
		}
	}
	return true
}

func isFoldedASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '`' {
			return false
		}
	}
	return true
}
