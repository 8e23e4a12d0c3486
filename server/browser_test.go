package server

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/newsgraph/newsgraph/kg"
)

const chromiumPath = "/usr/bin/chromium"

// browser starts headless Chromium for a test, or skips the test when it
// is not installed (unless NEWSGRAPH_BROWSER_REQUIRED=1, as CI sets).
func browser(t *testing.T) context.Context {
	t.Helper()
	required := os.Getenv("NEWSGRAPH_BROWSER_REQUIRED") == "1"
	if testing.Short() && !required {
		t.Skip("skipping browser test in -short mode")
	}
	if _, err := os.Stat(chromiumPath); err != nil {
		if required {
			t.Fatalf("browser tests need %s (apt-get install chromium): %v", chromiumPath, err)
		}
		t.Skipf("skipping browser test: %s not found (apt-get install chromium; NEWSGRAPH_BROWSER_REQUIRED=1 makes this fail)", chromiumPath)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	// Start the browser now, so that a failure to start shows here.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", chromiumPath, err)
	}
	return ctx
}

// console collects what the page writes to its console: messages,
// uncaught exceptions and browser log entries (where Content Security
// Policy violations are reported).
type console struct {
	mu   sync.Mutex
	msgs []string
}

func watchConsole(ctx context.Context) *console {
	c := &console{}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			c.mu.Lock()
			c.msgs = append(c.msgs, m.String())
			c.mu.Unlock()
		}
	}()
	return c
}

// problems returns the messages that show a fault: errors, exceptions,
// warnings and any mention of the security policy.
func (c *console) problems() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, m := range c.msgs {
		if strings.HasPrefix(m, "error:") || strings.HasPrefix(m, "exception:") || strings.HasPrefix(m, "warning:") ||
			strings.Contains(m, "Content Security Policy") {
			out = append(out, m)
		}
	}
	return out
}

// page drives the page of one test server in one tab.
type page struct {
	t     *testing.T
	ctx   context.Context
	base  string
	shot  string // prefix of the screenshot files
	start time.Time
	dirs  []string
}

func (p *page) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, actions...); err != nil {
		p.t.Fatalf("%s: %v", what, err)
	}
}

func eval[T any](p *page, expr string) T {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		p.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// wait polls a JavaScript condition until it holds.
func (p *page) wait(what, cond string) {
	p.t.Helper()
	_, err := chromedp.Run(p.ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(20*time.Second),
		chromedp.WithPollingInterval(50*time.Millisecond)))
	if err != nil {
		state, _ := chromedp.Run(p.ctx, chromedp.Evaluate[string](`location.hash + " | route=" +
			(window.newsgraph && window.newsgraph.route) + " ready=" + (window.newsgraph && window.newsgraph.ready) +
			" | " + document.querySelector("#view").textContent.slice(0, 300)`))
		p.t.Fatalf("waiting for %s (%s): %v\npage: %s", what, cond, err, state)
	}
}

// routed waits until the page has rendered the route.
func (p *page) routed(route string) {
	p.t.Helper()
	p.wait("route "+route, fmt.Sprintf(`window.newsgraph && window.newsgraph.ready && window.newsgraph.route === %q`, route))
}

// text returns the text of the first element matching a CSS selector.
func (p *page) text(sel string) string {
	return eval[string](p, fmt.Sprintf(`(document.querySelector(%q) || {textContent: ""}).textContent`, sel))
}

// screenshot saves a PNG of the whole page.
func (p *page) screenshot(name string) {
	p.t.Helper()
	// Let layout and canvas drawing settle.
	p.do("settle", chromedp.Sleep(300*time.Millisecond))
	b, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		p.t.Fatalf("screenshot %s: %v", name, err)
	}
	for _, dir := range p.dirs {
		f := filepath.Join(dir, p.shot+"-"+name+".png")
		if err := os.WriteFile(f, b, 0o644); err != nil {
			p.t.Fatalf("save screenshot: %v", err)
		}
		p.t.Logf("screenshot %s at %v", f, time.Since(p.start).Round(time.Millisecond))
	}
}

// clickAt clicks the point a JavaScript expression gives as [x, y] in
// viewport coordinates.
func (p *page) clickAt(what, expr string) {
	p.t.Helper()
	xy := eval[[]float64](p, expr)
	if len(xy) != 2 {
		p.t.Fatalf("%s: no point to click (%v)", what, xy)
	}
	p.do("click "+what, chromedp.MouseClickXY(xy[0], xy[1]))
}

func screenshotDirs(t *testing.T) []string {
	dirs := []string{t.TempDir()}
	if d := os.Getenv("NEWSGRAPH_SCREENSHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, d)
	}
	return dirs
}

