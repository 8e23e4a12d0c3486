package quote

import "github.com/newsgraph/newsgraph/doc"

// cueKind says what a cue reports.
type cueKind uint8

const (
	speech cueKind = iota // say, tell, explain
	belief                // believe, think, fear
	label                 // call, describe as: partial quotes only
)

// cue is one entry of the cue lexicon.
type cue struct {
	lemma string
	kind  cueKind
	// next, when set, is the word that must follow for the cue to count
	// ("according" to, "pointed" out).
	next string
	// object is true for verbs that take an addressee before the reported
	// clause: "told ET that".
	object bool
	// inverted is true for cues whose speaker follows them ("according to
	// X").
	inverted bool
	// reportOnly is true for cues of reported findings ("the poll shows
	// that …") that do not introduce quotations.
	reportOnly bool
	// quoteOnly is true for cue words that are mostly something else
	// ("the state") unless a quotation follows them.
	quoteOnly bool
}

// cueTable lists the speech and belief verbs and phrases, each with its
// inflected forms. It is the one table of cues; lexicon turns it into a
// map.
var cueTable = []struct {
	forms []string
	cue   cue
}{
	{[]string{"say", "says", "said", "saying"}, cue{lemma: "say"}},
	{[]string{"tell", "tells", "told", "telling"}, cue{lemma: "tell", object: true}},
	{[]string{"explain", "explains", "explained", "explaining"}, cue{lemma: "explain"}},
	{[]string{"add", "adds", "added", "adding"}, cue{lemma: "add"}},
	{[]string{"note", "notes", "noted", "noting"}, cue{lemma: "note"}},
	{[]string{"claim", "claims", "claimed", "claiming"}, cue{lemma: "claim"}},
	{[]string{"argue", "argues", "argued", "arguing"}, cue{lemma: "argue"}},
	{[]string{"warn", "warns", "warned", "warning"}, cue{lemma: "warn", object: true}},
	{[]string{"insist", "insists", "insisted", "insisting"}, cue{lemma: "insist"}},
	{[]string{"acknowledge", "acknowledges", "acknowledged", "acknowledging"}, cue{lemma: "acknowledge"}},
	{[]string{"admit", "admits", "admitted", "admitting"}, cue{lemma: "admit"}},
	{[]string{"announce", "announces", "announced", "announcing"}, cue{lemma: "announce"}},
	{[]string{"deny", "denies", "denied", "denying"}, cue{lemma: "deny"}},
	{[]string{"suggest", "suggests", "suggested", "suggesting"}, cue{lemma: "suggest"}},
	{[]string{"write", "writes", "wrote", "written", "writing"}, cue{lemma: "write"}},
	{[]string{"tweet", "tweets", "tweeted", "tweeting"}, cue{lemma: "tweet"}},
	{[]string{"post", "posts", "posted"}, cue{lemma: "post"}},
	{[]string{"share", "shares", "shared", "sharing"}, cue{lemma: "share"}},
	{[]string{"recall", "recalls", "recalled", "recalling"}, cue{lemma: "recall"}},
	{[]string{"stated", "stating"}, cue{lemma: "state"}},
	{[]string{"state", "states"}, cue{lemma: "state", quoteOnly: true}}, // mostly the noun outside quotations
	{[]string{"declare", "declares", "declared", "declaring"}, cue{lemma: "declare"}},
	{[]string{"reply", "replies", "replied", "replying"}, cue{lemma: "reply"}},
	{[]string{"respond", "responds", "responded", "responding"}, cue{lemma: "respond"}},
	{[]string{"assure", "assures", "assured", "assuring"}, cue{lemma: "assure", object: true}},
	{[]string{"mock", "mocks", "mocked", "mocking"}, cue{lemma: "mock"}},
	{[]string{"vent", "vents", "vented", "venting"}, cue{lemma: "vent"}},
	{[]string{"quote", "quotes", "quoted", "quoting"}, cue{lemma: "quote"}},
	{[]string{"imagine", "imagines", "imagined"}, cue{lemma: "imagine", kind: belief}},
	{[]string{"thank", "thanks", "thanked"}, cue{lemma: "thank", kind: label}},
	{[]string{"conclude", "concludes", "concluded", "concluding"}, cue{lemma: "conclude"}},
	{[]string{"wonder", "wonders", "wondered", "wondering"}, cue{lemma: "wonder"}},
	{[]string{"press", "presses", "pressed"}, cue{lemma: "press"}},
	{[]string{"demand", "demands", "demanded"}, cue{lemma: "demand"}},
	{[]string{"interject", "interjects", "interjected"}, cue{lemma: "interject"}},
	{[]string{"reads"}, cue{lemma: "read"}},
	{[]string{"affirm", "affirms", "affirmed"}, cue{lemma: "affirm"}},
	{[]string{"speculate", "speculates", "speculated"}, cue{lemma: "speculate"}},
	{[]string{"cite", "cites", "cited"}, cue{lemma: "cite", kind: label}},
	{[]string{"estimate", "estimates", "estimated"}, cue{lemma: "estimate"}},
	{[]string{"ask", "asks", "asked", "asking"}, cue{lemma: "ask", object: true}},
	{[]string{"answer", "answers", "answered"}, cue{lemma: "answer"}},
	{[]string{"continue", "continues", "continued"}, cue{lemma: "continue"}},
	{[]string{"comment", "comments", "commented"}, cue{lemma: "comment"}},
	{[]string{"observe", "observes", "observed"}, cue{lemma: "observe"}},
	{[]string{"remark", "remarks", "remarked"}, cue{lemma: "remark"}},
	{[]string{"reveal", "reveals", "revealed", "revealing"}, cue{lemma: "reveal"}},
	{[]string{"confirm", "confirms", "confirmed", "confirming"}, cue{lemma: "confirm"}},
	{[]string{"predict", "predicts", "predicted", "predicting"}, cue{lemma: "predict"}},
	{[]string{"promise", "promises", "promised", "promising"}, cue{lemma: "promise"}},
	{[]string{"vow", "vows", "vowed", "vowing"}, cue{lemma: "vow"}},
	{[]string{"pledge", "pledges", "pledged", "pledging"}, cue{lemma: "pledge"}},
	{[]string{"concede", "concedes", "conceded", "conceding"}, cue{lemma: "concede"}},
	{[]string{"complain", "complains", "complained", "complaining"}, cue{lemma: "complain"}},
	{[]string{"contend", "contends", "contended", "contending"}, cue{lemma: "contend"}},
	{[]string{"maintain", "maintains", "maintained"}, cue{lemma: "maintain"}},
	{[]string{"assert", "asserts", "asserted", "asserting"}, cue{lemma: "assert"}},
	{[]string{"emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised"}, cue{lemma: "emphasize"}},
	{[]string{"stress", "stresses", "stressed"}, cue{lemma: "stress"}},
	{[]string{"urge", "urges", "urged", "urging"}, cue{lemma: "urge"}},
	{[]string{"quip", "quips", "quipped"}, cue{lemma: "quip"}},
	{[]string{"joke", "jokes", "joked", "joking"}, cue{lemma: "joke"}},
	{[]string{"laugh", "laughs", "laughed"}, cue{lemma: "laugh"}},
	{[]string{"exclaim", "exclaims", "exclaimed"}, cue{lemma: "exclaim"}},
	{[]string{"shout", "shouts", "shouted"}, cue{lemma: "shout"}},
	{[]string{"yell", "yells", "yelled", "yelling"}, cue{lemma: "yell"}},
	{[]string{"scoff", "scoffs", "scoffed"}, cue{lemma: "scoff"}},
	{[]string{"anticipate", "anticipates", "anticipated"}, cue{lemma: "anticipate", kind: belief}},
	{[]string{"find", "finds", "found"}, cue{lemma: "find", kind: belief}},
	{[]string{"whisper", "whispers", "whispered"}, cue{lemma: "whisper"}},
	{[]string{"recount", "recounts", "recounted"}, cue{lemma: "recount"}},
	{[]string{"testify", "testifies", "testified"}, cue{lemma: "testify"}},
	{[]string{"allege", "alleges", "alleged"}, cue{lemma: "allege"}},
	{[]string{"report", "reports", "reported", "reporting"}, cue{lemma: "report"}},
	{[]string{"agree", "agrees", "agreed"}, cue{lemma: "agree"}},
	{[]string{"boast", "boasts", "boasted"}, cue{lemma: "boast"}},
	{[]string{"brag", "brags", "bragged"}, cue{lemma: "brag"}},
	{[]string{"caution", "cautions", "cautioned"}, cue{lemma: "caution"}},
	{[]string{"counter", "counters", "countered"}, cue{lemma: "counter"}},
	{[]string{"retort", "retorts", "retorted"}, cue{lemma: "retort"}},
	{[]string{"elaborate", "elaborates", "elaborated"}, cue{lemma: "elaborate"}},
	{[]string{"reflected"}, cue{lemma: "reflect"}}, // "it reflects a shift": no speech
	{[]string{"muse", "muses", "mused"}, cue{lemma: "muse"}},
	{[]string{"describe", "describes", "described"}, cue{lemma: "describe"}},
	{[]string{"mention", "mentions", "mentioned"}, cue{lemma: "mention"}},
	{[]string{"hint", "hints", "hinted"}, cue{lemma: "hint"}},
	{[]string{"indicate", "indicates", "indicated"}, cue{lemma: "indicate"}},
	{[]string{"tease", "teases", "teased"}, cue{lemma: "tease"}},
	{[]string{"gush", "gushes", "gushed"}, cue{lemma: "gush"}},
	{[]string{"chime", "chimes", "chimed"}, cue{lemma: "chime", next: "in"}},
	{[]string{"point", "points", "pointed"}, cue{lemma: "point out", next: "out"}},
	{[]string{"put", "puts"}, cue{lemma: "put it", next: "it"}},
	{[]string{"fume", "fumes", "fumed", "fuming"}, cue{lemma: "fume"}},
	{[]string{"lament", "laments", "lamented", "lamenting"}, cue{lemma: "lament"}},
	{[]string{"chant", "chants", "chanted", "chanting"}, cue{lemma: "chant"}},
	{[]string{"email", "emails", "emailed"}, cue{lemma: "email"}},
	{[]string{"plead", "pleads", "pleaded"}, cue{lemma: "plead"}},
	{[]string{"marvel", "marvels", "marveled", "marvelled"}, cue{lemma: "marvel"}},
	{[]string{"sigh", "sighs", "sighed"}, cue{lemma: "sigh"}},
	{[]string{"grumble", "grumbles", "grumbled"}, cue{lemma: "grumble"}},
	{[]string{"snap", "snaps", "snapped"}, cue{lemma: "snap"}},
	{[]string{"rail", "rails", "railed"}, cue{lemma: "rail"}},
	{[]string{"denounce", "denounces", "denounced"}, cue{lemma: "denounce", kind: label}},
	{[]string{"blame", "blames", "blamed"}, cue{lemma: "blame", kind: label}},
	{[]string{"show", "shows", "showed"}, cue{lemma: "show", kind: belief, reportOnly: true}},
	{[]string{"according"}, cue{lemma: "according to", next: "to", inverted: true}},
	{[]string{"believe", "believes", "believed"}, cue{lemma: "believe", kind: belief}},
	{[]string{"think", "thinks", "thought"}, cue{lemma: "think", kind: belief}},
	{[]string{"feel", "feels", "felt"}, cue{lemma: "feel", kind: belief}},
	{[]string{"fear", "fears", "feared"}, cue{lemma: "fear", kind: belief}},
	{[]string{"hope", "hopes", "hoped"}, cue{lemma: "hope", kind: belief}},
	{[]string{"expect", "expects", "expected"}, cue{lemma: "expect", kind: belief}},
	{[]string{"worry", "worries", "worried"}, cue{lemma: "worry", kind: belief}},
	{[]string{"doubt", "doubts", "doubted"}, cue{lemma: "doubt", kind: belief}},
	{[]string{"call", "calls", "called", "calling"}, cue{lemma: "call", kind: label}},
	{[]string{"dub", "dubs", "dubbed"}, cue{lemma: "dub", kind: label}},
	{[]string{"blast", "blasts", "blasted"}, cue{lemma: "blast", kind: label}},
	{[]string{"slam", "slams", "slammed"}, cue{lemma: "slam", kind: label}},
	{[]string{"praise", "praises", "praised"}, cue{lemma: "praise", kind: label}},
	{[]string{"criticize", "criticizes", "criticized", "criticise", "criticises", "criticised"}, cue{lemma: "criticize", kind: label}},
	{[]string{"accuse", "accuses", "accused"}, cue{lemma: "accuse", kind: label}},
	{[]string{"label", "labels", "labeled", "labelled"}, cue{lemma: "label", kind: label}},
}

