package article

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	warc "github.com/internetarchive/gowarc"

	"github.com/newsgraph/newsgraph/doc"
)

// result is what Read passed to fn once.
type result struct {
	d   doc.Document
	err error
}

func readAll(t *testing.T, paths []string, opt Options) []result {
	t.Helper()
	var out []result
	err := Read(paths, opt, func(d doc.Document, err error) error {
		out = append(out, result{d, err})
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return out
}

func TestReadFeeds(t *testing.T) {
	tests := []struct {
		path      string
		sources   []string
		titles    []string
		urls      []string
		published []time.Time
		bylines   []string
		site      string
		bodies    []string
	}{
		{
			path:    "testdata/feed.rss",
			sources: []string{"testdata/feed.rss#item-1", "testdata/feed.rss#item-2"},
			titles:  []string{"Harbour Line returns for a second season", "Lisbon film festival names its jury"},
			urls: []string{"https://ledger.example.com/culture/harbour-line-season-two",
				"https://ledger.example.com/culture/lisbon-jury"},
			published: []time.Time{time.Date(2021, 3, 4, 9, 30, 0, 0, time.UTC), time.Date(2021, 3, 5, 12, 0, 0, 0, time.UTC)},
			bylines:   []string{"Marta Oyelaran", ""},
			site:      "The Coastal Ledger: Culture",
			bodies: []string{
				"The smuggling drama Harbour Line will come back for a second season on Streamly on 12 February, its producers said.\n\n" +
					"Ines Carvalho, who plays the customs officer Lena Brandt, said the new episodes leave Rotterdam for the mountain roads of northern Portugal.",
				"The Lisbon film festival has named a jury of five, led by the director Tomasz Wielgosz, for its spring edition.",
			},
		},
		{
			path:      "testdata/feed.atom",
			sources:   []string{"testdata/feed.atom#item-1"},
			titles:    []string{"A week on the night ferry"},
			urls:      []string{"https://ledger.example.com/weekend/night-ferry-diary"},
			published: []time.Time{time.Date(2021, 3, 6, 7, 45, 0, 0, time.UTC)},
			bylines:   []string{"Daniel Achterberg"},
			site:      "Ledger Weekend",
			bodies: []string{
				"For seven nights I slept in a cabin the size of a wardrobe while the ferry crossed the North Sea.\n\n" +
					"The crew, most of whom have worked the route for a decade, said the quiet crossings are the ones they remember least.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			got := readAll(t, []string{tt.path}, Options{})
			if len(got) != len(tt.sources) {
				t.Fatalf("got %d results, want %d: %+v", len(got), len(tt.sources), got)
			}
			for i, r := range got {
				if r.err != nil {
					t.Errorf("item %d: %v", i+1, r.err)
					continue
				}
				d := r.d
				if d.Source != tt.sources[i] || d.Title != tt.titles[i] || d.URL != tt.urls[i] ||
					d.Byline != tt.bylines[i] || d.Site != tt.site {
					t.Errorf("item %d: source %q title %q url %q byline %q site %q", i+1, d.Source, d.Title, d.URL, d.Byline, d.Site)
				}
				if !d.Published.Equal(tt.published[i]) {
					t.Errorf("item %d: Published = %v, want %v", i+1, d.Published, tt.published[i])
				}
				if d.Body != tt.bodies[i] {
					t.Errorf("item %d: Body = %q\nwant %q", i+1, d.Body, tt.bodies[i])
				}
				if d.ID != ID(d.Body) {
					t.Errorf("item %d: ID %q is not ID(Body)", i+1, d.ID)
				}
			}
		})
	}
}

// httpResponse builds an HTTP response as a WARC response record holds it.
func httpResponse(contentType, encoding string, body []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 200 OK\r\nContent-Type: %s\r\n", contentType)
	if encoding != "" {
		fmt.Fprintf(&b, "Content-Encoding: %s\r\n", encoding)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(body))
	b.Write(body)
	return b.Bytes()
}

type warcRec struct {
	typ, uri string
	payload  []byte
}

// writeWARC writes records to a new WARC file with gowarc, each record its
// own gzip member when compress is set.
func writeWARC(t *testing.T, path string, compress bool, recs []warcRec) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, r := range recs {
		compression := ""
		if compress {
			compression = "gzip"
		}
		w, err := warc.NewWriter(f, filepath.Base(path), warc.SHA1, compression, "", true, nil)
		if err != nil {
			t.Fatal(err)
		}
		rec := warc.NewRecord(t.TempDir(), false)
		rec.Header.Set("WARC-Type", r.typ)
		rec.Header.Set("WARC-Target-URI", r.uri)
		switch r.typ {
		case "response":
			rec.Header.Set("Content-Type", "application/http; msgtype=response")
		default:
			rec.Header.Set("Content-Type", "application/warc-fields")
		}
		if _, err := rec.Content.Write(r.payload); err != nil {
			t.Fatal(err)
		}
		if _, err := w.WriteRecord(rec); err != nil {
			t.Fatal(err)
		}
		if err := w.FileWriter.Flush(); err != nil {
			t.Fatal(err)
		}
		if err := w.CloseCompressedWriter(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReadWARC(t *testing.T) {
	page, err := os.ReadFile("testdata/news-page.html")
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(page)
	zw.Close()
	fromFile, err := ReadFile("testdata/news-page.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	recs := []warcRec{
		{typ: "warcinfo", payload: []byte("software: newsgraph test\r\n")},
		{typ: "request", uri: "https://ledger.example.com/culture/harbour-line-season-two",
			payload: []byte("GET /culture/harbour-line-season-two HTTP/1.1\r\nHost: ledger.example.com\r\n\r\n")},
		{typ: "response", uri: "https://ledger.example.com/culture/harbour-line-season-two",
			payload: httpResponse("text/html; charset=utf-8", "", page)},
		{typ: "response", uri: "https://ledger.example.com/logo.png",
			payload: httpResponse("image/png", "", []byte("\x89PNG\r\n\x1a\n\x00\x00"))},
		{typ: "response", uri: "https://ledger.example.com/amp/harbour-line",
			payload: httpResponse("text/html", "gzip", gz.Bytes())},
		{typ: "response", uri: "https://ledger.example.com/sitemap",
			payload: httpResponse("text/html", "", []byte("<html><body><nav><a href=/>Home</a></nav></body></html>"))},
	}
	for _, compress := range []bool{false, true} {
		name := "crawl.warc"
		if compress {
			name += ".gz"
		}
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			writeWARC(t, path, compress, recs)
			got := readAll(t, []string{path}, Options{})
			if len(got) != 3 {
				t.Fatalf("got %d results, want 3 (two pages, one error): %+v", len(got), got)
			}
			for i, want := range []struct {
				source, url string
			}{
				{path + "#record-3", "https://ledger.example.com/culture/harbour-line-season-two"},
				{path + "#record-5", "https://ledger.example.com/amp/harbour-line"},
			} {
				r := got[i]
				if r.err != nil {
					t.Fatalf("record %s: %v", want.source, r.err)
				}
				if r.d.Source != want.source || r.d.URL != want.url {
					t.Errorf("source %q url %q, want %q %q", r.d.Source, r.d.URL, want.source, want.url)
				}
				if r.d.ID != fromFile.ID || r.d.Title != fromFile.Title || len(r.d.Related) != len(fromFile.Related) {
					t.Errorf("record %s differs from the file: ID %s vs %s, title %q, %d related",
						want.source, r.d.ID, fromFile.ID, r.d.Title, len(r.d.Related))
				}
			}
			var e *Error
			if err := got[2].err; !errors.As(err, &e) || e.Path != path+"#record-6" || !errors.Is(err, ErrNoText) {
				t.Errorf("record 6: err = %v, want no article text for %s#record-6", err, path)
			}
		})
	}
}

func TestReadWARCBroken(t *testing.T) {
	dir := t.TempDir()
	trunc := filepath.Join(dir, "cut.warc")
	if err := os.WriteFile(trunc, []byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	noLen := filepath.Join(dir, "nolen.warc")
	if err := os.WriteFile(noLen, []byte("WARC/1.1\r\nWARC-Type: response\r\n\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{trunc, noLen} {
		got := readAll(t, []string{path}, Options{})
		var e *Error
		if len(got) != 1 || !errors.As(got[0].err, &e) || e.Path != path+"#record-1" {
			t.Errorf("%s: got %d results (first error %v), want one error for record 1", path, len(got), got[0].err)
		}
	}
}

func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	copyFile := func(from, to string) {
		t.Helper()
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(to, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	copyFile("testdata/title.txt", filepath.Join(dir, "b", "wall.txt"))
	copyFile("testdata/header.txt", filepath.Join(dir, "a.txt"))
	copyFile("testdata/news-page.html", filepath.Join(dir, "b", "page")) // no extension: sniffed
	copyFile("testdata/feed.atom", filepath.Join(dir, "c", "weekend.xml"))
	copyFile("testdata/empty.txt", filepath.Join(dir, "c", "empty.txt"))
	copyFile("testdata/header.txt", filepath.Join(dir, ".hidden.txt"))
	copyFile("testdata/header.txt", filepath.Join(dir, ".git", "x.txt"))
	copyFile("testdata/binary.txt", filepath.Join(dir, "pic.png"))
	copyFile("testdata/binary.txt", filepath.Join(dir, "b", "old.tar.gz"))

	if err := os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "d-link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "b"), filepath.Join(dir, "e-dirlink")); err != nil {
		t.Fatal(err)
	}

	got := readAll(t, []string{dir}, Options{})
	want := []struct {
		source string
		title  string
		errIs  error
	}{
		{filepath.Join(dir, "a.txt"), "Night ferry service to resume after two-year pause", nil},
		{filepath.Join(dir, "b", "page"), "Harbour Line returns for a second season on Streamly", nil},
		{filepath.Join(dir, "b", "wall.txt"), "Council approves new harbour wall", nil},
		{filepath.Join(dir, "c", "empty.txt"), "", ErrEmpty},
		{filepath.Join(dir, "c", "weekend.xml") + "#item-1", "A week on the night ferry", nil},
		{filepath.Join(dir, "d-link.txt"), "Night ferry service to resume after two-year pause", nil},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d results, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		r := got[i]
		if w.errIs != nil {
			var e *Error
			if !errors.Is(r.err, w.errIs) || !errors.As(r.err, &e) || e.Path != w.source {
				t.Errorf("result %d: err %v, want %v for %s", i, r.err, w.errIs, w.source)
			}
			continue
		}
		if r.err != nil {
			t.Errorf("result %d: %v", i, r.err)
			continue
		}
		if r.d.Source != w.source || r.d.Title != w.title {
			t.Errorf("result %d: source %q title %q, want %q %q", i, r.d.Source, r.d.Title, w.source, w.title)
		}
	}
}

func TestReadStopsWhenFnFails(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := Read([]string{"testdata/empty.txt", "testdata/header.txt", "testdata/title.txt"}, Options{},
		func(d doc.Document, err error) error {
			calls++
			if err == nil {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) || calls != 2 {
		t.Errorf("Read returned %v after %d calls, want stop after 2", err, calls)
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		file, title string
		n           int
		errIs       error
		maxBytes    int64
	}{
		{file: "testdata/title.txt", title: "Council approves new harbour wall", n: 1},
		{file: "testdata/news-page.html", title: "Harbour Line returns for a second season on Streamly", n: 1},
		{file: "testdata/feed.rss", title: "Harbour Line returns for a second season", n: 2},
		{file: "testdata/title.txt", n: 1, errIs: ErrTooLarge, maxBytes: 100},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := os.Open(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			old := os.Stdin
			os.Stdin = f
			defer func() { os.Stdin = old }()
			got := readAll(t, []string{"-"}, Options{MaxBytes: tt.maxBytes})
			if len(got) != tt.n {
				t.Fatalf("got %d results, want %d", len(got), tt.n)
			}
			if tt.errIs != nil {
				if !errors.Is(got[0].err, tt.errIs) || !strings.HasPrefix(got[0].err.Error(), "stdin: ") {
					t.Errorf("err = %v, want %v for stdin", got[0].err, tt.errIs)
				}
				return
			}
			if got[0].err != nil {
				t.Fatal(got[0].err)
			}
			if got[0].d.Title != tt.title || !strings.HasPrefix(got[0].d.Source, "stdin") {
				t.Errorf("title %q source %q", got[0].d.Title, got[0].d.Source)
			}
		})
	}
}

func TestReadMissingPath(t *testing.T) {
	got := readAll(t, []string{"testdata/nope", "testdata/title.txt"}, Options{})
	var e *Error
	if len(got) != 2 || !errors.As(got[0].err, &e) || e.Path != "testdata/nope" || got[1].err != nil {
		t.Errorf("got %+v, want an error for testdata/nope then a document", got)
	}
}

func TestDecodeBody(t *testing.T) {
	const text = "<p>Encoded body text.</p>"
	var gz, zl, raw, br bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(text))
	zw.Close()
	lw := zlib.NewWriter(&zl)
	lw.Write([]byte(text))
	lw.Close()
	fw, _ := flate.NewWriter(&raw, flate.DefaultCompression)
	fw.Write([]byte(text))
	fw.Close()
	bw := brotli.NewWriter(&br)
	bw.Write([]byte(text))
	bw.Close()
	tests := []struct {
		encoding string
		in       []byte
		wantErr  bool
	}{
		{"", []byte(text), false},
		{"identity", []byte(text), false},
		{"gzip", gz.Bytes(), false},
		{"deflate", zl.Bytes(), false},
		{"deflate", raw.Bytes(), false},
		{"br", br.Bytes(), false},
		{"gzip", []byte(text), true},
		{"compress", []byte(text), true},
	}
	for _, tt := range tests {
		r, err := decodeBody(bytes.NewReader(tt.in), tt.encoding)
		var got []byte
		if err == nil {
			got, err = io.ReadAll(r)
		}
		if (err != nil) != tt.wantErr {
			t.Errorf("%q: err = %v, want error %v", tt.encoding, err, tt.wantErr)
			continue
		}
		if !tt.wantErr && string(got) != text {
			t.Errorf("%q: got %q", tt.encoding, got)
		}
	}
}

func TestReadBadFeeds(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		path   string
		source string
		errIs  error
		msg    string
	}{
		{write("notes.xml", `<?xml version="1.0"?><notes><note>hi</note></notes>`), "notes.xml", nil, "parse feed"},
		{write("none.rss", `<rss version="2.0"><channel><title>T</title></channel></rss>`), "none.rss", ErrEmpty, "feed has no items"},
		{write("bare.rss", `<rss version="2.0"><channel><title>T</title><item><title>Only a title</title></item></channel></rss>`),
			"bare.rss#item-1", ErrNoText, "item has no content"},
		{write("short.rss", `<rss version="2.0"><channel><title>T</title><item><title>X</title><description>Click here</description></item></channel></rss>`),
			"short.rss#item-1", ErrNoText, "no article text found"},
		{write("cut.atom", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A`), "cut.atom", nil, "parse feed"},
	}
	for _, tt := range tests {
		got := readAll(t, []string{tt.path}, Options{})
		if len(got) != 1 {
			t.Errorf("%s: %d results, want 1", tt.path, len(got))
			continue
		}
		var e *Error
		err := got[0].err
		if !errors.As(err, &e) || e.Path != filepath.Join(dir, tt.source) ||
			(tt.errIs != nil && !errors.Is(err, tt.errIs)) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: err = %v, want %q for %s", tt.path, err, tt.msg, tt.source)
		}
	}
}

func TestReadFileKind(t *testing.T) {
	dir := t.TempDir()
	para := "<p>The lighthouse keeper retired on Friday after thirty years of climbing the same stairs.</p>"
	tests := []struct {
		name, content string
		html          bool
	}{
		{"page.txt", "\uFEFF \n<!DOCTYPE html><html><body>" + para + "</body></html>", true},
		{"frag.html", "<div>" + para + "</div>", true},
		{"frag.HTM", "<div>" + para + "</div>", true},
		{"upper.txt", "<HTML><body>" + para + "</body></HTML>", true},
		{"note.txt", "Tags like <p> appear in this note about markup, which is plain text.", false},
	}
	for _, tt := range tests {
		p := filepath.Join(dir, tt.name)
		if err := os.WriteFile(p, []byte(tt.content), 0o644); err != nil {
			t.Fatal(err)
		}
		d, err := ReadFile(p, Options{})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if isHTML := !strings.Contains(d.Body, "<"); isHTML != tt.html {
			t.Errorf("%s: read as HTML %v, want %v; body %q", tt.name, isHTML, tt.html, d.Body)
		}
	}
}