func TestBrowser(t *testing.T) {
	bctx := browser(t)
	st, gs := openFixtureStore(t)
	ts := httptest.NewServer(New(st, Options{}).Handler())
	defer ts.Close()
	dirs := screenshotDirs(t)

	for _, width := range []int64{1280, 390} {
		t.Run(fmt.Sprintf("scenario-%d", width), func(t *testing.T) {
			ctx, cancel := chromedp.NewContext(bctx)
			defer cancel()
			con := watchConsole(ctx)
			p := &page{t: t, ctx: ctx, base: ts.URL, shot: fmt.Sprint(width), dirs: dirs, start: time.Now()}
			p.do("viewport", chromedp.EmulateViewport(width, 860))
			scenario(p, gs)
			if probs := con.problems(); len(probs) > 0 {
				t.Errorf("console problems:\n%s", strings.Join(probs, "\n"))
			}
		})
		t.Run(fmt.Sprintf("hostile-%d", width), func(t *testing.T) {
			ctx, cancel := chromedp.NewContext(bctx)
			defer cancel()
			con := watchConsole(ctx)
			p := &page{t: t, ctx: ctx, base: ts.URL, shot: fmt.Sprint(width), dirs: dirs, start: time.Now()}
			p.do("viewport", chromedp.EmulateViewport(width, 860))
			hostile(p)
			if probs := con.problems(); len(probs) > 0 {
				t.Errorf("console problems:\n%s", strings.Join(probs, "\n"))
			}
		})
	}
}

