// Package schema holds the store's versioned migrations, one SQL file per
// version and engine, and applies them in order.
//
// Both engines share one logical schema; the files differ only where the
// dialects do (column types, full-text indexes). A migration's version is
// the number that starts its file name ("001_init.sql" is version 1).
package schema

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

//go:embed sqlite/*.sql postgres/*.sql
var files embed.FS

// Engines that have migrations.
const (
	SQLite   = "sqlite"
	Postgres = "postgres"
)

// Migration is one step of the schema.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Migrations returns the migrations of engine (SQLite or Postgres) in
// version order.
func Migrations(engine string) ([]Migration, error) {
	if engine != SQLite && engine != Postgres {
		return nil, fmt.Errorf("schema: unknown engine %q", engine)
	}
	names, err := fs.Glob(files, engine+"/*.sql")
	if err != nil {
		return nil, fmt.Errorf("schema: list %s migrations: %w", engine, err)
	}
	var ms []Migration
	for _, name := range names {
		base := path.Base(name)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("schema: migration %s: name must start with a positive version number", name)
		}
		b, err := files.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("schema: read %s: %w", name, err)
		}
		ms = append(ms, Migration{Version: v, Name: strings.TrimSuffix(base, ".sql"), SQL: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Version < ms[j].Version })
	for i := 1; i < len(ms); i++ {
		if ms[i].Version == ms[i-1].Version {
			return nil, fmt.Errorf("schema: %s and %s have the same version", ms[i-1].Name, ms[i].Name)
		}
	}
	return ms, nil
}

// Version returns the highest migration version applied to db, 0 for an
// empty database.
func Version(ctx context.Context, db *sql.DB) (int, error) {
	if _, err := db.ExecContext(ctx, createVersionTable); err != nil {
		return 0, fmt.Errorf("schema: create schema_version: %w", err)
	}
	var v sql.NullInt64
	if err := db.QueryRowContext(ctx, "SELECT MAX(version) FROM schema_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("schema: read version: %w", err)
	}
	return int(v.Int64), nil
}

const createVersionTable = `CREATE TABLE IF NOT EXISTS schema_version (
	version    INTEGER PRIMARY KEY,
	name       TEXT NOT NULL,
	applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
)`

// Dialect is what Apply needs to know of an engine's SQL.
type Dialect struct {
	// Bind rewrites a statement written with "?" placeholders.
	Bind func(string) string
	// Lock, when set, is run first in each migration's transaction to
	// keep concurrent processes from migrating at once.
	Lock string
}

// Apply brings db up to the last of ms: each migration newer than the
// database runs in its own transaction together with its schema_version
// row, so a failed migration leaves the database at the version before it.
func Apply(ctx context.Context, db *sql.DB, ms []Migration, d Dialect) error {
	have, err := Version(ctx, db)
	if err != nil {
		return err
	}
	for _, m := range ms {
		if m.Version <= have {
			continue
		}
		if err := apply(ctx, db, m, d); err != nil {
			return err
		}
	}
	return nil
}

func apply(ctx context.Context, db *sql.DB, m Migration, d Dialect) error {
	bind := d.Bind
	if bind == nil {
		bind = func(q string) string { return q }
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("schema: migration %s: begin: %w", m.Name, err)
	}
	defer tx.Rollback()
	if d.Lock != "" {
		if _, err := tx.ExecContext(ctx, d.Lock); err != nil {
			return fmt.Errorf("schema: migration %s: lock: %w", m.Name, err)
		}
	}
	// Another process may have applied it while we waited.
	var done int
	if err := tx.QueryRowContext(ctx, bind("SELECT COUNT(*) FROM schema_version WHERE version = ?"), m.Version).Scan(&done); err != nil {
		return fmt.Errorf("schema: migration %s: check version: %w", m.Name, err)
	}
	if done > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return fmt.Errorf("schema: migration %s: %w", m.Name, err)
	}
	if _, err := tx.ExecContext(ctx, bind("INSERT INTO schema_version (version, name) VALUES (?, ?)"), m.Version, m.Name); err != nil {
		return fmt.Errorf("schema: migration %s: record version: %w", m.Name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("schema: migration %s: commit: %w", m.Name, err)
	}
	return nil
}
