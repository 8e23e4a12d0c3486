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
	"film": true, "movie": true, "documentary": true, "docuseries": true, "miniseries": true,
	"novel": true, "album": true, "song": true, "musical": true,
	"podcast": true, "franchise": true, "anthology": true, "procedural": true, "saga": true, "lp": true, "ep": true,
	"epic": true, "telenovela": true, "compilation": true, "sequel": true, "prequel": true, "remake": true,
	"novella": true, "opera": true, "soundtrack": true, "mixtape": true, "videogame": true, "telefilm": true, "release": true,
	"book": true, "play": true, "poem": true, "programme": true, "program": true, "track": true,
	"collection": true, "adaptation": true,
}

// verbNouns are work nouns that are also verbs ("to play X", "shows X"):
// they introduce a title only after a determiner, a possessive or a year.
var verbNouns = map[string]bool{
	"play": true, "track": true, "book": true, "program": true, "programme": true, "show": true, "remake": true,
	"release": true,
}

// pluralWorkNouns introduce a list of titles: "films including X, Y and Z".
var pluralWorkNouns = map[string]bool{
	"films": true, "movies": true, "albums": true, "novels": true, "songs": true, "singles": true, "books": true,
	"sitcoms": true, "dramas": true, "telenovelas": true, "operas": true,
	"documentaries": true, "musicals": true, "soundtracks": true, "mixtapes": true, "eps": true, "lps": true,
	"comedies": true, "thrillers": true, "videogames": true, "novellas": true,
}

// appearVerbs stand before "in" or "on" and a work: "starred in X",
// "a recurring role on X".
var appearVerbs = map[string]bool{
	"starred": true, "starring": true, "co-starred": true, "co-starring": true, "appeared": true, "appearing": true,
	"role": true, "roles": true, "cameo": true, "guest-starred": true, "guest-starring": true, "costarred": true,
}

// roleWords, a few words before "in" or "on", make what follows a work:
// "the role of Ortrud in X", "portrayed the villain in X".
var roleWords = map[string]bool{
	"role": true, "roles": true, "portrayed": true, "portraying": true, "portrays": true, "voiced": true,
	"voicing": true, "starred": true, "starring": true, "appeared": true, "cameo": true, "co-starred": true,
}

// castWords in a sentence make "Name in X" a character in a work: "roles
// such as Anne Marsh in X".
var castWords = map[string]bool{
	"role": true, "roles": true, "characters": true, "parts": true, "playing": true, "played": true,
	"portrayed": true, "portraying": true, "starred": true, "starring": true, "credits": true, "cast": true,
}

// seasonWords after a title's possessive keep the title: "The Simpsons'
// ninth season".
var seasonWords = map[string]bool{"season": true, "seasons": true, "episode": true, "episodes": true, "series": true, "finale": true, "premiere": true}

// ofWork are nouns whose "of" or "to" is followed by a work: "an episode
// of X", "the cast of X", "a sequel to X".
var ofWork = map[string]bool{
	"episode": true, "episodes": true, "revival": true, "spin-off": true, "spinoff": true, "sequel": true,
	"prequel": true, "remake": true, "adaptation": true, "version": true, "cast": true, "finale": true,
	"pilot": true, "reboot": true, "installment": true, "instalment": true, "soundtrack": true,
	"follow-up": true, "screenplay": true, "novelization": true, "novelisation": true,
}

// afterNouns after a capitalised run with "the" before it make the run a
// title: "the X soundtrack", "the X trilogy".
var afterNouns = map[string]bool{
	"soundtrack": true, "trilogy": true, "franchise": true,
}

// smallWords may stand inside a title between capitalised words: "Sonic
// the Hedgehog", "El Tren de los Momentos".
var smallWords = map[string]bool{
	"of": true, "the": true, "a": true, "an": true, "and": true, "de": true, "del": true, "la": true, "le": true,
	"los": true, "las": true, "di": true, "da": true, "du": true, "des": true, "el": true, "von": true,
	"van": true, "der": true, "y": true, "to": true, "in": true, "on": true, "'s": true, "’s": true,
}

// lawNouns end the names of written laws, which are works: "the Jones
// Act", "the Northwest Ordinance".
var lawNouns = map[string]bool{
	"Act": true, "Ordinance": true, "Proclamation": true, "Constitution": true, "Clause": true, "Amendment": true,
	"Statute": true,
}

// auxVerbs after a name make it the subject of a clause.
var auxVerbs = map[string]bool{
	"has": true, "had": true, "have": true, "is": true, "was": true, "will": true, "would": true, "could": true,
	"did": true, "does": true, "can": true,
}

// prepositions before a name.
var prepositions = map[string]bool{
	"on": true, "in": true, "at": true, "to": true, "from": true, "by": true, "with": true, "for": true, "into": true,
}

