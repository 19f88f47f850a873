-- Server schema 5: contents of dispute-case attachments, once per SHA-256 (docs/SYNC.md section 12).
-- Base64 text, so that one column type serves SQLite and PostgreSQL alike; attachments are at most 5 MB.
CREATE TABLE blobs (
    sha256      TEXT PRIMARY KEY NOT NULL,
    size        BIGINT NOT NULL,
    content     TEXT NOT NULL,
    received_at TEXT NOT NULL
);
