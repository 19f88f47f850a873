-- Schema 4: sync with the county server (docs/SYNC.md).

-- A value that lost to a concurrent change of the same field. The server writes these; devices pull
-- them, show them for review, and record a person's decision in `resolution` ('kept' or 'restored', when
-- the lost value was chosen after all and written back as an ordinary change).
CREATE TABLE conflicts (
    id                TEXT PRIMARY KEY NOT NULL,
    table_name        TEXT NOT NULL,
    row_id            TEXT NOT NULL,
    field             TEXT NOT NULL,
    kept_value        TEXT,
    kept_by           TEXT,
    kept_device       TEXT,
    kept_at           TEXT,
    lost_value        TEXT,
    lost_by           TEXT,
    lost_device       TEXT,
    lost_at           TEXT,
    resolution        TEXT CHECK (resolution IS NULL OR resolution = 'kept' OR resolution = 'restored'),
    resolved_by       TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conflicts_open ON conflicts(table_name, row_id) WHERE resolution IS NULL AND deleted = 0;

-- Rows the server refused at the last push, with its reason, until they are fixed (a new local change)
-- or discarded. Local: never synced.
CREATE TABLE sync_rejections (
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    last_seq    INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    field       TEXT,
    message     TEXT NOT NULL,
    rejected_at TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
) WITHOUT ROWID;
