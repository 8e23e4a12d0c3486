package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/examples"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/store"
)

func (a *app) demoCmd() *cobra.Command {
	var name string
	c := &cobra.Command{
		Use:   "demo",
		Short: "Ingest the embedded example articles into the store (default demo.db) and print a card",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			ctx := c.Context()
			if !c.Flags().Changed("db") {
				a.db = "demo.db"
			}
			dir, err := os.MkdirTemp("", "newsgraph-demo-")
			if err != nil {
				return err
			}
			defer os.RemoveAll(dir)
			ents, err := fs.ReadDir(examples.Files, "articles")
			if err != nil {
				return err
			}
			for _, e := range ents {
				b, err := fs.ReadFile(examples.Files, "articles/"+e.Name())
				if err != nil {
					return err
				}
				if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
					return err
				}
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
			sum, err := ingest.Run(ctx, st, p, []string{dir}, ingest.Options{Errors: os.Stderr})
			if err != nil {
				return err
			}
			fmt.Fprintf(c.OutOrStdout(), "ingested %d example articles into %s: %d entities, %d claims, %d quotes\n\n",
				sum.Documents, a.db, sum.Entities, sum.Claims, sum.Quotes)
			e, err := findEntity(ctx, st, name)
			if err != nil {
				return err
			}
			card, err := store.LoadCard(ctx, st, e.ID)
			if err != nil {
				return err
			}
			printCard(c.OutOrStdout(), card)
			fmt.Fprintf(c.OutOrStdout(), "\nnext: newsgraph --db %s claims | quotes | who NAME | search TEXT | serve\n", a.db)
			return nil
		},
	}
	c.Flags().StringVar(&name, "who", "Marta Olsen", "whose card to print")
	return c
}
