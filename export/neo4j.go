package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Neo4j file names WriteNeo4j writes.
const (
	Neo4jNodes         = "nodes.csv"
	Neo4jRelationships = "relationships.csv"
)

// WriteNeo4j writes g into dir (created if absent) as the two CSV files
// of neo4j-admin database import: nodes.csv (id:ID, name, :LABEL,
// aliases:string[] separated by ";", qid, fictional:boolean) and
// relationships.csv (:START_ID, :END_ID, :TYPE in upper case, id,
// score:float, evidence). Literal values claims point to are nodes
// labelled Value.
func WriteNeo4j(dir string, g *Graph) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write Neo4j CSV: %w", err)
	}
	for _, f := range []struct {
		name  string
		write func(io.Writer, *Graph) error
	}{{Neo4jNodes, WriteNeo4jNodes}, {Neo4jRelationships, WriteNeo4jRelationships}} {
		path := filepath.Join(dir, f.name)
		out, err := os.Create(path)
		if err != nil {
			return fmt.Errorf("write Neo4j CSV: %w", err)
		}
		if err := f.write(out, g); err != nil {
			out.Close()
			return fmt.Errorf("write %s: %w", path, err)
		}
		if err := out.Close(); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	return nil
}

// WriteNeo4jNodes writes the nodes.csv of WriteNeo4j to w.
func WriteNeo4jNodes(w io.Writer, g *Graph) error {
	nodes, _ := network(g)
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"id:ID", "name", ":LABEL", "aliases:string[]", "qid", "fictional:boolean"})
	for _, n := range nodes {
		lab := label(n.Type)
		if strings.HasPrefix(n.ID, "value:") {
			lab = "Value;" + lab
		}
		aliases := make([]string, len(n.Aliases))
		for i, a := range n.Aliases {
			aliases[i] = strings.ReplaceAll(a, ";", ",")
		}
		_ = cw.Write([]string{n.ID, n.Name, lab, strings.Join(aliases, ";"), n.QID, strconv.FormatBool(n.Fictional)})
	}
	cw.Flush()
	return cw.Error()
}

// WriteNeo4jRelationships writes the relationships.csv of WriteNeo4j to w.
func WriteNeo4jRelationships(w io.Writer, g *Graph) error {
	_, edges := network(g)
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{":START_ID", ":END_ID", ":TYPE", "id", "score:float", "evidence"})
	for _, e := range edges {
		_ = cw.Write([]string{e.Source, e.Target, strings.ToUpper(localName(e.Predicate)), e.ID,
			strconv.FormatFloat(e.Score, 'g', -1, 64), e.Evidence})
	}
	cw.Flush()
	return cw.Error()
}
