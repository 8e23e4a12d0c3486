package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store"
)

// findEntity resolves a name to the best-matching entity, or an error that
// says nothing matched.
func findEntity(ctx context.Context, st store.Store, name string) (*kg.Entity, error) {
	es, err := st.FindEntities(ctx, name, 1)
	if err != nil {
		return nil, err
	}
	if len(es) == 0 {
		return nil, exitError{1, fmt.Sprintf("no entity named %q", name)}
	}
	return &es[0], nil
}

func (a *app) whoCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "who NAME",
		Short: "Show the card of every entity with that name: type, aliases, claims with their sentence, quotes by and about",
		Args:  cobra.ExactArgs(1),
		RunE: a.storeRun(func(c *cobra.Command, args []string, st store.Store) error {
			ctx := c.Context()
			es, err := st.FindEntities(ctx, args[0], 20)
			if err != nil {
				return err
			}
			// Every entity whose name is the one asked for (a character and
			// the real person it is based on share a name); else the best.
			var cards []*store.Card
			for i, e := range es {
				if i > 0 && !strings.EqualFold(store.Fold(e.Name), store.Fold(es[0].Name)) {
					break
				}
				card, err := store.LoadCard(ctx, st, e.ID)
				if err != nil {
					return err
				}
				cards = append(cards, card)
			}
			if len(cards) == 0 {
				return exitError{1, fmt.Sprintf("no entity named %q", args[0])}
			}
			if a.json {
				return writeJSONLines(c.OutOrStdout(), cards)
			}
			for i, card := range cards {
				if i > 0 {
					fmt.Fprintln(c.OutOrStdout())
				}
				printCard(c.OutOrStdout(), card)
			}
			return nil
		}),
	}
	jsonFlag(c, a)
	return c
}

func printCard(w io.Writer, c *store.Card) {
	e := c.Entity
	kind := ""
	if e.Fictional {
		kind = ", fictional"
	}
	fmt.Fprintf(w, "%s  [%s%s]  id %s  (%d mentions in %d documents)\n", e.Name, e.Type, kind, e.ID, e.Mentions, e.Documents)
	if len(e.Aliases) > 0 {
		fmt.Fprintf(w, "  also: %s\n", strings.Join(e.Aliases, "; "))
	}
	if e.Gender != "" {
		fmt.Fprintf(w, "  gender: %s\n", e.Gender)
	}
	if len(c.Claims) > 0 {
		fmt.Fprintln(w, "  claims:")
		for _, cl := range c.Claims {
			fmt.Fprintf(w, "    %s\n", claimLine(cl))
			for _, ev := range cl.Evidence {
				fmt.Fprintf(w, "        “%s” (doc %s, sentence %d)\n", oneLine(ev.Text, 160), ev.Doc, ev.Sentence)
			}
		}
	}
	printQuotes := func(title string, qs []kg.Quote) {
		if len(qs) == 0 {
			return
		}
		fmt.Fprintf(w, "  %s:\n", title)
		for _, q := range qs {
			fmt.Fprintf(w, "    %s\n", quoteLine(q))
		}
	}
	printQuotes("quotes by", c.QuotesBy)
	printQuotes("quotes about", c.QuotesAbout)
	if len(c.Documents) > 0 {
		fmt.Fprintln(w, "  documents:")
		for _, d := range c.Documents {
			fmt.Fprintf(w, "    %s  %s\n", d.ID, titleOf(d))
		}
	}
}

func titleOf(d doc.Document) string {
	if d.Title != "" {
		return d.Title
	}
	return d.Source
}

// claimLine spells a claim out: subject predicate object (qualifiers).
func claimLine(c kg.Claim) string {
	obj := c.Value
	if c.Object != nil {
		obj = fmt.Sprintf("%s [%s]", c.Object.Name, c.Object.Type)
	}
	var q []string
	if c.Work != nil {
		q = append(q, "work: "+c.Work.Name)
	}
	if c.Season > 0 {
		q = append(q, fmt.Sprintf("season: %d", c.Season))
	}
	if c.By != nil {
		q = append(q, "by: "+c.By.Name)
	}
	if c.InUniverse {
		q = append(q, "in the story")
	}
	qs := ""
	if len(q) > 0 {
		qs = "  (" + strings.Join(q, ", ") + ")"
	}
	return fmt.Sprintf("%s [%s] %s %s%s  %.2f", c.Subject.Name, c.Subject.Type, c.Predicate, obj, qs, c.Score)
}

func quoteLine(q kg.Quote) string {
	who := "(unknown speaker)"
	if q.Speaker != nil {
		who = q.Speaker.Name
	}
	kind := "direct"
	if !q.Direct {
		kind = "indirect"
	}
	return fmt.Sprintf("%s %s (%s): “%s”", who, q.Cue, kind, oneLine(q.Text, 200))
}

func oneLine(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		return string(r[:max-1]) + "…"
	}
	return s
}

