// Package postgres opens the store's PostgreSQL engine through pgx and
// migrates it to the current schema. Full text lives in tsvector columns
// with GIN indexes.
//
// Most callers want store.Open, which returns the Store over this
// connection pool.
package postgres

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver

	"github.com/newsgraph/newsgraph/store/schema"
)

// Open connects to the database named by dsn (a postgres:// URL or a
// key=value string; a search_path parameter selects the schema) and
// applies the migrations it lacks.
func Open(ctx context.Context, dsn string) (*sql.DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	db.SetMaxOpenConns(8)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	ms, err := schema.Migrations(schema.Postgres)
	if err != nil {
		db.Close()
		return nil, err
	}
	d := schema.Dialect{Bind: Bind, Lock: "LOCK TABLE schema_version IN EXCLUSIVE MODE"}
	if err := schema.Apply(ctx, db, ms, d); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: migrate: %w", err)
	}
	return db, nil
}

// Retryable reports whether err is a deadlock or serialization failure:
// the transaction was aborted and may succeed if run again.
func Retryable(err error) bool {
	var pg *pgconn.PgError
	return errors.As(err, &pg) && (pg.Code == "40P01" || pg.Code == "40001")
}

// Bind rewrites the "?" placeholders of q as $1, $2, … Question marks
// inside single-quoted literals are left alone.
func Bind(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 8)
	n, quoted := 0, false
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'':
			quoted = !quoted
		case c == '?' && !quoted:
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
