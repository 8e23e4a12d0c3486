package pipeline_test

import (
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/pipeline"
)

// FuzzPipeline runs every stage over arbitrary text (rules only, so that
// the fuzzer is fast) and checks that the annotations hold together: spans
// inside the body and on rune boundaries, every index pointing at
// something.
func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		"",
		"Ruth Kimani plays Ada Mwangi in Copper Valley. \"It is a gift,\" Kimani said.",
		"Season two of Dust Creek debuts on Viewport on Sunday, Oct. 6.",
		"Joaquín \"El Chapo\" Guzmán (Tom Reyes), who founded the Sinaloa Cartel, was arrested in 1993.",
		"\"Open quote never closes\n\n\"Another one,\" he said. She said (that) ...",
		"X (Y) (Z) told ABC, \"…\" according to , the the season of of 2020's",
		"\xff\xfe\x00 Caf\xe9 \u2014 \u201cquote\u201d \u2018inner\u2019",
	} {
		f.Add(s)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) {
			return // readers reject or repair invalid UTF-8 before the pipeline
		}
		d := p.Annotate(doc.Document{ID: "f", Body: body})
		in := func(what string, s doc.Span) {
			if s.Start < 0 || s.End > len(body) || s.Start > s.End || (s.Start < len(body) && !utf8.RuneStart(body[s.Start])) {
				t.Fatalf("%s span %v out of the body (%d bytes)", what, s, len(body))
			}
		}
		ent := func(what string, e int, optional bool) {
			if (e < 0 && !optional) || e >= len(d.Entities) {
				t.Fatalf("%s entity %d of %d", what, e, len(d.Entities))
			}
		}
		for _, m := range d.Mentions {
			in("mention", m.Span)
			if m.Entity >= len(d.Entities) {
				t.Fatalf("mention %q entity %d of %d", m.Text, m.Entity, len(d.Entities))
			}
		}
		for _, q := range d.Quotes {
			in("quote", q.Span)
			ent("speaker", q.Speaker, true)
			for _, a := range q.About {
				ent("about", a, false)
			}
		}
		for _, c := range d.Claims {
			ent("subject", c.Subject, false)
			ent("object", c.Object, c.Value != "")
			in("evidence", c.Evidence.Span)
		}
		for _, x := range d.Timexes {
			in("timex", x.Span)
		}
	})
}
