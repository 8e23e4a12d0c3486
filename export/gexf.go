package export

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

type gexfDoc struct {
	XMLName xml.Name  `xml:"gexf"`
	Xmlns   string    `xml:"xmlns,attr"`
	Version string    `xml:"version,attr"`
	Meta    gexfMeta  `xml:"meta"`
	Graph   gexfGraph `xml:"graph"`
}

type gexfMeta struct {
	Creator     string `xml:"creator"`
	Description string `xml:"description"`
}

type gexfGraph struct {
	DefaultEdgeType string           `xml:"defaultedgetype,attr"`
	Mode            string           `xml:"mode,attr"`
	Attributes      []gexfAttributes `xml:"attributes"`
	Nodes           []gexfNode       `xml:"nodes>node"`
	Edges           []gexfEdge       `xml:"edges>edge"`
}

type gexfAttributes struct {
	Class      string          `xml:"class,attr"`
	Attributes []gexfAttribute `xml:"attribute"`
}

type gexfAttribute struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfNode struct {
	ID     string      `xml:"id,attr"`
	Label  string      `xml:"label,attr"`
	Values []gexfValue `xml:"attvalues>attvalue"`
}

type gexfEdge struct {
	ID     string      `xml:"id,attr"`
	Source string      `xml:"source,attr"`
	Target string      `xml:"target,attr"`
	Label  string      `xml:"label,attr"`
	Weight string      `xml:"weight,attr"`
	Values []gexfValue `xml:"attvalues>attvalue"`
}

type gexfValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

// WriteGEXF writes g as GEXF 1.3: the same nodes and edges as
// WriteGraphML, the claim's predicate as the edge label and its score as
// the weight.
func WriteGEXF(w io.Writer, g *Graph) error {
	nodes, edges := network(g)
	d := gexfDoc{
		Xmlns:   "http://gexf.net/1.3",
		Version: "1.3",
		Meta:    gexfMeta{Creator: "newsgraph", Description: "entities and claims read from news articles"},
		Graph: gexfGraph{DefaultEdgeType: "directed", Mode: "static", Attributes: []gexfAttributes{
			{Class: "node", Attributes: []gexfAttribute{
				{"type", "type", "string"}, {"fictional", "fictional", "boolean"}, {"qid", "qid", "string"}, {"aliases", "aliases", "string"}}},
			{Class: "edge", Attributes: []gexfAttribute{{"predicate", "predicate", "string"}, {"evidence", "evidence", "string"}}},
		}},
	}
	for _, n := range nodes {
		gn := gexfNode{ID: n.ID, Label: n.Name, Values: []gexfValue{{"type", n.Type}, {"fictional", strconv.FormatBool(n.Fictional)}}}
		if n.QID != "" {
			gn.Values = append(gn.Values, gexfValue{"qid", n.QID})
		}
		if len(n.Aliases) > 0 {
			gn.Values = append(gn.Values, gexfValue{"aliases", strings.Join(n.Aliases, "|")})
		}
		d.Graph.Nodes = append(d.Graph.Nodes, gn)
	}
	for _, e := range edges {
		d.Graph.Edges = append(d.Graph.Edges, gexfEdge{ID: e.ID, Source: e.Source, Target: e.Target, Label: e.Predicate,
			Weight: strconv.FormatFloat(e.Score, 'g', -1, 64),
			Values: []gexfValue{{"predicate", e.Predicate}, {"evidence", e.Evidence}}})
	}
	return writeXML(w, d, "GEXF")
}
