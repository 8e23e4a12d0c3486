package postgres_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/newsgraph/newsgraph/store/storetest"
)

// defaultDSNs are the servers the tests try, in order, unless
// NEWSGRAPH_PG_DSN names one: the role is postgres or root.
var defaultDSNs = []string{
	"postgres://postgres@127.0.0.1:5432/test?sslmode=disable",
	"postgres://root@127.0.0.1:5432/test?sslmode=disable",
}

// server connects to the test server. It skips the test when the server
// is unreachable, unless NEWSGRAPH_PG_REQUIRED=1, where it fails.
func server(t testing.TB) (*sql.DB, string) {
	t.Helper()
	dsns := defaultDSNs
	if env := os.Getenv("NEWSGRAPH_PG_DSN"); env != "" {
		dsns = []string{env}
	}
	var db *sql.DB
	var dsn string
	var err error
	for _, dsn = range dsns {
		if db, err = sql.Open("pgx", dsn); err != nil {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err = db.PingContext(ctx)
		cancel()
		if err == nil {
			break
		}
		db.Close()
	}
	if err != nil {
		if os.Getenv("NEWSGRAPH_PG_REQUIRED") == "1" {
			t.Fatalf("PostgreSQL at %s is required (NEWSGRAPH_PG_REQUIRED=1) but unreachable: %v", dsn, err)
		}
		t.Skipf("PostgreSQL at %s unreachable, skipping (set NEWSGRAPH_PG_DSN to point elsewhere, NEWSGRAPH_PG_REQUIRED=1 to fail instead): %v", dsn, err)
	}
	t.Cleanup(func() { db.Close() })
	return db, dsn
}

// newSchema creates an empty schema with a random name, dropped when t
// ends, and returns a DSN whose search_path selects it.
func newSchema(t testing.TB, db *sql.DB, dsn string) string {
	t.Helper()
	b := make([]byte, 6)
	rand.Read(b)
	name := "storetest_" + hex.EncodeToString(b)
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, "CREATE SCHEMA "+name); err != nil {
		t.Fatalf("create schema %s: %v", name, err)
	}
	t.Cleanup(func() {
		if _, err := db.ExecContext(context.Background(), "DROP SCHEMA "+name+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", name, err)
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("NEWSGRAPH_PG_DSN must be a postgres:// URL: %v", err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}

func TestConformance(t *testing.T) {
	db, dsn := server(t)
	storetest.Run(t, func(t *testing.T) string { return newSchema(t, db, dsn) })
}
