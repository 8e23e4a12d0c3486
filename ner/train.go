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
	// Cluster holds the clustering settings for ClusterText.
	Cluster ClusterConfig
	// Gazetteer, when set, adds features from its lists; the model then
	// loads the embedded gazetteer when decoded.
	Gazetteer *gazetteer.Gazetteer
}

// DefaultConfig returns the settings of the embedded model.
func DefaultConfig() Config {
	return Config{Epochs: 8, Seed: 1, Runs: 4, LogBuckets: 20, Cluster: DefaultClusterConfig()}
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
	runs := max(cfg.Runs, 1)
	var sum []float64 // the averaged weights of the finished runs, added
	w := make([]float32, size)
	u := make([]float64, size) // sum of step × update, for averaging
	s := &scratch{scores: make([]int32, nc), fscore: make([]float32, nc)}
	order := make([]int, len(docs))
	for run := 0; run < runs; run++ {
		clear(w)
		clear(u)
		step := 1.0
		rng := rand.New(rand.NewPCG(cfg.Seed+uint64(run), 0x6e6572))
		for i := range order {
			order[i] = i
		}
		var rel []float64
		for epoch := 1; epoch <= cfg.Epochs; epoch++ {
			start := time.Now()
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			errs, ntok := 0, 0
			for _, di := range order {
				d := &docs[di]
				m.prepare(s, d.sents)
				off := 0
				for si, sent := range d.sents {
					toks := s.toks[off : off+len(sent)]
					p1, p2 := nc, nc
					for i := range toks {
						t := &toks[i]
						f := m.fz.static(s.feats[:0], toks, i, s.sflags[si])
						hist, slot := -1, -1
						if t.flags&(fInitCap|fAllCaps) != 0 {
							slot = int(t.slot)
							hist = int(s.tab.hist[slot])
						}
						f = m.fz.dynamic(f, t, p1, p2, hist)
						s.feats = f
						sc := s.fscore[:nc]
						clear(sc)
						for _, b := range f {
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
						gold := d.gold[off+i]
						if best != gold {
							errs++
							for _, b := range f {
								j := int(b) * nc
								w[j+gold]++
								u[j+gold] += step
								if best >= 0 {
									w[j+best]--
									u[j+best] -= step
								}
							}
						}
						step++
						ntok++
						if slot >= 0 {
							s.tab.hist[slot] = int8(typeOf(best) + 1)
						}
						p2, p1 = p1, best
					}
					off += len(sent)
				}
			}
			rel = relWeights(nc, w, u, step)
			fmt.Fprintf(log, "run %d epoch %d: %d tokens, %.2f%% token errors, %s", run+1, epoch, ntok, 100*float64(errs)/float64(max(ntok, 1)), time.Since(start).Round(time.Millisecond))
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
			fmt.Fprintln(log)
		}
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
		sents, err := ReadText(cfg.WordsText)
		if err != nil {
			return fmt.Errorf("train: word text: %w", err)
		}
		for _, d := range train {
			for _, s := range d.Sentences {
				sents = append(sents, s.Words())
			}
		}
		cfg.Words = CountWords(sents, cfg.Cluster)
		fmt.Fprintf(log, "counted %d words of %d sentences, clustered %d, in %s\n", len(cfg.Words.Count), len(sents), len(cfg.Words.Clusters), time.Since(start).Round(time.Millisecond))
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
