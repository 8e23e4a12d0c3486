package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/doc"
)

// titleSet holds the work titles a document names, keyed by first word.
type titleSet map[string][]string

func (ts titleSet) add(title string) {
	title = strings.TrimSpace(title)
	if title == "" {
		return
	}
	fw := firstWord(title)
	for _, t := range ts[fw] {
		if t == title {
			return
		}
	}
	ts[fw] = append(ts[fw], title)
}

// match returns how many tokens from i spell the longest known title, or 0.
func (ts titleSet) match(words []string, i, last int) int {
	cands := ts[words[i]]
	best := 0
	for _, t := range cands {
		// Walk the title against the tokens, ignoring the spaces between them.
		rest := t
		k := i
		for k < last && rest != "" {
			w := words[k]
			if !strings.HasPrefix(rest, w) {
				break
			}
			rest = strings.TrimLeft(rest[len(w):], " ")
			k++
		}
		if rest == "" && k-i > best {
			best = k - i
		}
	}
	return best
}

func firstWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-' {
			return s[:i]
		}
	}
	return s
}

// workTitles finds the titles of works that the document names: quoted
// title-case spans in the headline, and spans after cues in the body
// ("season two of X", "the crime drama X", "the series 'X'").
func (r *tagger) workTitles(d *doc.Doc, words []string) titleSet {
	ts := titleSet{}
	for _, q := range quotedSpans(d.Title) {
		if looksLikeTitle(q) {
			ts.add(q)
		}
	}
	for si := range d.Sentences {
		s := d.Sentences[si]
		for i := s.First; i < s.Last; i++ {
			w := lower(words[i])
			switch {
			case (w == "season" || w == "series" || w == "seasons") && i+3 < s.Last && seasonNumber(lower(words[i+1])) > 0 && words[i+2] == "of":
				// "season two of X"
				if b := r.titleChunk(d, words, i+3, s.Last); b > i+3 {
					ts.add(d.Body[d.Tokens[i+3].Start:d.Tokens[b-1].End])
				}
			case ordinal(w) > 0 && i+3 < s.Last && lower(words[i+1]) == "season" && words[i+2] == "of":
				// "the second season of X"
				if b := r.titleChunk(d, words, i+3, s.Last); b > i+3 {
					ts.add(d.Body[d.Tokens[i+3].Start:d.Tokens[b-1].End])
				}
			case workNouns[w] && i+1 < s.Last && i > s.First:
				j := i + 1
				quoted := d.Tokens[j].Kind == doc.OpenQuote
				if quoted {
					j++
				}
				if j >= s.Last || !capitalised(words[j]) || d.Tokens[j].Kind != doc.Word {
					continue
				}
				// Only a determiner or adjective before the noun: "the
				// frontier drama X", "its new series X"; not "a drama, X".
				if b := r.titleChunk(d, words, j, s.Last); b > j {
					if quoted && (b >= s.Last || d.Tokens[b].Kind != doc.CloseQuote) {
						continue
					}
					ts.add(d.Body[d.Tokens[j].Start:d.Tokens[b-1].End])
				}
			}
		}
	}
	return ts
}

// titleChunk returns the end of a title that starts at the capitalised word
// i: capitalised words, a colon between them ("Narcos: Mexico"), small
// words between capitals when the title is longer ("Lord of the Rings").
func (r *tagger) titleChunk(d *doc.Doc, words []string, i, last int) int {
	if i >= last || d.Tokens[i].Kind != doc.Word || !capitalised(words[i]) {
		return i
	}
	j := i + 1
	for j < last {
		w := words[j]
		switch {
		case d.Tokens[j].Kind == doc.Word && capitalised(w) && !calendar[lower(w)]:
			if _, ok := r.gaz.Platform(w); ok {
				return j
			}
			j++
			continue
		case (w == ":" || w == "&") && j+1 < last && d.Tokens[j+1].Kind == doc.Word && capitalised(words[j+1]):
			j += 2
			continue
		case (w == "of" || w == "the" || w == "and") && j+1 < last && d.Tokens[j+1].Kind == doc.Word && capitalised(words[j+1]) && j+2 < last && d.Tokens[j+2].Kind == doc.Word && capitalised(words[j+2]):
			j += 2
			continue
		}
		break
	}
	return j
}

// quotedSpans returns the texts inside quotation marks in s.
func quotedSpans(s string) []string {
	var out []string
	open := -1
	var want rune
	prev := ' '
	for i, r := range s {
		next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
		switch {
		case open < 0 && (r == '“' || r == '‘' || ((r == '"' || r == '\'') && !unicode.IsLetter(prev))):
			open = i + utf8.RuneLen(r)
			switch r {
			case '“':
				want = '”'
			case '‘':
				want = '’'
			default:
				want = r
			}
		case open >= 0 && r == want && !unicode.IsLetter(next):
			out = append(out, s[open:i])
			open = -1
		}
		prev = r
	}
	return out
}

// looksLikeTitle reports whether a quoted span reads as a title: short, its
// first letter and most of its words capitalised.
func looksLikeTitle(q string) bool {
	f := strings.Fields(q)
	if len(f) == 0 || len(f) > 8 || !capitalised(f[0]) {
		return false
	}
	caps := 0
	for _, w := range f {
		if capitalised(w) {
			caps++
		}
	}
	return caps*2 >= len(f)
}

// seasonNumber reads a season number written as a word or digits: "two",
// "2"; 0 when w is none.
func seasonNumber(w string) int {
	switch w {
	case "one", "1":
		return 1
	case "two", "2":
		return 2
	case "three", "3":
		return 3
	case "four", "4":
		return 4
	case "five", "5":
		return 5
	case "six", "6":
		return 6
	case "seven", "7":
		return 7
	case "eight", "8":
		return 8
	case "nine", "9":
		return 9
	case "ten", "10":
		return 10
	}
	return 0
}

// ordinal reads "first" … "tenth" and "sophomore"; 0 when w is none.
func ordinal(w string) int {
	switch w {
	case "first", "debut":
		return 1
	case "second", "sophomore":
		return 2
	case "third":
		return 3
	case "fourth":
		return 4
	case "fifth":
		return 5
	case "sixth":
		return 6
	case "seventh":
		return 7
	case "eighth":
		return 8
	case "ninth":
		return 9
	case "tenth":
		return 10
	}
	return 0
}

// SeasonNumber reads a season number written as digits, a number word or an
// ordinal ("2", "two", "second", "sophomore"); 0 when w is none.
func SeasonNumber(w string) int {
	w = lower(w)
	if n := seasonNumber(w); n > 0 {
		return n
	}
	return ordinal(w)
}
