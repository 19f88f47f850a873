-- Schema 8: evidence files of points entries (a photo of the deed, a certificate), docs/POINTS.md.
--
-- Like a case's attachments: an append-only record naming the content by its SHA-256; the content is kept
-- once in `blobs` and travels by the county server's blob endpoint (docs/SYNC.md section 12).

CREATE TABLE points_evidence (
    id                TEXT PRIMARY KEY NOT NULL,
    entry_id          TEXT NOT NULL REFERENCES points_entries(id),
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
CREATE INDEX points_evidence_entry ON points_evidence(entry_id, created_at);
CREATE INDEX points_evidence_sha256 ON points_evidence(sha256);
