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
		// "X is a 2006 American animated film …": a definition names a work.
		if b := r.titleChunk(d, words, s.First, s.Last); b > s.First && definesWork(words, b, s.Last) {
			ts.add(d.Body[d.Tokens[s.First].Start:d.Tokens[b-1].End])
		}
		for i := s.First; i < s.Last; i++ {
			w := lower(words[i])
			if d.Tokens[i].Kind == doc.OpenQuote {
				// A short title-case span in quotation marks: "My Eyes Adored
				// You". Not a nickname inside a name (Joaquín "El Chapo"
				// Guzmán) and not a sentence.
				if q := quotedTitle(d, words, i, s.Last); q != "" {
					ts.add(q)
				}
			}
			// "Thattathin Marayathu (2012)": a title with its year.
			if d.Tokens[i].Kind == doc.Word && capitalised(words[i]) && (i == s.First || !capitalised(words[i-1])) {
				if b := r.titleChunk(d, words, i, s.Last); b > i && b+2 < s.Last && words[b] == "(" && isYear(words[b+1]) && words[b+2] == ")" {
					ts.add(d.Body[d.Tokens[i].Start:d.Tokens[b-1].End])
				}
			}
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
			case (w == "titled" || w == "entitled" || w == "called") && i+1 < s.Last && i > s.First:
				// "a documentary called Big Easy Express", "an album titled X"
				j := i + 1
				if d.Tokens[j].Kind == doc.OpenQuote {
					continue // the quoted-title rule above decides
				}
				if b := r.titleChunk(d, words, j, s.Last); b > j && (w != "called" || workNounBefore(words, i, s.First)) {
					ts.add(d.Body[d.Tokens[j].Start:d.Tokens[b-1].End])
				}
			case (w == "game" || w == "single") && i+1 < s.Last && i > s.First && gameOrSingle(lower(words[i-1])):
				// "the 1972 arcade game Pong", "the lead single Windy"
				if b := r.titleChunk(d, words, i+1, s.Last); b > i+1 {
					ts.add(d.Body[d.Tokens[i+1].Start:d.Tokens[b-1].End])
				}
			case isYear(words[i]) && i+2 < s.Last && (words[i+1] == "'s" || words[i+1] == "’s"):
				// "1989's Cuts Both Ways"
				if b := r.titleChunk(d, words, i+2, s.Last); b > i+2 {
					ts.add(d.Body[d.Tokens[i+2].Start:d.Tokens[b-1].End])
				}
			case workNouns[w] && i+1 < s.Last && i > s.First:
				j := i + 1
				if words[j] == "," && j+1 < s.Last && i > s.First && modifiedNoun(words, i, s.First) {
					j++ // "the 2004 film, Born to Fight"
				}
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

// definitionNouns end a definition of a work: "is a 1998 album".
var definitionNouns = map[string]bool{
	"film": true, "movie": true, "series": true, "sitcom": true, "drama": true, "miniseries": true, "documentary": true,
	"album": true, "single": true, "song": true, "ep": true, "soundtrack": true, "mixtape": true, "novel": true,
	"book": true, "novella": true, "poem": true, "play": true, "musical": true, "opera": true, "game": true,
	"episode": true, "comic": true, "manga": true, "anime": true, "painting": true, "show": true, "programme": true,
	"program": true, "franchise": true, "thriller": true, "comedy": true, "western": true,
}

// definesWork reports whether the words after a sentence-initial title
// define it as a work: "is/was a|an|the" then at most six modifiers
// (years, nationalities, genres) and a work noun.
func definesWork(words []string, b, last int) bool {
	if b+2 >= last {
		return false
	}
	if v := lower(words[b]); v != "is" && v != "was" {
		return false
	}
	if a := lower(words[b+1]); a != "a" && a != "an" && a != "the" {
		return false
	}
	for k := b + 2; k < last && k <= b+8; k++ {
		w := lower(words[k])
		if definitionNouns[w] {
			return true
		}
		switch w {
		case ",", ".", "by", "of", "who", "that", "in", "on", "from", "for", "with", "about", "at", "and", "character", "member":
			return false
		}
	}
	return false
}

// quotedTitle returns the text of a short title-case span between the
// opening mark at token open and its closing mark, or "".
func quotedTitle(d *doc.Doc, words []string, open, last int) string {
	end := -1
	for k := open + 1; k < last && k <= open+12; k++ {
		if d.Tokens[k].Kind == doc.CloseQuote {
			end = k
			break
		}
		if w := words[k]; w == "." || w == "!" || w == "?" || d.Tokens[k].Kind == doc.OpenQuote {
			return ""
		}
	}
	if end < 0 || end == open+1 {
		return ""
	}
	// A nickname between two parts of a name.
	if open > 0 && end+1 < len(words) && capitalised(words[open-1]) && d.Tokens[open-1].Kind == doc.Word &&
		capitalised(words[end+1]) && d.Tokens[end+1].Kind == doc.Word {
		return ""
	}
	first, lastTok := open+1, end-1
	for lastTok > first && (words[lastTok] == "," || words[lastTok] == ".") {
		lastTok--
	}
	text := d.Body[d.Tokens[first].Start:d.Tokens[lastTok].End]
	if d.Tokens[first].Kind != doc.Word || !looksLikeTitle(text) || len(strings.Fields(text)) < 1 {
		return ""
	}
	// One capitalised word alone is too often a scare quote or a name.
	if len(strings.Fields(text)) == 1 {
		return ""
	}
	return text
}

func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w[0] == '1' || w[0] == '2'
}

// workNounBefore reports whether a work noun stands within three words
// before token i ("a documentary called X", not "a man called X").
func workNounBefore(words []string, i, first int) bool {
	for k := i - 1; k >= first && k >= i-3; k-- {
		if definitionNouns[lower(words[k])] {
			return true
		}
	}
	return false
}

// gameOrSingle reports whether w before "game" or "single" makes it a work
// noun: "arcade game", "video game", "lead single", "debut single".
func gameOrSingle(w string) bool {
	switch w {
	case "arcade", "video", "board", "computer", "mobile", "card", "lead", "debut", "first", "second", "third",
		"final", "new", "hit", "the", "a":
		return true
	}
	return false
}

// modifiedNoun reports whether the work noun at token i follows a
// determiner, a year or an adjective ("the 2004 film", "his first LP"), so
// that a comma after it introduces the title.
func modifiedNoun(words []string, i, first int) bool {
	p := lower(words[i-1])
	switch p {
	case "the", "a", "his", "her", "their", "its", "first", "second", "third", "debut", "new", "latest", "animated", "musical":
		return true
	}
	return isYear(p)
}
