-- Server schema 2: conflict records become a synced table (core/storage/SyncedTable.cpp: conflicts), so
-- that devices pull them for review. The synced table is made by ServerSchema after this migration; the
-- server-only table of schema 1 goes, its rows carried over.
CREATE TABLE conflicts_v1 AS SELECT * FROM conflicts;
DROP TABLE conflicts;
