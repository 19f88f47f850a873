-- Schema 3: households listed in the order people count (2组 before 10组, 9号 before 10号).
-- sort_key is a local column derived from address and house number (SyncedTable::derive, filled by
-- RecordWriter); it is not synced. The code step of this migration fills it for existing rows
-- (core/storage/CodeMigrations.cpp).

ALTER TABLE households ADD COLUMN sort_key TEXT;
DROP INDEX households_live_address;
DROP INDEX households_grid_address;
CREATE INDEX households_live_sort ON households(sort_key, id) WHERE deleted = 0;
CREATE INDEX households_grid_sort ON households(grid_id, sort_key, id) WHERE deleted = 0;
-- Short searches scan addresses in this index.
CREATE INDEX households_live_address ON households(address) WHERE deleted = 0;
