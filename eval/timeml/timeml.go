// Package timeml scores a time expression tagger against TimeML gold
// files (TimeBank, AQUAINT, TempEval-3) with the TempEval-3 measures. It
// also reads CAT XML, the token-anchored format of the MEANTIME news
// corpus, whose TIMEX3 markables follow the same guidelines.
//
// Each file's DCT is the TIMEX3 whose functionInDocument is
// CREATION_TIME; it anchors the tagger and is not scored. The tagger
// runs over the TEXT element's content with the tags removed and XML
// entities decoded; gold spans are kept in byte offsets of that same
// text, so system and gold spans compare directly.
//
//   - Strict recognition: a system expression matches when its span
//     equals a gold span. P = matches/system, R = matches/gold.
//   - Relaxed recognition: any overlap. P = system expressions that
//     overlap a gold one / system, R = gold expressions that overlap a
//     system one / gold.
//   - Value and type: overlapping pairs are formed one to one (exact
//     spans first, then the largest overlaps); a pair counts as correct
//     when its values (types) are equal strings, case aside. Value
//     P = correct/system, R = correct/gold, F1 their harmonic mean;
//     accuracies are correct/pairs.
package timeml

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/doc"
)

// Gold is one gold TIMEX3 of a document.
type Gold struct {
	doc.Span
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// Document is a TimeML file reduced to what timex scoring needs.
type Document struct {
	Name string
	// DCT is the document creation time, zero when the file has none.
	DCT time.Time
	// DCTValue is the TimeML value of the creation time.
	DCTValue string
	// Text is the TEXT element's content with tags removed and entities
	// decoded. Timexes are its gold expressions, their spans given in
	// byte offsets of Text, the same offsets a tagger run over Text
	// returns: this is the map from system offsets to gold spans.
	Text    string
	Timexes []Gold
	// Unscored are spans of Text where system expressions are not
	// scored: the creation time where the text itself carries it (a CAT
	// document's dateline).
	Unscored []doc.Span
}

// Parse reads a TimeML document: the DCT TIMEX3 (functionInDocument
// CREATION_TIME) and the TEXT element with its TIMEX3 spans. Gold
// TIMEX3s marked as the creation time are not returned.
func Parse(b []byte) (*Document, error) {
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	d := &Document{}
	var text strings.Builder
	inText := 0
	type open struct {
		start int
		attrs map[string]string
	}
	var stack []open
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("xml: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText++
			case "TIMEX3":
				a := map[string]string{}
				for _, at := range t.Attr {
					a[at.Name.Local] = at.Value
				}
				stack = append(stack, open{start: text.Len(), attrs: a})
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText--
			case "TIMEX3":
				if len(stack) == 0 {
					continue
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if o.attrs["functionInDocument"] == "CREATION_TIME" {
					if d.DCTValue == "" {
						d.DCTValue = o.attrs["value"]
						d.DCT = parseValue(o.attrs["value"])
					}
					continue
				}
				if inText == 0 {
					continue
				}
				s, e := o.start, text.Len()
				d.Timexes = append(d.Timexes, Gold{Span: doc.Span{Start: s, End: e}, Type: o.attrs["type"], Value: o.attrs["value"]})
			}
		case xml.CharData:
			if inText > 0 {
				text.Write(t)
			}
		}
	}
	d.Text = text.String()
	for i := range d.Timexes {
		g := &d.Timexes[i]
		// Trim spaces that the annotation included at either end.
		for g.Start < g.End && isSpace(d.Text[g.Start]) {
			g.Start++
		}
		for g.End > g.Start && isSpace(d.Text[g.End-1]) {
			g.End--
		}
		g.Text = d.Text[g.Start:g.End]
	}
	return d, nil
}

// isSpace reports whether b is ASCII white space.
func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// parseValue parses the date part of a TimeML DCT value.
func parseValue(v string) time.Time {
	if len(v) >= 10 {
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return t
		}
	}
	if len(v) >= 8 {
		if t, err := time.Parse("20060102", v[:8]); err == nil {
			return t
		}
	}
	return time.Time{}
}

// Counts are the raw tallies behind a Result.
type Counts struct {
	Gold   int `json:"gold"`
	System int `json:"system"`
	// StrictMatch counts system expressions with exactly a gold span.
	StrictMatch int `json:"strict_match"`
	// RelaxedGold and RelaxedSystem count gold and system expressions
	// that overlap at least one of the other side.
	RelaxedGold   int `json:"relaxed_gold"`
	RelaxedSystem int `json:"relaxed_system"`
	// Pairs counts one-to-one overlapping pairs; ValueOK and TypeOK
	// count those whose value and type agree.
	Pairs   int `json:"pairs"`
	ValueOK int `json:"value_ok"`
	TypeOK  int `json:"type_ok"`
}

