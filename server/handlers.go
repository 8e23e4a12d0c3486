package server

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/newsgraph/newsgraph/doc"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store"
)

// Caps on what one request may ask for.
const (
	maxLimit    = 1000
	maxQueryLen = 500
)

func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	st, err := s.st.Stats(r.Context())
	if err != nil {
		s.fail(w, r, fmt.Errorf("stats: %w", err))
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// queryParam returns a required, length-capped text parameter.
func queryParam(r *http.Request, name string) (string, error) {
	q := strings.TrimSpace(r.URL.Query().Get(name))
	if q == "" {
		return "", badRequest("missing query parameter %s", name)
	}
	if len(q) > maxQueryLen {
		return "", badRequest("query parameter %s is longer than %d bytes", name, maxQueryLen)
	}
	return q, nil
}

func (s *Server) handleFindEntities(w http.ResponseWriter, r *http.Request) {
	q, err := queryParam(r, "q")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	limit, err := intParam(r, "limit", 20, 1, maxLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	es, err := s.st.FindEntities(r.Context(), q, limit)
	if err != nil {
		s.fail(w, r, fmt.Errorf("find entities %q: %w", q, err))
		return
	}
	writeJSON(w, http.StatusOK, EntityList{Query: q, Entities: nonNil(es)})
}

// entity returns the entity named by the path's {id}, or a 404 error.
func (s *Server) entity(r *http.Request) (*kg.Entity, error) {
	id := r.PathValue("id")
	e, err := s.st.Entity(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, notFound("no entity %q", id)
	}
	if err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	return e, nil
}

// resolve returns the entity that best matches the name given in the
// query parameter, nil when the parameter is absent, or a 404 error when
// nothing matches.
func (s *Server) resolve(r *http.Request, param string) (*kg.Ref, error) {
	name := strings.TrimSpace(r.URL.Query().Get(param))
	if name == "" {
		return nil, nil
	}
	if len(name) > maxQueryLen {
		return nil, badRequest("query parameter %s is longer than %d bytes", param, maxQueryLen)
	}
	es, err := s.st.FindEntities(r.Context(), name, 1)
	if err != nil {
		return nil, fmt.Errorf("find entity %q: %w", name, err)
	}
	if len(es) == 0 {
		return nil, notFound("no entity matches %s=%q", param, name)
	}
	ref := ref(&es[0])
	return &ref, nil
}

func (s *Server) handleEntity(w http.ResponseWriter, r *http.Request) {
	e, err := s.entity(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx := r.Context()
	card := EntityCard{Entity: *e}
	out, err := s.st.Claims(ctx, store.ClaimFilter{Subject: e.ID, Limit: 500})
	if err != nil {
		s.fail(w, r, fmt.Errorf("claims of %s: %w", e.ID, err))
		return
	}
	in, err := s.st.Claims(ctx, store.ClaimFilter{Object: e.ID, Limit: 500})
	if err != nil {
		s.fail(w, r, fmt.Errorf("claims to %s: %w", e.ID, err))
		return
	}
	card.ClaimsOut, card.ClaimsIn = viewsOf(out, cardEvidence), viewsOf(in, cardEvidence)
	if card.QuotesBy, err = s.st.Quotes(ctx, store.QuoteFilter{Speaker: e.ID, Limit: 500}); err != nil {
		s.fail(w, r, fmt.Errorf("quotes by %s: %w", e.ID, err))
		return
	}
	if card.QuotesAbout, err = s.st.Quotes(ctx, store.QuoteFilter{About: e.ID, Limit: 500}); err != nil {
		s.fail(w, r, fmt.Errorf("quotes about %s: %w", e.ID, err))
		return
	}
	docs, err := s.st.Documents(ctx, store.DocFilter{Entity: e.ID, Limit: 200})
	if err != nil {
		s.fail(w, r, fmt.Errorf("documents of %s: %w", e.ID, err))
		return
	}
	card.Documents = summaries(docs)
	card.QuotesBy, card.QuotesAbout = nonNil(card.QuotesBy), nonNil(card.QuotesAbout)
	writeJSON(w, http.StatusOK, card)
}

func summaries(docs []doc.Document) []DocSummary {
	out := make([]DocSummary, len(docs))
	for i := range docs {
		out[i] = summarize(&docs[i])
	}
	return out
}

func (s *Server) handleDocuments(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 100, 1, maxLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	offset, err := intParam(r, "offset", 0, 0, 1<<30)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	q := r.URL.Query()
	docs, err := s.st.Documents(r.Context(), store.DocFilter{
		Entity: q.Get("entity"), Site: q.Get("site"), Limit: limit, Offset: offset})
	if err != nil {
		s.fail(w, r, fmt.Errorf("list documents: %w", err))
		return
	}
	writeJSON(w, http.StatusOK, DocumentList{Documents: summaries(docs)})
}

func (s *Server) handleDocument(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	v, err := s.st.Document(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, notFound("no document %q", id))
		return
	}
	if err != nil {
		s.fail(w, r, fmt.Errorf("document %s: %w", id, err))
		return
	}
	writeJSON(w, http.StatusOK, documentView(v))
}

// documentView lays out a stored document for the page: every span with
// byte and code-point offsets, mentions with their entities' names, and
// each claim once per piece of evidence it has in this document.
func documentView(v *store.DocView) DocumentView {
	body := v.Document.Body
	x := newCPIndex(body)
	names := make(map[string]string, len(v.Entities))
	for _, e := range v.Entities {
		names[e.ID] = e.Name
	}
	out := DocumentView{
		Document:  v.Document,
		Sentences: make([]SentenceOut, len(v.Sentences)),
		Mentions:  make([]MentionOut, len(v.Mentions)),
		Quotes:    make([]QuoteOut, len(v.Quotes)),
		Claims:    []ClaimOut{},
		Entities:  nonNil(v.Entities),
	}
	for i, s := range v.Sentences {
		out.Sentences[i] = SentenceOut{Offsets: x.span(s.Span), Paragraph: s.Paragraph}
	}
	for i, m := range v.Mentions {
		out.Mentions[i] = MentionOut{Offsets: x.span(m.Span), Text: m.Text, Type: m.Type, Kind: m.Kind,
			EntityID: m.EntityID, EntityName: names[m.EntityID], Score: m.Score}
	}
	for i, q := range v.Quotes {
		qo := QuoteOut{Offsets: x.span(q.Span), ID: q.ID, Text: q.Text, Direct: q.Direct, Speaker: q.Speaker,
			Cue: q.Cue, About: q.About, Sentence: q.Sentence, Score: q.Score}
		if q.SpeakerSpan.End > q.SpeakerSpan.Start {
			o := x.span(q.SpeakerSpan)
			qo.SpeakerSpan = &o
		}
		out.Quotes[i] = qo
	}
	for _, c := range v.Claims {
		for _, ev := range c.Evidence {
			if ev.Doc != v.Document.ID {
				continue
			}
			out.Claims = append(out.Claims, ClaimOut{Offsets: x.span(ev.Span), Sentence: ev.Text,
				Extractor: ev.Extractor, Claim: viewOf(c, fewEvidence)})
		}
	}
	return out
}

func (s *Server) handleRelated(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	limit, err := intParam(r, "limit", 10, 1, 100)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	rel, err := s.st.Related(r.Context(), id, limit)
	if errors.Is(err, store.ErrNotFound) {
		s.fail(w, r, notFound("no document %q", id))
		return
	}
	if err != nil {
		s.fail(w, r, fmt.Errorf("related to %s: %w", id, err))
		return
	}
	if len(rel) == 0 {
		// The store answers an unknown document with no related ones;
		// tell the two apart.
		if _, err := s.st.Document(r.Context(), id); errors.Is(err, store.ErrNotFound) {
			s.fail(w, r, notFound("no document %q", id))
			return
		} else if err != nil {
			s.fail(w, r, fmt.Errorf("document %s: %w", id, err))
			return
		}
	}
	out := RelatedList{Documents: make([]RelatedOut, len(rel))}
	for i := range rel {
		out.Documents[i] = RelatedOut{DocSummary: summarize(&rel[i].Document), Shared: nonNil(rel[i].Shared),
			Score: rel[i].Score}
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleQuotes(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 200, 1, maxLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	speaker, err := s.resolve(r, "speaker")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	about, err := s.resolve(r, "about")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	f := store.QuoteFilter{Doc: r.URL.Query().Get("doc"), Limit: limit}
	if speaker != nil {
		f.Speaker = speaker.ID
	}
	if about != nil {
		f.About = about.ID
	}
	qs, err := s.st.Quotes(r.Context(), f)
	if err != nil {
		s.fail(w, r, fmt.Errorf("quotes: %w", err))
		return
	}
	writeJSON(w, http.StatusOK, QuoteList{Speaker: speaker, About: about, Quotes: nonNil(qs)})
}

// predicateParam returns the predicate named by the query parameter, ""
// when absent, or a 400 error when it is not in the vocabulary.
func predicateParam(r *http.Request) (doc.Predicate, error) {
	p := doc.Predicate(strings.TrimSpace(r.URL.Query().Get("predicate")))
	if p == "" {
		return "", nil
	}
	if _, ok := doc.Info(p); !ok {
		return "", badRequest("unknown predicate %q", p)
	}
	return p, nil
}

func (s *Server) handleClaims(w http.ResponseWriter, r *http.Request) {
	p, err := predicateParam(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	limit, err := intParam(r, "limit", 200, 1, maxLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	subject, err := s.resolve(r, "subject")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	object, err := s.resolve(r, "object")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	f := store.ClaimFilter{Predicate: p, Limit: limit}
	if subject != nil {
		f.Subject = subject.ID
	}
	if object != nil {
		f.Object = object.ID
	}
	cs, err := s.st.Claims(r.Context(), f)
	if err != nil {
		s.fail(w, r, fmt.Errorf("claims: %w", err))
		return
	}
	writeJSON(w, http.StatusOK, ClaimList{Predicate: p, Subject: subject, Object: object, Claims: nonNil(cs)})
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q, err := queryParam(r, "q")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	limit, err := intParam(r, "limit", 20, 1, 100)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx := r.Context()
	ents, err := s.st.FindEntities(ctx, q, 10)
	if err != nil {
		s.fail(w, r, fmt.Errorf("search entities %q: %w", q, err))
		return
	}
	hits, err := s.st.Search(ctx, q, limit)
	if err != nil {
		s.fail(w, r, fmt.Errorf("search %q: %w", q, err))
		return
	}
	out := SearchResult{Query: q, Entities: nonNil(ents), Hits: make([]HitOut, len(hits))}
	for i, h := range hits {
		ho := HitOut{Kind: h.Kind, Doc: h.DocID, Title: h.Title, QuoteID: h.QuoteID, Snippet: h.Snippet, Rank: h.Rank, Speaker: h.Speaker}
		if h.Span != nil {
			ho.Start, ho.End = &h.Span.Start, &h.Span.End
		}
		out.Hits[i] = ho
	}
	writeJSON(w, http.StatusOK, out)
}

// ingestTypes are the media types POST /api/documents accepts.
var ingestTypes = map[string]bool{"text/plain": true, "text/html": true, "application/xhtml+xml": true}

func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) {
	if s.opt.Token == "" || s.opt.Ingest == nil {
		writeError(w, http.StatusForbidden, "ingest is disabled on this server")
		return
	}
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
		writeError(w, http.StatusUnauthorized, "missing or wrong bearer token")
		return
	}
	ct := r.Header.Get("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil || !ingestTypes[mt] {
		writeError(w, http.StatusUnsupportedMediaType, "content type must be text/plain or text/html, not "+fmt.Sprintf("%q", ct))
		return
	}
	body, err := io.ReadAll(r.Body)
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body is larger than %d bytes", tooBig.Limit))
		return
	}
	if err != nil {
		writeError(w, http.StatusBadRequest, "read body: "+err.Error())
		return
	}
	if len(strings.TrimSpace(string(body))) == 0 {
		writeError(w, http.StatusBadRequest, "empty body")
		return
	}
	id, err := s.opt.Ingest(r.Context(), body, ct)
	if err != nil {
		s.log.Warn("ingest failed", "err", err)
		writeError(w, http.StatusUnprocessableEntity, "ingest: "+err.Error())
		return
	}
	w.Header().Set("Location", "/api/documents/"+id)
	writeJSON(w, http.StatusCreated, IngestResult{ID: id})
}

// nonNil returns s, or an empty slice for nil, so that JSON lists are
// never null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
