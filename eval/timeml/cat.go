package timeml

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/eval/detok"
)

// catFile is the part of a CAT XML document (the MEANTIME corpus's
// format) that timex scoring reads: tokens numbered by sentence, and
// TIMEX3 markables anchored on token ids.
type catFile struct {
	XMLName xml.Name `xml:"Document"`
	Tokens  []struct {
		ID       int    `xml:"t_id,attr"`
		Sentence int    `xml:"sentence,attr"`
		Text     string `xml:",chardata"`
	} `xml:"token"`
	Markables struct {
		Timexes []struct {
			Type     string      `xml:"type,attr"`
			Value    string      `xml:"value,attr"`
			Function string      `xml:"functionInDocument,attr"`
			Anchors  []catAnchor `xml:"token_anchor"`
		} `xml:"TIMEX3"`
		// Other are the other markables (entities, events, values):
		// they show which sentences were annotated.
		Other []struct {
			Anchors []catAnchor `xml:"token_anchor"`
		} `xml:",any"`
	} `xml:"Markables"`
}

// catAnchor ties a markable to one token.
type catAnchor struct {
	ID int `xml:"t_id,attr"`
}

// isCAT reports whether b looks like a CAT XML document rather than
// TimeML.
func isCAT(b []byte) bool {
	head := b[:min(len(b), 512)]
	return bytes.Contains(head, []byte("<Document")) && !bytes.Contains(head, []byte("<TimeML"))
}

// ParseCAT reads a CAT XML document (MEANTIME) into a Document. The
// tokens are joined into text: the title and the dateline each a paragraph
// of their own, the body's sentences spaced as written English. The
// creation time's markable gives the DCT; where the text carries it (the
// dateline), its span is listed in Unscored, as TimeML keeps the DCT out
// of the scored text. Markables anchored on no token (points the
// annotators added for relations) are not expressions of the text and are
// left out.
func ParseCAT(b []byte) (*Document, error) {
	var f catFile
	if err := xml.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("xml: %w", err)
	}
	if len(f.Tokens) == 0 {
		return nil, fmt.Errorf("no tokens")
	}
	// Sentences in token order; token id → (sentence, index).
	var sents [][]string
	where := map[int][2]int{}
	last := -1
	for _, t := range f.Tokens {
		if t.Sentence != last || len(sents) == 0 {
			sents = append(sents, nil)
			last = t.Sentence
		}
		si := len(sents) - 1
		where[t.ID] = [2]int{si, len(sents[si])}
		sents[si] = append(sents[si], strings.TrimSpace(t.Text))
	}
	// MEANTIME annotates the title, the dateline and the first sentences
	// of each article only: the text ends with the last sentence that
	// holds a markable, so that expressions no one annotated are not
	// counted as false alarms.
	lastSent := -1
	for _, m := range f.Markables.Other {
		for _, a := range m.Anchors {
			if w, ok := where[a.ID]; ok {
				lastSent = max(lastSent, w[0])
			}
		}
	}
	for _, x := range f.Markables.Timexes {
		for _, a := range x.Anchors {
			if w, ok := where[a.ID]; ok {
				lastSent = max(lastSent, w[0])
			}
		}
	}
	if lastSent >= 0 {
		sents = sents[:lastSent+1]
	}
	// The title (sentence 0) and the dateline (sentence 1) are
	// paragraphs of their own.
	text, spans := detok.Join(sents, func(si int) string {
		if si <= 2 {
			return "\n\n"
		}
		return " "
	})
	d := &Document{Text: text}
	for _, x := range f.Markables.Timexes {
		if len(x.Anchors) == 0 {
			continue
		}
		sp := doc.Span{Start: -1}
		for _, a := range x.Anchors {
			w, ok := where[a.ID]
			if !ok || w[0] >= len(spans) {
				return nil, fmt.Errorf("TIMEX3 anchored on token %d, which the document does not have", a.ID)
			}
			s, e := spans[w[0]][w[1]][0], spans[w[0]][w[1]][1]
			if sp.Start < 0 || s < sp.Start {
				sp.Start = s
			}
			if e > sp.End {
				sp.End = e
			}
		}
		if x.Function == "CREATION_TIME" {
			if d.DCTValue == "" {
				d.DCTValue = x.Value
				d.DCT = parseValue(x.Value)
				if d.DCT.IsZero() {
					// One MEANTIME file writes its creation time
					// day first ("03-02-2009" over a dateline of
					// February 3, 2009).
					if t, err := time.Parse("02-01-2006", x.Value); err == nil {
						d.DCT = t
					}
				}
				d.Unscored = append(d.Unscored, sp)
			}
			continue
		}
		d.Timexes = append(d.Timexes, Gold{Span: sp, Text: text[sp.Start:sp.End], Type: x.Type, Value: x.Value})
	}
	if d.DCT.IsZero() && len(sents) > 1 {
		// Two files have no creation-time markable: their dateline
		// ("September 01 , 2007") is an expression like any other, and
		// their annotators anchored on it, as we do.
		line := strings.Join(sents[1], " ")
		for _, layout := range []string{"January 02 , 2006", "January 2 , 2006"} {
			if t, err := time.Parse(layout, line); err == nil {
				d.DCT, d.DCTValue = t, t.Format("2006-01-02")
				break
			}
		}
	}
	sort.SliceStable(d.Timexes, func(a, b int) bool { return d.Timexes[a].Start < d.Timexes[b].Start })
	return d, nil
}

// ReadFile reads a TimeML file, or a CAT XML file (MEANTIME).
func ReadFile(path string) (*Document, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	parse := Parse
	if isCAT(b) {
		parse = ParseCAT
	}
	d, err := parse(b)
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	d.Name = filepath.Base(path)
	return d, nil
}
