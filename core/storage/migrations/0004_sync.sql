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

-- Uniqueness is the server's to enforce: two devices may each record the same ID number, region code or
-- member assignment offline, and the server refuses the second with a reason the user sees. A unique index
-- here would instead stop the device from applying the row that reached the server first. Forms still
-- check for duplicates in the store (PersonRepository::validate and the others).
DROP INDEX persons_live_id_number;
CREATE INDEX persons_live_id_number ON persons(id_number) WHERE deleted = 0 AND id_number IS NOT NULL;
DROP INDEX regions_live_code;
CREATE INDEX regions_live_code ON regions(code) WHERE deleted = 0;
DROP INDEX member_regions_live_pair;
CREATE INDEX member_regions_live_pair ON member_regions(member_id, region_id) WHERE deleted = 0;
DROP INDEX accounts_live_username;
CREATE INDEX accounts_live_username ON accounts(username) WHERE deleted = 0;