// scenario searches a name, opens its card, expands a node in the graph,
// shows an edge's evidence, opens a document and clicks a quote through
// to its speaker's card.
func scenario(p *page, gs map[string]*kg.DocGraph) {
	t := p.t
	luna := entityID("PERSON", "Diego Luna")
	narcos := entityID("WORK", "Narcos: Mexico")
	mcnairy := entityID("PERSON", "Scoot McNairy")

	p.do("open home", chromedp.Navigate(p.base+"/"))
	p.routed("/")
	if got := eval[int](p, `document.querySelectorAll("#doc-list li").length`); got != 3 {
		t.Errorf("home lists %d documents, want 3", got)
	}

	// Search.
	p.do("search", chromedp.SendKeys(chromedp.CSS("#q"), "diego luna\n"))
	p.routed("/search/diego%20luna")
	if got := p.text("#entity-results"); !strings.Contains(got, "Diego Luna") {
		t.Fatalf("entity results %q lack Diego Luna", got)
	}
	if got := eval[int](p, `document.querySelectorAll("#document-results li").length`); got != 2 {
		t.Errorf("search lists %d documents, want 2", got)
	}
	p.screenshot("search")

	// Card.
	p.do("open card", chromedp.Click(chromedp.CSS(fmt.Sprintf(`#entity-results a[href="#/entity/%s"]`, luna))))
	p.routed("/entity/" + luna)
	if got := p.text("#entity-card h1"); !strings.HasPrefix(got, "Diego Luna") {
		t.Errorf("card title %q", got)
	}
	if got := p.text("#claims-out"); !strings.Contains(got, "Diego Luna returns as the trafficker Miguel Ángel Félix Gallardo.") {
		t.Errorf("claims lack their evidence sentence: %q", got)
	}
	if got := p.text("#quotes-by"); !strings.Contains(got, "Power makes him paranoid") {
		t.Errorf("quotes by Luna: %q", got)
	}
	p.wait("timeline", `document.querySelectorAll("#timeline li").length === 2`)
	p.wait("graph", `newsgraph.cy && newsgraph.graphBusy === 0 && newsgraph.cy.nodes().length === 3`)
	p.screenshot("card")

	// Graph: click the series node; its neighbours (McNairy, Netflix) join.
	p.do("scroll to graph", chromedp.ScrollIntoView(chromedp.CSS("#graph")))
	p.clickAt("series node", fmt.Sprintf(`(() => {
		const n = newsgraph.cy.getElementById(%q), p = n.renderedPosition();
		const r = newsgraph.cy.container().getBoundingClientRect();
		return [r.left + p.x, r.top + p.y];
	})()`, narcos))
	p.wait("expansion", fmt.Sprintf(`newsgraph.graphBusy === 0 && newsgraph.cy.nodes().length === 5 &&
		newsgraph.cy.getElementById(%q).nonempty()`, mcnairy))
	if got := p.text("#graph-info"); !strings.Contains(got, "Narcos: Mexico") {
		t.Errorf("graph info after tapping the series: %q", got)
	}
	// Click an edge: its evidence sentence shows.
	p.do("settle layout", chromedp.Sleep(200*time.Millisecond))
	p.clickAt("released_on edge", `(() => {
		const e = newsgraph.cy.edges('[predicate = "released_on"]')[0], m = e.renderedMidpoint();
		const r = newsgraph.cy.container().getBoundingClientRect();
		return [r.left + m.x, r.top + m.y];
	})()`)
	p.wait("edge evidence", `document.querySelector("#graph-info").textContent.includes("arrives on Netflix this Thursday")`)
	p.screenshot("graph")
	// Filter by predicate: the graph reloads with only those claims.
	p.do("filter", chromedp.Evaluate[chromedp.Void](`(() => {
		const s = document.querySelector("#graph-predicate"); s.value = "plays";
		s.dispatchEvent(new Event("change")); })()`))
	p.wait("filtered graph", `newsgraph.graphBusy === 0 && newsgraph.cy.nodes().length === 2 &&
		newsgraph.cy.edges().length === 1 && newsgraph.cy.edges()[0].data("predicate") === "plays"`)

	// Document.
	p.do("open document", chromedp.Click(chromedp.CSS(`#entity-docs a[href="#/doc/doc-interview"]`)))
	p.routed("/doc/doc-interview")
	if got := eval[int](p, `document.querySelectorAll("#doc-body .m[data-entity]").length`); got != 12 {
		t.Errorf("document shows %d linked mentions, want 12", got)
	}
	if got := eval[int](p, `document.querySelectorAll("#doc-body .q[data-speaker]").length`); got != 2 {
		t.Errorf("document shows %d quotes, want 2", got)
	}
	body := p.text("#doc-body")
	if !strings.Contains(body, "Miguel Ángel Félix Gallardo") || !strings.Contains(body, "“Walt is stubborn") {
		t.Errorf("document text lost: %q", body)
	}
	// Each highlighted span covers exactly its mention's text.
	if bad := eval[[]string](p, `Array.from(document.querySelectorAll("#doc-body .m")).map(e => e.textContent)
		.filter(s => !["Narcos: Mexico","Netflix","Diego Luna","Miguel Ángel Félix Gallardo","him","Luna","Félix Gallardo",
		"Scoot McNairy","DEA","Walt Breslin","Walt","McNairy"].includes(s))`); len(bad) > 0 {
		t.Errorf("mention spans with wrong text: %q", bad)
	}
	p.screenshot("document")

	// Click the text of McNairy's quote (not a mention inside it).
	p.clickAt("quote", fmt.Sprintf(`(() => {
		const q = document.querySelector('#doc-body .q[data-speaker=%q]');
		const tn = Array.from(q.childNodes).find(n => n.nodeType === 3 && n.textContent.trim().length > 4);
		q.scrollIntoView({block: "center"});
		const rg = document.createRange(); rg.setStart(tn, 2); rg.setEnd(tn, 3);
		const b = rg.getBoundingClientRect();
		return [b.left + b.width / 2, b.top + b.height / 2];
	})()`, mcnairy))
	p.routed("/entity/" + mcnairy)
	if got := p.text("#entity-card h1"); !strings.HasPrefix(got, "Scoot McNairy") {
		t.Errorf("quote led to %q, want the speaker's card", got)
	}
	p.wait("speaker graph", `newsgraph.cy && newsgraph.graphBusy === 0 && newsgraph.cy.nodes().length > 1`)
	p.screenshot("speaker")

	// A quote found by search shows its speaker and a highlighted word.
	p.do("search quotes", chromedp.Navigate(p.base+"/#/search/stubborn"))
	p.routed("/search/stubborn")
	if got := eval[[]string](p, `Array.from(document.querySelectorAll("#quote-results li mark, #quote-results li a")).map(e => e.textContent)`); !slices.Equal(got,
		[]string{"stubborn", "Scoot McNairy", "Diego Luna returns to Narcos: Mexico"}) {
		t.Errorf("quote result shows %q", got)
	}
	p.screenshot("quote-search")
	p.do("back to speaker", chromedp.Navigate(p.base+"/#/entity/"+mcnairy))
	p.routed("/entity/" + mcnairy)

	// An evidence link opens the document with its sentence marked.
	p.do("open evidence", chromedp.Click(chromedp.CSS(`#claims-out a[href="#/doc/doc-interview/at/297-356"]`)))
	p.routed("/doc/doc-interview/at/297-356")
	if got := p.text("#flash"); got != "Scoot McNairy joins the cast as the DEA agent Walt Breslin." {
		t.Errorf("evidence marked %q", got)
	}
	// A marked range that starts inside a quote and ends past it is
	// split at the quote's end; no text is lost or repeated, and the
	// mentions inside stay clickable.
	p.do("open crossing range", chromedp.Navigate(p.base+"/#/doc/doc-interview/at/140-200"))
	p.routed("/doc/doc-interview/at/140-200")
	if got := eval[[]string](p, `Array.from(document.querySelectorAll("#doc-body .flash")).map(e => e.textContent)`); !slices.Equal(got,
		[]string{" makes him paranoid — he trusts nobody now,", "” Luna said i"}) {
		t.Errorf("marked pieces %q", got)
	}
	if got := eval[string](p, `document.querySelector("#doc-body").textContent`); got != gs["doc-interview"].Document.Body {
		t.Errorf("document text changed by marking:\n%q", got)
	}
	if got := eval[[]string](p, `Array.from(document.querySelectorAll("#doc-body .flash .m")).map(e => e.textContent)`); !slices.Equal(got,
		[]string{"him", "Luna"}) {
		t.Errorf("mentions inside the marked range: %q", got)
	}
}

