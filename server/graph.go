package server

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"sort"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store"
)

// Caps on the graph walks.
const (
	defaultGraphNodes = 100
	maxGraphNodes     = 500
	// neighbourLimit caps the claims read for one entity in a walk.
	neighbourLimit = 500
	maxPathDepth   = 8
	maxPathVisited = 10000
)

// neighbours returns the claims between id and another entity (claims
// whose object is a literal are left out), filtered by predicate p when
// set.
func (s *Server) neighbours(ctx context.Context, id string, p doc.Predicate) ([]kg.Claim, error) {
	cs, err := s.st.Claims(ctx, store.ClaimFilter{Entity: id, Predicate: p, Limit: neighbourLimit})
	if err != nil {
		return nil, fmt.Errorf("claims of %s: %w", id, err)
	}
	out := cs[:0]
	for _, c := range cs {
		if c.Object != nil && c.Object.ID != "" {
			out = append(out, c)
		}
	}
	return out, nil
}

// other returns the end of c that is not id.
func other(c *kg.Claim, id string) kg.Ref {
	if c.Subject.ID == id {
		return *c.Object
	}
	return c.Subject
}

func (s *Server) handleGraph(w http.ResponseWriter, r *http.Request) {
	depth, err := intParam(r, "depth", 1, 1, 3)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	limit, err := intParam(r, "limit", defaultGraphNodes, 1, maxGraphNodes)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p, err := predicateParam(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	root, err := s.entity(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	g, err := s.graph(r.Context(), root, depth, limit, p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, g)
}

// graph walks claims breadth first from root up to depth claims away,
// keeping at most limit nodes, and returns the nodes with every claim
// between two kept nodes that the walk saw.
func (s *Server) graph(ctx context.Context, root *kg.Entity, depth, limit int, p doc.Predicate) (*Graph, error) {
	g := &Graph{Root: root.ID, Nodes: []GraphNode{{ID: root.ID, Name: root.Name, Type: root.Type}}, Edges: []GraphEdge{}}
	seen := map[string]bool{root.ID: true}
	edges := map[string]bool{}
	frontier := []string{root.ID}
	for d := 1; d <= depth && len(frontier) > 0; d++ {
		var next []string
		for _, id := range frontier {
			cs, err := s.neighbours(ctx, id, p)
			if err != nil {
				return nil, err
			}
			for i := range cs {
				c := &cs[i]
				o := other(c, id)
				if !seen[o.ID] {
					if len(g.Nodes) >= limit {
						g.Truncated = true
						continue
					}
					seen[o.ID] = true
					g.Nodes = append(g.Nodes, GraphNode{ID: o.ID, Name: o.Name, Type: o.Type, Depth: d})
					next = append(next, o.ID)
				}
				if !edges[c.ID] {
					edges[c.ID] = true
					g.Edges = append(g.Edges, GraphEdge{ID: c.ID, Source: c.Subject.ID, Target: c.Object.ID,
						Predicate: c.Predicate, Claim: viewOf(*c, fewEvidence)})
				}
			}
		}
		if g.Truncated {
			break // the cap is reached: deeper levels add no node
		}
		frontier = next
	}
	return g, nil
}

func (s *Server) handlePath(w http.ResponseWriter, r *http.Request) {
	for _, p := range []string{"from", "to"} {
		if _, err := queryParam(r, p); err != nil {
			s.fail(w, r, err)
			return
		}
	}
	p, err := predicateParam(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	from, err := s.resolve(r, "from")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	to, err := s.resolve(r, "to")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	steps, err := s.path(r.Context(), *from, *to, p)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, PathResult{From: *from, To: *to, Found: steps != nil, Steps: nonNil(steps)})
}

// path finds a shortest chain of claims from one entity to another,
// treating claims as undirected edges. It searches breadth first from
// both ends at once, a whole level at a time from the end with the
// smaller frontier, so the first meeting is a shortest chain. It returns
// nil when there is none within maxPathDepth claims and maxPathVisited
// entities, and an empty non-nil slice when from is to.
func (s *Server) path(ctx context.Context, from, to kg.Ref, p doc.Predicate) ([]PathStep, error) {
	if from.ID == to.ID {
		return []PathStep{}, nil
	}
	type back struct {
		prev  string
		claim kg.Claim
	}
	type side struct {
		parent   map[string]back
		frontier []string
	}
	refs := map[string]kg.Ref{from.ID: from, to.ID: to}
	fwd := &side{parent: map[string]back{from.ID: {}}, frontier: []string{from.ID}}
	bwd := &side{parent: map[string]back{to.ID: {}}, frontier: []string{to.ID}}
	meet := ""
	for depth := 0; depth < maxPathDepth && meet == ""; depth++ {
		if len(fwd.frontier) == 0 || len(bwd.frontier) == 0 {
			return nil, nil
		}
		this, that := fwd, bwd
		if len(bwd.frontier) < len(fwd.frontier) {
			this, that = bwd, fwd
		}
		var next []string
		for _, n := range this.frontier {
			cs, err := s.neighbours(ctx, n, p)
			if err != nil {
				return nil, err
			}
			for i := range cs {
				o := other(&cs[i], n)
				if _, ok := this.parent[o.ID]; ok {
					continue
				}
				refs[o.ID] = o
				this.parent[o.ID] = back{prev: n, claim: cs[i]}
				if _, ok := that.parent[o.ID]; ok {
					meet = o.ID
					break
				}
				if len(fwd.parent)+len(bwd.parent) >= maxPathVisited {
					return nil, nil
				}
				next = append(next, o.ID)
			}
			if meet != "" {
				break
			}
		}
		this.frontier = next
	}
	if meet == "" {
		return nil, nil
	}
	step := func(a, b string, c kg.Claim) PathStep {
		return PathStep{From: refs[a], To: refs[b], Forward: c.Subject.ID == a, Claim: viewOf(c, fewEvidence)}
	}
	var steps []PathStep
	for cur := meet; cur != from.ID; {
		b := fwd.parent[cur]
		steps = append(steps, step(b.prev, cur, b.claim))
		cur = b.prev
	}
	slices.Reverse(steps)
	for cur := meet; cur != to.ID; {
		b := bwd.parent[cur]
		steps = append(steps, step(cur, b.prev, b.claim))
		cur = b.prev
	}
	return steps, nil
}

func (s *Server) handleTimeline(w http.ResponseWriter, r *http.Request) {
	e, err := s.entity(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx := r.Context()
	cs, err := s.st.Claims(ctx, store.ClaimFilter{Entity: e.ID, Limit: maxLimit})
	if err != nil {
		s.fail(w, r, fmt.Errorf("claims of %s: %w", e.ID, err))
		return
	}
	docs, err := s.st.Documents(ctx, store.DocFilter{Entity: e.ID, Limit: maxLimit})
	if err != nil {
		s.fail(w, r, fmt.Errorf("documents of %s: %w", e.ID, err))
		return
	}
	writeJSON(w, http.StatusOK, Timeline{Entity: ref(e), Events: timeline(cs, docs)})
}

// timeline orders the dated claims and the published documents by date:
// a claim's date is its literal value when that is a date, else its
// start qualifier. Dates without a year (XXXX-02-13) cannot be placed and
// are left out. On one date, claims come before documents.
func timeline(cs []kg.Claim, docs []doc.Document) []TimelineEvent {
	events := []TimelineEvent{}
	for i := range cs {
		c := &cs[i]
		date := ""
		if c.Object == nil && hasYear(c.Value) {
			date = c.Value
		} else if hasYear(c.Start) {
			date = c.Start
		}
		if date != "" {
			events = append(events, TimelineEvent{Date: date, Kind: "claim", Claim: c})
		}
	}
	for i := range docs {
		if docs[i].Published.IsZero() {
			continue
		}
		sum := summarize(&docs[i])
		events = append(events, TimelineEvent{Date: docs[i].Published.UTC().Format("2006-01-02"), Kind: "document",
			Document: &sum})
	}
	sort.SliceStable(events, func(i, j int) bool {
		a, b := events[i], events[j]
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		if a.Kind != b.Kind {
			return a.Kind == "claim"
		}
		return eventID(a) < eventID(b)
	})
	return events
}

func eventID(e TimelineEvent) string {
	if e.Claim != nil {
		return e.Claim.ID
	}
	return e.Document.ID
}

// hasYear reports whether a TimeML value starts with a four-digit year
// followed by nothing, "-" or "T".
func hasYear(v string) bool {
	if len(v) < 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if v[i] < '0' || v[i] > '9' {
			return false
		}
	}
	return len(v) == 4 || v[4] == '-' || v[4] == 'T'
}
