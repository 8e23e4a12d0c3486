package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/gazetteer"
)

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	// Types are the entity types the model tags, in the order of its
	// classes (PER, ORG, LOC, MISC for a CoNLL-2003 model).
	Types []string

	nc   int // classes: O, then B, I, L, U for each type
	logB uint
	fz   featurizer
	// The weights are a table of 2^logB rows of nc-1 class weights (less
	// the weight of O), most of them zero. Only the nonzero rows are
	// kept: bit b of used says whether row b is kept, and it is row
	// rank(b) of rows, where rank(b) = cum[b/64] + the set bits of
	// used[b/64] below b.
	used []uint64
	cum  []uint32
	// ranks holds used and cum side by side, for the scoring loop
	// (one cache line per look-up instead of two)
	ranks []rankWord
	rows  []int16
	// packed holds rows of 16 weights as 4 words of 4 lanes, each the
	// weight + 32768 (sums of up to 65536 rows cannot carry).
	packed []uint64
	// pathAcc holds the sums of the rows of features tP1, tP2P1 for each
	// pair of previous classes (see setPathAcc).
	pathAcc []acc
	scale   float32
	lex     lexTab

	valid []bool // valid[prev*nc+cur]; prev == nc is the sentence start
	// next[prev] lists the classes valid after prev (nc: the start);
	// nextLast[prev] those of them allowed last in a sentence.
	next, nextLast [][]uint8
	final          []bool   // classes allowed on a sentence's last token
	labels         []string // BILOU label of each class
	bio            []string // BIO label of each class
	gaz            *lexicon // gazetteer features, nil when the model uses none
	// twoPass makes decode tag each document twice (see decode).
	twoPass bool
	// beam is the beam width of decoding; 0 or 1 decodes greedily.
	beam int
	// prune, when above 0, is the score (in weight units) by which a
	// hypothesis may trail the best one and still be extended.
	prune  float32
	places Places
	pool   sync.Pool
}

// Class layout: 0 is O; type k has B = 1+4k, I = 2+4k, L = 3+4k, U = 4+4k.
const (
	pB = iota
	pI
	pL
	pU
)

func classOf(typ, prefix int) int { return 1 + 4*typ + prefix }

// typeOf returns the type index of class c, or -1 for O.
func typeOf(c int) int { return (c - 1) >> 2 }

// prefixOf returns the BILOU prefix of class c (c > 0).
func prefixOf(c int) int { return (c - 1) & 3 }

// newModel returns a model shell for the types and table size, with the
// transition constraints set up.
func newModel(types []string, logB uint) *Model {
	nc := 1 + 4*len(types)
	m := &Model{Types: types, nc: nc, logB: logB, fz: featurizer{shift: 64 - logB}}
	m.valid = make([]bool, (nc+1)*nc)
	m.final = make([]bool, nc)
	for prev := 0; prev <= nc; prev++ {
		for cur := 0; cur < nc; cur++ {
			m.valid[prev*nc+cur] = validPair(prev, cur, nc)
		}
	}
	for c := 0; c < nc; c++ {
		m.final[c] = c == 0 || prefixOf(c) == pL || prefixOf(c) == pU
	}
	m.next = make([][]uint8, nc+1)
	m.nextLast = make([][]uint8, nc+1)
	for prev := 0; prev <= nc; prev++ {
		for cur := 0; cur < nc; cur++ {
			if m.valid[prev*nc+cur] {
				m.next[prev] = append(m.next[prev], uint8(cur))
				if m.final[cur] {
					m.nextLast[prev] = append(m.nextLast[prev], uint8(cur))
				}
			}
		}
	}
	m.labels = make([]string, nc)
	m.bio = make([]string, nc)
	m.labels[0], m.bio[0] = "O", "O"
	for k, t := range types {
		m.labels[classOf(k, pB)] = "B-" + t
		m.labels[classOf(k, pI)] = "I-" + t
		m.labels[classOf(k, pL)] = "L-" + t
		m.labels[classOf(k, pU)] = "U-" + t
		m.bio[classOf(k, pB)] = "B-" + t
		m.bio[classOf(k, pI)] = "I-" + t
		m.bio[classOf(k, pL)] = "I-" + t
		m.bio[classOf(k, pU)] = "B-" + t
	}
	return m
}

