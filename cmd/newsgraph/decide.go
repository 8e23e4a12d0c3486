package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/store"
)

// entityRef resolves an argument to an entity ID: an entity's ID as it is,
// otherwise the best match for a name.
func entityRef(ctx context.Context, st store.Store, arg string) (string, string, error) {
	if e, err := st.Entity(ctx, arg); err == nil {
		return e.ID, e.Name, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return "", "", err
	}
	e, err := findEntity(ctx, st, arg)
	if err != nil {
		return "", "", err
	}
	return e.ID, e.Name, nil
}

// decideCmds are the user's corrections of the graph: they are kept by the
// store and survive re-ingest.
func (a *app) decideCmds() []*cobra.Command {
	merge := &cobra.Command{
		Use:   "merge ENTITY INTO",
		Short: "Merge an entity into another (names become aliases; mentions, claims and quotes move), now and on re-ingest",
		Args:  cobra.ExactArgs(2),
		RunE: a.storeRun(func(c *cobra.Command, args []string, st store.Store) error {
			ctx := c.Context()
			from, fromName, err := entityRef(ctx, st, args[0])
			if err != nil {
				return err
			}
			into, intoName, err := entityRef(ctx, st, args[1])
			if err != nil {
				return err
			}
			if err := st.Merge(ctx, from, into); err != nil {
				return err
			}
			fmt.Fprintf(c.OutOrStdout(), "merged %s (%s) into %s (%s)\n", fromName, from, intoName, into)
			return nil
		}),
	}
	rename := &cobra.Command{
		Use:   "rename ENTITY NEW-NAME",
		Short: "Rename an entity; later ingests keep the new name",
		Args:  cobra.ExactArgs(2),
		RunE: a.storeRun(func(c *cobra.Command, args []string, st store.Store) error {
			ctx := c.Context()
			id, old, err := entityRef(ctx, st, args[0])
			if err != nil {
				return err
			}
			if err := st.Rename(ctx, id, args[1]); err != nil {
				return err
			}
			fmt.Fprintf(c.OutOrStdout(), "renamed %s (%s) to %s\n", old, id, args[1])
			return nil
		}),
	}
	reject := &cobra.Command{
		Use:   "reject ENTITY|CLAIM-ID",
		Short: "Reject an entity (by name or ID) or a claim (by ID); later ingests do not add it back",
		Args:  cobra.ExactArgs(1),
		RunE: a.storeRun(func(c *cobra.Command, args []string, st store.Store) error {
			ctx := c.Context()
			id, what := args[0], "claim "+args[0]
			if eid, name, err := entityRef(ctx, st, args[0]); err == nil {
				id, what = eid, name+" ("+eid+")"
			}
			if err := st.Reject(ctx, id); err != nil {
				return err
			}
			fmt.Fprintf(c.OutOrStdout(), "rejected %s\n", what)
			return nil
		}),
	}
	list := &cobra.Command{
		Use:   "decisions",
		Short: "List the merges, renames and rejections in force",
		Args:  cobra.NoArgs,
		RunE: a.storeRun(func(c *cobra.Command, args []string, st store.Store) error {
			ctx := c.Context()
			ds, err := st.Decisions(ctx)
			if err != nil {
				return err
			}
			if a.json {
				return writeJSONLines(c.OutOrStdout(), ds)
			}
			for _, d := range ds {
				fmt.Fprintf(c.OutOrStdout(), "%s  %-6s %s %s%s\n", d.Made.Format("2006-01-02 15:04"), d.Kind, d.Target, d.Into, d.Name)
			}
			return nil
		}),
	}
	jsonFlag(list, a)
	return []*cobra.Command{merge, rename, reject, list}
}
