package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
)

// Decision kinds.
const (
	DecisionMerge  = "merge"
	DecisionRename = "rename"
	DecisionReject = "reject"
)

// Decision is a user's correction of the graph. Decisions are applied to
// the stored graph when made and to every later Put, so they survive
// re-ingest.
type Decision struct {
	// Kind is DecisionMerge, DecisionRename or DecisionReject.
	Kind string `json:"kind"`
	// Target is the entity (or, for a rejection, the entity or claim)
	// decided about.
	Target string `json:"target"`
	// Into is the entity a merged entity became.
	Into string `json:"into,omitempty"`
	// Name is an entity's name after a rename.
	Name string    `json:"name,omitempty"`
	Made time.Time `json:"made"`
}

// Decider is the part of a store that records user decisions. Both
// engines' stores implement it.
type Decider interface {
	// Merge makes entity fromID part of intoID: its names become
	// aliases, and its mentions, claims and quotes move, now and on
	// every later Put.
	Merge(ctx context.Context, fromID, intoID string) error
	// Rename sets an entity's name; later Puts do not change it.
	Rename(ctx context.Context, id, name string) error
	// Reject removes an entity or a claim and keeps later Puts from
	// adding it back. A rejected entity's mentions stay, unlinked; the
	// claims about it go.
	Reject(ctx context.Context, id string) error
	// Decisions lists the decisions in force, oldest first.
	Decisions(ctx context.Context) ([]Decision, error)
}

// decisions are the decisions in force, as Put applies them.
type decisions struct {
	into     map[string]string // merged entity → the entity it became
	names    map[string]string // renamed entity → its name
	rejected map[string]bool   // rejected entities and claims
}

func (d *decisions) empty() bool {
	return len(d.into) == 0 && len(d.names) == 0 && len(d.rejected) == 0
}

// resolve follows merges from id.
func (d *decisions) resolve(id string) string {
	for range 64 { // merges are kept flat; this bounds a corrupt chain
		next, ok := d.into[id]
		if !ok || next == id {
			return id
		}
		id = next
	}
	return id
}

