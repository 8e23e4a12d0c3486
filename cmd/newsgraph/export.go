package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/export"
)

// exportWriters maps the --format names of the formats written to one
// stream to their writers; neo4j writes a directory and is apart.
var exportWriters = map[string]func(io.Writer, *export.Graph) error{
	"jsonld":  export.WriteJSONLD,
	"graphml": export.WriteGraphML,
	"gexf":    export.WriteGEXF,
	"turtle":  export.WriteTurtle,
	"ftm":     export.WriteFTM,
}

func (a *app) exportCmd() *cobra.Command {
	var format, out string
	c := &cobra.Command{
		Use:   "export --format jsonld|graphml|gexf|turtle|neo4j|ftm [--out FILE-or-DIR]",
		Short: "Write the graph as JSON-LD, GraphML, GEXF, RDF Turtle, Neo4j CSV or FollowTheMoney JSON lines",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			write, ok := exportWriters[format]
			if !ok && format != "neo4j" {
				return exitError{2, fmt.Sprintf("--format %q: want jsonld, graphml, gexf, turtle, neo4j or ftm", format)}
			}
			if format == "neo4j" && out == "" {
				return exitError{2, "--format neo4j writes two files: give a directory with --out"}
			}
			ctx := c.Context()
			st, err := a.open(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			g, err := export.Load(ctx, st)
			if err != nil {
				return err
			}
			if format == "neo4j" {
				return export.WriteNeo4j(out, g)
			}
			if out == "" {
				return write(c.OutOrStdout(), g)
			}
			f, err := os.Create(out)
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			bw := bufio.NewWriter(f)
			if err := write(bw, g); err != nil {
				f.Close()
				return err
			}
			if err := bw.Flush(); err != nil {
				f.Close()
				return fmt.Errorf("export %s: %w", out, err)
			}
			if err := f.Close(); err != nil {
				return fmt.Errorf("export %s: %w", out, err)
			}
			return nil
		},
	}
	c.Flags().StringVar(&format, "format", "", "jsonld, graphml, gexf, turtle, neo4j or ftm")
	c.Flags().StringVar(&out, "out", "", "the file to write (stdout if absent); for neo4j, the directory")
	return c
}
