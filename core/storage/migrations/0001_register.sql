-- Schema 1: the register (regions, members, households, persons), change tracking and search.
--
-- Every table a user can edit carries the same sync columns (docs/SYNC.md):
--   id                 UUID made on the device that created the row
--   created_at         UTC ISO 8601 with milliseconds
--   updated_at         UTC ISO 8601 with milliseconds, of the last change on any device
--   updated_by_device  device id (local_meta.device_id) of the last change
--   updated_by         account id of the last change, when someone was signed in
--   deleted            tombstone: rows are never deleted while they may still have to sync
--   server_version     server sequence the row was last seen at (0: never synced); the base of a merge
--
-- CHECKs spell out value lists with OR: SQLite builds a temporary table for every evaluation of
-- 'x IN (list)' in a CHECK, which made each insert several times slower. Coded values that grow with
-- the vocabulary (relations, tags, roles) are checked in core (core/register/Vocabulary.h), not here.

CREATE TABLE local_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE regions (
    id                TEXT PRIMARY KEY NOT NULL,
    parent_id         TEXT REFERENCES regions(id),
    code              TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 32),
    name              TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    kind              TEXT NOT NULL CHECK (kind = 'county' OR kind = 'town' OR kind = 'township' OR
                                       kind = 'subdistrict' OR kind = 'village' OR kind = 'community' OR
                                       kind = 'grid'),
    sort_order        INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX regions_live_code ON regions(code) WHERE deleted = 0;
CREATE INDEX regions_parent ON regions(parent_id, sort_order, code);

CREATE TABLE members (
    id                TEXT PRIMARY KEY NOT NULL,
    name              TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    phone             TEXT,
    roles             TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles) AND json_type(roles) = 'array'),
    notes             TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX members_name ON members(name);

-- The regions (usually grids) a member serves; a row per assignment so that two devices can assign
-- the same member to different grids without a conflict.
CREATE TABLE member_regions (
    id                TEXT PRIMARY KEY NOT NULL,
    member_id         TEXT NOT NULL REFERENCES members(id),
    region_id         TEXT NOT NULL REFERENCES regions(id),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX member_regions_live_pair ON member_regions(member_id, region_id) WHERE deleted = 0;
CREATE INDEX member_regions_region ON member_regions(region_id);

CREATE TABLE households (
    id                TEXT PRIMARY KEY NOT NULL,
    grid_id           TEXT NOT NULL REFERENCES regions(id),
    address           TEXT NOT NULL CHECK (length(address) BETWEEN 1 AND 200),
    house_number      TEXT,
    head_person_id    TEXT REFERENCES persons(id),
    tags              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
    notes             TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
-- Keyset paging: live households by address, in the whole store or in one grid.
CREATE INDEX households_live_address ON households(address, id) WHERE deleted = 0;
CREATE INDEX households_grid_address ON households(grid_id, address, id) WHERE deleted = 0;
CREATE INDEX households_head ON households(head_person_id);

CREATE TABLE persons (
    id                TEXT PRIMARY KEY NOT NULL,
    household_id      TEXT NOT NULL REFERENCES households(id),
    name              TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    sex               TEXT CHECK (sex = 'M' OR sex = 'F'),
    id_number         TEXT CHECK (id_number IS NULL OR length(id_number) = 18),
    birth_date        TEXT CHECK (birth_date IS NULL OR birth_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    ethnicity         TEXT,
    phone             TEXT,
    relation          TEXT NOT NULL DEFAULT 'other',
    residence_status  TEXT NOT NULL DEFAULT 'registered'
                      CHECK (residence_status = 'registered' OR residence_status = 'migrant' OR residence_status = 'away'),
    occupation        TEXT,
    tags              TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags) AND json_type(tags) = 'array'),
    notes             TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX persons_household ON persons(household_id, deleted);
CREATE UNIQUE INDEX persons_live_id_number ON persons(id_number) WHERE deleted = 0 AND id_number IS NOT NULL;
-- Name and given-name prefixes serve searches of one or two characters (a surname, a given name).
CREATE INDEX persons_live_name ON persons(name) WHERE deleted = 0;
CREATE INDEX persons_live_given_name ON persons(substr(name, 2)) WHERE deleted = 0;

-- The outbox: one entry per local write, naming the fields it changed. Sync pushes the rows named here
-- (coalesced per row) and clears entries up to the sequence the server acknowledged.
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op = 'insert' OR op = 'update' OR op = 'delete'),
    fields     TEXT NOT NULL CHECK (json_valid(fields)),
    changed_at TEXT NOT NULL
);
CREATE INDEX change_log_row ON change_log(table_name, row_id);

