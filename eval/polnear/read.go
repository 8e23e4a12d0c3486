// Package polnear reads the PolNeAR corpus of attributions in political
// news (Newell, Margolin and Ruths, LREC 2018) and scores the quotations
// that package quote finds against it.
//
// A PolNeAR split folder holds text/<article>.txt and
// attributions/<article>_<annotator>.ann, brat stand-off files whose
// Source, Cue and Content spans are code-point offsets into the text,
// grouped by event lines ("E<n> Attribution:T<a> Content:T<b>
// Cue:T<c> Source:T<d>"; a Content may have several fragments and an event several
// Contents). A few articles were annotated by several annotators, each in
// its own file: Read keeps the file of the annotator whose ID sorts first,
// so every article is scored against exactly one annotation.
package polnear

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/doc"
)

// Attribution is one gold attribution: who (Source) says or thinks (Cue)
// what (Content). Spans are byte offsets into Article.Text, in text order.
type Attribution struct {
	Source  []doc.Span
	Cue     []doc.Span
	Content []doc.Span
}

// Article is one PolNeAR article with the attributions of one annotator.
type Article struct {
	Name      string
	Annotator string
	// Text is the article text, NFC normalized.
	Text         string
	Attributions []Attribution
}

// Read reads every article of a PolNeAR split folder (one holding text/ and
// attributions/), in name order.
func Read(dir string) ([]Article, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", dir, err)
	}
	if len(anns) == 0 {
		return nil, fmt.Errorf("read %s: no attributions/*.ann files", dir)
	}
	slices.Sort(anns)
	// Keep one annotator per article: the first ID in sort order.
	chosen := map[string]string{}
	var names []string
	for _, a := range anns {
		base := strings.TrimSuffix(filepath.Base(a), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			return nil, fmt.Errorf("read %s: annotation file name has no _annotator suffix", a)
		}
		name, ann := base[:i], base[i+1:]
		if prev, ok := chosen[name]; !ok || ann < prev {
			if !ok {
				names = append(names, name)
			}
			chosen[name] = ann
		}
	}
	arts := make([]Article, 0, len(names))
	for _, name := range names {
		a, err := readArticle(dir, name, chosen[name])
		if err != nil {
			return nil, err
		}
		arts = append(arts, a)
	}
	return arts, nil
}

// textbound is a T line of a brat file: a typed, possibly discontinuous
// span in code points.
type textbound struct {
	typ   string
	frags [][2]int
}

func readArticle(dir, name, annotator string) (Article, error) {
	tpath := filepath.Join(dir, "text", name+".txt")
	raw, err := os.ReadFile(tpath)
	if err != nil {
		return Article{}, fmt.Errorf("read %s: %w", tpath, err)
	}
	apath := filepath.Join(dir, "attributions", name+"_"+annotator+".ann")
	f, err := os.Open(apath)
	if err != nil {
		return Article{}, fmt.Errorf("read %s: %w", apath, err)
	}
	defer f.Close()
	text, toNFC := normalize(string(raw))
	// cpByte maps a code-point offset of the raw text to its byte offset.
	cpByte := make([]int, 0, len(raw)+1)
	for i := range string(raw) {
		cpByte = append(cpByte, i)
	}
	cpByte = append(cpByte, len(raw))

	tbs := map[string]textbound{}
	var events [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		id := fields[0]
		switch {
		case len(fields) >= 2 && isID(id, 'T'):
			tb, err := parseTextbound(fields[1])
			if err != nil {
				return Article{}, fmt.Errorf("read %s:%d: %w", apath, line, err)
			}
			tbs[id] = tb
		case len(fields) >= 2 && isID(id, 'E'):
			events = append(events, strings.Fields(fields[1]))
		}
		// Other lines (notes, the continuation of a span text that holds a
		// line break) carry nothing we score.
	}
	if err := sc.Err(); err != nil {
		return Article{}, fmt.Errorf("read %s: %w", apath, err)
	}
	conv := func(cp int) (int, error) {
		if cp < 0 || cp >= len(cpByte) {
			return 0, fmt.Errorf("offset %d outside the text of %d code points", cp, len(cpByte)-1)
		}
		return toNFC[cpByte[cp]], nil
	}
	spans := func(ref string) ([]doc.Span, error) {
		tb, ok := tbs[ref]
		if !ok {
			return nil, fmt.Errorf("event refers to unknown %s", ref)
		}
		var out []doc.Span
		for _, fr := range tb.frags {
			s, err := conv(fr[0])
			if err != nil {
				return nil, err
			}
			e, err := conv(fr[1])
			if err != nil {
				return nil, err
			}
			if e > s {
				out = append(out, doc.Span{Start: s, End: e})
			}
		}
		return out, nil
	}
	art := Article{Name: name, Annotator: annotator, Text: text}
	for _, ev := range events {
		var a Attribution
		for _, arg := range ev {
			role, ref, ok := strings.Cut(arg, ":")
			if !ok {
				continue
			}
			role = strings.TrimRight(role, "0123456789")
			var dst *[]doc.Span
			switch role {
			case "Source":
				dst = &a.Source
			case "Cue":
				dst = &a.Cue
			case "Content":
				dst = &a.Content
			default:
				continue
			}
			sp, err := spans(ref)
			if err != nil {
				return Article{}, fmt.Errorf("read %s: %w", apath, err)
			}
			*dst = append(*dst, sp...)
		}
		if len(a.Content) == 0 {
			continue
		}
		for _, s := range [][]doc.Span{a.Source, a.Cue, a.Content} {
			slices.SortFunc(s, func(x, y doc.Span) int { return x.Start - y.Start })
		}
		art.Attributions = append(art.Attributions, a)
	}
	return art, nil
}

func isID(s string, prefix byte) bool {
	if len(s) < 2 || s[0] != prefix {
		return false
	}
	_, err := strconv.Atoi(s[1:])
	return err == nil
}

// parseTextbound parses "Content 12 40;45 60".
func parseTextbound(s string) (textbound, error) {
	typ, rest, ok := strings.Cut(s, " ")
	if !ok {
		return textbound{}, fmt.Errorf("text-bound %q has no offsets", s)
	}
	tb := textbound{typ: typ}
	for _, fr := range strings.Split(rest, ";") {
		a, b, ok := strings.Cut(strings.TrimSpace(fr), " ")
		if !ok {
			return textbound{}, fmt.Errorf("bad fragment %q", fr)
		}
		x, err1 := strconv.Atoi(a)
		y, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || y < x {
			return textbound{}, fmt.Errorf("bad fragment %q", fr)
		}
		tb.frags = append(tb.frags, [2]int{x, y})
	}
	return tb, nil
}

// normalize returns the NFC form of s and a map from each byte offset of s
// (and len(s)) to the matching offset of the NFC form. An offset inside a
// sequence that normalization rewrote maps to the sequence's start.
func normalize(s string) (string, []int) {
	m := make([]int, len(s)+1)
	if norm.NFC.IsNormalString(s) {
		for i := range m {
			m[i] = i
		}
		return s, m
	}
	var it norm.Iter
	it.InitString(norm.NFC, s)
	var out []byte
	for !it.Done() {
		in := it.Pos()
		seg := it.Next()
		inEnd := it.Pos()
		for b := in; b < inEnd; b++ {
			m[b] = len(out)
		}
		out = append(out, seg...)
	}
	m[len(s)] = len(out)
	if !utf8.Valid(out) {
		return s, identity(len(s))
	}
	return string(out), m
}

func identity(n int) []int {
	m := make([]int, n+1)
	for i := range m {
		m[i] = i
	}
	return m
}
