package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/doc"
)

// kind is what a source holds.
type kind int

const (
	kindText kind = iota
	kindHTML
	kindFeed
	kindWARC
)

func (k kind) String() string {
	switch k {
	case kindHTML:
		return "HTML page"
	case kindFeed:
		return "RSS or Atom feed"
	case kindWARC:
		return "WARC archive"
	}
	return "text"
}

// kindByName guesses a source's kind from its file name; ok is false when
// the name says nothing.
func kindByName(path string) (k kind, ok bool) {
	name := strings.ToLower(filepath.Base(path))
	switch {
	case strings.HasSuffix(name, ".warc"), strings.HasSuffix(name, ".warc.gz"):
		return kindWARC, true
	case strings.HasSuffix(name, ".rss"), strings.HasSuffix(name, ".atom"):
		return kindFeed, true
	case strings.HasSuffix(name, ".html"), strings.HasSuffix(name, ".htm"), strings.HasSuffix(name, ".xhtml"):
		return kindHTML, true
	}
	return kindText, false
}

// sniff guesses a source's kind from its first bytes: a WARC version line
// or gzip magic, an RSS or Atom root element (after an XML declaration and
// comments), an HTML doctype or <html> tag, else text.
func sniff(b []byte) kind {
	if bytes.HasPrefix(b, []byte("WARC/")) || bytes.HasPrefix(b, []byte{0x1f, 0x8b}) {
		return kindWARC
	}
	head := b
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = bytes.TrimPrefix(head, []byte("\uFEFF"))
	head = bytes.TrimLeft(head, " \t\r\n\f")
	lower := bytes.ToLower(head)
	if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) {
		return kindHTML
	}
	// Skip an XML declaration, processing instructions and comments, then
	// look at the root element.
	for {
		lower = bytes.TrimLeft(lower, " \t\r\n\f")
		switch {
		case bytes.HasPrefix(lower, []byte("<?")):
			i := bytes.Index(lower, []byte("?>"))
			if i < 0 {
				return kindText
			}
			lower = lower[i+2:]
			continue
		case bytes.HasPrefix(lower, []byte("<!--")):
			i := bytes.Index(lower, []byte("-->"))
			if i < 0 {
				return kindText
			}
			lower = lower[i+3:]
			continue
		}
		break
	}
	for _, root := range []string{"<rss", "<feed", "<rdf:rdf"} {
		if bytes.HasPrefix(lower, []byte(root)) {
			return kindFeed
		}
	}
	if bytes.HasPrefix(lower, []byte("<!doctype html")) || bytes.HasPrefix(lower, []byte("<html")) {
		return kindHTML
	}
	return kindText
}

// ReadFile reads the article in the file at path: an HTML page when its
// name ends in .html or .htm or its content starts with "<!doctype html"
// or "<html" (case-insensitive, after white space or a byte order mark),
// else plain text (see ReadText). Source is path. A file that holds many
// articles (a feed or a WARC archive) is an error: use Read for those.
// Errors are of type *Error.
func ReadFile(path string, opt Options) (doc.Document, error) {
	b, err := readFileLimited(path, opt.maxBytes())
	if err != nil {
		return doc.Document{}, wrap(path, err)
	}
	k := sniff(b)
	if k == kindText {
		k, _ = kindByName(path)
	}
	switch k {
	case kindHTML:
		d, err := parseHTML(b, path, "", opt)
		return d, wrap(path, err)
	case kindFeed, kindWARC:
		return doc.Document{}, &Error{Path: path, Err: fmt.Errorf("holds many articles (%s): read it with Read", k)}
	}
	d, err := parseText(b, path, opt)
	return d, wrap(path, err)
}

// readFileLimited reads the file at path, checking its size first.
func readFileLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if fi.IsDir() {
		return nil, errors.New("is a directory")
	}
	if fi.Mode().IsRegular() {
		if fi.Size() > limit {
			return nil, tooLarge(fi.Size(), limit)
		}
		if fi.Size() == 0 {
			return nil, ErrEmpty
		}
	}
	return readLimited(f, limit)
}

// skipExt lists the extensions of files that a directory walk skips: they
// hold no article.
var skipExt = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".svg": true,
	".bmp": true, ".ico": true, ".tif": true, ".tiff": true, ".avif": true, ".heic": true,
	".mp3": true, ".mp4": true, ".m4a": true, ".wav": true, ".ogg": true, ".webm": true,
	".mov": true, ".avi": true, ".mkv": true, ".flac": true,
	".gz": true, ".tgz": true, ".zip": true, ".tar": true, ".bz2": true, ".xz": true,
	".zst": true, ".7z": true, ".rar": true,
	".pdf": true, ".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".ppt": true,
	".pptx": true, ".odt": true, ".epub": true,
	".json": true, ".jsonl": true, ".csv": true, ".tsv": true, ".parquet": true,
	".db": true, ".sqlite": true, ".bin": true, ".exe": true, ".so": true, ".dll": true,
	".o": true, ".a": true, ".class": true, ".jar": true, ".pyc": true, ".wasm": true,
	".css": true, ".js": true, ".map": true, ".woff": true, ".woff2": true, ".ttf": true,
	".otf": true, ".eot": true, ".go": true, ".py": true, ".sh": true,
}

