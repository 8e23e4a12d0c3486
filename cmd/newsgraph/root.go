package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/pipeline"
	"github.com/newsgraph/newsgraph/store"
)

// app holds the flags every command shares.
type app struct {
	db      string
	json    bool
	noModel bool
}

func newRoot() *cobra.Command {
	a := &app{}
	root := &cobra.Command{
		Use:           "newsgraph",
		Short:         "Read news articles and build a graph of who is who and who said what",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.PersistentFlags().StringVar(&a.db, "db", "newsgraph.db", "the store: a SQLite file, or a postgres:// URL")
	root.PersistentFlags().BoolVar(&a.noModel, "no-model", false, "tag by rules alone, without the trained model")
	root.AddCommand(a.ingestCmd(), a.whoCmd(), a.claimsCmd(), a.quotesCmd(), a.searchCmd(), a.docsCmd(),
		a.annotateCmd(), a.demoCmd(), a.benchCmd(), a.loadtestCmd(), a.evalCmd(), a.trainCmd(), a.serveCmd())
	root.AddCommand(a.decideCmds()...)
	root.AddCommand(a.exportCmd())
	return root
}

// pipeline builds the text pipeline, with the embedded trained model unless
// --no-model.
func (a *app) pipeline() (*pipeline.Pipeline, error) {
	opt := pipeline.Options{}
	if !a.noModel {
		m, err := ner.Load()
		if err != nil {
			return nil, fmt.Errorf("load the tagger model: %w", err)
		}
		opt.Model = m
	}
	return pipeline.New(opt)
}

func (a *app) open(ctx context.Context) (store.Store, error) {
	return store.Open(ctx, a.db)
}

// storeRun returns a command's RunE that opens the store, runs fn with it
// and closes it.
func (a *app) storeRun(fn func(c *cobra.Command, args []string, st store.Store) error) func(*cobra.Command, []string) error {
	return func(c *cobra.Command, args []string) error {
		st, err := a.open(c.Context())
		if err != nil {
			return err
		}
		defer st.Close()
		return fn(c, args, st)
	}
}

func jsonFlag(c *cobra.Command, a *app) {
	c.Flags().BoolVar(&a.json, "json", false, "print JSON (JSON lines for listings)")
}

// writeJSONLines prints one JSON object per line.
func writeJSONLines[T any](w io.Writer, xs []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, x := range xs {
		if err := enc.Encode(x); err != nil {
			return err
		}
	}
	return nil
}

func (a *app) ingestCmd() *cobra.Command {
	var published string
	var quiet bool
	c := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read articles (text, HTML, RSS/Atom, WARC, directories, - for stdin) into the store",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			ctx := c.Context()
			var opt ingest.Options
			if published != "" {
				t, err := article.ParseDate(published)
				if err != nil {
					return fmt.Errorf("--published %q: %w", published, err)
				}
				opt.Article.Published = t
			}
			p, err := a.pipeline()
			if err != nil {
				return err
			}
			st, err := a.open(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			if !quiet && ingest.IsTerminal(os.Stderr) {
				opt.Progress = os.Stderr
			}
			opt.Errors = os.Stderr
			start := time.Now()
			sum, err := ingest.Run(ctx, st, p, args, opt)
			if a.json {
				_ = writeJSONLines(c.OutOrStdout(), []ingest.Summary{sum})
			} else {
				fmt.Fprintf(c.OutOrStdout(), "ingested %d documents (%d words) in %s: %d entities, %d claims, %d quotes; %d errors\n",
					sum.Documents, sum.Words, time.Since(start).Round(time.Millisecond), sum.Entities, sum.Claims, sum.Quotes, sum.Errors())
			}
			if err != nil {
				return err
			}
			if sum.Errors() > 0 {
				return exitError{1, fmt.Sprintf("%d sources could not be read", sum.Errors())}
			}
			return nil
		},
	}
	c.Flags().StringVar(&published, "published", "", "publication date for every article read (overrides what the article says)")
	c.Flags().BoolVar(&quiet, "quiet", false, "no progress bar")
	jsonFlag(c, a)
	return c
}
