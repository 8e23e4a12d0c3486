package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"time"

	"github.com/newsgraph/newsgraph/eval/conll"
	"github.com/newsgraph/newsgraph/gazetteer"
)

// Config holds the training settings.
type Config struct {
	// Epochs is the number of passes over the training documents.
	Epochs int
	// Seed fixes the order of documents in each epoch.
	Seed uint64
	// Runs is the number of training runs, with seeds Seed, Seed+1, …,
	// whose averaged weights are averaged again into the model (a cheap
	// ensemble: the model is as fast as one run's). 0 means 1.
	Runs int
	// LogBuckets is log2 of the number of rows of the hashed weight table.
	LogBuckets uint
	// Words holds word clusters and counts from unlabeled text; nil
	// means no cluster or casing features.
	Words *Words
	// WordsPath, when set, is read by TrainFiles into Words.
	WordsPath string
	// WordsText, when set and WordsPath is not, lists folders of .txt
	// files from which TrainFiles counts and clusters words (with the
	// training sentences) into Words.
	WordsText []string
	// WordsColumns lists CoNLL-style column files whose tokens are
	// counted and clustered with WordsText (see ReadColumns).
	WordsColumns []string
	// MinCount, when above 1, leaves out of training the static features
	// seen fewer times than that in the training text.
	MinCount int
	// TwoPass trains a tagger that tags each document twice, the second
	// time with features of the first pass's predictions over the whole
	// document (see MODEL.md).
	TwoPass bool
	// Beam, when above 1, trains and tags with a beam of that width
	// (a structured perceptron) instead of greedily.
	Beam int
	// Prune, when above 0, makes tagging (not training) extend only the
	// hypotheses whose score trails the best one's by at most Prune
	// (in weight units): fewer hypotheses per token, so faster.
	Prune float64
	// Cluster holds the clustering settings for ClusterText.
	Cluster ClusterConfig
	// Gazetteer, when set, adds features from its lists; the model then
	// loads the embedded gazetteer when decoded.
	Gazetteer *gazetteer.Gazetteer
}

// DefaultConfig returns the settings of the embedded model.
func DefaultConfig() Config {
	return Config{Epochs: 8, Seed: 1, Runs: 4, LogBuckets: 20, MinCount: 2, Beam: 3, Prune: 50, Cluster: DefaultClusterConfig()}
}

// trainDoc is a training document: its sentences and gold classes.
type trainDoc struct {
	sents [][]string
	gold  []int // one class per token, sentences concatenated
}

