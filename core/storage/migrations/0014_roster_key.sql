-- Schema 14: the key a household has in the township's Excel roster (花名册: 户编号, or the head's ID
-- number when the roster has no household number), so that importing the same roster again finds the
-- household instead of adding it twice. Synced like the household's other fields.
ALTER TABLE households ADD COLUMN roster_key TEXT CHECK (roster_key IS NULL OR length(roster_key) BETWEEN 1 AND 64);
CREATE INDEX households_roster_key ON households(grid_id, roster_key) WHERE roster_key IS NOT NULL AND deleted = 0;
