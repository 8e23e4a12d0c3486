-- 001_init: the graph's tables (PostgreSQL). The same logical schema as
-- SQLite's; full text lives in tsvector columns that the store fills from
-- accent-folded text.
CREATE TABLE documents (
	id           TEXT PRIMARY KEY,
	url          TEXT NOT NULL DEFAULT '',
	source       TEXT NOT NULL DEFAULT '',
	site         TEXT NOT NULL DEFAULT '',
	title        TEXT NOT NULL DEFAULT '',
	byline       TEXT NOT NULL DEFAULT '',
	published    TEXT NOT NULL DEFAULT '',
	published_ns BIGINT,
	body         TEXT NOT NULL,
	related      TEXT NOT NULL DEFAULT '[]',
	ingested_ns  BIGINT NOT NULL,
	tsv          TSVECTOR NOT NULL
);
CREATE INDEX documents_published ON documents (published_ns);
CREATE INDEX documents_tsv ON documents USING GIN (tsv);

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
	folded    TEXT NOT NULL,
	fictional INTEGER NOT NULL DEFAULT 0,
	gender    TEXT NOT NULL DEFAULT '',
	qid       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE entity_names (
	entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
	name      TEXT NOT NULL,
	folded    TEXT NOT NULL,
	PRIMARY KEY (entity_id, name)
);
CREATE INDEX entity_names_folded ON entity_names (folded text_pattern_ops);

CREATE TABLE mentions (
	doc_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	seq       INTEGER NOT NULL,
	start_off INTEGER NOT NULL,
	end_off   INTEGER NOT NULL,
	text      TEXT NOT NULL,
	type      TEXT NOT NULL,
	kind      INTEGER NOT NULL,
	entity_id TEXT REFERENCES entities (id),
	score     DOUBLE PRECISION NOT NULL,
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
	score       DOUBLE PRECISION NOT NULL
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
	score         DOUBLE PRECISION NOT NULL,
	sentence      INTEGER NOT NULL,
	tsv           TSVECTOR NOT NULL
);
CREATE INDEX quotes_doc ON quotes (doc_id);
CREATE INDEX quotes_speaker ON quotes (speaker_id);
CREATE INDEX quotes_tsv ON quotes USING GIN (tsv);

CREATE TABLE quote_about (
	quote_id  TEXT NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
	seq       INTEGER NOT NULL,
	entity_id TEXT NOT NULL REFERENCES entities (id),
	PRIMARY KEY (quote_id, seq)
);
CREATE INDEX quote_about_entity ON quote_about (entity_id);
