package ingest_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/pipeline"
	"github.com/newsgraph/newsgraph/store"
)

const good = `Title: Harbour crews return to work
Published: 2024-06-03

Dock workers in Valmora went back to work on Monday after a week-long strike, said Ana Petrova, who leads the Valmora Dockers Union.

"We got what we came for," Petrova said.
`

const other = `Ferry line adds a night crossing

The Blue Strait Ferry Company will add a night crossing in July, its chief executive, Tomasz Wójcik, told the Island Courier.
`

func write(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func newPipeline(t *testing.T) *pipeline.Pipeline {
	t.Helper()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestBadInput feeds the bad sources a crawl meets beside good articles:
// each bad one is reported by name with its reason, never a panic, and the
// good ones go in.
func TestBadInput(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write(t, dir, "a-good.txt", []byte(good))
	write(t, dir, "b-empty.txt", nil)
	write(t, dir, "c-binary.txt", []byte{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, 0, 0, 0xff, 0xfe})
	write(t, dir, "d-invalid.txt", []byte("Caf\xe9 owners say \xff\xfe prices rose.\n"))
	write(t, dir, "e-noarticle.html", []byte(`<!DOCTYPE html><html><head><title>Menu</title></head><body><nav><a href="/">Home</a> <a href="/a">About</a></nav></body></html>`))
	big := bytes.Repeat([]byte("word "), 10<<20) // 50 MiB, one line
	write(t, dir, "f-huge.txt", big)
	write(t, dir, "g-other.txt", []byte(other))

	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var errs bytes.Buffer
	sum, err := ingest.Run(ctx, st, newPipeline(t), []string{dir}, ingest.Options{Errors: &errs})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Documents != 2 {
		t.Errorf("documents = %d, want 2 (the good ones); failed: %q", sum.Documents, sum.Failed)
	}
	for _, name := range []string{"b-empty.txt", "c-binary.txt", "d-invalid.txt", "e-noarticle.html", "f-huge.txt"} {
		found := false
		for _, f := range sum.Failed {
			if strings.Contains(f, name) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no error naming it in %q", name, sum.Failed)
		}
	}
	if !strings.Contains(errs.String(), "f-huge.txt") {
		t.Errorf("errors written: %q, want f-huge.txt named", errs.String())
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Documents != 2 || stats.Quotes == 0 || stats.Entities == 0 {
		t.Errorf("stats after ingest: %+v", stats)
	}
}

// TestReingest checks that ingesting the same articles again changes
// nothing, and that a later run with failures loses nothing stored.
func TestReingest(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write(t, dir, "good.txt", []byte(good))
	write(t, dir, "other.txt", []byte(other))
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := newPipeline(t)
	if _, err := ingest.Run(ctx, st, p, []string{dir}, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	before, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	bad := t.TempDir()
	write(t, bad, "copy.txt", []byte(good))
	write(t, bad, "empty.txt", nil)
	sum, err := ingest.Run(ctx, st, p, []string{dir, bad}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Errors() != 1 {
		t.Errorf("errors = %d (%q), want 1", sum.Errors(), sum.Failed)
	}
	after, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Errorf("stats changed on re-ingest:\n before %+v\n after  %+v", before, after)
	}
}
