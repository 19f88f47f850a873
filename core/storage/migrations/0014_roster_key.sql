-- Schema 14: rosters and exports.
--
-- The key a household has in the township's Excel roster (花名册: 户编号, or the head's ID
-- number when the roster has no household number), so that importing the same roster again finds the
-- household instead of adding it twice. Synced like the household's other fields.
ALTER TABLE households ADD COLUMN roster_key TEXT CHECK (roster_key IS NULL OR length(roster_key) BETWEEN 1 AND 64);
CREATE INDEX households_roster_key ON households(grid_id, roster_key) WHERE roster_key IS NOT NULL AND deleted = 0;

-- What an export or an import of personal data covered (JSON: the list, its rows, the file's format), beside
-- who did it and when: the audit log records every such bulk look at the register, not only reveals.
ALTER TABLE audit_log ADD COLUMN detail TEXT CHECK (detail IS NULL OR json_valid(detail));
