package ner

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words holds what unlabeled text says of words: a cluster bit string for
// the frequent ones and how often each word occurs, in all and away from
// the start of a sentence (from which the model learns how often a word is
// capitalised inside a sentence).
type Words struct {
	// Clusters maps a word to its cluster bit string ("0110…").
	Clusters map[string]string
	// Classes maps a word to its exchange classes (Exchange), one per
	// clustering.
	Classes map[string][]uint16
	// Count and Inside count each word's occurrences, in all and not
	// first in its sentence.
	Count, Inside map[string]int
}

// CountWords builds Words from sentences: counts, and clusters by Cluster.
func CountWords(sents [][]string, cfg ClusterConfig) *Words {
	w := &Words{Count: map[string]int{}, Inside: map[string]int{}}
	for _, s := range sents {
		for i, t := range s {
			w.Count[t]++
			if i > 0 {
				w.Inside[t]++
			}
		}
	}
	w.Clusters = Cluster(sents, cfg)
	w.Classes = Exchange(sents, cfg.Exchange)
	return w
}

// Write writes the words as lines of word, bit string ("-" for none),
// count, inside count and exchange classes (comma-separated, "-" for none),
// separated by tabs, sorted by word.
func (w *Words) Write(path string) error {
	keys := make([]string, 0, len(w.Count))
	for k, n := range w.Count {
		if n >= 2 || w.Clusters[k] != "" || len(w.Classes[k]) > 0 {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write words: %w", err)
	}
	b := bufio.NewWriter(f)
	for _, k := range keys {
		if strings.ContainsAny(k, "\t\n") {
			continue
		}
		bits := w.Clusters[k]
		if bits == "" {
			bits = "-"
		}
		cls := "-"
		if cs := w.Classes[k]; len(cs) > 0 {
			parts := make([]string, len(cs))
			for i, c := range cs {
				parts[i] = strconv.Itoa(int(c))
			}
			cls = strings.Join(parts, ",")
		}
		fmt.Fprintf(b, "%s\t%s\t%d\t%d\t%s\n", k, bits, w.Count[k], w.Inside[k], cls)
	}
	if err := b.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write words %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write words %s: %w", path, err)
	}
	return nil
}

// ReadWords reads a file written by Words.Write.
func ReadWords(path string) (*Words, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read words: %w", err)
	}
	defer f.Close()
	w := &Words{Clusters: map[string]string{}, Classes: map[string][]uint16{}, Count: map[string]int{}, Inside: map[string]int{}}
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 4 && len(cols) != 5 {
			return nil, fmt.Errorf("read words %s: line %d: want 4 or 5 columns", path, line)
		}
		if len(cols) == 5 && cols[4] != "-" {
			for _, p := range strings.Split(cols[4], ",") {
				c, err := strconv.ParseUint(p, 10, 16)
				if err != nil {
					return nil, fmt.Errorf("read words %s: line %d: bad class %q", path, line, p)
				}
				w.Classes[cols[0]] = append(w.Classes[cols[0]], uint16(c))
			}
		}
		n, err1 := strconv.Atoi(cols[2])
		in, err2 := strconv.Atoi(cols[3])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("read words %s: line %d: bad counts", path, line)
		}
		if cols[1] != "-" {
			w.Clusters[cols[0]] = cols[1]
		}
		w.Count[cols[0]], w.Inside[cols[0]] = n, in
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read words %s: %w", path, err)
	}
	return w, nil
}

// Casing classes of a lower-cased word (tok.casing), from how its forms
// occur inside sentences in the unlabeled text.
const (
	caseUnknown = iota // too rare
	caseLower          // (almost) always lower case
	caseMostLow        // mostly lower case
	caseEither         // both
	caseMostCap        // mostly capitalised
	caseCap            // (almost) always capitalised
	caseAllCaps        // seen only in capitals
)

// lexEntry is what the model keeps of a lower-cased word.
type lexEntry struct {
	path   uint32
	n      uint8 // path length, 0 for no cluster
	casing uint8
	gaz    uint16 // gazetteer word flags (lexicon.wordFlags) + gKnown
	// xc holds the exchange classes + 1 (0 for none), one per clustering.
	xc [maxExchange]uint16
}

// entries turns the words into table entries keyed by the hash of the
// lower-cased word: the cluster of its most frequent form and its casing
// class.
func (w *Words) entries(gaz *lexicon) (keys []uint64, es []lexEntry, err error) {
	type agg struct {
		lower, cap, upper int
		best              string
		bestN             int
		bestX             string
		bestXN            int
		any               string
	}
	byLow := map[uint64]*agg{}
	words := make([]string, 0, len(w.Count))
	for k := range w.Count {
		words = append(words, k)
	}
	slices.Sort(words)
	for _, word := range words {
		if w.Count[word] < 2 && w.Clusters[word] == "" && len(w.Classes[word]) == 0 {
			continue // as Write leaves it out
		}
		var t tok
		analyze(&t, word)
		if t.flags&fHasLetter == 0 {
			continue
		}
		a := byLow[t.low]
		if a == nil {
			a = &agg{}
			byLow[t.low] = a
		}
		switch {
		case t.flags&fLower != 0:
			a.lower += w.Inside[word]
		case t.flags&fAllCaps != 0 && len(word) > 1:
			a.upper += w.Inside[word]
		case t.flags&fInitCap != 0:
			a.cap += w.Inside[word]
		}
		if a.any == "" {
			a.any = word
		}
		if _, ok := w.Clusters[word]; ok && w.Count[word] > a.bestN {
			a.best, a.bestN = word, w.Count[word]
		}
		if len(w.Classes[word]) > 0 && w.Count[word] > a.bestXN {
			a.bestX, a.bestXN = word, w.Count[word]
		}
	}
	for k := range byLow {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		a := byLow[k]
		var e lexEntry
		if a.best != "" {
			bits := w.Clusters[a.best]
			if len(bits) > 32 {
				return nil, nil, fmt.Errorf("cluster of %q: bit string too long", a.best)
			}
			for _, r := range bits {
				if r != '0' && r != '1' {
					return nil, nil, fmt.Errorf("cluster of %q: bit string %q", a.best, bits)
				}
				e.path = e.path<<1 | uint32(r-'0')
			}
			e.n = uint8(len(bits))
		}
		if a.bestX != "" {
			cs := w.Classes[a.bestX]
			if len(cs) > maxExchange {
				return nil, nil, fmt.Errorf("classes of %q: %d clusterings, at most %d", a.bestX, len(cs), maxExchange)
			}
			for i, c := range cs {
				if c == math.MaxUint16 {
					return nil, nil, fmt.Errorf("classes of %q: class %d too large", a.bestX, c)
				}
				e.xc[i] = c + 1
			}
		}
		e.casing = casingClass(a.lower, a.cap, a.upper)
		if gaz != nil {
			e.gaz = uint16(gaz.wordFlags(capitalize(a.any))) | gKnown
		}
		es = append(es, e)
	}
	return keys, es, nil
}

func casingClass(lower, cap, upper int) uint8 {
	n := lower + cap
	switch {
	case n+upper < 2:
		return caseUnknown
	case n == 0:
		return caseAllCaps
	}
	r := float64(cap) / float64(n)
	switch {
	case r < 0.05:
		return caseLower
	case r < 0.3:
		return caseMostLow
	case r < 0.7:
		return caseEither
	case r < 0.95:
		return caseMostCap
	}
	return caseCap
}

// capitalize returns w with its first letter in upper case.
func capitalize(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}
