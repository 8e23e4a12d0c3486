//go:build unix

package quote

import (
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/segment"
)

// benchBody is a made-up article of quotes, reported speech and plain
// narration.
var benchBody = strings.Repeat("“We will open the bridge in May,” Maria Lopez said on Tuesday. "+
	"The council met for three hours and voted to delay the plan again.\n\n"+
	"Reyes told the Harbor Gazette that he would not run again, and added, “It is time for someone new.”\n\n"+
	"The ferry company said in a statement that repairs would take the whole summer. "+
	"According to Lopez, the town has waited long enough for a decision on the port.\n\n"+
	"“Nobody expected this,” said one resident, who called the delay “a disgrace to the island.”\n\n", 40)

// BenchmarkExtract measures Extract alone on a segmented document and
// reports words per second.
func BenchmarkExtract(b *testing.B) {
	d := doc.New(doc.Document{Body: benchBody})
	segment.Segment(d)
	words := 0
	for _, t := range d.Tokens {
		if t.Kind == doc.Word || t.Kind == doc.Number {
			words++
		}
	}
	b.SetBytes(int64(len(benchBody)))
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		d.Quotes = d.Quotes[:0]
		Extract(d)
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	// On a shared machine wall time mostly measures the wait for a core;
	// process CPU time is the cost.
	if cpu > 0 {
		b.ReportMetric(float64(words)*float64(b.N)/cpu.Seconds(), "words/cpu-s")
	}
}

// BenchmarkSegment is the segmenter on the same text, for scale.
func BenchmarkSegment(b *testing.B) {
	d := doc.New(doc.Document{Body: benchBody})
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		segment.Segment(d)
	}
	cpu := cpuTime() - cpu0
	words := 0
	for _, t := range d.Tokens {
		if t.Kind == doc.Word || t.Kind == doc.Number {
			words++
		}
	}
	if cpu > 0 {
		b.ReportMetric(float64(words)*float64(b.N)/cpu.Seconds(), "words/cpu-s")
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
