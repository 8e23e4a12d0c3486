package sqlite_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/store/schema"
	"github.com/newsgraph/newsgraph/store/sqlite"
)

func TestOpenEmptyFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "new.db")
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("file not created: %v", err)
	}
	ms, _ := schema.Migrations(schema.SQLite)
	if v, err := schema.Version(ctx, db.Read); err != nil || v != ms[len(ms)-1].Version {
		t.Errorf("Version = %d, %v; want %d", v, err, ms[len(ms)-1].Version)
	}
	var mode string
	if err := db.Read.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	var fk int
	if err := db.Write.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
	}
}

func TestOpenBadPaths(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.db")
	content := bytes.Repeat([]byte("not a database, just some words. "), 200)
	if err := os.WriteFile(junk, content, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"", junk, dir, filepath.Join(dir, "missing", "x.db"), filepath.Join(dir, "a?b.db")} {
		if db, err := sqlite.Open(ctx, path); err == nil {
			db.Close()
			t.Errorf("Open(%q) succeeded", path)
		}
	}
	if got, err := os.ReadFile(junk); err != nil || !bytes.Equal(got, content) {
		t.Errorf("Open changed a file that is not a database")
	}
}

func TestOpenMemory(t *testing.T) {
	db, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if db.Read != db.Write {
		t.Error("in-memory database has two pools: they would see two databases")
	}
}
