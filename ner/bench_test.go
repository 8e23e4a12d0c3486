package ner

import (
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/eval/conll"
)

// benchDocs returns CoNLL-2003 dev when present, else the fixture.
func benchDocs(b *testing.B) [][][]string {
	path := "../../shared/data/conll2003/dev.txt"
	if _, err := os.Stat(path); err != nil {
		path = "testdata/tiny.txt"
	}
	docs, err := conll.Read(path)
	if err != nil {
		b.Fatal(err)
	}
	var out [][][]string
	for _, d := range docs {
		var sents [][]string
		for _, s := range d.Sentences {
			sents = append(sents, s.Words())
		}
		out = append(out, sents)
	}
	return out
}

// BenchmarkTag measures the embedded model's tagging speed in tokens per
// second on one goroutine (run with GOMAXPROCS=1 for one core).
func BenchmarkTag(b *testing.B) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	docs := benchDocs(b)
	ntok := 0
	for _, d := range docs {
		for _, s := range d {
			ntok += len(s)
		}
	}
	s := m.getScratch()
	cpu0 := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			m.prepare(s, d)
			m.decode(s, d)
		}
	}
	b.StopTimer()
	total := float64(ntok) * float64(b.N)
	b.ReportMetric(total/b.Elapsed().Seconds(), "tokens/s")
	// CPU time is less disturbed than wall time on a shared machine.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(total/cpu.Seconds(), "tokens/cpu-s")
	}
}

// cpuTime returns the user and system CPU time of the process.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