// Result holds the TempEval-3 timex scores of a run.
type Result struct {
	Docs int `json:"docs"`
	Counts
	StrictP   float64 `json:"strict_precision"`
	StrictR   float64 `json:"strict_recall"`
	StrictF1  float64 `json:"strict_f1"`
	RelaxedP  float64 `json:"relaxed_precision"`
	RelaxedR  float64 `json:"relaxed_recall"`
	RelaxedF1 float64 `json:"relaxed_f1"`
	// ValueP is correct values over system expressions, ValueR over gold
	// ones, ValueF1 their harmonic mean (TempEval-3 "value F1").
	ValueP  float64 `json:"value_precision"`
	ValueR  float64 `json:"value_recall"`
	ValueF1 float64 `json:"value_f1"`
	// ValueAcc and TypeAcc are accuracies over matched pairs.
	ValueAcc float64 `json:"value_accuracy"`
	TypeAcc  float64 `json:"type_accuracy"`
	TypeF1   float64 `json:"type_f1"`
	// Errors are mismatches for inspection, when requested.
	Errors []Error `json:"errors,omitempty"`
}

// Error is a miss, a false alarm or a wrong value, for inspection.
type Error struct {
	Doc  string `json:"doc"`
	Kind string `json:"kind"` // "miss", "false", "value", "span"
	Gold *Gold  `json:"gold,omitempty"`
	Sys  *Gold  `json:"sys,omitempty"`
	// Context is the text around the expression.
	Context string `json:"context"`
}

// Evaluate runs find over every TimeML (.tml) and CAT (.xml) file under
// dir, recursively, and scores it.
func Evaluate(dir string, find func(string, time.Time) []doc.Timex) (Result, error) {
	return EvaluateDetail(dir, find, false)
}

// EvaluateDetail is Evaluate that also lists the errors when detail is
// true.
func EvaluateDetail(dir string, find func(string, time.Time) []doc.Timex, detail bool) (Result, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && (strings.HasSuffix(path, ".tml") || strings.HasSuffix(path, ".xml")) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return Result{}, fmt.Errorf("walk %s: %w", dir, err)
	}
	if len(files) == 0 {
		return Result{}, fmt.Errorf("no .tml or .xml files under %s", dir)
	}
	sort.Strings(files)
	var r Result
	for _, f := range files {
		d, err := ReadFile(f)
		if err != nil {
			return Result{}, err
		}
		sys := scored(d, find(d.Text, d.DCT))
		r.add(d, sys, detail)
		r.Docs++
	}
	r.finish()
	return r, nil
}

// Score scores one document's system output against its gold.
func Score(d *Document, sys []doc.Timex) Result {
	var r Result
	r.add(d, scored(d, sys), false)
	r.Docs = 1
	r.finish()
	return r
}

// scored drops the system expressions that overlap the document's
// unscored spans (a creation time written in the text).
func scored(d *Document, sys []doc.Timex) []doc.Timex {
	if len(d.Unscored) == 0 {
		return sys
	}
	out := sys[:0:0]
	for _, t := range sys {
		skip := false
		for _, u := range d.Unscored {
			if t.Overlaps(u) {
				skip = true
			}
		}
		if !skip {
			out = append(out, t)
		}
	}
	return out
}

