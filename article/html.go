package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsgraph/newsgraph/doc"
)

// errExtractorPanic marks a panic inside the HTML extractor, turned into an
// error so that bad input never brings the caller down.
var errExtractorPanic = errors.New("html extractor failed")

// ReadHTML reads an HTML page from r and extracts its article. source names
// the page in the Document and in errors; pageURL, when not empty, is the
// address the page was fetched from (used when the page names no canonical
// URL, and to resolve relative links).
//
// The main text is found by go-trafilatura: navigation, headers, footers,
// share tools and link lists stay out of Body. Blocks that list other
// stories (elements whose class, id or aria-label says related, more
// stories, read next or recommended, or whose heading or leading label
// says so, and a list of story links that trails the article) are removed
// before extraction and their links kept in Related, made absolute. Title,
// Byline, Published, Site and URL come from the page's metadata; Published
// keeps the time of day when a meta tag or JSON-LD gives it. The page's
// character set is detected from its meta tags or its bytes. A page with
// no article text (no paragraph of at least 8 words) is an error wrapping
// ErrNoText.
func ReadHTML(r io.Reader, source, pageURL string, opt Options) (doc.Document, error) {
	b, err := readLimited(r, opt.maxBytes())
	if err != nil {
		return doc.Document{}, wrap(source, err)
	}
	d, err := parseHTML(b, source, pageURL, opt)
	return d, wrap(source, err)
}

func parseHTML(b []byte, source, pageURL string, opt Options) (doc.Document, error) {
	if err := checkBytes(b); err != nil {
		return doc.Document{}, err
	}
	root, err := dom.Parse(bytes.NewReader(b))
	if err != nil {
		return doc.Document{}, fmt.Errorf("parse html: %w", err)
	}
	return extractHTML(root, source, pageURL, opt)
}

// extractHTML turns a parsed page into a Document. It changes root.
func extractHTML(root *html.Node, source, pageURL string, opt Options) (doc.Document, error) {
	stamp := publishedStamp(root)
	links := takeRelated(root)
	byline := takeBylines(root)

	topts := trafilatura.Options{
		ExcludeComments: true,
		EnableFallback:  true,
	}
	if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
		topts.OriginalURL = u
	}
	res, err := runExtractor(root, topts)
	if err != nil {
		if errors.Is(err, errExtractorPanic) {
			return doc.Document{}, err
		}
		return doc.Document{}, fmt.Errorf("%w (%v)", ErrNoText, err)
	}

	d := doc.Document{
		Source: source,
		Title:  cleanInline(res.Metadata.Title),
		Byline: cleanInline(res.Metadata.Author),
		Site:   cleanInline(res.Metadata.Sitename),
		URL:    pageURL,
	}
	if d.Byline == "" {
		d.Byline = byline
	}
	if u := res.Metadata.URL; isWebURL(u) {
		d.URL = u
	}
	if date := res.Metadata.Date; !date.IsZero() {
		d.Published = date
		if sameDay(stamp, date) {
			d.Published = stamp
		}
	} else if !stamp.IsZero() {
		d.Published = stamp
	}
	if !opt.Published.IsZero() {
		d.Published = opt.Published
	}
	d.Body = bodyText(res.ContentNode, d.Title)
	if !hasProse(d.Body) {
		return doc.Document{}, ErrNoText
	}
	d.ID = ID(d.Body)
	d.Related = resolveLinks(links, d.URL, pageURL)
	return d, nil
}

// minProseWords is the fewest words that the longest paragraph of an
// article body may have: below it, what the extractor found is a menu or a
// caption, not an article.
const minProseWords = 8

// hasProse reports whether some paragraph of body has minProseWords words.
func hasProse(body string) bool {
	for para := range strings.SplitSeq(body, "\n\n") {
		if len(strings.Fields(para)) >= minProseWords {
			return true
		}
	}
	return false
}

// publishedStamp returns the publication time that the page states to the
// second (the extractor keeps only the day): from a meta tag such as
// article:published_time, an element with itemprop=datePublished, or
// datePublished in JSON-LD. It is zero when none has a time of day.
func publishedStamp(root *html.Node) time.Time {
	var stamp time.Time
	forEach(root, func(n *html.Node) bool {
		var value string
		switch n.DataAtom {
		case atom.Meta:
			key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
			switch key {
			case "article:published_time", "og:article:published_time", "datepublished",
				"pubdate", "publishdate", "dc.date.issued", "parsely-pub-date", "sailthru.date":
				value = attr(n, "content")
			}
		case atom.Time:
			if attr(n, "itemprop") == "datePublished" {
				value = attr(n, "datetime")
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				value = jsonLDPublished(dom.TextContent(n))
			}
		}
		if t, err := ParseDate(value); err == nil && strings.ContainsAny(value, "Tt ") && strings.Contains(value, ":") {
			stamp = t
			return false
		}
		return true
	})
	return stamp
}

