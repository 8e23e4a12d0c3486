package article

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/doc"
)

// ReadText reads a plain-text article from r; source names it in the
// Document and in errors.
//
// An optional header block at the top, "Key: value" lines ended by a blank
// line, fills the Document's fields: Title (or Headline), URL (or Link),
// Published (or Date), Byline (or By, Author) and Site, in any case; the
// first line must have one of these keys, and other keys are ignored.
// Without a Title line, a first line that looks like a headline (short,
// not ending like a sentence, followed by a blank line and more text)
// becomes the Title and is left out of Body. Published is read by
// ParseDate; a date it cannot read is an error unless Options.Published
// overrides it.
//
// The text must be UTF-8 (the error gives the byte offset of the first
// invalid sequence); an empty text, a binary one and one larger than
// Options.MaxBytes are errors too. Errors are of type *Error.
func ReadText(r io.Reader, source string, opt Options) (doc.Document, error) {
	b, err := readLimited(r, opt.maxBytes())
	if err != nil {
		return doc.Document{}, wrap(source, err)
	}
	d, err := parseText(b, source, opt)
	return d, wrap(source, err)
}

// readLimited reads all of r, failing once it passes limit bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, tooLargeStream(limit)
	}
	return b, nil
}

// checkBytes rejects empty and binary content.
func checkBytes(b []byte) error {
	if len(bytes.TrimSpace(bytes.TrimPrefix(b, []byte("\uFEFF")))) == 0 {
		return ErrEmpty
	}
	if isBinary(b) {
		return ErrBinary
	}
	return nil
}

// isBinary reports whether b holds a NUL byte, or more than 30% control
// bytes (other than tab, line feed, form feed and carriage return), in its
// first 8 KiB.
func isBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range b {
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7f {
			ctl++
		}
	}
	return ctl*10 > len(b)*3
}

// checkUTF8 returns an error giving the byte offset of the first invalid
// UTF-8 sequence in b.
func checkUTF8(b []byte) error {
	if utf8.Valid(b) {
		return nil
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return fmt.Errorf("%w at byte offset %d", ErrInvalidUTF8, i)
		}
		i += n
	}
	return ErrInvalidUTF8
}

func parseText(b []byte, source string, opt Options) (doc.Document, error) {
	if err := checkBytes(b); err != nil {
		return doc.Document{}, err
	}
	if err := checkUTF8(b); err != nil {
		return doc.Document{}, err
	}
	text := strings.TrimPrefix(string(b), "\uFEFF")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	lines := strings.Split(text, "\n")

	d := doc.Document{Source: source}
	if rest, hdr := parseHeader(lines); hdr != nil {
		d.Title = hdr["title"]
		d.URL = hdr["url"]
		d.Byline = hdr["byline"]
		d.Site = hdr["site"]
		if s := hdr["published"]; s != "" && opt.Published.IsZero() {
			t, err := ParseDate(s)
			if err != nil {
				return doc.Document{}, fmt.Errorf("header: %w", err)
			}
			d.Published = t
		}
		lines = rest
	}
	if d.Title == "" {
		if title, rest, ok := titleLine(lines); ok {
			d.Title = title
			lines = rest
		}
	}
	lines, d.Related = trailingLinks(lines)
	d.Title = Normalize(d.Title)
	d.Body = Normalize(strings.Join(lines, "\n"))
	if d.Body == "" {
		return doc.Document{}, fmt.Errorf("%w: no text besides the header or title", ErrEmpty)
	}
	if !opt.Published.IsZero() {
		d.Published = opt.Published
	}
	d.ID = ID(d.Body)
	return d, nil
}

// headerKeys maps the header names, lower-cased, to the field they fill.
var headerKeys = map[string]string{
	"title":     "title",
	"headline":  "title",
	"url":       "url",
	"link":      "url",
	"published": "published",
	"date":      "published",
	"byline":    "byline",
	"by":        "byline",
	"author":    "byline",
	"site":      "site",
}

// headerLine splits "Key: value". key is lower-cased; ok is false when the
// line is not of that form (a key of letters, digits, spaces or hyphens,
// at most 30 bytes, then a colon).
func headerLine(line string) (key, value string, ok bool) {
	k, v, found := strings.Cut(line, ":")
	if !found || k == "" || len(k) > 30 || strings.TrimSpace(k) != k {
		return "", "", false
	}
	for _, r := range k {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' && r != '-' && r != '_' {
			return "", "", false
		}
	}
	return strings.ToLower(k), strings.TrimSpace(v), true
}

