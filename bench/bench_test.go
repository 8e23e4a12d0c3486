package bench_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/bench"
	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/pipeline"
)

func TestRun(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := []doc.Document{
		{ID: "a", Body: "Ruth Kimani plays Ada Mwangi in Copper Valley. \"It is a gift,\" Kimani said."},
		{ID: "b", Body: "The port reopened on Monday, officials said."},
	}
	r := bench.Run(p, docs, 2)
	if r.Documents != 2 || r.Words != 21 || r.Cores != 2 {
		t.Errorf("result %+v", r)
	}
	if r.WordsPerSecond <= 0 || r.WordsPerSecondPerCore*2 != r.WordsPerSecond || r.Quotes == 0 || r.Claims == 0 {
		t.Errorf("rates and counts %+v", r)
	}
	if !strings.Contains(r.Table(), "words/s per core") {
		t.Errorf("table %q", r.Table())
	}
}
