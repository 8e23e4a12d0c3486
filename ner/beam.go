package ner

import "math"

// maxBeam is the widest beam.
const maxBeam = 8

// maxBeamClasses is the most classes a beam model can have (classes are
// kept as bytes, nc marking the sentence start).
const maxBeamClasses = 255

// growBeam sizes s.beam and s.beamN for a sentence of n tokens and a beam
// of width k.
func (s *scratch) growBeam(n, k int) {
	if cap(s.beam) < (n+1)*k {
		s.beam = make([]beamEntry, (n+1)*k)
	}
	if cap(s.beamN) < n+1 {
		s.beamN = make([]int, n+1)
	}
	s.beam, s.beamN = s.beam[:(n+1)*k], s.beamN[:n+1]
}

// beamEntry is one hypothesis of the beam at a token: its class, the
// class before it, its path score, its back pointer (the index of the
// hypothesis it extends at the previous token) and its local margin.
type beamEntry struct {
	score  float64
	back   int32
	c, p1  uint8
	margin int32
}

// beamPass tags the prepared document with a beam of width k per
// sentence: each hypothesis is extended by every valid class, scored with
// the previous two classes of its own path, and the k best extensions
// with distinct last two classes are kept (hypotheses that agree on them
// score alike from then on). With m.prune set, a hypothesis is extended
// only while its score trails the best one's by at most m.prune. The
// prediction history of the document is updated after each sentence, from
// the best path. It fills s.class and s.margin as pass does; a token's
// margin is its class's score less the best other class's, given the
// previous classes of the path. Models with other than 17 classes score
// without the packed rows (slower).
func (m *Model) beamPass(s *scratch, sents [][]string, k int) {
	nc := m.nc
	packed := len(m.packed) > 0 && nc == 17
	if len(s.p1acc) < nc+1 {
		s.p1acc = make([]acc, nc+1)
	}
	prune := math.Inf(1)
	if m.prune > 0 && m.scale > 0 {
		prune = float64(m.prune) / float64(m.scale)
	}
	off := 0
	for si, sent := range sents {
		n := len(sent)
		if n == 0 {
			continue
		}
		toks := s.toks[off : off+n]
		s.growBeam(n, k)
		// position 0 holds the start state
		s.beam[0] = beamEntry{c: uint8(nc), p1: uint8(nc), back: -1}
		s.beamN[0] = 1
		for i := range toks {
			t := &toks[i]
			hist := -1
			if t.flags&(fInitCap|fAllCaps) != 0 {
				hist = int(s.tab.hist[t.slot])
			}
			// the features all hypotheses share: static and history
			f := m.fz.static(s.feats[:0], toks, i, s.sflags[si])
			f = m.fz.history(f, t, hist)
			var base acc
			if packed {
				m.add(&base, f)
			}
			ns := len(f)
			prev := s.beam[i*k : i*k+s.beamN[i]]
			next := s.beam[(i+1)*k : (i+1)*k+k]
			nn := 0
			lists := m.next
			if i == n-1 {
				lists = m.nextLast
			}
			sc := s.scores[:nc]
			var seen uint32 // previous classes whose sums are in s.p1acc
			for h := range prev {
				ph := &prev[h]
				if h > 0 && prev[0].score-ph.score > prune {
					break
				}
				p1, p2 := int(ph.c), int(ph.p1)
				if packed {
					// the rows of the class features without the
					// word are summed once per model (pathAcc), those
					// with it once per token and previous class
					if seen&(1<<p1) == 0 {
						seen |= 1 << p1
						pa := &s.p1acc[p1]
						*pa = base
						f = append(f[:ns], m.fz.f2(tP1Low, uint64(p1), t.low), m.fz.f2(tP1Short, uint64(p1), t.short))
						m.add(pa, f[ns:])
					}
					sum := s.p1acc[p1]
					sum.plus(&m.pathAcc[p2*(nc+1)+p1])
					m.finish(&sum, sc)
				} else {
					f = m.fz.path(f[:ns], t, p1, p2)
					m.score(sc, f)
				}
				// the hypothesis's best local classes: only its k best
				// can enter the beam (the rest have k better ones with
				// distinct last two classes); the second best also
				// gives the best one's margin
				var tv [maxBeam]int32
				var tc [maxBeam]uint8
				nt, lim := 0, max(k, 2)
				for _, c := range lists[p1] {
					v := sc[c]
					if nt == lim && v <= tv[nt-1] {
						continue
					}
					if nt < lim {
						nt++
					}
					j := nt - 1
					for j > 0 && tv[j-1] < v {
						tv[j], tc[j] = tv[j-1], tc[j-1]
						j--
					}
					tv[j], tc[j] = v, c
				}
				for j := 0; j < min(nt, k); j++ {
					v := tv[j]
					score := ph.score + float64(v)
					if nn == k && score <= next[k-1].score {
						break
					}
					mg := v - tv[0]
					if j == 0 && nt > 1 {
						mg = v - tv[1]
					}
					nn = beamInsert(next, nn, beamEntry{score: score, back: int32(h), c: tc[j], p1: uint8(p1), margin: mg})
				}
			}
			s.feats = f
			if nn == 0 {
				// no valid class (cannot happen with BILOU masks): O
				next[0] = beamEntry{score: prev[0].score, back: 0, c: 0, p1: prev[0].c}
				nn = 1
			}
			s.beamN[i+1] = nn
		}
		// the best final hypothesis, then back pointers
		h := 0
		for j := n; j > 0; j-- {
			e := &s.beam[j*k+h]
			s.class[off+j-1] = int(e.c)
			s.margin[off+j-1] = float32(e.margin) * m.scale
			h = int(e.back)
		}
		for i := range toks {
			t := &toks[i]
			if t.flags&(fInitCap|fAllCaps) != 0 {
				s.tab.hist[t.slot] = int8(typeOf(s.class[off+i]) + 1)
			}
		}
		off += n
	}
}