func validPair(prev, cur, nc int) bool {
	open := prev > 0 && prev < nc && (prefixOf(prev) == pB || prefixOf(prev) == pI)
	if open {
		return cur > 0 && typeOf(cur) == typeOf(prev) && (prefixOf(cur) == pI || prefixOf(cur) == pL)
	}
	return cur == 0 || prefixOf(cur) == pB || prefixOf(cur) == pU
}

// lexTab maps the hash of a lower-cased word to its cluster bit string,
// casing class and gazetteer word flags.
type lexTab struct {
	keys    []uint64 // sorted, as in the file
	entries []lexEntry

	slots []lexSlot // open addressing on the key; key 0 marks an empty slot
	mask  uint64
}

type lexSlot struct {
	key uint64
	e   lexEntry
}

func (c *lexTab) build() {
	size := 16
	for size < 2*len(c.keys) {
		size <<= 1
	}
	c.slots = make([]lexSlot, size)
	c.mask = uint64(size - 1)
	for i, k := range c.keys {
		if k == 0 {
			continue
		}
		j := fin(k) & c.mask
		for c.slots[j].key != 0 {
			j = (j + 1) & c.mask
		}
		c.slots[j] = lexSlot{k, c.entries[i]}
	}
}

// prefixLens are the bit-string prefix lengths used as features.
var prefixLens = [4]uint8{4, 6, 10, 20}

// lookup sets t.clus, t.xcl, t.casing and t.lexgaz from the table.
func (c *lexTab) lookup(t *tok) {
	if len(c.slots) == 0 {
		return
	}
	j := fin(t.low) & c.mask
	for {
		sl := &c.slots[j]
		if sl.key == 0 {
			return
		}
		if sl.key == t.low {
			e := &sl.e
			t.casing = e.casing
			t.lexgaz = e.gaz
			for k, c := range e.xc {
				if c != 0 {
					t.xcl[k] = mix(uint64(k)<<32|uint64(c), 0x3b) | 1
				}
			}
			if e.n > 0 {
				for k, pl := range prefixLens {
					l := min(pl, e.n)
					t.clus[k] = mix(uint64(e.path>>(e.n-l))|uint64(l)<<32, 0x77) | 1
				}
			}
			return
		}
		j = (j + 1) & c.mask
	}
}

// scratch holds the buffers of one tagging call.
type scratch struct {
	toks   []tok
	sflags []uint32
	feats  []uint32
	scores []int32
	fscore []float32
	class  []int
	margin []float32
	tab    docTab
	acc    []acc // static feature sums per token (first pass)
	first  []uint8
	beam   []beamEntry // beam hypotheses, k per token of a sentence (beamPass)
	beamN  []int
	p1acc  []acc // beamPass: per previous class, the token's sums
	prevm  []int8
	nextm  []int8
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{scores: make([]int32, m.nc), fscore: make([]float32, m.nc)}
}

