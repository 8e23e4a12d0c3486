package polnear

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/quote"
)

// Thresholds of token overlap at which a predicted and a gold content span
// match.
const (
	Loose  = 0.3
	Strict = 0.8
)

// Scores are precision, recall and F1 of content spans for one set of
// attributions.
type Scores struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// F1Strict is the F1 at overlap Strict (0.8); the others are at Loose
	// (0.3).
	F1Strict        float64 `json:"f1_at_0.8"`
	PrecisionStrict float64 `json:"precision_at_0.8"`
	RecallStrict    float64 `json:"recall_at_0.8"`
	Gold            int     `json:"gold"`
	Predicted       int     `json:"predicted"`
	// GoldFound and PredictedRight count matched gold and predicted
	// attributions at Loose; the Strict ones at Strict.
	GoldFound            int `json:"gold_found"`
	PredictedRight       int `json:"predicted_right"`
	GoldFoundStrict      int `json:"gold_found_at_0.8"`
	PredictedRightStrict int `json:"predicted_right_at_0.8"`
}

// Result is the score of quote extraction on a PolNeAR split.
//
// Units. Content spans are compared as sets of word tokens: maximal runs of
// letters and digits of the text, so quotation marks and punctuation count
// for nothing. The overlap of a gold content G and a predicted content P is
// |G ∩ P| / max(|G|, |P|), in tokens; they match at threshold t when the
// overlap is at least t. Gold attributions and predictions are matched one
// to one, greedily by decreasing overlap, per article.
//
// A predicted attribution is a quote, or the quotes that share one non-zero
// CueSpan (the parts of a quotation split by its attribution, or running
// over several paragraphs, which PolNeAR annotates as one Content with
// several fragments).
//
// Direct. A gold attribution is direct when at least half of its content's
// word tokens lie inside quotation marks (double marks, paired per
// paragraph); a prediction is direct when its quotes are Direct. Direct
// precision is the share of direct predictions that match a gold
// attribution, direct recall the share of direct gold attributions that a
// prediction matches, both from the one matching of all attributions.
//
// Speaker. Over matched pairs whose gold has a Source, the speaker is right
// when the prediction's SpeakerSpan overlaps the Source, or when the
// prediction's Speaker entity is the entity of a mention that overlaps the
// Source (how a pronoun source counts when coreference linked it).
type Result struct {
	Articles int    `json:"articles"`
	Direct   Scores `json:"direct"`
	All      Scores `json:"all"`
	// SpeakerAccuracy is over matched direct gold attributions with a
	// Source; SpeakerAccuracyAll over all matched ones with a Source.
	SpeakerAccuracy    float64 `json:"speaker_accuracy"`
	SpeakerAccuracyAll float64 `json:"speaker_accuracy_all"`
	SpeakerRight       int     `json:"speaker_right"`
	SpeakerTotal       int     `json:"speaker_total"`
	SpeakerRightAll    int     `json:"speaker_right_all"`
	SpeakerTotalAll    int     `json:"speaker_total_all"`
}

// Table returns the result as a small text table.
func (r Result) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "PolNeAR, %d articles\n", r.Articles)
	fmt.Fprintf(&b, "%-8s %6s %6s %6s %6s %6s %6s %6s %6s\n", "", "gold", "pred", "P", "R", "F1", "P@0.8", "R@0.8", "F1@0.8")
	for _, row := range []struct {
		name string
		s    Scores
	}{{"direct", r.Direct}, {"all", r.All}} {
		s := row.s
		fmt.Fprintf(&b, "%-8s %6d %6d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f\n", row.name, s.Gold, s.Predicted,
			s.Precision, s.Recall, s.F1, s.PrecisionStrict, s.RecallStrict, s.F1Strict)
	}
	fmt.Fprintf(&b, "speaker accuracy: direct %.3f (%d/%d), all %.3f (%d/%d)\n",
		r.SpeakerAccuracy, r.SpeakerRight, r.SpeakerTotal, r.SpeakerAccuracyAll, r.SpeakerRightAll, r.SpeakerTotalAll)
	return b.String()
}

