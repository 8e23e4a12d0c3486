package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
)

const docCols = "d.id, d.url, d.source, d.site, d.title, d.byline, d.published, d.related"

// scanDocument scans docCols followed by the body (possibly ”).
func scanDocument(sc interface{ Scan(...any) error }) (doc.Document, error) {
	var d doc.Document
	var published, related string
	if err := sc.Scan(&d.ID, &d.URL, &d.Source, &d.Site, &d.Title, &d.Byline, &published, &related, &d.Body); err != nil {
		return d, err
	}
	if published != "" {
		t, err := time.Parse(time.RFC3339Nano, published)
		if err != nil {
			return d, fmt.Errorf("document %s: published time %q: %w", d.ID, published, err)
		}
		d.Published = t
	}
	if related != "" && related != "[]" && related != "null" {
		if err := json.Unmarshal([]byte(related), &d.Related); err != nil {
			return d, fmt.Errorf("document %s: related links: %w", d.ID, err)
		}
	}
	return d, nil
}

// Documents lists documents newest first.
func (s *sqlStore) Documents(ctx context.Context, f DocFilter) ([]doc.Document, error) {
	body := "''"
	if f.WithBody {
		body = "d.body"
	}
	var where []string
	var args []any
	if f.Entity != "" {
		where = append(where, "d.id IN (SELECT doc_id FROM mentions WHERE entity_id = ?)")
		args = append(args, f.Entity)
	}
	if f.Site != "" {
		where = append(where, "d.site = ?")
		args = append(args, f.Site)
	}
	if !f.Since.IsZero() {
		where = append(where, "d.published_ns >= ?")
		args = append(args, f.Since.UnixNano())
	}
	if !f.Until.IsZero() {
		where = append(where, "d.published_ns < ?")
		args = append(args, f.Until.UnixNano())
	}
	q := "SELECT " + docCols + ", " + body + " FROM documents d"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY d.published_ns DESC NULLS LAST, d.id LIMIT ? OFFSET ?"
	args = append(args, limit(f.Limit, 100), max(f.Offset, 0))
	rows, err := s.query(ctx, s.read, q, args...)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	var out []doc.Document
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	return out, nil
}