// skipBefore are words that may stand between a speaker and a cue ("Luna
// has also said", "she later explained").
var skipBefore = []string{
	"also", "later", "then", "previously", "once", "again", "recently", "often",
	"has", "have", "had", "will", "would", "could", "may", "might", "did", "does", "do",
	"is", "was", "were", "are", "be", "been", "reportedly", "repeatedly", "publicly",
	"privately", "simply", "just", "further", "subsequently", "initially", "earlier",
	"first", "famously", "always", "never", "not", "even", "still", "to", "on", "goes",
	"went", "go", "going", "want", "wants", "wanted",
}

// determiners open a nominal speaker ("the actor", "a spokeswoman").
var determiners = []string{
	"the", "a", "an", "his", "her", "their", "its", "our", "my", "one", "another",
	"two", "three", "several", "some", "many", "other", "both", "this", "these", "those",
}

// stopBefore end a speaker phrase read backwards ("as star Diego Luna told").
var stopBefore = []string{
	"and", "but", "or", "as", "when", "while", "which", "who", "whom", "whose", "because",
	"that", "if", "so", "than", "where", "after", "before", "since", "though", "although",
	"to", "of", "in", "on", "at", "for", "with", "by", "from", "about", "into", "said", "says",
}

// temporal are words that follow a cue without naming a speaker ("said
// Tuesday").
var temporal = []string{
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
	"oct.", "nov.", "dec.", "today", "tonight", "yesterday", "earlier", "later",
	"last", "this", "next", "recently", "previously", "then", "again", "also",
}