// hostile opens an article whose text, title, links and entity names
// carry markup and scripts, and checks that nothing runs and the text
// shows as written.
func hostile(p *page) {
	t := p.t
	quinn := entityID("PERSON", "Mallory Quinn")
	p.do("open hostile document", chromedp.Navigate(p.base+"/#/doc/doc-hostile"))
	p.routed("/doc/doc-hostile")
	if got := p.text("#doc-title"); got != `<img src=x onerror="window.__pwned=1">Harbor board <script>window.__pwned=1</script>` {
		t.Errorf("title shows %q", got)
	}
	body := p.text("#doc-body")
	for _, want := range []string{`<script>window.__pwned=1</script>`, `<img src=x onerror="window.__pwned=1">`,
		`<a href="javascript:window.__pwned=1">the minutes</a>`, `<svg onload="window.__pwned=1"></svg>`} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks the literal text %s", want)
		}
	}
	if n := eval[int](p, `document.querySelectorAll("#view script, #view img, #view svg, #view iframe, #view b, #view i").length`); n != 0 {
		t.Errorf("%d elements made from article text", n)
	}
	if bad := eval[[]string](p, `Array.from(document.querySelectorAll("a[href]")).map(a => a.getAttribute("href"))
		.filter(h => !(h.startsWith("#") || h.startsWith("https://") || h.startsWith("http://")))`); len(bad) > 0 {
		t.Errorf("links with unsafe targets: %q", bad)
	}
	p.screenshot("hostile")

	// Click the would-be link inside the quote: it is text, so the
	// click goes to the quote, which leads to its speaker.
	p.clickAt("fake link in quote", `(() => {
		const q = document.querySelector("#doc-body .q");
		const tn = Array.from(q.childNodes).find(n => n.nodeType === 3 && n.textContent.includes("javascript:"));
		q.scrollIntoView({block: "center"});
		const i = tn.textContent.indexOf("javascript:");
		const rg = document.createRange(); rg.setStart(tn, i); rg.setEnd(tn, i + 4);
		const b = rg.getBoundingClientRect();
		return [b.left + b.width / 2, b.top + b.height / 2];
	})()`)
	p.routed("/entity/" + quinn)
	p.wait("graph", `newsgraph.cy && newsgraph.graphBusy === 0 && newsgraph.cy.nodes().length === 2`)
	if got := p.text("#claims-out"); !strings.Contains(got, `Harbor Trust <i onmouseover="window.__pwned=1">`) {
		t.Errorf("claims show %q", got)
	}
	// Open the entity whose name carries an event handler.
	trust := entityID("ORG", `Harbor Trust <i onmouseover="window.__pwned=1">`)
	p.do("open org", chromedp.Click(chromedp.CSS(fmt.Sprintf(`#claims-out a[href="#/entity/%s"]`, trust))))
	p.routed("/entity/" + trust)
	if got := p.text("#entity-card h1"); got != `Harbor Trust <i onmouseover="window.__pwned=1"> ORG` {
		t.Errorf("card title %q", got)
	}

	// Search snippets: escaped text with <mark> only.
	p.do("open search", chromedp.Navigate(p.base+"/#/search/script"))
	p.routed("/search/script")
	if got := p.text("#document-results"); !strings.Contains(got, `<script>window.__pwned=1</script>`) {
		t.Errorf("snippet shows %q", got)
	}
	if n := eval[int](p, `document.querySelectorAll("#document-results mark").length`); n != 2 {
		t.Errorf("snippet has %d marks, want 2", n)
	}
	p.screenshot("hostile-search")

	if pwned := eval[string](p, `typeof window.__pwned`); pwned != "undefined" {
		t.Errorf("window.__pwned is %s: article text ran", pwned)
	}
}
