package ner

// Feature templates. Each feature is the hash of its template number and
// its parts, reduced to a bucket of the weight table.
const (
	tBias = iota + 1
	tLow
	tRaw
	tShape
	tShort
	tPre
	tSuf
	tLowM1
	tLowM2
	tLowP1
	tLowP2
	tShortM1
	tShortM2
	tShortP1
	tShortP2
	tBigramL
	tBigramR
	tShortTri
	tClus
	tClusM1
	tClusP1
	tInitial
	tHeadline
	tFlags
	tGaz
	tGazM1
	tGazP1
	tDocCase
	tHist
	tHistShort
	tP1
	tP2P1
	tP1Low
	tP1Short
	tRawP1
	tRawM1
	tCasing
	tCasingLow
	// Second-pass templates: facts about the first pass's predictions
	// over the whole document (see second).
	t2Next
	t2SelfNext
	t2MajClass
	t2MajType
	t2MajSelf
	t2NextMen
	t2PrevMen
	t2Next2
	t2PrevSelf
	tGazAll
	tXClus
	tXClusM1
	tXClusP1
)

// xNeighbour is the exchange clustering whose classes of the words
// before and after are features.
const xNeighbour = 1

// Sentinel hashes for positions outside the sentence.
const (
	hBOS = 0x5bd1e9955bd1e995
	hEOS = 0xc6a4a7935bd1e995
)

// Sentence flags.
const (
	sHeadline = 1 << iota // no lower-case letter in the sentence
)

// Document case flags of a lower-cased word (docTab.cas).
const (
	dCapInside  = 1 << iota // seen capitalised, not sentence-initial, outside headlines
	dLower                  // seen all lower case
	dCapsInside             // seen all caps (two letters or more) outside headlines
)

// featurizer turns tokens into bucket indexes of the weight table.
type featurizer struct {
	shift uint // 64 - log2(buckets)
}

func (fz featurizer) b(h uint64) uint32 { return uint32(fin(h) >> fz.shift) }

func (fz featurizer) f1(t, a uint64) uint32 { return fz.b(mix(t*mixPrime, a)) }

func (fz featurizer) f2(t, a, c uint64) uint32 { return fz.b(mix(mix(t*mixPrime, a), c)) }

func (fz featurizer) f3(t, a, c, d uint64) uint32 {
	return fz.b(mix(mix(mix(t*mixPrime, a), c), d))
}

