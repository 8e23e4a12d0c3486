package conll

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	tests := []struct {
		file string
		want []string // one string per document: words/tags, sentences split by "|"
	}{
		{file: "testdata/four.txt", want: []string{
			"Marta/B-PER Ruiz/I-PER visited/O Lisbon/B-LOC ./O | She/O joined/O Acme/B-ORG Corp/I-ORG ./O",
			"1996/O Dutch/B-MISC",
		}},
		{file: "testdata/tab.txt", want: []string{
			"Kofi/B-PER lives/O in/O Accra/B-LOC | Ghana/B-LOC won/O",
		}},
		{file: "testdata/conllu.txt", want: []string{
			"Paulo/B-PER met/O Ana/B-PER in/O Porto/B-LOC ./O | 2/O dogs/O",
		}},
	}
	for _, tt := range tests {
		docs, err := Read(tt.file)
		if err != nil {
			t.Fatalf("Read(%s): %v", tt.file, err)
		}
		var got []string
		for _, d := range docs {
			var sents []string
			for _, s := range d.Sentences {
				var toks []string
				for _, tk := range s {
					toks = append(toks, tk.Word+"/"+tk.Tag)
				}
				sents = append(sents, strings.Join(toks, " "))
			}
			got = append(got, strings.Join(sents, " | "))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Read(%s):\n got %q\nwant %q", tt.file, got, tt.want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	for _, file := range []string{"testdata/bad.txt", "testdata/missing.txt"} {
		if _, err := Read(file); err == nil {
			t.Errorf("Read(%s): no error", file)
		}
	}
	for _, text := range []string{"word NOTATAG\n", "-\n", "x B-\n"} {
		if _, err := ReadString(text); err == nil {
			t.Errorf("ReadString(%q): no error", text)
		}
	}
}

