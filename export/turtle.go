package export

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/doc"
)

var xsdDate = regexp.MustCompile(`^-?\d{4}-\d{2}-\d{2}$`)

// WriteTurtle writes g as RDF Turtle. Entities are IRIs under
// Base+"entity/"; claims become wdt: triples with the Wikidata property of
// doc.Predicates (object and subject swapped for the properties Wikidata
// states on the object: P161 on the work, P488 on the organization, P112
// and P157 likewise); "plays" with a work gives work wdt:P161 actor;
// predicates without a property use Base+"vocab/". Humans are wd:Q5,
// characters wd:Q95074, TV series wd:Q5398426; an arrest is
// wdt:P793 wd:Q1403016. Quotations are schema:Quotation nodes and
// documents schema:NewsArticle.
func WriteTurtle(w io.Writer, g *Graph) error {
	g = g.sorted()
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	p("@prefix wd: <http://www.wikidata.org/entity/> .\n")
	p("@prefix wdt: <http://www.wikidata.org/prop/direct/> .\n")
	p("@prefix schema: <https://schema.org/> .\n")
	p("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n")
	p("@prefix owl: <http://www.w3.org/2002/07/owl#> .\n")
	p("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n")
	p("@prefix ng: <%s> .\n", vocab)
	series := map[string]bool{}
	for _, c := range g.Claims {
		if c.Predicate == doc.SeasonOf && c.Object != nil {
			series[c.Object.ID] = true
		}
	}
	for i := range g.Entities {
		e := &g.Entities[i]
		p("\n<%s> a schema:%s", iri("entity", e.ID), schemaType(e, series))
		switch {
		case e.Type == doc.Character || (e.Fictional && e.Type == doc.Person):
			p(" ;\n    wdt:P31 wd:%s", qFictionalChar)
		case e.Type == doc.Person:
			p(" ;\n    wdt:P31 wd:%s", qHuman)
		case series[e.ID]:
			p(" ;\n    wdt:P31 wd:%s", qTVSeries)
		}
		p(" ;\n    rdfs:label %s", turtleString(e.Name))
		p(" ;\n    ng:type %s", turtleString(string(e.Type)))
		for _, a := range e.Aliases {
			p(" ;\n    schema:alternateName %s", turtleString(a))
		}
		if e.QID != "" && validQID(e.QID) {
			p(" ;\n    owl:sameAs wd:%s", e.QID)
		}
		p(" .\n")
	}
	if len(g.Claims) > 0 {
		p("\n")
	}
	for i := range g.Claims {
		c := &g.Claims[i]
		if c.Subject.ID == "" {
			continue
		}
		subj := "<" + iri("entity", c.Subject.ID) + ">"
		var obj string
		switch {
		case c.Object != nil && c.Object.ID != "":
			obj = "<" + iri("entity", c.Object.ID) + ">"
		case c.Value != "":
			obj = turtleValue(c.Value)
		default:
			continue
		}
		info, _ := doc.Info(c.Predicate)
		// The predicate itself, always, in the project's vocabulary.
		p("%s ng:%s %s .\n", subj, localName(string(c.Predicate)), obj)
		switch {
		case c.Predicate == doc.Arrested:
			p("%s wdt:P793 wd:%s .\n", subj, qArrest)
		case c.Predicate == doc.Plays:
			if c.Work != nil && c.Work.ID != "" {
				p("<%s> wdt:P161 %s .\n", iri("entity", c.Work.ID), subj)
			}
		case info.Wikidata == "":
		case info.Inverse && c.Object != nil:
			p("%s wdt:%s %s .\n", obj, info.Wikidata, subj)
		case !info.Inverse:
			p("%s wdt:%s %s .\n", subj, info.Wikidata, obj)
		}
	}
	for i := range g.Quotes {
		q := &g.Quotes[i]
		p("\n<%s> a schema:Quotation ;\n    schema:text %s ;\n    schema:isPartOf <%s>", iri("quote", q.ID), turtleString(q.Text), iri("document", q.Doc))
		if q.Speaker != nil && q.Speaker.ID != "" {
			p(" ;\n    schema:creator <%s>", iri("entity", q.Speaker.ID))
		}
		for _, a := range q.About {
			p(" ;\n    schema:about <%s>", iri("entity", a.ID))
		}
		p(" .\n")
	}
	for i := range g.Documents {
		d := &g.Documents[i]
		p("\n<%s> a schema:NewsArticle", iri("document", d.ID))
		if d.Title != "" {
			p(" ;\n    schema:headline %s", turtleString(d.Title))
		}
		if d.URL != "" {
			p(" ;\n    schema:url %s^^xsd:anyURI", turtleString(d.URL))
		}
		if !d.Published.IsZero() {
			p(" ;\n    schema:datePublished %s^^xsd:dateTime", turtleString(d.Published.Format(time.RFC3339)))
		}
		p(" .\n")
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write Turtle: %w", err)
	}
	return nil
}

var qidPattern = regexp.MustCompile(`^Q[0-9]+$`)

func validQID(q string) bool { return qidPattern.MatchString(q) }

// localName makes s safe as the local part of a prefixed name: letters,
// digits and underscores are kept, anything else becomes an underscore.
func localName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	if b.Len() == 0 {
		return "_"
	}
	return b.String()
}

// turtleValue writes a claim's literal: a full date is an xsd:date, any
// other value (a year, a month, a TimeML value) a plain string.
func turtleValue(v string) string {
	if xsdDate.MatchString(v) {
		return turtleString(v) + "^^xsd:date"
	}
	return turtleString(v)
}

// turtleString quotes s as a Turtle string literal (STRING_LITERAL_QUOTE),
// escaping backslashes, quotes and line breaks, and other control
// characters as \uXXXX.
func turtleString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				b.WriteString(`\u` + fmt.Sprintf("%04X", r))
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
