package article

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/andybalholm/brotli"
	warc "github.com/internetarchive/gowarc"

	"github.com/newsgraph/newsgraph/doc"
)

// readWARC reads a WARC archive (plain or gzip-compressed, one member per
// record) from r and calls fn once per HTTP response record whose content
// type is HTML. Records of other types, non-HTML responses and responses
// whose status is not 2xx are skipped silently. A record that cannot be
// parsed ends the archive, since the records after it cannot be found.
func readWARC(r io.Reader, source string, opt Options, fn func(doc.Document, error) error) error {
	wr, err := warc.NewReader(r)
	if err != nil {
		return fn(doc.Document{}, wrap(source, fmt.Errorf("open warc: %w", err)))
	}
	defer wr.Close()
	for n := 1; ; n++ {
		name := fmt.Sprintf("%s#record-%d", source, n)
		rec, err := readRecord(wr)
		if err == io.EOF { // a clean end; a wrapped EOF is a cut record

			if n == 1 {
				return fn(doc.Document{}, wrap(source, fmt.Errorf("%w: no WARC records", ErrEmpty)))
			}
			return nil
		}
		if err != nil {
			return fn(doc.Document{}, wrap(name, fmt.Errorf("read warc record: %w", err)))
		}
		d, ok, err := warcRecord(rec, name, opt)
		rec.Content.Close()
		if !ok && err == nil {
			continue
		}
		if err := fn(d, wrap(name, err)); err != nil {
			return err
		}
	}
}

// readRecord reads the next record, turning a panic in the WARC reader into
// an error.
func readRecord(wr *warc.Reader) (rec *warc.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			rec, err = nil, fmt.Errorf("warc reader failed: panic: %v", p)
		}
	}()
	return wr.ReadRecord()
}

// warcRecord reads one record; ok is false for a record that holds no
// HTML page, which is not an error.
func warcRecord(rec *warc.Record, name string, opt Options) (d doc.Document, ok bool, err error) {
	if !strings.EqualFold(rec.Header.Get("WARC-Type"), "response") {
		return doc.Document{}, false, nil
	}
	ct := rec.Header.Get("Content-Type")
	if !strings.HasPrefix(strings.ToLower(strings.TrimSpace(ct)), "application/http") {
		return doc.Document{}, false, nil
	}
	if n, err := strconv.ParseInt(rec.Header.Get("Content-Length"), 10, 64); err == nil && n > opt.maxBytes()+64<<10 {
		return doc.Document{}, true, tooLarge(n, opt.maxBytes())
	}
	if _, err := rec.Content.Seek(0, io.SeekStart); err != nil {
		return doc.Document{}, true, fmt.Errorf("read record: %w", err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(rec.Content), nil)
	if err != nil {
		return doc.Document{}, true, fmt.Errorf("parse http response: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return doc.Document{}, false, nil
	}
	mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if mt != "text/html" && mt != "application/xhtml+xml" {
		return doc.Document{}, false, nil
	}
	body, err := decodeBody(resp.Body, resp.Header.Get("Content-Encoding"))
	if err != nil {
		return doc.Document{}, true, err
	}
	b, err := readLimited(body, opt.maxBytes())
	if err != nil {
		return doc.Document{}, true, err
	}
	uri := strings.Trim(rec.Header.Get("WARC-Target-URI"), "<> ")
	d, err = parseHTML(b, name, uri, opt)
	if err != nil {
		return doc.Document{}, true, err
	}
	if isWebURL(uri) {
		d.URL = uri
	}
	return d, true, nil
}

// decodeBody undoes an HTTP content encoding (gzip, deflate or br).
func decodeBody(r io.Reader, encoding string) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("gzip content: %w", err)
		}
		return zr, nil
	case "deflate":
		// Servers send either zlib-wrapped (as the standard says) or raw
		// deflate data; a zlib stream starts with 0x78.
		br := bufio.NewReader(r)
		if b, err := br.Peek(1); err == nil && b[0] == 0x78 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("deflate content: %w", err)
			}
			return zr, nil
		}
		return flate.NewReader(br), nil
	case "br":
		return brotli.NewReader(r), nil
	}
	return nil, fmt.Errorf("unsupported content encoding %q", encoding)
}
