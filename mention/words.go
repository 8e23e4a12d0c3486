package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Small closed word lists that the rules read. They describe English
// grammar, not names: names come from the gazetteer.

// particles may stand inside a person's name between capitalised words.
var particles = map[string]bool{
	"de": true, "del": true, "della": true, "di": true, "da": true, "das": true, "do": true, "dos": true,
	"la": true, "le": true, "van": true, "von": true, "der": true, "den": true, "ter": true, "bin": true,
	"ibn": true, "al": true, "el": true, "y": true, "du": true, "st.": true, "mac": true,
}

// calendar words are capitalised but are dates, not names.
var calendar = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true, "aug.": true,
	"sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "christmas": true, "easter": true,
}

// workNouns introduce a work's title: "the series X", "the frontier drama X".
var workNouns = map[string]bool{
	"series": true, "show": true, "drama": true, "thriller": true, "comedy": true, "sitcom": true,
	"film": true, "movie": true, "documentary": true, "docuseries": true, "miniseries": true, "western": true,
	"novel": true, "album": true, "song": true, "musical": true,
	"podcast": true, "franchise": true, "anthology": true, "procedural": true, "saga": true, "lp": true, "ep": true,
}

// speechVerbs follow or precede a speaker's name.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "explained": true, "explains": true,
	"added": true, "adds": true, "shared": true, "shares": true, "noted": true, "notes": true,
	"recalled": true, "recalls": true, "admitted": true, "admits": true, "insisted": true, "insists": true,
	"argued": true, "argues": true, "warned": true, "warns": true, "continued": true, "continues": true,
	"wrote": true, "writes": true, "asked": true, "asks": true, "stated": true, "states": true,
	"described": true, "describes": true, "revealed": true, "reveals": true, "joked": true, "jokes": true,
}

// releaseVerbs put a work on a platform: "debuts on", "streams on".
var releaseVerbs = map[string]bool{
	"debuts": true, "debuted": true, "premieres": true, "premiered": true, "streams": true, "streaming": true,
	"stream": true, "available": true, "arrives": true, "arrived": true, "launches": true, "launched": true,
	"airs": true, "aired": true, "drops": true, "dropped": true, "lands": true, "landed": true, "released": true,
	"returns": true, "returned": true, "exclusively": true,
}

// makerVerbs introduce who made a work: "directed by X".
var makerVerbs = map[string]bool{"directed": true, "written": true, "created": true, "produced": true, "co-created": true, "penned": true}

// personVerbs are verbs whose subject is a person: a capitalised name
// before them is a person.
var personVerbs = map[string]bool{
	"stars": true, "starred": true, "plays": true, "played": true, "portrays": true, "portrayed": true,
	"decided": true, "married": true, "founded": true,
}

// capitalised reports whether s starts with an upper-case letter.
func capitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// allCaps reports whether s has two or more letters, all upper case (digits
// and '&' allowed): "DEA", "ET", "AT&T".
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '&' || r == '.' || r == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// lower returns s in lower case, fast for ASCII: no allocation when s has
// no upper-case letter, one when it has.
func lower(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// SpeechVerb reports whether w (lower case) is a verb of saying that
// attributes words to a speaker: "said", "told", "explained".
func SpeechVerb(w string) bool { return speechVerbs[w] }
