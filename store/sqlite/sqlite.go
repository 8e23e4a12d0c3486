// Package sqlite opens the store's SQLite engine: one database file in WAL
// mode with foreign keys on, a single connection for writes and a pool for
// reads, migrated to the current schema. It uses modernc.org/sqlite (pure
// Go, FTS5 built in).
//
// Most callers want store.Open, which returns the Store over these
// connections.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strings"

	"github.com/newsgraph/newsgraph/store/schema"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// BusyTimeout is how long, in milliseconds, a connection waits for a lock
// held by another before it gives up.
const BusyTimeout = 10000

// DB is an open SQLite store file.
type DB struct {
	// Read is a pool of connections for queries.
	Read *sql.DB
	// Write is a single connection: SQLite has one writer at a time, and
	// queueing writers in Go beats them retrying on SQLITE_BUSY.
	Write *sql.DB
}

// Open opens the database file at path, creating it when absent, and
// applies the migrations it lacks. The path ":memory:" gives a private
// in-memory database with one connection for everything.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, fmt.Errorf("sqlite: empty database path")
	}
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("sqlite: open %s: path may not contain '?' or '#'", path)
	}
	pragmas := url.Values{}
	pragmas.Add("_pragma", "foreign_keys(1)")
	pragmas.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeout))
	if path != ":memory:" {
		pragmas.Add("_pragma", "journal_mode(WAL)")
		pragmas.Add("_pragma", "synchronous(NORMAL)")
	}
	wq := url.Values{}
	for k, v := range pragmas {
		wq[k] = append([]string(nil), v...)
	}
	wq.Set("_txlock", "immediate")
	w, err := sql.Open("sqlite", path+"?"+wq.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	ms, err := schema.Migrations(schema.SQLite)
	if err != nil {
		w.Close()
		return nil, err
	}
	if err := schema.Apply(ctx, w, ms, schema.Dialect{}); err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: migrate %s: %w", path, err)
	}
	if path == ":memory:" {
		return &DB{Read: w, Write: w}, nil
	}
	r, err := sql.Open("sqlite", path+"?"+pragmas.Encode())
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: open %s for reading: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	if err := r.PingContext(ctx); err != nil {
		r.Close()
		w.Close()
		return nil, fmt.Errorf("sqlite: open %s for reading: %w", path, err)
	}
	return &DB{Read: r, Write: w}, nil
}

// Close closes the connections.
func (db *DB) Close() error {
	err := db.Write.Close()
	if db.Read != db.Write {
		if rerr := db.Read.Close(); err == nil {
			err = rerr
		}
	}
	return err
}