// prepare analyzes the tokens of a document given as sentences: per-token
// hashes, cluster ids, sentence flags and document-level case facts.
func (m *Model) prepare(s *scratch, sents [][]string) {
	n := 0
	for _, sent := range sents {
		n += len(sent)
	}
	if cap(s.toks) < n {
		s.toks = make([]tok, n)
		s.class = make([]int, n)
		s.margin = make([]float32, n)
		s.acc = make([]acc, n)
	}
	s.toks, s.class, s.margin, s.acc = s.toks[:n], s.class[:n], s.margin[:n], s.acc[:n]
	s.sflags = s.sflags[:0]
	s.tab.reset(n)
	off := 0
	for _, sent := range sents {
		var sf uint32 = sHeadline
		letters := false
		for i, w := range sent {
			t := &s.toks[off+i]
			analyze(t, w)
			if t.flags&fHasLetter != 0 {
				t.slot = int32(s.tab.slot(t.low))
				letters = true
				if t.flags&fAllCaps == 0 {
					sf &^= sHeadline
				}
			}
			m.lex.lookup(t)
		}
		if m.gaz != nil {
			m.gaz.flags(sent, s.toks[off:off+len(sent)], s.tab.gzw)
		}
		if !letters {
			sf &^= sHeadline
		}
		s.sflags = append(s.sflags, sf)
		if sf&sHeadline == 0 {
			for i := range sent {
				t := &s.toks[off+i]
				var f uint8
				switch {
				case t.flags&fLower != 0:
					f = dLower
				case t.flags&fAllCaps != 0 && len(sent[i]) > 1:
					f = dCapsInside
				case t.flags&fInitCap != 0 && i > 0:
					f = dCapInside
				}
				if f != 0 {
					s.tab.cas[t.slot] |= f
				}
			}
		}
		off += len(sent)
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.flags&fHasLetter != 0 {
			t.docf = uint32(s.tab.cas[t.slot])
		}
	}
}

// decode tags the prepared document with the quantized weights: with a
// beam per sentence (beamPass) for a model trained with one, else
// greedily, left to right. It fills s.class and s.margin. A two-pass model
// tags the document twice, greedily: the second pass adds features of the
// first pass's classes over the whole document (see featurizer.second).
func (m *Model) decode(s *scratch, sents [][]string) {
	switch {
	case m.beam > 1 && !m.twoPass:
		m.beamPass(s, sents, m.beam)
	default:
		m.pass(s, sents, false)
		if m.twoPass {
			m.aggregate(s)
			m.pass(s, sents, true)
		}
	}
}

// pass runs one greedy pass over the prepared document. The first pass
// keeps each token's sum over its static features in s.acc, which the
// second pass starts from.
func (m *Model) pass(s *scratch, sents [][]string, second bool) {
	nc := m.nc
	packed := len(m.packed) > 0 && nc == 17
	off := 0
	for si, sent := range sents {
		toks := s.toks[off : off+len(sent)]
		p1, p2 := nc, nc
		for i := range toks {
			t := &toks[i]
			j := off + i
			hist := -1
			slot := -1
			if t.flags&(fInitCap|fAllCaps) != 0 {
				slot = int(t.slot)
				hist = int(s.tab.hist[slot])
			}
			sc := s.scores[:nc]
			switch {
			case packed && !second:
				f := m.fz.static(s.feats[:0], toks, i, s.sflags[si])
				a := &s.acc[j]
				*a = acc{}
				m.add(a, f)
				sum := *a
				f = m.fz.dynamic(f[:0], t, p1, p2, hist)
				s.feats = f
				m.add(&sum, f)
				m.finish(&sum, sc)
			case packed:
				sum := s.acc[j]
				f := m.fz.dynamic(s.feats[:0], t, p1, p2, hist)
				f = m.fz.second(f, s, nc, j, i, len(toks))
				s.feats = f
				m.add(&sum, f)
				m.finish(&sum, sc)
			default:
				f := m.fz.static(s.feats[:0], toks, i, s.sflags[si])
				f = m.fz.dynamic(f, t, p1, p2, hist)
				if second {
					f = m.fz.second(f, s, nc, j, i, len(toks))
				}
				s.feats = f
				m.score(sc, f)
			}
			best, runner := -1, int32(math.MinInt32)
			var bestScore int32 = math.MinInt32
			valid := m.valid[p1*nc : p1*nc+nc]
			last := i == len(toks)-1
			for c, v := range sc {
				if !valid[c] || (last && !m.final[c]) {
					continue
				}
				if v > bestScore {
					runner = bestScore
					best, bestScore = c, v
				} else if v > runner {
					runner = v
				}
			}
			if best < 0 {
				best = 0
			}
			s.class[j] = best
			mg := float32(0)
			if runner != math.MinInt32 {
				mg = float32(bestScore-runner) * m.scale
			}
			s.margin[j] = mg
			if slot >= 0 {
				s.tab.hist[slot] = int8(typeOf(best) + 1)
			}
			p2, p1 = p1, best
		}
		off += len(sent)
	}
}

