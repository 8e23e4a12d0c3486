package conll

import (
	"fmt"
	"sort"
	"strings"
)

// Chunk is an entity span over token positions [Start, End) with its type.
type Chunk struct {
	Start, End int
	Type       string
}

// split returns the prefix and type of a tag. BILOU's L and U are read as
// E and S.
func split(tag string) (prefix byte, typ string) {
	if tag == "" || tag == "O" || len(tag) < 3 || tag[1] != '-' {
		return 'O', ""
	}
	p := tag[0]
	switch p {
	case 'L':
		p = 'E'
	case 'U':
		p = 'S'
	case 'B', 'I', 'E', 'S':
	default:
		return 'O', ""
	}
	return p, tag[2:]
}

// chunkEnds reports whether a chunk ends between the previous tag and the
// current one (conlleval's endOfChunk).
func chunkEnds(prev byte, prevType string, cur byte, curType string) bool {
	switch {
	case prev == 'E' || prev == 'S':
		return true
	case prev == 'B' || prev == 'I':
		if cur == 'B' || cur == 'S' || cur == 'O' {
			return true
		}
	}
	return prev != 'O' && prevType != curType
}

// chunkStarts reports whether a chunk starts at the current tag
// (conlleval's startOfChunk).
func chunkStarts(prev byte, prevType string, cur byte, curType string) bool {
	switch {
	case cur == 'B' || cur == 'S':
		return true
	case (prev == 'E' || prev == 'S' || prev == 'O') && (cur == 'E' || cur == 'I'):
		return true
	}
	return cur != 'O' && prevType != curType
}

// Chunks returns the chunks that a tag sequence encodes, reading IOB1, BIO
// (IOB2), IOE and BILOU/BIOES tags as conlleval does.
func Chunks(tags []string) []Chunk {
	var out []Chunk
	prev, prevType := byte('O'), ""
	start := -1
	for i := 0; i <= len(tags); i++ {
		cur, curType := byte('O'), ""
		if i < len(tags) {
			cur, curType = split(tags[i])
		}
		if start >= 0 && chunkEnds(prev, prevType, cur, curType) {
			out = append(out, Chunk{Start: start, End: i, Type: prevType})
			start = -1
		}
		if chunkStarts(prev, prevType, cur, curType) {
			start = i
		}
		prev, prevType = cur, curType
	}
	return out
}

// Counts are chunk counts for one type or overall.
type Counts struct {
	Gold, Pred, Correct int
}

// PRF are precision, recall and F1 as fractions in [0, 1].
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (c Counts) prf() PRF {
	var p PRF
	if c.Pred > 0 {
		p.Precision = float64(c.Correct) / float64(c.Pred)
	}
	if c.Gold > 0 {
		p.Recall = float64(c.Correct) / float64(c.Gold)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
	return p
}

// Result is the outcome of scoring: overall and per-type precision, recall
// and F1, with the chunk counts they come from.
type Result struct {
	PRF
	ByType map[string]PRF `json:"by_type"`
	// Counts holds the chunk counts overall; TypeCounts per type.
	Counts     Counts            `json:"-"`
	TypeCounts map[string]Counts `json:"-"`
	// Tokens is the number of gold tags scored.
	Tokens int `json:"-"`
}

// Score compares predicted tag sequences with gold ones, sentence by
// sentence, and counts a predicted chunk as correct when a gold chunk has
// the same start, end and type. A predicted sentence shorter than its gold
// sentence is padded with O; extra predicted tags and sentences are ignored,
// and a missing predicted sentence counts as all O.
func Score(gold, pred [][]string) Result {
	r := Result{ByType: map[string]PRF{}, TypeCounts: map[string]Counts{}}
	var buf []string
	for i, g := range gold {
		var p []string
		if i < len(pred) {
			p = pred[i]
		}
		if len(p) != len(g) {
			buf = append(buf[:0], p[:min(len(p), len(g))]...)
			for len(buf) < len(g) {
				buf = append(buf, "O")
			}
			p = buf
		}
		r.Tokens += len(g)
		gc, pc := Chunks(g), Chunks(p)
		set := make(map[Chunk]bool, len(gc))
		for _, c := range gc {
			set[c] = true
			tc := r.TypeCounts[c.Type]
			tc.Gold++
			r.TypeCounts[c.Type] = tc
		}
		for _, c := range pc {
			tc := r.TypeCounts[c.Type]
			tc.Pred++
			if set[c] {
				tc.Correct++
			}
			r.TypeCounts[c.Type] = tc
		}
	}
	for t, c := range r.TypeCounts {
		r.Counts.Gold += c.Gold
		r.Counts.Pred += c.Pred
		r.Counts.Correct += c.Correct
		r.ByType[t] = c.prf()
	}
	r.PRF = r.Counts.prf()
	return r
}

// Table returns the result as a text table in the manner of conlleval:
// one line per type and an overall line, with percentages.
func (r Result) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-10s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "f1", "gold", "pred", "correct")
	types := make([]string, 0, len(r.TypeCounts))
	for t := range r.TypeCounts {
		types = append(types, t)
	}
	sort.Strings(types)
	row := func(name string, p PRF, c Counts) {
		fmt.Fprintf(&b, "%-10s %8.2f%% %8.2f%% %9.2f %7d %7d %7d\n", name, 100*p.Precision, 100*p.Recall, 100*p.F1, c.Gold, c.Pred, c.Correct)
	}
	for _, t := range types {
		row(t, r.ByType[t], r.TypeCounts[t])
	}
	row("overall", r.PRF, r.Counts)
	return b.String()
}
