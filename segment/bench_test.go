package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/doc"
)

// BenchmarkSegment segments the test article, reusing one Doc.
func BenchmarkSegment(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "interview.txt"))
	if err != nil {
		b.Fatal(err)
	}
	body := string(data)
	words := len(strings.Fields(body))
	d := doc.New(doc.Document{Body: body})
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	start, cpu := time.Now(), cpuTime()
	for b.Loop() {
		Segment(d)
	}
	reportWords(b, words, start, cpu)
}

// BenchmarkSegmentBBC segments every article of the BBC News corpus in
// ../shared/data/bbc-news (relative to the repository root), each in a new
// Doc as the pipeline does (new-doc) or all in one reused Doc (reused-doc),
// and reports words (whitespace-separated) per second.
func BenchmarkSegmentBBC(b *testing.B) {
	root := filepath.Join("..", "..", "shared", "data", "bbc-news")
	files, err := filepath.Glob(filepath.Join(root, "*", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skipf("no corpus in %s", root)
	}
	var bodies []string
	var words, size int
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatalf("read %s: %v", f, err)
		}
		bodies = append(bodies, string(data))
		words += len(strings.Fields(string(data)))
		size += len(data)
	}
	b.Run("new-doc", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		start, cpu := time.Now(), cpuTime()
		for b.Loop() {
			for _, body := range bodies {
				Segment(doc.New(doc.Document{Body: body}))
			}
		}
		reportWords(b, words, start, cpu)
	})
	b.Run("reused-doc", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		d := doc.New(doc.Document{})
		start, cpu := time.Now(), cpuTime()
		for b.Loop() {
			for _, body := range bodies {
				d.Body = body
				Segment(d)
			}
		}
		reportWords(b, words, start, cpu)
	})
}

// reportWords reports words per second of wall-clock time and, where the
// process CPU time is known, per second of CPU time (the process's, so
// with GOMAXPROCS=1 it includes the garbage collector's work).
func reportWords(b *testing.B, words int, start time.Time, cpu time.Duration) {
	total := float64(words) * float64(b.N)
	b.ReportMetric(total/time.Since(start).Seconds(), "words/s")
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(total/used.Seconds(), "words/cpu-s")
	}
}
