// Package overlap finds text in the repository that shares a run of words
// with the evaluation corpora, so that no corpus sentence (or a corpus
// sentence with its names swapped) finds its way into our fixtures,
// examples and comments.
//
// A corpus is read as words (lower-cased runs of letters, digits and
// apostrophes); every run of N consecutive words is hashed. A line of a
// repository file whose words contain one of those runs is a hit.
package overlap

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// N is the length of the word runs compared: seven words are more than a
// stock phrase and less than a sentence.
const N = 7

// Runs is a sorted set of hashed N-word runs.
type Runs struct{ h []uint64 }

// Len returns the number of distinct runs.
func (r *Runs) Len() int { return len(r.h) }

// Has reports whether the run of words is in the set.
func (r *Runs) Has(words []string) bool {
	_, ok := slices.BinarySearch(r.h, hash(words))
	return ok
}

// words splits text into lower-cased words.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '\''
	})
}

func hash(ws []string) uint64 {
	f := fnv.New64a()
	for _, w := range ws {
		f.Write([]byte(w))
		f.Write([]byte{' '})
	}
	return f.Sum64()
}

// builder collects hashes before they are sorted into Runs.
type builder struct{ h []uint64 }

func (b *builder) text(s string) {
	ws := words(s)
	for i := 0; i+N <= len(ws); i++ {
		b.h = append(b.h, hash(ws[i:i+N]))
	}
}

func (b *builder) runs() *Runs {
	slices.Sort(b.h)
	return &Runs{h: slices.Compact(b.h)}
}

var tags = regexp.MustCompile(`<[^>]*>`)

// ReadCorpora reads every corpus file under the given directories: plain
// text, XML and TimeML (tags dropped, a tab-separated line read by its first
// column), CoNLL columns (the first column, a document per blank-line
// block), and JSON (every string; an array of strings is one text). Files
// named *.md, LICENSE* and ATTRIBUTION*, and the folders in skip, are not
// corpus text.
func ReadCorpora(dirs []string, skip ...string) (*Runs, error) {
	b := &builder{}
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if slices.Contains(skip, d.Name()) {
					return filepath.SkipDir
				}
				return nil
			}
			name := d.Name()
			if strings.HasSuffix(name, ".md") || strings.HasPrefix(name, "LICENSE") || strings.HasPrefix(name, "ATTRIBUTION") {
				return nil
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return fmt.Errorf("read corpus %s: %w", path, err)
			}
			return b.file(path, data)
		})
		if err != nil {
			return nil, err
		}
	}
	return b.runs(), nil
}

// file adds one corpus file by its format.
func (b *builder) file(path string, data []byte) error {
	switch ext := strings.ToLower(filepath.Ext(path)); {
	case ext == ".json" || ext == ".jsonl":
		return b.json(path, data)
	case ext == ".xml" || ext == ".tml" || ext == ".html":
		b.columns(tags.ReplaceAllString(string(data), " "), "\t")
	case bytes.Contains(data, []byte("-DOCSTART-")):
		b.columns(string(data), " ")
	default:
		b.text(string(data))
	}
	return nil
}

// columns reads lines whose first field (before sep) is a word; a line
// without sep is text; a blank line ends a block.
func (b *builder) columns(s, sep string) {
	var block []string
	flush := func() {
		b.text(strings.Join(block, " "))
		block = block[:0]
	}
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "-DOCSTART-"):
			flush()
		case strings.Contains(line, sep):
			block = append(block, line[:strings.Index(line, sep)])
		default:
			block = append(block, line)
		}
	}
	flush()
}

// json adds every string of a JSON document or of JSON lines.
func (b *builder) json(path string, data []byte) error {
	var v any
	if err := json.Unmarshal(data, &v); err == nil {
		b.value(v)
		return nil
	}
	for i, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := json.Unmarshal(line, &v); err != nil {
			return fmt.Errorf("corpus %s line %d: not JSON: %w", path, i+1, err)
		}
		b.value(v)
	}
	return nil
}

func (b *builder) value(v any) {
	switch x := v.(type) {
	case string:
		b.text(x)
	case map[string]any:
		for _, e := range x {
			b.value(e)
		}
	case []any:
		var strs []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				strs = append(strs, s)
			} else {
				b.value(e)
			}
		}
		if len(strs) > 0 {
			b.text(strings.Join(strs, " "))
		}
	}
}

// Hit is a line of ours that shares a run with a corpus.
type Hit struct {
	File string // relative to the scanned root
	Line int
	Run  string // the first shared run
}

func (h Hit) String() string { return fmt.Sprintf("%s:%d: %q", h.File, h.Line, h.Run) }

// Scan reads the text files under root (Go, text, Markdown, HTML, JS, CSS,
// JSON) and returns the lines where a run shared with corpora begins, one
// hit a line, except runs in allowed. Folders named in skip (and hidden ones) are not read.
func Scan(root string, corpora *Runs, allowed map[string]bool, skip ...string) ([]Hit, error) {
	exts := map[string]bool{".go": true, ".txt": true, ".md": true, ".html": true, ".js": true, ".css": true, ".json": true}
	var hits []Hit
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && (strings.HasPrefix(d.Name(), ".") || slices.Contains(skip, d.Name())) {
				return filepath.SkipDir
			}
			return nil
		}
		if !exts[strings.ToLower(filepath.Ext(path))] {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("scan %s: %w", path, err)
		}
		rel, _ := filepath.Rel(root, path)
		// The file is one stream of words, so that a run wrapped over two
		// comment lines is found too; a hit is reported at its first word.
		var ws []string
		var at []int
		for n, line := range strings.Split(string(data), "\n") {
			for _, w := range words(line) {
				ws = append(ws, w)
				at = append(at, n+1)
			}
		}
		last := 0
		for i := 0; i+N <= len(ws); i++ {
			run := strings.Join(ws[i:i+N], " ")
			if allowed[run] || at[i] == last || !corpora.Has(ws[i:i+N]) {
				continue
			}
			hits = append(hits, Hit{File: filepath.ToSlash(rel), Line: at[i], Run: run})
			last = at[i]
		}
		return nil
	})
	return hits, err
}