// notTitle are words that are never a title alone: "It is a compilation".
var notTitle = map[string]bool{
	"the": true, "a": true, "an": true, "it": true, "this": true, "that": true, "these": true, "those": true,
	"he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "there": true, "here": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true, "tv": true,
}

// awardWords lead names that take a year in parentheses but are no
// works: "Order of Lenin (1971)".
var awardWords = map[string]bool{
	"order": true, "medal": true, "prize": true, "award": true, "cross": true, "cup": true, "trophy": true,
	"battle": true, "siege": true, "treaty": true, "star": true, "knight": true, "artist": true, "hero": true,
}

// modifiedNouns after a work noun make it a modifier: "film director",
// "album sales".
var modifiedNouns = map[string]bool{
	"director": true, "directors": true, "producer": true, "producers": true, "actor": true, "actress": true,
	"actors": true, "singer": true, "composer": true, "critic": true, "critics": true, "editor": true,
	"designer": true, "developer": true, "writer": true, "maker": true, "makers": true, "filmmaker": true,
	"photographer": true, "star": true, "stars": true, "studio": true, "studios": true, "company": true,
	"label": true, "festival": true, "award": true, "awards": true, "industry": true, "career": true,
	"score": true, "rights": true, "sales": true, "chart": true, "charts": true, "distributor": true,
	"executive": true, "school": true, "academy": true, "magazine": true, "scene": true,
	"character": true, "characters": true, "theatre": true, "theater": true, "club": true, "society": true,
	"house": true, "'s": true, "’s": true, "prize": true, "category": true, "contest": true,
}

// titleSmall are the lower-case words of a title in title case: "Walking
// Far from Home".
var titleSmall = map[string]bool{
	"for": true, "from": true, "with": true, "at": true, "by": true, "or": true, "but": true, "nor": true,
	"as": true, "into": true, "over": true, "up": true, "off": true, "out": true, "n't": true, "vs.": true,
}