// jsonLDPublished returns the first datePublished found in a JSON-LD text.
func jsonLDPublished(text string) string {
	var v any
	if err := json.Unmarshal([]byte(text), &v); err != nil {
		return ""
	}
	var find func(v any, depth int) string
	find = func(v any, depth int) string {
		if depth > 20 {
			return ""
		}
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["datePublished"].(string); ok {
				return s
			}
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys) // map order is random; the answer must not be
			for _, k := range keys {
				if s := find(v[k], depth+1); s != "" {
					return s
				}
			}
		case []any:
			for _, c := range v {
				if s := find(c, depth+1); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return find(v, 0)
}

// sameDay reports whether stamp falls on date's calendar day, read in
// stamp's own zone or in UTC.
func sameDay(stamp, date time.Time) bool {
	if stamp.IsZero() {
		return false
	}
	y, m, d := date.Date()
	for _, t := range []time.Time{stamp, stamp.UTC()} {
		if ty, tm, td := t.Date(); ty == y && tm == m && td == d {
			return true
		}
	}
	return false
}

// runExtractor calls trafilatura, turning a panic into an error.
func runExtractor(root *html.Node, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("%w: panic: %v", errExtractorPanic, p)
		}
	}()
	res, err = trafilatura.ExtractDocument(root, opts)
	if err == nil && (res == nil || res.ContentNode == nil) {
		err = errors.New("no content")
	}
	return res, err
}

func isWebURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// cleanInline collapses white space runs to one space and trims.
func cleanInline(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// blockTags are the elements that start a new paragraph in bodyText.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Section: true, atom.Article: true, atom.Header: true,
	atom.Footer: true, atom.Figure: true, atom.Figcaption: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Hr: true, atom.Main: true, atom.Aside: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Center: true,
	atom.Form: true, atom.Body: true, atom.Caption: true,
}

// skipTags are elements whose text is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true,
}

// bodyText renders the extracted content as paragraphs separated by blank
// lines and normalizes it. A first paragraph that repeats the title is
// dropped.
func bodyText(n *html.Node, title string) string {
	var b strings.Builder
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if pre {
				b.WriteString(n.Data)
			} else {
				b.WriteString(collapseSpace(n.Data))
			}
			return
		case html.ElementNode:
			if skipTags[tag(n)] {
				return
			}
			switch tag(n) {
			case atom.Br:
				b.WriteString("\n")
				return
			case atom.Td, atom.Th:
				b.WriteString(" ")
			case atom.Pre:
				pre = true
			}
		}
		block := n.Type == html.ElementNode && blockTags[tag(n)]
		if block {
			b.WriteString("\n\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre)
		}
		if block {
			b.WriteString("\n\n")
		}
	}
	if n != nil {
		walk(n, false)
	}
	body := Normalize(b.String())
	if title != "" {
		first, rest, _ := strings.Cut(body, "\n\n")
		if strings.EqualFold(cleanInline(first), cleanInline(title)) {
			body = rest
		}
	}
	return body
}

