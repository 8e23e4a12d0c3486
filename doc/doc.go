// Package doc defines one article and the annotations that the pipeline
// stages add to it: tokens, sentences, mentions, in-document entities,
// time expressions, quotations and claims.
//
// Every span is a pair of byte offsets into Document.Body, which is NFC
// normalized UTF-8. Stages read a *Doc and add to it; none removes what an
// earlier stage wrote. The vocabulary here is shared by every stage, the
// store and the server: no other package keeps its own copy.
package doc

import (
	"time"
)

// Document is an article as a reader produced it.
type Document struct {
	// ID is a hash of the normalized body, so one article read twice is
	// one document.
	ID string `json:"id"`
	// URL is where the article was published, when known.
	URL string `json:"url,omitempty"`
	// Source names where it was read from: a file path, "stdin", a feed.
	Source string `json:"source,omitempty"`
	// Site is the publication's name, when known.
	Site      string    `json:"site,omitempty"`
	Title     string    `json:"title,omitempty"`
	Byline    string    `json:"byline,omitempty"`
	Published time.Time `json:"published,omitzero"`
	// Body is the main text, NFC normalized, paragraphs separated by a
	// blank line.
	Body string `json:"body"`
	// Related holds links to other stories that the page listed beside
	// the article (kept out of Body).
	Related []Link `json:"related,omitempty"`
}

// Link is a hyperlink with its anchor text.
type Link struct {
	URL   string `json:"url,omitempty"`
	Title string `json:"title"`
}

// Span is a half-open byte range [Start, End) of Document.Body.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// TokenKind classifies a token by its characters.
type TokenKind uint8

// Token kinds.
const (
	Word       TokenKind = iota // letters, possibly with inner apostrophes, hyphens or periods
	Number                      // digits, possibly with separators ("1,000", "3.5", "1980s")
	Punct                       // any other single punctuation mark or symbol
	OpenQuote                   // an opening quotation mark: “ ‘ or a straight quote that opens
	CloseQuote                  // a closing quotation mark: ” ’ or a straight quote that closes
	Dash                        // an em dash, en dash or "--"
)

// Token is one token of the body.
type Token struct {
	Span
	Kind TokenKind `json:"kind"`
	// Sentence is the index of the sentence holding the token.
	Sentence int `json:"sentence"`
}

// Sentence is a sentence of the body with the range of its tokens.
type Sentence struct {
	Span
	// First and Last delimit the sentence's tokens: Tokens[First:Last].
	First int `json:"first"`
	Last  int `json:"last"`
	// Paragraph is the index of the paragraph holding the sentence.
	Paragraph int `json:"paragraph"`
}

// EntityType is the type of a mention or an entity.
type EntityType string

// Entity types (DESIGN.md §2).
const (
	Person    EntityType = "PERSON"
	Character EntityType = "CHARACTER"
	Org       EntityType = "ORG"
	GPE       EntityType = "GPE"
	Loc       EntityType = "LOC"
	Work      EntityType = "WORK"
	Event     EntityType = "EVENT"
	NORP      EntityType = "NORP"
	Date      EntityType = "DATE"
)

// Types lists every entity type in a fixed order.
var Types = []EntityType{Person, Character, Org, GPE, Loc, Work, Event, NORP, Date}

// MentionKind says how a mention refers to its entity.
type MentionKind uint8

// Mention kinds.
const (
	Name    MentionKind = iota // a proper name: "Diego Luna", "Luna"
	Pronoun                    // he, she, his, her, they
	Nominal                    // a role noun: "the actor", "the agency"
)

// Mention is a span that names or refers to something.
type Mention struct {
	Span
	Text string      `json:"text"`
	Type EntityType  `json:"type"`
	Kind MentionKind `json:"kind"`
	// Entity is the index in Doc.Entities of what the mention refers to,
	// or -1 before linking.
	Entity int     `json:"entity"`
	Score  float64 `json:"score"`
	// Source names the tagger or rule that found the mention.
	Source string `json:"source,omitempty"`
}

// Gender of a person or character, when known.
type Gender string

// Genders.
const (
	Unknown Gender = ""
	Male    Gender = "male"
	Female  Gender = "female"
)

// Entity is something one document refers to, possibly several times.
// The resolve stage later maps it to a canonical entity across documents.
type Entity struct {
	Type EntityType `json:"type"`
	// Name is the longest full name the document uses.
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	Gender  Gender   `json:"gender,omitempty"`
	// Fictional is true for a character in a work.
	Fictional bool `json:"fictional,omitempty"`
	// Mentions are indexes into Doc.Mentions.
	Mentions []int `json:"mentions"`
}

