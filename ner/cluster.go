package ner

import (
	"fmt"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ClusterConfig holds the settings of word clustering.
type ClusterConfig struct {
	// MinCount is the least number of occurrences a word needs to get a
	// cluster.
	MinCount int
	// Contexts is the number of most frequent (lower-cased) words used as
	// left and right context features.
	Contexts int
	// Depth is the longest bit string; 0 makes no hierarchy.
	Depth int
	// Iters is the number of 2-means iterations per split.
	Iters int
	// Exchange holds the settings of the flat exchange clusterings
	// (Exchange), made besides the hierarchy.
	Exchange ExchangeConfig
}

// DefaultClusterConfig returns the clustering settings of the embedded
// model.
func DefaultClusterConfig() ClusterConfig {
	return ClusterConfig{MinCount: 3, Contexts: 1000, Depth: 0, Iters: 6,
		Exchange: ExchangeConfig{Classes: []int{64, 256, 1024}, MinCount: 3, Iters: 15, Seed: 1}}
}

// Cluster groups the words of the sentences into a binary hierarchy, a
// cheaper stand-in for Brown clustering: each word is a vector of the
// positive pointwise mutual information of its left and right neighbours
// (the most frequent words, and a shape class for the others), and the
// vocabulary is split in two by spherical 2-means, recursively. A word's
// bit string is its path from the root (0 left, 1 right). The result is
// deterministic. With cfg.Depth 0 it is empty.
func Cluster(sents [][]string, cfg ClusterConfig) map[string]string {
	if cfg.Depth <= 0 {
		return map[string]string{}
	}
	count := map[string]int{}
	lowCount := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			count[w]++
			lowCount[strings.ToLower(w)]++
		}
	}
	byCount := func(m map[string]int, min int) []string {
		var ws []string
		for w, c := range m {
			if c >= min {
				ws = append(ws, w)
			}
		}
		slices.SortFunc(ws, func(a, b string) int {
			if m[a] != m[b] {
				return m[b] - m[a]
			}
			return strings.Compare(a, b)
		})
		return ws
	}
	vocab := byCount(count, max(cfg.MinCount, 1))
	if len(vocab) < 2 {
		return map[string]string{}
	}
	ctxWords := byCount(lowCount, 1)
	if len(ctxWords) > cfg.Contexts {
		ctxWords = ctxWords[:cfg.Contexts]
	}
	ctx := make(map[string]int, len(ctxWords))
	for i, w := range ctxWords {
		ctx[w] = i
	}
	const shapes = 5
	side := len(ctxWords) + shapes
	dim := 2 * side
	ctxOf := func(w string) int {
		if i, ok := ctx[strings.ToLower(w)]; ok {
			return i
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			return len(ctxWords)
		case unicode.IsLower(r):
			return len(ctxWords) + 1
		case unicode.IsDigit(r):
			return len(ctxWords) + 2
		case w == "<s>" || w == "</s>":
			return len(ctxWords) + 3
		}
		return len(ctxWords) + 4
	}
	index := make(map[string]int, len(vocab))
	for i, w := range vocab {
		index[w] = i
	}
	// co-occurrence counts, one sparse map per word
	co := make([]map[int32]float32, len(vocab))
	for i := range co {
		co[i] = map[int32]float32{}
	}
	ctxTotal := make([]float64, dim)
	total := 0.0
	for _, s := range sents {
		for i, w := range s {
			wi, ok := index[w]
			if !ok {
				continue
			}
			l, r := "<s>", "</s>"
			if i > 0 {
				l = s[i-1]
			}
			if i+1 < len(s) {
				r = s[i+1]
			}
			lc, rc := int32(ctxOf(l)), int32(side+ctxOf(r))
			co[wi][lc]++
			co[wi][rc]++
			ctxTotal[lc]++
			ctxTotal[rc]++
			total += 2
		}
	}
	// sparse PPMI vectors, L2-normalized
	type sparse struct {
		idx []int32
		val []float32
	}
	vecs := make([]sparse, len(vocab))
	for wi, m := range co {
		var wt float64
		for _, c := range m {
			wt += float64(c)
		}
		keys := make([]int32, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		var v sparse
		var norm float64
		for _, k := range keys {
			pmi := math.Log(float64(m[k]) * total / (wt * ctxTotal[k]))
			if pmi <= 0 {
				continue
			}
			v.idx = append(v.idx, k)
			v.val = append(v.val, float32(pmi))
			norm += pmi * pmi
		}
		norm = math.Sqrt(norm)
		for i := range v.val {
			v.val[i] /= float32(norm)
		}
		vecs[wi] = v
	}
	co = nil
	dot := func(v sparse, c []float32) float32 {
		var s float32
		for i, k := range v.idx {
			s += v.val[i] * c[k]
		}
		return s
	}
	paths := make([]string, len(vocab))
	c0, c1 := make([]float32, dim), make([]float32, dim)
	side0 := make([]bool, len(vocab))
	var split func(ws []int, path string)
	split = func(ws []int, path string) {
		if len(ws) < 2 || len(path) >= cfg.Depth {
			for _, w := range ws {
				paths[w] = path
			}
			return
		}
		// start from a random halving (seeded by the path), which
		// 2-means then refines
		rng := rand.New(rand.NewPCG(uint64(len(path)), uint64(len(ws))))
		for _, w := range ws {
			side0[w] = rng.IntN(2) == 0
		}
		n0 := 0
		for it := 0; ; it++ {
			// centroids of the two sides
			clear(c0)
			clear(c1)
			for _, w := range ws {
				c := c1
				if side0[w] {
					c = c0
				}
				for i, k := range vecs[w].idx {
					c[k] += vecs[w].val[i]
				}
			}
			for _, c := range [][]float32{c0, c1} {
				var n float64
				for _, x := range c {
					n += float64(x) * float64(x)
				}
				if n > 0 {
					inv := float32(1 / math.Sqrt(n))
					for i := range c {
						c[i] *= inv
					}
				}
			}
			n0 = 0
			for _, w := range ws {
				side0[w] = dot(vecs[w], c0) >= dot(vecs[w], c1)
				if side0[w] {
					n0++
				}
			}
			if n0 == 0 || n0 == len(ws) || it+1 >= cfg.Iters {
				break
			}
		}
		if n0 == 0 || n0 == len(ws) {
			for _, w := range ws {
				paths[w] = path
			}
			return
		}
		left := make([]int, 0, n0)
		right := make([]int, 0, len(ws)-n0)
		for _, w := range ws {
			if side0[w] {
				left = append(left, w)
			} else {
				right = append(right, w)
			}
		}
		split(left, path+"0")
		split(right, path+"1")
	}
	all := make([]int, len(vocab))
	for i := range all {
		all[i] = i
	}
	split(all, "")
	out := make(map[string]string, len(vocab))
	for i, w := range vocab {
		p := paths[i]
		if p == "" {
			p = "0"
		}
		out[w] = p
	}
	return out
}

