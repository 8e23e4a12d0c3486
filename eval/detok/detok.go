// Package detok joins the tokens of a pre-tokenized gold corpus back into
// text the pipeline can read, and keeps each token's byte span so gold
// annotations over tokens map onto the offsets our annotators return.
package detok

import "strings"

// noSpaceBefore and noSpaceAfter decide where joined text has no space
// between tokens.
var (
	noSpaceBefore = map[string]bool{",": true, ".": true, ";": true, ":": true, ")": true, "]": true, "'s": true, "?": true, "!": true, "%": true, "n't": true}
	noSpaceAfter  = map[string]bool{"(": true, "[": true, "$": true}
)

// Join joins sentences of tokens into text and returns each token's byte
// span, by sentence. Tokens are spaced as written English spaces them
// (none before a comma or after an opening bracket; straight double quotes
// alternate between opening and closing). Sentences are joined by a space
// unless sep is not nil: then sep(si) is written before sentence si > 0
// (a newline keeps a title or a dateline out of the sentence after it).
func Join(sents [][]string, sep func(si int) string) (string, [][][2]int) {
	var b strings.Builder
	spans := make([][][2]int, len(sents))
	prev := ""
	quoteOpen := false
	for si, s := range sents {
		spans[si] = make([][2]int, len(s))
		for ti, tok := range s {
			space := b.Len() > 0 && !noSpaceBefore[tok] && !noSpaceAfter[prev]
			if tok == "'" && (strings.HasSuffix(prev, "s") || strings.HasSuffix(prev, "S")) && !quoteOpen {
				space = false // "Pictures' 49th": a plural possessive, not a quote
			}
			if tok == `"` {
				if quoteOpen {
					space = false
				}
			} else if prev == `"` && quoteOpen {
				space = false
			}
			switch {
			case ti == 0 && si > 0 && sep != nil:
				b.WriteString(sep(si))
			case space:
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(tok)
			spans[si][ti] = [2]int{start, b.Len()}
			if tok == `"` {
				quoteOpen = !quoteOpen
			}
			prev = tok
		}
	}
	return b.String(), spans
}
