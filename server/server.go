// Package server serves the knowledge graph over HTTP: a JSON API under
// /api/ (described by /api/openapi.json) and a page at / whose assets are
// embedded in the binary.
//
// Article text is untrusted: the API returns it as JSON strings only, and
// every response carries a strict Content-Security-Policy.
package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/store"
)

// Defaults for the zero values of Options.
const (
	DefaultMaxBody = 8 << 20
	DefaultTimeout = 20 * time.Second
)

// ContentSecurityPolicy is sent with every response.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

// Options configure a Server.
type Options struct {
	// Token is the bearer token that POST /api/documents requires; empty
	// makes the server read-only (ingest answers 403).
	Token string
	// Ingest reads one article (text or HTML) into the store and returns
	// its document ID; nil makes the server read-only.
	Ingest func(ctx context.Context, body []byte, contentType string) (docID string, err error)
	// MaxBody caps a request body in bytes (0 means DefaultMaxBody).
	MaxBody int64
	// Timeout bounds the handling of one read request (0 means
	// DefaultTimeout). Ingest is bounded by the HTTP server's write
	// timeout instead.
	Timeout time.Duration
	// Logger receives a line per request at debug level and errors at
	// error level; nil discards them.
	Logger *slog.Logger
}

// Server answers the API and serves the page.
type Server struct {
	st    store.Store
	opt   Options
	log   *slog.Logger
	mux   *http.ServeMux
	token [32]byte
}

// New returns a Server over st.
func New(st store.Store, opt Options) *Server {
	if opt.MaxBody <= 0 {
		opt.MaxBody = DefaultMaxBody
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{st: st, opt: opt, log: log, mux: http.NewServeMux()}
	if opt.Token != "" {
		s.token = sha256.Sum256([]byte(opt.Token))
	}
	s.routes()
	return s
}

// Handler returns the HTTP handler: routes behind security headers, the
// body limit, the request timeout and panic recovery.
func (s *Server) Handler() http.Handler {
	return s.wrap(s.mux)
}

// route is an API pattern and its handler.
type route struct {
	pattern string
	handler http.HandlerFunc
}

// api lists the API's routes; openapi.json describes each of them.
func (s *Server) api() []route {
	return []route{
		{"GET /api/stats", s.handleStats},
		{"GET /api/entities", s.handleFindEntities},
		{"GET /api/entities/{id}", s.handleEntity},
		{"GET /api/entities/{id}/graph", s.handleGraph},
		{"GET /api/entities/{id}/timeline", s.handleTimeline},
		{"GET /api/documents", s.handleDocuments},
		{"POST /api/documents", s.handleIngest},
		{"GET /api/documents/{id}", s.handleDocument},
		{"GET /api/documents/{id}/related", s.handleRelated},
		{"GET /api/quotes", s.handleQuotes},
		{"GET /api/claims", s.handleClaims},
		{"GET /api/search", s.handleSearch},
		{"GET /api/path", s.handlePath},
		{"GET /api/openapi.json", s.handleOpenAPI},
	}
}

func (s *Server) routes() {
	m := s.mux
	for _, r := range s.api() {
		m.HandleFunc(r.pattern, r.handler)
	}
	m.HandleFunc("/api/", s.handleAPINotFound)

	assets, err := fs.Sub(webFS, "web")
	if err != nil {
		// The embedded tree is fixed at build time; a missing folder
		// is a build error, caught by the tests.
		panic(fmt.Sprintf("server: embedded web assets: %v", err))
	}
	files := http.FileServerFS(assets)
	m.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeFileFS(w, r, assets, "index.html")
	})
	static := func(cache string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Cache-Control", cache)
			files.ServeHTTP(w, r)
		}
	}
	m.HandleFunc("GET /app.js", static("no-cache"))
	m.HandleFunc("GET /app.css", static("no-cache"))
	m.HandleFunc("GET /vendor/{file}", static("public, max-age=86400"))
}

// wrap adds what every response needs.
func (s *Server) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		hd := w.Header()
		hd.Set("Content-Security-Policy", ContentSecurityPolicy)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Cross-Origin-Resource-Policy", "same-origin")
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBody)
		}
		if r.Method != http.MethodPost {
			ctx, cancel := context.WithTimeout(r.Context(), s.opt.Timeout)
			defer cancel()
			r = r.WithContext(ctx)
		}
		rec := &statusRecorder{ResponseWriter: w}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				if rec.status == 0 {
					writeError(rec, http.StatusInternalServerError, "internal error")
				}
			}
			s.log.Debug("request", "method", r.Method, "path", r.URL.Path, "status", rec.status,
				"dur", time.Since(start))
		}()
		h.ServeHTTP(rec, r)
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// handleAPINotFound answers API paths no route matches: 405 when the path
// exists for GET or POST, 404 otherwise.
func (s *Server) handleAPINotFound(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		if m == r.Method {
			continue
		}
		r2 := r.Clone(r.Context())
		r2.Method = m
		if _, pat := s.mux.Handler(r2); pat != "/api/" && pat != "" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		writeError(w, http.StatusMethodNotAllowed, fmt.Sprintf("method %s not allowed on %s", r.Method, r.URL.Path))
		return
	}
	writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
}

// apiError is an error with the HTTP status it answers with.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(format string, args ...any) error {
	return &apiError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) error {
	return &apiError{http.StatusNotFound, fmt.Sprintf(format, args...)}
}

// fail writes err as a JSON error with its status: an apiError's own,
// 404 for store.ErrNotFound, 503 for a timeout, else 500 (logged, and not
// shown to the client).
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var ae *apiError
	switch {
	case errors.As(err, &ae):
		writeError(w, ae.status, ae.msg)
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "not found")
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, "request timed out")
	case errors.Is(err, context.Canceled):
		// The client went away; nobody reads the answer.
		writeError(w, http.StatusServiceUnavailable, "request canceled")
	default:
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, "internal error")
	}
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":"internal error: encode response"}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Length", strconv.Itoa(len(b)+1))
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// intParam reads an integer query parameter in [lo, hi], def when absent.
func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, badRequest("%s must be an integer from %d to %d, not %q", name, lo, hi, v)
	}
	return n, nil
}

// authorized reports whether r carries the bearer token, comparing in
// constant time (the digests have a fixed length, so the token's length
// leaks nothing either).
func (s *Server) authorized(r *http.Request) bool {
	h := r.Header.Get("Authorization")
	const prefix = "bearer "
	if len(h) <= len(prefix) || !strings.EqualFold(h[:len(prefix)], prefix) {
		return false
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(h[len(prefix):])))
	return subtle.ConstantTimeCompare(got[:], s.token[:]) == 1
}