// static appends the features of token i that do not depend on earlier
// predictions.
func (fz featurizer) static(feats []uint32, toks []tok, i int, sflags uint32) []uint32 {
	t := &toks[i]
	n := len(toks)
	lowM1, lowM2, lowP1, lowP2 := uint64(hBOS), uint64(hBOS), uint64(hEOS), uint64(hEOS)
	shM1, shM2, shP1, shP2 := uint64(hBOS), uint64(hBOS), uint64(hEOS), uint64(hEOS)
	rawM1, rawP1 := uint64(hBOS), uint64(hEOS)
	var clM1, clP1, xM1, xP1 uint64
	var gzM1, gzP1 uint32
	if i > 0 {
		p := &toks[i-1]
		lowM1, shM1, rawM1, clM1, gzM1 = p.low, p.short, p.raw, p.clus[1], p.gaz
		xM1 = p.xcl[xNeighbour]
	}
	if i > 1 {
		lowM2, shM2 = toks[i-2].low, toks[i-2].short
	}
	if i+1 < n {
		p := &toks[i+1]
		lowP1, shP1, rawP1, clP1, gzP1 = p.low, p.short, p.raw, p.clus[1], p.gaz
		xP1 = p.xcl[xNeighbour]
	}
	if i+2 < n {
		lowP2, shP2 = toks[i+2].low, toks[i+2].short
	}
	feats = append(feats,
		fz.f1(tBias, 0),
		fz.f1(tLow, t.low),
		fz.f1(tRaw, t.raw),
		fz.f1(tShape, t.shape),
		fz.f1(tShort, t.short),
		fz.f1(tLowM1, lowM1),
		fz.f1(tLowM2, lowM2),
		fz.f1(tLowP1, lowP1),
		fz.f1(tLowP2, lowP2),
		fz.f1(tShortM1, shM1),
		fz.f1(tShortM2, shM2),
		fz.f1(tShortP1, shP1),
		fz.f1(tShortP2, shP2),
		fz.f2(tBigramL, lowM1, t.low),
		fz.f2(tBigramR, t.low, lowP1),
		fz.f3(tShortTri, shM1, t.short, shP1),
		fz.f2(tRawM1, rawM1, t.short),
		fz.f2(tRawP1, t.short, rawP1),
		fz.f2(tFlags, uint64(t.flags), uint64(sflags)),
	)
	for k := 0; k < 4; k++ {
		if t.pre[k] != 0 {
			feats = append(feats, fz.f2(tPre, uint64(k), t.pre[k]))
		}
		if t.suf[k] != 0 {
			feats = append(feats, fz.f2(tSuf, uint64(k), t.suf[k]))
		}
		if t.clus[k] != 0 {
			feats = append(feats, fz.f2(tClus, uint64(k), t.clus[k]))
		}
	}
	for k, x := range t.xcl {
		if x != 0 {
			feats = append(feats, fz.f2(tXClus, uint64(k), x))
		}
	}
	if xM1 != 0 {
		feats = append(feats, fz.f1(tXClusM1, xM1))
	}
	if xP1 != 0 {
		feats = append(feats, fz.f1(tXClusP1, xP1))
	}
	if clM1 != 0 {
		feats = append(feats, fz.f1(tClusM1, clM1))
	}
	if clP1 != 0 {
		feats = append(feats, fz.f1(tClusP1, clP1))
	}
	if i == 0 {
		feats = append(feats, fz.f1(tInitial, t.short))
	}
	if sflags&sHeadline != 0 {
		feats = append(feats, fz.f1(tHeadline, t.low))
	}
	for g := t.gaz; g != 0; g &= g - 1 {
		bit := uint64(g & -g)
		feats = append(feats, fz.f2(tGaz, bit, t.short))
	}
	if t.gaz != 0 {
		feats = append(feats, fz.f1(tGazAll, uint64(t.gaz)))
	}
	for g := gzM1; g != 0; g &= g - 1 {
		feats = append(feats, fz.f1(tGazM1, uint64(g&-g)))
	}
	for g := gzP1; g != 0; g &= g - 1 {
		feats = append(feats, fz.f1(tGazP1, uint64(g&-g)))
	}
	if t.flags&fHasLetter != 0 {
		pos := uint64(0)
		switch {
		case sflags&sHeadline != 0:
			pos = 2
		case i == 0:
			pos = 1
		}
		own := uint64(t.flags & (fInitCap | fAllCaps | fLower))
		feats = append(feats,
			fz.f3(tDocCase, uint64(t.docf), pos, own),
			fz.f3(tCasing, uint64(t.casing), pos, own),
		)
	}
	return feats
}

// dynamic appends the features that depend on the previous two predicted
// classes p1, p2 and on the document's prediction history hist of the
// token's word (-1 when none).
func (fz featurizer) dynamic(feats []uint32, t *tok, p1, p2 int, hist int) []uint32 {
	feats = fz.path(feats, t, p1, p2)
	return fz.history(feats, t, hist)
}

// path appends the features of the previous two classes p1, p2 (the
// first two are summed ahead by Model.setPathAcc, which must match).
func (fz featurizer) path(feats []uint32, t *tok, p1, p2 int) []uint32 {
	return append(feats,
		fz.f1(tP1, uint64(p1)),
		fz.f2(tP2P1, uint64(p2), uint64(p1)),
		fz.f2(tP1Low, uint64(p1), t.low),
		fz.f2(tP1Short, uint64(p1), t.short),
	)
}