// aggregate gathers, from the first pass's classes in s.class, what the
// second pass's features need: the classes per token (s.first), the class
// counts of each capitalised word (s.tab.cnt), the type of the previous
// and next mention of the same word (s.prevm, s.nextm; 0 for O, -1 for
// none). It resets the prediction history for the second pass.
func (m *Model) aggregate(s *scratch) {
	nc := m.nc
	n := len(s.toks)
	if cap(s.first) < n {
		s.first = make([]uint8, n)
		s.prevm = make([]int8, n)
		s.nextm = make([]int8, n)
	}
	s.first, s.prevm, s.nextm = s.first[:n], s.prevm[:n], s.nextm[:n]
	size := len(s.tab.keys) * nc
	if cap(s.tab.cnt) < size {
		s.tab.cnt = make([]uint16, size)
	}
	s.tab.cnt = s.tab.cnt[:size]
	clear(s.tab.cnt)
	hist := s.tab.hist
	for i := range hist {
		hist[i] = -1
	}
	for j := range s.toks {
		t := &s.toks[j]
		c := s.class[j]
		s.first[j] = uint8(c)
		s.prevm[j] = -1
		if t.flags&(fInitCap|fAllCaps) == 0 {
			continue
		}
		k := int(t.slot)*nc + c
		if s.tab.cnt[k] < math.MaxUint16 {
			s.tab.cnt[k]++
		}
		s.prevm[j] = hist[t.slot]
		hist[t.slot] = int8(typeOf(c) + 1)
	}
	for i := range hist {
		hist[i] = -1
	}
	for j := n - 1; j >= 0; j-- {
		t := &s.toks[j]
		s.nextm[j] = -1
		if t.flags&(fInitCap|fAllCaps) == 0 {
			continue
		}
		s.nextm[j] = hist[t.slot]
		hist[t.slot] = int8(typeOf(s.class[j]) + 1)
	}
	for i := range hist {
		hist[i] = -1
	}
}

// rankWord is a word of the row bitmap with the rank of its first bit.
type rankWord struct {
	used uint64
	cum  uint32
}

// acc is a running sum of packed weight rows (see add).
type acc struct {
	e, o [4]uint64
	hits int64
}

// add adds the packed rows of features f to a. Each row is 4 words of 4
// biased 16-bit lanes; even and odd lanes are summed apart in 32-bit
// lanes, which cannot carry. It finds the rows of up to 64 features first
// and then reads them, so that the row reads (most of the time) do not
// wait on the bitmap reads.
func (m *Model) add(a *acc, f []uint32) {
	const even = 0x0000FFFF0000FFFF
	ranks, packed := m.ranks, m.packed
	e0, e1, e2, e3 := a.e[0], a.e[1], a.e[2], a.e[3]
	o0, o1, o2, o3 := a.o[0], a.o[1], a.o[2], a.o[3]
	hits := a.hits
	var idx [64]int32
	for len(f) > 0 {
		chunk := f[:min(len(f), len(idx))]
		f = f[len(chunk):]
		n := 0
		for _, b := range chunk {
			rw := &ranks[b>>6]
			bit := uint64(1) << (b & 63)
			if rw.used&bit != 0 {
				idx[n] = int32((int(rw.cum) + bits.OnesCount64(rw.used&(bit-1))) * 4)
				n++
			}
		}
		for _, r := range idx[:n] {
			row := packed[r : r+4 : r+4]
			x0, x1, x2, x3 := row[0], row[1], row[2], row[3]
			e0 += x0 & even
			o0 += (x0 >> 16) & even
			e1 += x1 & even
			o1 += (x1 >> 16) & even
			e2 += x2 & even
			o2 += (x2 >> 16) & even
			e3 += x3 & even
			o3 += (x3 >> 16) & even
		}
		hits += int64(n)
	}
	a.e = [4]uint64{e0, e1, e2, e3}
	a.o = [4]uint64{o0, o1, o2, o3}
	a.hits = hits
}