// ReadText reads the text files under the given folders (recursively, in
// lexical order) as sentences of tokens. A .txt file is raw text, split as
// CoNLL-2003 does: punctuation apart, possessive 's and n't apart; a line
// is taken as one sentence (the clustering only needs neighbours). A .xml
// file is vertical XML as GUM's: one token per line (its first tab-separated
// field), tags on lines of their own, sentences in <s> elements, words
// split inside <w> joined again; a document whose <text> tag has a
// partition other than "train" is skipped.
func ReadText(dirs []string) ([][]string, error) {
	var sents [][]string
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				return nil
			}
			xml := strings.HasSuffix(path, ".xml")
			if !xml && !strings.HasSuffix(path, ".txt") {
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if xml {
				sents = append(sents, readVertical(string(b))...)
				return nil
			}
			for _, line := range strings.Split(string(b), "\n") {
				if s := tokenize(line); len(s) > 0 {
					sents = append(sents, s)
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read text: %w", err)
		}
	}
	return sents, nil
}

// readVertical returns the sentences of a vertical XML document (see
// ReadText), or none when it is not in the train partition.
func readVertical(text string) [][]string {
	var sents [][]string
	var cur []string
	inW := false
	var w strings.Builder
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.HasPrefix(line, "<") && !strings.HasPrefix(line, "<\t") {
			switch {
			case strings.HasPrefix(line, "<text "):
				if i := strings.Index(line, ` partition="`); i >= 0 && !strings.HasPrefix(line[i+len(` partition="`):], `train"`) {
					return nil
				}
			case line == "<w>" || strings.HasPrefix(line, "<w "):
				inW = true
				w.Reset()
			case line == "</w>":
				inW = false
				if w.Len() > 0 {
					cur = append(cur, w.String())
				}
			case line == "</s>":
				if len(cur) > 0 {
					sents = append(sents, cur)
				}
				cur = nil
			}
			continue
		}
		tok, _, _ := strings.Cut(line, "\t")
		if tok == "" {
			continue
		}
		if inW {
			w.WriteString(tok)
			continue
		}
		cur = append(cur, tok)
	}
	if len(cur) > 0 {
		sents = append(sents, cur)
	}
	return sents
}

// ReadColumns reads the sentences of CoNLL-style column files: the first
// field of each line is a token, blank lines end sentences and -DOCSTART-
// lines are skipped.
func ReadColumns(paths []string) ([][]string, error) {
	var sents [][]string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read columns: %w", err)
		}
		var cur []string
		for _, line := range strings.Split(string(b), "\n") {
			f := strings.Fields(line)
			if len(f) == 0 || f[0] == "-DOCSTART-" {
				if len(cur) > 0 {
					sents = append(sents, cur)
				}
				cur = nil
				continue
			}
			cur = append(cur, f[0])
		}
		if len(cur) > 0 {
			sents = append(sents, cur)
		}
	}
	return sents, nil
}

// tokenize splits a line into CoNLL-like tokens.
func tokenize(line string) []string {
	var out []string
	for _, f := range strings.Fields(line) {
		// leading punctuation
		for f != "" {
			r, n := utf8.DecodeRuneInString(f)
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			out = append(out, f[:n])
			f = f[n:]
		}
		var tail []string
		for f != "" {
			r, n := utf8.DecodeLastRuneInString(f)
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			// keep the period of a short abbreviation ("U.S.", "Mr.")
			if r == '.' && strings.Contains(f[:len(f)-n], ".") {
				break
			}
			tail = append(tail, f[len(f)-n:])
			f = f[:len(f)-n]
		}
		if f != "" {
			low := strings.ToLower(f)
			switch {
			case strings.HasSuffix(low, "n't") && len(f) > 3:
				out = append(out, f[:len(f)-3], f[len(f)-3:])
			case (strings.HasSuffix(low, "'s") || strings.HasSuffix(low, "\u2019s")) && len(f) > 2:
				k := strings.LastIndexAny(f, "'\u2019")
				out = append(out, f[:k], f[k:])
			default:
				out = append(out, f)
			}
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}