// parseHeader recognizes a header block: from the first non-blank line, a
// run of "Key: value" lines whose first key is a known one, ended by a
// blank line. Unknown keys in the block are ignored. It returns the lines
// after the block and the known fields, or nil fields when there is no
// header block.
func parseHeader(lines []string) (rest []string, fields map[string]string) {
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	start := i
	for ; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			break
		}
		key, _, ok := headerLine(line)
		if !ok {
			return nil, nil
		}
		if i == start {
			if _, known := headerKeys[key]; !known {
				return nil, nil
			}
		}
	}
	if i == start || i == len(lines) {
		// No header, or no blank line after it: the whole text is one
		// block, and it is the body.
		return nil, nil
	}
	fields = make(map[string]string)
	for _, line := range lines[start:i] {
		key, value, _ := headerLine(strings.TrimSpace(line))
		if f, known := headerKeys[key]; known && fields[f] == "" {
			fields[f] = value
		}
	}
	return lines[i:], fields
}

// titleLine reports whether the first non-blank line looks like a
// headline: at most 150 characters and 25 words, not ending with '.' (an
// ellipsis is allowed), ',', ';' or ':', followed by a blank line and then
// more text.
func titleLine(lines []string) (title string, rest []string, ok bool) {
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i+2 >= len(lines) {
		return "", nil, false
	}
	first := strings.TrimSpace(lines[i])
	if utf8.RuneCountInString(first) > 150 || len(strings.Fields(first)) > 25 {
		return "", nil, false
	}
	if strings.TrimSpace(lines[i+1]) != "" {
		return "", nil, false
	}
	last, _ := utf8.DecodeLastRuneInString(first)
	if strings.ContainsRune(".,;:", last) && !strings.HasSuffix(first, "...") {
		return "", nil, false
	}
	more := false
	for _, l := range lines[i+2:] {
		if strings.TrimSpace(l) != "" {
			more = true
			break
		}
	}
	if !more {
		return "", nil, false
	}
	return first, lines[i+2:], true
}

var months = map[string]time.Month{
	"january": time.January, "jan": time.January,
	"february": time.February, "feb": time.February,
	"march": time.March, "mar": time.March,
	"april": time.April, "apr": time.April,
	"may":  time.May,
	"june": time.June, "jun": time.June,
	"july": time.July, "jul": time.July,
	"august": time.August, "aug": time.August,
	"september": time.September, "sep": time.September, "sept": time.September,
	"october": time.October, "oct": time.October,
	"november": time.November, "nov": time.November,
	"december": time.December, "dec": time.December,
}

// ParseDate parses a publication date: RFC 3339 ("2020-02-10T08:00:00Z"),
// "2020-02-10" (optionally followed by a time "15:04" or "15:04:05"),
// RFC 1123 ("Mon, 10 Feb 2020 08:00:00 GMT"), "February 10, 2020",
// "Feb. 10, 2020" and "10 February 2020". A date without a zone is UTC.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{
		time.RFC3339Nano, "2006-01-02", "2006-01-02T15:04:05", "2006-01-02 15:04:05",
		"2006-01-02 15:04", "2006-01-02T15:04", time.RFC1123Z, time.RFC1123,
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	if t, ok := parseWordDate(s); ok {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("cannot parse date %q", s)
}

// parseWordDate parses a date with the month in words: "February 10, 2020",
// "Feb. 10, 2020", "Feb 10 2020", "10 February 2020", "10th Feb. 2020",
// each optionally led by a weekday ("Monday, ").
func parseWordDate(s string) (time.Time, bool) {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == '\t'
	})
	if len(f) == 4 && isWeekday(f[0]) {
		f = f[1:]
	}
	if len(f) != 3 {
		return time.Time{}, false
	}
	var month time.Month
	var dayStr string
	if m, ok := months[f[0]]; ok {
		month, dayStr = m, f[1]
	} else if m, ok := months[f[1]]; ok {
		month, dayStr = m, f[0]
	} else {
		return time.Time{}, false
	}
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		dayStr = strings.TrimSuffix(dayStr, suffix)
	}
	day, err := strconv.Atoi(dayStr)
	if err != nil || day < 1 || day > 31 {
		return time.Time{}, false
	}
	if len(f[2]) != 4 {
		return time.Time{}, false
	}
	year, err := strconv.Atoi(f[2])
	if err != nil {
		return time.Time{}, false
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day { // February 30 and the like
		return time.Time{}, false
	}
	return t, true
}

func isWeekday(s string) bool {
	for d := time.Sunday; d <= time.Saturday; d++ {
		name := strings.ToLower(d.String())
		if s == name || s == name[:3] {
			return true
		}
	}
	return false
}
