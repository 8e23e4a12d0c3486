package sqlite_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/store"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// FuzzSearchAndFind checks that no query, however odd, makes Search or
// FindEntities fail, and that snippets stay well-formed HTML.
func FuzzSearchAndFind(f *testing.F) {
	for _, seed := range []string{"angel ruiz", `"stage" OR fire*`, "NEAR(a b)", "^x", "-", "%_\\", "Ángel", "col:val", "\x00", "\uE000quiet\uE001"} {
		f.Add(seed)
	}
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	if err := s.Put(ctx, storetest.Fixture()); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		hits, err := s.Search(ctx, q, 5)
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		for _, h := range hits {
			plain := strings.NewReplacer("<mark>", "", "</mark>", "").Replace(h.Snippet)
			if strings.ContainsAny(plain, "<>") || strings.Count(h.Snippet, "<mark>") != strings.Count(h.Snippet, "</mark>") {
				t.Fatalf("Search(%q): bad snippet %q", q, h.Snippet)
			}
		}
		if _, err := s.FindEntities(ctx, q, 5); err != nil {
			t.Fatalf("FindEntities(%q): %v", q, err)
		}
	})
}
