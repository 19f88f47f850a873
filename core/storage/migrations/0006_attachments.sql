-- Schema 6: attachments of dispute cases (scans of signed documents, photos), docs/MEDIATION.md.
--
-- The record of an attachment is an append-only synced row; its content is stored once per SHA-256 in
-- `blobs` (local), whatever the number of cases or devices that attach it, and travels by the county
-- server's blob endpoint (docs/SYNC.md section 12), not in the rows.

CREATE TABLE attachments (
    id                TEXT PRIMARY KEY NOT NULL,
    dispute_id        TEXT NOT NULL REFERENCES disputes(id),
    sha256            TEXT NOT NULL CHECK (length(sha256) = 64),
    file_name         TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    mime_type         TEXT NOT NULL,
    size              INTEGER NOT NULL CHECK (size > 0),
    caption           TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachments_dispute ON attachments(dispute_id, created_at);
CREATE INDEX attachments_sha256 ON attachments(sha256);

-- Contents by hash. `uploaded`: the county server has it (made here and sent, or fetched from it).
CREATE TABLE blobs (
    sha256   TEXT PRIMARY KEY NOT NULL,
    size     INTEGER NOT NULL,
    content  BLOB NOT NULL,
    uploaded INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
