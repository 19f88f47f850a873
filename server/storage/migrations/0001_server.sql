-- Server schema 1: the server's own tables. The synced tables (regions, households, persons, …) are made
-- from their one definition in core/storage/SyncedTable.cpp by ServerSchema, and the change sequence by
-- the dialect. Only SQL that SQLite and PostgreSQL both understand: TEXT, BIGINT, ISO 8601 UTC times.

-- Bearer tokens handed out by POST /api/v1/session, stored as SHA-256 hashes: a copy of the database
-- gives nobody a usable token.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    account_id TEXT NOT NULL,
    device_id  TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX sessions_account ON sessions(account_id);
CREATE INDEX sessions_expiry ON sessions(expires_at);

-- Failed sign-ins per user name ('user:…') and per client address ('address:…'), which slow and then
-- lock further attempts.
CREATE TABLE sign_in_failures (
    attempt_key      TEXT PRIMARY KEY NOT NULL,
    failures         BIGINT NOT NULL,
    first_failure_at TEXT NOT NULL,
    last_failure_at  TEXT NOT NULL,
    locked_until     TEXT
);

-- The answer to every pushed batch, by its idempotency key: a retried batch gets the same answer and
-- changes nothing.
CREATE TABLE push_batches (
    batch_id    TEXT PRIMARY KEY NOT NULL,
    account_id  TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    received_at TEXT NOT NULL,
    result      TEXT NOT NULL
);

-- A value that lost to a concurrent change of the same field (docs/SYNC.md section 6): kept so that a
-- person can review it and choose it after all.
CREATE TABLE conflicts (
    id             TEXT PRIMARY KEY NOT NULL,
    seq            BIGINT NOT NULL,
    table_name     TEXT NOT NULL,
    row_id         TEXT NOT NULL,
    field          TEXT NOT NULL,
    kept_value     TEXT,
    kept_by        TEXT,
    kept_device    TEXT,
    kept_at        TEXT,
    lost_value     TEXT,
    lost_by        TEXT NOT NULL,
    lost_device    TEXT NOT NULL,
    lost_at        TEXT,
    received_at    TEXT NOT NULL,
    scope_county   TEXT,
    scope_township TEXT,
    scope_village  TEXT,
    scope_grid     TEXT
);
CREATE INDEX conflicts_row ON conflicts(table_name, row_id);
CREATE INDEX conflicts_seq ON conflicts(seq);
