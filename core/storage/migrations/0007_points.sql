-- Schema 7: moral-evaluation points (道德评议积分), docs/POINTS.md.
--
-- Every record villagers' trust rests on is append-only (docs/SYNC.md section 7): indicator versions,
-- entries, the decisions on them, stock movements and redemptions. A change of an indicator is a new
-- version; a correction of the ledger is a reversing entry with a reason. Nothing here can conflict.
-- Meetings, items and village settings are ordinary rows.

CREATE TABLE points_settings (
    id                TEXT PRIMARY KEY NOT NULL,
    village_id        TEXT NOT NULL REFERENCES regions(id),
    period            TEXT NOT NULL CHECK (period = 'month' OR period = 'quarter' OR period = 'year'),
    notice_days       INTEGER NOT NULL DEFAULT 7 CHECK (notice_days BETWEEN 1 AND 60),
    threshold         INTEGER,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX points_settings_village ON points_settings(village_id);

-- One row per version of an indicator; `indicator_key` is the same for every version of one indicator.
CREATE TABLE points_indicators (
    id                TEXT PRIMARY KEY NOT NULL,
    village_id        TEXT NOT NULL REFERENCES regions(id),
    indicator_key     TEXT NOT NULL,
    version           INTEGER NOT NULL CHECK (version >= 1),
    category          TEXT NOT NULL,
    code              TEXT NOT NULL,
    name              TEXT NOT NULL,
    description       TEXT,
    min_points        INTEGER NOT NULL,
    max_points        INTEGER NOT NULL,
    evidence_required INTEGER NOT NULL DEFAULT 0,
    cap_per_period    INTEGER,
    retired           INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0,
    CHECK (min_points <= max_points)
);
CREATE INDEX points_indicators_village ON points_indicators(village_id, indicator_key, version);

CREATE TABLE points_entries (
    id                TEXT PRIMARY KEY NOT NULL,
    village_id        TEXT NOT NULL REFERENCES regions(id),
    household_id      TEXT NOT NULL REFERENCES households(id),
    person_id         TEXT,
    indicator_id      TEXT NOT NULL REFERENCES points_indicators(id),
    points            INTEGER NOT NULL,
    deed_on           TEXT NOT NULL,
    evidence          TEXT,
    proposed_by       TEXT NOT NULL,
    dispute_id        TEXT,
    reverses_id       TEXT REFERENCES points_entries(id),
    reason            TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX points_entries_household ON points_entries(household_id, deed_on);
-- Covers a village's ranking for a period: the entries of the period without reading the table.
CREATE INDEX points_entries_village ON points_entries(village_id, deed_on, household_id, points, id) WHERE deleted = 0;

CREATE TABLE points_meetings (
    id                TEXT PRIMARY KEY NOT NULL,
    village_id        TEXT NOT NULL REFERENCES regions(id),
    held_on           TEXT NOT NULL,
    attendees         TEXT NOT NULL,
    minutes           TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX points_meetings_village ON points_meetings(village_id, held_on);

-- What happened to an entry: decided at a meeting (with the votes), objected to, objection resolved,
-- confirmed, revoked. An entry's state is the fold of these (core/points/EntryState.h).
CREATE TABLE points_decisions (
    id                TEXT PRIMARY KEY NOT NULL,
    entry_id          TEXT NOT NULL REFERENCES points_entries(id),
    kind              TEXT NOT NULL,
    meeting_id        TEXT,
    votes_for         INTEGER,
    votes_against     INTEGER,
    approved          INTEGER,
    note              TEXT,
    on_date           TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX points_decisions_entry ON points_decisions(entry_id, kind);

CREATE TABLE points_items (
    id                TEXT PRIMARY KEY NOT NULL,
    village_id        TEXT NOT NULL REFERENCES regions(id),
    name              TEXT NOT NULL,
    unit              TEXT,
    price             INTEGER NOT NULL CHECK (price > 0),
    active            INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX points_items_village ON points_items(village_id);

-- Stock received (positive) and adjusted (with a reason); redemptions take their own quantities.
CREATE TABLE points_stock (
    id                TEXT PRIMARY KEY NOT NULL,
    item_id           TEXT NOT NULL REFERENCES points_items(id),
    quantity          INTEGER NOT NULL,
    reason            TEXT NOT NULL,
    on_date           TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX points_stock_item ON points_stock(item_id);

-- A redemption spends points on items; a return is a redemption with negative quantity and points that
-- names the one it reverses.
CREATE TABLE points_redemptions (
    id                TEXT PRIMARY KEY NOT NULL,
    village_id        TEXT NOT NULL REFERENCES regions(id),
    household_id      TEXT NOT NULL REFERENCES households(id),
    item_id           TEXT NOT NULL REFERENCES points_items(id),
    quantity          INTEGER NOT NULL,
    points            INTEGER NOT NULL,
    on_date           TEXT NOT NULL,
    receipt_no        TEXT NOT NULL,
    reverses_id       TEXT,
    reason            TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX points_redemptions_household ON points_redemptions(household_id);
CREATE INDEX points_redemptions_item ON points_redemptions(item_id);
