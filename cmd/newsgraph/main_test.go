package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// run executes the CLI with args and returns what it printed.
func run(t *testing.T, args ...string) (string, error) {
	t.Helper()
	root := newRoot()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), err
}

// TestCLI ingests the example articles and asks the questions a user
// would, reading the JSON lines each listing prints.
func TestCLI(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	examples := filepath.Join("..", "..", "examples", "articles")
	out, err := run(t, "--db", db, "--no-model", "ingest", "--quiet", examples)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	if !strings.Contains(out, "ingested 4 documents") {
		t.Errorf("ingest said %q", out)
	}

	// claims --json: one object per line, names spelled out.
	out, err = run(t, "--db", db, "claims", "--predicate", "plays", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var plays []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var c struct {
			Subject   struct{ Name string }
			Predicate string
			Object    struct{ Name string }
			Work      struct{ Name string }
			Evidence  []struct{ Text string }
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("claims line %q: %v", line, err)
		}
		if c.Predicate != "plays" || c.Work.Name == "" || len(c.Evidence) == 0 || c.Evidence[0].Text == "" {
			t.Errorf("claim %q lacks its predicate, work or evidence", line)
		}
		plays = append(plays, c.Subject.Name+"→"+c.Object.Name)
	}
	for _, want := range []string{"Freja Dahl→Nora Lind", "Katharina Brandl→Lena Vogt", "Owen Pryce→Silas Crane"} {
		if !strings.Contains(strings.Join(plays, ","), want) {
			t.Errorf("plays %q, want %s among them", plays, want)
		}
	}

	// quotes --speaker, accent-insensitive name lookup.
	out, err = run(t, "--db", db, "quotes", "--speaker", "kerem sahin", "--json")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(strings.TrimSpace(out), "\n") + 1; n != 2 || !strings.Contains(out, `"name":"Kerem Şahin"`) {
		t.Errorf("quotes by Kerem Şahin: %d lines\n%s", n, out)
	}

	// who: the card in text and JSON.
	out, err = run(t, "--db", db, "who", "Marta Olsen")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Marta Olsen  [PERSON]", "plays Ilse Brandt [CHARACTER]", "quotes by:", "I wanted to build her from the documents"} {
		if !strings.Contains(out, want) {
			t.Errorf("who card lacks %q:\n%s", want, out)
		}
	}
	out, err = run(t, "--db", db, "who", "--json", "Ilse Brandt")
	if err != nil {
		t.Fatal(err)
	}
	// The character and the real person she is based on: two cards.
	if n := strings.Count(strings.TrimSpace(out), "\n") + 1; n != 2 || !strings.Contains(out, `"type":"CHARACTER"`) || !strings.Contains(out, `"type":"PERSON"`) {
		t.Errorf("who --json Ilse Brandt: %d cards\n%s", n, out)
	}

	// search, docs, and a name that is not there.
	if out, err = run(t, "--db", db, "search", "counterfeiting"); err != nil || !strings.Contains(out, "[counterfeiting]") {
		t.Errorf("search: %v\n%s", err, out)
	}
	if out, err = run(t, "--db", db, "docs"); err != nil || strings.Count(out, "\n") != 4 {
		t.Errorf("docs: %v\n%s", err, out)
	}
	if _, err = run(t, "--db", db, "who", "Nobody Known"); err == nil {
		t.Error("who for an unknown name succeeded")
	}
	if _, err = run(t, "--db", db, "claims", "--predicate", "likes"); err == nil {
		t.Error("an unknown predicate was accepted")
	}
}

// TestIngestReportsBadFiles checks the exit status and the message when a
// source cannot be read.
func TestIngestReportsBadFiles(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	_, err := run(t, "--db", db, "--no-model", "ingest", "--quiet", filepath.Join(t.TempDir(), "missing.txt"))
	if err == nil {
		t.Fatal("ingest of a missing file succeeded")
	}
	if e, ok := err.(exitError); !ok || e.code != 1 {
		t.Errorf("error %v (%T), want exit status 1", err, err)
	}
}

// TestDecisions merges, renames and rejects through the CLI, then ingests
// the same articles again: the decisions hold.
func TestDecisions(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	examples := filepath.Join("..", "..", "examples", "articles")
	ingest := func() {
		t.Helper()
		if out, err := run(t, "--db", db, "--no-model", "ingest", "--quiet", examples); err != nil {
			t.Fatalf("ingest: %v\n%s", err, out)
		}
	}
	ingest()
	for _, args := range [][]string{
		{"rename", "Marta Olsen", "Marta K. Olsen"},
		{"merge", "Stern", "Katharina Brandl"},
		{"reject", "Screen Ledger"},
	} {
		if out, err := run(t, append([]string{"--db", db}, args...)...); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
	ingest()
	out, err := run(t, "--db", db, "who", "Marta K. Olsen")
	if err != nil || !strings.Contains(out, "Marta K. Olsen  [PERSON]") || strings.Contains(out, "Screen Ledger") {
		t.Errorf("after re-ingest: %v\n%s", err, out)
	}
	out, err = run(t, "--db", db, "who", "Katharina Brandl")
	if err != nil || !strings.Contains(out, "Stern") {
		t.Errorf("merged name not among the aliases: %v\n%s", err, out)
	}
	out, err = run(t, "--db", db, "decisions")
	if err != nil || strings.Count(out, "\n") != 3 {
		t.Errorf("decisions: %v\n%s", err, out)
	}
}

// TestExport writes every format from a store built from the examples.
func TestExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	if out, err := run(t, "--db", db, "--no-model", "ingest", "--quiet", filepath.Join("..", "..", "examples", "articles")); err != nil {
		t.Fatalf("ingest: %v\n%s", err, out)
	}
	for format, want := range map[string]string{
		"jsonld": `"Marta Olsen"`, "graphml": "<graphml", "gexf": "<gexf", "turtle": "wdt:P161", "ftm": `"schema":"Person"`,
	} {
		out, err := run(t, "--db", db, "export", "--format", format)
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("export %s: %v; output lacks %q (%d bytes)", format, err, want, len(out))
		}
	}
	dir := t.TempDir()
	if out, err := run(t, "--db", db, "export", "--format", "neo4j", "--out", dir); err != nil {
		t.Errorf("export neo4j: %v\n%s", err, out)
	}
	if _, err := run(t, "--db", db, "export", "--format", "pdf"); err == nil {
		t.Error("an unknown format was accepted")
	}
}