// beamInsert adds e to the beam b holding n entries sorted by score
// (best first), keeping at most len(b) entries and one entry per pair of
// last two classes. It returns the new count.
func beamInsert(b []beamEntry, n int, e beamEntry) int {
	for j := 0; j < n; j++ {
		if b[j].c == e.c && b[j].p1 == e.p1 {
			if b[j].score >= e.score {
				return n
			}
			// replace: remove j, then insert e below
			copy(b[j:n-1], b[j+1:n])
			n--
			break
		}
	}
	if n == len(b) && b[n-1].score >= e.score {
		return n
	}
	if n < len(b) {
		n++
	}
	j := n - 1
	for j > 0 && b[j-1].score < e.score {
		b[j] = b[j-1]
		j--
	}
	b[j] = e
	return n
}

// beamTrain tags the prepared training document d with a beam of width k,
// as beamPass does but with the float weights tr.w (whose class O weights
// stay 0, so that path scores are sums of the rows as stored), and makes
// a structured perceptron update for each sentence whose best path is not
// the gold one: the features of the gold path are added to its classes
// and those of the predicted path taken from its classes, at the tokens
// where the two paths differ in the class or in the two before it.
func (tr *trainer) beamTrain(d *trainDoc, k int) (errs, ntok int) {
	m, s, nc, w := tr.m, tr.s, tr.nc, tr.w
	off := 0
	for si, sent := range d.sents {
		n := len(sent)
		if n == 0 {
			continue
		}
		toks := s.toks[off : off+n]
		gold := d.gold[off : off+n]
		// static features and their sums per token
		tr.sfeat = tr.sfeat[:0]
		if cap(tr.soff) < n+1 {
			tr.soff = make([]int, n+1)
		}
		tr.soff = tr.soff[:n+1]
		if cap(tr.base) < n*nc {
			tr.base = make([]float32, n*nc)
		}
		tr.base = tr.base[:n*nc]
		clear(tr.base)
		if cap(tr.hists) < n {
			tr.hists = make([]int, n)
		}
		tr.hists = tr.hists[:n]
		for i := range toks {
			tr.soff[i] = len(tr.sfeat)
			tr.sfeat = m.fz.static(tr.sfeat, toks, i, s.sflags[si])
			base := tr.base[i*nc : i*nc+nc]
			for _, b := range tr.sfeat[tr.soff[i]:] {
				row := w[int(b)*nc : int(b)*nc+nc]
				for c, v := range row {
					base[c] += v
				}
			}
			tr.hists[i] = -1
			if t := &toks[i]; t.flags&(fInitCap|fAllCaps) != 0 {
				tr.hists[i] = int(s.tab.hist[t.slot])
			}
		}
		tr.soff[n] = len(tr.sfeat)
		s.growBeam(n, k)
		s.beam[0] = beamEntry{c: uint8(nc), p1: uint8(nc), back: -1}
		s.beamN[0] = 1
		sc := s.fscore[:nc]
		for i := range toks {
			t := &toks[i]
			prev := s.beam[i*k : i*k+s.beamN[i]]
			next := s.beam[(i+1)*k : (i+1)*k+k]
			nn := 0
			last := i == n-1
			for h := range prev {
				ph := &prev[h]
				p1, p2 := int(ph.c), int(ph.p1)
				copy(sc, tr.base[i*nc:i*nc+nc])
				s.feats = m.fz.dynamic(s.feats[:0], t, p1, p2, tr.hists[i])
				for _, b := range s.feats {
					row := w[int(b)*nc : int(b)*nc+nc]
					for c, v := range row {
						sc[c] += v
					}
				}
				valid := m.valid[p1*nc : p1*nc+nc]
				for c, v := range sc {
					if !valid[c] || (last && !m.final[c]) {
						continue
					}
					nn = beamInsert(next, nn, beamEntry{score: ph.score + float64(v), back: int32(h), c: uint8(c), p1: uint8(p1)})
				}
			}
			s.beamN[i+1] = nn
		}
		h := 0
		for j := n; j > 0; j-- {
			e := &s.beam[j*k+h]
			s.class[off+j-1] = int(e.c)
			h = int(e.back)
		}
		pred := s.class[off : off+n]
		// update where the paths differ
		g1, g2, c1, c2 := nc, nc, nc, nc
		for j := 0; j < n; j++ {
			g, c := gold[j], pred[j]
			if g != c {
				errs++
			}
			if g != c || g1 != c1 || g2 != c2 {
				if g != c {
					for _, b := range tr.sfeat[tr.soff[j]:tr.soff[j+1]] {
						if tr.count != nil && tr.count[b] < tr.cutoff {
							continue
						}
						tr.update(b, g, 1)
						tr.update(b, c, -1)
					}
				}
				s.feats = m.fz.dynamic(s.feats[:0], &toks[j], g1, g2, tr.hists[j])
				for _, b := range s.feats {
					tr.update(b, g, 1)
				}
				s.feats = m.fz.dynamic(s.feats[:0], &toks[j], c1, c2, tr.hists[j])
				for _, b := range s.feats {
					tr.update(b, c, -1)
				}
			}
			g2, g1 = g1, g
			c2, c1 = c1, c
			tr.step++
			ntok++
		}
		for i := range toks {
			if t := &toks[i]; t.flags&(fInitCap|fAllCaps) != 0 {
				s.tab.hist[t.slot] = int8(typeOf(pred[i]) + 1)
			}
		}
		off += n
	}
	return errs, ntok
}

