package doc

import "testing"

func TestLookups(t *testing.T) {
	d := New(Document{ID: "d", Body: "One two. Three four."})
	d.Tokens = []Token{{Span: Span{0, 3}}, {Span: Span{4, 7}}, {Span: Span{7, 8}, Kind: Punct}, {Span: Span{9, 14}, Sentence: 1}, {Span: Span{15, 19}, Sentence: 1}, {Span: Span{19, 20}, Kind: Punct, Sentence: 1}}
	d.Sentences = []Sentence{{Span: Span{0, 8}, First: 0, Last: 3}, {Span: Span{9, 20}, First: 3, Last: 6}}
	tests := []struct{ off, sent, tok int }{{0, 0, 0}, {5, 0, 1}, {8, -1, 3}, {9, 1, 3}, {19, 1, 5}, {25, -1, 6}}
	for _, tt := range tests {
		if got := d.SentenceAt(tt.off); got != tt.sent {
			t.Errorf("SentenceAt(%d) = %d, want %d", tt.off, got, tt.sent)
		}
		if got := d.TokenAt(tt.off); got != tt.tok {
			t.Errorf("TokenAt(%d) = %d, want %d", tt.off, got, tt.tok)
		}
	}
	if ev := d.Evidence(Span{9, 14}, "x"); ev.Sentence != 1 || ev.Doc != "d" {
		t.Errorf("Evidence = %+v", ev)
	}
	if d.EntityName(3) != "" || d.TokenText(3) != "Three" {
		t.Error("EntityName or TokenText")
	}
}

func TestPredicates(t *testing.T) {
	seen := map[Predicate]bool{}
	for _, p := range Predicates {
		if seen[p.Predicate] {
			t.Errorf("%s listed twice", p.Predicate)
		}
		seen[p.Predicate] = true
		if len(p.Subject) == 0 || len(p.Object) == 0 || p.Doc == "" {
			t.Errorf("%s: incomplete row", p.Predicate)
		}
	}
	if _, ok := Info("plays"); !ok {
		t.Error("Info(plays)")
	}
	if _, ok := Info("likes"); ok {
		t.Error("Info(likes) found a predicate outside the vocabulary")
	}
}