// tag returns the element's atom. Nodes that the extractor creates carry
// only their name in Data, so the atom is looked up from it.
func tag(n *html.Node) atom.Atom {
	if n.DataAtom != 0 || n.Type != html.ElementNode {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// collapseSpace turns each run of HTML white space into one space.
func collapseSpace(s string) string {
	if !strings.ContainsAny(s, " \t\n\r\f") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// attr returns the value of n's attribute key.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// compact lower-cases s and keeps only its letters and digits, so that
// "read-next", "readNext" and "Read next" all read "readnext".
func compact(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > utf8.RuneSelf {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// relatedWords are the compacted words that mark a block of links to other
// stories, in a class, id or aria-label.
var relatedWords = []string{"related", "morestories", "readnext", "recommended",
	"recommendation", "youmayalsolike", "alsoread", "moreonthisstory", "readmore"}

// relatedLabels are the labels that lead a paragraph linking to another
// story: "Read more: <a>…</a>".
var relatedLabels = []string{"read more:", "read next:", "related:", "see also:", "also read:",
	"more on this:", "recommended:"}

func hasLabel(s string) bool {
	s = strings.ToLower(cleanInline(s))
	for _, l := range relatedLabels {
		if strings.HasPrefix(s, l) {
			return true
		}
	}
	return false
}

// relatedHeadings are the compacted headings that mark such a block.
var relatedHeadings = []string{"related", "morestories", "readnext", "recommended",
	"youmayalsolike", "alsoread", "morefrom", "moreon", "readmore", "seealso",
	"topstories", "morenews"}

func hasWord(s string, words []string) bool {
	s = compact(s)
	if s == "" {
		return false
	}
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// rawLink is a link as found in the page, before resolution.
type rawLink struct {
	href, text string
}

// takeRelated removes from root the blocks that list other stories and
// returns their links.
func takeRelated(root *html.Node) []rawLink {
	var blocks []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if skipTags[n.DataAtom] {
				return
			}
			if isRelatedBlock(n) {
				blocks = append(blocks, n)
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	var links []rawLink
	for _, n := range blocks {
		links = append(links, anchors(n)...)
		n.Parent.RemoveChild(n)
	}
	return append(links, takeTrailingList(root)...)
}

// isRelatedBlock reports whether n is a block of links to other stories:
// its class, id or aria-label, its first heading, or the label that leads
// it ("Read more:") says so, and it is mostly links (at least a third of
// its text) and holds no article.
func isRelatedBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Head, atom.Main, atom.A:
		return false
	}
	marked := hasWord(attr(n, "class"), relatedWords) || hasWord(attr(n, "id"), relatedWords) ||
		hasWord(attr(n, "aria-label"), relatedWords) || hasWord(attr(n, "data-component"), relatedWords)
	if !marked && (n.DataAtom == atom.P || n.DataAtom == atom.Div || n.DataAtom == atom.Li) {
		marked = hasLabel(dom.TextContent(n))
	}
	if !marked {
		h := firstHeading(n)
		marked = h != nil && utf8.RuneCountInString(cleanInline(dom.TextContent(h))) <= 40 &&
			hasWord(dom.TextContent(h), relatedHeadings)
	}
	if !marked || parent(n, atom.Nav) != nil {
		return false
	}
	var holdsArticle bool
	forEach(n, func(c *html.Node) bool {
		if c != n && (c.DataAtom == atom.Article || c.DataAtom == atom.Main ||
			strings.Contains(attr(c, "itemprop"), "articleBody")) {
			holdsArticle = true
		}
		return !holdsArticle
	})
	if holdsArticle {
		return false
	}
	total := utf8.RuneCountInString(cleanInline(dom.TextContent(n)))
	linked := 0
	for _, l := range anchors(n) {
		linked += utf8.RuneCountInString(l.text)
	}
	return linked > 0 && linked*3 >= total
}

// firstHeading returns the heading that comes first in n, if no link comes
// before it.
func firstHeading(n *html.Node) *html.Node {
	var h *html.Node
	forEach(n, func(c *html.Node) bool {
		if c == n {
			return true
		}
		if isHeading(c) {
			h = c
			return false
		}
		if c.DataAtom == atom.A || c.DataAtom == atom.P {
			h = nil
			return false
		}
		return true
	})
	return h
}

// forEach calls fn on n and its element descendants in document order,
// stopping once fn returns false.
func forEach(n *html.Node, fn func(*html.Node) bool) bool {
	if n.Type == html.ElementNode && !fn(n) {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !forEach(c, fn) {
			return false
		}
	}
	return true
}

// parent returns the nearest ancestor of n with tag a.
func parent(n *html.Node, a atom.Atom) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == a {
			return p
		}
	}
	return nil
}

// anchors returns the links in n that lead to another page.
func anchors(n *html.Node) []rawLink {
	var links []rawLink
	forEach(n, func(c *html.Node) bool {
		if c.DataAtom != atom.A {
			return true
		}
		href := strings.TrimSpace(attr(c, "href"))
		lower := strings.ToLower(href)
		if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(lower, "javascript:") ||
			strings.HasPrefix(lower, "mailto:") || strings.HasPrefix(lower, "tel:") {
			return true
		}
		text := cleanInline(dom.TextContent(c))
		if text == "" {
			text = cleanInline(attr(c, "title"))
		}
		if text == "" {
			text = cleanInline(attr(c, "aria-label"))
		}
		if text != "" {
			links = append(links, rawLink{href: href, text: text})
		}
		return true
	})
	return links
}

// articleRoot returns the element that holds the article: the first
// <article>, else an element marked itemprop=articleBody, else <main>,
// else <body>.
func articleRoot(root *html.Node) *html.Node {
	var article, itemBody, main, body *html.Node
	forEach(root, func(n *html.Node) bool {
		switch {
		case n.DataAtom == atom.Article && article == nil:
			article = n
		case strings.Contains(attr(n, "itemprop"), "articleBody") && itemBody == nil:
			itemBody = n
		case n.DataAtom == atom.Main && main == nil:
			main = n
		case n.DataAtom == atom.Body && body == nil:
			body = n
		}
		return true
	})
	for _, n := range []*html.Node{article, itemBody, main, body} {
		if n != nil {
			return n
		}
	}
	return nil
}

// takeTrailingList removes the lists of story links that follow the last
// paragraph of the article and returns their links, with the heading that
// introduces a list.
func takeTrailingList(root *html.Node) []rawLink {
	ar := articleRoot(root)
	if ar == nil {
		return nil
	}
	var lastPara int
	var lists []*html.Node
	i := 0
	forEach(ar, func(n *html.Node) bool {
		i++
		switch n.DataAtom {
		case atom.P:
			if parent(n, atom.Li) == nil && cleanInline(dom.TextContent(n)) != "" {
				lastPara = i
				lists = lists[:0] // a list followed by a paragraph does not trail
			}
		case atom.Ul, atom.Ol:
			if parent(n, atom.Nav) == nil && parent(n, atom.Footer) == nil &&
				parent(n, atom.Header) == nil && parent(n, atom.Ul) == nil &&
				parent(n, atom.Ol) == nil && lastPara > 0 && isStoryList(n) {
				lists = append(lists, n)
			}
		}
		return true
	})
	var links []rawLink
	for _, l := range lists {
		links = append(links, anchors(l)...)
		if h := prevElement(l); h != nil && h.Parent != nil && isHeading(h) &&
			utf8.RuneCountInString(cleanInline(dom.TextContent(h))) <= 60 {
			h.Parent.RemoveChild(h)
		}
		l.Parent.RemoveChild(l)
	}
	return links
}

// isStoryList reports whether list has two or more items, each mostly one
// link whose text has at least three words (a headline, not a menu entry).
func isStoryList(list *html.Node) bool {
	items := 0
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode {
			continue
		}
		if li.DataAtom != atom.Li {
			return false
		}
		items++
		total := utf8.RuneCountInString(cleanInline(dom.TextContent(li)))
		links := anchors(li)
		if len(links) == 0 {
			return false
		}
		linked, words := 0, 0
		for _, l := range links {
			linked += utf8.RuneCountInString(l.text)
			words += len(strings.Fields(l.text))
		}
		if linked*5 < total*4 || words < 3 {
			return false
		}
	}
	return items >= 2
}

// prevElement returns the element sibling before n.
func prevElement(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return p
		}
		if p.Type == html.TextNode && strings.TrimSpace(p.Data) != "" {
			return nil
		}
	}
	return nil
}

