package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/doc"
)

var kindName = [...]string{
	doc.Word:       "W",
	doc.Number:     "N",
	doc.Punct:      "P",
	doc.OpenQuote:  "OQ",
	doc.CloseQuote: "CQ",
	doc.Dash:       "D",
}

// tokenList renders the tokens as "text/kind" strings, read from the body
// through the offsets.
func tokenList(d *doc.Doc) []string {
	out := make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		out[i] = d.Body[t.Start:t.End] + "/" + kindName[t.Kind]
	}
	return out
}

func sentenceList(d *doc.Doc) []string {
	out := make([]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = d.Body[s.Start:s.End]
	}
	return out
}

func segment(body string) *doc.Doc {
	d := doc.New(doc.Document{Body: body})
	Segment(d)
	return d
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // space-separated "text/kind"
	}{
		{"accented names", "Miguel Ángel Félix Gallardo, Joaquín Guzmán",
			"Miguel/W Ángel/W Félix/W Gallardo/W ,/P Joaquín/W Guzmán/W"},
		{"combining mark", "Jose\u0301 left", "Jose\u0301/W left/W"},
		{"inner hyphen and apostrophes", "a rock-'n'-roll star, O'Brien and well-known D'Angelo",
			"a/W rock-'n'-roll/W star/W ,/P O'Brien/W and/W well-known/W D'Angelo/W"},
		{"curly inner apostrophe", "rock-’n’-roll and O’Brien", "rock-’n’-roll/W and/W O’Brien/W"},
		{"rock 'n' roll", "rock 'n' roll", "rock/W 'n'/W roll/W"},
		{"possessive", "Gallardo's trial and Camarena’s partner", "Gallardo/W 's/W trial/W and/W Camarena/W ’s/W partner/W"},
		{"possessive after inner apostrophe", "O'Brien's book", "O'Brien/W 's/W book/W"},
		{"clitics", "It's true: we're sure they've said I'm late, she'll know, he'd go",
			"It/W 's/W true/W :/P we/W 're/W sure/W they/W 've/W said/W I/W 'm/W late/W ,/P she/W 'll/W know/W ,/P he/W 'd/W go/W"},
		{"n't", "don't, can't, Won’t, DIDN'T", "do/W n't/W ,/P ca/W n't/W ,/P Wo/W n’t/W ,/P DID/W N'T/W"},
		{"upper-case clitic", "IT'S", "IT/W 'S/W"},
		{"plural possessive curly", "the students’ union", "the/W students/W ’/P union/W"},
		{"plural possessive straight", "the players' union", "the/W players/W '/P union/W"},
		{"numbers", "1,000 fans paid $3.5 million in the 1980s and '90s.",
			"1,000/N fans/W paid/W $/P 3.5/N million/W in/W the/W 1980s/N and/W '90s/N ./P"},
		{"curly clipped year", "the ’90s and ’69", "the/W ’90s/N and/W ’69/N"},
		{"number forms", "at 10:30 it was 2-1 on the 21st, 5% up, in 3D, £1.5m",
			"at/W 10:30/N it/W was/W 2-1/N on/W the/W 21st/N ,/P 5/N %/P up/W ,/P in/W 3D/W ,/P £/P 1.5m/N"},
		{"number then period", "in 1989. Then", "in/W 1989/N ./P Then/W"},
		{"abbreviations", "Feb. 13, Mr. Smith, U.S. officials, J. Smith, e.g. this, a Ph.D. thesis, St. Louis",
			"Feb./W 13/N ,/P Mr./W Smith/W ,/P U.S./W officials/W ,/P J./W Smith/W ,/P e.g./W this/W ,/P a/W Ph.D./W thesis/W ,/P St./W Louis/W"},
		{"No. before a number only", "No. 1 hit. No. It was not.", "No./W 1/N hit/W ./P No/W ./P It/W was/W not/W ./P"},
		{"company and state", "Acme Inc. of Sacramento, Calif., said", "Acme/W Inc./W of/W Sacramento/W ,/P Calif./W ,/P said/W"},
		{"ordinary word keeps no period", "he was ill. The end.", "he/W was/W ill/W ./P The/W end/W ./P"},
		{"acronym with hyphen", "a U.S.-based firm", "a/W U.S.-based/W firm/W"},
		{"undotted acronym", "the U.S", "the/W U./W S/W"},
		{"ampersand", "AT&T and R&B", "AT&T/W and/W R&B/W"},
		{"dashes", "that -- what — and – so--then", "that/W --/D what/W —/D and/W –/D so/W --/D then/W"},
		{"hyphen alone", "pre- and post-war", "pre/W -/P and/W post-war/W"},
		{"curly quotes", "“Yes,” he said, ‘no’", "“/OQ Yes/W ,/P ”/CQ he/W said/W ,/P ‘/OQ no/W ’/CQ"},
		{"straight double quotes", `"Yes," she said. Joaquín "El Chapo" Guzmán`,
			`"/OQ Yes/W ,/P "/CQ she/W said/W ./P Joaquín/W "/OQ El/W Chapo/W "/CQ Guzmán/W`},
		{"straight single quotes", "'Narcos: Mexico': Being 'Invisible' now",
			"'/OQ Narcos/W :/P Mexico/W '/CQ :/P Being/W '/OQ Invisible/W '/CQ now/W"},
		{"quote after bracket and dash", `("Hi") --"Yo"`, `(/P "/OQ Hi/W "/CQ )/P --/D "/OQ Yo/W "/CQ`},
		{"nested quotes", `"He said 'go.'"`, `"/OQ He/W said/W '/OQ go/W ./P '/CQ "/CQ`},
		{"quote after colon", `said:"Go"`, `said/W :/P "/OQ Go/W "/CQ`},
		{"treebank quotes", "``It was,'' he said, `yes'", "``/OQ It/W was/W ,/P ''/CQ he/W said/W ,/P `/OQ yes/W '/CQ"},
		{"closing curly apostrophe after space", "’ alone", "’/CQ alone/W"},
		{"ellipsis", "there... So… and . . .", "there/W .../P So/W …/P and/W ./P ./P ./P"},
		{"brackets", "near [the border] (Exclusive)", "near/W [/P the/W border/W ]/P (/P Exclusive/W )/P"},
		{"url", "See https://example.com/a?b=1&c=2. Then", "See/W https://example.com/a?b=1&c=2/W ./P Then/W"},
		{"url in brackets", "(see http://example.org/wiki/A_(b))", "(/P see/W http://example.org/wiki/A_(b)/W )/P"},
		{"www", "at www.example.co.uk, now", "at/W www.example.co.uk/W ,/P now/W"},
		{"bare domain", "on Netflix.com and bbc.co.uk/news.", "on/W Netflix.com/W and/W bbc.co.uk/news/W ./P"},
		{"email", "write to ana.perez@example.com.", "write/W to/W ana.perez@example.com/W ./P"},
		{"handle and hashtag", "@DiegoLuna posted #NarcosMexico and #1", "@DiegoLuna/W posted/W #NarcosMexico/W and/W #/P 1/N"},
		{"accented hashtag", "#Méxicolindo!", "#Méxicolindo/W !/P"},
		{"underscore", "snake_case", "snake/W _/P case/W"},
		{"missing space", "end.The", "end/W ./P The/W"},
		{"invalid utf-8", "a\xffb \xe2\x80", "a/W \xff/P b/W \xe2/P \x80/P"},
		{"symbols", "5 × 3 = 15 ★", "5/N ×/P 3/N =/P 15/N ★/P"},
		{"nbsp and zero-width space", "a\u00a0b\u200bc", "a/W b/W c/W"},
		{"soft hyphen", "co\u00adoperate", "co\u00adoperate/W"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(tokenList(segment(tt.in)), " ")
			if got != tt.want {
				t.Errorf("Segment(%q) tokens\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"two", "It rained. We left.", []string{"It rained.", "We left."}},
		{"question and exclamation", "Why? Because! Then 3 more.", []string{"Why?", "Because!", "Then 3 more."}},
		{"lowercase after stop", "It rained. then we left.", []string{"It rained. then we left."}},
		{"month and number", "It opens Feb. 13 on Netflix. Watch it.", []string{"It opens Feb. 13 on Netflix.", "Watch it."}},
		{"month then sentence", "It ended in Dec. Then it came back.", []string{"It ended in Dec.", "Then it came back."}},
		{"title", "Mr. Smith arrived. Dr. No was a film.", []string{"Mr. Smith arrived.", "Dr. No was a film."}},
		{"U.S. officials", "U.S. officials said no. The talks ended.", []string{"U.S. officials said no.", "The talks ended."}},
		{"U.S. Army", "He joined the U.S. Army in 1990.", []string{"He joined the U.S. Army in 1990."}},
		{"U.S. then opener", "He moved to the U.S. The move paid off.", []string{"He moved to the U.S.", "The move paid off."}},
		{"a.m. and p.m.", "It began at 9 a.m. EST on Monday. It ended at 6 p.m. The crowd left.",
			[]string{"It began at 9 a.m. EST on Monday.", "It ended at 6 p.m.", "The crowd left."}},
		{"initials", "J. R. Smith wrote it with Michael J. Fox.", []string{"J. R. Smith wrote it with Michael J. Fox."}},
		{"initial at the end", "He chose plan B. It worked.", []string{"He chose plan B.", "It worked."}},
		{"company", "Acme Inc. said it would grow. He works at Acme Inc. The firm grew.",
			[]string{"Acme Inc. said it would grow.", "He works at Acme Inc.", "The firm grew."}},
		{"e.g.", "Some cities, e.g. Rome, are old. Others, i.e. New ones, are not.",
			[]string{"Some cities, e.g. Rome, are old.", "Others, i.e. New ones, are not."}},
		{"St. and No.", "He lives in St. Louis. No. 5 is his.", []string{"He lives in St. Louis.", "No. 5 is his."}},
		{"number after stop", "It ended in 1989. 2020 was different.", []string{"It ended in 1989.", "2020 was different."}},
		{"quote ending with comma", `"I was there," he said. "So was I."`, []string{`"I was there," he said.`, `"So was I."`}},
		{"curly quote ending with comma", "“It’s fine. We’re happy,” she said.", []string{"“It’s fine.", "We’re happy,” she said."}},
		{"question in quote, lowercase", `"Why not?" she asked. "Why?" He laughed.`,
			[]string{`"Why not?" she asked.`, `"Why?"`, "He laughed."}},
		{"exclamation in quote then comma", `"Stop!", he shouted.`, []string{`"Stop!", he shouted.`}},
		{"quote spanning sentences", `"It is late. We must go. Now," she said. Then she left.`,
			[]string{`"It is late.`, "We must go.", `Now," she said.`, "Then she left."}},
		{"treebank quotes", "``It was a bomb,'' he said. ``You can see it.''", []string{"``It was a bomb,'' he said.", "``You can see it.''"}},
		{"closing mark stays", `He said: "Stop." Then he left.`, []string{`He said: "Stop."`, "Then he left."}},
		{"opening quote starts a sentence", `He left. "Good," she said.`, []string{"He left.", `"Good," she said.`}},
		{"brackets inside quotes", `"Money [buys] you silence," she said.`, []string{`"Money [buys] you silence," she said.`}},
		{"bracketed sentence", "He left. (The door closed.) She wept.", []string{"He left.", "(The door closed.)", "She wept."}},
		{"ellipsis", "We kept calling... Nobody came. I waited… and waited.",
			[]string{"We kept calling...", "Nobody came.", "I waited… and waited."}},
		{"exclamation lowercase", "Wow! that was fast.", []string{"Wow! that was fast."}},
		{"accented capital", "Ya llegó. Ángel salió.", []string{"Ya llegó.", "Ángel salió."}},
		{"single newline is space", "A line\ncontinues. Here.", []string{"A line\ncontinues.", "Here."}},
		{"paragraph break ends a sentence", "No stop here\n\nnew paragraph", []string{"No stop here", "new paragraph"}},
		{"bullets", "First point.\n- Second point.\n* Third point.", []string{"First point.", "- Second point.", "* Third point."}},
		{"bullets without stops", "Winners:\n - Best film - Vera Drake\n • Best actor - Jamie Foxx\nand - so on", []string{"Winners:", "- Best film - Vera Drake", "• Best actor - Jamie Foxx\nand - so on"}},
		{"headline", "Ruiz on Season 3 (Exclusive)\n\nIt's quiet.", []string{"Ruiz on Season 3 (Exclusive)", "It's quiet."}},
		{"empty", "", nil},
		{"blank", " \n\n \t\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceList(segment(tt.in))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || len(got) != len(tt.want) {
				t.Errorf("Segment(%q) sentences\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	in := "Title line\n\n  First one. Two.\nStill first.\n \t\nSecond.\r\n\r\nThird\n\n\n\nFourth"
	d := segment(in)
	var got []string
	for _, p := range d.Paragraphs {
		got = append(got, d.Text(p))
	}
	want := []string{"Title line", "First one. Two.\nStill first.", "Second.", "Third", "Fourth"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("paragraphs\n got %q\nwant %q", got, want)
	}
	wantPara := []int{0, 1, 1, 1, 2, 3, 4}
	if len(d.Sentences) != len(wantPara) {
		t.Fatalf("got %d sentences %q, want %d", len(d.Sentences), sentenceList(d), len(wantPara))
	}
	for i, s := range d.Sentences {
		if s.Paragraph != wantPara[i] {
			t.Errorf("sentence %d %q in paragraph %d, want %d", i, d.Text(s.Span), s.Paragraph, wantPara[i])
		}
	}
	checkInvariants(t, d)
}

// TestReplaces checks that Segment replaces earlier annotations and that
// reusing a Doc gives the same result as a fresh one.
func TestReplaces(t *testing.T) {
	d := segment("A much longer first text. It has two sentences.\n\nAnd a paragraph.")
	d.Body = "Short one."
	Segment(d)
	fresh := segment("Short one.")
	if strings.Join(tokenList(d), " ") != strings.Join(tokenList(fresh), " ") ||
		len(d.Sentences) != 1 || len(d.Paragraphs) != 1 || d.Sentences[0] != fresh.Sentences[0] {
		t.Fatalf("reused doc: tokens %q sentences %v paragraphs %v", tokenList(d), d.Sentences, d.Paragraphs)
	}
}

// TestArticle checks a longer text written for this test against its
// expected sentences, one a line.
func TestArticle(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt")
	}
	for _, f := range files {
		if strings.HasSuffix(f, ".sentences.txt") {
			continue
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			body, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			wantData, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".sentences.txt")
			if err != nil {
				t.Fatal(err)
			}
			want := strings.Split(strings.TrimRight(string(wantData), "\n"), "\n")
			d := segment(string(body))
			checkInvariants(t, d)
			got := sentenceList(d)
			for i := range got {
				got[i] = strings.ReplaceAll(got[i], "\n", " ")
			}
			n := max(len(got), len(want))
			for i := 0; i < n; i++ {
				var g, w string
				if i < len(got) {
					g = got[i]
				}
				if i < len(want) {
					w = want[i]
				}
				if g != w {
					t.Fatalf("sentence %d\n got %q\nwant %q", i, g, w)
				}
			}
		})
	}
}
