package segment

// abbrClass says how an abbreviation that keeps its period behaves at a
// possible sentence end.
type abbrClass uint8

const (
	// notAbbr is an ordinary word: its period is a token of its own.
	notAbbr abbrClass = iota
	// titleAbbr precedes a name and never ends a sentence ("Mr.", "Dr.").
	titleAbbr
	// neverAbbr never ends a sentence ("e.g.", "vs.").
	neverAbbr
	// numAbbr keeps its period only before a number ("No. 1", "Vol. 2").
	numAbbr
	// prefixAbbr usually precedes a name ("U.S. Army", "J. Smith",
	// "St. Louis", "9 p.m. EST"): it ends a sentence only before an
	// opening quote or a common sentence opener ("The", "He").
	prefixAbbr
	// suffixAbbr usually follows a name or precedes a number ("Inc.",
	// "Jr.", "etc.", "Calif.", "Feb. 13"): it ends a sentence before any
	// capitalised word or opening quote, never before a number.
	suffixAbbr
)

// abbrevClass returns the class of the abbreviation w, given without its
// final period. Letters-and-periods acronyms ("U.S", "Ph.D") not listed
// here are classed by dottedClass.
func abbrevClass(w string) abbrClass {
	switch w {
	case "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Sen",
		"Rep", "Reps", "Sens", "Gov", "Lt", "Gen", "Col", "Maj", "Capt",
		"Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Rev", "Fr", "Hon",
		"Pres", "Supt", "Det", "Insp", "Amb", "Atty", "Mt", "Ft", "Msgr",
		"Gens", "Drs", "Profs":
		return titleAbbr
	case "vs", "v", "cf", "viz", "e.g", "i.e", "a.k.a", "approx", "ca",
		"incl", "esp", "resp":
		return neverAbbr
	case "No", "no", "Nos", "nos", "Vol", "vol", "Vols", "vols", "Fig",
		"fig", "Figs", "p", "pp", "Art", "art", "Ch", "ch", "Sec", "sec",
		"Op", "op", "Nr", "Ex", "Pt":
		return numAbbr
	case "St", "Ste", "a.m", "p.m", "A.M", "P.M":
		// a.m. and p.m. are often followed by a time zone or a weekday.
		return prefixAbbr
	case "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
		"Oct", "Nov", "Dec",
		"Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Jr", "Sr", "Jnr", "Snr", "Esq",
		"etc", "al", "Ave", "Blvd", "Rd", "Hwy", "Dept", "Univ", "Assn",
		"Assoc", "Intl", "Mfg",
		// U.S. states in the AP style.
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
		"Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich",
		"Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore",
		"Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wisc",
		"Wyo":
		return suffixAbbr
	}
	return notAbbr
}

// dottedClass returns the class of a letters-and-periods token w given
// without its final period ("U.S", "Ph.D", "a.m").
func dottedClass(w string) abbrClass {
	if c := abbrevClass(w); c != notAbbr {
		return c
	}
	if isUpper(w[0]) {
		return prefixAbbr
	}
	return suffixAbbr
}

// isOpener reports whether w is a capitalised word that commonly opens a
// sentence and rarely follows a title, a month or an initial: after
// "U.S." or "J." a sentence ends only before one of these.
func isOpener(w string) bool {
	switch w {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You",
		"This", "That", "These", "Those", "There", "Here", "But", "And",
		"Or", "So", "Yet", "In", "On", "At", "For", "With", "As", "After",
		"Before", "When", "While", "If", "Although", "Though", "Its", "His",
		"Her", "Their", "Our", "My", "Your", "What", "Who", "Why", "How",
		"Where", "Some", "Many", "Most", "All", "Both", "Each", "Now",
		"Then", "Still", "However", "Meanwhile", "Also", "By", "From", "To",
		"Last", "Next", "Since", "Despite", "Other", "Such", "Yesterday",
		"Today", "Tomorrow", "Not", "Only", "Even", "Instead", "Later",
		"Earlier", "During", "Because", "Under", "Among", "According":
		return true
	}
	return false
}

// knownTLD reports whether s is a top-level domain common enough that
// "word.s" is read as a web address.
func knownTLD(s string) bool {
	switch s {
	case "com", "org", "net", "edu", "gov", "mil", "int", "io", "co", "uk",
		"us", "ca", "au", "de", "fr", "es", "it", "mx", "ie", "nz", "in",
		"tv", "fm", "me", "ly", "info", "biz", "news", "eu":
		return true
	}
	return false
}