func limit(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// Document returns a document with everything stored about it.
func (s *sqlStore) Document(ctx context.Context, id string) (*DocView, error) {
	d, err := scanDocument(s.queryRow(ctx, s.read, "SELECT "+docCols+", d.body FROM documents d WHERE d.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	v := &DocView{Document: d}
	rows, err := s.query(ctx, s.read, `SELECT start_off, end_off, first_tok, last_tok, paragraph
		FROM sentences WHERE doc_id = ? ORDER BY idx`, id)
	if err != nil {
		return nil, fmt.Errorf("document %s: sentences: %w", id, err)
	}
	for rows.Next() {
		var se doc.Sentence
		if err := rows.Scan(&se.Start, &se.End, &se.First, &se.Last, &se.Paragraph); err != nil {
			rows.Close()
			return nil, fmt.Errorf("document %s: sentences: %w", id, err)
		}
		v.Sentences = append(v.Sentences, se)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("document %s: sentences: %w", id, err)
	}
	if v.Mentions, err = s.mentions(ctx, id); err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	var ids []string
	seen := map[string]bool{}
	for _, m := range v.Mentions {
		if m.EntityID != "" && !seen[m.EntityID] {
			seen[m.EntityID] = true
			ids = append(ids, m.EntityID)
		}
	}
	for _, eid := range ids {
		e, err := s.Entity(ctx, eid)
		if err != nil {
			return nil, fmt.Errorf("document %s: %w", id, err)
		}
		v.Entities = append(v.Entities, *e)
	}
	if v.Quotes, err = s.Quotes(ctx, QuoteFilter{Doc: id, Limit: 1 << 20}); err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	if v.Claims, err = s.Claims(ctx, ClaimFilter{Doc: id, Limit: 1 << 20}); err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	return v, nil
}

func (s *sqlStore) mentions(ctx context.Context, docID string) ([]kg.Mention, error) {
	rows, err := s.query(ctx, s.read, `SELECT start_off, end_off, text, type, kind, entity_id, score
		FROM mentions WHERE doc_id = ? ORDER BY start_off, end_off, seq`, docID)
	if err != nil {
		return nil, fmt.Errorf("mentions: %w", err)
	}
	defer rows.Close()
	var out []kg.Mention
	for rows.Next() {
		m := kg.Mention{Doc: docID}
		var typ string
		var kind int
		var entity sql.NullString
		if err := rows.Scan(&m.Span.Start, &m.Span.End, &m.Text, &typ, &kind, &entity, &m.Score); err != nil {
			return nil, fmt.Errorf("mentions: %w", err)
		}
		m.Type, m.Kind, m.EntityID = doc.EntityType(typ), doc.MentionKind(kind), entity.String
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("mentions: %w", err)
	}
	return out, nil
}

// Entity returns an entity with its counts and aliases.
func (s *sqlStore) Entity(ctx context.Context, id string) (*kg.Entity, error) {
	var e kg.Entity
	var typ, gender string
	var fictional int
	err := s.queryRow(ctx, s.read, `SELECT e.id, e.type, e.name, e.fictional, e.gender, e.qid,
			COUNT(m.entity_id), COUNT(DISTINCT m.doc_id)
		FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id
		WHERE e.id = ? GROUP BY e.id, e.type, e.name, e.fictional, e.gender, e.qid`, id).
		Scan(&e.ID, &typ, &e.Name, &fictional, &gender, &e.QID, &e.Mentions, &e.Documents)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("entity %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	e.Type, e.Gender, e.Fictional = doc.EntityType(typ), doc.Gender(gender), fictional != 0
	if e.Aliases, err = s.aliases(ctx, id, e.Name); err != nil {
		return nil, err
	}
	return &e, nil
}

// likeEscape escapes the LIKE wildcards of s with backslashes.
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// FindEntities finds entities by name or alias.
func (s *sqlStore) FindEntities(ctx context.Context, q string, n int) ([]kg.Entity, error) {
	f := Fold(q)
	if f == "" {
		return nil, nil
	}
	prefix := likeEscape(f) + "%"
	word := "% " + likeEscape(f) + "%"
	// One pass over each hit's mentions gives both counts; the entities'
	// aliases follow, one indexed query each.
	rows, err := s.query(ctx, s.read, `WITH hits AS (
			SELECT n.entity_id AS id,
				MIN(CASE WHEN n.folded = ? THEN 0 WHEN n.folded LIKE ? ESCAPE '\' THEN 1 ELSE 2 END) AS tier
			FROM entity_names n
			WHERE n.folded = ? OR n.folded LIKE ? ESCAPE '\' OR n.folded LIKE ? ESCAPE '\'
			GROUP BY n.entity_id)
		SELECT e.id, e.type, e.name, e.fictional, e.gender, e.qid, COUNT(m.entity_id) AS nm, COUNT(DISTINCT m.doc_id), h.tier
		FROM hits h JOIN entities e ON e.id = h.id LEFT JOIN mentions m ON m.entity_id = e.id
		GROUP BY e.id, e.type, e.name, e.fictional, e.gender, e.qid, h.tier
		ORDER BY h.tier, nm DESC, e.id LIMIT ?`,
		f, prefix, f, prefix, word, limit(n, 20))
	if err != nil {
		return nil, fmt.Errorf("find entities %q: %w", q, err)
	}
	var out []kg.Entity
	for rows.Next() {
		var e kg.Entity
		var typ, gender string
		var fictional, tier int
		if err := rows.Scan(&e.ID, &typ, &e.Name, &fictional, &gender, &e.QID, &e.Mentions, &e.Documents, &tier); err != nil {
			rows.Close()
			return nil, fmt.Errorf("find entities %q: %w", q, err)
		}
		e.Type, e.Gender, e.Fictional = doc.EntityType(typ), doc.Gender(gender), fictional != 0
		out = append(out, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find entities %q: %w", q, err)
	}
	for i := range out {
		if out[i].Aliases, err = s.aliases(ctx, out[i].ID, out[i].Name); err != nil {
			return nil, fmt.Errorf("find entities %q: %w", q, err)
		}
	}
	return out, nil
}

// aliases lists the names of entity id other than name, sorted here (the
// engines' collations differ).
func (s *sqlStore) aliases(ctx context.Context, id, name string) ([]string, error) {
	rows, err := s.query(ctx, s.read, "SELECT name FROM entity_names WHERE entity_id = ? AND name <> ?", id, name)
	if err != nil {
		return nil, fmt.Errorf("entity %s: aliases: %w", id, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			return nil, fmt.Errorf("entity %s: aliases: %w", id, err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("entity %s: aliases: %w", id, err)
	}
	sort.Strings(out)
	return out, nil
}

// refCols selects an entity reference: ID, name and type of entity alias a
// joined on column col.
func refCols(col, a string) string {
	return fmt.Sprintf("%s, %s.name, %s.type", col, a, a)
}

// nullRef scans an optional entity reference.
type nullRef struct{ id, name, typ sql.NullString }

func (r *nullRef) dest() []any { return []any{&r.id, &r.name, &r.typ} }

func (r *nullRef) ref() *kg.Ref {
	if !r.id.Valid || r.id.String == "" {
		return nil
	}
	return &kg.Ref{ID: r.id.String, Name: r.name.String, Type: doc.EntityType(r.typ.String)}
}

// Claims lists claims with their evidence.
func (s *sqlStore) Claims(ctx context.Context, f ClaimFilter) ([]kg.Claim, error) {
	var where []string
	var args []any
	if f.Predicate != "" {
		where = append(where, "c.predicate = ?")
		args = append(args, string(f.Predicate))
	}
	if f.Subject != "" {
		where = append(where, "c.subject_id = ?")
		args = append(args, f.Subject)
	}
	if f.Object != "" {
		where = append(where, "c.object_id = ?")
		args = append(args, f.Object)
	}
	if f.Entity != "" {
		where = append(where, "(c.subject_id = ? OR c.object_id = ?)")
		args = append(args, f.Entity, f.Entity)
	}
	if f.Doc != "" {
		where = append(where, "c.id IN (SELECT claim_id FROM evidence WHERE doc_id = ?)")
		args = append(args, f.Doc)
	}
	q := `SELECT c.id, c.predicate, ` + refCols("c.subject_id", "se") + `, ` + refCols("c.object_id", "oe") + `, c.value,
			` + refCols("c.work_id", "we") + `, ` + refCols("c.by_id", "be") + `,
			c.season, c.role, c.start_value, c.end_value, c.in_universe, c.score
		FROM claims c
		LEFT JOIN entities se ON se.id = c.subject_id
		LEFT JOIN entities oe ON oe.id = c.object_id
		LEFT JOIN entities we ON we.id = c.work_id
		LEFT JOIN entities be ON be.id = c.by_id`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY c.score DESC, c.id LIMIT ?"
	args = append(args, limit(f.Limit, 1000))
	rows, err := s.query(ctx, s.read, q, args...)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	var out []kg.Claim
	index := map[string]int{}
	for rows.Next() {
		var c kg.Claim
		var pred string
		var subj, obj, work, by nullRef
		var inUniverse int
		dest := []any{&c.ID, &pred}
		dest = append(dest, subj.dest()...)
		dest = append(dest, obj.dest()...)
		dest = append(dest, &c.Value)
		dest = append(dest, work.dest()...)
		dest = append(dest, by.dest()...)
		dest = append(dest, &c.Season, &c.Role, &c.Start, &c.End, &inUniverse, &c.Score)
		if err := rows.Scan(dest...); err != nil {
			rows.Close()
			return nil, fmt.Errorf("claims: %w", err)
		}
		c.Predicate, c.InUniverse = doc.Predicate(pred), inUniverse != 0
		if r := subj.ref(); r != nil {
			c.Subject = *r
		}
		c.Object, c.Work, c.By = obj.ref(), work.ref(), by.ref()
		c.Evidence = []kg.Evidence{}
		index[c.ID] = len(out)
		out = append(out, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	ids := make([]string, len(out))
	for i, c := range out {
		ids[i] = c.ID
	}
	text := s.d.bytes("d.body", "se.start_off", "se.end_off")
	for _, part := range chunks(ids, 500) {
		rows, err := s.query(ctx, s.read, `SELECT e.claim_id, e.doc_id, e.sentence, e.start_off, e.end_off, e.extractor, `+text+`
			FROM evidence e
			LEFT JOIN sentences se ON se.doc_id = e.doc_id AND se.idx = e.sentence
			LEFT JOIN documents d ON d.id = e.doc_id
			WHERE e.claim_id IN (`+placeholders(len(part))+`)
			ORDER BY e.claim_id, e.doc_id, e.start_off, e.end_off, e.extractor`, anys(part)...)
		if err != nil {
			return nil, fmt.Errorf("claims: evidence: %w", err)
		}
		for rows.Next() {
			var claim string
			var e kg.Evidence
			var sentence sql.NullString
			if err := rows.Scan(&claim, &e.Doc, &e.Sentence, &e.Start, &e.End, &e.Extractor, &sentence); err != nil {
				rows.Close()
				return nil, fmt.Errorf("claims: evidence: %w", err)
			}
			e.Text = sentence.String
			c := &out[index[claim]]
			c.Evidence = append(c.Evidence, e)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("claims: evidence: %w", err)
		}
	}
	return out, nil
}

// Quotes lists quotations.
func (s *sqlStore) Quotes(ctx context.Context, f QuoteFilter) ([]kg.Quote, error) {
	var where []string
	var args []any
	if f.Speaker != "" {
		where = append(where, "q.speaker_id = ?")
		args = append(args, f.Speaker)
	}
	if f.About != "" {
		where = append(where, "q.id IN (SELECT quote_id FROM quote_about WHERE entity_id = ?)")
		args = append(args, f.About)
	}
	if f.Doc != "" {
		where = append(where, "q.doc_id = ?")
		args = append(args, f.Doc)
	}
	q := `SELECT q.id, q.doc_id, q.start_off, q.end_off, q.text, q.direct, ` + refCols("q.speaker_id", "e") + `,
			q.speaker_start, q.speaker_end, q.cue, q.score, q.sentence
		FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_id`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY q.doc_id, q.start_off, q.end_off, q.id LIMIT ?"
	args = append(args, limit(f.Limit, 1000))
	rows, err := s.query(ctx, s.read, q, args...)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	var out []kg.Quote
	index := map[string]int{}
	for rows.Next() {
		var qt kg.Quote
		var direct int
		var speaker nullRef
		dest := []any{&qt.ID, &qt.Doc, &qt.Span.Start, &qt.Span.End, &qt.Text, &direct}
		dest = append(dest, speaker.dest()...)
		dest = append(dest, &qt.SpeakerSpan.Start, &qt.SpeakerSpan.End, &qt.Cue, &qt.Score, &qt.Sentence)
		if err := rows.Scan(dest...); err != nil {
			rows.Close()
			return nil, fmt.Errorf("quotes: %w", err)
		}
		qt.Direct, qt.Speaker = direct != 0, speaker.ref()
		index[qt.ID] = len(out)
		out = append(out, qt)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	ids := make([]string, len(out))
	for i, qt := range out {
		ids[i] = qt.ID
	}
	for _, part := range chunks(ids, 500) {
		rows, err := s.query(ctx, s.read, `SELECT a.quote_id, a.entity_id, e.name, e.type
			FROM quote_about a JOIN entities e ON e.id = a.entity_id
			WHERE a.quote_id IN (`+placeholders(len(part))+`) ORDER BY a.quote_id, a.seq`, anys(part)...)
		if err != nil {
			return nil, fmt.Errorf("quotes: about: %w", err)
		}
		for rows.Next() {
			var qid, typ string
			var r kg.Ref
			if err := rows.Scan(&qid, &r.ID, &r.Name, &typ); err != nil {
				rows.Close()
				return nil, fmt.Errorf("quotes: about: %w", err)
			}
			r.Type = doc.EntityType(typ)
			qt := &out[index[qid]]
			qt.About = append(qt.About, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("quotes: about: %w", err)
		}
	}
	return out, nil
}