// history appends the features of the type the document's earlier
// tokens of the same word got (hist, -1 when none).
func (fz featurizer) history(feats []uint32, t *tok, hist int) []uint32 {
	if hist >= 0 {
		feats = append(feats,
			fz.f1(tHist, uint64(hist)),
			fz.f2(tHistShort, uint64(hist), t.short),
		)
	}
	return feats
}

// second appends the second-pass features of token j of the document
// (position i of a sentence of n tokens), from the first pass's classes
// first and the document aggregates of s (see aggregate).
func (fz featurizer) second(feats []uint32, s *scratch, nc, j, i, n int) []uint32 {
	t := &s.toks[j]
	self := uint64(s.first[j])
	next := uint64(nc)
	if i+1 < n {
		next = uint64(s.first[j+1])
	}
	next2, prev := uint64(nc), uint64(nc)
	if i+2 < n {
		next2 = uint64(s.first[j+2])
	}
	if i > 0 {
		prev = uint64(s.first[j-1])
	}
	feats = append(feats,
		fz.f1(t2Next, next),
		fz.f2(t2SelfNext, self, next),
		fz.f3(t2Next2, next, next2, t.short),
		fz.f2(t2PrevSelf, prev, self),
	)
	if t.flags&(fInitCap|fAllCaps) == 0 {
		return feats
	}
	// The classes the first pass gave the same word elsewhere in the
	// document: the most frequent class and type, whether all agree.
	cnt := s.tab.cnt[int(t.slot)*nc : int(t.slot)*nc+nc]
	var types [8]int
	best, bestN, total := -1, 0, 0
	for c, v := range cnt {
		k := int(v)
		if c == int(self) {
			k--
		}
		if k <= 0 {
			continue
		}
		total += k
		if k > bestN {
			best, bestN = c, k
		}
		types[typeOf(c)+1] += k
	}
	if best >= 0 {
		bt, btN := 0, 0
		for k, v := range types[:1+(nc-1)/4] {
			if v > btN {
				bt, btN = k, v
			}
		}
		all := uint64(0)
		if btN == total {
			all = 1
		}
		feats = append(feats,
			fz.f2(t2MajClass, uint64(best), t.short),
			fz.f3(t2MajType, uint64(bt), all, t.short),
			fz.f2(t2MajSelf, uint64(best), self),
		)
	}
	if v := s.nextm[j]; v >= 0 {
		feats = append(feats, fz.f1(t2NextMen, uint64(v)))
	}
	if v := s.prevm[j]; v >= 0 {
		feats = append(feats, fz.f1(t2PrevMen, uint64(v)))
	}
	return feats
}

// docTab is an open-addressing table keyed by lower-cased word hash,
// holding document-level facts about a word. It is reset per document.
type docTab struct {
	keys []uint64
	cas  []uint8
	hist []int8
	cnt  []uint16 // first-pass class counts of the word, nc per slot (second pass only)
	gzw  []uint32 // memo of gazetteer word flags (lexicon.flags)
	mask uint64
}

func (d *docTab) reset(n int) {
	size := 64
	for size < 2*n {
		size <<= 1
	}
	if cap(d.keys) >= size {
		d.keys = d.keys[:size]
		d.cas = d.cas[:size]
		d.hist = d.hist[:size]
		d.gzw = d.gzw[:size]
		clear(d.keys)
		clear(d.cas)
		clear(d.gzw)
	} else {
		d.keys = make([]uint64, size)
		d.cas = make([]uint8, size)
		d.hist = make([]int8, size)
		d.gzw = make([]uint32, size)
	}
	for i := range d.hist {
		d.hist[i] = -1
	}
	d.mask = uint64(size - 1)
}

// slot returns the slot of key k, claiming an empty one when k is absent.
// Key 0 is stored as 1 (0 marks an empty slot).
func (d *docTab) slot(k uint64) int {
	if k == 0 {
		k = 1
	}
	i := fin(k) & d.mask
	for {
		switch d.keys[i] {
		case k:
			return int(i)
		case 0:
			d.keys[i] = k
			return int(i)
		}
		i = (i + 1) & d.mask
	}
}
