package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/doc"
)

// splitSentences splits the tokens [a, z) of paragraph para into
// sentences and sets each token's sentence index.
func (s *scanner) splitSentences(a, z, para int) {
	first := a
	for j := a; j < z; j++ {
		if j > first && s.bullet(j-1, j) {
			// A list item starts a sentence even when the item before
			// it has no stop.
			s.addSentence(first, j, para)
			first = j
		}
		if !s.terminal(j) {
			continue
		}
		// Take in the closing quotes and brackets and further stops
		// after the terminal: ?" ) ." !?
		e := j
		for e+1 < z && s.closer(e+1) {
			e++
		}
		if e+1 < z && s.startsSentence(j, e, z) {
			s.addSentence(first, e+1, para)
			first = e + 1
		}
		j = e
	}
	if first < z {
		s.addSentence(first, z, para)
	}
}

// addSentence appends the sentence of tokens [first, last).
func (s *scanner) addSentence(first, last, para int) {
	idx := len(s.sents)
	for k := first; k < last; k++ {
		s.toks[k].Sentence = idx
	}
	s.sents = append(s.sents, doc.Sentence{
		Span:      doc.Span{Start: s.toks[first].Start, End: s.toks[last-1].End},
		First:     first,
		Last:      last,
		Paragraph: para,
	})
}

// terminal reports whether token j can end a sentence: . ! ? … ... or a
// word that keeps a final period.
func (s *scanner) terminal(j int) bool {
	t := s.toks[j]
	last := s.body[t.End-1]
	switch t.Kind {
	case doc.Punct:
		switch last {
		case '.', '!', '?':
			return true
		case 0xa6: // the last byte of …
			return t.End-t.Start >= 3 && s.body[t.End-3:t.End] == "…"
		}
	case doc.Word:
		return last == '.'
	}
	return false
}

// closer reports whether token k, after a terminal, still belongs to the
// sentence the terminal ends: a closing quote or bracket, or another stop.
func (s *scanner) closer(k int) bool {
	t := s.toks[k]
	switch t.Kind {
	case doc.CloseQuote:
		return true
	case doc.Punct:
		if t.End-t.Start == 1 {
			switch s.body[t.Start] {
			case ')', ']', '}', '.', '!', '?':
				return true
			}
		}
		return s.terminal(k)
	}
	return false
}

// startsSentence reports whether the token after e starts a new sentence,
// where j is the terminal and e the last closer after it (e == j when
// none); z bounds the paragraph's tokens.
func (s *scanner) startsSentence(j, e, z int) bool {
	cls := notAbbr
	if e == j {
		// An abbreviation directly before the next token; after a closing
		// quote or bracket it ends a sentence as a full stop does.
		t := s.toks[j]
		if w := s.body[t.Start : t.End-1]; len(w) > 0 && s.toks[j].Kind == doc.Word {
			cls = periodClass(w)
		}
	}
	switch cls {
	case titleAbbr, neverAbbr, numAbbr:
		return false
	}
	k := e + 1
	t := s.toks[k]
	switch t.Kind {
	case doc.OpenQuote:
		return true
	case doc.Number:
		return cls == notAbbr
	case doc.Word:
		if !s.capitalised(k) {
			return false
		}
		if cls == prefixAbbr {
			return isOpener(s.body[t.Start:t.End])
		}
		return true
	case doc.Dash:
		return s.bullet(e, k)
	case doc.Punct:
		if s.bullet(e, k) {
			return true
		}
		// "(The door closed.)" after a stop.
		if t.End-t.Start == 1 && (s.body[t.Start] == '(' || s.body[t.Start] == '[') && k+1 < z && cls != prefixAbbr {
			n := s.toks[k+1]
			return n.Kind == doc.OpenQuote || n.Kind == doc.Number || n.Kind == doc.Word && s.capitalised(k+1)
		}
	}
	return false
}

// periodClass returns the class of a word that kept its final period, w
// being the word without it: an abbreviation, an initial or an acronym.
func periodClass(w string) abbrClass {
	if r, size := utf8.DecodeRuneInString(w); size == len(w) {
		if unicode.IsUpper(r) {
			return prefixAbbr // an initial: "J."
		}
		return abbrevClass(w)
	}
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			return dottedClass(w)
		}
	}
	return abbrevClass(w)
}

// capitalised reports whether token k starts with an upper-case letter.
func (s *scanner) capitalised(k int) bool {
	c := s.body[s.toks[k].Start]
	if c < utf8.RuneSelf {
		return isUpper(c)
	}
	r, _ := utf8.DecodeRuneInString(s.body[s.toks[k].Start:])
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// bullet reports whether token k is a list bullet ("-", "*", "•", a dash)
// at the start of a line, e being the token before it.
func (s *scanner) bullet(e, k int) bool {
	t := s.toks[k]
	switch s.body[t.Start:t.End] {
	case "-", "*", "•", "·", "–", "—", "--":
	default:
		return false
	}
	for i := s.toks[e].End; i < t.Start; i++ {
		if s.body[i] == '\n' {
			return true
		}
	}
	return false
}
