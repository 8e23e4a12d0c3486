package ner

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/gazetteer"
)

func TestMapType(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	m := newModel([]string{"LOC", "MISC", "ORG", "PER"}, 8)
	m.setGazetteer(g)
	bare := newModel([]string{"LOC", "MISC", "ORG", "PER"}, 8)
	tests := []struct {
		model    *Model
		sentence string
		i, j     int
		typ      string
		want     doc.EntityType // "" for dropped
	}{
		{m, "Marta Ruiz spoke", 0, 2, "PER", doc.Person},
		{m, "at Helios Bank today", 1, 3, "ORG", doc.Org},
		{m, "in Mexico today", 1, 2, "LOC", doc.GPE},
		{m, "in Lisbon today", 1, 2, "LOC", doc.GPE},
		{m, "on the Danube river", 2, 3, "LOC", doc.Loc},
		{bare, "in Mexico today", 1, 2, "LOC", doc.Loc},
		{m, "the Mexican police", 1, 2, "MISC", doc.NORP},
		{m, "the series Narcos : Mexico", 2, 5, "MISC", doc.Work},
		{m, "season 2 of Narcos premiered", 3, 4, "MISC", doc.Work},
		{m, `watched " Night Train " twice`, 2, 4, "MISC", doc.Work},
		{m, "the Gulf War ended", 1, 3, "MISC", doc.Event},
		{bare, "the Winter Olympics began", 1, 3, "MISC", doc.Event},
		{m, "a Windows laptop", 1, 2, "MISC", ""},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.sentence)
		d := segmented(words)
		got, ok := tt.model.mapType(tt.typ, d, words, tt.i, tt.j, 0)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%q [%d:%d] %s → %q, want %q", tt.sentence, tt.i, tt.j, tt.typ, got, tt.want)
		}
	}
}

func TestEmbeddedTagTypes(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	d := segmented(strings.Fields("Mexican police questioned Diego Luna in Guadalajara in 1989 ."))
	m.Tag(d)
	got := map[string]doc.EntityType{}
	for _, mn := range d.Mentions {
		got[mn.Text] = mn.Type
	}
	want := map[string]doc.EntityType{"Mexican": doc.NORP, "Diego Luna": doc.Person, "Guadalajara": doc.GPE}
	for text, typ := range want {
		if got[text] != typ {
			t.Errorf("%q: type %q, want %q (all: %v)", text, got[text], typ, got)
		}
	}
}