// songNouns in a sentence make a quoted word a title: `the single
// "Windy"`.
var songNouns = map[string]bool{
	"song": true, "songs": true, "single": true, "singles": true, "track": true, "tracks": true, "album": true,
	"albums": true, "hit": true, "hits": true, "ep": true, "b-side": true, "ballad": true, "anthem": true,
	"record": true, "tune": true, "duet": true, "remix": true, "lp": true, "release": true,
	"predecessor": true, "successor": true, "follow-up": true,
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

// partyWords name a political party by the word for its members or its
// creed, as a noun or an adjective: "a Democrat", "the Republican
// nominee", "a Liberal member", "Tory MPs". They are organisations.
var partyWords = map[string]bool{
	"Democrat": true, "Democrats": true, "Democratic": true, "Republican": true, "Republicans": true,
	"Conservative": true, "Conservatives": true, "Liberal": true, "Liberals": true, "Labour": true,
	"Tory": true, "Tories": true, "Socialist": true, "Socialists": true, "Communist": true, "Communists": true,
	"Whig": true, "Whigs": true, "Federalist": true, "Federalists": true, "Unionist": true, "Unionists": true,
	"Nationalist": true, "Nationalists": true, "Greens": true, "Dems": true,
}

// partyPlurals end the names of parties and factions spoken of by their
// members: "the Christian Democrats", "the Social Democrats", "the Young
// Republicans".
var partyPlurals = map[string]bool{
	"Democrats": true, "Republicans": true, "Conservatives": true, "Liberals": true, "Socialists": true,
	"Communists": true, "Greens": true, "Nationalists": true, "Unionists": true, "Federalists": true,
	"Whigs": true, "Tories": true, "Dems": true,
}

// groupWords are adjectives and nouns of faiths, creeds and peoples that
// name no country: "a Catholic priest", "Jewish scholars", "the Soviet
// navy", "European capitals". They are NORP.
var groupWords = map[string]bool{
	"Catholic": true, "Catholics": true, "Protestant": true, "Protestants": true, "Jewish": true,
	"Jew": true, "Jews": true, "Muslim": true, "Muslims": true, "Moslem": true, "Moslems": true,
	"Islamic": true, "Hindu": true, "Hindus": true, "Buddhist": true, "Buddhists": true, "Sikh": true,
	"Sikhs": true, "Anglican": true, "Anglicans": true, "Methodist": true, "Methodists": true,
	"Lutheran": true, "Lutherans": true, "Presbyterian": true, "Presbyterians": true, "Calvinist": true,
	"Calvinists": true, "Mormon": true, "Mormons": true, "Quaker": true, "Quakers": true, "Puritan": true,
	"Puritans": true, "Sunni": true, "Sunnis": true, "Shia": true, "Shiite": true, "Shiites": true,
	"Orthodox": true, "Evangelical": true, "Evangelicals": true, "Christians": true,
	"Nazi": true, "Nazis": true, "Marxist": true, "Marxists": true, "Fascist": true, "Fascists": true,
	"European": true, "Europeans": true, "Asian": true, "Asians": true, "African": true, "Africans": true,
	"Soviet": true, "Soviets": true, "Arab": true, "Arabs": true, "Kurdish": true, "Kurds": true,
	"Byzantine": true, "Yugoslav": true, "Scandinavian": true, "Caribbean": true, "Balkan": true,
	"Slavic": true, "Latino": true, "Latinos": true, "Hispanic": true, "Hispanics": true,
	"Tibetan": true, "Tibetans": true, "Tamil": true, "Tamils": true, "Basque": true, "Basques": true,
	"Catalan": true, "Catalans": true, "Hutu": true, "Hutus": true, "Tutsi": true, "Tutsis": true,
	"Pashtun": true, "Pashtuns": true, "Uighur": true, "Uighurs": true, "Uyghur": true, "Uyghurs": true, "Flemish": true, "Walloon": true, "Cossack": true, "Cossacks": true,
	"Judaism": true, "Christianity": true, "Islam": true, "Catholicism": true, "Protestantism": true,
	"Buddhism": true, "Hinduism": true, "Sikhism": true, "Anglicanism": true, "Methodism": true,
}

// rulerTitles are titles of rulers and nobles that the gazetteer's person
// titles lack: "Pharaoh Ramesses II", "Tsar Peter".
var rulerTitles = map[string]bool{
	"pharaoh": true, "tsar": true, "czar": true, "tsarina": true, "czarina": true, "sultan": true,
	"sultana": true, "caliph": true, "maharaja": true,
	"maharajah": true, "maharani": true,
	"margrave": true, "landgrave": true, "viscount": true, "viscountess": true,
	"archduke": true, "archduchess": true, "infanta": true, "infante": true,
	"doge": true,
}

// foreignArticles open titles in Romance and Germanic languages: "El
// Amor de Mi Vida", "La Casa de Papel".
var foreignArticles = map[string]bool{
	"El": true, "La": true, "Los": true, "Las": true, "Le": true, "Les": true, "Il": true, "Lo": true,
	"Gli": true, "O": true, "Os": true, "Der": true, "Die": true, "Das": true,
	"Un": true, "Una": true, "Une": true, "Uno": true,
}

// foreignSmall are the lower-case words of such titles between capitals:
// "de", "del", "y", "con", "mi".
var foreignSmall = map[string]bool{
	"de": true, "del": true, "da": true, "do": true, "das": true, "dos": true, "di": true, "du": true,
	"des": true, "y": true, "e": true, "et": true, "und": true, "con": true, "en": true, "por": true,
	"para": true, "sin": true, "al": true, "a": true, "la": true, "las": true, "los": true, "el": true,
	"le": true, "les": true, "mi": true, "tu": true, "su": true, "mis": true, "sus": true, "un": true,
	"una": true, "von": true, "vom": true, "im": true, "am": true, "zum": true, "zur": true, "der": true,
}

// memberNouns after a capitalised word make it the body a person leads or
// speaks for: "Solidarity leader", "Tory MPs".
var memberNouns = map[string]bool{
	"leader": true, "leaders": true, "leadership": true, "chairman": true, "chairwoman": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "MP": true, "MPs": true,
	"lawmaker": true, "lawmakers": true, "militants": true, "fighters": true, "activists": true,
}

// titleOpeners open titles, never a person's name: "My Darling Dismay".
// "The" is left out: it opens band names too ("The Residents").
var titleOpeners = map[string]bool{
	"My": true, "Your": true, "Our": true, "His": true, "Her": true,
	"Their": true, "This": true, "These": true,
}

// titleFunction are pronouns, auxiliaries and negations, capitalised in a
// title ("So Haunt Me", "Who Had No Kingdom") and never in a name. "I"
// is left out: it is a numeral after rulers' names ("Pharasmanes I").
var titleFunction = map[string]bool{
	"Me": true, "You": true, "We": true, "Us": true, "It": true, "Is": true, "Was": true,
	"Are": true, "Were": true, "Had": true, "Has": true, "Have": true, "What": true,
	"Why": true, "How": true, "When": true, "Where": true, "No": true, "Not": true, "Never": true,
	"Be": true, "Been": true, "Do": true, "Does": true, "Did": true, "Can": true, "Will": true,
	"Your": true, "My": true, "Our": true, "They": true, "Them": true, "Him": true, "She": true,
	"He": true, "Don't": true, "Can't": true, "Won't": true, "If": true, "Into": true, "All": true,
}
