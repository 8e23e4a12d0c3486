package pipeline_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/article"
	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/pipeline"
)

// benchDocs reads the example articles, and the BBC corpus when it is
// beside the repository.
func benchDocs(b *testing.B, bbc bool) []doc.Document {
	b.Helper()
	dir := filepath.Join("..", "examples", "articles")
	if bbc {
		dir = filepath.Join("..", "..", "shared", "data", "bbc-news")
		if _, err := os.Stat(dir); err != nil {
			b.Skip("../shared/data/bbc-news is not beside the repository")
		}
	}
	var docs []doc.Document
	err := article.Read([]string{dir}, article.Options{}, func(d doc.Document, err error) error {
		if err == nil {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return docs
}

func benchPipeline(b *testing.B, p *pipeline.Pipeline, docs []doc.Document) {
	d := &doc.Doc{}
	words := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d.Document = docs[i%len(docs)]
		p.Run(d)
		for _, t := range d.Tokens {
			if t.Kind == doc.Word || t.Kind == doc.Number {
				words++
			}
		}
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkPipeline runs every stage (no store) over the examples.
func BenchmarkPipeline(b *testing.B) {
	benchPipeline(b, testPipelineB(b), benchDocs(b, false))
}

// BenchmarkPipelineBBC runs every stage over the BBC news corpus.
func BenchmarkPipelineBBC(b *testing.B) {
	benchPipeline(b, testPipelineB(b), benchDocs(b, true))
}

// BenchmarkRulesBBC runs the pipeline without the trained model.
func BenchmarkRulesBBC(b *testing.B) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	benchPipeline(b, p, benchDocs(b, true))
}

func testPipelineB(b *testing.B) *pipeline.Pipeline {
	b.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = newModelPipeline() })
	if pipeErr != nil {
		b.Fatal(pipeErr)
	}
	return pipe
}
