package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// BenchmarkPut1000 measures one Put of 1,000 small documents into a new
// file.
func BenchmarkPut1000(b *testing.B) {
	graphs := storetest.Synthetic(1000)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		s, err := store.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("put%d.db", i)))
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

// BenchmarkPutEach measures Put of one small document at a time (one
// transaction each) into a store that already holds 1,000.
func BenchmarkPutEach(b *testing.B) {
	s := loadedBench(b)
	more := storetest.Synthetic(2000)[1000:]
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		if err := s.Put(ctx, []*kg.DocGraph{more[i%len(more)]}); err != nil {
			b.Fatal(err)
		}
	}
}

func loadedBench(b *testing.B) store.Store {
	b.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	if err := s.Put(ctx, storetest.Synthetic(1000)); err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkEntity(b *testing.B) {
	s := loadedBench(b)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		if _, err := s.Entity(ctx, fmt.Sprintf("p%d", i%250)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFindEntities(b *testing.B) {
	s := loadedBench(b)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		found, err := s.FindEntities(ctx, fmt.Sprintf("person%d", i%250), 10)
		if err != nil || len(found) == 0 {
			b.Fatalf("FindEntities: %d found, %v", len(found), err)
		}
	}
}

func BenchmarkSearch(b *testing.B) {
	s := loadedBench(b)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		hits, err := s.Search(ctx, fmt.Sprintf("company%d lasting", i%250), 10)
		if err != nil || len(hits) == 0 {
			b.Fatalf("Search: %d hits, %v", len(hits), err)
		}
	}
}

func BenchmarkClaims(b *testing.B) {
	s := loadedBench(b)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		if _, err := s.Claims(ctx, store.ClaimFilter{Entity: fmt.Sprintf("o%d", i%250)}); err != nil {
			b.Fatal(err)
		}
	}
}