// Timex is a time expression normalized to a TimeML value.
type Timex struct {
	Span
	Text string `json:"text"`
	// Type is DATE, TIME, DURATION or SET.
	Type string `json:"type"`
	// Value is the TimeML value: "2020-02-13", "2020-02", "1989", "P1Y",
	// "PRESENT_REF", "XXXX-02-13".
	Value string `json:"value"`
}

// Quote is a quotation or a report of speech.
type Quote struct {
	// Span is the quoted content, without its quotation marks.
	Span
	Text string `json:"text"`
	// Direct is true for words inside quotation marks.
	Direct bool `json:"direct"`
	// Speaker is the index in Doc.Entities of who said it, or -1.
	Speaker int `json:"speaker"`
	// SpeakerSpan is the span of the words naming the speaker ("Luna",
	// "he", "the actor"); zero when the speaker was carried on from an
	// earlier quote.
	SpeakerSpan Span `json:"speaker_span"`
	// Cue is the speech verb or phrase ("said", "told", "according to").
	Cue     string `json:"cue,omitempty"`
	CueSpan Span   `json:"cue_span"`
	// About are indexes in Doc.Entities of those the quote mentions or
	// is said of.
	About []int   `json:"about,omitempty"`
	Score float64 `json:"score"`
}

// Evidence points a claim, quote or mention back to the text.
type Evidence struct {
	Doc      string `json:"doc"`
	Sentence int    `json:"sentence"`
	Span
	// Extractor names the rule or model that produced the claim.
	Extractor string `json:"extractor"`
}

// Qualifiers refine a claim.
type Qualifiers struct {
	// Work is the index in Doc.Entities of the work the claim holds in,
	// or -1.
	Work int `json:"work"`
	// Season is the season number, 0 when none.
	Season int    `json:"season,omitempty"`
	Role   string `json:"role,omitempty"`
	// Start and End are TimeML values bounding the claim.
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
	// By is the index in Doc.Entities of an agent (for arrested: the
	// arresting organization), or -1.
	By int `json:"by"`
}

// NoQualifiers returns Qualifiers with no entity set.
func NoQualifiers() Qualifiers { return Qualifiers{Work: -1, By: -1} }

// Claim is a statement of the closed vocabulary (see Predicate) that the
// document makes.
type Claim struct {
	// Subject is the index in Doc.Entities of the claim's subject.
	Subject   int       `json:"subject"`
	Predicate Predicate `json:"predicate"`
	// Object is the index in Doc.Entities of the object, or -1 when the
	// object is the literal Value (a TimeML date value for dates).
	Object     int        `json:"object"`
	Value      string     `json:"value,omitempty"`
	Qualifiers Qualifiers `json:"qualifiers"`
	// InUniverse is true when the article says it happens in the story.
	InUniverse bool     `json:"in_universe,omitempty"`
	Score      float64  `json:"score"`
	Evidence   Evidence `json:"evidence"`
}

// Doc is a Document with its annotations, the value that flows through the
// pipeline.
type Doc struct {
	Document
	Tokens    []Token    `json:"tokens,omitempty"`
	Sentences []Sentence `json:"sentences,omitempty"`
	// Paragraphs are the spans of the body's paragraphs.
	Paragraphs []Span    `json:"paragraphs,omitempty"`
	Mentions   []Mention `json:"mentions,omitempty"`
	Entities   []Entity  `json:"entities,omitempty"`
	Timexes    []Timex   `json:"timexes,omitempty"`
	Quotes     []Quote   `json:"quotes,omitempty"`
	Claims     []Claim   `json:"claims,omitempty"`
}

// New returns a Doc for d with no annotations.
func New(d Document) *Doc { return &Doc{Document: d} }

// Text returns the body text of a span.
func (d *Doc) Text(s Span) string { return d.Body[s.Start:s.End] }

// TokenText returns the text of token i.
func (d *Doc) TokenText(i int) string { t := d.Tokens[i]; return d.Body[t.Start:t.End] }

// SentenceAt returns the index of the sentence holding byte offset off, or
// -1.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// TokenAt returns the index of the first token that ends after byte offset
// off, or len(d.Tokens).
func (d *Doc) TokenAt(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Evidence returns the evidence for a span of the body.
func (d *Doc) Evidence(s Span, extractor string) Evidence {
	return Evidence{Doc: d.ID, Sentence: d.SentenceAt(s.Start), Span: s, Extractor: extractor}
}

// EntityName returns the name of entity i, or "" when i is out of range.
func (d *Doc) EntityName(i int) string {
	if i < 0 || i >= len(d.Entities) {
		return ""
	}
	return d.Entities[i].Name
}
