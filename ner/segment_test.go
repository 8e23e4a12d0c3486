package ner

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/segment"
)

func TestTagSegmented(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	body := "Diego Luna told reporters in Mexico City on Tuesday that the series would return.\n\n" +
		"“We are proud of it,” said Luna, who met officials of the United Nations in Madrid."
	d := doc.New(doc.Document{Body: body})
	segment.Segment(d)
	m.Tag(d)
	got := map[string]doc.EntityType{}
	for _, mn := range d.Mentions {
		if d.Body[mn.Start:mn.End] != mn.Text {
			t.Errorf("mention %+v: text does not match its span", mn)
		}
		got[mn.Text] = mn.Type
	}
	want := map[string]doc.EntityType{
		"Diego Luna":     doc.Person,
		"Mexico City":    doc.GPE,
		"Luna":           doc.Person,
		"United Nations": doc.Org,
		"Madrid":         doc.GPE,
	}
	for text, typ := range want {
		if got[text] != typ {
			t.Errorf("%q: %q, want %q (all: %v)", text, got[text], typ, got)
		}
	}
}

// BenchmarkTagBBC measures Tag on segmented BBC articles, when
// ../shared/data/bbc-news is present.
func BenchmarkTagBBC(b *testing.B) {
	files, _ := filepath.Glob("../../shared/data/bbc-news/*/*.txt")
	if len(files) == 0 {
		b.Skip("bbc-news not present")
	}
	if len(files) > 500 {
		files = files[:500]
	}
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	var docs []*doc.Doc
	ntok := 0
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := doc.New(doc.Document{Body: string(text)})
		segment.Segment(d)
		ntok += len(d.Tokens)
		docs = append(docs, d)
	}
	cpu0 := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			d.Mentions = d.Mentions[:0]
			m.Tag(d)
		}
	}
	b.StopTimer()
	total := float64(ntok) * float64(b.N)
	b.ReportMetric(total/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(total/cpu.Seconds(), "tokens/cpu-s")
	}
}
