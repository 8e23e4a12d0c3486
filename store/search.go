package store

import (
	"context"
	"fmt"
	"html"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
)

// Snippet markers: private-use characters that the engines put around
// matches, replaced by <mark> tags after the text is HTML-escaped.
const (
	markOpen  = "\uE000"
	markClose = "\uE001"
)

// markHTML escapes s and turns the markers into <mark> tags; markers
// without a partner are dropped.
func markHTML(s string) string {
	var b strings.Builder
	open := false
	for s != "" {
		i := strings.IndexAny(s, markOpen+markClose)
		if i < 0 {
			b.WriteString(html.EscapeString(s))
			break
		}
		b.WriteString(html.EscapeString(s[:i]))
		isOpen := strings.HasPrefix(s[i:], markOpen)
		switch {
		case isOpen && !open:
			b.WriteString("<mark>")
			open = true
		case !isOpen && open:
			b.WriteString("</mark>")
			open = false
		}
		s = s[i+len(markOpen):]
	}
	if open {
		b.WriteString("</mark>")
	}
	return b.String()
}

// markTerms puts the markers around each word of s (a run of letters and
// digits) that folds to one of words.
func markTerms(s string, words []string) string {
	var b strings.Builder
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }
	for s != "" {
		i := strings.IndexFunc(s, word)
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !word(r) })
		if j < 0 {
			j = len(s)
		}
		if w := s[:j]; slices.Contains(words, Fold(w)) {
			b.WriteString(markOpen + w + markClose)
		} else {
			b.WriteString(w)
		}
		s = s[j:]
	}
	return b.String()
}

// Search finds q in documents and quotations.
func (s *sqlStore) Search(ctx context.Context, q string, n int) ([]Hit, error) {
	words := terms(q)
	if len(words) == 0 {
		return nil, nil
	}
	n = limit(n, 20)
	var docQ, quoteQ string
	var arg string
	var args []any
	if s.d.postgres {
		arg = strings.Join(words, " ")
		opts := "StartSel=" + markOpen + ", StopSel=" + markClose + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \""
		// Rank every match, then make headlines for the best n only:
		// ts_headline reads the whole text and is the costly part.
		docQ = `WITH query AS (SELECT plainto_tsquery('simple', ?) AS query),
			top AS (SELECT d.id, ts_rank_cd(d.tsv, query.query) AS rank FROM documents d, query
				WHERE d.tsv @@ query.query ORDER BY rank DESC, d.id LIMIT ?)
			SELECT d.id, d.title, '', ts_headline('simple', d.title || ' — ' || d.body, query.query, '` + opts + `'), top.rank,
				0, 0, NULL, NULL, NULL
			FROM top JOIN documents d ON d.id = top.id, query ORDER BY top.rank DESC, d.id`
		quoteQ = `WITH query AS (SELECT plainto_tsquery('simple', ?) AS query),
			top AS (SELECT q.id, ts_rank_cd(q.tsv, query.query) AS rank FROM quotes q, query
				WHERE q.tsv @@ query.query ORDER BY rank DESC, q.id LIMIT ?)
			SELECT q.doc_id, d.title, q.id, ts_headline('simple', q.text, query.query, 'StartSel=` + markOpen + `, StopSel=` + markClose + `, HighlightAll=true'), top.rank,
				q.start_off, q.end_off, ` + refCols("q.speaker_id", "e") + `
			FROM top JOIN quotes q ON q.id = top.id JOIN documents d ON d.id = q.doc_id LEFT JOIN entities e ON e.id = q.speaker_id, query
			ORDER BY top.rank DESC, q.id`
		args = []any{arg, n}
	} else {
		quoted := make([]string, len(words))
		for i, w := range words {
			quoted[i] = `"` + w + `"`
		}
		arg = strings.Join(quoted, " ")
		// Rank every match, then make snippets for the best n only:
		// snippet() reads the whole text and is the costly part.
		docQ = `SELECT d.id, d.title, '', snippet(documents_fts, -1, '` + markOpen + `', '` + markClose + `', '…', 24),
				-bm25(documents_fts, 5.0, 1.0), 0, 0, NULL, NULL, NULL
			FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
			WHERE documents_fts MATCH ? AND documents_fts.rowid IN (
				SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?
				ORDER BY bm25(documents_fts, 5.0, 1.0), rowid LIMIT ?)
			ORDER BY 5 DESC, d.id`
		quoteQ = `SELECT q.doc_id, d.title, q.id, highlight(quotes_fts, 0, '` + markOpen + `', '` + markClose + `'),
				-bm25(quotes_fts), q.start_off, q.end_off, ` + refCols("q.speaker_id", "e") + `
			FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid JOIN documents d ON d.id = q.doc_id
				LEFT JOIN entities e ON e.id = q.speaker_id
			WHERE quotes_fts MATCH ? AND quotes_fts.rowid IN (
				SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?
				ORDER BY bm25(quotes_fts), rowid LIMIT ?)
			ORDER BY 5 DESC, q.id`
		args = []any{arg, arg, n}
	}
	var hits []Hit
	for _, part := range []struct{ kind, q string }{{HitDocument, docQ}, {HitQuote, quoteQ}} {
		rows, err := s.query(ctx, s.read, part.q, args...)
		if err != nil {
			return nil, fmt.Errorf("search %q: %s: %w", q, part.kind, err)
		}
		for rows.Next() {
			h := Hit{Kind: part.kind}
			var snippet string
			var start, end int
			var speaker nullRef
			dest := append([]any{&h.DocID, &h.Title, &h.QuoteID, &snippet, &h.Rank, &start, &end}, speaker.dest()...)
			if err := rows.Scan(dest...); err != nil {
				rows.Close()
				return nil, fmt.Errorf("search %q: %w", q, err)
			}
			if s.d.postgres {
				// ts_headline compares the unfolded text with the
				// folded query, so it misses accented words: mark
				// again here, ignoring case and accents.
				snippet = markTerms(strings.NewReplacer(markOpen, "", markClose, "").Replace(snippet), words)
			}
			h.Snippet = markHTML(snippet)
			if part.kind == HitQuote {
				h.Span = &doc.Span{Start: start, End: end}
				h.Speaker = speaker.ref()
			}
			hits = append(hits, h)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("search %q: %w", q, err)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Rank > hits[j].Rank })
	if len(hits) > n {
		hits = hits[:n]
	}
	return hits, nil
}

