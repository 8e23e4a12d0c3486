package export

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

type graphmlDoc struct {
	XMLName xml.Name     `xml:"graphml"`
	Xmlns   string       `xml:"xmlns,attr"`
	Keys    []graphmlKey `xml:"key"`
	Graph   graphmlGraph `xml:"graph"`
}

type graphmlKey struct {
	ID       string `xml:"id,attr"`
	For      string `xml:"for,attr"`
	AttrName string `xml:"attr.name,attr"`
	AttrType string `xml:"attr.type,attr"`
}

type graphmlGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []graphmlNode `xml:"node"`
	Edges       []graphmlEdge `xml:"edge"`
}

type graphmlNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphmlData `xml:"data"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// WriteGraphML writes g as GraphML: a node per entity (and per literal
// value a claim points to) with name, type, fictional, qid and aliases
// attributes, and a directed edge per claim with predicate, score and
// evidence sentences.
func WriteGraphML(w io.Writer, g *Graph) error {
	nodes, edges := network(g)
	d := graphmlDoc{
		Xmlns: "http://graphml.graphdrawing.org/xmlns",
		Keys: []graphmlKey{
			{"name", "node", "name", "string"},
			{"type", "node", "type", "string"},
			{"fictional", "node", "fictional", "boolean"},
			{"qid", "node", "qid", "string"},
			{"aliases", "node", "aliases", "string"},
			{"predicate", "edge", "predicate", "string"},
			{"score", "edge", "score", "double"},
			{"evidence", "edge", "evidence", "string"},
		},
		Graph: graphmlGraph{ID: "newsgraph", EdgeDefault: "directed"},
	}
	for _, n := range nodes {
		gn := graphmlNode{ID: n.ID, Data: []graphmlData{{"name", n.Name}, {"type", n.Type}, {"fictional", strconv.FormatBool(n.Fictional)}}}
		if n.QID != "" {
			gn.Data = append(gn.Data, graphmlData{"qid", n.QID})
		}
		if len(n.Aliases) > 0 {
			gn.Data = append(gn.Data, graphmlData{"aliases", strings.Join(n.Aliases, "|")})
		}
		d.Graph.Nodes = append(d.Graph.Nodes, gn)
	}
	for _, e := range edges {
		d.Graph.Edges = append(d.Graph.Edges, graphmlEdge{ID: e.ID, Source: e.Source, Target: e.Target, Data: []graphmlData{
			{"predicate", e.Predicate}, {"score", strconv.FormatFloat(e.Score, 'g', -1, 64)}, {"evidence", e.Evidence}}})
	}
	return writeXML(w, d, "GraphML")
}

func writeXML(w io.Writer, v any, format string) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write %s: %w", format, err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write %s: %w", format, err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("write %s: %w", format, err)
	}
	return nil
}
