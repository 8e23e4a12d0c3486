package timeml

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/timex"
)

// tbaqDefault is the TempEval-3 training data, relative to this package
// (the repository's ../shared/data); TIMEML_DIR overrides it.
const tbaqDefault = "../../../shared/data/tempeval3/TBAQ-cleaned"

func TestParse(t *testing.T) {
	d, err := ReadFile("testdata/sample.tml")
	if err != nil {
		t.Fatal(err)
	}
	if d.DCTValue != "2021-03-05" || d.DCT.Format("2006-01-02") != "2021-03-05" {
		t.Errorf("DCT = %q %v", d.DCTValue, d.DCT)
	}
	want := []Gold{
		{Text: "Thursday", Type: "DATE", Value: "2021-03-04"},
		{Text: "next week", Type: "DATE", Value: "2021-W10"},
		{Text: "two years", Type: "DURATION", Value: "P2Y"},
	}
	checkGold(t, d, want)
}

// checkGold compares a parsed document's gold expressions with want, by
// text, type and value, and checks that each span holds its text.
func checkGold(t *testing.T, d *Document, want []Gold) {
	t.Helper()
	if len(d.Timexes) != len(want) {
		t.Fatalf("got %d timexes, want %d: %+v", len(d.Timexes), len(want), d.Timexes)
	}
	for i, w := range want {
		g := d.Timexes[i]
		if g.Text != w.Text || g.Type != w.Type || g.Value != w.Value || d.Text[g.Start:g.End] != w.Text {
			t.Errorf("timex %d = %+v, want %+v", i, g, w)
		}
	}
}

func TestScore(t *testing.T) {
	d, err := ReadFile("testdata/sample.tml")
	if err != nil {
		t.Fatal(err)
	}
	g := d.Timexes
	sys := []doc.Timex{
		{Span: g[0].Span, Type: "DATE", Value: "2021-03-04"},                                    // strict, right value
		{Span: doc.Span{Start: g[1].Start + 5, End: g[1].End}, Type: "DATE", Value: "2021-W11"}, // relaxed, wrong value
		{Span: doc.Span{Start: 0, End: 3}, Type: "DATE", Value: "PRESENT_REF"},                  // false alarm
	}
	r := Score(d, sys)
	check := func(name string, got, want float64) {
		t.Helper()
		if d := got - want; d > 1e-9 || d < -1e-9 {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	check("strict P", r.StrictP, 1.0/3)
	check("strict R", r.StrictR, 1.0/3)
	check("relaxed P", r.RelaxedP, 2.0/3)
	check("relaxed R", r.RelaxedR, 2.0/3)
	check("value P", r.ValueP, 1.0/3)
	check("value R", r.ValueR, 1.0/3)
	check("value F1", r.ValueF1, 1.0/3)
	check("type acc", r.TypeAcc, 1)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"strict_f1", "relaxed_f1", "value_f1", "strict_precision", "relaxed_recall", "gold", "system"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
}

// TestTBAQ runs timex.Find over the TempEval-3 training data when it is
// present and guards the figures; TIMEML_DIR scores another directory.
func TestTBAQ(t *testing.T) {
	r := scoreCorpus(t, tbaqDefault, "TIMEML_DIR")
	// Measured strict 0.890, relaxed 0.949 and value 0.838 when these
	// floors were set: they sit just under, room for noise-free small
	// trade-offs, not for regressions.
	if r.StrictF1 < 0.888 {
		t.Errorf("strict F1 %.4f < 0.888", r.StrictF1)
	}
	if r.RelaxedF1 < 0.948 {
		t.Errorf("relaxed F1 %.4f < 0.948", r.RelaxedF1)
	}
	if r.ValueF1 < 0.837 {
		t.Errorf("value F1 %.4f < 0.837", r.ValueF1)
	}
}

// scoreCorpus runs timex.Find over the gold folder dir (or the one the
// environment variable env names) and returns the scores; it skips the
// test when the folder is absent. Set TIMEML_ERRORS to a file name to
// write the misses, false alarms and wrong values there as JSON.
func scoreCorpus(t *testing.T, dir, env string) Result {
	t.Helper()
	if d := os.Getenv(env); d != "" {
		dir = d
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("gold data not present: %v", err)
	}
	out := os.Getenv("TIMEML_ERRORS")
	start := time.Now()
	r, err := EvaluateDetail(dir, timex.Find, out != "")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s in %v\n%s", filepath.Base(dir), time.Since(start), r.Table())
	if out != "" {
		b, err := json.MarshalIndent(r, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(out, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return r
}