// Evaluate scores quote extraction on the PolNeAR split folder dir.
// annotate prepares each article's text (segmentation, and tagging and
// coreference when the caller has them); Evaluate then runs quote.Extract
// on the document, replacing any quotes it holds, and scores them.
func Evaluate(dir string, annotate func(text string) *doc.Doc) (Result, error) {
	return EvaluateTo(dir, annotate, nil)
}

// EvaluateTo is Evaluate that also writes each missed and spurious
// attribution and each matched one with a wrong speaker (with the text
// before it) to errs, when errs is not nil, for error analysis.
func EvaluateTo(dir string, annotate func(text string) *doc.Doc, errs io.Writer) (Result, error) {
	arts, err := Read(dir)
	if err != nil {
		return Result{}, err
	}
	var t tally
	for _, a := range arts {
		d := annotate(a.Text)
		if d == nil {
			return Result{}, fmt.Errorf("evaluate %s: annotate returned no document", a.Name)
		}
		if d.Body != a.Text {
			return Result{}, fmt.Errorf("evaluate %s: annotate changed the text", a.Name)
		}
		d.Quotes = d.Quotes[:0]
		quote.Extract(d)
		t.article(a, d, errs)
	}
	return t.result(len(arts)), nil
}

// tally accumulates counts over articles.
type tally struct {
	direct, all           counts
	spk, spkN, spkA, spkB int
}

type counts struct {
	gold, pred, goldHit, predHit, goldHitS, predHitS int
}

