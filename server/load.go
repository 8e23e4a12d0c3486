package server

import (
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"
)

// LoadResult is what Load measured.
type LoadResult struct {
	Clients  int           `json:"clients"`
	Duration time.Duration `json:"duration"`
	Requests int           `json:"requests"`
	// Errors counts failed requests: transport errors and answers with a
	// status other than 2xx.
	Errors int `json:"errors"`
	// PerSecond is Requests divided by Duration.
	PerSecond float64    `json:"per_second"`
	Paths     []PathLoad `json:"paths"`
	// FirstError is the first failure seen, for the report.
	FirstError string `json:"first_error,omitempty"`
}

// PathLoad is the latency of one path under load.
type PathLoad struct {
	Path     string        `json:"path"`
	Requests int           `json:"requests"`
	Errors   int           `json:"errors"`
	P50      time.Duration `json:"p50"`
	P99      time.Duration `json:"p99"`
	Max      time.Duration `json:"max"`
}

// String formats r as a table, one line per path.
func (r LoadResult) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d clients, %v: %d requests (%.0f/s), %d errors\n", r.Clients, r.Duration.Round(time.Millisecond),
		r.Requests, r.PerSecond, r.Errors)
	for _, p := range r.Paths {
		fmt.Fprintf(&b, "%-60s n=%-7d err=%-4d p50=%-10v p99=%-10v max=%v\n", p.Path, p.Requests, p.Errors,
			p.P50.Round(time.Microsecond), p.P99.Round(time.Microsecond), p.Max.Round(time.Microsecond))
	}
	if r.FirstError != "" {
		fmt.Fprintf(&b, "first error: %s\n", r.FirstError)
	}
	return b.String()
}

// Load sends GET requests for paths (relative to baseURL) from clients
// concurrent clients for d, or until ctx is done, and reports the
// latency of each path and the errors. Each client walks the paths in
// turn, starting at a different one. A request still running at the end
// is abandoned and not counted. Point it only at a server you run.
func Load(ctx context.Context, baseURL string, clients int, d time.Duration, paths []string) LoadResult {
	if clients < 1 {
		clients = 1
	}
	res := LoadResult{Clients: clients}
	if len(paths) == 0 || d <= 0 {
		return res
	}
	base := strings.TrimRight(baseURL, "/")
	tr := &http.Transport{
		MaxIdleConns:        clients,
		MaxIdleConnsPerHost: clients,
		IdleConnTimeout:     30 * time.Second,
		DisableCompression:  true,
	}
	defer tr.CloseIdleConnections()
	hc := &http.Client{Transport: tr, Timeout: 30 * time.Second}

	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()

	type sample struct {
		lat []time.Duration
		err int
	}
	per := make([][]sample, clients)
	var (
		mu       sync.Mutex
		firstErr string
	)
	noteErr := func(s string) {
		mu.Lock()
		if firstErr == "" {
			firstErr = s
		}
		mu.Unlock()
	}
	start := time.Now()
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		per[c] = make([]sample, len(paths))
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			mine := per[c]
			for i := c; ctx.Err() == nil; i++ {
				k := i % len(paths)
				t0 := time.Now()
				status, err := fetch(ctx, hc, base+paths[k])
				lat := time.Since(t0)
				if ctx.Err() != nil {
					return // cut off by the end of the run
				}
				if err != nil || status < 200 || status > 299 {
					mine[k].err++
					if err != nil {
						noteErr(fmt.Sprintf("GET %s: %v", paths[k], err))
					} else {
						noteErr(fmt.Sprintf("GET %s: status %d", paths[k], status))
					}
					continue
				}
				mine[k].lat = append(mine[k].lat, lat)
			}
		}(c)
	}
	wg.Wait()
	res.Duration = time.Since(start)
	res.FirstError = firstErr
	for k, p := range paths {
		var lat []time.Duration
		errs := 0
		for c := range per {
			lat = append(lat, per[c][k].lat...)
			errs += per[c][k].err
		}
		slices.Sort(lat)
		pl := PathLoad{Path: p, Requests: len(lat) + errs, Errors: errs}
		if len(lat) > 0 {
			pl.P50, pl.P99, pl.Max = quantile(lat, 0.50), quantile(lat, 0.99), lat[len(lat)-1]
		}
		res.Paths = append(res.Paths, pl)
		res.Requests += pl.Requests
		res.Errors += errs
	}
	if res.Duration > 0 {
		res.PerSecond = float64(res.Requests) / res.Duration.Seconds()
	}
	return res
}

// quantile returns the q-quantile of sorted latencies (nearest rank).
func quantile(sorted []time.Duration, q float64) time.Duration {
	i := int(math.Ceil(q*float64(len(sorted)))) - 1
	i = max(0, min(i, len(sorted)-1))
	return sorted[i]
}

func fetch(ctx context.Context, hc *http.Client, url string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return resp.StatusCode, fmt.Errorf("read body: %w", err)
	}
	return resp.StatusCode, nil
}
