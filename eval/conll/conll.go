// Package conll reads CoNLL-style named-entity files and scores predicted
// tags against gold tags with the semantics of the conlleval script: chunks
// are read from the tags (IOB1 or BIO), and a predicted chunk counts only when
// its span and type both match a gold chunk exactly.
package conll

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// Token is one token with its tag.
type Token struct {
	Word string
	Tag  string
}

// Sentence is a sequence of tagged tokens.
type Sentence []Token

// Words returns the sentence's words.
func (s Sentence) Words() []string {
	w := make([]string, len(s))
	for i, t := range s {
		w[i] = t.Word
	}
	return w
}

// Tags returns the sentence's tags.
func (s Sentence) Tags() []string {
	w := make([]string, len(s))
	for i, t := range s {
		w[i] = t.Tag
	}
	return w
}

// Document is a sequence of sentences. Files without -DOCSTART- lines are
// read as one document.
type Document struct {
	Sentences []Sentence
}

// Read reads a CoNLL-style file. Three layouts are accepted, decided line by
// line: space- or tab-separated columns with the word first and the tag last
// (four-column CoNLL-2003, token-TAB-tag); and CoNLL-U style lines whose
// first column is a token index (an integer), where the word is the second
// column and the tag the last. Blank lines end sentences, "-DOCSTART-" lines
// start documents, and lines starting with "#" are comments.
func Read(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	docs, err := parse(bufio.NewScanner(f))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return docs, nil
}

// ReadString parses CoNLL-style text as Read does.
func ReadString(text string) ([]Document, error) {
	return parse(bufio.NewScanner(strings.NewReader(text)))
}

func parse(sc *bufio.Scanner) ([]Document, error) {
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	type row struct {
		cols []string
		line int
	}
	// First pass: rows of columns, nil rows for sentence ends and
	// document starts marked by a row with cols == nil and line < 0.
	var rows []row
	indexed := true // every token row starts with its 1-based position
	tokens, pos, line := 0, 0, 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r\n")
		switch {
		case strings.TrimSpace(s) == "":
			rows = append(rows, row{line: 0})
			pos = 0
			continue
		case strings.HasPrefix(s, "-DOCSTART-"):
			rows = append(rows, row{line: -1})
			pos = 0
			continue
		}
		var cols []string
		if strings.Contains(s, "\t") {
			cols = strings.Split(s, "\t")
		} else {
			cols = strings.Fields(s)
		}
		if strings.HasPrefix(s, "#") && (len(cols) < 2 || !isTag(strings.TrimSpace(cols[len(cols)-1]))) {
			continue // a CoNLL-U comment
		}
		if len(cols) < 2 {
			return nil, fmt.Errorf("line %d: want a word and a tag, got %q", line, s)
		}
		if len(cols) >= 3 && isRange(cols[0]) {
			continue // CoNLL-U multiword token or empty node
		}
		pos++
		tokens++
		if len(cols) < 3 || cols[0] != strconv.Itoa(pos) {
			indexed = false
		}
		rows = append(rows, row{cols: cols, line: line})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var (
		docs []Document
		cur  Document
		sent Sentence
	)
	endSent := func() {
		if len(sent) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
			sent = nil
		}
	}
	endDoc := func() {
		endSent()
		if len(cur.Sentences) > 0 {
			docs = append(docs, cur)
			cur = Document{}
		}
	}
	wordCol := 0
	if indexed && tokens > 0 {
		wordCol = 1
	}
	for _, r := range rows {
		switch {
		case r.cols == nil && r.line < 0:
			endDoc()
			continue
		case r.cols == nil:
			endSent()
			continue
		}
		tag := strings.TrimSpace(r.cols[len(r.cols)-1])
		if !isTag(tag) {
			return nil, fmt.Errorf("line %d: %q is not a tag", r.line, tag)
		}
		sent = append(sent, Token{Word: r.cols[wordCol], Tag: tag})
	}
	endDoc()
	return docs, nil
}

// isTag reports whether s looks like an entity tag: O, or a prefix B, I, E,
// S, L or U, a hyphen and a type.
func isTag(s string) bool {
	if s == "O" {
		return true
	}
	return len(s) > 2 && s[1] == '-' && strings.IndexByte("BIESLU", s[0]) >= 0
}

// isRange reports whether s is a CoNLL-U multiword range ("3-4") or empty
// node id ("3.1").
func isRange(s string) bool {
	i := strings.IndexAny(s, "-.")
	if i <= 0 || i == len(s)-1 {
		return false
	}
	_, err1 := strconv.Atoi(s[:i])
	_, err2 := strconv.Atoi(s[i+1:])
	return err1 == nil && err2 == nil
}
