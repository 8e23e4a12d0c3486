-- 002_decisions: a user's decisions about entities and claims, kept apart
-- from what ingest writes so that they survive re-ingest. kind is
-- 'merge' (target_id merged into into_id), 'rename' (target_id's name is
-- name) or 'reject' (the entity or claim target_id is wrong).
CREATE TABLE decisions (
	kind      TEXT NOT NULL,
	target_id TEXT NOT NULL,
	into_id   TEXT NOT NULL DEFAULT '',
	name      TEXT NOT NULL DEFAULT '',
	made_ns   BIGINT NOT NULL,
	PRIMARY KEY (kind, target_id)
);
