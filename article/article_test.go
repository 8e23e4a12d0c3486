package article

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/doc"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"only blank lines", "\n \n\t\n", ""},
		{"crlf", "a\r\nb\r\n\r\nc\r\n", "a b\n\nc"},
		{"cr", "a\rb\r\rc", "a b\n\nc"},
		{"bom", "\uFEFFHello", "Hello"},
		{"bom after space", " \uFEFF\n\uFEFFa\uFEFFb", "ab"},
		{"invalid utf-8 around a bom", "\xef\xbb\uFEFF\xbf", "\uFFFD\uFFFD"},
		{"join lines", "one\ntwo\nthree", "one two three"},
		{"trailing spaces", "one  \ntwo\t\n\nthree   ", "one two\n\nthree"},
		{"many blank lines", "\n\n\na\n\n\n\n\nb\n\n\n", "a\n\nb"},
		{"blank line of spaces", "a\n   \nb", "a\n\nb"},
		{"leading indent", "  a\n   b", "a b"},
		{"nfc", "Jose\u0301 A\u0301ngel", "José Ángel"},
		{"keeps quotes and dashes", "“Yes” — she said… ‘no’ – maybe", "“Yes” — she said… ‘no’ – maybe"},
		{"inner spaces kept", "a  b\tc", "a  b\tc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Normalize(tt.in)
			if got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Normalize(got); again != got {
				t.Errorf("Normalize is not idempotent: %q then %q", got, again)
			}
		})
	}
}

func TestID(t *testing.T) {
	a := ID("Café opens\r\n\r\nIt opened.")
	b := ID("Cafe\u0301 opens  \n\n\n\nIt opened.\n")
	if a != b {
		t.Errorf("IDs of bodies equal after Normalize differ: %s, %s", a, b)
	}
	if len(a) != 16 || strings.Trim(a, "0123456789abcdef") != "" {
		t.Errorf("ID = %q, want 16 hex digits", a)
	}
	// kg.ID style: the first 16 hex digits of SHA-256 (of "abc" here).
	if got := ID("abc\n"); got != "ba7816bf8f01cfea" {
		t.Errorf(`ID("abc\n") = %s, want ba7816bf8f01cfea`, got)
	}
	if c := ID("Café opens\n\nIt closed."); c == a {
		t.Errorf("different bodies share ID %s", a)
	}
}

