package ner

import (
	"reflect"
	"strings"
	"testing"
)

func TestExchangeDeterministicAndSensible(t *testing.T) {
	sents := textSents(t)
	cfg := ExchangeConfig{Classes: []int{4, 8}, MinCount: 2, Iters: 10, Seed: 1}
	a, b := Exchange(sents, cfg), Exchange(sents, cfg)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two clusterings of the same text differ")
	}
	for w, cs := range a {
		if len(cs) != len(cfg.Classes) {
			t.Fatalf("word %q: %d classes, want %d", w, len(cs), len(cfg.Classes))
		}
		for i, c := range cs {
			if int(c) >= cfg.Classes[i] {
				t.Errorf("word %q: class %d of %d", w, c, cfg.Classes[i])
			}
		}
	}
	// Weekdays share their contexts ("on X ,", "on X ."), so they
	// should share their class at the finer granularity, apart from a
	// city.
	for _, w := range []string{"Monday", "Tuesday", "Friday", "Lisbon"} {
		if _, ok := a[w]; !ok {
			t.Fatalf("%s has no class: %v", w, a)
		}
	}
	if a["Monday"][1] != a["Tuesday"][1] || a["Monday"][1] != a["Friday"][1] {
		t.Errorf("weekdays in classes %v %v %v", a["Monday"], a["Tuesday"], a["Friday"])
	}
	if a["Monday"][1] == a["Lisbon"][1] {
		t.Errorf("Monday and Lisbon share class %d", a["Lisbon"][1])
	}
	if got := Exchange(sents, ExchangeConfig{}); len(got) != 0 {
		t.Errorf("no classes asked, got %d words", len(got))
	}
}

func TestReadVerticalAndColumns(t *testing.T) {
	sents, err := ReadText([]string{"testdata/vertical"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range sents {
		got = append(got, strings.Join(s, " "))
	}
	// b.xml is not in the train partition.
	want := []string{"Ana flew to Porto-based meetings .", "She left ."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadText(vertical) = %q, want %q", got, want)
	}
	cols, err := ReadColumns([]string{"testdata/tiny.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if len(cols) == 0 || strings.Join(cols[0], " ") != "Marta Ruiz flew to Lisbon on Tuesday ." {
		t.Errorf("ReadColumns: first sentence %q", cols[0])
	}
	if _, err := ReadColumns([]string{"testdata/missing.txt"}); err == nil {
		t.Error("ReadColumns of a missing file: no error")
	}
}