// Train trains a model on train, printing the dev score after each epoch
// to log when dev is not empty. The same inputs and config give the same
// model, byte for byte.
func Train(cfg Config, train, dev []conll.Document, log io.Writer) (*Model, error) {
	if log == nil {
		log = io.Discard
	}
	if cfg.Epochs <= 0 {
		return nil, fmt.Errorf("train: epochs %d, want > 0", cfg.Epochs)
	}
	if cfg.LogBuckets < 8 || cfg.LogBuckets > 26 {
		return nil, fmt.Errorf("train: log buckets %d, want 8..26", cfg.LogBuckets)
	}
	types := typesOf(train)
	if len(types) == 0 {
		return nil, fmt.Errorf("train: no entities in the training data")
	}
	m := newModel(types, cfg.LogBuckets)
	m.twoPass = cfg.TwoPass
	if cfg.Beam > 1 {
		if cfg.TwoPass {
			return nil, fmt.Errorf("train: beam %d with two passes: not supported", cfg.Beam)
		}
		if cfg.Beam > maxBeam {
			return nil, fmt.Errorf("train: beam %d, want at most %d", cfg.Beam, maxBeam)
		}
		if m.nc > maxBeamClasses {
			return nil, fmt.Errorf("train: beam with %d classes, at most %d", m.nc, maxBeamClasses)
		}
		m.beam = cfg.Beam
		if cfg.Prune < 0 || math.IsNaN(cfg.Prune) {
			return nil, fmt.Errorf("train: beam threshold %v, want >= 0", cfg.Prune)
		}
		m.prune = float32(cfg.Prune)
	}
	if cfg.Gazetteer != nil {
		m.setGazetteer(cfg.Gazetteer)
	}
	if cfg.Words != nil {
		keys, es, err := cfg.Words.entries(m.gaz)
		if err != nil {
			return nil, fmt.Errorf("train: %w", err)
		}
		m.lex = lexTab{keys: keys, entries: es}
		m.lex.build()
	}
	docs := make([]trainDoc, 0, len(train))
	index := make(map[string]int, len(types))
	for i, t := range types {
		index[t] = i
	}
	for _, d := range train {
		var td trainDoc
		for _, s := range d.Sentences {
			td.sents = append(td.sents, s.Words())
			gold := make([]int, len(s))
			for _, c := range conll.Chunks(s.Tags()) {
				k := index[c.Type]
				if c.End-c.Start == 1 {
					gold[c.Start] = classOf(k, pU)
					continue
				}
				gold[c.Start] = classOf(k, pB)
				for i := c.Start + 1; i < c.End-1; i++ {
					gold[i] = classOf(k, pI)
				}
				gold[c.End-1] = classOf(k, pL)
			}
			td.gold = append(td.gold, gold...)
		}
		if len(td.gold) > 0 {
			docs = append(docs, td)
		}
	}
	nc := m.nc
	size := (1 << cfg.LogBuckets) * nc
	tr := &trainer{
		m: m, nc: nc, docs: docs, log: log,
		w: make([]float32, size), u: make([]float64, size),
		s:    &scratch{scores: make([]int32, nc), fscore: make([]float32, nc)},
		beam: cfg.Beam,
	}
	all := make([]int, len(docs))
	for i := range all {
		all[i] = i
	}
	if cfg.MinCount > 1 {
		tr.countFeatures()
		tr.cutoff = uint8(min(cfg.MinCount, math.MaxUint8))
	}
	var first [][]uint8
	if cfg.TwoPass {
		first = tr.heldOut(cfg)
	}
	runs := max(cfg.Runs, 1)
	var sum []float64 // the averaged weights of the finished runs, added
	for run := 0; run < runs; run++ {
		rel := tr.run(all, cfg.Seed+uint64(run), cfg.Epochs, fmt.Sprintf("run %d", run+1), first, func(epoch int, rel []float64) {
			if len(dev) > 0 || epoch == cfg.Epochs {
				m.setWeights(sum, rel, run+1)
			}
			if len(dev) > 0 {
				r := m.Evaluate(dev)
				fmt.Fprintf(log, ", dev P %.4f R %.4f F1 %.4f", r.Precision, r.Recall, r.F1)
				if run > 0 {
					fmt.Fprintf(log, " (average of %d runs)", run+1)
				}
			}
		})
		if sum == nil {
			sum = rel
		} else {
			for i, v := range rel {
				sum[i] += v
			}
		}
	}
	return m, nil
}

// Folds is the number of cross-validation folds whose held-out
// predictions train the second pass.
const Folds = 4

// trainer holds the state of a training: the model shell, the documents,
// the float weights and averaging sums of the run in progress.
type trainer struct {
	m    *Model
	nc   int
	docs []trainDoc
	log  io.Writer
	w    []float32
	u    []float64 // sum of step × update, for averaging
	step float64
	s    *scratch
	// count holds how often each static feature's bucket occurs in the
	// training text (saturating); nil when no cutoff applies.
	count  []uint8
	cutoff uint8
	// beam is the beam width of training (beamTrain); 0 or 1 trains
	// greedily (pass).
	beam int
	// buffers of beamTrain: static features of a sentence's tokens
	// (sfeat from soff[i]), their sums (base) and prediction histories
	sfeat []uint32
	soff  []int
	base  []float32
	hists []int
}

// countFeatures sets tr.count from the static features of the documents.
func (tr *trainer) countFeatures() {
	m, s := tr.m, tr.s
	tr.count = make([]uint8, len(tr.w)/tr.nc)
	for di := range tr.docs {
		d := &tr.docs[di]
		m.prepare(s, d.sents)
		off := 0
		for si, sent := range d.sents {
			toks := s.toks[off : off+len(sent)]
			for i := range toks {
				s.feats = m.fz.static(s.feats[:0], toks, i, s.sflags[si])
				for _, b := range s.feats {
					if tr.count[b] < math.MaxUint8 {
						tr.count[b]++
					}
				}
			}
			off += len(sent)
		}
	}
}

