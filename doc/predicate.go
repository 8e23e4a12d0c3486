package doc

// Predicate is a relation of the closed vocabulary of DESIGN.md §2.
type Predicate string

// The predicates.
const (
	Plays             Predicate = "plays"
	CastIn            Predicate = "cast_in"
	AppearsIn         Predicate = "appears_in"
	BasedOn           Predicate = "based_on"
	SeasonOf          Predicate = "season_of"
	ReleasedOn        Predicate = "released_on"
	Premiere          Predicate = "premiere"
	MemberOf          Predicate = "member_of"
	WorksFor          Predicate = "works_for"
	Founded           Predicate = "founded"
	Leads             Predicate = "leads"
	Arrested          Predicate = "arrested"
	Killed            Predicate = "killed"
	OrderedKilling    Predicate = "ordered_killing"
	SpokeTo           Predicate = "spoke_to"
	DirectedBy        Predicate = "directed_by"
	WrittenBy         Predicate = "written_by"
	ProducedBy        Predicate = "produced_by"
	CreatedBy         Predicate = "created_by"
	ProductionCompany Predicate = "production_company"
	Performer         Predicate = "performer"
	MemberOfParty     Predicate = "member_of_party"
	Spouse            Predicate = "spouse"
	EducatedAt        Predicate = "educated_at"
	Chairperson       Predicate = "chairperson"
	Inception         Predicate = "inception"
	Published         Predicate = "published"
)

// PredicateInfo documents a predicate: what it links and how it is
// exported.
type PredicateInfo struct {
	Predicate Predicate
	// Subject and Object list the entity types allowed at each end; an
	// Object of Date means a TimeML literal.
	Subject []EntityType
	Object  []EntityType
	// Wikidata is the property the export maps the predicate to; Inverse
	// is true when the property points from object to subject.
	Wikidata string
	Inverse  bool
	// SchemaOrg is the schema.org term used by the JSON-LD export.
	SchemaOrg string
	Doc       string
}

var people = []EntityType{Person, Character}

// Predicates is the vocabulary, one row per predicate.
var Predicates = []PredicateInfo{
	{Plays, []EntityType{Person}, []EntityType{Character}, "P161", false, "actor", "an actor plays a character (qualifiers: work, season)"},
	{CastIn, []EntityType{Person}, []EntityType{Work}, "P161", true, "actor", "an actor is in a work's cast"},
	{AppearsIn, []EntityType{Character}, []EntityType{Work}, "P1441", false, "character", "a character appears in a work"},
	{BasedOn, []EntityType{Character}, []EntityType{Person}, "P1074", false, "isBasedOn", "a character is based on a real person"},
	{SeasonOf, []EntityType{Work}, []EntityType{Work}, "P179", false, "partOfSeries", "a season belongs to a series (qualifier: season)"},
	{ReleasedOn, []EntityType{Work}, []EntityType{Org}, "P449", false, "publishedOn", "a work or season is released on a platform or network"},
	{Premiere, []EntityType{Work}, []EntityType{Date}, "P577", false, "datePublished", "a work or season premieres on a date"},
	{MemberOf, []EntityType{Person, Character, Org, GPE}, []EntityType{Org}, "P463", false, "memberOf", "a person, an organization or a country is a member of an organization (a band, a league, an alliance)"},
	{WorksFor, people, []EntityType{Org, Person, Character}, "P108", false, "worksFor", "a person works for an organization or a boss (in a story, a character)"},
	{Founded, people, []EntityType{Org, GPE, Loc}, "P112", true, "founder", "a person founded an organization or a town"},
	{Leads, people, []EntityType{Org, Event}, "P488", true, "OrganizationRole", "a person leads an organization or an operation"},
	{Arrested, people, []EntityType{Date}, "P793", false, "Event", "a person was arrested on a date (qualifier: by)"},
	{Killed, people, people, "P157", true, "Event", "a person killed another"},
	{OrderedKilling, people, people, "P157", true, "Event", "a person ordered another's killing"},
	{SpokeTo, []EntityType{Person}, []EntityType{Org}, "", false, "InterviewAction", "a person spoke to a news outlet"},
	{DirectedBy, []EntityType{Work}, []EntityType{Person}, "P57", false, "director", "a work was directed by a person"},
	{WrittenBy, []EntityType{Work}, []EntityType{Person}, "P58", false, "author", "a work was written by a person"},
	{ProducedBy, []EntityType{Work}, []EntityType{Person}, "P162", false, "producer", "a work was produced by a person"},
	{CreatedBy, []EntityType{Work, Character}, []EntityType{Person}, "P170", false, "creator", "a work or a fictional character was created by a person"},
	{ProductionCompany, []EntityType{Work}, []EntityType{Org}, "P272", false, "productionCompany", "a work was made by a company"},
	{Performer, []EntityType{Work}, []EntityType{Person, Org}, "P175", false, "performer", "a song or album is performed by a person or band"},
	{MemberOfParty, []EntityType{Person}, []EntityType{Org}, "P102", false, "memberOf", "a person belongs to a political party"},
	{Spouse, []EntityType{Person, Character}, []EntityType{Person, Character}, "P26", false, "spouse", "two people, or two characters in a story, are married"},
	{EducatedAt, []EntityType{Person}, []EntityType{Org}, "P69", false, "alumniOf", "a person studied at an institution"},
	{Chairperson, []EntityType{Org}, []EntityType{Person}, "P488", false, "OrganizationRole", "an organization is chaired by a person"},
	{Inception, []EntityType{Org, GPE, Loc}, []EntityType{Date}, "P571", false, "foundingDate", "an organization or a place was founded on a date"},
	{Published, []EntityType{Work}, []EntityType{Date}, "P577", false, "datePublished", "a work was published on a date"},
}

// Info returns the row of Predicates for p, and whether there is one.
func Info(p Predicate) (PredicateInfo, bool) {
	for _, in := range Predicates {
		if in.Predicate == p {
			return in, true
		}
	}
	return PredicateInfo{}, false
}