func TestParseDate(t *testing.T) {
	day := time.Date(2020, time.February, 10, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2020-02-10T08:30:00Z", time.Date(2020, 2, 10, 8, 30, 0, 0, time.UTC), true},
		{"2020-02-10", day, true},
		{"February 10, 2020", day, true},
		{"Feb. 10, 2020", day, true},
		{"Feb 10 2020", day, true},
		{"10 February 2020", day, true},
		{"10th Feb. 2020", day, true},
		{"Monday, February 10, 2020", day, true},
		{"Sept. 3, 2019", time.Date(2019, 9, 3, 0, 0, 0, 0, time.UTC), true},
		{"Mon, 10 Feb 2020 00:00:00 GMT", day, true},
		{"February 30, 2020", time.Time{}, false},
		{"yesterday", time.Time{}, false},
		{"10 Smarch 2020", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if (err == nil) != tt.ok {
			t.Errorf("ParseDate(%q) error = %v, want ok=%v", tt.in, err, tt.ok)
			continue
		}
		if tt.ok && !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestReadFileText(t *testing.T) {
	tests := []struct {
		file      string
		title     string
		url       string
		byline    string
		site      string
		published time.Time
		bodyStart string
		bodyEnd   string
		paras     int
	}{
		{
			file:      "header.txt",
			title:     "Night ferry service to resume after two-year pause",
			url:       "https://ledger.example.com/news/night-ferry-returns",
			byline:    "Daniel Achterberg",
			site:      "The Coastal Ledger",
			published: time.Date(2020, 2, 10, 0, 0, 0, 0, time.UTC),
			bodyStart: "The overnight ferry between Harwick and Ostend will run again from April, the operator",
			bodyEnd:   "three nights a week at first.",
			paras:     3,
		},
		{
			file:      "title.txt",
			title:     "Council approves new harbour wall",
			bodyStart: "The town council voted on Tuesday",
			bodyEnd:   "was “long overdue”.",
			paras:     3,
		},
		{
			file:      "notitle.txt",
			bodyStart: "The museum reopened on Saturday",
			bodyEnd:   "on the first day.",
			paras:     2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			d, err := ReadFile(path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title || d.URL != tt.url || d.Byline != tt.byline || d.Site != tt.site {
				t.Errorf("got title %q url %q byline %q site %q, want %q %q %q %q",
					d.Title, d.URL, d.Byline, d.Site, tt.title, tt.url, tt.byline, tt.site)
			}
			if !d.Published.Equal(tt.published) {
				t.Errorf("Published = %v, want %v", d.Published, tt.published)
			}
			if !strings.HasPrefix(d.Body, tt.bodyStart) || !strings.HasSuffix(d.Body, tt.bodyEnd) {
				t.Errorf("Body = %q, want it to start with %q and end with %q", d.Body, tt.bodyStart, tt.bodyEnd)
			}
			if n := len(strings.Split(d.Body, "\n\n")); n != tt.paras {
				t.Errorf("Body has %d paragraphs, want %d: %q", n, tt.paras, d.Body)
			}
			if tt.title != "" && strings.Contains(d.Body, tt.title) {
				t.Errorf("title left in Body: %q", d.Body)
			}
			if d.Source != path || d.ID != ID(d.Body) || d.Body != Normalize(d.Body) {
				t.Errorf("Source %q ID %q: want %q and ID(Body) %q over a normalized body", d.Source, d.ID, path, ID(d.Body))
			}
		})
	}
}

func TestReadTextHeaderEdgeCases(t *testing.T) {
	tests := []struct {
		name, in    string
		title, body string
		published   time.Time
		wantErr     bool
		override    time.Time
	}{
		{name: "header without blank line is body",
			in: "Title: Only a header", body: "Title: Only a header"},
		{name: "unknown first key is not a header",
			in: "Warning: roads are closed\n\nThe snow came early.", title: "Warning: roads are closed", body: "The snow came early."},
		{name: "unknown key inside header ignored",
			in: "Title: Snow\nSection: Weather\n\nThe snow came early.", title: "Snow", body: "The snow came early."},
		{name: "date long form",
			in: "Published: 10 February 2020\n\nBody text here.", body: "Body text here.", published: time.Date(2020, 2, 10, 0, 0, 0, 0, time.UTC)},
		{name: "bad date",
			in: "Published: soon\n\nBody text here.", wantErr: true},
		{name: "bad date overridden",
			in: "Published: soon\n\nBody text here.", body: "Body text here.", override: time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)},
		{name: "header only",
			in: "Title: Nothing else\n\n\n", wantErr: true},
		{name: "ellipsis title",
			in: "Rivals close in on the leader...\n\nThe race tightened.", title: "Rivals close in on the leader...", body: "The race tightened."},
		{name: "sentence first line is body",
			in: "The snow came early this year.\n\nRoads were closed.", body: "The snow came early this year.\n\nRoads were closed."},
		{name: "title without body stays body",
			in: "Snow closes roads\n\n", body: "Snow closes roads"},
		{name: "long first line is body",
			in: strings.Repeat("word ", 40) + "\n\nmore", body: strings.TrimSpace(strings.Repeat("word ", 40)) + "\n\nmore"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadText(strings.NewReader(tt.in), "x.txt", Options{Published: tt.override})
			if tt.wantErr {
				if err == nil {
					t.Fatalf("no error, got %+v", d)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title || d.Body != tt.body {
				t.Errorf("title %q body %q, want %q %q", d.Title, d.Body, tt.title, tt.body)
			}
			want := tt.published
			if !tt.override.IsZero() {
				want = tt.override
			}
			if !d.Published.Equal(want) {
				t.Errorf("Published = %v, want %v", d.Published, want)
			}
		})
	}
}

func TestSameArticleOneID(t *testing.T) {
	a, err := ReadFile("testdata/title.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := ReadFile("testdata/title-lf.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != b.ID || a.Body != b.Body {
		t.Errorf("CRLF and LF copies differ: %s %q vs %s %q", a.ID, a.Body, b.ID, b.Body)
	}
	h1, err := ReadFile("testdata/news-page.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/news-page.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h2, err := ReadHTML(f, "elsewhere", "https://mirror.example.org/copy", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if h1.ID != h2.ID {
		t.Errorf("one page read twice has IDs %s and %s", h1.ID, h2.ID)
	}
}

func TestReadHTMLNewsPage(t *testing.T) {
	d, err := ReadFile("testdata/news-page.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := doc.Document{
		Title:  "Harbour Line returns for a second season on Streamly",
		Byline: "Marta Oyelaran",
		Site:   "The Coastal Ledger",
		URL:    "https://ledger.example.com/culture/harbour-line-season-two",
	}
	if d.Title != want.Title || d.Byline != want.Byline || d.Site != want.Site || d.URL != want.URL {
		t.Errorf("metadata: title %q byline %q site %q url %q", d.Title, d.Byline, d.Site, d.URL)
	}
	if !d.Published.Equal(time.Date(2021, 3, 4, 9, 30, 0, 0, time.UTC)) {
		t.Errorf("Published = %v, want 2021-03-04 09:30 UTC", d.Published)
	}
	if !strings.HasPrefix(d.Body, "The smuggling drama Harbour Line will come back") {
		t.Errorf("Body starts %q", firstLine(d.Body))
	}
	if !strings.HasSuffix(d.Body, "watched in more than forty countries.") {
		t.Errorf("Body ends %q", d.Body[max(0, len(d.Body)-80):])
	}
	if n := len(strings.Split(d.Body, "\n\n")); n != 5 {
		t.Errorf("Body has %d paragraphs, want 5:\n%s", n, d.Body)
	}
	for _, junk := range []string{
		"Related stories", "Ines Carvalho on playing", "Streamly raises", "More from Culture",
		"Lisbon film festival", "Weather", "cookies", "All rights reserved", "Terms of use",
		"Share", "Culture correspondent", "Marta Oyelaran",
	} {
		if strings.Contains(d.Body, junk) {
			t.Errorf("Body holds %q:\n%s", junk, d.Body)
		}
	}
	wantRelated := []doc.Link{
		{URL: "https://ledger.example.com/culture/carvalho-interview", Title: "Ines Carvalho on playing a customs officer"},
		{URL: "https://ledger.example.com/culture/streamly-price-rise", Title: "Streamly raises its prices again"},
		{URL: "https://ledger.example.com/culture/rotterdam-port-dramas", Title: "Why the port of Rotterdam keeps turning up on screen"},
		{URL: "https://ledger.example.com/culture/lisbon-film-festival", Title: "Lisbon film festival names its jury"},
		{URL: "https://ledger.example.com/culture/night-shoots", Title: "The hidden cost of filming at night"},
	}
	if !equalLinks(d.Related, wantRelated) {
		t.Errorf("Related = %+v\nwant %+v", d.Related, wantRelated)
	}
	for _, l := range d.Related {
		if strings.Contains(d.Body, l.Title) {
			t.Errorf("related link %q is in Body", l.Title)
		}
	}
}

func TestReadHTMLInterviewPage(t *testing.T) {
	d, err := ReadFile("testdata/interview-page.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "‘I wanted him to be frightening and ordinary’: Rafael Ortuño on playing a cartel accountant" ||
		d.Byline != "Hannah Kessler" || d.Site != "Screen Weekly" ||
		d.URL != "https://www.screenweekly.example/tv/2020/feb/10/rafael-ortuno-border-ledger-interview" {
		t.Errorf("metadata: title %q byline %q site %q url %q", d.Title, d.Byline, d.Site, d.URL)
	}
	if !d.Published.Equal(time.Date(2020, 2, 10, 6, 0, 0, 0, time.UTC)) {
		t.Errorf("Published = %v, want 2020-02-10 06:00 UTC (JSON-LD)", d.Published)
	}
	paras := strings.Split(d.Body, "\n\n")
	if len(paras) != 8 || paras[0] != "Rafael Ortuño has spent two years pretending to count other people’s money. "+
		"In Border Ledger, the Streamly drama about the cartels of the 1980s, he plays Ignacio Vela, the quiet accountant "+
		"who keeps the books for a trafficking network that stretches from Sinaloa to Los Angeles." ||
		paras[7] != "Border Ledger season two is on Streamly from 13 February." {
		t.Errorf("Body has %d paragraphs:\n%s", len(paras), d.Body)
	}
	if !strings.Contains(d.Body, "\n\nA different kind of villain\n\n") {
		t.Errorf("subheading missing from Body")
	}
	for _, junk := range []string{
		"Skip to main content", "Television", "Advertisement", "Facebook", "Photograph", "Read more",
		"slow-burning", "Sign up", "Watchlist", "Drama", "You might also like", "showrunner", "tvfan88",
		"brilliant", "Most viewed", "Oscars", "Privacy policy", "All rights reserved", "dataLayer",
	} {
		if strings.Contains(d.Body, junk) {
			t.Errorf("Body holds %q", junk)
		}
	}
	want := []doc.Link{
		{URL: "https://www.screenweekly.example/tv/2019/nov/02/border-ledger-review", Title: "Border Ledger review – a slow-burning crime saga"},
		{URL: "https://www.screenweekly.example/tv/2020/jan/28/lucia-benavides-profile", Title: "Lucía Benavides: the showrunner who made crime boring – on purpose"},
		{URL: "https://www.screenweekly.example/tv/2020/feb/07/best-streaming-dramas-february", Title: "The best streaming dramas to watch this February"},
	}
	if !equalLinks(d.Related, want) {
		t.Errorf("Related = %+v\nwant %+v", d.Related, want)
	}
}

func TestReadHTMLTrailingList(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Snow closes the coast road</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Snow closes the coast road</h1>
<p>Heavy snow closed the coast road between Harwick and Marlow on Sunday night, stranding dozens of drivers for several hours in the cold.</p>
<p>Police said the road would stay shut until ploughs could clear the drifts, which reached a metre in places near the cliffs.</p>
<p>A shelter was opened in the school hall at Marlow, where volunteers served soup and tea until the last drivers left before dawn.</p>
<h3>More on this story</h3>
<ul>
<li><a href="/news/winter-warning">Forecasters warn of a long, hard winter</a></li>
<li><a href="/news/plough-shortage">Council admits it has too few snow ploughs</a></li>
</ul>
</article>
<footer><ul><li><a href="/about">About</a></li><li><a href="/jobs">Jobs</a></li></ul></footer>
</body></html>`
	d, err := ReadHTML(strings.NewReader(page), "snow.html", "https://news.example.net/news/snow-road", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []doc.Link{
		{URL: "https://news.example.net/news/winter-warning", Title: "Forecasters warn of a long, hard winter"},
		{URL: "https://news.example.net/news/plough-shortage", Title: "Council admits it has too few snow ploughs"},
	}
	if !equalLinks(d.Related, want) {
		t.Errorf("Related = %+v, want %+v", d.Related, want)
	}
	for _, junk := range []string{"More on this story", "Forecasters warn", "snow ploughs", "About"} {
		if strings.Contains(d.Body, junk) {
			t.Errorf("Body holds %q:\n%s", junk, d.Body)
		}
	}
	if n := len(strings.Split(d.Body, "\n\n")); n != 3 {
		t.Errorf("Body has %d paragraphs, want 3:\n%s", n, d.Body)
	}
	if d.URL != "https://news.example.net/news/snow-road" {
		t.Errorf("URL = %q, want the page URL", d.URL)
	}
}

func TestReadHTMLCharset(t *testing.T) {
	page := []byte("<!DOCTYPE html><html><head><meta charset=\"windows-1252\"><title>Caf\xe9 closes</title></head><body><article>" +
		"<p>The caf\xe9 on the corner of Marlow Street closed on Friday after forty years, its owner said, blaming the rent and the roadworks outside.</p>" +
		"<p>Regulars left flowers and notes on the door, and one of them said the \x93best coffee in town\x94 had gone for good.</p>" +
		"</article></body></html>")
	d, err := ReadHTML(bytes.NewReader(page), "cafe.html", "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(d.Body, "The café on the corner") || !strings.Contains(d.Body, "“best coffee in town”") {
		t.Errorf("windows-1252 not decoded: %q", d.Body)
	}
}

func TestReadHTMLDeepNesting(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div>", 5000) + "<p>" + strings.Repeat("deep text here ", 20) + "</p></body></html>"
	_, err := ReadHTML(strings.NewReader(page), "deep.html", "", Options{})
	// golang.org/x/net/html refuses more than 512 open elements.
	if err == nil || !strings.HasPrefix(err.Error(), "deep.html: parse html: ") {
		t.Errorf("err = %v, want a parse error", err)
	}
	ok := "<html><body>" + strings.Repeat("<div>", 50) + "<p>" + strings.Repeat("fairly deep text here ", 20) + "</p></body></html>"
	if _, err := ReadHTML(strings.NewReader(ok), "ok.html", "", Options{}); err != nil {
		t.Errorf("50 levels: %v", err)
	}
}

func TestPublishedOverride(t *testing.T) {
	when := time.Date(2022, 5, 6, 0, 0, 0, 0, time.UTC)
	for _, path := range []string{"testdata/header.txt", "testdata/news-page.html"} {
		d, err := ReadFile(path, Options{Published: when})
		if err != nil {
			t.Fatal(err)
		}
		if !d.Published.Equal(when) {
			t.Errorf("%s: Published = %v, want the override %v", path, d.Published, when)
		}
	}
}

func TestBadInput(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil { // a sparse 50 MB file: its size is what counts
		t.Fatal(err)
	}
	f.Close()
	tests := []struct {
		path   string
		target error
		msg    string
	}{
		{"testdata/empty.txt", ErrEmpty, "testdata/empty.txt: empty"},
		{"testdata/blank.txt", ErrEmpty, "testdata/blank.txt: empty"},
		{"testdata/binary.txt", ErrBinary, "testdata/binary.txt: binary file, not text"},
		{"testdata/latin1.txt", ErrInvalidUTF8, "testdata/latin1.txt: invalid UTF-8 at byte offset 7"},
		{"testdata/no-article.html", ErrNoText, "testdata/no-article.html: no article text found"},
		{big, ErrTooLarge, big + ": too large: 50.0 MB, limit 16.0 MB"},
		{"testdata/feed.rss", nil, "testdata/feed.rss: holds many articles (RSS or Atom feed): read it with Read"},
		{"testdata/missing.txt", os.ErrNotExist, "testdata/missing.txt: open testdata/missing.txt: no such file or directory"},
		{"testdata", nil, "testdata: is a directory"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			_, err := ReadFile(tt.path, Options{})
			if err == nil {
				t.Fatal("no error")
			}
			var e *Error
			if !errors.As(err, &e) || e.Path != tt.path {
				t.Errorf("error %v is not an *Error for %s", err, tt.path)
			}
			if tt.target != nil && !errors.Is(err, tt.target) {
				t.Errorf("error %v does not wrap %v", err, tt.target)
			}
			if !strings.HasPrefix(err.Error(), tt.msg) {
				t.Errorf("error %q, want it to start with %q", err, tt.msg)
			}
		})
	}
}

func TestReadTextLimit(t *testing.T) {
	in := strings.Repeat("a", 101)
	_, err := ReadText(strings.NewReader(in), "stdin", Options{MaxBytes: 100})
	if !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), "stdin: too large") {
		t.Errorf("err = %v, want too large", err)
	}
	if _, err := ReadText(strings.NewReader(in[:100]), "stdin", Options{MaxBytes: 100}); err != nil {
		t.Errorf("100 bytes with limit 100: %v", err)
	}
	_, err = ReadText(strings.NewReader("ok\n\xff\xfe tail"), "s", Options{})
	if err == nil || err.Error() != "s: invalid UTF-8 at byte offset 3" {
		t.Errorf("err = %v, want invalid UTF-8 at byte offset 3", err)
	}
	_, err = ReadText(strings.NewReader("\x01\x02\x03\x04\x05\x06 ab\x07\x08"), "s", Options{})
	if !errors.Is(err, ErrBinary) {
		t.Errorf("control bytes: err = %v, want binary", err)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want kind
	}{
		{"<!DOCTYPE html><html>", kindHTML},
		{"\uFEFF\n  <!doctype HTML>", kindHTML},
		{"<HTML lang=en>", kindHTML},
		{"<?xml version=\"1.0\"?>\n<!-- hi -->\n<rss version=\"2.0\">", kindFeed},
		{"<feed xmlns=\"http://www.w3.org/2005/Atom\">", kindFeed},
		{"WARC/1.1\r\n", kindWARC},
		{"\x1f\x8b\x08", kindWARC},
		{"Plain text about <html> tags.", kindText},
		{"<?xml version=\"1.0\"?><note>", kindText},
		{"<?xml unterminated", kindText},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("sniff(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func equalLinks(a, b []doc.Link) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func BenchmarkReadHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/interview-page.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := ReadHTML(bytes.NewReader(page), "p", "", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadText(b *testing.B) {
	text, err := os.ReadFile("testdata/header.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := ReadText(bytes.NewReader(text), "t", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
