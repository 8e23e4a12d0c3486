package ner

import (
	"unicode"
	"unicode/utf8"
)

// Hashing: 64-bit FNV-1a over bytes for strings, and a multiply-xor
// combination for feature templates. Buckets are taken from the high bits
// of a final mix, so every input bit reaches the bucket index.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	mixPrime  = 0x9E3779B97F4A7C15
)

func mix(h, x uint64) uint64 {
	h ^= x
	h *= mixPrime
	return h ^ (h >> 29)
}

func fin(h uint64) uint64 {
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 27
	return h
}

// canon maps typographic quotes and dashes to the ASCII forms that the
// training corpus uses.
func canon(r rune) rune {
	switch r {
	case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB':
		return '"'
	case '\u2018', '\u2019', '\u201A':
		return '\''
	case '\u2013', '\u2014':
		return '-'
	}
	return r
}

func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		h ^= uint64(r)
		return h * fnvPrime
	}
	var b [4]byte
	n := utf8.EncodeRune(b[:], r)
	for i := 0; i < n; i++ {
		h ^= uint64(b[i])
		h *= fnvPrime
	}
	return h
}

// Token flags.
const (
	fInitCap   = 1 << iota // first letter upper case
	fAllCaps               // letters, all upper case
	fLower                 // letters, all lower case
	fHasDigit              // contains a digit
	fAllDigit              // only digits
	fPunct                 // no letter or digit
	fHasLetter             // contains a letter
	fMixed                 // an upper-case letter after the first rune
)

// tok holds what the features need of one token; it is filled once per
// token.
type tok struct {
	raw, low     uint64
	shape, short uint64
	pre, suf     [4]uint64
	clus         [4]uint64
	xcl          [maxExchange]uint64 // exchange classes, hashed (0 for none)
	flags        uint32
	gaz          uint32
	docf         uint32 // document-level case flags of the lower-cased word
	casing       uint8  // casing class of the lower-cased word in unlabeled text
	lexgaz       uint16 // gazetteer word flags kept in the model's table
	slot         int32  // the word's slot in the document table (words with letters)
}

// analyze fills t for word w. It does not allocate.
func analyze(t *tok, w string) {
	*t = tok{}
	raw, low := uint64(fnvOffset), uint64(fnvOffset)
	shape, short := uint64(fnvOffset), uint64(fnvOffset)
	var (
		n                           int
		lastShape                   rune = -1
		run                         int
		upper, lower, digit, letter int
		mixed                       bool
	)
	var runes [4]rune // first runes, for prefixes
	for _, r := range w {
		r = canon(r)
		raw = hashRune(raw, r)
		var s rune
		switch {
		case unicode.IsUpper(r):
			s = 'X'
			upper++
			letter++
			if n > 0 {
				mixed = true
			}
		case unicode.IsLetter(r):
			s = 'x'
			lower++
			letter++
		case unicode.IsDigit(r):
			s = 'd'
			digit++
		default:
			s = r
		}
		low = hashRune(low, unicode.ToLower(r))
		if s == lastShape {
			run++
		} else {
			run = 1
			short = hashRune(short, s)
		}
		if run <= 4 {
			shape = hashRune(shape, s)
		}
		lastShape = s
		if n < 4 {
			runes[n] = r
		}
		n++
	}
	t.raw, t.low, t.shape, t.short = raw, low, shape, short
	// prefixes
	h := uint64(fnvOffset)
	for k := 0; k < 4 && k < n; k++ {
		h = hashRune(h, runes[k])
		t.pre[k] = h
	}
	// suffixes, read backwards
	h = uint64(fnvOffset)
	k := 0
	for i := len(w); i > 0 && k < 4; k++ {
		r, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
		h = hashRune(h, canon(r))
		t.suf[k] = h
	}
	var f uint32
	if letter > 0 {
		f |= fHasLetter
		if upper == letter {
			f |= fAllCaps
		}
		if lower == letter {
			f |= fLower
		}
	}
	if n > 0 {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			f |= fInitCap
		}
	}
	if digit > 0 {
		f |= fHasDigit
		if digit == n {
			f |= fAllDigit
		}
	}
	if letter == 0 && digit == 0 {
		f |= fPunct
	}
	if mixed {
		f |= fMixed
	}
	t.flags = f
}
