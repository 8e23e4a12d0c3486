// Command train trains the named-entity tagger on CoNLL files and writes
// the model file that package ner embeds.
//
//	go run ./ner/train -train ../shared/data/conll2003/train.txt \
//	    -dev ../shared/data/conll2003/dev.txt \
//	    -words-text ../shared/data/bbc-news,../shared/data/polnear/train/text,../shared/data/gum/xml \
//	    -words-columns ../shared/data/crossner/politics/train.txt,../shared/data/crossner/music/train.txt,../shared/data/crossner/literature/train.txt \
//	    -out ner/model/ner.model.gz
//
// The defaults are those settings; see ner/MODEL.md.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/eval/conll"
	"github.com/newsgraph/newsgraph/gazetteer"
	"github.com/newsgraph/newsgraph/ner"
)

func main() {
	cfg := ner.DefaultConfig()
	trainPaths := flag.String("train", "../shared/data/conll2003/train.txt", "comma-separated training files")
	devPaths := flag.String("dev", "../shared/data/conll2003/dev.txt", "comma-separated dev files (may be empty)")
	out := flag.String("out", "ner/model/ner.model.gz", "model file to write")
	flag.IntVar(&cfg.Epochs, "epochs", cfg.Epochs, "training epochs")
	flag.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "shuffle seed of the first run")
	flag.IntVar(&cfg.Runs, "runs", cfg.Runs, "training runs (seeds seed, seed+1, …) averaged into the model")
	flag.IntVar(&cfg.Beam, "beam", cfg.Beam, "beam width of training and tagging (0 or 1: greedy)")
	flag.Float64Var(&cfg.Prune, "prune", cfg.Prune, "extend only beam hypotheses within this score of the best when tagging (0: all)")
	flag.BoolVar(&cfg.TwoPass, "two-pass", cfg.TwoPass, "tag in two passes, the second with features of the first's predictions over the document")
	flag.IntVar(&cfg.MinCount, "min-count", cfg.MinCount, "leave out static features seen fewer times in training (0 or 1: none)")
	flag.UintVar(&cfg.LogBuckets, "buckets", cfg.LogBuckets, "log2 of the weight table rows")
	flag.StringVar(&cfg.WordsPath, "words", cfg.WordsPath, "word file (word, cluster bits, count, inside count, exchange classes) written by -words-out")
	wordsOut := flag.String("words-out", "", "write the words counted from -words-text to this file and stop")
	wordsText := flag.String("words-text", "../shared/data/bbc-news,../shared/data/polnear/train/text,../shared/data/gum/xml",
		"comma-separated folders of .txt (raw text) and .xml (vertical XML, train partition only) files to count and cluster words from, with the training text")
	wordsColumns := flag.String("words-columns", "../shared/data/crossner/politics/train.txt,../shared/data/crossner/music/train.txt,../shared/data/crossner/literature/train.txt",
		"comma-separated CoNLL-style column files whose tokens are counted and clustered with -words-text")
	flag.IntVar(&cfg.Cluster.MinCount, "cluster-min", cfg.Cluster.MinCount, "least count of a word with a bit string")
	flag.IntVar(&cfg.Cluster.Contexts, "cluster-contexts", cfg.Cluster.Contexts, "context words of the bit-string clustering")
	flag.IntVar(&cfg.Cluster.Depth, "cluster-depth", cfg.Cluster.Depth, "longest bit string of the PPMI 2-means hierarchy (0: none)")
	exchange := flag.String("exchange", joinInts(cfg.Cluster.Exchange.Classes), "comma-separated class counts of the exchange clusterings (empty: none)")
	flag.IntVar(&cfg.Cluster.Exchange.Iters, "exchange-iters", cfg.Cluster.Exchange.Iters, "most passes of the exchange clustering")
	flag.IntVar(&cfg.Cluster.Exchange.MinCount, "exchange-min", cfg.Cluster.Exchange.MinCount, "least count of a word with an exchange class")
	flag.Uint64Var(&cfg.Cluster.Exchange.Seed, "exchange-seed", cfg.Cluster.Exchange.Seed, "seed of the exchange clustering's initial classes")
	useGaz := flag.Bool("gazetteer", true, "add gazetteer features (package gazetteer)")
	flag.Parse()
	split := func(s string) []string {
		if s == "" {
			return nil
		}
		return strings.Split(s, ",")
	}
	cfg.WordsText = split(*wordsText)
	cfg.WordsColumns = split(*wordsColumns)
	cfg.Cluster.Exchange.Classes = nil
	for _, f := range split(*exchange) {
		n, err := strconv.Atoi(f)
		if err != nil || n < 2 {
			fmt.Fprintf(os.Stderr, "bad -exchange class count %q\n", f)
			os.Exit(2)
		}
		cfg.Cluster.Exchange.Classes = append(cfg.Cluster.Exchange.Classes, n)
	}
	if *useGaz {
		g, err := gazetteer.Load()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		cfg.Gazetteer = g
	}
	start := time.Now()
	if *wordsOut != "" {
		if err := writeWords(cfg, split(*trainPaths), *wordsOut); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Fprintf(os.Stderr, "wrote %s in %s\n", *wordsOut, time.Since(start).Round(time.Millisecond))
		return
	}
	if err := ner.TrainFiles(cfg, split(*trainPaths), split(*devPaths), *out, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "trained in %s\n", time.Since(start).Round(time.Millisecond))
}

// writeWords counts and clusters the words of cfg.WordsText and the
// training files and writes them to out.
func writeWords(cfg ner.Config, trainPaths []string, out string) error {
	sents, err := ner.ReadWordText(cfg)
	if err != nil {
		return err
	}
	for _, p := range trainPaths {
		docs, err := conll.Read(p)
		if err != nil {
			return err
		}
		for _, d := range docs {
			for _, s := range d.Sentences {
				sents = append(sents, s.Words())
			}
		}
	}
	return ner.CountWords(sents, cfg.Cluster).Write(out)
}

// joinInts joins numbers with commas.
func joinInts(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ",")
}
