package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRun derives the lists from the small sources in testdata/src and
// checks what each file keeps and leaves out.
func TestRun(t *testing.T) {
	out := t.TempDir()
	src := filepath.Join("testdata", "src")
	if err := run(src, out, filepath.Join(src, "words.txt")); err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	tests := []struct {
		file   string
		has    []string
		hasNot []string
	}{
		{"given_names.tsv",
			[]string{"diego\t1\t8020\n", "teresa\t0\t19000\n", "angel\t0.79\t14000\n", "jean-luc\t0.92\t0\n", "zoraida\t0.08\t0\n", "kim\t0.5\t0\n"},
			[]string{"rareone", "a-k-i-l", "丽娜"}},
		{"countries.tsv",
			[]string{"Mexico\tMX\tMEX\tMexico City\tMexico|United Mexican States\n", "United States\tUS\tUSA\tWashington\tUnited States|United States of America|America\n", "Kosovo\tXK\tXKX\t\tKosovo|Republic of Kosovo|Kosova\n"},
			[]string{"U.S.", "American", "|Mexican", "Amerika"}},
		{"cities.tsv",
			[]string{"Culiacán\tMexico\t\t\n", "Mexico City\tMexico\t1\t\n", "Washington\tUnited States\t1\t\n", "Springfield\tUnited States\t\t\n"},
			[]string{"Mobile", "Florence", "Paris", "Mexico\tPhilippines"}},
		{"org_types.tsv",
			[]string{"Incorporated\tInc\tLLC\n", "Inc.\tInc\tLLC\n", "GmbH\tGmbH\tLLC\n", "Gesellschaft mit beschränkter Haftung\tGmbH\tLLC\n"},
			[]string{"in\t", "有限公司"}},
		{"person_prefixes.tsv",
			[]string{"Mr\n", "Mrs\n", "Reverend\n", "Capt\n"},
			[]string{"The\n"}},
	}
	for _, tt := range tests {
		got := read(tt.file)
		for _, h := range tt.has {
			if !strings.Contains(got, h) {
				t.Errorf("%s lacks %q:\n%s", tt.file, h, got)
			}
		}
		for _, h := range tt.hasNot {
			if strings.Contains(got, h) {
				t.Errorf("%s has %q:\n%s", tt.file, h, got)
			}
		}
	}
}

func TestNameKey(t *testing.T) {
	tests := []struct{ in, want, wgnd string }{
		{"Ángel", "angel", "angel"},
		{"JEAN LUC", "", "jean-luc"},
		{"A K I L", "", ""},
		{"O'Neil", "o'neil", "o'neil"},
		{"X", "", ""},
		{"Anne-Marie", "anne-marie", "anne-marie"},
		{"R2D2", "", ""},
	}
	for _, tt := range tests {
		if got := nameKey(tt.in); got != tt.want {
			t.Errorf("nameKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := wgndKey(tt.in); got != tt.wgnd {
			t.Errorf("wgndKey(%q) = %q, want %q", tt.in, got, tt.wgnd)
		}
	}
}

func TestJunkCountryName(t *testing.T) {
	tests := []struct {
		in   string
		junk bool
	}{
		{"Great Britain", false},
		{"UK", true},
		{"U.S.", true},
		{"CENTRAFRIQUE", true},
		{"Niue *", true},
		{"Vanuatu nutome", true},
		{"Russian", true},
		{"Best Korea", true},
		{"Kosova", false},
	}
	for _, tt := range tests {
		if got := junkCountryName(tt.in); got != tt.junk {
			t.Errorf("junkCountryName(%q) = %v, want %v", tt.in, got, tt.junk)
		}
	}
}