// add tallies one document.
func (r *Result) add(d *Document, sys []doc.Timex, detail bool) {
	gold := d.Timexes
	r.Gold += len(gold)
	r.System += len(sys)
	gHit := make([]bool, len(gold))
	sHit := make([]bool, len(sys))
	for si, s := range sys {
		for gi, g := range gold {
			if s.Span == g.Span {
				r.StrictMatch++
			}
			if s.Overlaps(g.Span) {
				gHit[gi], sHit[si] = true, true
			}
		}
	}
	for _, h := range gHit {
		if h {
			r.RelaxedGold++
		}
	}
	for _, h := range sHit {
		if h {
			r.RelaxedSystem++
		}
	}
	// One-to-one pairs: exact spans first, then the largest overlaps.
	type pair struct{ g, s, ov int }
	var cands []pair
	for si, s := range sys {
		for gi, g := range gold {
			if s.Overlaps(g.Span) {
				ov := min(s.End, g.End) - max(s.Start, g.Start)
				if s.Span == g.Span {
					ov += 1 << 20
				}
				cands = append(cands, pair{gi, si, ov})
			}
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].ov > cands[b].ov })
	gUsed := make([]bool, len(gold))
	sUsed := make([]bool, len(sys))
	for _, c := range cands {
		if gUsed[c.g] || sUsed[c.s] {
			continue
		}
		gUsed[c.g], sUsed[c.s] = true, true
		g, s := gold[c.g], sys[c.s]
		r.Pairs++
		vok := strings.EqualFold(strings.TrimSpace(g.Value), strings.TrimSpace(s.Value))
		if vok {
			r.ValueOK++
		}
		if strings.EqualFold(g.Type, s.Type) {
			r.TypeOK++
		}
		if detail && (!vok || g.Span != s.Span) {
			kind := "value"
			if vok {
				kind = "span"
			}
			r.Errors = append(r.Errors, Error{Doc: d.Name, Kind: kind, Gold: &gold[c.g], Sys: sysGold(s), Context: context(d.Text, g.Span)})
		}
	}
	if detail {
		for gi := range gold {
			if !gHit[gi] {
				r.Errors = append(r.Errors, Error{Doc: d.Name, Kind: "miss", Gold: &gold[gi], Context: context(d.Text, gold[gi].Span)})
			}
		}
		for si, s := range sys {
			if !sHit[si] {
				r.Errors = append(r.Errors, Error{Doc: d.Name, Kind: "false", Sys: sysGold(s), Context: context(d.Text, s.Span)})
			}
		}
	}
}

// sysGold converts a system timex for error listings.
func sysGold(t doc.Timex) *Gold {
	return &Gold{Span: t.Span, Text: t.Text, Type: t.Type, Value: t.Value}
}

// context returns up to 60 bytes either side of s, on one line.
func context(text string, s doc.Span) string {
	a, b := max(0, s.Start-60), min(len(text), s.End+60)
	c := text[a:s.Start] + "[[" + text[s.Start:s.End] + "]]" + text[s.End:b]
	return strings.Join(strings.Fields(c), " ")
}

// finish computes the ratios from the counts.
func (r *Result) finish() {
	r.StrictP, r.StrictR = ratio(r.StrictMatch, r.System), ratio(r.StrictMatch, r.Gold)
	r.StrictF1 = f1(r.StrictP, r.StrictR)
	r.RelaxedP, r.RelaxedR = ratio(r.RelaxedSystem, r.System), ratio(r.RelaxedGold, r.Gold)
	r.RelaxedF1 = f1(r.RelaxedP, r.RelaxedR)
	r.ValueP, r.ValueR = ratio(r.ValueOK, r.System), ratio(r.ValueOK, r.Gold)
	r.ValueF1 = f1(r.ValueP, r.ValueR)
	r.ValueAcc, r.TypeAcc = ratio(r.ValueOK, r.Pairs), ratio(r.TypeOK, r.Pairs)
	r.TypeF1 = f1(ratio(r.TypeOK, r.System), ratio(r.TypeOK, r.Gold))
}

// ratio returns a/b, 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// f1 returns the harmonic mean of p and r.
func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Table renders the result for people.
func (r Result) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "docs %d  gold %d  system %d  pairs %d\n", r.Docs, r.Gold, r.System, r.Pairs)
	fmt.Fprintf(&b, "%-10s %9s %9s %9s\n", "measure", "precision", "recall", "F1")
	fmt.Fprintf(&b, "%-10s %9.4f %9.4f %9.4f\n", "strict", r.StrictP, r.StrictR, r.StrictF1)
	fmt.Fprintf(&b, "%-10s %9.4f %9.4f %9.4f\n", "relaxed", r.RelaxedP, r.RelaxedR, r.RelaxedF1)
	fmt.Fprintf(&b, "%-10s %9.4f %9.4f %9.4f\n", "value", r.ValueP, r.ValueR, r.ValueF1)
	fmt.Fprintf(&b, "%-10s %9s %9s %9.4f\n", "type", "", "", r.TypeF1)
	fmt.Fprintf(&b, "value accuracy %.4f  type accuracy %.4f (over matched pairs)\n", r.ValueAcc, r.TypeAcc)
	return b.String()
}

// JSON returns the result as indented JSON.
func (r Result) JSON() ([]byte, error) {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("marshal result: %w", err)
	}
	return b, nil
}