// run trains a one-pass tagger on the documents idx for epochs epochs,
// shuffled by seed, and returns its averaged weights relative to class O.
// After each epoch it logs the errors, calls after (which may log more)
// and ends the line.
func (tr *trainer) run(idx []int, seed uint64, epochs int, label string, first [][]uint8, after func(epoch int, rel []float64)) []float64 {
	clear(tr.w)
	clear(tr.u)
	tr.step = 1
	rng := rand.New(rand.NewPCG(seed, 0x6e6572))
	order := slices.Clone(idx)
	var rel []float64
	for epoch := 1; epoch <= epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, errs2, ntok := 0, 0, 0
		for _, di := range order {
			d := &tr.docs[di]
			tr.m.prepare(tr.s, d.sents)
			var e, k int
			if tr.beam > 1 {
				e, k = tr.beamTrain(d, tr.beam)
			} else {
				e, k = tr.pass(d, false)
			}
			errs, ntok = errs+e, ntok+k
			if first != nil {
				for j, c := range first[di] {
					tr.s.class[j] = int(c)
				}
				tr.m.aggregate(tr.s)
				e, _ = tr.pass(d, true)
				errs2 += e
			}
		}
		rel = relWeights(tr.nc, tr.w, tr.u, tr.step)
		fmt.Fprintf(tr.log, "%s epoch %d: %d tokens, %.2f%% token errors (second pass %.2f%%), %s", label, epoch, ntok, 100*float64(errs)/float64(max(ntok, 1)), 100*float64(errs2)/float64(max(ntok, 1)), time.Since(start).Round(time.Millisecond))
		if after != nil {
			after(epoch, rel)
		}
		fmt.Fprintln(tr.log)
	}
	return rel
}

// pass tags the prepared document d once and updates the weights where a
// class is wrong. With base nil it is the first pass: all features, all
// scored and updated with tr.w. Otherwise it is the second pass (after
// aggregate): the first-pass features are scored with the held-out
// model base, which stays fixed, and only the second-pass features are
// scored with tr.w and updated.
func (tr *trainer) pass(d *trainDoc, withSecond bool) (errs, ntok int) {
	m, s, nc, w, u := tr.m, tr.s, tr.nc, tr.w, tr.u
	off := 0
	for si, sent := range d.sents {
		toks := s.toks[off : off+len(sent)]
		p1, p2 := nc, nc
		for i := range toks {
			t := &toks[i]
			j := off + i
			f := m.fz.static(s.feats[:0], toks, i, s.sflags[si])
			ns := len(f)
			hist, slot := -1, -1
			if t.flags&(fInitCap|fAllCaps) != 0 {
				slot = int(t.slot)
				hist = int(s.tab.hist[slot])
			}
			f = m.fz.dynamic(f, t, p1, p2, hist)
			sc := s.fscore[:nc]
			clear(sc)
			if withSecond {
				f = m.fz.second(f, s, nc, j, i, len(toks))
			}
			upd := f
			s.feats = f
			for _, b := range upd {
				row := w[int(b)*nc : int(b)*nc+nc]
				row = row[:len(sc)]
				for c, v := range row {
					sc[c] += v
				}
			}
			best := -1
			bestScore := float32(math.Inf(-1))
			valid := m.valid[p1*nc : p1*nc+nc]
			last := i == len(toks)-1
			for c, v := range sc {
				if !valid[c] || (last && !m.final[c]) {
					continue
				}
				if v > bestScore {
					best, bestScore = c, v
				}
			}
			gold := d.gold[j]
			if best != gold {
				errs++
				for k, b := range upd {
					if k < ns && tr.count != nil && tr.count[b] < tr.cutoff {
						continue
					}
					r := int(b) * nc
					w[r+gold]++
					u[r+gold] += tr.step
					if best >= 0 {
						w[r+best]--
						u[r+best] -= tr.step
					}
				}
			}
			tr.step++
			ntok++
			if best < 0 {
				best = 0
			}
			s.class[j] = best
			if slot >= 0 {
				s.tab.hist[slot] = int8(typeOf(best) + 1)
			}
			p2, p1 = p1, best
		}
		off += len(sent)
	}
	return errs, ntok
}

// heldOut returns the first-pass classes of each training document, as
// tagged by a one-pass tagger trained without it: the documents are
// split into Folds folds, and a tagger trained on the others tags each.
// These are what the second pass's features see in training, so that
// they are as wrong as the first pass's predictions at run time.
func (tr *trainer) heldOut(cfg Config) [][]uint8 {
	m, s := tr.m, tr.s
	first := make([][]uint8, len(tr.docs))
	herr, hn := 0, 0
	for k := 0; k < Folds; k++ {
		var idx []int
		for i := range tr.docs {
			if i%Folds != k {
				idx = append(idx, i)
			}
		}
		rel := tr.run(idx, cfg.Seed+1000+uint64(k), cfg.Epochs, fmt.Sprintf("fold %d", k+1), nil, nil)
		fm := newModel(m.Types, m.logB)
		fm.gaz, fm.places, fm.lex = m.gaz, m.places, m.lex
		fm.setWeights(nil, rel, 1)
		for i := k; i < len(tr.docs); i += Folds {
			d := &tr.docs[i]
			fm.prepare(s, d.sents)
			fm.pass(s, d.sents, false)
			first[i] = make([]uint8, len(s.class))
			for j, c := range s.class {
				first[i][j] = uint8(c)
				if c != d.gold[j] {
					herr++
				}
				hn++
			}
		}
	}
	fmt.Fprintf(tr.log, "held-out first pass: %.2f%% token errors\n", 100*float64(herr)/float64(max(hn, 1)))
	return first
}

