// Command train trains the named-entity tagger on CoNLL files and writes
// the model file that package ner embeds.
//
//	go run ./ner/train -train ../shared/data/conll2003/train.txt \
//	    -dev ../shared/data/conll2003/dev.txt \
//	    -words-text ../shared/data/bbc-news,../shared/data/polnear/train/text \
//	    -out ner/model/ner.model.gz
//
// The defaults are those settings; see ner/MODEL.md.
package main

import (
	"flag"
	"fmt"
	"os"
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
	flag.BoolVar(&cfg.TwoPass, "two-pass", cfg.TwoPass, "tag in two passes, the second with features of the first's predictions over the document")
	flag.IntVar(&cfg.MinCount, "min-count", cfg.MinCount, "leave out static features seen fewer times in training (0 or 1: none)")
	flag.UintVar(&cfg.LogBuckets, "buckets", cfg.LogBuckets, "log2 of the weight table rows")
	flag.StringVar(&cfg.WordsPath, "words", cfg.WordsPath, "word file (word, cluster bits, count, inside count) written by -words-out")
	wordsOut := flag.String("words-out", "", "write the words counted from -words-text to this file and stop")
	wordsText := flag.String("words-text", "../shared/data/bbc-news,../shared/data/polnear/train/text", "comma-separated folders of .txt files to count and cluster words from (with the training text)")
	flag.IntVar(&cfg.Cluster.MinCount, "cluster-min", cfg.Cluster.MinCount, "least count of a clustered word")
	flag.IntVar(&cfg.Cluster.Contexts, "cluster-contexts", cfg.Cluster.Contexts, "context words of the clustering")
	useGaz := flag.Bool("gazetteer", true, "add gazetteer features (package gazetteer)")
	flag.Parse()
	split := func(s string) []string {
		if s == "" {
			return nil
		}
		return strings.Split(s, ",")
	}
	cfg.WordsText = split(*wordsText)
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
	sents, err := ner.ReadText(cfg.WordsText)
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