// takeBylines removes short byline and author elements, which trafilatura
// would otherwise leave in pieces in the body, and returns the text of the
// first one without a leading "By".
func takeBylines(root *html.Node) string {
	var found []*html.Node
	forEach(root, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Html, atom.Head, atom.Body, atom.Main, atom.Article, atom.Meta, atom.Link:
			return true
		}
		class := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
		if strings.Contains(class, "byline") || strings.Contains(class, "dateline") ||
			strings.Contains(class, "author") || strings.Contains(attr(n, "itemprop"), "author") ||
			strings.EqualFold(attr(n, "rel"), "author") {
			if utf8.RuneCountInString(cleanInline(dom.TextContent(n))) <= 200 {
				found = append(found, n)
				return false
			}
		}
		return true
	})
	var byline string
	for _, n := range found {
		if byline == "" {
			text := cleanInline(dom.TextContent(n))
			if len(text) > 3 && strings.EqualFold(text[:3], "by ") {
				text = strings.TrimSpace(text[3:])
			}
			byline = text
		}
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	return byline
}

// resolveLinks makes the links absolute against the page URL, drops
// duplicates and links to the page itself.
func resolveLinks(raw []rawLink, urls ...string) []doc.Link {
	var base *url.URL
	for _, s := range urls {
		if u, err := url.Parse(s); err == nil && u.IsAbs() {
			base = u
			break
		}
	}
	seen := make(map[string]bool)
	if base != nil {
		self := *base
		self.Fragment = ""
		seen[self.String()] = true
	}
	var links []doc.Link
	for _, l := range raw {
		u, err := url.Parse(l.href)
		if err != nil {
			continue
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if u.IsAbs() && u.Scheme != "http" && u.Scheme != "https" {
			continue
		}
		u.Fragment = ""
		s := u.String()
		if s == "" || seen[s] {
			continue
		}
		seen[s] = true
		links = append(links, doc.Link{URL: s, Title: l.text})
	}
	return links
}