// openers are words that may open a sentence before its subject ("But",
// "However,", "Oh,").
var openers = []string{
	"but", "and", "so", "however", "indeed", "meanwhile", "still", "yet", "instead", "also",
	"then", "now", "oh", "well", "moreover", "furthermore", "nonetheless", "nevertheless",
	"similarly", "likewise", "separately", "finally", "again", "later", "earlier", "today",
	"yesterday", "tonight", "overall", "ultimately", "otherwise", "rather", "thus", "plus",
	"first", "second", "third", "lastly", "or", "even", "only", "certainly",
	"clearly",
}

// intros are words that open an introductory phrase closed by a comma
// before the subject: "When asked about it, …", "Hours later, …",
// "Speaking in Salem, …".
var intros = []string{
	"when", "while", "as", "if", "although", "though", "because", "once", "until", "unlike",
	"like", "despite", "amid", "following", "after", "before", "since", "during", "asked",
	"pressed", "back", "hours", "days", "weeks", "months", "years", "minutes", "moments",
	"in", "at", "on", "with", "without", "given", "from", "by", "for", "over", "under",
	"through", "throughout", "within", "last", "this", "that", "next", "early", "late",
	"two", "three", "four", "five", "several", "shortly", "soon", "just", "upon", "against",
	"beyond", "outside", "inside", "among", "across", "toward", "towards", "behind",
	"whatever", "whether", "where", "to", "ahead", "elsewhere", "here", "there", "of",
}

