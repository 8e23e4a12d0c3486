// newsgraph page: hash-routed views over the JSON API.
//
// Article text is untrusted. Every node is built with createElement and
// textContent; no HTML string from the server is ever parsed, and links are
// only made for same-page hash routes or http(s) URLs.
"use strict";

(function () {
  const TYPE_COLORS = {
    PERSON: "#3b6fb6", CHARACTER: "#8e44ad", ORG: "#c8640a", GPE: "#238c4d",
    LOC: "#16806e", WORK: "#b03a2e", EVENT: "#9a7d0a", NORP: "#6c7a89", DATE: "#7b8a8b",
  };

  const view = document.getElementById("view");
  // state is what the tests and a curious reader can inspect.
  const state = { cy: null, route: "", ready: false, gen: 0, graphBusy: 0 };
  window.newsgraph = state;

  // el builds an element: el("a", {href: "#/x", className: "c"}, "text", child).
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v === undefined || v === null) continue;
        if (k === "href") {
          const h = safeHref(v);
          if (h) e.setAttribute("href", h);
        } else if (k === "dataset") {
          for (const [dk, dv] of Object.entries(v)) e.dataset[dk] = String(dv);
        } else if (k === "on") {
          for (const [ev, fn] of Object.entries(v)) e.addEventListener(ev, fn);
        } else if (k === "className" || k === "id" || k === "title" || k === "type" ||
                   k === "value" || k === "tabIndex" || k === "rel" || k === "target") {
          e[k] = v;
        } else {
          e.setAttribute(k, String(v));
        }
      }
    }
    append(e, children);
    return e;
  }

  function append(parent, children) {
    for (const c of children.flat()) {
      if (c === undefined || c === null || c === false) continue;
      parent.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return parent;
  }

  // safeHref allows same-page routes and absolute http(s) URLs only.
  function safeHref(v) {
    const s = String(v);
    if (s.startsWith("#")) return s;
    try {
      const u = new URL(s);
      if (u.protocol === "http:" || u.protocol === "https:") return u.href;
    } catch (_) { /* not a URL */ }
    return "";
  }

  // unescape decodes the character references of HTML-escaped text
  // (the store escapes snippets with &lt; &gt; &amp; &#39; &#34;).
  const NAMED = { lt: "<", gt: ">", amp: "&", quot: "\"", apos: "'" };
  function unescape(s) {
    return s.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|lt|gt|amp|quot|apos);/gi, (m, r) => {
      if (r[0] !== "#") return NAMED[r.toLowerCase()];
      const cp = r[1] === "x" || r[1] === "X" ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : "\ufffd";
    });
  }

  // marked turns a search snippet, escaped text with <mark>…</mark>
  // around matches, into text nodes and <mark> elements. The only markup
  // recognized is those two tags; the rest becomes text.
  function marked(snippet) {
    const frag = document.createDocumentFragment();
    let on = false;
    for (const part of String(snippet || "").split(/(<mark>|<\/mark>)/)) {
      if (part === "<mark>") { on = true; continue; }
      if (part === "</mark>") { on = false; continue; }
      if (!part) continue;
      const text = unescape(part);
      frag.appendChild(on ? el("mark", null, text) : document.createTextNode(text));
    }
    return frag;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  async function api(path) {
    const res = await fetch(path, { headers: { Accept: "application/json" } });
    let body = null;
    try { body = await res.json(); } catch (_) { /* not JSON */ }
    if (!res.ok) {
      const msg = body && body.error ? body.error : res.status + " " + res.statusText;
      const err = new Error(msg);
      err.status = res.status;
      throw err;
    }
    return body;
  }

  const enc = encodeURIComponent;
  const entityHref = (id) => "#/entity/" + enc(id);
  const docHref = (id, start, end) =>
    "#/doc/" + enc(id) + (start !== undefined && end !== undefined ? "/at/" + start + "-" + end : "");

  // count writes "1 document", "2 documents".
  const count = (n, word) => (n || 0) + " " + word + (n === 1 ? "" : "s");

  function badge(type) { return el("span", { className: "badge t-" + type }, type || "?"); }

  function refLink(ref) {
    if (!ref) return el("span", { className: "muted" }, "?");
    return el("span", null, el("a", { href: entityHref(ref.id) }, ref.name || ref.id), " ", badge(ref.type));
  }

  function docTitle(d) { return d.title || d.source || d.id; }

  function docLine(d) {
    const meta = [];
    if (d.site) meta.push(d.site);
    if (d.published) meta.push(String(d.published).slice(0, 10));
    return el("li", null,
      el("a", { href: docHref(d.id) }, docTitle(d)),
      meta.length ? el("div", { className: "source" }, meta.join(" · ")) : null);
  }

  function section(title, ...children) {
    return el("section", null, el("h2", null, title), ...children);
  }

  function empty(text) { return el("p", { className: "muted" }, text); }

  // claimLine renders "subject predicate object (qualifiers)".
  function claimLine(c) {
    const parts = [refLink(c.subject), el("span", { className: "pred" }, c.predicate)];
    if (c.object) parts.push(refLink(c.object));
    else if (c.value) parts.push(el("span", { className: "value" }, c.value));
    const q = [];
    if (c.work) q.push(el("span", null, "in ", el("a", { href: entityHref(c.work.id) }, c.work.name)));
    if (c.season) q.push("season " + c.season);
    if (c.role) q.push("as " + c.role);
    if (c.by) q.push(el("span", null, "by ", el("a", { href: entityHref(c.by.id) }, c.by.name)));
    if (c.start) q.push("from " + c.start);
    if (c.end) q.push("until " + c.end);
    if (c.in_universe) q.push("in the story");
    if (q.length) {
      const span = el("span", { className: "muted small" }, " (");
      q.forEach((x, i) => { if (i) span.appendChild(document.createTextNode(", ")); append(span, [x]); });
      span.appendChild(document.createTextNode(")"));
      parts.push(span);
    }
    return el("div", { className: "claim" }, ...parts);
  }

  function evidenceBlock(ev) {
    return el("div", null,
      el("blockquote", { className: "evidence" }, ev.text || "(sentence not stored)"),
      el("div", { className: "source" },
        el("a", { href: docHref(ev.doc, ev.start, ev.end) }, "open in document"),
        ev.extractor ? " · " + ev.extractor : ""));
  }

  // evidenceList shows the first n pieces of a claim's evidence and says
  // how many more there are.
  function evidenceList(c, n) {
    const shown = (c.evidence || []).slice(0, n).map(evidenceBlock);
    const total = Math.max(c.evidence_total || 0, (c.evidence || []).length);
    if (total > shown.length) shown.push(el("div", { className: "source" }, "and " + count(total - shown.length, "more source")));
    return shown;
  }

  function claimItem(c) {
    return el("li", { className: "claim-item" }, claimLine(c), ...evidenceList(c, 3));
  }

  function quoteItem(q) {
    const by = q.speaker ? el("span", null, "— ", el("a", { href: entityHref(q.speaker.id) }, q.speaker.name)) :
      el("span", { className: "muted" }, "— unattributed");
    const about = (q.about || []).map((r) => el("a", { className: "chip", href: entityHref(r.id) }, r.name));
    return el("li", { className: "quote-item" },
      el("blockquote", { className: "quote" }, q.direct ? "“" + q.text + "”" : q.text),
      el("div", { className: "source" }, by, q.cue ? " (" + q.cue + ")" : "", " · ",
        el("a", { href: docHref(q.doc, q.span ? q.span.start : undefined, q.span ? q.span.end : undefined) }, "in document")),
      about.length ? el("div", { className: "small" }, "about: ", ...about) : null);
  }

  function showError(err) {
    clear(view);
    view.appendChild(el("p", { className: "error" }, err.message || String(err)));
    view.appendChild(el("p", null, el("a", { href: "#/" }, "Back to start")));
  }

  // ---- views ----

  // stale reports whether the route changed while a view waited for the
  // API: the newer view owns the page then.
  const stale = (gen) => gen !== state.gen;

  async function homeView(gen) {
    const [stats, docs] = await Promise.all([api("/api/stats"), api("/api/documents?limit=50")]);
    if (stale(gen)) return;
    clear(view);
    const s = el("div", { className: "stats" });
    for (const [k, v] of Object.entries(stats || {})) s.appendChild(el("span", null, el("strong", null, String(v)), " " + k));
    view.appendChild(el("h1", null, "News graph"));
    view.appendChild(el("p", { className: "muted" }, "Who is who and who said what, each answer tied to the sentence it came from."));
    view.appendChild(s);
    const list = el("ul", { className: "plain", id: "doc-list" });
    for (const d of docs.documents || []) list.appendChild(docLine(d));
    view.appendChild(section("Documents", (docs.documents || []).length ? list : empty("No documents yet.")));
  }

  async function searchView(q, gen) {
    document.getElementById("q").value = q;
    const res = await api("/api/search?q=" + enc(q));
    if (stale(gen)) return;
    clear(view);
    view.appendChild(el("h1", null, "Results for “" + q + "”"));
    const ents = el("ul", { className: "plain", id: "entity-results" });
    for (const e of res.entities || []) {
      ents.appendChild(el("li", null, el("a", { href: entityHref(e.id) }, e.name), " ", badge(e.type),
        (e.aliases || []).length ? el("span", { className: "muted small" }, " also " + e.aliases.join(", ")) : null,
        el("div", { className: "source" }, count(e.mentions, "mention") + " in " + count(e.documents, "document"))));
    }
    const docs = el("ul", { className: "plain", id: "document-results" });
    const quotes = el("ul", { className: "plain", id: "quote-results" });
    for (const h of res.hits || []) {
      if (h.kind === "quote") {
        quotes.appendChild(el("li", null,
          el("blockquote", { className: "quote" }, marked(h.snippet)),
          el("div", { className: "source" },
            h.speaker ? el("span", null, "— ", el("a", { href: entityHref(h.speaker.id) }, h.speaker.name), " · ") : null,
            el("a", { href: docHref(h.doc, h.start, h.end) }, h.title || "document"))));
      } else {
        docs.appendChild(el("li", null,
          el("a", { href: docHref(h.doc) }, h.title || h.doc),
          h.snippet ? el("div", { className: "small" }, marked(h.snippet)) : null));
      }
    }
    view.appendChild(el("div", { className: "card-grid" },
      section("Entities", ents.childNodes.length ? ents : empty("No entity matches.")),
      section("Documents", docs.childNodes.length ? docs : empty("No document matches."))));
    view.appendChild(section("Quotes", quotes.childNodes.length ? quotes : empty("No quote matches.")));
  }

  async function entityView(id, gen) {
    const card = await api("/api/entities/" + enc(id));
    if (stale(gen)) return;
    const e = card.entity;
    clear(view);
    const head = el("div", { className: "entity-head", id: "entity-card" },
      el("h1", null, e.name, " ", badge(e.type)),
      (e.aliases || []).length ? el("div", { className: "aliases" }, el("span", { className: "muted" }, "Also: "),
        ...e.aliases.map((a) => el("span", { className: "chip" }, a))) : null,
      el("div", { className: "stats small muted" },
        el("span", null, count(e.mentions, "mention")),
        el("span", null, count(e.documents, "document")),
        e.fictional ? el("span", null, "fictional") : null,
        e.qid ? el("span", null, "Wikidata " + e.qid) : null));
    view.appendChild(head);

    // graph explorer
    const predSel = el("select", { id: "graph-predicate", "aria-label": "Filter by predicate" },
      el("option", { value: "" }, "all predicates"));
    const depthSel = el("select", { id: "graph-depth", "aria-label": "Depth" },
      el("option", { value: "1" }, "depth 1"), el("option", { value: "2" }, "depth 2"), el("option", { value: "3" }, "depth 3"));
    const info = el("div", { className: "graph-info small", id: "graph-info" },
      el("span", { className: "muted" }, "Tap a node to expand its neighbours; tap an edge to see its evidence."));
    const box = el("div", { id: "graph" });
    const legend = el("div", { className: "legend" });
    view.appendChild(section("Graph",
      el("div", { className: "graph-tools" }, predSel, depthSel, legend), box, info));

    const outs = el("ul", { className: "plain", id: "claims-out" });
    (card.claims_out || []).forEach((c) => outs.appendChild(claimItem(c)));
    const ins = el("ul", { className: "plain", id: "claims-in" });
    (card.claims_in || []).forEach((c) => ins.appendChild(claimItem(c)));
    const qby = el("ul", { className: "plain", id: "quotes-by" });
    (card.quotes_by || []).forEach((q) => qby.appendChild(quoteItem(q)));
    const qab = el("ul", { className: "plain", id: "quotes-about" });
    (card.quotes_about || []).forEach((q) => qab.appendChild(quoteItem(q)));
    const docs = el("ul", { className: "plain", id: "entity-docs" });
    (card.documents || []).forEach((d) => docs.appendChild(docLine(d)));
    const tl = el("ol", { className: "timeline", id: "timeline" });

    view.appendChild(el("div", { className: "card-grid" },
      section("Claims about " + e.name, outs.childNodes.length ? outs : empty("None.")),
      section("Claims pointing here", ins.childNodes.length ? ins : empty("None."))));
    view.appendChild(el("div", { className: "card-grid" },
      section("Quotes by " + e.name, qby.childNodes.length ? qby : empty("None.")),
      section("Quotes about " + e.name, qab.childNodes.length ? qab : empty("None."))));
    view.appendChild(el("div", { className: "card-grid" },
      section("Timeline", tl), section("Documents", docs.childNodes.length ? docs : empty("None."))));

    api("/api/entities/" + enc(id) + "/timeline").then((t) => {
      for (const ev of t.events || []) {
        let what;
        if (ev.kind === "claim" && ev.claim) what = claimLine(ev.claim);
        else if (ev.document) what = el("span", null, "published: ", el("a", { href: docHref(ev.document.id) }, docTitle(ev.document)));
        tl.appendChild(el("li", null, el("span", { className: "date" }, ev.date), what));
      }
      if (!tl.childNodes.length) tl.replaceWith(empty("No dated claims or documents."));
    }).catch((err) => tl.replaceWith(el("p", { className: "error" }, err.message)));

    startGraph(e, box, predSel, depthSel, info, legend);
  }

  // ---- graph explorer ----

  function graphElements(g) {
    const els = [];
    for (const n of g.nodes || []) els.push({ group: "nodes", data: { id: n.id, name: n.name, type: n.type } });
    for (const ed of g.edges || []) {
      els.push({ group: "edges", data: { id: ed.id, source: ed.source, target: ed.target, predicate: ed.predicate, claim: ed.claim } });
    }
    return els;
  }

  function startGraph(root, box, predSel, depthSel, info, legend) {
    if (typeof window.cytoscape !== "function") {
      box.replaceWith(el("p", { className: "error" }, "Graph library failed to load."));
      return;
    }
    if (state.cy) { state.cy.destroy(); state.cy = null; }
    const cy = window.cytoscape({
      container: box,
      elements: [],
      minZoom: 0.2,
      maxZoom: 2,
      style: [
        { selector: "node", style: {
          "background-color": (n) => TYPE_COLORS[n.data("type")] || "#888",
          label: "data(name)", "font-size": 12, color: "#1d2228",
          "text-outline-color": "#fcfdfd", "text-outline-width": 2,
          "text-valign": "bottom", "text-margin-y": 3, width: 22, height: 22,
          "text-wrap": "ellipsis", "text-max-width": 120,
        } },
        { selector: "node.root", style: { width: 32, height: 32, "border-width": 3, "border-color": "#1d2228" } },
        { selector: "node.expanded", style: { "border-width": 2, "border-color": "#555" } },
        { selector: "edge", style: {
          width: 1.5, "line-color": "#9aa5b1", "target-arrow-color": "#9aa5b1", "target-arrow-shape": "triangle",
          "curve-style": "bezier", label: "data(predicate)", "font-size": 9, color: "#5f6b77",
          "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8,
        } },
        { selector: "edge:selected", style: { width: 3, "line-color": "#1f5fa8", "target-arrow-color": "#1f5fa8" } },
        { selector: "node:selected", style: { "border-width": 3, "border-color": "#1f5fa8" } },
      ],
    });
    state.cy = cy;
    state.graphBusy = 0;
    // Keep labels legible whatever the zoom: fonts grow as the graph
    // shrinks to fit a narrow screen.
    cy.on("zoom", () => {
      const z = cy.zoom();
      cy.style().selector("node").style({ "font-size": Math.min(26, 12 / z), "text-max-width": Math.min(320, 130 / z) })
        .selector("edge").style("font-size", Math.min(20, 9 / z)).update();
    });
    const expanded = new Set();

    const predicates = new Set();
    function noteFilters() {
      cy.edges().forEach((e) => predicates.add(e.data("predicate")));
      const have = new Set(Array.from(predSel.options).map((o) => o.value));
      Array.from(predicates).sort().forEach((p) => { if (!have.has(p)) predSel.appendChild(el("option", { value: p }, p)); });
      const types = new Set();
      cy.nodes().forEach((n) => types.add(n.data("type")));
      clear(legend);
      Array.from(types).sort().forEach((t) => legend.appendChild(badge(t)));
    }

    function layout() {
      cy.layout({
        name: "cose", animate: false, fit: true, padding: 30, randomize: false,
        nodeDimensionsIncludeLabels: true, idealEdgeLength: () => 70, nodeRepulsion: () => 6000,
        componentSpacing: 60, numIter: 1500,
      }).run();
    }

    async function load(id, depth, reset) {
      state.graphBusy++;
      try {
        const p = predSel.value;
        const g = await api("/api/entities/" + enc(id) + "/graph?depth=" + depth + (p ? "&predicate=" + enc(p) : ""));
        if (reset) { cy.elements().remove(); expanded.clear(); }
        const fresh = graphElements(g).filter((x) => cy.getElementById(x.data.id).empty());
        // New nodes start in a ring around the node they hang from, so
        // the layout only has to settle them.
        const at = cy.getElementById(id);
        const c = at.nonempty() ? at.position() : { x: 0, y: 0 };
        const nodes = fresh.filter((x) => x.group === "nodes");
        nodes.forEach((x, i) => {
          const a = (2 * Math.PI * i) / Math.max(1, nodes.length);
          x.position = { x: c.x + 90 * Math.cos(a), y: c.y + 90 * Math.sin(a) };
        });
        cy.add(fresh);
        expanded.add(id);
        cy.getElementById(id).addClass("expanded");
        cy.getElementById(root.id).addClass("root");
        if (g.truncated) info.replaceChildren(el("span", { className: "muted" }, "Showing the first " + g.nodes.length + " nodes."));
        noteFilters();
        if (fresh.length || reset) layout();
      } catch (err) {
        info.replaceChildren(el("span", { className: "error" }, err.message));
      } finally {
        state.graphBusy--;
      }
    }

    cy.on("tap", "node", (evt) => {
      const n = evt.target;
      info.replaceChildren(el("span", null,
        el("strong", null, n.data("name")), " ", badge(n.data("type")), " · ",
        el("a", { href: entityHref(n.id()) }, "open card"),
        expanded.has(n.id()) ? "" : " · expanding…"));
      if (!expanded.has(n.id())) load(n.id(), 1, false).then(() => {
        info.replaceChildren(el("span", null, el("strong", null, n.data("name")), " ", badge(n.data("type")), " · ",
          el("a", { href: entityHref(n.id()) }, "open card"), " · expanded"));
      });
    });
    cy.on("tap", "edge", (evt) => {
      const c = evt.target.data("claim");
      if (!c) return;
      info.replaceChildren(el("div", { className: "edge-evidence" }, claimLine(c), ...evidenceList(c, 2)));
    });
    predSel.addEventListener("change", () => load(root.id, Number(depthSel.value), true));
    depthSel.addEventListener("change", () => load(root.id, Number(depthSel.value), true));
    load(root.id, 1, true);
  }

  // ---- document view ----

  // utf8Len is the number of UTF-8 bytes of a code point.
  function utf8Len(cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

  // spanTree nests spans (sorted by start, longer first). A span that
  // crosses the end of the one it starts in is split there, and its rest
  // is nested where it falls.
  function spanTree(spans) {
    const order = (a, b) => a.s - b.s || b.e - a.e || a.rank - b.rank;
    const todo = spans.filter((sp) => sp.e > sp.s).sort(order);
    const root = { s: 0, e: Infinity, kids: [] };
    const stack = [root];
    for (let i = 0; i < todo.length; i++) {
      const sp = todo[i];
      while (stack.length > 1 && stack[stack.length - 1].e <= sp.s) stack.pop();
      const parent = stack[stack.length - 1];
      if (sp.e > parent.e) {
        const rest = Object.assign({}, sp, { s: parent.e });
        let j = i + 1;
        while (j < todo.length && order(todo[j], rest) <= 0) j++;
        todo.splice(j, 0, rest);
        sp.e = parent.e;
      }
      sp.kids = [];
      parent.kids.push(sp);
      stack.push(sp);
    }
    return root;
  }

  function renderSpans(cps, node, from, to, out) {
    let pos = from;
    for (const k of node.kids) {
      if (k.s > pos) out.appendChild(document.createTextNode(cps.slice(pos, k.s).join("")));
      const e = k.make();
      renderSpans(cps, k, k.s, k.e, e);
      out.appendChild(e);
      pos = k.e;
    }
    if (to > pos) out.appendChild(document.createTextNode(cps.slice(pos, to).join("")));
  }

  function activate(node, href) {
    node.tabIndex = 0;
    node.setAttribute("role", "link");
    node.dataset.href = href;
    const go = (ev) => { ev.stopPropagation(); location.hash = href; };
    node.addEventListener("click", go);
    node.addEventListener("keydown", (ev) => { if (ev.key === "Enter") go(ev); });
  }

  async function docView(id, at, gen) {
    const [d, rel] = await Promise.all([
      api("/api/documents/" + enc(id)),
      api("/api/documents/" + enc(id) + "/related").catch(() => ({ documents: [] })),
    ]);
    if (stale(gen)) return;
    const doc = d.document;
    clear(view);
    const cps = Array.from(doc.body || "");
    const meta = [];
    if (doc.site) meta.push(doc.site);
    if (doc.byline) meta.push(doc.byline);
    if (doc.published) meta.push(String(doc.published).slice(0, 10));
    const urlLine = doc.url ? (safeHref(doc.url)
      ? el("a", { href: doc.url, rel: "noopener noreferrer nofollow", target: "_blank" }, doc.url)
      : el("span", { className: "muted" }, doc.url)) : null;
    view.appendChild(el("h1", { id: "doc-title" }, docTitle(doc)));
    view.appendChild(el("div", { className: "doc-meta source" }, meta.join(" · "), meta.length && urlLine ? " · " : "", urlLine));

    const spans = [];
    for (const q of d.quotes || []) {
      spans.push({ s: q.cp_start, e: q.cp_end, rank: 0, make: () => {
        const n = el("span", { className: "q" + (q.speaker ? "" : " nospeaker"),
          title: q.speaker ? "Quote by " + q.speaker.name : "Unattributed quote" });
        n.dataset.quote = q.id;
        if (q.speaker) { n.dataset.speaker = q.speaker.id; activate(n, entityHref(q.speaker.id)); }
        return n;
      } });
    }
    for (const m of d.mentions || []) {
      spans.push({ s: m.cp_start, e: m.cp_end, rank: 1, make: () => {
        const n = el("span", { className: "m t-" + m.type + (m.entity_id ? "" : " unlinked"),
          title: (m.entity_name || m.text) + " (" + m.type + ")" });
        if (m.entity_id) { n.dataset.entity = m.entity_id; activate(n, entityHref(m.entity_id)); }
        return n;
      } });
    }
    let flash = null;
    if (at) {
      // at holds byte offsets; walk the code points to find them.
      let b = 0, s = -1, e = -1;
      for (let i = 0; i <= cps.length; i++) {
        if (b === at[0]) s = i;
        if (b === at[1]) { e = i; break; }
        if (i < cps.length) b += utf8Len(cps[i].codePointAt(0));
      }
      if (s >= 0 && e > s) {
        spans.push({ s, e, rank: -1, make: () => {
          const n = el("span", { className: "flash" });
          if (!flash) { flash = n; n.id = "flash"; }
          return n;
        } });
      }
    }
    const body = el("div", { className: "doc-body", id: "doc-body" });
    renderSpans(cps, spanTree(spans), 0, cps.length, body);

    const side = el("aside", null);
    const ql = el("ul", { className: "plain", id: "doc-quotes" });
    for (const q of d.quotes || []) {
      ql.appendChild(el("li", null,
        el("blockquote", { className: "quote" }, q.text),
        el("div", { className: "source" }, q.speaker ? el("span", null, "— ", el("a", { href: entityHref(q.speaker.id) }, q.speaker.name)) : "— unattributed",
          q.cue ? " (" + q.cue + ")" : "")));
    }
    const cl = el("ul", { className: "plain", id: "doc-claims" });
    for (const c of d.claims || []) {
      cl.appendChild(el("li", null, claimLine(c.claim),
        el("blockquote", { className: "evidence" }, c.sentence || "(sentence not stored)")));
    }
    const rl = el("ul", { className: "plain", id: "doc-related" });
    for (const r of rel.documents || []) rl.appendChild(docLine(r));
    for (const l of doc.related || []) {
      const h = safeHref(l.url);
      rl.appendChild(el("li", null, h ? el("a", { href: h, rel: "noopener noreferrer nofollow", target: "_blank" }, l.title || l.url)
        : el("span", null, l.title || l.url)));
    }
    append(side, [
      section("Quotes", ql.childNodes.length ? ql : empty("None.")),
      section("Claims", cl.childNodes.length ? cl : empty("None.")),
      section("Related", rl.childNodes.length ? rl : empty("None.")),
    ]);
    view.appendChild(el("div", { className: "legend doc-legend small" },
      el("span", { className: "legend-item" }, el("span", { className: "swatch-m" }, "underlined"), ": a mention, click for its entity"),
      el("span", { className: "legend-item" }, el("span", { className: "swatch-q" }, "shaded"), ": a quote, click for its speaker")));
    view.appendChild(el("div", { className: "doc-layout" }, el("article", null, body), side));
    if (flash) flash.scrollIntoView({ block: "center" });
  }

  // ---- routing ----

  async function route() {
    const h = location.hash.replace(/^#/, "") || "/";
    state.route = h;
    state.ready = false;
    const gen = ++state.gen;
    const parts = h.split("/").filter((x, i) => i > 0);
    try {
      if (parts[0] === "entity" && parts[1]) await entityView(decodeURIComponent(parts[1]), gen);
      else if (parts[0] === "doc" && parts[1]) {
        let at = null;
        if (parts[2] === "at" && /^\d+-\d+$/.test(parts[3] || "")) at = parts[3].split("-").map(Number);
        await docView(decodeURIComponent(parts[1]), at, gen);
      } else if (parts[0] === "search") await searchView(decodeURIComponent(parts.slice(1).join("/")), gen);
      else await homeView(gen);
      if (!(parts[0] === "doc")) window.scrollTo(0, 0);
    } catch (err) {
      if (!stale(gen)) showError(err);
    }
    if (!stale(gen)) state.ready = true;
  }

  document.getElementById("search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = document.getElementById("q").value.trim();
    if (q) location.hash = "#/search/" + enc(q);
  });
  window.addEventListener("hashchange", route);
  route();
})();