// skipped reports whether a directory walk leaves the file name out: a
// hidden file, or one whose extension says it holds no article (a
// compressed WARC archive, name.warc.gz, is read).
func skipped(name string) bool {
	if strings.HasPrefix(name, ".") {
		return true
	}
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".warc.gz") {
		return false
	}
	return skipExt[filepath.Ext(lower)]
}

// Read reads every article in paths and calls fn with each Document, or
// with the error of a source that failed. A path is a file, a directory
// (walked recursively in lexical order; hidden files and directories and
// files with non-article extensions such as .png, .jpg or .gz are
// skipped), or "-" for standard input.
//
// A file is read by its kind: a WARC archive (.warc, .warc.gz, or sniffed)
// yields one Document per HTTP response record with an HTML content type
// (Source "path#record-N", N counting the file's records from 1, URL the
// WARC-Target-URI); an RSS or Atom feed (.rss, .atom, .xml, or sniffed
// <rss or <feed) yields one Document per item (Source "path#item-N", N
// from 1), its content or description read as HTML, its title, link and
// dates kept; any other file is read by ReadFile.
//
// Errors passed to fn are of type *Error naming the source. Read goes on
// with the next source unless fn returns non-nil, which Read then returns.
func Read(paths []string, opt Options, fn func(d doc.Document, err error) error) error {
	for _, p := range paths {
		if err := readPath(p, opt, fn); err != nil {
			return err
		}
	}
	return nil
}

// readPath reads one path given to Read; it returns only fn's errors.
func readPath(path string, opt Options, fn func(doc.Document, error) error) error {
	if path == "-" {
		return readStdin(opt, fn)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return fn(doc.Document{}, wrap(path, err))
	}
	if !fi.IsDir() {
		return readOne(path, opt, fn)
	}
	return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if ferr := fn(doc.Document{}, wrap(p, err)); ferr != nil {
				return ferr
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p == path {
			return nil
		}
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if skipped(d.Name()) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// Follow a link to a file; links to directories are not walked.
			if fi, err := os.Stat(p); err != nil || !fi.Mode().IsRegular() {
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil
		}
		return readOne(p, opt, fn)
	})
}

// readOne reads one file given to Read or found in a directory.
func readOne(path string, opt Options, fn func(doc.Document, error) error) error {
	k, named := kindByName(path)
	if !named {
		head, err := readHead(path, 4096)
		if err != nil {
			return fn(doc.Document{}, wrap(path, err))
		}
		k = sniff(head)
		if k == kindText && strings.EqualFold(filepath.Ext(path), ".xml") {
			k = kindFeed
		}
	}
	switch k {
	case kindWARC:
		f, err := os.Open(path)
		if err != nil {
			return fn(doc.Document{}, wrap(path, err))
		}
		defer f.Close()
		return readWARC(f, path, opt, fn)
	case kindFeed:
		b, err := readFileLimited(path, opt.maxBytes())
		if err != nil {
			return fn(doc.Document{}, wrap(path, err))
		}
		return readFeed(b, path, opt, fn)
	}
	d, err := ReadFile(path, opt)
	return fn(d, err)
}

// readHead returns up to n bytes from the start of the file at path.
func readHead(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, n)
	m, err := io.ReadFull(f, b)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return b[:m], nil
}

// readStdin reads standard input, at most MaxBytes of it, as any kind of
// source.
func readStdin(opt Options, fn func(doc.Document, error) error) error {
	return readStream(os.Stdin, "stdin", opt, fn)
}

// readStream reads one source from r, sniffing its kind.
func readStream(r io.Reader, source string, opt Options, fn func(doc.Document, error) error) error {
	b, err := readLimited(r, opt.maxBytes())
	if err != nil {
		return fn(doc.Document{}, wrap(source, err))
	}
	switch sniff(b) {
	case kindWARC:
		return readWARC(bytes.NewReader(b), source, opt, fn)
	case kindFeed:
		return readFeed(b, source, opt, fn)
	case kindHTML:
		d, err := parseHTML(b, source, "", opt)
		return fn(d, wrap(source, err))
	}
	d, err := parseText(b, source, opt)
	return fn(d, wrap(source, err))
}