// relWeights returns the averaged weights w - u/step of each row less the
// weight of class O in the row (which leaves every decision unchanged), as
// rows of nc-1 weights.
func relWeights(nc int, w []float32, u []float64, step float64) []float64 {
	rows := len(w) / nc
	rel := make([]float64, rows*(nc-1))
	for r := 0; r < rows; r++ {
		o := float64(w[r*nc]) - u[r*nc]/step
		for c := 1; c < nc; c++ {
			rel[r*(nc-1)+c-1] = float64(w[r*nc+c]) - u[r*nc+c]/step - o
		}
	}
	return rel
}

// setWeights quantizes the mean of runs weight tables, sum (the sum of
// the first runs-1, or nil) and last, into the model's table.
func (m *Model) setWeights(sum, last []float64, runs int) {
	mean := make([]float64, len(last))
	var maxAbs float64
	for i, v := range last {
		if sum != nil {
			v += sum[i]
		}
		v /= float64(runs)
		mean[i] = v
		maxAbs = math.Max(maxAbs, math.Abs(v))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	m.scale = float32(maxAbs / 32767)
	q := make([]int16, len(mean))
	inv := 32767 / maxAbs
	for i, v := range mean {
		q[i] = int16(math.Round(v * inv))
	}
	m.setTable(q)
}

// Evaluate tags the documents and scores the result against their tags.
func (m *Model) Evaluate(docs []conll.Document) conll.Result {
	var gold, pred [][]string
	for _, d := range docs {
		sents := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			sents[i] = s.Words()
			gold = append(gold, s.Tags())
		}
		pred = append(pred, m.TagSentences(sents)...)
	}
	return conll.Score(gold, pred)
}

// typesOf returns the entity types of the documents' tags, sorted.
func typesOf(docs []conll.Document) []string {
	seen := map[string]bool{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, c := range conll.Chunks(s.Tags()) {
				seen[c.Type] = true
			}
		}
	}
	var types []string
	for t := range seen {
		types = append(types, t)
	}
	slices.Sort(types)
	return types
}

// TrainFiles trains on the CoNLL files trainPaths, reports progress and the
// score on devPaths to log, and writes the model to out.
func TrainFiles(cfg Config, trainPaths, devPaths []string, out string, log io.Writer) error {
	read := func(paths []string) ([]conll.Document, error) {
		var all []conll.Document
		for _, p := range paths {
			d, err := conll.Read(p)
			if err != nil {
				return nil, err
			}
			all = append(all, d...)
		}
		return all, nil
	}
	train, err := read(trainPaths)
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	dev, err := read(devPaths)
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	switch {
	case cfg.WordsPath != "":
		if cfg.Words, err = ReadWords(cfg.WordsPath); err != nil {
			return fmt.Errorf("train: %w", err)
		}
	case len(cfg.WordsText) > 0:
		start := time.Now()
		sents, err := ReadWordText(cfg)
		if err != nil {
			return fmt.Errorf("train: %w", err)
		}
		for _, d := range train {
			for _, s := range d.Sentences {
				sents = append(sents, s.Words())
			}
		}
		cfg.Words = CountWords(sents, cfg.Cluster)
		fmt.Fprintf(log, "counted %d words of %d sentences, %d with a bit string, %d with exchange classes, in %s\n", len(cfg.Words.Count), len(sents), len(cfg.Words.Clusters), len(cfg.Words.Classes), time.Since(start).Round(time.Millisecond))
	}
	m, err := Train(cfg, train, dev, log)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	if err := m.Encode(f); err != nil {
		f.Close()
		return fmt.Errorf("train: write %s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("train: write %s: %w", out, err)
	}
	return nil
}

// ReadWordText reads the unlabeled text of cfg.WordsText (ReadText) and
// cfg.WordsColumns (ReadColumns) as sentences.
func ReadWordText(cfg Config) ([][]string, error) {
	sents, err := ReadText(cfg.WordsText)
	if err != nil {
		return nil, fmt.Errorf("word text: %w", err)
	}
	cols, err := ReadColumns(cfg.WordsColumns)
	if err != nil {
		return nil, fmt.Errorf("word text: %w", err)
	}
	return append(sents, cols...), nil
}
