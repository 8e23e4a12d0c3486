package ner

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/eval/conll"
)

func TestBeamInsert(t *testing.T) {
	tests := []struct {
		name string
		in   []beamEntry
		want []float64 // scores, best first
	}{
		{"sorted", []beamEntry{{score: 1, c: 1}, {score: 3, c: 2}, {score: 2, c: 3}}, []float64{3, 2, 1}},
		{"keeps the best k", []beamEntry{{score: 1, c: 1}, {score: 3, c: 2}, {score: 2, c: 3}, {score: 5, c: 4}}, []float64{5, 3, 2}},
		{"recombines equal class pairs", []beamEntry{{score: 1, c: 1}, {score: 4, c: 1}, {score: 2, c: 2}}, []float64{4, 2}},
		{"keeps the better of a pair", []beamEntry{{score: 4, c: 1}, {score: 1, c: 1}}, []float64{4}},
		{"distinct previous classes", []beamEntry{{score: 4, c: 1, p1: 0}, {score: 1, c: 1, p1: 2}}, []float64{4, 1}},
	}
	for _, tt := range tests {
		b := make([]beamEntry, 3)
		n := 0
		for _, e := range tt.in {
			n = beamInsert(b, n, e)
		}
		var got []float64
		for _, e := range b[:n] {
			got = append(got, e.score)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: scores %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestBeamUnpacked trains a beam model with two types, whose rows are not
// packed, so that beamPass scores through Model.score.
func TestBeamUnpacked(t *testing.T) {
	docs, err := conll.ReadString(strings.Join([]string{
		"Marta B-PER", "Ruiz I-PER", "flew O", "to O", "Lisbon B-LOC", ". O", "",
		"Kofi B-PER", "left O", "Accra B-LOC", "on O", "Monday O", ". O", "",
		"Police O", "in O", "Porto B-LOC", "met O", "Ana B-PER", "Silva I-PER", ". O", "",
	}, "\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, beam := range []int{2, 4} {
		m, err := Train(Config{Epochs: 10, Seed: 7, Runs: 1, LogBuckets: 14, Beam: beam}, docs, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(m.packed) != 0 {
			t.Fatalf("beam %d: %d classes, rows packed", beam, m.nc)
		}
		if r := m.Evaluate(docs); r.F1 != 1 {
			t.Errorf("beam %d: training-set F1 %v, want 1\n%s", beam, r.F1, r.Table())
		}
	}
	if _, err := Train(Config{Epochs: 1, LogBuckets: 12, Beam: maxBeam + 1}, docs, nil, nil); err == nil {
		t.Errorf("beam %d: no error", maxBeam+1)
	}
}