// finish sets the 17 class scores sc from a.
func (m *Model) finish(a *acc, sc []int32) {
	bias := a.hits << 15
	sc[0] = 0
	// word k holds classes 4k+1..4k+4 in lanes 0..3: lanes 0 and 2 are
	// in e (low and high half), lanes 1 and 3 in o.
	for k := 0; k < 4; k++ {
		e, o := a.e[k], a.o[k]
		sc[1+4*k] = int32(int64(e&0xFFFFFFFF) - bias)
		sc[2+4*k] = int32(int64(o&0xFFFFFFFF) - bias)
		sc[3+4*k] = int32(int64(e>>32) - bias)
		sc[4+4*k] = int32(int64(o>>32) - bias)
	}
}

// score sets sc[c] to the score of class c for the features f. Weights
// are stored relative to class O, whose score is 0.
func (m *Model) score(sc []int32, f []uint32) {
	used, cum := m.used, m.cum
	if len(m.packed) > 0 && len(sc) == 17 {
		var a acc
		m.add(&a, f)
		m.finish(&a, sc)
		return
	}
	stride := len(sc) - 1
	clear(sc)
	for _, b := range f {
		word := used[b>>6]
		bit := uint64(1) << (b & 63)
		if word&bit == 0 {
			continue
		}
		r := int(cum[b>>6]) + bits.OnesCount64(word&(bit-1))
		row := m.rows[r*stride : r*stride+stride]
		out := sc[1 : len(row)+1]
		for c, v := range row {
			out[c] += int32(v)
		}
	}
}

// packLanes sets packed from rows when a row has 16 weights.
func (m *Model) packLanes() {
	m.packed = nil
	stride := m.nc - 1
	if stride != 16 {
		return
	}
	n := len(m.rows) / stride
	m.packed = make([]uint64, n*4)
	for r := 0; r < n; r++ {
		for c, v := range m.rows[r*stride : r*stride+stride] {
			lane := uint64(uint16(int32(v) + 32768))
			m.packed[r*4+c/4] |= lane << (16 * (c & 3))
		}
	}
	m.setPathAcc()
}

// setTable keeps the nonzero rows of the full table w (2^logB rows of
// nc-1 weights).
func (m *Model) setTable(w []int16) {
	stride := m.nc - 1
	n := len(w) / stride
	m.used = make([]uint64, (n+63)/64)
	m.rows = m.rows[:0]
	for b := 0; b < n; b++ {
		row := w[b*stride : b*stride+stride]
		for _, v := range row {
			if v != 0 {
				m.used[b>>6] |= 1 << (b & 63)
				m.rows = append(m.rows, row...)
				break
			}
		}
	}
	m.rankIndex()
	m.packLanes()
}

// rankIndex sets cum from used.
func (m *Model) rankIndex() {
	m.cum = make([]uint32, len(m.used))
	m.ranks = make([]rankWord, len(m.used))
	total := 0
	for i, word := range m.used {
		m.cum[i] = uint32(total)
		m.ranks[i] = rankWord{used: word, cum: uint32(total)}
		total += bits.OnesCount64(word)
	}
}

// TagSentences tags the sentences of one document, so that the
// document-level features (earlier predictions for the same word, case
// elsewhere in the document) apply, and returns one tag slice per sentence
// in BIO form with the model's types.
func (m *Model) TagSentences(sents [][]string) [][]string {
	s := m.getScratch()
	defer m.pool.Put(s)
	m.prepare(s, sents)
	m.decode(s, sents)
	out := make([][]string, len(sents))
	off := 0
	for k, sent := range sents {
		out[k] = m.bioTags(s.class[off:off+len(sent)], make([]string, 0, len(sent)))
		off += len(sent)
	}
	return out
}