func TestChunks(t *testing.T) {
	tests := []struct {
		name string
		tags string
		want []Chunk
	}{
		{"bio", "B-PER I-PER O B-LOC", []Chunk{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"iob1 starts with I", "I-PER I-PER O I-LOC", []Chunk{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"iob1 adjacent same type", "I-PER I-PER B-PER", []Chunk{{0, 2, "PER"}, {2, 3, "PER"}}},
		{"bio adjacent same type", "B-PER B-PER", []Chunk{{0, 1, "PER"}, {1, 2, "PER"}}},
		{"type change without B", "I-PER I-ORG", []Chunk{{0, 1, "PER"}, {1, 2, "ORG"}}},
		{"bilou", "B-ORG L-ORG U-LOC O B-PER I-PER L-PER", []Chunk{{0, 2, "ORG"}, {2, 3, "LOC"}, {4, 7, "PER"}}},
		{"bioes", "S-LOC B-PER E-PER", []Chunk{{0, 1, "LOC"}, {1, 3, "PER"}}},
		{"all O", "O O", nil},
		{"stray I after O", "O I-MISC", []Chunk{{1, 2, "MISC"}}},
	}
	for _, tt := range tests {
		got := Chunks(strings.Fields(tt.tags))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Chunks(%q) = %v, want %v", tt.name, tt.tags, got, tt.want)
		}
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func seqs(ss ...string) [][]string {
	out := make([][]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Fields(s)
	}
	return out
}

func TestScore(t *testing.T) {
	tests := []struct {
		name      string
		gold      [][]string
		pred      [][]string
		p, r, f   float64
		byTypeF1  map[string]float64
		wantCount Counts
	}{
		{
			name: "exact",
			gold: seqs("B-PER I-PER O B-LOC"),
			pred: seqs("B-PER I-PER O B-LOC"),
			p:    1, r: 1, f: 1,
			byTypeF1:  map[string]float64{"PER": 1, "LOC": 1},
			wantCount: Counts{Gold: 2, Pred: 2, Correct: 2},
		},
		{
			name: "iob1 prediction against bio gold is the same chunks",
			gold: seqs("B-PER I-PER O B-LOC"),
			pred: seqs("I-PER I-PER O I-LOC"),
			p:    1, r: 1, f: 1,
			byTypeF1:  map[string]float64{"PER": 1, "LOC": 1},
			wantCount: Counts{Gold: 2, Pred: 2, Correct: 2},
		},
		{
			name: "span too short, type wrong",
			gold: seqs("B-PER I-PER O B-LOC", "B-ORG O"),
			pred: seqs("B-PER O O B-ORG", "B-ORG O"),
			// pred chunks: PER[0,1) wrong, ORG[3,4) wrong, ORG ok
			p: 1.0 / 3, r: 1.0 / 3, f: 1.0 / 3,
			byTypeF1:  map[string]float64{"PER": 0, "LOC": 0, "ORG": 2 * 0.5 * 1 / 1.5},
			wantCount: Counts{Gold: 3, Pred: 3, Correct: 1},
		},
		{
			name: "split by B in bio is two chunks",
			gold: seqs("B-PER I-PER"),
			pred: seqs("B-PER B-PER"),
			p:    0, r: 0, f: 0,
			byTypeF1:  map[string]float64{"PER": 0},
			wantCount: Counts{Gold: 1, Pred: 2, Correct: 0},
		},
		{
			name: "short and missing predictions count as O",
			gold: seqs("B-PER O B-LOC", "B-ORG"),
			pred: seqs("B-PER"),
			p:    1, r: 1.0 / 3, f: 0.5,
			byTypeF1:  map[string]float64{"PER": 1, "LOC": 0, "ORG": 0},
			wantCount: Counts{Gold: 3, Pred: 1, Correct: 1},
		},
	}
	for _, tt := range tests {
		r := Score(tt.gold, tt.pred)
		if !near(r.Precision, tt.p) || !near(r.Recall, tt.r) || !near(r.F1, tt.f) {
			t.Errorf("%s: P/R/F = %v/%v/%v, want %v/%v/%v", tt.name, r.Precision, r.Recall, r.F1, tt.p, tt.r, tt.f)
		}
		if r.Counts != tt.wantCount {
			t.Errorf("%s: counts %+v, want %+v", tt.name, r.Counts, tt.wantCount)
		}
		if len(r.ByType) != len(tt.byTypeF1) {
			t.Errorf("%s: types %v, want %v", tt.name, r.ByType, tt.byTypeF1)
		}
		for typ, f := range tt.byTypeF1 {
			if !near(r.ByType[typ].F1, f) {
				t.Errorf("%s: %s F1 = %v, want %v", tt.name, typ, r.ByType[typ].F1, f)
			}
		}
	}
}

func TestResultJSONAndTable(t *testing.T) {
	r := Score(seqs("B-PER O B-LOC"), seqs("B-PER O O"))
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"precision", "recall", "f1", "by_type"} {
		if _, ok := got[k]; !ok {
			t.Errorf("JSON %s lacks %q", b, k)
		}
	}
	per := got["by_type"].(map[string]any)["PER"].(map[string]any)
	if per["f1"] != 1.0 {
		t.Errorf("JSON by_type.PER = %v", per)
	}
	tab := r.Table()
	for _, want := range []string{"LOC", "PER", "overall", "100.00%", "50.00%"} {
		if !strings.Contains(tab, want) {
			t.Errorf("Table() lacks %q:\n%s", want, tab)
		}
	}
}

func FuzzReadString(f *testing.F) {
	for _, s := range []string{
		"-DOCSTART- -X- -X- O\n\nMarta NNP B-NP B-PER\nRuiz NNP I-NP I-PER\n",
		"Kofi\tB-PER\n\nAccra\tI-LOC\n",
		"# text = x\n1\tPaulo\t_\tB-PER\n2\tmet\t_\tO\n1-2\tx\t_\tO\n",
		"x L-ORG\ny U-LOC\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := ReadString(s)
		if err != nil {
			return
		}
		var tags [][]string
		for _, d := range docs {
			for _, sent := range d.Sentences {
				if len(sent) == 0 {
					t.Fatal("empty sentence")
				}
				tags = append(tags, sent.Tags())
				for _, c := range Chunks(sent.Tags()) {
					if c.Start < 0 || c.End > len(sent) || c.Start >= c.End {
						t.Fatalf("bad chunk %+v in a sentence of %d", c, len(sent))
					}
				}
			}
		}
		r := Score(tags, tags)
		if r.Counts.Gold != r.Counts.Correct || r.Counts.Pred != r.Counts.Gold {
			t.Fatalf("scoring tags against themselves: %+v", r.Counts)
		}
	})
}
