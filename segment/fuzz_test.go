package segment

import (
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/doc"
)

// checkInvariants checks what holds for every body: tokens are non-empty,
// in order, non-overlapping, inside the body and on rune boundaries; only
// whitespace lies between them; every token is in exactly one sentence;
// sentences cover the tokens in order; paragraphs hold their sentences.
func checkInvariants(t *testing.T, d *doc.Doc) {
	t.Helper()
	b := d.Body
	boundary := make([]bool, len(b)+1)
	for i := 0; i < len(b); {
		boundary[i] = true
		_, w := utf8.DecodeRuneInString(b[i:])
		i += w
	}
	boundary[len(b)] = true
	prevEnd := 0
	for i, tok := range d.Tokens {
		if tok.Start < prevEnd || tok.End <= tok.Start || tok.End > len(b) {
			t.Fatalf("token %d %v out of order or empty (previous end %d, body %d bytes)", i, tok.Span, prevEnd, len(b))
		}
		if !boundary[tok.Start] || !boundary[tok.End] {
			t.Fatalf("token %d %v %q not on rune boundaries", i, tok.Span, b[tok.Start:tok.End])
		}
		if tok.Kind > doc.Dash {
			t.Fatalf("token %d has kind %d", i, tok.Kind)
		}
		checkSpace(t, b, prevEnd, tok.Start)
		prevEnd = tok.End
	}
	checkSpace(t, b, prevEnd, len(b))

	next := 0
	for i, s := range d.Sentences {
		if s.First != next || s.Last <= s.First || s.Last > len(d.Tokens) {
			t.Fatalf("sentence %d covers tokens [%d,%d), want it to start at %d", i, s.First, s.Last, next)
		}
		if s.Start != d.Tokens[s.First].Start || s.End != d.Tokens[s.Last-1].End {
			t.Fatalf("sentence %d span %v does not match its tokens", i, s.Span)
		}
		for k := s.First; k < s.Last; k++ {
			if d.Tokens[k].Sentence != i {
				t.Fatalf("token %d is in sentence %d but says %d", k, i, d.Tokens[k].Sentence)
			}
		}
		if s.Paragraph < 0 || s.Paragraph >= len(d.Paragraphs) || !d.Paragraphs[s.Paragraph].Contains(s.Span) {
			t.Fatalf("sentence %d %v not inside its paragraph %d", i, s.Span, s.Paragraph)
		}
		if i > 0 && s.Paragraph < d.Sentences[i-1].Paragraph {
			t.Fatalf("sentence %d paragraph %d before %d", i, s.Paragraph, d.Sentences[i-1].Paragraph)
		}
		next = s.Last
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
	for i, p := range d.Paragraphs {
		if p.End <= p.Start || i > 0 && p.Start < d.Paragraphs[i-1].End {
			t.Fatalf("paragraph %d %v empty or out of order", i, p)
		}
	}
	if len(d.Paragraphs) > 0 && (d.Sentences[0].Paragraph != 0 || d.Sentences[len(d.Sentences)-1].Paragraph != len(d.Paragraphs)-1) {
		t.Fatalf("paragraphs without sentences")
	}
}

// checkSpace checks that b[i:j] is whitespace only.
func checkSpace(t *testing.T, b string, i, j int) {
	t.Helper()
	for i < j {
		r, w := utf8.DecodeRuneInString(b[i:j])
		if r < utf8.RuneSelf && !isHSpace(byte(r)) && r != '\n' || r >= utf8.RuneSelf && (r == utf8.RuneError && w == 1 || !isSpaceRune(r)) {
			t.Fatalf("%q at %d is not in any token", r, i)
		}
		i += w
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"",
		"It's quiet in the valley. Two weeks later, it's loud.",
		"\"She's leaving,\" Ruiz said. 'Narcos: Mexico': Being 'Invisible'",
		"“It’s fine. We’re happy,” she said.\n\nMr. Smith met J. R. Doe on Feb. 13 in the U.S. The end…",
		"rock-'n'-roll O'Brien's students’ '90s 1,000 3.5 1980s -- — – ...",
		"https://example.com/a_(b). ana@example.com @handle #tag bbc.co.uk/news e.g. Ph.D.",
		"a\xffb\xe2\x80 \xc3",
		"'", "’", "\"", "-", ".", "#", "@", "'n'", "’9", "U.S", "e.g", "a.b.c.",
		"x\n \n\ny\r\n\r\nz",
		"(\"'“‘", "?!?!", "A. B. C. D.", "\u200b\ufeff\u00a0", "``Hi,'' he said. `no'",
	} {
		f.Add(s)
	}
	d := doc.New(doc.Document{})
	f.Fuzz(func(t *testing.T, body string) {
		fresh := doc.New(doc.Document{Body: body})
		Segment(fresh)
		checkInvariants(t, fresh)
		// A reused Doc must give the same result as a fresh one.
		d.Body = body
		Segment(d)
		if len(d.Tokens) != len(fresh.Tokens) || len(d.Sentences) != len(fresh.Sentences) || len(d.Paragraphs) != len(fresh.Paragraphs) {
			t.Fatalf("reused Doc differs: %d/%d tokens, %d/%d sentences", len(d.Tokens), len(fresh.Tokens), len(d.Sentences), len(fresh.Sentences))
		}
		for i := range d.Tokens {
			if d.Tokens[i] != fresh.Tokens[i] {
				t.Fatalf("reused Doc token %d %v, fresh %v", i, d.Tokens[i], fresh.Tokens[i])
			}
		}
	})
}