// Related lists documents sharing entities with docID.
func (s *sqlStore) Related(ctx context.Context, docID string, n int) ([]RelatedDoc, error) {
	var total int
	if err := s.queryRow(ctx, s.read, "SELECT COUNT(*) FROM documents").Scan(&total); err != nil {
		return nil, fmt.Errorf("related %s: %w", docID, err)
	}
	rows, err := s.query(ctx, s.read, `WITH mine AS (
			SELECT DISTINCT entity_id FROM mentions WHERE doc_id = ? AND entity_id IS NOT NULL),
		df AS (
			SELECT m.entity_id, COUNT(DISTINCT m.doc_id) AS n FROM mentions m
			WHERE m.entity_id IN (SELECT entity_id FROM mine) GROUP BY m.entity_id),
		pairs AS (
			SELECT DISTINCT m.doc_id, m.entity_id FROM mentions m
			WHERE m.entity_id IN (SELECT entity_id FROM mine) AND m.doc_id <> ?)
		SELECT p.doc_id, p.entity_id, e.name, e.type, df.n
		FROM pairs p JOIN df ON df.entity_id = p.entity_id JOIN entities e ON e.id = p.entity_id
		ORDER BY p.doc_id, df.n, e.id`, docID, docID)
	if err != nil {
		return nil, fmt.Errorf("related %s: %w", docID, err)
	}
	byDoc := map[string]*RelatedDoc{}
	var order []*RelatedDoc
	for rows.Next() {
		var id, typ string
		var r kg.Ref
		var df int
		if err := rows.Scan(&id, &r.ID, &r.Name, &typ, &df); err != nil {
			rows.Close()
			return nil, fmt.Errorf("related %s: %w", docID, err)
		}
		r.Type = doc.EntityType(typ)
		rd := byDoc[id]
		if rd == nil {
			rd = &RelatedDoc{Document: doc.Document{ID: id}}
			byDoc[id] = rd
			order = append(order, rd)
		}
		rd.Shared = append(rd.Shared, r)
		rd.Score += math.Log(1 + float64(total)/float64(max(df, 1)))
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("related %s: %w", docID, err)
	}
	sort.SliceStable(order, func(i, j int) bool {
		if order[i].Score != order[j].Score {
			return order[i].Score > order[j].Score
		}
		return order[i].Document.ID < order[j].Document.ID
	})
	if n = limit(n, 10); len(order) > n {
		order = order[:n]
	}
	out := make([]RelatedDoc, len(order))
	for i, rd := range order {
		d, err := scanDocument(s.queryRow(ctx, s.read, "SELECT "+docCols+", '' FROM documents d WHERE d.id = ?", rd.Document.ID))
		if err != nil {
			return nil, fmt.Errorf("related %s: document %s: %w", docID, rd.Document.ID, err)
		}
		rd.Document = d
		out[i] = *rd
	}
	return out, nil
}
