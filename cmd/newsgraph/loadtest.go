package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/url"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/server"
	"github.com/newsgraph/newsgraph/store"
)

// loadtestCmd builds a large store (optionally) and measures the API under
// concurrent clients on loopback.
func (a *app) loadtestCmd() *cobra.Command {
	var build []string
	var copies, clients, cards int
	var dur time.Duration
	var terms []string
	c := &cobra.Command{
		Use:   "loadtest",
		Short: "Serve the store on loopback and measure card and search latency under concurrent clients",
		Long: `loadtest serves --db on a loopback port and sends GET requests from --clients
clients for --duration: entity cards of the most-claimed entities and full-text searches.
With --build DIR it first ingests DIR --copies times, each copy with a line of its own
appended so that every copy is a distinct document, to make a large store.`,
		Args: cobra.NoArgs,
		RunE: a.storeRun(func(c *cobra.Command, args []string, st store.Store) error {
			ctx := c.Context()
			if len(build) > 0 {
				if err := a.buildCopies(ctx, st, build, copies); err != nil {
					return err
				}
			}
			stats, err := st.Stats(ctx)
			if err != nil {
				return err
			}
			cs, err := st.Claims(ctx, store.ClaimFilter{Limit: cards * 4})
			if err != nil {
				return err
			}
			var paths []string
			seen := map[string]bool{}
			for _, cl := range cs {
				if len(seen) == cards {
					break
				}
				if !seen[cl.Subject.ID] {
					seen[cl.Subject.ID] = true
					paths = append(paths, "/api/entities/"+cl.Subject.ID)
				}
			}
			for _, q := range terms {
				paths = append(paths, "/api/search?q="+url.QueryEscape(q))
			}
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				return err
			}
			sctx, stop := context.WithCancel(ctx)
			defer stop()
			done := make(chan error, 1)
			go func() { done <- server.Serve(sctx, ln, server.New(st, server.Options{}).Handler()) }()
			fmt.Fprintf(os.Stderr, "store: %d documents, %d entities, %d claims; %d clients for %v over %d paths\n",
				stats.Documents, stats.Entities, stats.Claims, clients, dur, len(paths))
			res := server.Load(ctx, "http://"+ln.Addr().String(), clients, dur, paths)
			stop()
			<-done
			if a.json {
				return json.NewEncoder(c.OutOrStdout()).Encode(struct {
					Stats store.Stats       `json:"store"`
					Load  server.LoadResult `json:"load"`
				}{stats, res})
			}
			fmt.Fprint(c.OutOrStdout(), res.String())
			if res.Errors > 0 {
				return exitError{1, fmt.Sprintf("%d requests failed", res.Errors)}
			}
			return nil
		}),
	}
	c.Flags().StringSliceVar(&build, "build", nil, "ingest these folders first (e.g. ../shared/data/bbc-news)")
	c.Flags().IntVar(&copies, "copies", 5, "with --build, how many distinct copies of each article to ingest")
	c.Flags().IntVar(&clients, "clients", 50, "concurrent clients")
	c.Flags().DurationVar(&dur, "duration", 60*time.Second, "how long to send requests")
	c.Flags().IntVar(&cards, "cards", 5, "how many entity cards to request in turn")
	c.Flags().StringSliceVar(&terms, "search", []string{"government", "film", "minister election", "music award", "mobile phone"}, "search queries to send in turn")
	jsonFlag(c, a)
	return c
}

// buildCopies ingests every article under dirs copies times; copy k has a
// line of its own appended, so it is a distinct document with its own ID.
func (a *app) buildCopies(ctx context.Context, st store.Store, dirs []string, copies int) error {
	var docs []doc.Document
	err := article.Read(dirs, article.Options{}, func(d doc.Document, err error) error {
		if err == nil {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil {
		return err
	}
	all := make([]doc.Document, 0, len(docs)*copies)
	for k := 0; k < copies; k++ {
		for _, d := range docs {
			if k > 0 {
				d.Body += fmt.Sprintf("\n\nLoad-test copy %d.", k)
				d.ID = article.ID(d.Body)
				d.Source = fmt.Sprintf("%s#copy-%d", d.Source, k)
			}
			all = append(all, d)
		}
	}
	p, err := a.pipeline()
	if err != nil {
		return err
	}
	opt := ingest.Options{Errors: os.Stderr}
	if ingest.IsTerminal(os.Stderr) {
		opt.Progress = os.Stderr
	}
	start := time.Now()
	sum, err := ingest.RunDocs(ctx, st, p, all, opt)
	fmt.Fprintf(os.Stderr, "built: %d documents in %v\n", sum.Documents, time.Since(start).Round(time.Second))
	return err
}