func (c counts) scores() Scores {
	p, r := ratio(c.predHit, c.pred), ratio(c.goldHit, c.gold)
	ps, rs := ratio(c.predHitS, c.pred), ratio(c.goldHitS, c.gold)
	return Scores{
		Precision: p, Recall: r, F1: f1(p, r),
		PrecisionStrict: ps, RecallStrict: rs, F1Strict: f1(ps, rs),
		Gold: c.gold, Predicted: c.pred,
		GoldFound: c.goldHit, PredictedRight: c.predHit,
		GoldFoundStrict: c.goldHitS, PredictedRightStrict: c.predHitS,
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (t *tally) result(n int) Result {
	return Result{
		Articles: n, Direct: t.direct.scores(), All: t.all.scores(),
		SpeakerAccuracy: ratio(t.spk, t.spkN), SpeakerRight: t.spk, SpeakerTotal: t.spkN,
		SpeakerAccuracyAll: ratio(t.spkA, t.spkB), SpeakerRightAll: t.spkA, SpeakerTotalAll: t.spkB,
	}
}

// unit is a gold or predicted attribution reduced to what is scored.
type unit struct {
	toks    []int32 // sorted word-token indexes of the content
	direct  bool
	source  []doc.Span // gold
	cue     []doc.Span // gold
	spkSpan doc.Span   // predicted
	speaker int        // predicted entity
	quotes  []int      // predicted: indexes in Doc.Quotes
}

// article scores one article.
func (t *tally) article(a Article, d *doc.Doc, errs io.Writer) {
	words, inside := wordTokens(a.Text)
	tokensOf := func(spans []doc.Span) []int32 {
		var out []int32
		for _, s := range spans {
			i, _ := slices.BinarySearchFunc(words, s.Start, func(w doc.Span, off int) int { return cmp.Compare(w.End, off+1) })
			for ; i < len(words) && words[i].Start < s.End; i++ {
				if words[i].Overlaps(s) {
					out = append(out, int32(i))
				}
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	var gold []unit
	for _, at := range a.Attributions {
		u := unit{toks: tokensOf(at.Content), source: at.Source, cue: at.Cue, speaker: -1}
		if len(u.toks) == 0 {
			continue
		}
		in := 0
		for _, k := range u.toks {
			if inside[k] {
				in++
			}
		}
		u.direct = 2*in >= len(u.toks)
		gold = append(gold, u)
	}
	// Group predicted quotes by cue.
	var pred []unit
	byCue := map[doc.Span]int{}
	for qi, q := range d.Quotes {
		k, ok := byCue[q.CueSpan]
		if !ok || q.CueSpan == (doc.Span{}) {
			k = len(pred)
			pred = append(pred, unit{speaker: -1})
			if q.CueSpan != (doc.Span{}) {
				byCue[q.CueSpan] = k
			}
		}
		u := &pred[k]
		u.quotes = append(u.quotes, qi)
		u.toks = append(u.toks, tokensOf([]doc.Span{q.Span})...)
		u.direct = u.direct || q.Direct
		if u.spkSpan == (doc.Span{}) {
			u.spkSpan = q.SpeakerSpan
		}
		if u.speaker < 0 {
			u.speaker = q.Speaker
		}
	}
	kept := pred[:0]
	for _, u := range pred {
		slices.Sort(u.toks)
		u.toks = slices.Compact(u.toks)
		if len(u.toks) > 0 {
			kept = append(kept, u)
		}
	}
	pred = kept

	loose := match(gold, pred, Loose)
	strict := match(gold, pred, Strict)
	for gi, g := range gold {
		t.all.gold++
		if g.direct {
			t.direct.gold++
		}
		if loose.g[gi] >= 0 {
			t.all.goldHit++
			if g.direct {
				t.direct.goldHit++
			}
			p := pred[loose.g[gi]]
			if len(g.source) > 0 {
				ok := speakerRight(d, g, p)
				t.spkB++
				if ok {
					t.spkA++
				}
				if g.direct {
					t.spkN++
					if ok {
						t.spk++
					}
				}
				if !ok && errs != nil {
					fmt.Fprintf(errs, "SPEAKER %s direct=%v: gold %q pred %q (%s) cue %q | %s\n    context: %s\n", a.Name, g.direct,
						spansText(a.Text, g.source), d.Text(p.spkSpan), entityName(d, p.speaker), d.Quotes[p.quotes[0]].Cue,
						clip(quoteText(d, p)), contextBefore(a.Text, g.source[0], d.Quotes[p.quotes[0]].Span))
				}
			}
		} else if errs != nil {
			fmt.Fprintf(errs, "MISSED %s direct=%v src=%q cue=%q | %s\n", a.Name, g.direct, spansText(a.Text, g.source), spansText(a.Text, g.cue), clip(tokText(a.Text, words, g.toks)))
		}
		if strict.g[gi] >= 0 {
			t.all.goldHitS++
			if g.direct {
				t.direct.goldHitS++
			}
		}
	}
	for pi, p := range pred {
		t.all.pred++
		if p.direct {
			t.direct.pred++
		}
		if loose.p[pi] >= 0 {
			t.all.predHit++
			if p.direct {
				t.direct.predHit++
			}
		} else if errs != nil {
			fmt.Fprintf(errs, "SPURIOUS %s direct=%v spk=%q cue=%q | %s\n", a.Name, p.direct, d.Text(p.spkSpan), d.Quotes[p.quotes[0]].Cue, clip(quoteText(d, p)))
		}
		if strict.p[pi] >= 0 {
			t.all.predHitS++
			if p.direct {
				t.direct.predHitS++
			}
		}
	}
}

// speakerRight reports whether prediction p names the speaker of gold g.
func speakerRight(d *doc.Doc, g, p unit) bool {
	for _, s := range g.source {
		if p.spkSpan != (doc.Span{}) && p.spkSpan.Overlaps(s) {
			return true
		}
		if p.speaker < 0 {
			continue
		}
		for _, m := range d.Mentions {
			if m.Entity == p.speaker && m.Overlaps(s) {
				return true
			}
		}
	}
	return false
}

// matching holds, for each gold and predicted unit, its partner or -1.
type matching struct{ g, p []int }

// match pairs gold and predicted units one to one, greedily by decreasing
// overlap, keeping pairs whose overlap is at least th.
func match(gold, pred []unit, th float64) matching {
	type pair struct {
		g, p int
		ov   float64
	}
	var pairs []pair
	for gi, g := range gold {
		for pi, p := range pred {
			if g.toks[len(g.toks)-1] < p.toks[0] || p.toks[len(p.toks)-1] < g.toks[0] {
				continue
			}
			if ov := overlap(g.toks, p.toks); ov >= th {
				pairs = append(pairs, pair{gi, pi, ov})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return cmp.Compare(b.ov, a.ov) })
	m := matching{g: fill(len(gold)), p: fill(len(pred))}
	for _, pr := range pairs {
		if m.g[pr.g] < 0 && m.p[pr.p] < 0 {
			m.g[pr.g], m.p[pr.p] = pr.p, pr.g
		}
	}
	return m
}

func fill(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = -1
	}
	return s
}

// overlap returns |a ∩ b| / max(|a|, |b|) of two sorted token sets.
func overlap(a, b []int32) float64 {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(n) / float64(max(len(a), len(b)))
}

// wordTokens returns the word tokens of text (maximal runs of letters and
// digits) and, for each, whether it lies inside double quotation marks.
// Marks pair within a paragraph: a blank line closes an open quotation.
func wordTokens(text string) ([]doc.Span, []bool) {
	var words []doc.Span
	var inside []bool
	in := false
	start := -1
	nl := 0
	for i, r := range text {
		if (r == '\'' || r == '`') && i+1 < len(text) && rune(text[i+1]) == r && (i == 0 || rune(text[i-1]) != r) {
			// '' and `` stand for double marks.
			if r == '`' {
				r = '“'
			} else {
				r = '"'
			}
		}
		isW := unicode.IsLetter(r) || unicode.IsDigit(r)
		if isW {
			if start < 0 {
				start = i
			}
			nl = 0
			continue
		}
		if start >= 0 {
			words = append(words, doc.Span{Start: start, End: i})
			inside = append(inside, in)
			start = -1
		}
		switch r {
		case '\n':
			nl++
			if nl >= 2 {
				in = false
			}
		case '“', '„', '«':
			in = true
		case '”', '»':
			in = false
		case '"':
			in = !in
		}
		if r != '\n' && !unicode.IsSpace(r) {
			nl = 0
		}
	}
	if start >= 0 {
		words = append(words, doc.Span{Start: start, End: len(text)})
		inside = append(inside, in)
	}
	return words, inside
}

func spansText(text string, spans []doc.Span) string {
	var parts []string
	for _, s := range spans {
		parts = append(parts, text[s.Start:s.End])
	}
	return strings.Join(parts, " | ")
}

func tokText(text string, words []doc.Span, toks []int32) string {
	if len(toks) == 0 {
		return ""
	}
	return text[words[toks[0]].Start:words[toks[len(toks)-1]].End]
}

func quoteText(d *doc.Doc, p unit) string {
	var parts []string
	for _, qi := range p.quotes {
		parts = append(parts, d.Quotes[qi].Text)
	}
	return strings.Join(parts, " | ")
}

func clip(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if len(s) <= 160 {
		return s
	}
	i := 160
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

// entityName returns the name of entity e of d, or "-".
func entityName(d *doc.Doc, e int) string {
	if e < 0 || e >= len(d.Entities) {
		return "-"
	}
	return d.Entities[e].Name
}

// contextBefore returns the text from a little before the earlier of two
// spans to the end of the later, on one line, clipped at its start.
func contextBefore(text string, a, b doc.Span) string {
	from, to := min(a.Start, b.Start), max(a.End, b.End)
	from = max(0, from-300)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from--
	}
	s := strings.ReplaceAll(text[from:to], "\n", " ¶ ")
	if len(s) > 900 {
		i := len(s) - 900
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
		s = "…" + s[i:]
	}
	return s
}