// TagTokens tags one sentence, taken as a document of its own, appending
// one BIO tag per word to out (PER, ORG, LOC, MISC for a CoNLL-2003 model).
func (m *Model) TagTokens(words []string, out []string) []string {
	s := m.getScratch()
	defer m.pool.Put(s)
	sents := [][]string{words}
	m.prepare(s, sents)
	m.decode(s, sents)
	return m.bioTags(s.class, out)
}

func (m *Model) bioTags(classes []int, out []string) []string {
	for _, c := range classes {
		out = append(out, m.bio[c])
	}
	return out
}

// File format (then gzip'd): magic, version, types, log2 buckets, feature
// flags, beam width, beam threshold, scale, word table (keys, bit strings,
// their lengths, casing classes, gazetteer flags, then the number of
// exchange clusterings and each one's classes), weights. All integers
// little-endian.
const (
	magic   = "NGNER\x00"
	version = 6

	featGazetteer = 1 // the model uses the gazetteer package's lists
	featTwoPass   = 2 // the model tags in two passes
)

// setGazetteer makes the model use g for features and type mapping.
func (m *Model) setGazetteer(g *gazetteer.Gazetteer) {
	m.gaz = &lexicon{g: g}
	m.places = m.gaz
}

// Encode writes the model in its gzip'd binary form. The bytes depend only
// on the model, so equal models encode to equal bytes.
func (m *Model) Encode(w io.Writer) error {
	var b bytes.Buffer
	b.WriteString(magic)
	put := func(v any) { binary.Write(&b, binary.LittleEndian, v) }
	put(uint32(version))
	put(uint32(len(m.Types)))
	for _, t := range m.Types {
		put(uint16(len(t)))
		b.WriteString(t)
	}
	put(uint32(m.logB))
	var feat uint32
	if m.gaz != nil {
		feat |= featGazetteer
	}
	if m.twoPass {
		feat |= featTwoPass
	}
	put(feat)
	put(uint32(max(m.beam, 1)))
	put(m.prune)
	put(m.scale)
	put(uint32(len(m.lex.keys)))
	put(m.lex.keys)
	paths := make([]uint32, len(m.lex.entries))
	ns := make([]uint8, len(m.lex.entries))
	casings := make([]uint8, len(m.lex.entries))
	gz := make([]uint16, len(m.lex.entries))
	for i, e := range m.lex.entries {
		paths[i], ns[i], casings[i], gz[i] = e.path, e.n, e.casing, e.gaz
	}
	put(paths)
	put(ns)
	put(casings)
	put(gz)
	nx := 0
	for _, e := range m.lex.entries {
		for i, c := range e.xc {
			if c != 0 {
				nx = max(nx, i+1)
			}
		}
	}
	put(uint8(nx))
	for i := 0; i < nx; i++ {
		xs := make([]uint16, len(m.lex.entries))
		for j, e := range m.lex.entries {
			xs[j] = e.xc[i]
		}
		put(xs)
	}
	put(uint32(len(m.rows) / (m.nc - 1)))
	put(m.used)
	put(m.rows)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("encode model: %w", err)
	}
	if _, err := zw.Write(b.Bytes()); err != nil {
		return fmt.Errorf("encode model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("encode model: %w", err)
	}
	return nil
}

// Decode reads a model written by Encode.
func Decode(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	m, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	return m, nil
}

var errShort = errors.New("truncated model")