// roleNouns are nouns that name a person by role ("the actor said").
var roleNouns = []string{
	"actor", "actress", "star", "spokesman", "spokeswoman", "spokesperson", "official",
	"officials", "source", "sources", "director", "president", "senator", "lawmaker",
	"lawmakers", "candidate", "nominee", "aide", "aides", "adviser", "advisers", "advisor",
	"analyst", "analysts", "expert", "experts", "executive", "ceo", "chief", "chairman",
	"chairwoman", "leader", "leaders", "minister", "secretary", "governor", "mayor",
	"attorney", "lawyer", "lawyers", "prosecutor", "prosecutors", "judge", "officer",
	"agent", "author", "writer", "singer", "rapper", "comedian", "host", "producer",
	"creator", "showrunner", "filmmaker", "manager", "strategist", "pollster", "professor",
	"economist", "researcher", "researchers", "scientist", "doctor", "congressman",
	"congresswoman", "representative", "critics", "supporters", "voter", "voters",
	"resident", "residents", "woman", "man", "father", "mother", "wife", "husband", "son",
	"daughter", "friend", "veteran", "activist", "activists", "founder", "owner",
	"organizer", "organizers", "witness", "witnesses", "student", "students", "teacher",
	"worker", "workers", "member", "members", "people", "businessman", "businesswoman",
	"billionaire", "mogul", "politician", "republican", "republicans", "democrat",
	"democrats", "commentator", "columnist", "reporter", "journalist", "editor", "coach",
	"player", "musician", "artist", "designer", "model", "chef", "boss", "insider",
	"insiders", "partner", "colleague", "co-star", "costar", "actors", "stars", "cast",
	"diplomat", "engineer", "narrator", "neurosurgeon", "surgeon", "front-runner", "frontrunner",
	"moderator", "anchor", "pastor", "priest", "rabbi", "bishop", "pope", "ambassador",
	"commander", "sheriff", "administrator", "consultant", "donor", "delegate", "delegates",
}

