package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/store/postgres"
)

// dialect holds what differs between the engines' SQL. Statements are
// written with "?" placeholders and rewritten by bind.
type dialect struct {
	name string
	bind func(string) string
	// postgres is true for PostgreSQL: writes fill tsvector columns and
	// search uses ts_rank and ts_headline.
	postgres bool
	// forUpdate ends a SELECT that reads a row the transaction will
	// rewrite.
	forUpdate string
	// bytes returns an expression for the text of body between the byte
	// offsets start and end (SQL expressions).
	bytes func(body, start, end string) string
	// retryable reports whether a failed transaction may succeed if
	// run again (a deadlock or serialization failure); nil when never.
	retryable func(error) bool
}

var sqliteDialect = dialect{
	name: "sqlite",
	bind: func(q string) string { return q },
	bytes: func(body, start, end string) string {
		return fmt.Sprintf("CAST(substr(CAST(%s AS BLOB), %s + 1, %s - %s) AS TEXT)", body, start, end, start)
	},
}

var pgDialect = dialect{
	name:     "postgres",
	bind:     postgres.Bind,
	postgres: true,
	// NO KEY: other writers' foreign-key checks on the row go on.
	forUpdate: " FOR NO KEY UPDATE",
	retryable: postgres.Retryable,
	bytes: func(body, start, end string) string {
		return fmt.Sprintf("convert_from(substring(convert_to(%s, 'UTF8') FROM %s + 1 FOR %s - %s), 'UTF8')", body, start, end, start)
	},
}

// sqlStore is the Store over database/sql, for both engines.
type sqlStore struct {
	read, write *sql.DB
	d           dialect
}

func newSQLStore(read, write *sql.DB, d dialect) *sqlStore {
	return &sqlStore{read: read, write: write, d: d}
}

// Close closes the connections.
func (s *sqlStore) Close() error {
	err := s.write.Close()
	if s.read != s.write {
		if rerr := s.read.Close(); err == nil {
			err = rerr
		}
	}
	return err
}

// queryer is what *sql.DB and *sql.Tx share.
type queryer interface {
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
}

func (s *sqlStore) query(ctx context.Context, q queryer, stmt string, args ...any) (*sql.Rows, error) {
	return q.QueryContext(ctx, s.d.bind(stmt), args...)
}

func (s *sqlStore) queryRow(ctx context.Context, q queryer, stmt string, args ...any) *sql.Row {
	return q.QueryRowContext(ctx, s.d.bind(stmt), args...)
}

func (s *sqlStore) exec(ctx context.Context, q queryer, stmt string, args ...any) error {
	_, err := q.ExecContext(ctx, s.d.bind(stmt), args...)
	return err
}

// Stats counts what is stored.
func (s *sqlStore) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.queryRow(ctx, s.read, `SELECT
		(SELECT COUNT(*) FROM documents),
		(SELECT COUNT(*) FROM sentences),
		(SELECT COUNT(*) FROM entities),
		(SELECT COUNT(*) FROM mentions),
		(SELECT COUNT(*) FROM claims),
		(SELECT COUNT(*) FROM evidence),
		(SELECT COUNT(*) FROM quotes)`).Scan(
		&st.Documents, &st.Sentences, &st.Entities, &st.Mentions, &st.Claims, &st.Evidence, &st.Quotes)
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// nullable returns nil for an empty string, so it is stored as NULL.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// placeholders returns "?, ?, …" with n marks.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// chunks splits ids into slices of at most n.
func chunks(ids []string, n int) [][]string {
	var out [][]string
	for len(ids) > n {
		out = append(out, ids[:n])
		ids = ids[n:]
	}
	if len(ids) > 0 {
		out = append(out, ids)
	}
	return out
}

func anys(ids []string) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}

var errBadGraph = errors.New("bad graph")
