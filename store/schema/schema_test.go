package schema

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	_ "modernc.org/sqlite"
)

func TestMigrationsInStep(t *testing.T) {
	lite, err := Migrations(SQLite)
	if err != nil {
		t.Fatal(err)
	}
	pg, err := Migrations(Postgres)
	if err != nil {
		t.Fatal(err)
	}
	if len(lite) == 0 || len(lite) != len(pg) {
		t.Fatalf("%d SQLite and %d PostgreSQL migrations: the engines must stay in step", len(lite), len(pg))
	}
	for i := range lite {
		if lite[i].Version != pg[i].Version || lite[i].Name != pg[i].Name {
			t.Errorf("migration %d: SQLite %s, PostgreSQL %s", i, lite[i].Name, pg[i].Name)
		}
		if i > 0 && lite[i].Version <= lite[i-1].Version {
			t.Errorf("migrations out of order: %s after %s", lite[i].Name, lite[i-1].Name)
		}
	}
	if _, err := Migrations("oracle"); err == nil {
		t.Error("Migrations(oracle) succeeded")
	}
}

func openSQLite(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "s.db")+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	return db
}

func TestApply(t *testing.T) {
	ctx := context.Background()
	db := openSQLite(t)
	if v, err := Version(ctx, db); err != nil || v != 0 {
		t.Fatalf("Version of an empty file = %d, %v; want 0", v, err)
	}
	ms, err := Migrations(SQLite)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 { // the second time changes nothing
		if err := Apply(ctx, db, ms, Dialect{}); err != nil {
			t.Fatalf("Apply: %v", err)
		}
		if v, err := Version(ctx, db); err != nil || v != ms[len(ms)-1].Version {
			t.Fatalf("Version = %d, %v; want %d", v, err, ms[len(ms)-1].Version)
		}
		var n int
		if err := db.QueryRowContext(ctx, "SELECT COUNT(*) FROM schema_version").Scan(&n); err != nil || n != len(ms) {
			t.Fatalf("schema_version has %d rows, %v; want %d", n, err, len(ms))
		}
	}
	for _, table := range []string{"documents", "entities", "entity_names", "mentions", "claims", "evidence", "quotes", "quote_about", "documents_fts", "quotes_fts"} {
		if _, err := db.ExecContext(ctx, "SELECT * FROM "+table+" LIMIT 1"); err != nil {
			t.Errorf("table %s: %v", table, err)
		}
	}
}

func TestApplyFailure(t *testing.T) {
	ctx := context.Background()
	db := openSQLite(t)
	ms := []Migration{
		{Version: 1, Name: "001_a", SQL: "CREATE TABLE a (x INTEGER)"},
		{Version: 2, Name: "002_b", SQL: "CREATE TABLE b (x INTEGER); CREATE TABLE broken ("},
		{Version: 3, Name: "003_c", SQL: "CREATE TABLE c (x INTEGER)"},
	}
	err := Apply(ctx, db, ms, Dialect{})
	if err == nil || !strings.Contains(err.Error(), "002_b") {
		t.Fatalf("Apply = %v, want an error naming 002_b", err)
	}
	if v, err := Version(ctx, db); err != nil || v != 1 {
		t.Errorf("Version after failure = %d, %v; want 1", v, err)
	}
	// The failed migration's first statement was rolled back with it.
	if _, err := db.ExecContext(ctx, "SELECT * FROM b"); err == nil {
		t.Error("table b of the failed migration exists")
	}
	ms[1].SQL = "CREATE TABLE b (x INTEGER)"
	if err := Apply(ctx, db, ms, Dialect{}); err != nil {
		t.Fatalf("Apply after fixing: %v", err)
	}
	if v, _ := Version(ctx, db); v != 3 {
		t.Errorf("Version = %d, want 3", v)
	}
}
