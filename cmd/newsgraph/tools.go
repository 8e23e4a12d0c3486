package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/bench"
	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/eval/conll"
	"github.com/newsgraph/newsgraph/eval/polnear"
	"github.com/newsgraph/newsgraph/eval/redocred"
	"github.com/newsgraph/newsgraph/eval/timeml"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/ner"
	"github.com/newsgraph/newsgraph/resolve"
	"github.com/newsgraph/newsgraph/server"
	"github.com/newsgraph/newsgraph/store"
	"github.com/newsgraph/newsgraph/timex"
)

func articleOptions(published string) (article.Options, error) {
	var opt article.Options
	if published != "" {
		t, err := article.ParseDate(published)
		if err != nil {
			return opt, fmt.Errorf("--published %q: %w", published, err)
		}
		opt.Published = t
	}
	return opt, nil
}

// readOne reads a single article from a file or "-".
func readOne(path string, opt article.Options) (doc.Document, error) {
	if path == "-" {
		return article.ReadText(os.Stdin, "stdin", opt)
	}
	return article.ReadFile(path, opt)
}

func (a *app) benchCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "bench DIR...",
		Short: "Run the text pipeline (no store) over articles and report words per second per core and peak memory",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			p, err := a.pipeline()
			if err != nil {
				return err
			}
			var docs []doc.Document
			err = article.Read(args, article.Options{}, func(d doc.Document, err error) error {
				if err == nil {
					docs = append(docs, d)
				}
				return nil
			})
			if err != nil {
				return err
			}
			if len(docs) == 0 {
				return exitError{1, "no readable articles in " + strings.Join(args, " ")}
			}
			r := bench.Run(p, docs, 0)
			if a.json {
				return writeJSONLines(c.OutOrStdout(), []bench.Result{r})
			}
			fmt.Fprint(c.OutOrStdout(), r.Table())
			return nil
		},
	}
	jsonFlag(c, a)
	return c
}

func (a *app) evalCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "eval",
		Short: "Score an extractor against gold data (ner, quotes, timex, claims)",
	}
	var gold string
	printResult := func(v interface{ Table() string }) error {
		if a.json {
			enc := json.NewEncoder(c.OutOrStdout())
			return enc.Encode(v)
		}
		fmt.Fprint(c.OutOrStdout(), v.Table())
		return nil
	}
	nerCmd := &cobra.Command{
		Use:   "ner --gold FILE",
		Short: "Named entities against a CoNLL-style file (exact span and type, conlleval semantics)",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			m, err := ner.Load()
			if err != nil {
				return err
			}
			docs, err := conll.Read(gold)
			if err != nil {
				return err
			}
			return printResult(m.Evaluate(docs))
		},
	}
	quotesCmd := &cobra.Command{
		Use:   "quotes --gold DIR",
		Short: "Quotations and speakers against a PolNeAR folder (text/ and attributions/)",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			p, err := a.pipeline()
			if err != nil {
				return err
			}
			r, err := polnear.Evaluate(gold, func(text string) *doc.Doc {
				return p.Annotate(doc.Document{Body: text})
			})
			if err != nil {
				return err
			}
			return printResult(r)
		},
	}
	timexCmd := &cobra.Command{
		Use:   "timex --gold DIR",
		Short: "Time expressions against TimeML (.tml) or CAT XML (MEANTIME) files (TempEval-3 strict, relaxed and value F1)",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			r, err := timeml.Evaluate(gold, timex.Find)
			if err != nil {
				return err
			}
			return printResult(r)
		},
	}
	claimsCmd := &cobra.Command{
		Use:   "claims --gold FILE",
		Short: "Claims against Re-DocRED JSON (head, relation, tail triples of the Wikidata relations we emit)",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			p, err := a.pipeline()
			if err != nil {
				return err
			}
			r, err := redocred.Evaluate(gold, func(text string) *doc.Doc {
				return p.Annotate(doc.Document{Body: text})
			})
			if err != nil {
				return err
			}
			return printResult(r)
		},
	}
	for _, sc := range []*cobra.Command{nerCmd, quotesCmd, timexCmd, claimsCmd} {
		sc.Flags().StringVar(&gold, "gold", "", "the gold data")
		_ = sc.MarkFlagRequired("gold")
		jsonFlag(sc, a)
		c.AddCommand(sc)
	}
	return c
}

func (a *app) trainCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "train",
		Short: "Train a model (ner)",
	}
	var data, dev []string
	var out string
	cfg := ner.DefaultConfig()
	nerCmd := &cobra.Command{
		Use:   "ner --data FILE... --out FILE",
		Short: "Train the named-entity tagger on CoNLL-style files (reproducible: same data and seed, same bytes)",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			return ner.TrainFiles(cfg, data, dev, out, os.Stderr)
		},
	}
	nerCmd.Flags().StringSliceVar(&data, "data", nil, "training files")
	nerCmd.Flags().StringSliceVar(&dev, "dev", nil, "development files (scored after each epoch)")
	nerCmd.Flags().StringVar(&out, "out", "ner.model.gz", "where to write the model")
	nerCmd.Flags().IntVar(&cfg.Epochs, "epochs", cfg.Epochs, "training epochs")
	nerCmd.Flags().Uint64Var(&cfg.Seed, "seed", cfg.Seed, "shuffling seed")
	_ = nerCmd.MarkFlagRequired("data")
	c.AddCommand(nerCmd)
	return c
}

func (a *app) serveCmd() *cobra.Command {
	var addr, tokenFile string
	c := &cobra.Command{
		Use:   "serve",
		Short: "Serve the JSON API and the web page",
		Args:  cobra.NoArgs,
		RunE: a.storeRun(func(c *cobra.Command, args []string, st store.Store) error {
			ctx := c.Context()
			opt := server.Options{}
			if tokenFile != "" {
				b, err := os.ReadFile(tokenFile)
				if err != nil {
					return fmt.Errorf("token file: %w", err)
				}
				opt.Token = strings.TrimSpace(string(b))
				if opt.Token == "" {
					return exitError{2, "token file " + tokenFile + " is empty"}
				}
				p, err := a.pipeline()
				if err != nil {
					return err
				}
				opt.Ingest = func(ctx context.Context, body []byte, contentType string) (string, error) {
					var d doc.Document
					var err error
					if strings.Contains(contentType, "html") {
						d, err = article.ReadHTML(bytes.NewReader(body), "api", "", article.Options{})
					} else {
						d, err = article.ReadText(bytes.NewReader(body), "api", article.Options{})
					}
					if err != nil {
						return "", err
					}
					g := resolve.Document(p.Annotate(d))
					if err := st.Put(ctx, []*kg.DocGraph{g}); err != nil {
						return "", err
					}
					return d.ID, nil
				}
			}
			fmt.Fprintf(os.Stderr, "newsgraph: serving %s on http://%s/\n", a.db, addr)
			err := server.ListenAndServe(ctx, addr, server.New(st, opt).Handler())
			if errors.Is(err, context.Canceled) {
				return nil
			}
			return err
		}),
	}
	c.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "listen address")
	c.Flags().StringVar(&tokenFile, "token-file", "", "file holding the bearer token that allows POST /api/documents")
	return c
}
