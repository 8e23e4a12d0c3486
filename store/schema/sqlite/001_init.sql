-- 001_init: the graph's tables (SQLite).
CREATE TABLE documents (
	id           TEXT PRIMARY KEY,
	url          TEXT NOT NULL DEFAULT '',
	source       TEXT NOT NULL DEFAULT '',
	site         TEXT NOT NULL DEFAULT '',
	title        TEXT NOT NULL DEFAULT '',
	byline       TEXT NOT NULL DEFAULT '',
	published    TEXT NOT NULL DEFAULT '',
	published_ns INTEGER,
	body         TEXT NOT NULL,
	related      TEXT NOT NULL DEFAULT '[]',
	ingested_ns  INTEGER NOT NULL
);
CREATE INDEX documents_published ON documents (published_ns);

CREATE TABLE sentences (
	doc_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	idx       INTEGER NOT NULL,
	start_off INTEGER NOT NULL,
	end_off   INTEGER NOT NULL,
	first_tok INTEGER NOT NULL,
	last_tok  INTEGER NOT NULL,
	paragraph INTEGER NOT NULL,
	PRIMARY KEY (doc_id, idx)
);

CREATE TABLE entities (
	id        TEXT PRIMARY KEY,
	type      TEXT NOT NULL,
	name      TEXT NOT NULL,
	folded    TEXT NOT NULL COLLATE NOCASE,
	fictional INTEGER NOT NULL DEFAULT 0,
	gender    TEXT NOT NULL DEFAULT '',
	qid       TEXT NOT NULL DEFAULT ''
);

-- entity_names holds every name an entity went by: its name and aliases.
CREATE TABLE entity_names (
	entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	name      TEXT NOT NULL,
	folded    TEXT NOT NULL COLLATE NOCASE,
	PRIMARY KEY (entity_id, name)
);
CREATE INDEX entity_names_folded ON entity_names (folded);

CREATE TABLE mentions (
	doc_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	seq       INTEGER NOT NULL,
	start_off INTEGER NOT NULL,
	end_off   INTEGER NOT NULL,
	text      TEXT NOT NULL,
	type      TEXT NOT NULL,
	kind      INTEGER NOT NULL,
	entity_id TEXT REFERENCES entities (id),
	score     REAL NOT NULL,
	PRIMARY KEY (doc_id, seq)
);
CREATE INDEX mentions_entity ON mentions (entity_id, doc_id);

CREATE TABLE claims (
	id          TEXT PRIMARY KEY,
	subject_id  TEXT NOT NULL REFERENCES entities (id),
	predicate   TEXT NOT NULL,
	object_id   TEXT REFERENCES entities (id),
	value       TEXT NOT NULL DEFAULT '',
	work_id     TEXT REFERENCES entities (id),
	by_id       TEXT REFERENCES entities (id),
	season      INTEGER NOT NULL DEFAULT 0,
	role        TEXT NOT NULL DEFAULT '',
	start_value TEXT NOT NULL DEFAULT '',
	end_value   TEXT NOT NULL DEFAULT '',
	in_universe INTEGER NOT NULL DEFAULT 0,
	score       REAL NOT NULL
);
CREATE INDEX claims_subject ON claims (subject_id);
CREATE INDEX claims_object ON claims (object_id);
CREATE INDEX claims_predicate ON claims (predicate);

CREATE TABLE evidence (
	claim_id  TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
	doc_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	sentence  INTEGER NOT NULL,
	start_off INTEGER NOT NULL,
	end_off   INTEGER NOT NULL,
	extractor TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (claim_id, doc_id, start_off, end_off, extractor)
);
CREATE INDEX evidence_doc ON evidence (doc_id);

CREATE TABLE quotes (
	id            TEXT PRIMARY KEY,
	doc_id        TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	start_off     INTEGER NOT NULL,
	end_off       INTEGER NOT NULL,
	text          TEXT NOT NULL,
	direct        INTEGER NOT NULL,
	speaker_id    TEXT REFERENCES entities (id),
	speaker_start INTEGER NOT NULL,
	speaker_end   INTEGER NOT NULL,
	cue           TEXT NOT NULL DEFAULT '',
	score         REAL NOT NULL,
	sentence      INTEGER NOT NULL
);
CREATE INDEX quotes_doc ON quotes (doc_id);
CREATE INDEX quotes_speaker ON quotes (speaker_id);

CREATE TABLE quote_about (
	quote_id  TEXT NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
	seq       INTEGER NOT NULL,
	entity_id TEXT NOT NULL REFERENCES entities (id),
	PRIMARY KEY (quote_id, seq)
);
CREATE INDEX quote_about_entity ON quote_about (entity_id);

-- Full text: external-content FTS5 tables kept in step by triggers.
-- remove_diacritics 2 makes "angel" match "Ángel".
CREATE VIRTUAL TABLE documents_fts USING fts5 (
	title, body, content = 'documents', content_rowid = 'rowid',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
	INSERT INTO documents_fts (rowid, title, body) VALUES (new.rowid, new.title, new.body);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
	text, content = 'quotes', content_rowid = 'rowid',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
	INSERT INTO quotes_fts (rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
	INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE ON quotes BEGIN
	INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
	INSERT INTO quotes_fts (rowid, text) VALUES (new.rowid, new.text);
END;
