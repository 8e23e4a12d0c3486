// Package ingest reads articles, runs the pipeline over each and writes
// their graphs to a store in batches, one transaction per batch. A source
// that cannot be read is reported by name and skipped; the rest go in.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/schollz/progressbar/v3"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/pipeline"
	"github.com/newsgraph/newsgraph/resolve"
	"github.com/newsgraph/newsgraph/store"
)

// Options tune a run.
type Options struct {
	Article article.Options
	// Batch is how many documents go into one transaction (0 means 64).
	Batch int
	// Workers run the pipeline in parallel (0 means GOMAXPROCS).
	Workers int
	// Progress, when non-nil, receives a progress bar with rate and ETA
	// (give it a terminal; leave it nil in pipes and CI).
	Progress io.Writer
	// Errors, when non-nil, receives one line per source that failed.
	Errors io.Writer
}

// Summary counts what a run did.
type Summary struct {
	Documents int `json:"documents"`
	Entities  int `json:"entities"`
	Claims    int `json:"claims"`
	Quotes    int `json:"quotes"`
	Mentions  int `json:"mentions"`
	Words     int `json:"words"`
	// Failed lists the sources that could not be read or stored.
	Failed []string `json:"failed,omitempty"`
}

// Errors returns how many sources failed.
func (s Summary) Errors() int { return len(s.Failed) }

type job struct {
	d   doc.Document
	err error
}

type result struct {
	g     *kg.DocGraph
	words int
	src   string
	err   error
}

// Run ingests paths (files, directories, "-" for stdin) into st. It returns
// an error only when the store fails; sources that fail are listed in the
// summary and, when opt.Errors is set, reported there as they happen.
func Run(ctx context.Context, st store.Store, p *pipeline.Pipeline, paths []string, opt Options) (Summary, error) {
	return run(ctx, st, p, countSources(paths), func(fn func(doc.Document, error) error) error {
		return article.Read(paths, opt.Article, fn)
	}, opt)
}

// RunDocs ingests documents already read.
func RunDocs(ctx context.Context, st store.Store, p *pipeline.Pipeline, docs []doc.Document, opt Options) (Summary, error) {
	return run(ctx, st, p, len(docs), func(fn func(doc.Document, error) error) error {
		for _, d := range docs {
			if err := fn(d, nil); err != nil {
				return err
			}
		}
		return nil
	}, opt)
}

// run drives the workers over the documents that read passes to its
// callback; total sizes the progress bar (-1 when unknown).
func run(ctx context.Context, st store.Store, p *pipeline.Pipeline, total int, read func(func(doc.Document, error) error) error, opt Options) (Summary, error) {
	batch := opt.Batch
	if batch <= 0 {
		batch = 64
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var bar *progressbar.ProgressBar
	if opt.Progress != nil {
		bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(opt.Progress),
			progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(100_000_000),
			progressbar.OptionClearOnFinish())
	}
	jobs := make(chan job, workers*2)
	results := make(chan result, workers*2)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- annotate(p, j)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		err := read(func(d doc.Document, err error) error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			jobs <- job{d: d, err: err}
			return nil
		})
		close(jobs)
		wg.Wait()
		close(results)
		readErr <- err
	}()

	var sum Summary
	var pending []*kg.DocGraph
	var storeErr error
	flush := func() {
		if len(pending) == 0 || storeErr != nil {
			return
		}
		if err := st.Put(ctx, pending); err != nil {
			storeErr = fmt.Errorf("store %d documents: %w", len(pending), err)
			for _, g := range pending {
				sum.Failed = append(sum.Failed, g.Document.Source+": not stored")
			}
			return
		}
		for _, g := range pending {
			sum.Documents++
			sum.Entities += len(g.Entities)
			sum.Claims += len(g.Claims)
			sum.Quotes += len(g.Quotes)
			sum.Mentions += len(g.Mentions)
		}
		pending = pending[:0]
	}
	for r := range results {
		if bar != nil {
			_ = bar.Add(1)
		}
		if r.err != nil {
			sum.Failed = append(sum.Failed, r.err.Error())
			if opt.Errors != nil {
				fmt.Fprintln(opt.Errors, "skip:", r.err)
			}
			continue
		}
		sum.Words += r.words
		pending = append(pending, r.g)
		if len(pending) >= batch {
			flush()
		}
	}
	flush()
	if bar != nil {
		_ = bar.Finish()
	}
	if err := <-readErr; err != nil && !errors.Is(err, context.Canceled) {
		return sum, err
	}
	if ctx.Err() != nil {
		return sum, ctx.Err()
	}
	return sum, storeErr
}

// annotate runs the pipeline over one document. A failure inside a stage
// becomes an error naming the source, so one bad article never stops a run.
func annotate(p *pipeline.Pipeline, j job) (res result) {
	res.src = j.d.Source
	if j.err != nil {
		res.err = j.err
		return res
	}
	defer func() {
		if v := recover(); v != nil {
			res = result{src: j.d.Source, err: fmt.Errorf("%s: internal error in the pipeline: %v", j.d.Source, v)}
		}
	}()
	d := p.Annotate(j.d)
	res.g = resolve.Document(d)
	res.words = Words(d)
	return res
}

// Words counts the word tokens of an annotated document.
func Words(d *doc.Doc) int {
	n := 0
	for _, t := range d.Tokens {
		if t.Kind == doc.Word || t.Kind == doc.Number {
			n++
		}
	}
	return n
}

// countSources counts the files under paths, for the progress bar's total
// (-1, unknown, when one is stdin).
func countSources(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			return -1
		}
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if path != p && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			if !strings.HasPrefix(d.Name(), ".") {
				n++
			}
			return nil
		})
	}
	if n == 0 {
		return -1
	}
	return n
}

// IsTerminal reports whether f is a terminal (where a progress bar
// belongs).
func IsTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