func (a *app) claimsCmd() *cobra.Command {
	var pred, subject string
	var limit int
	c := &cobra.Command{
		Use:   "claims",
		Short: "List claims, optionally of one predicate or about one subject",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			ctx := c.Context()
			if pred != "" {
				if _, ok := doc.Info(doc.Predicate(pred)); !ok {
					return exitError{2, fmt.Sprintf("unknown predicate %q (see the README for the vocabulary)", pred)}
				}
			}
			st, err := a.open(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			f := store.ClaimFilter{Predicate: doc.Predicate(pred), Limit: limit}
			if subject != "" {
				e, err := findEntity(ctx, st, subject)
				if err != nil {
					return err
				}
				f.Subject = e.ID
			}
			cs, err := st.Claims(ctx, f)
			if err != nil {
				return err
			}
			if a.json {
				return writeJSONLines(c.OutOrStdout(), cs)
			}
			for _, cl := range cs {
				fmt.Fprintln(c.OutOrStdout(), claimLine(cl))
			}
			return nil
		},
	}
	c.Flags().StringVar(&pred, "predicate", "", "only this predicate (plays, based_on, works_for, ...)")
	c.Flags().StringVar(&subject, "subject", "", "only claims whose subject has this name")
	c.Flags().IntVar(&limit, "limit", 1000, "at most this many")
	jsonFlag(c, a)
	return c
}

func (a *app) quotesCmd() *cobra.Command {
	var speaker, about string
	var limit int
	c := &cobra.Command{
		Use:   "quotes",
		Short: "List quotations with their speakers",
		Args:  cobra.NoArgs,
		RunE: a.storeRun(func(c *cobra.Command, args []string, st store.Store) error {
			ctx := c.Context()
			f := store.QuoteFilter{Limit: limit}
			if speaker != "" {
				e, err := findEntity(ctx, st, speaker)
				if err != nil {
					return err
				}
				f.Speaker = e.ID
			}
			if about != "" {
				e, err := findEntity(ctx, st, about)
				if err != nil {
					return err
				}
				f.About = e.ID
			}
			qs, err := st.Quotes(ctx, f)
			if err != nil {
				return err
			}
			if a.json {
				return writeJSONLines(c.OutOrStdout(), qs)
			}
			for _, q := range qs {
				fmt.Fprintln(c.OutOrStdout(), quoteLine(q))
			}
			return nil
		}),
	}
	c.Flags().StringVar(&speaker, "speaker", "", "only quotes by this person")
	c.Flags().StringVar(&about, "about", "", "only quotes about this entity")
	c.Flags().IntVar(&limit, "limit", 1000, "at most this many")
	jsonFlag(c, a)
	return c
}

func (a *app) searchCmd() *cobra.Command {
	var limit int
	c := &cobra.Command{
		Use:   "search TEXT",
		Short: "Full-text search over documents and quotations",
		Args:  cobra.MinimumNArgs(1),
		RunE: a.storeRun(func(c *cobra.Command, args []string, st store.Store) error {
			ctx := c.Context()
			hits, err := st.Search(ctx, strings.Join(args, " "), limit)
			if err != nil {
				return err
			}
			if a.json {
				return writeJSONLines(c.OutOrStdout(), hits)
			}
			for _, h := range hits {
				snip := strings.NewReplacer("<mark>", "[", "</mark>", "]", "&#34;", `"`, "&#39;", "'", "&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`).Replace(h.Snippet)
				fmt.Fprintf(c.OutOrStdout(), "%-8s %s  %s\n         %s\n", h.Kind, h.DocID, h.Title, oneLine(snip, 200))
			}
			return nil
		}),
	}
	c.Flags().IntVar(&limit, "limit", 20, "at most this many hits")
	jsonFlag(c, a)
	return c
}

func (a *app) docsCmd() *cobra.Command {
	var limit int
	c := &cobra.Command{
		Use:   "docs",
		Short: "List stored documents, newest first",
		Args:  cobra.NoArgs,
		RunE: a.storeRun(func(c *cobra.Command, args []string, st store.Store) error {
			ctx := c.Context()
			ds, err := st.Documents(ctx, store.DocFilter{Limit: limit})
			if err != nil {
				return err
			}
			if a.json {
				return writeJSONLines(c.OutOrStdout(), ds)
			}
			for _, d := range ds {
				date := "          "
				if !d.Published.IsZero() {
					date = d.Published.Format("2006-01-02")
				}
				fmt.Fprintf(c.OutOrStdout(), "%s  %s  %s\n", d.ID, date, titleOf(d))
			}
			return nil
		}),
	}
	c.Flags().IntVar(&limit, "limit", 100, "at most this many")
	jsonFlag(c, a)
	return c
}

// annotateCmd prints the annotated document (no store): for looking at what
// each stage found.
func (a *app) annotateCmd() *cobra.Command {
	var published string
	c := &cobra.Command{
		Use:   "annotate FILE",
		Short: "Run the pipeline over one article and print its annotations as JSON (nothing is stored)",
		Args:  cobra.ExactArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			p, err := a.pipeline()
			if err != nil {
				return err
			}
			opt, err := articleOptions(published)
			if err != nil {
				return err
			}
			in, err := readOne(args[0], opt)
			if err != nil {
				return err
			}
			d := p.Annotate(in)
			d.Tokens = nil
			enc := json.NewEncoder(c.OutOrStdout())
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(d)
		},
	}
	c.Flags().StringVar(&published, "published", "", "publication date (overrides the article's)")
	return c
}
