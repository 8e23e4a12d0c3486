package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
)

// putAttempts is how many times Put tries a transaction that the
// database aborted to break a deadlock between concurrent writers.
const putAttempts = 4

// Put writes the graphs in one transaction.
func (s *sqlStore) Put(ctx context.Context, graphs []*kg.DocGraph) error {
	var err error
	for attempt := range putAttempts {
		err = s.put(ctx, graphs)
		if err == nil || s.d.retryable == nil || !s.d.retryable(err) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(attempt+1) * 20 * time.Millisecond):
		}
	}
	return err
}

func (s *sqlStore) put(ctx context.Context, graphs []*kg.DocGraph) error {
	prepared := make([]*kg.DocGraph, 0, len(graphs))
	for i, g := range graphs {
		pg, err := normalize(g)
		if err != nil {
			return fmt.Errorf("put: graph %d: %w", i, err)
		}
		prepared = append(prepared, pg)
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put: begin: %w", err)
	}
	defer tx.Rollback()
	now := time.Now().UnixNano()
	w := &txw{tx: tx, bind: s.d.bind, stmts: map[string]*sql.Stmt{}}
	defer w.close()
	if w.dec, err = s.loadDecisions(ctx, tx); err != nil {
		return fmt.Errorf("put: %w", err)
	}
	for i, g := range prepared {
		prepared[i] = w.dec.apply(g)
	}
	// Entities first, in ID order: concurrent Puts (PostgreSQL) then
	// lock entity rows in one order and do not deadlock on them.
	var ents []*kg.Entity
	for _, g := range prepared {
		for i := range g.Entities {
			ents = append(ents, &g.Entities[i])
		}
	}
	slices.SortStableFunc(ents, func(a, b *kg.Entity) int { return strings.Compare(a.ID, b.ID) })
	for _, e := range ents {
		if err := s.putEntity(ctx, w, e); err != nil {
			return fmt.Errorf("put: %w", err)
		}
	}
	for _, g := range prepared {
		if err := s.putGraph(ctx, w, g, now); err != nil {
			return fmt.Errorf("put: document %s: %w", g.Document.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("put: commit: %w", err)
	}
	return nil
}

// normalize checks g and returns a copy with the IDs it may leave empty
// (a mention's, evidence's or quote's document; a claim's or quote's
// ID) filled.
func normalize(g *kg.DocGraph) (*kg.DocGraph, error) {
	if g == nil {
		return nil, fmt.Errorf("%w: nil graph", errBadGraph)
	}
	d := &g.Document
	if d.ID == "" {
		return nil, fmt.Errorf("%w: document has no ID", errBadGraph)
	}
	if !utf8.ValidString(d.Body) || !utf8.ValidString(d.Title) {
		return nil, fmt.Errorf("%w: document %s: text is not valid UTF-8", errBadGraph, d.ID)
	}
	body := d.Body
	span := func(what string, sp doc.Span) error {
		if sp.Start < 0 || sp.End < sp.Start || sp.End > len(body) {
			return fmt.Errorf("%w: %s span [%d,%d) outside the body (%d bytes)", errBadGraph, what, sp.Start, sp.End, len(body))
		}
		if !boundary(body, sp.Start) || !boundary(body, sp.End) {
			return fmt.Errorf("%w: %s span [%d,%d) splits a character", errBadGraph, what, sp.Start, sp.End)
		}
		return nil
	}
	docRef := func(what, id string) (string, error) {
		if id == "" || id == d.ID {
			return d.ID, nil
		}
		return "", fmt.Errorf("%w: %s belongs to document %s, not %s", errBadGraph, what, id, d.ID)
	}
	out := *g
	for i, se := range g.Sentences {
		if err := span("sentence "+strconv.Itoa(i), se.Span); err != nil {
			return nil, err
		}
	}
	out.Mentions = make([]kg.Mention, len(g.Mentions))
	for i, m := range g.Mentions {
		what := "mention " + strconv.Itoa(i)
		var err error
		if m.Doc, err = docRef(what, m.Doc); err != nil {
			return nil, err
		}
		if err := span(what, m.Span); err != nil {
			return nil, err
		}
		out.Mentions[i] = m
	}
	for i, e := range g.Entities {
		if e.ID == "" {
			return nil, fmt.Errorf("%w: entity %d (%q) has no ID", errBadGraph, i, e.Name)
		}
	}
	out.Claims = make([]kg.Claim, len(g.Claims))
	for i, c := range g.Claims {
		what := "claim " + strconv.Itoa(i)
		if c.Subject.ID == "" || c.Predicate == "" {
			return nil, fmt.Errorf("%w: %s has no subject or predicate", errBadGraph, what)
		}
		if c.ID == "" {
			c.ID = kg.ClaimID(&c)
		}
		ev := make([]kg.Evidence, len(c.Evidence))
		for j, e := range c.Evidence {
			var err error
			if e.Doc, err = docRef(what+" evidence", e.Doc); err != nil {
				return nil, err
			}
			if err := span(what+" evidence", e.Span); err != nil {
				return nil, err
			}
			ev[j] = e
		}
		c.Evidence = ev
		out.Claims[i] = c
	}
	out.Quotes = make([]kg.Quote, len(g.Quotes))
	for i, q := range g.Quotes {
		what := "quote " + strconv.Itoa(i)
		var err error
		if q.Doc, err = docRef(what, q.Doc); err != nil {
			return nil, err
		}
		if err := span(what, q.Span); err != nil {
			return nil, err
		}
		if q.ID == "" {
			q.ID = kg.ID(d.ID, "quote", strconv.Itoa(q.Span.Start), strconv.Itoa(q.Span.End))
		}
		out.Quotes[i] = q
	}
	return &out, nil
}

// boundary reports whether byte offset i of s starts a character or is
// its end.
func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

func (s *sqlStore) putGraph(ctx context.Context, w *txw, g *kg.DocGraph, now int64) error {
	if err := s.putDocument(ctx, w, &g.Document, now); err != nil {
		return err
	}
	id := g.Document.ID
	// Claims with evidence here: those left with none once the document
	// is rewritten go, so that every claim keeps its provenance.
	stale, err := w.strings(ctx, "SELECT DISTINCT claim_id FROM evidence WHERE doc_id = ?", id)
	if err != nil {
		return fmt.Errorf("read old claims: %w", err)
	}
	// Replace what the document contributed before.
	for _, table := range []string{"evidence", "quotes", "mentions", "sentences"} {
		if err := w.exec(ctx, "DELETE FROM "+table+" WHERE doc_id = ?", id); err != nil {
			return fmt.Errorf("delete old %s: %w", table, err)
		}
	}
	for i, se := range g.Sentences {
		err := w.exec(ctx, `INSERT INTO sentences (doc_id, idx, start_off, end_off, first_tok, last_tok, paragraph)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, id, i, se.Start, se.End, se.First, se.Last, se.Paragraph)
		if err != nil {
			return fmt.Errorf("sentence %d: %w", i, err)
		}
	}
	for i, m := range g.Mentions {
		err := w.exec(ctx, `INSERT INTO mentions (doc_id, seq, start_off, end_off, text, type, kind, entity_id, score)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, m.Span.Start, m.Span.End, m.Text, string(m.Type), int(m.Kind), nullable(m.EntityID), m.Score)
		if err != nil {
			return fmt.Errorf("mention %d (%q): %w", i, m.Text, err)
		}
	}
	for i := range g.Claims {
		if err := s.putClaim(ctx, w, &g.Claims[i]); err != nil {
			return fmt.Errorf("claim %s: %w", g.Claims[i].ID, err)
		}
	}
	for i := range g.Quotes {
		if err := s.putQuote(ctx, w, &g.Quotes[i]); err != nil {
			return fmt.Errorf("quote %s: %w", g.Quotes[i].ID, err)
		}
	}
	for _, c := range stale {
		if err := w.exec(ctx, "DELETE FROM claims WHERE id = ? AND NOT EXISTS (SELECT 1 FROM evidence WHERE claim_id = ?)", c, c); err != nil {
			return fmt.Errorf("delete claim %s left without evidence: %w", c, err)
		}
	}
	return nil
}

func (s *sqlStore) putDocument(ctx context.Context, w *txw, d *doc.Document, now int64) error {
	related, err := json.Marshal(d.Related)
	if err != nil {
		return fmt.Errorf("encode related links: %w", err)
	}
	if d.Related == nil {
		related = []byte("[]")
	}
	var published string
	var publishedNS any
	if !d.Published.IsZero() {
		published = d.Published.Format(time.RFC3339Nano)
		publishedNS = d.Published.UnixNano()
	}
	cols := "id, url, source, site, title, byline, published, published_ns, body, related, ingested_ns"
	vals := "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
	args := []any{d.ID, d.URL, d.Source, d.Site, d.Title, d.Byline, published, publishedNS, d.Body, string(related), now}
	set := `url = excluded.url, source = excluded.source, site = excluded.site, title = excluded.title,
		byline = excluded.byline, published = excluded.published, published_ns = excluded.published_ns,
		body = excluded.body, related = excluded.related`
	if s.d.postgres {
		cols += ", tsv"
		vals += ", setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')"
		args = append(args, Fold(d.Title), Fold(d.Body))
		set += ", tsv = excluded.tsv"
	}
	err = w.exec(ctx, "INSERT INTO documents ("+cols+") VALUES ("+vals+") ON CONFLICT (id) DO UPDATE SET "+set, args...)
	if err != nil {
		return fmt.Errorf("write document: %w", err)
	}
	return nil
}

// putEntity inserts e or merges it into the stored entity of the same ID.
func (s *sqlStore) putEntity(ctx context.Context, w *txw, e *kg.Entity) error {
	pinned, renamed := "", false
	if w.dec != nil {
		pinned, renamed = w.dec.names[e.ID]
	}
	name := e.Name
	if renamed {
		name = pinned
	} else if name == "" && len(e.Aliases) > 0 {
		name = e.Aliases[0]
	}
	// Insert when new; when another transaction is inserting the same
	// entity, this waits for it and then does nothing.
	n, err := w.execN(ctx, `INSERT INTO entities (id, type, name, folded, fictional, gender, qid) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO NOTHING`,
		e.ID, string(e.Type), name, Fold(name), b2i(e.Fictional), string(e.Gender), e.QID)
	if err != nil {
		return fmt.Errorf("entity %s (%q): %w", e.ID, e.Name, err)
	}
	var old struct {
		typ, name, folded, gender, qid string
		fictional                      int
	}
	if n == 0 {
		err = w.queryRow(ctx, "SELECT type, name, folded, fictional, gender, qid FROM entities WHERE id = ?"+s.d.forUpdate, e.ID).
			Scan(&old.typ, &old.name, &old.folded, &old.fictional, &old.gender, &old.qid)
	}
	switch {
	case n > 0:
	case err != nil:
		return fmt.Errorf("read entity %s: %w", e.ID, err)
	default:
		name = old.name
		if f := Fold(e.Name); utf8.RuneCountInString(e.Name) > utf8.RuneCountInString(old.name) && strings.Contains(f, old.folded) {
			name = e.Name
		}
		if renamed {
			name = pinned
		}
		typ := old.typ
		if typ == "" {
			typ = string(e.Type)
		}
		gender := old.gender
		if gender == "" {
			gender = string(e.Gender)
		}
		qid := old.qid
		if qid == "" {
			qid = e.QID
		}
		fictional := old.fictional
		if e.Fictional {
			fictional = 1
		}
		if typ == old.typ && name == old.name && fictional == old.fictional && gender == old.gender && qid == old.qid {
			break
		}
		err = w.exec(ctx, `UPDATE entities SET type = ?, name = ?, folded = ?, fictional = ?, gender = ?, qid = ? WHERE id = ?`,
			typ, name, Fold(name), fictional, gender, qid, e.ID)
		if err != nil {
			return fmt.Errorf("update entity %s (%q): %w", e.ID, e.Name, err)
		}
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if strings.TrimSpace(n) == "" {
			continue
		}
		err := w.exec(ctx, `INSERT INTO entity_names (entity_id, name, folded) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
			e.ID, n, Fold(n))
		if err != nil {
			return fmt.Errorf("entity %s name %q: %w", e.ID, n, err)
		}
	}
	return nil
}

func refID(r *kg.Ref) any {
	if r == nil {
		return nil
	}
	return nullable(r.ID)
}

func (s *sqlStore) putClaim(ctx context.Context, w *txw, c *kg.Claim) error {
	err := w.exec(ctx, `INSERT INTO claims (id, subject_id, predicate, object_id, value, work_id, by_id,
			season, role, start_value, end_value, in_universe, score)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET
			score = CASE WHEN excluded.score > claims.score THEN excluded.score ELSE claims.score END,
			season = CASE WHEN claims.season = 0 THEN excluded.season ELSE claims.season END,
			role = CASE WHEN claims.role = '' THEN excluded.role ELSE claims.role END,
			start_value = CASE WHEN claims.start_value = '' THEN excluded.start_value ELSE claims.start_value END,
			end_value = CASE WHEN claims.end_value = '' THEN excluded.end_value ELSE claims.end_value END,
			by_id = COALESCE(claims.by_id, excluded.by_id),
			in_universe = CASE WHEN excluded.in_universe > claims.in_universe THEN excluded.in_universe ELSE claims.in_universe END`,
		c.ID, c.Subject.ID, string(c.Predicate), refID(c.Object), c.Value, refID(c.Work), refID(c.By),
		c.Season, c.Role, c.Start, c.End, b2i(c.InUniverse), c.Score)
	if err != nil {
		return err
	}
	for _, e := range c.Evidence {
		err := w.exec(ctx, `INSERT INTO evidence (claim_id, doc_id, sentence, start_off, end_off, extractor)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`, c.ID, e.Doc, e.Sentence, e.Start, e.End, e.Extractor)
		if err != nil {
			return fmt.Errorf("evidence: %w", err)
		}
	}
	return nil
}

func (s *sqlStore) putQuote(ctx context.Context, w *txw, q *kg.Quote) error {
	cols := "id, doc_id, start_off, end_off, text, direct, speaker_id, speaker_start, speaker_end, cue, score, sentence"
	vals := "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
	args := []any{q.ID, q.Doc, q.Span.Start, q.Span.End, q.Text, b2i(q.Direct), refID(q.Speaker),
		q.SpeakerSpan.Start, q.SpeakerSpan.End, q.Cue, q.Score, q.Sentence}
	set := `doc_id = excluded.doc_id, start_off = excluded.start_off, end_off = excluded.end_off, text = excluded.text,
		direct = excluded.direct, speaker_id = excluded.speaker_id, speaker_start = excluded.speaker_start,
		speaker_end = excluded.speaker_end, cue = excluded.cue, score = excluded.score, sentence = excluded.sentence`
	if s.d.postgres {
		cols += ", tsv"
		vals += ", to_tsvector('simple', ?)"
		args = append(args, Fold(q.Text))
		set += ", tsv = excluded.tsv"
	}
	if err := w.exec(ctx, "INSERT INTO quotes ("+cols+") VALUES ("+vals+") ON CONFLICT (id) DO UPDATE SET "+set, args...); err != nil {
		return err
	}
	if err := w.exec(ctx, "DELETE FROM quote_about WHERE quote_id = ?", q.ID); err != nil {
		return fmt.Errorf("about: %w", err)
	}
	for i, a := range q.About {
		if err := w.exec(ctx, "INSERT INTO quote_about (quote_id, seq, entity_id) VALUES (?, ?, ?)", q.ID, i, a.ID); err != nil {
			return fmt.Errorf("about %s: %w", a.ID, err)
		}
	}
	return nil
}

// txw runs a Put's statements in its transaction, preparing each once.
type txw struct {
	tx *sql.Tx
	// dec are the decisions in force, loaded by Put.
	dec   *decisions
	bind  func(string) string
	stmts map[string]*sql.Stmt
}

func (w *txw) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if st, ok := w.stmts[q]; ok {
		return st, nil
	}
	st, err := w.tx.PrepareContext(ctx, w.bind(q))
	if err != nil {
		return nil, err
	}
	w.stmts[q] = st
	return st, nil
}

// strings runs a query of one text column and returns its values.
func (w *txw) strings(ctx context.Context, q string, args ...any) ([]string, error) {
	rows, err := w.tx.QueryContext(ctx, w.bind(q), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// execN runs a statement and returns the number of rows it changed.
func (w *txw) execN(ctx context.Context, q string, args ...any) (int64, error) {
	st, err := w.stmt(ctx, q)
	if err != nil {
		return 0, err
	}
	res, err := st.ExecContext(ctx, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (w *txw) exec(ctx context.Context, q string, args ...any) error {
	st, err := w.stmt(ctx, q)
	if err != nil {
		return err
	}
	_, err = st.ExecContext(ctx, args...)
	return err
}

// queryRow runs a one-row query; preparation errors surface at Scan.
func (w *txw) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := w.stmt(ctx, q)
	if err != nil {
		return w.tx.QueryRowContext(ctx, w.bind(q), args...)
	}
	return st.QueryRowContext(ctx, args...)
}

func (w *txw) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}
