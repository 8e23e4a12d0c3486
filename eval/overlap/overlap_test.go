package overlap

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadAndScan reads a tiny corpus in each format and finds the lines of
// a tiny repository that share seven words with it.
func TestReadAndScan(t *testing.T) {
	corp := t.TempDir()
	files := map[string]string{
		"plain/a.txt":  "The lighthouse keeper rowed out to the rock every night of the winter.",
		"conll/b.txt":  "-DOCSTART- -X- O O\n\nMarta NNP B-NP B-PER\nsold VBD B-VP O\nher PRP B-NP O\nold JJ I-NP O\nboat NN I-NP O\nto TO B-PP O\nthe DT B-NP O\nferry NN I-NP O\ncompany NN I-NP O\n",
		"xml/c.tml":    "<TimeML><TEXT>Rain fell on the <TIMEX3 tid=\"t1\">third</TIMEX3> day of the long march north.</TEXT></TimeML>",
		"json/d.json":  `[{"title":"x","sents":[["Copper","kettles","were","hung","above","the","stove","in","rows"]]}]`,
		"SOURCE.md":    "The lighthouse keeper rowed out to the rock every night of the winter.",
		"skipme/e.txt": "Seven words that are skipped because the folder is.",
	}
	for name, text := range files {
		p := filepath.Join(corp, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runs, err := ReadCorpora([]string{corp}, "skipme")
	if err != nil {
		t.Fatal(err)
	}
	repo := t.TempDir()
	ours := strings.Join([]string{
		"// A comment: the keeper rowed out to the rock every night.", // 1: hit
		"Marta sold her old boat to the ferry company.",               // 2: hit (CoNLL columns)
		"Snow fell on the third day of the long march north.",         // 3: hit (TimeML, tags dropped)
		"// copper kettles were hung above the",                       // 4: hit, wrapped
		"// stove in rows",                                            // 5
		"A sentence of our own about a harbour and its cranes.",       // 6
		"Seven words that are skipped because the folder is.",         // 7: corpus folder skipped
		"The lighthouse keeper rowed out to the rock.",                // 8: allowed
	}, "\n")
	if err := os.WriteFile(filepath.Join(repo, "x.go"), []byte(ours), 0o644); err != nil {
		t.Fatal(err)
	}
	hits, err := Scan(repo, runs, map[string]bool{"the lighthouse keeper rowed out to the": true, "lighthouse keeper rowed out to the rock": true})
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for _, h := range hits {
		lines = append(lines, h.Line)
	}
	want := []int{1, 2, 3, 4}
	if len(lines) != len(want) {
		t.Fatalf("hits %v, want lines %v", hits, want)
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Fatalf("hits %v, want lines %v", hits, want)
		}
	}
}

// TestNoCorpusText fails when a file of the repository shares a run of
// seven words with a corpus in ../shared (the evaluation data and the seed
// article), apart from the runs listed in testdata/allowed.txt.
func TestNoCorpusText(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "data")); err != nil {
		t.Skip("../shared is not beside the repository")
	}
	if testing.Short() {
		t.Skip("reads every corpus; skipped with -short")
	}
	runs, err := ReadCorpora([]string{filepath.Join(shared, "data"), filepath.Join(shared, "seed")}, "gazetteers")
	if err != nil {
		t.Fatal(err)
	}
	allowed := map[string]bool{}
	f, err := os.Open(filepath.Join("testdata", "allowed.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			allowed[line] = true
		}
	}
	hits, err := Scan(filepath.Join("..", ".."), runs, allowed, "_scratch", "node_modules", "vendor")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d runs of %d words in the corpora", runs.Len(), N)
	for i, h := range hits {
		if i == 50 {
			t.Errorf("… and %d more", len(hits)-50)
			break
		}
		t.Errorf("shares corpus text: %s", h)
	}
}
