package ner

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{`The U.S. team didn't win, said "Ana's coach".`, `The U.S. team did n't win , said " Ana 's coach " .`},
		{"(Reuters) - Lisbon’s mayor", "( Reuters ) - Lisbon ’s mayor"},
		{"", ""},
	}
	for _, tt := range tests {
		got := strings.Join(tokenize(tt.in), " ")
		if got != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func textSents(t *testing.T) [][]string {
	t.Helper()
	sents, err := ReadText([]string{"testdata/text"})
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) == 0 {
		t.Fatal("no sentences in testdata/text")
	}
	return sents
}

func TestClusterDeterministicAndSensible(t *testing.T) {
	sents := textSents(t)
	cfg := ClusterConfig{MinCount: 2, Contexts: 50, Depth: 8, Iters: 5}
	a, b := Cluster(sents, cfg), Cluster(sents, cfg)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two clusterings of the same text differ")
	}
	for w, bits := range a {
		if bits == "" || len(bits) > cfg.Depth || strings.Trim(bits, "01") != "" {
			t.Errorf("word %q: bad bit string %q", w, bits)
		}
	}
	// Weekdays share contexts ("on X ,") and should share more of their
	// path with each other than with a city.
	common := func(x, y string) int {
		n := 0
		for n < len(x) && n < len(y) && x[n] == y[n] {
			n++
		}
		return n
	}
	if a["Monday"] == "" || a["Tuesday"] == "" || a["Lisbon"] == "" {
		t.Fatalf("missing clusters: %v", a)
	}
	if common(a["Monday"], a["Tuesday"]) <= common(a["Monday"], a["Lisbon"]) {
		t.Errorf("Monday %s, Tuesday %s, Lisbon %s: weekdays not closer", a["Monday"], a["Tuesday"], a["Lisbon"])
	}
}

func TestWordsRoundTrip(t *testing.T) {
	w := CountWords(textSents(t), ClusterConfig{MinCount: 2, Contexts: 50, Depth: 8, Iters: 5,
		Exchange: ExchangeConfig{Classes: []int{3, 6}, MinCount: 2, Iters: 5, Seed: 1}})
	if len(w.Classes) == 0 {
		t.Fatal("no exchange classes")
	}
	path := filepath.Join(t.TempDir(), "words.tsv")
	if err := w.Write(path); err != nil {
		t.Fatal(err)
	}
	r, err := ReadWords(path)
	if err != nil {
		t.Fatal(err)
	}
	for word, bits := range w.Clusters {
		if r.Clusters[word] != bits {
			t.Errorf("%q: cluster %q after reading, want %q", word, r.Clusters[word], bits)
		}
	}
	for word, cs := range w.Classes {
		if !reflect.DeepEqual(r.Classes[word], cs) {
			t.Errorf("%q: classes %v after reading, want %v", word, r.Classes[word], cs)
		}
	}
	if r.Count["Lisbon"] != w.Count["Lisbon"] || r.Inside["Lisbon"] != w.Inside["Lisbon"] {
		t.Errorf("Lisbon counts %d/%d, want %d/%d", r.Count["Lisbon"], r.Inside["Lisbon"], w.Count["Lisbon"], w.Inside["Lisbon"])
	}
	if _, err := ReadWords("testdata/tiny.txt"); err == nil {
		t.Error("ReadWords of a CoNLL file: no error")
	}
}

func TestCasingClass(t *testing.T) {
	tests := []struct {
		lower, cap, upper int
		want              uint8
	}{
		{0, 0, 1, caseUnknown},
		{0, 0, 5, caseAllCaps},
		{100, 1, 0, caseLower},
		{10, 2, 0, caseMostLow},
		{5, 5, 0, caseEither},
		{1, 9, 0, caseMostCap},
		{0, 40, 3, caseCap},
	}
	for _, tt := range tests {
		if got := casingClass(tt.lower, tt.cap, tt.upper); got != tt.want {
			t.Errorf("casingClass(%d, %d, %d) = %d, want %d", tt.lower, tt.cap, tt.upper, got, tt.want)
		}
	}
}
