// Package bench measures the text pipeline: words per second per core and
// peak memory over a set of articles, without the store.
package bench

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/pipeline"
)

// Result is what one run measured.
type Result struct {
	Documents int     `json:"documents"`
	Words     int     `json:"words"`
	Seconds   float64 `json:"seconds"`
	// Cores is the number of goroutines that ran the pipeline
	// (GOMAXPROCS unless set).
	Cores                 int     `json:"cores"`
	WordsPerSecond        float64 `json:"words_per_second"`
	WordsPerSecondPerCore float64 `json:"words_per_second_per_core"`
	DocsPerSecondPerCore  float64 `json:"docs_per_second_per_core"`
	// CPUSeconds is the process's user and system CPU time spent in the
	// measured run; WordsPerCPUSecond divides the words by it. On a machine
	// shared with other work they tell the pipeline's own cost better than
	// the wall clock does.
	CPUSeconds        float64 `json:"cpu_seconds"`
	WordsPerCPUSecond float64 `json:"words_per_cpu_second"`
	// PeakRSSBytes is the process's peak resident memory (VmHWM), 0
	// where the system does not tell.
	PeakRSSBytes int64 `json:"peak_rss_bytes"`
	Mentions     int   `json:"mentions"`
	Quotes       int   `json:"quotes"`
	Claims       int   `json:"claims"`
}

// Run annotates every document once on workers goroutines (0 means
// GOMAXPROCS) after one warm-up pass over the first few, and reports the
// throughput.
func Run(p *pipeline.Pipeline, docs []doc.Document, workers int) Result {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	for i := 0; i < len(docs) && i < 5; i++ {
		p.Annotate(docs[i])
	}
	var mu sync.Mutex
	var r Result
	next := make(chan int)
	var wg sync.WaitGroup
	start := time.Now()
	cpu0 := cpuSeconds()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := &doc.Doc{}
			var words, ments, quotes, claims int
			for i := range next {
				d.Document = docs[i]
				p.Run(d)
				for _, t := range d.Tokens {
					if t.Kind == doc.Word || t.Kind == doc.Number {
						words++
					}
				}
				ments += len(d.Mentions)
				quotes += len(d.Quotes)
				claims += len(d.Claims)
			}
			mu.Lock()
			r.Words += words
			r.Mentions += ments
			r.Quotes += quotes
			r.Claims += claims
			mu.Unlock()
		}()
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	el := time.Since(start).Seconds()
	r.CPUSeconds = cpuSeconds() - cpu0
	if r.CPUSeconds > 0 {
		r.WordsPerCPUSecond = float64(r.Words) / r.CPUSeconds
	}
	r.Documents = len(docs)
	r.Seconds = el
	r.Cores = workers
	if el > 0 {
		r.WordsPerSecond = float64(r.Words) / el
		r.WordsPerSecondPerCore = r.WordsPerSecond / float64(workers)
		r.DocsPerSecondPerCore = float64(r.Documents) / el / float64(workers)
	}
	r.PeakRSSBytes = PeakRSS()
	return r
}

// Table formats the result for people.
func (r Result) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "documents                  %d\n", r.Documents)
	fmt.Fprintf(&b, "words                      %d\n", r.Words)
	fmt.Fprintf(&b, "seconds                    %.3f\n", r.Seconds)
	fmt.Fprintf(&b, "cores                      %d\n", r.Cores)
	fmt.Fprintf(&b, "words/s                    %.0f\n", r.WordsPerSecond)
	fmt.Fprintf(&b, "words/s per core           %.0f\n", r.WordsPerSecondPerCore)
	fmt.Fprintf(&b, "documents/s per core       %.1f\n", r.DocsPerSecondPerCore)
	fmt.Fprintf(&b, "CPU seconds                %.3f\n", r.CPUSeconds)
	fmt.Fprintf(&b, "words per CPU second       %.0f\n", r.WordsPerCPUSecond)
	fmt.Fprintf(&b, "peak memory (RSS)          %.1f MiB\n", float64(r.PeakRSSBytes)/(1<<20))
	fmt.Fprintf(&b, "mentions, quotes, claims   %d, %d, %d\n", r.Mentions, r.Quotes, r.Claims)
	return b.String()
}

// cpuSeconds returns the process's user and system CPU time so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

// PeakRSS returns the process's peak resident set size in bytes from
// /proc/self/status, or 0.
func PeakRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "VmHWM:") {
			fs := strings.Fields(line)
			if len(fs) >= 2 {
				kb, _ := strconv.ParseInt(fs[1], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}
