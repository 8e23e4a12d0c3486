// Package examples holds the demo articles, written for newsgraph, embedded
// so that "newsgraph demo" runs anywhere.
package examples

import "embed"

// Files holds the articles: plain text with and without a header block, and
// one HTML page with navigation and a related-stories block.
//
//go:embed articles
var Files embed.FS
