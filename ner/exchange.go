package ner

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ExchangeConfig holds the settings of exchange clustering (Exchange).
type ExchangeConfig struct {
	// Classes lists the numbers of classes of each clustering, coarse to
	// fine (at most maxExchange); empty means no exchange clustering.
	Classes []int
	// MinCount is the least number of occurrences a word needs to get a
	// class; rarer words are clustered as one pseudo-word per shape.
	MinCount int
	// Iters is the largest number of passes over the vocabulary.
	Iters int
	// Seed fixes the initial assignment of words to classes.
	Seed uint64
}

// maxExchange is the largest number of exchange clusterings a model keeps.
const maxExchange = 4

// Exchange clusters the words of the sentences into flat classes, one
// clustering per entry of cfg.Classes, by the exchange algorithm with a
// two-sided predictive class bigram model (Uszkoreit and Brants 2008;
// Dehdari et al. 2016): it maximizes the likelihood of each word's class
// given the word before it and given the word after it, moving one word at
// a time to the class that raises it most. It returns each word's classes,
// in the order of cfg.Classes. The result depends only on the sentences
// and the config.
func Exchange(sents [][]string, cfg ExchangeConfig) map[string][]uint16 {
	if len(cfg.Classes) == 0 {
		return map[string][]uint16{}
	}
	count := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			count[w]++
		}
	}
	var vocab []string
	for w, c := range count {
		if c >= max(cfg.MinCount, 1) {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if count[a] != count[b] {
			return count[b] - count[a]
		}
		return strings.Compare(a, b)
	})
	// items: the vocabulary, then 4 pseudo-words for rare words by shape;
	// contexts: the items, then the sentence start and end.
	const pseudo = 4
	nv := len(vocab)
	items := nv + pseudo
	bos, eos := items, items+1
	index := make(map[string]int32, nv)
	for i, w := range vocab {
		index[w] = int32(i)
	}
	idOf := func(w string) int32 {
		if i, ok := index[w]; ok {
			return i
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			return int32(nv)
		case unicode.IsLetter(r):
			return int32(nv + 1)
		case unicode.IsDigit(r):
			return int32(nv + 2)
		}
		return int32(nv + 3)
	}
	// bigram counts
	pairs := map[uint64]int32{}
	cnt := make([]int64, items)
	for _, s := range sents {
		prev := int32(bos)
		for _, w := range s {
			id := idOf(w)
			cnt[id]++
			pairs[uint64(prev)<<32|uint64(id)]++
			prev = id
		}
		if len(s) > 0 {
			pairs[uint64(prev)<<32|uint64(eos)]++
		}
	}
	keys := make([]uint64, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	// pred[w]: (context before w, count); succ[w]: (context after w,
	// count), as compressed rows.
	type edge struct {
		ctx int32
		n   int32
	}
	predStart := make([]int, items+1)
	succStart := make([]int, items+1)
	for _, k := range keys {
		a, b := int(k>>32), int(uint32(k))
		if b < items {
			predStart[b+1]++
		}
		if a < items {
			succStart[a+1]++
		}
	}
	for i := 0; i < items; i++ {
		predStart[i+1] += predStart[i]
		succStart[i+1] += succStart[i]
	}
	pred := make([]edge, predStart[items])
	succ := make([]edge, succStart[items])
	pp := slices.Clone(predStart)
	sp := slices.Clone(succStart)
	for _, k := range keys {
		a, b := int(k>>32), int(uint32(k))
		n := pairs[k]
		if b < items {
			pred[pp[b]] = edge{int32(a), n}
			pp[b]++
		}
		if a < items {
			succ[sp[a]] = edge{int32(b), n}
			sp[a]++
		}
	}
	pairs = nil
	// F(x) = x ln x, tabulated for small x
	const tab = 1 << 16
	ft := make([]float64, tab)
	for x := 1; x < tab; x++ {
		ft[x] = float64(x) * math.Log(float64(x))
	}
	f := func(x int64) float64 {
		if x < tab {
			return ft[x]
		}
		return float64(x) * math.Log(float64(x))
	}
	nctx := items + 2
	out := make(map[string][]uint16, nv)
	for _, w := range vocab {
		out[w] = make([]uint16, len(cfg.Classes))
	}
	for gi, k := range cfg.Classes {
		k = max(2, min(k, items, math.MaxUint16))
		cls := make([]int32, items)
		// The most frequent words start in classes of their own; the
		// others are spread at random (seeded).
		rng := rand.New(rand.NewPCG(cfg.Seed, uint64(k)))
		for i := range cls {
			if i < k {
				cls[i] = int32(i)
			} else {
				cls[i] = int32(rng.IntN(k))
			}
		}
		left := make([]int32, nctx*k)  // left[v*k+c]: v followed by a word of class c
		right := make([]int32, nctx*k) // right[u*k+c]: u preceded by a word of class c
		nc := make([]int64, k)
		for w := 0; w < items; w++ {
			c := int(cls[w])
			nc[c] += cnt[w]
			for _, e := range pred[predStart[w]:predStart[w+1]] {
				left[int(e.ctx)*k+c] += e.n
			}
			for _, e := range succ[succStart[w]:succStart[w+1]] {
				right[int(e.ctx)*k+c] += e.n
			}
		}
		gain := make([]float64, k)
		for it := 0; it < max(cfg.Iters, 1); it++ {
			moved := 0
			for w := 0; w < items; w++ {
				a := int(cls[w])
				pw := pred[predStart[w]:predStart[w+1]]
				sw := succ[succStart[w]:succStart[w+1]]
				// take w out of its class
				for _, e := range pw {
					left[int(e.ctx)*k+a] -= e.n
				}
				for _, e := range sw {
					right[int(e.ctx)*k+a] -= e.n
				}
				nc[a] -= cnt[w]
				n := cnt[w]
				for c := range gain {
					gain[c] = -2 * (f(nc[c]+n) - f(nc[c]))
				}
				for _, rows := range [2]struct {
					es []edge
					m  []int32
				}{{pw, left}, {sw, right}} {
					for _, e := range rows.es {
						row := rows.m[int(e.ctx)*k : int(e.ctx)*k+k]
						en := int64(e.n)
						for c, x := range row {
							gain[c] += f(int64(x)+en) - f(int64(x))
						}
					}
				}
				best := a
				for c, g := range gain {
					if g > gain[best]+1e-9 {
						best = c
					}
				}
				if best != a {
					moved++
				}
				cls[w] = int32(best)
				for _, e := range pw {
					left[int(e.ctx)*k+best] += e.n
				}
				for _, e := range sw {
					right[int(e.ctx)*k+best] += e.n
				}
				nc[best] += n
			}
			if moved*1000 < items {
				break
			}
		}
		for i, w := range vocab {
			out[w][gi] = uint16(cls[i])
		}
	}
	return out
}
