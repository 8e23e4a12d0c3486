package article

import (
	"bytes"
	"fmt"
	"html"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/newsgraph/newsgraph/doc"
)

// readFeed reads an RSS or Atom feed held in b and calls fn once per item.
func readFeed(b []byte, source string, opt Options, fn func(doc.Document, error) error) error {
	if err := checkBytes(b); err != nil {
		return fn(doc.Document{}, wrap(source, err))
	}
	feed, err := parseFeed(b)
	if err != nil {
		return fn(doc.Document{}, wrap(source, err))
	}
	if len(feed.Items) == 0 {
		return fn(doc.Document{}, wrap(source, fmt.Errorf("%w: feed has no items", ErrEmpty)))
	}
	for i, item := range feed.Items {
		name := fmt.Sprintf("%s#item-%d", source, i+1)
		d, err := feedItem(feed, item, name, opt)
		if err := fn(d, wrap(name, err)); err != nil {
			return err
		}
	}
	return nil
}

// parseFeed parses an RSS or Atom feed, turning a panic in the parser into
// an error.
func parseFeed(b []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if p := recover(); p != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: panic: %v", p)
		}
	}()
	feed, err = gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	return feed, nil
}

// feedItem reads one item: its content (or, without content, its
// description) goes through the HTML reader; its title, link, author and
// date, and the feed's title as Site, fill the Document.
func feedItem(feed *gofeed.Feed, item *gofeed.Item, source string, opt Options) (doc.Document, error) {
	if item == nil {
		return doc.Document{}, fmt.Errorf("%w: empty item", ErrEmpty)
	}
	content := item.Content
	if strings.TrimSpace(content) == "" {
		content = item.Description
	}
	if strings.TrimSpace(content) == "" {
		return doc.Document{}, fmt.Errorf("%w: item has no content or description", ErrNoText)
	}
	title := cleanInline(item.Title)
	// Wrap the fragment in a page that declares its encoding: the feed
	// parser has already decoded it.
	page := "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + html.EscapeString(title) +
		"</title></head><body><div>" + content + "</div></body></html>"
	d, err := parseHTML([]byte(page), source, item.Link, opt)
	if err != nil {
		return doc.Document{}, err
	}
	if title != "" {
		d.Title = title
	}
	if isWebURL(item.Link) {
		d.URL = item.Link
	}
	if site := cleanInline(feed.Title); site != "" {
		d.Site = site
	}
	var authors []string
	for _, p := range item.Authors {
		if p != nil && cleanInline(p.Name) != "" {
			authors = append(authors, cleanInline(p.Name))
		}
	}
	if len(authors) > 0 {
		d.Byline = strings.Join(authors, ", ")
	}
	switch {
	case !opt.Published.IsZero():
		d.Published = opt.Published
	case item.PublishedParsed != nil:
		d.Published = *item.PublishedParsed
	case item.UpdatedParsed != nil:
		d.Published = *item.UpdatedParsed
	}
	return d, nil
}