// orgNouns are nouns that name an organization by kind ("the company said").
var orgNouns = []string{
	"company", "campaign", "agency", "department", "ministry", "network", "studio",
	"committee", "group", "government", "administration", "party", "organization",
	"office", "firm", "council", "court", "police", "army", "military", "team", "band",
	"channel", "newspaper", "paper", "magazine", "statement", "report", "poll", "survey",
	"study", "letter", "website", "article", "memo", "lawsuit", "complaint", "ad", "video",
}

// pronounGenders maps subject and object pronouns to the gender they
// require.
func pronounGenders() map[string]doc.Gender {
	return map[string]doc.Gender{
		"he": doc.Male, "him": doc.Male, "she": doc.Female, "her": doc.Female,
		"they": doc.Unknown, "we": doc.Unknown, "i": doc.Unknown, "it": doc.Unknown, "you": doc.Unknown,
	}
}

// flag marks what a word is in the lexicon.
type flag uint16

const (
	fSkip flag = 1 << iota
	fDet
	fStop
	fRole
	fOrg
	fTemporal
	fPrep
	fNounDet
	fParticle
	fOpener
	fIntro
)

// wordInfo is what the lexicon knows of one lowercased word.
type wordInfo struct {
	flags flag
	cue   int16 // 1 + index in lexicon.cueList, 0 when not a cue
}

// lexicon holds the tables as maps, built once by New.
type lexicon struct {
	skipBefore  map[string]bool
	determiners map[string]bool
	stopBefore  map[string]bool
	roles       map[string]bool
	orgs        map[string]bool
	temporal    map[string]bool
	preps       map[string]bool
	nounDets    map[string]bool
	pronouns    map[string]doc.Gender
	particles   map[string]bool
	openers     map[string]bool
	intros      map[string]bool
	// words merges every table: one lookup per token.
	words   map[string]wordInfo
	cueList []cue
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func newLexicon() *lexicon {
	l := &lexicon{
		skipBefore:  set(skipBefore),
		determiners: set(determiners),
		stopBefore:  set(stopBefore),
		roles:       set(roleNouns),
		orgs:        set(orgNouns),
		temporal:    set(temporal),
		preps: set([]string{"in", "on", "at", "for", "with", "by", "from", "of", "about", "into",
			"during", "after", "before", "over", "under", "through", "throughout", "since", "via"}),
		nounDets: set([]string{"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
			"these", "those", "this", "such", "whose"}),
		pronouns:  pronounGenders(),
		particles: set([]string{"de", "la", "del", "van", "von", "der", "da", "di", "bin", "al", "le", "du", "dos", "das", "y", "st."}),
		openers:   set(openers),
		intros:    set(intros),
	}
	l.words = make(map[string]wordInfo, 1000)
	for _, e := range cueTable {
		l.cueList = append(l.cueList, e.cue)
		for _, f := range e.forms {
			w := l.words[f]
			w.cue = int16(len(l.cueList))
			l.words[f] = w
		}
	}
	for _, t := range []struct {
		m map[string]bool
		f flag
	}{
		{l.skipBefore, fSkip}, {l.determiners, fDet}, {l.stopBefore, fStop}, {l.roles, fRole},
		{l.orgs, fOrg}, {l.temporal, fTemporal}, {l.preps, fPrep}, {l.nounDets, fNounDet},
		{l.particles, fParticle}, {l.openers, fOpener}, {l.intros, fIntro},
	} {
		for w := range t.m {
			i := l.words[w]
			i.flags |= t.f
			l.words[w] = i
		}
	}
	return l
}
