package postgres_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/store"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// BenchmarkPut1000 measures one Put of 1,000 small documents into a new
// schema.
func BenchmarkPut1000(b *testing.B) {
	db, dsn := server(b)
	graphs := storetest.Synthetic(1000)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		s, err := store.Open(ctx, newSchema(b, db, dsn))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if err := s.Put(ctx, graphs); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
}

// BenchmarkSearch measures Search over 1,000 small documents.
func BenchmarkSearch(b *testing.B) {
	db, dsn := server(b)
	ctx := context.Background()
	s, err := store.Open(ctx, newSchema(b, db, dsn))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := s.Put(ctx, storetest.Synthetic(1000)); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		hits, err := s.Search(ctx, "company"+string(rune('1'+i%9))+" lasting", 10)
		if err != nil || len(hits) == 0 {
			b.Fatalf("Search: %d hits, %v", len(hits), err)
		}
	}
}
