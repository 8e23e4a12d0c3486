package polnear

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/segment"
)

// segmentOnly prepares a document with tokens only: speakers are scored by
// span overlap.
func segmentOnly(text string) *doc.Doc {
	d := doc.New(doc.Document{Body: text})
	segment.Segment(d)
	return d
}

// corpus returns the PolNeAR split folder under ../shared, skipping the
// test when it is absent.
func corpus(t *testing.T, split string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "data", "polnear", split)
	if _, err := os.Stat(filepath.Join(dir, "attributions")); err != nil {
		t.Skipf("PolNeAR %s not present at %s", split, dir)
	}
	return dir
}

// mini lays out our two-article fixture the way PolNeAR folders are
// (text/ and attributions/) in a temporary directory. The annotations are
// kept under testdata/mini/ann so that no corpus-shaped folder is tracked.
func mini(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for from, to := range map[string]string{"text": "text", "ann": "attributions"} {
		src := filepath.Join("testdata", "mini", from)
		ents, err := os.ReadDir(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dir, to), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			b, err := os.ReadFile(filepath.Join(src, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, to, e.Name()), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

func TestRead(t *testing.T) {
	arts, err := Read(mini(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 {
		t.Fatalf("got %d articles, want 1", len(arts))
	}
	a := arts[0]
	if a.Name != "pier" || a.Annotator != "0001" {
		t.Errorf("article %s by %s, want pier by 0001 (the first annotator ID)", a.Name, a.Annotator)
	}
	if len(a.Attributions) != 2 {
		t.Fatalf("got %d attributions, want 2", len(a.Attributions))
	}
	text := func(spans []doc.Span) []string {
		var out []string
		for _, s := range spans {
			out = append(out, a.Text[s.Start:s.End])
		}
		return out
	}
	split := a.Attributions[0]
	if got := text(split.Content); len(got) != 2 || got[0] != "“We will rebuild the pier,”" || got[1] != "“It will take a year.”" {
		t.Errorf("split content %q", got)
	}
	if got := text(split.Source); len(got) != 1 || got[0] != "Ana Ruiz" {
		t.Errorf("source %q", got)
	}
	// Offsets after a non-ASCII letter are code points in the file and
	// bytes here.
	if got := text(a.Attributions[1].Content); len(got) != 1 || got[0] != "Café owners were worried about the winter" {
		t.Errorf("content after é: %q", got)
	}
	if got := text(a.Attributions[1].Cue); len(got) != 1 || got[0] != "reported" {
		t.Errorf("cue %q", got)
	}
}

func TestReadErrors(t *testing.T) {
	if _, err := Read(filepath.Join("testdata", "missing")); err == nil {
		t.Error("no error for a folder without annotations")
	}
	if _, err := parseTextbound("Content 5 x"); err == nil {
		t.Error("no error for a bad offset")
	}
	if _, err := parseTextbound("Content 9 5"); err == nil {
		t.Error("no error for a reversed fragment")
	}
}

func TestNormalize(t *testing.T) {
	raw := "Cafe\u0301 open" // e + combining acute
	text, m := normalize(raw)
	if text != "Café open" {
		t.Fatalf("normalized %q", text)
	}
	if got := text[m[strings.Index(raw, "open")]:]; got != "open" {
		t.Errorf("offset of open maps to %q", got)
	}
	if m[len(raw)] != len(text) {
		t.Errorf("end maps to %d, want %d", m[len(raw)], len(text))
	}
}

func TestOverlap(t *testing.T) {
	tests := []struct {
		a, b []int32
		want float64
	}{
		{[]int32{1, 2, 3}, []int32{1, 2, 3}, 1},
		{[]int32{1, 2, 3}, []int32{2, 3, 4, 5}, 0.5},
		{[]int32{1}, []int32{2}, 0},
		{[]int32{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, []int32{4, 5, 6}, 0.3},
	}
	for _, tt := range tests {
		if got := overlap(tt.a, tt.b); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("overlap(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestMatchOneToOne(t *testing.T) {
	gold := []unit{{toks: []int32{1, 2, 3, 4}}, {toks: []int32{10, 11}}}
	pred := []unit{{toks: []int32{1, 2, 3}}, {toks: []int32{2, 3, 4}}, {toks: []int32{20}}}
	m := match(gold, pred, Loose)
	if m.g[0] != 0 || m.g[1] != -1 {
		t.Errorf("gold partners %v, want [0 -1]", m.g)
	}
	if m.p[0] != 0 || m.p[1] != -1 || m.p[2] != -1 {
		t.Errorf("predicted partners %v, want [0 -1 -1]", m.p)
	}
}

func TestWordTokensInside(t *testing.T) {
	text := "He said “yes, now” and ''maybe'' then \"no\".\n\n“open\n\nafter"
	words, inside := wordTokens(text)
	var in []string
	for i, w := range words {
		if inside[i] {
			in = append(in, text[w.Start:w.End])
		}
	}
	if got := strings.Join(in, " "); got != "yes now maybe no open" {
		t.Errorf("inside quotes: %q", got)
	}
}

func TestEvaluateFixture(t *testing.T) {
	var errs strings.Builder
	res, err := EvaluateTo(mini(t), segmentOnly, &errs)
	if err != nil {
		t.Fatal(err)
	}
	if res.Direct.Gold != 1 || res.All.Gold != 2 {
		t.Errorf("gold direct %d all %d, want 1 and 2", res.Direct.Gold, res.All.Gold)
	}
	if res.All.F1 != 1 || res.All.F1Strict != 1 || res.Direct.F1 != 1 {
		t.Errorf("F1 all %.3f (strict %.3f) direct %.3f, want 1\n%s\n%s", res.All.F1, res.All.F1Strict, res.Direct.F1, res.Table(), errs.String())
	}
	if res.SpeakerAccuracy != 1 || res.SpeakerTotal != 1 || res.SpeakerTotalAll != 2 {
		t.Errorf("speaker %.3f over %d (all %d)", res.SpeakerAccuracy, res.SpeakerTotal, res.SpeakerTotalAll)
	}
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"direct", "all", "speaker_accuracy"} {
		if _, ok := m[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, b)
		}
	}
	direct, _ := m["direct"].(map[string]any)
	for _, k := range []string{"precision", "recall", "f1", "f1_at_0.8"} {
		if _, ok := direct[k]; !ok {
			t.Errorf("direct JSON lacks %q", k)
		}
	}
	if !strings.Contains(res.Table(), "direct") {
		t.Errorf("table: %s", res.Table())
	}
}

func TestEvaluateRejectsChangedText(t *testing.T) {
	_, err := Evaluate(mini(t), func(text string) *doc.Doc {
		return segmentOnly(strings.ToUpper(text))
	})
	if err == nil {
		t.Error("no error when annotate changes the text")
	}
}

// TestDev scores quote extraction, with segmentation only, on the PolNeAR
// dev split, with floors just under what it reached when written.
func TestDev(t *testing.T) {
	dir := corpus(t, "dev")
	res, err := Evaluate(dir, segmentOnly)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + res.Table())
	floors := []struct {
		name      string
		got, want float64
	}{
		{"direct F1", res.Direct.F1, 0.93},
		{"direct F1 at 0.8", res.Direct.F1Strict, 0.82},
		{"all F1", res.All.F1, 0.61},
		{"speaker accuracy", res.SpeakerAccuracy, 0.91},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s %.3f, floor %.2f", f.name, f.got, f.want)
		}
	}
}

// TestSplit scores the split named by POLNEAR_SPLIT (train, dev) and
// writes missed and spurious attributions to POLNEAR_ERRORS when set; it
// is for choosing rules, not a check.
func TestSplit(t *testing.T) {
	split := os.Getenv("POLNEAR_SPLIT")
	if split == "" {
		t.Skip("POLNEAR_SPLIT not set")
	}
	dir := corpus(t, split)
	var res Result
	var err error
	if p := os.Getenv("POLNEAR_ERRORS"); p != "" {
		f, ferr := os.Create(p)
		if ferr != nil {
			t.Fatal(ferr)
		}
		defer f.Close()
		res, err = EvaluateTo(dir, segmentOnly, f)
	} else {
		res, err = Evaluate(dir, segmentOnly)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + res.Table())
}