-- Search: a trigram index over person names, ID numbers, phones and household addresses. search_rows
-- gives each indexed record a stable integer key for the FTS table, since records are keyed by UUID.
-- Triggers keep it current, except while local_meta holds 'search_deferred_since' (bulk loads, see
-- core/search/SearchIndex.h): FTS5 flushes a segment at every statement savepoint, so a bulk load
-- indexes its rows in one statement at the end instead.
CREATE TABLE search_rows (
    docid  INTEGER PRIMARY KEY,
    kind   TEXT NOT NULL CHECK (kind = 'person' OR kind = 'household'),
    row_id TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE search_fts USING fts5(name, id_number, phone, address, tokenize = 'trigram');

CREATE TRIGGER persons_search_insert AFTER INSERT ON persons
    WHEN NEW.deleted = 0 AND NOT EXISTS (SELECT 1 FROM local_meta WHERE key = 'search_deferred_since')
BEGIN
    INSERT OR IGNORE INTO search_rows(kind, row_id) VALUES ('person', NEW.id);
    INSERT INTO search_fts(rowid, name, id_number, phone)
        SELECT docid, NEW.name, NEW.id_number, NEW.phone FROM search_rows WHERE row_id = NEW.id;
END;

CREATE TRIGGER persons_search_update AFTER UPDATE OF name, id_number, phone, deleted ON persons
    WHEN NOT EXISTS (SELECT 1 FROM local_meta WHERE key = 'search_deferred_since')
BEGIN
    DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_rows WHERE row_id = OLD.id);
    INSERT OR IGNORE INTO search_rows(kind, row_id) SELECT 'person', NEW.id WHERE NEW.deleted = 0;
    INSERT INTO search_fts(rowid, name, id_number, phone)
        SELECT docid, NEW.name, NEW.id_number, NEW.phone FROM search_rows
        WHERE row_id = NEW.id AND NEW.deleted = 0;
END;

CREATE TRIGGER persons_search_delete AFTER DELETE ON persons
BEGIN
    DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_rows WHERE row_id = OLD.id);
    DELETE FROM search_rows WHERE row_id = OLD.id;
END;

CREATE TRIGGER households_search_insert AFTER INSERT ON households
    WHEN NEW.deleted = 0 AND NOT EXISTS (SELECT 1 FROM local_meta WHERE key = 'search_deferred_since')
BEGIN
    INSERT OR IGNORE INTO search_rows(kind, row_id) VALUES ('household', NEW.id);
    INSERT INTO search_fts(rowid, address)
        SELECT docid, NEW.address || coalesce(' ' || NEW.house_number, '') FROM search_rows WHERE row_id = NEW.id;
END;

CREATE TRIGGER households_search_update AFTER UPDATE OF address, house_number, deleted ON households
    WHEN NOT EXISTS (SELECT 1 FROM local_meta WHERE key = 'search_deferred_since')
BEGIN
    DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_rows WHERE row_id = OLD.id);
    INSERT OR IGNORE INTO search_rows(kind, row_id) SELECT 'household', NEW.id WHERE NEW.deleted = 0;
    INSERT INTO search_fts(rowid, address)
        SELECT docid, NEW.address || coalesce(' ' || NEW.house_number, '') FROM search_rows
        WHERE row_id = NEW.id AND NEW.deleted = 0;
END;

CREATE TRIGGER households_search_delete AFTER DELETE ON households
BEGIN
    DELETE FROM search_fts WHERE rowid = (SELECT docid FROM search_rows WHERE row_id = OLD.id);
    DELETE FROM search_rows WHERE row_id = OLD.id;
END;
