package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/doc"
)

// relatedMarkers are lines that announce or close a block of related
// stories on a copied page.
var relatedMarkers = map[string]bool{
	"related": true, "related gallery": true, "related stories": true, "related articles": true,
	"related content": true, "read more": true, "more stories": true, "read next": true,
	"recommended": true, "you may also like": true, "more from this section": true, "see also": true,
}

// trailingLinks splits off the block of related-story headlines that a
// page copied as text often ends with: one-line paragraphs that read as
// headlines (no sentence-final punctuation, mostly capitalised words) or
// markers such as "Related Gallery". Only a block with a marker counts;
// its headlines go to Related and the block leaves the body.
func trailingLinks(lines []string) ([]string, []doc.Link) {
	end := len(lines)
	var links []doc.Link
	marker := false
	i := end - 1
	for i >= 0 {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			i--
			continue
		}
		// A paragraph of one line only: the line before must be blank.
		if i > 0 && strings.TrimSpace(lines[i-1]) != "" {
			break
		}
		if relatedMarkers[strings.ToLower(strings.TrimRight(line, ":"))] {
			marker = true
			end = i
			i--
			continue
		}
		if !headlineLike(line) {
			break
		}
		links = append(links, doc.Link{Title: Normalize(line)})
		end = i
		i--
	}
	if !marker {
		// Without a marker, trailing headline-like lines are as often the
		// article's own list (award winners, a ranking) as links elsewhere.
		return lines, nil
	}
	// Headlines were gathered from the bottom up.
	for a, b := 0, len(links)-1; a < b; a, b = a+1, b-1 {
		links[a], links[b] = links[b], links[a]
	}
	return lines[:end], links
}

// headlineLike reports whether a line reads as a headline: 3 to 25 words,
// not ending like a sentence, most words capitalised.
func headlineLike(line string) bool {
	words := strings.Fields(line)
	if len(words) < 3 || len(words) > 25 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', '!', '?', ',', ';', ':', '"', '”', '…':
		return false
	}
	caps, counted := 0, 0
	for _, w := range words {
		w = strings.TrimLeft(w, `'"‘“(`)
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		counted++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return counted > 0 && caps*10 >= counted*7
}
