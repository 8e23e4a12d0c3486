package server

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store"
)

// claimStore answers Claims from a list in memory; the other methods of
// store.Store are not used by the walks and panic if called.
type claimStore struct {
	store.Store
	claims []kg.Claim
	calls  int
}

func (c *claimStore) Claims(ctx context.Context, f store.ClaimFilter) ([]kg.Claim, error) {
	c.calls++
	var out []kg.Claim
	for _, cl := range c.claims {
		if f.Predicate != "" && cl.Predicate != f.Predicate {
			continue
		}
		if f.Entity != "" && cl.Subject.ID != f.Entity && (cl.Object == nil || cl.Object.ID != f.Entity) {
			continue
		}
		out = append(out, cl)
	}
	return out, nil
}

// randomGraph makes n entities and m claims between random pairs, and
// the distances between entities by a plain breadth-first search.
func randomGraph(r *rand.Rand, n, m int) ([]kg.Claim, []kg.Ref, func(a, b int) int) {
	refs := make([]kg.Ref, n)
	for i := range refs {
		refs[i] = kg.Ref{ID: fmt.Sprintf("e%d", i), Name: fmt.Sprintf("E%d", i), Type: doc.Person}
	}
	adj := make([][]int, n)
	var cs []kg.Claim
	for k := 0; k < m; k++ {
		a, b := r.IntN(n), r.IntN(n)
		if a == b {
			continue
		}
		o := refs[b]
		cs = append(cs, kg.Claim{ID: fmt.Sprintf("c%d", k), Subject: refs[a], Predicate: doc.WorksFor, Object: &o})
		adj[a] = append(adj[a], b)
		adj[b] = append(adj[b], a)
	}
	dist := func(a, b int) int {
		d := map[int]int{a: 0}
		q := []int{a}
		for len(q) > 0 {
			x := q[0]
			q = q[1:]
			if x == b {
				return d[x]
			}
			for _, y := range adj[x] {
				if _, ok := d[y]; !ok {
					d[y] = d[x] + 1
					q = append(q, y)
				}
			}
		}
		return -1
	}
	return cs, refs, dist
}

func TestPathShortest(t *testing.T) {
	for seed := uint64(1); seed <= 40; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		n := 10 + r.IntN(60)
		cs, refs, dist := randomGraph(r, n, n+r.IntN(n))
		st := &claimStore{claims: cs}
		s := New(st, Options{})
		for k := 0; k < 10; k++ {
			a, b := r.IntN(n), r.IntN(n)
			steps, err := s.path(context.Background(), refs[a], refs[b], "")
			if err != nil {
				t.Fatal(err)
			}
			want := dist(a, b)
			if want > maxPathDepth {
				want = -1
			}
			if steps == nil {
				if want != -1 {
					t.Errorf("seed %d: no path %d→%d, want length %d", seed, a, b, want)
				}
				continue
			}
			if len(steps) != want {
				t.Errorf("seed %d: path %d→%d has %d steps, want %d", seed, a, b, len(steps), want)
			}
			// The chain is continuous, runs from a to b, and each step
			// is its claim, in the direction Forward says.
			at := refs[a].ID
			for _, st := range steps {
				c := st.Claim
				ends := [2]string{c.Subject.ID, c.Object.ID}
				if st.From.ID != at || !(ends == [2]string{st.From.ID, st.To.ID} && st.Forward ||
					ends == [2]string{st.To.ID, st.From.ID} && !st.Forward) {
					t.Fatalf("seed %d: bad step %+v after %s", seed, st, at)
				}
				at = st.To.ID
			}
			if at != refs[b].ID {
				t.Errorf("seed %d: path ends at %s, want %s", seed, at, refs[b].ID)
			}
		}
	}
}

func TestGraphCap(t *testing.T) {
	// A star of 50 around e0 and a ring beyond it: with a cap of 10
	// nodes the walk stops after the first level and reads one entity's
	// claims only.
	var cs []kg.Claim
	hub := kg.Ref{ID: "e0", Name: "Hub", Type: doc.Org}
	for i := 1; i <= 50; i++ {
		sub := kg.Ref{ID: fmt.Sprintf("e%d", i), Name: fmt.Sprintf("P%d", i), Type: doc.Person}
		h := hub
		cs = append(cs, kg.Claim{ID: fmt.Sprintf("c%d", i), Subject: sub, Predicate: doc.WorksFor, Object: &h})
	}
	st := &claimStore{claims: cs}
	s := New(st, Options{})
	g, err := s.graph(context.Background(), &kg.Entity{ID: "e0", Name: "Hub", Type: doc.Org}, 3, 10, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Nodes) != 10 || len(g.Edges) != 9 || !g.Truncated || st.calls != 1 {
		t.Errorf("%d nodes, %d edges, truncated %v, %d store calls", len(g.Nodes), len(g.Edges), g.Truncated, st.calls)
	}
}
