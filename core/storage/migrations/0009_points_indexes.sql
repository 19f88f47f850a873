-- Schema 9: indexes that answer the points ledger's questions without reading the decisions themselves
-- (docs/PERFORMANCE.md, "Points ledger"): is this entry confirmed, has it any decision at all.

CREATE INDEX points_decisions_confirmed ON points_decisions(entry_id) WHERE kind = 'confirmed' AND deleted = 0;
CREATE INDEX points_decisions_live ON points_decisions(entry_id, kind, approved) WHERE deleted = 0;
