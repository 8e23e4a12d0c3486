package server

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// serveLoopback serves h on a free loopback port until the test ends.
func serveLoopback(t *testing.T, h http.Handler) (base string, stop func() error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, h) }()
	stopped := false
	stop = func() error {
		if stopped {
			return nil
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(ShutdownTimeout + 5*time.Second):
			return errors.New("server did not stop")
		}
	}
	t.Cleanup(func() { stop() })
	return "http://" + ln.Addr().String(), stop
}

func TestLoad(t *testing.T) {
	h, _ := fixtureServer(t, Options{})
	base, _ := serveLoopback(t, h)
	paths := []string{
		"/api/entities?q=luna",
		"/api/entities/" + idLuna,
		"/api/entities/" + idLuna + "/graph?depth=2",
		"/api/documents/doc-interview",
		"/api/search?q=stubborn",
		"/api/nothing", // 404: every request to it is an error
	}
	// One client per path: each client starts at its own path, so every
	// path is asked at least once even on a slow machine.
	const d = 2 * time.Second
	res := Load(context.Background(), base, len(paths), d, paths)
	t.Logf("\n%s", res)
	if res.Clients != len(paths) || len(res.Paths) != len(paths) || res.Duration < d || res.Duration > d+5*time.Second {
		t.Fatalf("result %+v", res)
	}
	total, errs := 0, 0
	for i, p := range res.Paths {
		if p.Path != paths[i] || p.Requests == 0 {
			t.Errorf("path %d: %+v", i, p)
		}
		bad := strings.HasSuffix(p.Path, "/nothing")
		if bad && (p.Errors != p.Requests || p.P50 != 0) || !bad && (p.Errors != 0 || p.P50 <= 0 || p.P50 > p.P99 || p.P99 > p.Max) {
			t.Errorf("path %s: %+v", p.Path, p)
		}
		total += p.Requests
		errs += p.Errors
	}
	if total != res.Requests || errs != res.Errors || res.Errors == 0 || !strings.Contains(res.FirstError, "status 404") {
		t.Errorf("totals %d/%d errors %d/%d first %q", total, res.Requests, errs, res.Errors, res.FirstError)
	}
	if res.PerSecond <= 0 {
		t.Errorf("rate %v", res.PerSecond)
	}
}

func TestLoadUnreachable(t *testing.T) {
	// A port nobody listens on: every request fails, and Load still
	// stops on time.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	res := Load(context.Background(), "http://"+addr, 2, 300*time.Millisecond, []string{"/api/stats"})
	if res.Requests == 0 || res.Errors != res.Requests || res.FirstError == "" {
		t.Errorf("result %+v", res)
	}
}

func TestQuantile(t *testing.T) {
	var lat []time.Duration
	for i := 1; i <= 200; i++ {
		lat = append(lat, time.Duration(i))
	}
	if q := quantile(lat, 0.5); q != 100 {
		t.Errorf("p50 %v", q)
	}
	if q := quantile(lat, 0.99); q != 198 {
		t.Errorf("p99 %v", q)
	}
	if q := quantile(lat[:1], 0.99); q != 1 {
		t.Errorf("p99 of one %v", q)
	}
}

func TestServeShutdown(t *testing.T) {
	// A slow request in flight when the context ends still completes.
	started := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		io.WriteString(w, "done")
	})
	base, stop := serveLoopback(t, h)
	got := make(chan string, 1)
	go func() {
		resp, err := http.Get(base + "/")
		if err != nil {
			got <- "error: " + err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got <- string(b)
	}()
	<-started
	if err := stop(); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
	if s := <-got; s != "done" {
		t.Errorf("in-flight request got %q", s)
	}
	if _, err := http.Get(base + "/"); err == nil {
		t.Errorf("server still answers after shutdown")
	}
}

func TestListenAndServeBadAddr(t *testing.T) {
	err := ListenAndServe(context.Background(), "127.0.0.1:notaport", http.NotFoundHandler())
	if err == nil || !strings.Contains(err.Error(), "listen on 127.0.0.1:notaport") {
		t.Errorf("error %v", err)
	}
}
