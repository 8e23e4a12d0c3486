package article

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/doc"
)

// addFiles adds the testdata files matching pattern as seeds.
func addFiles(f *testing.F, pattern string) {
	f.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "a\r\nb", "\uFEFF x \n\n\n y ", "Jose\u0301\n\u0301", "a\u00a0\n\u2028b", "“q” — d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Normalize(s)
		if again := Normalize(got); again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, got, again)
		}
		if strings.Contains(got, "\r") || strings.Contains(got, "\n\n\n") {
			t.Errorf("CR or more than one blank line left: %q", got)
		}
		if strings.TrimFunc(got, unicode.IsSpace) != got {
			t.Errorf("leading or trailing space: %q", got)
		}
		for line := range strings.SplitSeq(got, "\n") {
			if strings.TrimRightFunc(line, unicode.IsSpace) != line {
				t.Errorf("trailing space on line %q", line)
			}
		}
		if !utf8.ValidString(got) || !norm.NFC.IsNormalString(got) {
			t.Errorf("not valid NFC UTF-8: %q", got)
		}
	})
}

func FuzzReadText(f *testing.F) {
	addFiles(f, "*.txt")
	f.Add([]byte("Title: x\nPublished: Feb. 30, 2020\n\nbody"))
	f.Add([]byte("URL: u\n\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ReadText(strings.NewReader(string(b)), "fuzz", Options{MaxBytes: 1 << 20})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Path != "fuzz" {
				t.Fatalf("error %v is not an *Error for fuzz", err)
			}
			return
		}
		checkDocument(t, d)
	})
}

func FuzzReadHTML(f *testing.F) {
	addFiles(f, "*.html")
	f.Add([]byte(`<html><body><article><p>One two three four five six seven eight nine.</p><aside class="related"><a href="/x">A story here</a></aside></article></body></html>`))
	f.Add([]byte(`<!doctype html><main><p>` + strings.Repeat("word ", 60) + `</p><ul><li><a href="a">one two three</a><li><a href="b">four five six</a></ul></main>`))
	f.Add([]byte("<html><head><meta charset=\"shift_jis\"></head><body><p>\x82\xa0\x82\xa2</p></body></html>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := ReadHTML(strings.NewReader(string(b)), "fuzz", "https://example.com/a/b", Options{MaxBytes: 1 << 20})
		if err != nil {
			if errors.Is(err, errExtractorPanic) {
				t.Fatalf("extractor panicked: %v", err)
			}
			var e *Error
			if !errors.As(err, &e) || e.Path != "fuzz" {
				t.Fatalf("error %v is not an *Error for fuzz", err)
			}
			return
		}
		checkDocument(t, d)
		if !hasProse(d.Body) {
			t.Errorf("body without prose accepted: %q", d.Body)
		}
		for _, l := range d.Related {
			if l.URL == "" || l.Title == "" {
				t.Errorf("empty related link %+v", l)
			}
		}
	})
}

// checkDocument checks what every Document a reader returns must satisfy.
func checkDocument(t *testing.T, d doc.Document) {
	t.Helper()
	if d.Body == "" || d.Body != Normalize(d.Body) || !utf8.ValidString(d.Body) {
		t.Fatalf("body not normalized, empty or not UTF-8: %q", d.Body)
	}
	if d.ID != ID(d.Body) {
		t.Errorf("ID %q is not ID(Body)", d.ID)
	}
	if strings.ContainsAny(d.Title, "\r\n") {
		t.Errorf("title holds a line break: %q", d.Title)
	}
}
