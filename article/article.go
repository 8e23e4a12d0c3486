// Package article reads news articles from their sources (plain text,
// HTML pages, RSS and Atom feeds, WARC archives, directories and standard
// input) and turns each one into a doc.Document with a normalized body and
// an ID derived from it, so that one article read twice is one document.
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// DefaultMaxBytes is the size limit used when Options.MaxBytes is zero.
const DefaultMaxBytes = 16 << 20

// Options tunes the readers.
type Options struct {
	// Published, when non-zero, overrides any publication date that the
	// reader finds in the source.
	Published time.Time
	// MaxBytes is the largest source (file, stdin, feed, WARC record
	// payload) that is read; 0 means DefaultMaxBytes (16 MiB).
	MaxBytes int64
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Error is the error a reader returns for a source that could not be read:
// Path names the source (a file path, "stdin", or "path#item-N" and
// "path#record-N" for one item of a feed or one record of a WARC file).
type Error struct {
	Path string
	Err  error
}

// Error returns "PATH: reason".
func (e *Error) Error() string {
	if e.Err == nil {
		return e.Path + ": unknown error"
	}
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Reasons a source is rejected; test for them with errors.Is.
var (
	// ErrEmpty means the source holds no text at all.
	ErrEmpty = errors.New("empty")
	// ErrBinary means the source holds NUL bytes or mostly control bytes.
	ErrBinary = errors.New("binary file, not text")
	// ErrInvalidUTF8 means a text source is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrTooLarge means the source is larger than Options.MaxBytes.
	ErrTooLarge = errors.New("too large")
	// ErrNoText means an HTML page or feed item has no article text.
	ErrNoText = errors.New("no article text found")
)

// wrap returns err as an *Error for path, unless it already is one.
func wrap(path string, err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	return &Error{Path: path, Err: err}
}

// megabytes formats n bytes in MiB with one decimal, as "50.0 MB".
func megabytes(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

func tooLarge(size, limit int64) error {
	return fmt.Errorf("%w: %s, limit %s", ErrTooLarge, megabytes(size), megabytes(limit))
}

func tooLargeStream(limit int64) error {
	return fmt.Errorf("%w: more than %s, limit %s", ErrTooLarge, megabytes(limit), megabytes(limit))
}

// ID returns the identifier of a body: the first 16 hex digits of the
// SHA-256 of Normalize(body), so bodies that differ only in line breaks,
// trailing spaces or Unicode composition share one ID.
func ID(body string) string {
	sum := sha256.Sum256([]byte(Normalize(body)))
	return hex.EncodeToString(sum[:])[:16]
}

// Normalize returns body in the form every Document.Body has: NFC
// normalized, CRLF and CR turned into LF, byte order marks (U+FEFF)
// dropped, the lines of a paragraph joined with one space (each line's
// leading and trailing white space trimmed), paragraphs separated by
// exactly one blank line, and no blank line at the start or the end.
// Characters are otherwise kept as they are: curly quotes, dashes and
// accents stay. Invalid UTF-8 becomes U+FFFD (the readers reject it
// before). Normalize(Normalize(s)) == Normalize(s).
func Normalize(body string) string {
	// Invalid bytes first, so that dropping a mark cannot join the bytes
	// around it into a new character.
	body = strings.ToValidUTF8(body, "\uFFFD")
	// A byte order mark, and its use as a zero-width no-break space
	// anywhere else, is invisible: drop every one.
	body = strings.ReplaceAll(body, "\uFEFF", "")
	body = norm.NFC.String(body)
	body = strings.ReplaceAll(body, "\r\n", "\n")
	body = strings.ReplaceAll(body, "\r", "\n")

	var b strings.Builder
	b.Grow(len(body))
	inPara := false       // a line of the current paragraph has been written
	pendingBreak := false // a blank line was seen since the last text
	for line := range strings.SplitSeq(body, "\n") {
		line = strings.TrimFunc(line, unicode.IsSpace)
		if line == "" {
			if inPara {
				pendingBreak = true
			}
			continue
		}
		switch {
		case pendingBreak:
			b.WriteString("\n\n")
		case inPara:
			b.WriteByte(' ')
		}
		b.WriteString(line)
		inPara = true
		pendingBreak = false
	}
	out := b.String()
	// Joining lines can put a combining mark after a space; NFC leaves that
	// as it is, but run it again so that the result is NFC by construction.
	if !norm.NFC.IsNormalString(out) {
		out = norm.NFC.String(out)
	}
	return out
}