func decode(data []byte) (*Model, error) {
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errors.New("not a model file")
	}
	r := bytes.NewReader(data[len(magic):])
	get := func(v any) error {
		if err := binary.Read(r, binary.LittleEndian, v); err != nil {
			return errShort
		}
		return nil
	}
	var ver, ntypes uint32
	if err := get(&ver); err != nil {
		return nil, err
	}
	if ver != version {
		return nil, fmt.Errorf("model version %d, want %d", ver, version)
	}
	if err := get(&ntypes); err != nil {
		return nil, err
	}
	if ntypes == 0 || ntypes > 64 {
		return nil, fmt.Errorf("bad type count %d", ntypes)
	}
	types := make([]string, ntypes)
	for i := range types {
		var n uint16
		if err := get(&n); err != nil {
			return nil, err
		}
		if int(n) > r.Len() {
			return nil, errShort
		}
		buf := make([]byte, n)
		r.Read(buf)
		types[i] = strings.Clone(string(buf))
	}
	var logB, ncl, feat uint32
	var scale float32
	if err := get(&logB); err != nil {
		return nil, err
	}
	if err := get(&feat); err != nil {
		return nil, err
	}
	if feat&^(featGazetteer|featTwoPass) != 0 {
		return nil, fmt.Errorf("unknown feature flags %#x", feat)
	}
	if logB < 6 || logB > 28 {
		return nil, fmt.Errorf("bad table size 2^%d", logB)
	}
	var beam uint32
	var prune float32
	if err := get(&beam); err != nil {
		return nil, err
	}
	if beam == 0 || beam > maxBeam {
		return nil, fmt.Errorf("bad beam width %d", beam)
	}
	if err := get(&prune); err != nil {
		return nil, err
	}
	if prune < 0 || math.IsNaN(float64(prune)) {
		return nil, fmt.Errorf("bad beam threshold %v", prune)
	}
	if err := get(&scale); err != nil {
		return nil, err
	}
	if err := get(&ncl); err != nil {
		return nil, err
	}
	if int64(ncl)*16 > int64(r.Len()) {
		return nil, errShort
	}
	m := newModel(types, uint(logB))
	m.scale = scale
	m.beam = int(beam)
	m.prune = prune
	if m.beam > 1 && m.nc > maxBeamClasses {
		return nil, fmt.Errorf("beam with %d classes, at most %d", m.nc, maxBeamClasses)
	}
	m.twoPass = feat&featTwoPass != 0
	if feat&featGazetteer != 0 {
		g, err := gazetteer.Load()
		if err != nil {
			return nil, err
		}
		m.setGazetteer(g)
	}
	m.lex.keys = make([]uint64, ncl)
	paths := make([]uint32, ncl)
	ns := make([]uint8, ncl)
	casings := make([]uint8, ncl)
	gz := make([]uint16, ncl)
	for _, v := range []any{m.lex.keys, paths, ns, casings, gz} {
		if err := get(v); err != nil {
			return nil, err
		}
	}
	m.lex.entries = make([]lexEntry, ncl)
	for i := range m.lex.entries {
		if ns[i] > 32 || casings[i] > caseAllCaps {
			return nil, fmt.Errorf("bad word entry %d", i)
		}
		m.lex.entries[i] = lexEntry{path: paths[i], n: ns[i], casing: casings[i], gaz: gz[i]}
	}
	// exchange classes
	var nx uint8
	if err := get(&nx); err != nil {
		return nil, err
	}
	if nx > maxExchange {
		return nil, fmt.Errorf("%d exchange clusterings, at most %d", nx, maxExchange)
	}
	xs := make([]uint16, ncl)
	for i := 0; i < int(nx); i++ {
		if err := get(xs); err != nil {
			return nil, err
		}
		for j, c := range xs {
			m.lex.entries[j].xc[i] = c
		}
	}
	m.lex.build()
	var nrows uint32
	if err := get(&nrows); err != nil {
		return nil, err
	}
	words := (1 << logB) / 64
	if logB < 6 {
		words = 1
	}
	size := int64(words)*8 + int64(nrows)*int64(m.nc-1)*2
	if size != int64(r.Len()) {
		return nil, fmt.Errorf("weights: have %d bytes, want %d", r.Len(), size)
	}
	m.used = make([]uint64, words)
	m.rows = make([]int16, int(nrows)*(m.nc-1))
	if err := get(m.used); err != nil {
		return nil, err
	}
	if err := get(m.rows); err != nil {
		return nil, err
	}
	set := 0
	for _, word := range m.used {
		set += bits.OnesCount64(word)
	}
	if set != int(nrows) {
		return nil, fmt.Errorf("weights: %d rows marked, %d stored", set, nrows)
	}
	m.rankIndex()
	m.packLanes()
	return m, nil
}
