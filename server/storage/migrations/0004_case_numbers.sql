-- Server schema 4: the next case number of each mediation committee and year. Devices reserve blocks of
-- numbers from here while online and issue them offline (docs/SYNC.md section 11).
CREATE TABLE case_number_counters (
    committee_id TEXT NOT NULL,
    year         INTEGER NOT NULL,
    next         BIGINT NOT NULL,
    PRIMARY KEY (committee_id, year)
);
