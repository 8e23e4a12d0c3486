package article

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/doc"
)

// bbcDir is the BBC News corpus, read in place (never copied into the repo).
const bbcDir = "../../shared/data/bbc-news"

// TestBBCNewsText reads the BBC News corpus through the text path: every
// file's first line is its headline, so every document must have a title
// that is not left in the body, and byte-identical files must share an ID.
func TestBBCNewsText(t *testing.T) {
	if _, err := os.Stat(bbcDir); err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	var dirs []string
	for _, c := range []string{"business", "entertainment", "politics", "sport", "tech"} {
		dirs = append(dirs, filepath.Join(bbcDir, c))
	}
	var docs, failed, untitled int
	idByContent := make(map[[32]byte]string)
	ids := make(map[string]bool)
	err := Read(dirs, Options{}, func(d doc.Document, err error) error {
		if err != nil {
			failed++
			t.Errorf("%v", err)
			return nil
		}
		docs++
		ids[d.ID] = true
		if len(d.Related) > 0 {
			// The corpus holds bare articles: a trailing list in one is
			// the article's own (award winners, rankings), not links.
			t.Errorf("%s: %d related links taken from the text, first %q", d.Source, len(d.Related), d.Related[0].Title)
		}
		if d.Title == "" {
			untitled++
			t.Errorf("%s: no title; body starts %q", d.Source, firstLine(d.Body))
		} else if strings.HasPrefix(d.Body, d.Title) {
			t.Errorf("%s: title %q left in body", d.Source, d.Title)
		}
		if strings.Contains(d.Body, "\n\n\n") || d.Body != Normalize(d.Body) {
			t.Errorf("%s: body not normalized", d.Source)
		}
		b, err := os.ReadFile(d.Source)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		if id, ok := idByContent[sum]; ok && id != d.ID {
			t.Errorf("%s: identical file has another ID (%s, %s)", d.Source, id, d.ID)
		}
		idByContent[sum] = d.ID
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("BBC News: %d documents, %d errors, %d without title, %d distinct IDs, %d distinct files",
		docs, failed, untitled, len(ids), len(idByContent))
	if docs < 2000 {
		t.Errorf("read %d documents, want the corpus's 2,225", docs)
	}
}