// update adds d to the weight of class c in row b (class O stays 0).
func (tr *trainer) update(b uint32, c int, d float32) {
	if c == 0 {
		return
	}
	r := int(b)*tr.nc + c
	tr.w[r] += d
	tr.u[r] += float64(d) * tr.step
}

// plus adds the sums of b to a.
func (a *acc) plus(b *acc) {
	for i := range a.e {
		a.e[i] += b.e[i]
		a.o[i] += b.o[i]
	}
	a.hits += b.hits
}

// setPathAcc sums, for each pair of previous classes (p2, p1), the packed
// rows of the class features that do not involve the word (tP1, tP2P1),
// for beamPass.
func (m *Model) setPathAcc() {
	m.pathAcc = nil
	if len(m.packed) == 0 || m.nc != 17 {
		return
	}
	nc := m.nc
	m.pathAcc = make([]acc, (nc+1)*(nc+1))
	var f [2]uint32
	for p2 := 0; p2 <= nc; p2++ {
		for p1 := 0; p1 <= nc; p1++ {
			f[0] = m.fz.f1(tP1, uint64(p1))
			f[1] = m.fz.f2(tP2P1, uint64(p2), uint64(p1))
			m.add(&m.pathAcc[p2*(nc+1)+p1], f[:])
		}
	}
}
