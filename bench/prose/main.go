// Command prose measures the named-entity speed of github.com/jdkato/prose/v2
// on a folder of plain-text articles (by default ../shared/data/bbc-news), for
// comparison with package ner. It is a module of its own so that the product
// does not depend on prose.
//
//	cd bench/prose && go run . -dir ../../../shared/data/bbc-news
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/jdkato/prose/v2"
)

func main() {
	dir := flag.String("dir", "../../../shared/data/bbc-news", "folder of .txt articles")
	limit := flag.Int("n", 0, "read at most n articles (0: all)")
	flag.Parse()
	var texts []string
	err := filepath.WalkDir(*dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".txt") || (*limit > 0 && len(texts) >= *limit) {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		texts = append(texts, string(b))
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// prose.NewDocument loads its default models on every call unless one
	// is given: load them once, outside the timing.
	loadStart := time.Now()
	first, err := prose.NewDocument("Warm up.")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	model := first.Model
	fmt.Printf("prose v2: models loaded in %s\n", time.Since(loadStart).Round(time.Millisecond))
	var tokens, ents int
	cpu0 := cpuTime()
	start := time.Now()
	for _, t := range texts {
		doc, err := prose.NewDocument(t, prose.UsingModel(model))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		tokens += len(doc.Tokens())
		ents += len(doc.Entities())
	}
	el := time.Since(start)
	cpu := cpuTime() - cpu0
	fmt.Printf("prose v2: %d articles, %d tokens, %d entities in %s (%s CPU): %.0f tokens/s, %.0f tokens/cpu-s (tokenize+tag+NER)\n",
		len(texts), tokens, ents, el.Round(time.Millisecond), cpu.Round(time.Millisecond), float64(tokens)/el.Seconds(), float64(tokens)/cpu.Seconds())
}

// cpuTime returns the user and system CPU time of the process.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