func (s *sqlStore) loadDecisions(ctx context.Context, q queryer) (*decisions, error) {
	rows, err := s.query(ctx, q, "SELECT kind, target_id, into_id, name FROM decisions")
	if err != nil {
		return nil, fmt.Errorf("read decisions: %w", err)
	}
	defer rows.Close()
	d := &decisions{into: map[string]string{}, names: map[string]string{}, rejected: map[string]bool{}}
	for rows.Next() {
		var kind, target, into, name string
		if err := rows.Scan(&kind, &target, &into, &name); err != nil {
			return nil, fmt.Errorf("read decisions: %w", err)
		}
		switch kind {
		case DecisionMerge:
			d.into[target] = into
		case DecisionRename:
			d.names[target] = name
		case DecisionReject:
			d.rejected[target] = true
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read decisions: %w", err)
	}
	return d, nil
}

// apply returns a copy of g with the decisions applied: merged entities
// renamed to what they became (their names kept as aliases), rejected
// entities and claims left out, claim IDs recomputed where an end moved.
func (d *decisions) apply(g *kg.DocGraph) *kg.DocGraph {
	if d.empty() {
		return g
	}
	out := *g
	out.Entities = nil
	for _, e := range g.Entities {
		id := d.resolve(e.ID)
		if d.rejected[id] {
			continue
		}
		if id != e.ID {
			// Merged away: what it was called becomes an alias of what
			// it is; Name empty means "leave the name alone".
			e.Aliases = append([]string{e.Name}, e.Aliases...)
			e.ID, e.Name = id, ""
		} else {
			e.Aliases = slices.Clone(e.Aliases)
		}
		out.Entities = append(out.Entities, e)
	}
	out.Mentions = slices.Clone(g.Mentions)
	for i := range out.Mentions {
		m := &out.Mentions[i]
		if m.EntityID == "" {
			continue
		}
		if m.EntityID = d.resolve(m.EntityID); d.rejected[m.EntityID] {
			m.EntityID = ""
		}
	}
	ref := func(r *kg.Ref) (*kg.Ref, bool) {
		if r == nil || r.ID == "" {
			return r, true
		}
		c := *r
		c.ID = d.resolve(r.ID)
		return &c, !d.rejected[c.ID]
	}
	out.Claims = nil
	for _, c := range g.Claims {
		if d.rejected[c.ID] {
			continue
		}
		subj, ok1 := ref(&c.Subject)
		obj, ok2 := ref(c.Object)
		work, ok3 := ref(c.Work)
		by, ok4 := ref(c.By)
		if !ok1 || !ok2 || !ok3 {
			continue
		}
		if !ok4 {
			by = nil
		}
		moved := subj.ID != c.Subject.ID || (obj != nil && obj.ID != c.Object.ID) || (work != nil && work.ID != c.Work.ID)
		c.Subject, c.Object, c.Work, c.By = *subj, obj, work, by
		if moved {
			c.ID = kg.ClaimID(&c)
		}
		if d.rejected[c.ID] {
			continue
		}
		out.Claims = append(out.Claims, c)
	}
	out.Quotes = slices.Clone(g.Quotes)
	for i := range out.Quotes {
		q := &out.Quotes[i]
		if sp, ok := ref(q.Speaker); ok {
			q.Speaker = sp
		} else {
			q.Speaker = nil
		}
		var about []kg.Ref
		for _, a := range q.About {
			if r, ok := ref(&a); ok && !slices.ContainsFunc(about, func(x kg.Ref) bool { return x.ID == r.ID }) {
				about = append(about, *r)
			}
		}
		q.About = about
	}
	return &out
}

// decide runs fn in a write transaction and records the decision.
func (s *sqlStore) decide(ctx context.Context, dec Decision, fn func(w *txw) error) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	w := &txw{tx: tx, bind: s.d.bind, stmts: map[string]*sql.Stmt{}}
	defer w.close()
	if err := fn(w); err != nil {
		return err
	}
	err = w.exec(ctx, `INSERT INTO decisions (kind, target_id, into_id, name, made_ns) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (kind, target_id) DO UPDATE SET into_id = excluded.into_id, name = excluded.name, made_ns = excluded.made_ns`,
		dec.Kind, dec.Target, dec.Into, dec.Name, time.Now().UnixNano())
	if err != nil {
		return fmt.Errorf("record decision: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

func (s *sqlStore) entityExists(ctx context.Context, w *txw, id string) (bool, error) {
	var n int
	if err := w.queryRow(ctx, "SELECT COUNT(*) FROM entities WHERE id = ?", id).Scan(&n); err != nil {
		return false, fmt.Errorf("look up entity %s: %w", id, err)
	}
	return n > 0, nil
}

// Merge merges entity fromID into intoID.
func (s *sqlStore) Merge(ctx context.Context, fromID, intoID string) error {
	if fromID == intoID {
		return fmt.Errorf("merge %s into itself", fromID)
	}
	err := s.decide(ctx, Decision{Kind: DecisionMerge, Target: fromID, Into: intoID}, func(w *txw) error {
		for _, id := range []string{fromID, intoID} {
			ok, err := s.entityExists(ctx, w, id)
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("entity %s: %w", id, ErrNotFound)
			}
		}
		return s.mergeStored(ctx, w, fromID, intoID)
	})
	if err != nil {
		return fmt.Errorf("merge %s into %s: %w", fromID, intoID, err)
	}
	return nil
}

// mergeStored moves what is stored of from onto into and deletes from.
func (s *sqlStore) mergeStored(ctx context.Context, w *txw, from, into string) error {
	steps := []struct{ what, q string }{
		// Earlier merges into from now go to into: merges stay flat.
		{"earlier merges", "UPDATE decisions SET into_id = ? WHERE kind = 'merge' AND into_id = ?"},
		{"names", "INSERT INTO entity_names (entity_id, name, folded) SELECT ?, name, folded FROM entity_names WHERE entity_id = ? ON CONFLICT DO NOTHING"},
		{"mentions", "UPDATE mentions SET entity_id = ? WHERE entity_id = ?"},
		{"speakers", "UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?"},
		{"claim agents", "UPDATE claims SET by_id = ? WHERE by_id = ?"},
	}
	for _, st := range steps {
		if err := w.exec(ctx, st.q, into, from); err != nil {
			return fmt.Errorf("move %s: %w", st.what, err)
		}
	}
	err := w.exec(ctx, `UPDATE entities SET
			fictional = CASE WHEN fictional = 1 OR (SELECT fictional FROM entities f WHERE f.id = ?) = 1 THEN 1 ELSE 0 END,
			gender = CASE WHEN gender = '' THEN (SELECT gender FROM entities f WHERE f.id = ?) ELSE gender END,
			qid = CASE WHEN qid = '' THEN (SELECT qid FROM entities f WHERE f.id = ?) ELSE qid END
		WHERE id = ?`, from, from, from, into)
	if err != nil {
		return fmt.Errorf("merge entity fields: %w", err)
	}
	if err := w.exec(ctx, `DELETE FROM quote_about WHERE entity_id = ?
			AND quote_id IN (SELECT quote_id FROM quote_about WHERE entity_id = ?)`, from, into); err != nil {
		return fmt.Errorf("move quote subjects: %w", err)
	}
	if err := w.exec(ctx, "UPDATE quote_about SET entity_id = ? WHERE entity_id = ?", into, from); err != nil {
		return fmt.Errorf("move quote subjects: %w", err)
	}
	if err := s.rekeyClaims(ctx, w, map[string]string{from: into}); err != nil {
		return err
	}
	if err := w.exec(ctx, "DELETE FROM entities WHERE id = ?", from); err != nil {
		return fmt.Errorf("delete merged entity: %w", err)
	}
	return nil
}

// rekeyClaims rewrites the stored claims with an end in moves: each
// becomes the claim with the moved ends (merged with one already there,
// evidence kept), under its new ID.
func (s *sqlStore) rekeyClaims(ctx context.Context, w *txw, moves map[string]string) error {
	var ids []string
	for from := range moves {
		rows, err := w.tx.QueryContext(ctx, s.d.bind("SELECT id FROM claims WHERE subject_id = ? OR object_id = ? OR work_id = ?"), from, from, from)
		if err != nil {
			return fmt.Errorf("find claims of %s: %w", from, err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return fmt.Errorf("find claims of %s: %w", from, err)
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("find claims of %s: %w", from, err)
		}
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	for _, id := range ids {
		c, err := s.claimTx(ctx, w, id)
		if err != nil {
			return err
		}
		move := func(r *kg.Ref) {
			if r != nil {
				if to, ok := moves[r.ID]; ok {
					r.ID = to
				}
			}
		}
		move(&c.Subject)
		move(c.Object)
		move(c.Work)
		c.ID = kg.ClaimID(c)
		if c.ID == id {
			continue
		}
		if err := w.exec(ctx, "DELETE FROM claims WHERE id = ?", id); err != nil {
			return fmt.Errorf("delete claim %s: %w", id, err)
		}
		if err := s.putClaim(ctx, w, c); err != nil {
			return fmt.Errorf("rewrite claim %s as %s: %w", id, c.ID, err)
		}
	}
	return nil
}

// claimTx reads a stored claim with its evidence inside a transaction.
func (s *sqlStore) claimTx(ctx context.Context, w *txw, id string) (*kg.Claim, error) {
	c := &kg.Claim{ID: id}
	var pred string
	var obj, work, by sql.NullString
	var inUniverse int
	err := w.queryRow(ctx, `SELECT subject_id, predicate, object_id, value, work_id, by_id, season, role,
			start_value, end_value, in_universe, score FROM claims WHERE id = ?`, id).
		Scan(&c.Subject.ID, &pred, &obj, &c.Value, &work, &by, &c.Season, &c.Role, &c.Start, &c.End, &inUniverse, &c.Score)
	if err != nil {
		return nil, fmt.Errorf("read claim %s: %w", id, err)
	}
	c.Predicate, c.InUniverse = doc.Predicate(pred), inUniverse != 0
	opt := func(n sql.NullString) *kg.Ref {
		if !n.Valid || n.String == "" {
			return nil
		}
		return &kg.Ref{ID: n.String}
	}
	c.Object, c.Work, c.By = opt(obj), opt(work), opt(by)
	rows, err := w.tx.QueryContext(ctx, s.d.bind("SELECT doc_id, sentence, start_off, end_off, extractor FROM evidence WHERE claim_id = ?"), id)
	if err != nil {
		return nil, fmt.Errorf("read evidence of %s: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var e kg.Evidence
		if err := rows.Scan(&e.Doc, &e.Sentence, &e.Start, &e.End, &e.Extractor); err != nil {
			return nil, fmt.Errorf("read evidence of %s: %w", id, err)
		}
		c.Evidence = append(c.Evidence, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read evidence of %s: %w", id, err)
	}
	return c, nil
}

// Rename sets an entity's name.
func (s *sqlStore) Rename(ctx context.Context, id, name string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return fmt.Errorf("rename %s: empty name", id)
	}
	err := s.decide(ctx, Decision{Kind: DecisionRename, Target: id, Name: name}, func(w *txw) error {
		ok, err := s.entityExists(ctx, w, id)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("entity %s: %w", id, ErrNotFound)
		}
		if err := w.exec(ctx, "UPDATE entities SET name = ?, folded = ? WHERE id = ?", name, Fold(name), id); err != nil {
			return err
		}
		return w.exec(ctx, "INSERT INTO entity_names (entity_id, name, folded) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", id, name, Fold(name))
	})
	if err != nil {
		return fmt.Errorf("rename %s: %w", id, err)
	}
	return nil
}

// Reject removes an entity or a claim for good.
func (s *sqlStore) Reject(ctx context.Context, id string) error {
	err := s.decide(ctx, Decision{Kind: DecisionReject, Target: id}, func(w *txw) error {
		ok, err := s.entityExists(ctx, w, id)
		if err != nil {
			return err
		}
		if ok {
			steps := []struct{ what, q string }{
				{"claims", "DELETE FROM claims WHERE subject_id = ? OR object_id = ? OR work_id = ?"},
				{"claim agents", "UPDATE claims SET by_id = NULL WHERE by_id = ?"},
				{"mentions", "UPDATE mentions SET entity_id = NULL WHERE entity_id = ?"},
				{"speakers", "UPDATE quotes SET speaker_id = NULL WHERE speaker_id = ?"},
				{"quote subjects", "DELETE FROM quote_about WHERE entity_id = ?"},
				{"entity", "DELETE FROM entities WHERE id = ?"},
			}
			for _, st := range steps {
				args := make([]any, strings.Count(st.q, "?"))
				for i := range args {
					args[i] = id
				}
				if err := w.exec(ctx, st.q, args...); err != nil {
					return fmt.Errorf("remove %s: %w", st.what, err)
				}
			}
			return nil
		}
		var n int
		if err := w.queryRow(ctx, "SELECT COUNT(*) FROM claims WHERE id = ?", id).Scan(&n); err != nil {
			return fmt.Errorf("look up claim %s: %w", id, err)
		}
		if n == 0 {
			return fmt.Errorf("no entity or claim %s: %w", id, ErrNotFound)
		}
		return w.exec(ctx, "DELETE FROM claims WHERE id = ?", id)
	})
	if err != nil {
		return fmt.Errorf("reject %s: %w", id, err)
	}
	return nil
}

// Decisions lists the decisions in force.
func (s *sqlStore) Decisions(ctx context.Context) ([]Decision, error) {
	rows, err := s.query(ctx, s.read, "SELECT kind, target_id, into_id, name, made_ns FROM decisions ORDER BY made_ns, kind, target_id")
	if err != nil {
		return nil, fmt.Errorf("decisions: %w", err)
	}
	defer rows.Close()
	var out []Decision
	for rows.Next() {
		var d Decision
		var ns int64
		if err := rows.Scan(&d.Kind, &d.Target, &d.Into, &d.Name, &ns); err != nil {
			return nil, fmt.Errorf("decisions: %w", err)
		}
		d.Made = time.Unix(0, ns).UTC()
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("decisions: %w", err)
	}
	return out, nil
}
