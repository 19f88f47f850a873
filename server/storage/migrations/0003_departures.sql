-- Server schema 3: rows that left a region. When a row's region changes (a household moves to another
-- township, taking its people), the devices of the old region must drop their copy: each move leaves a
-- departure with the sequence of the change and the row's old place, which pulls of that place carry.
CREATE TABLE departures (
    seq            BIGINT PRIMARY KEY NOT NULL,
    table_name     TEXT NOT NULL,
    row_id         TEXT NOT NULL,
    scope_county   TEXT,
    scope_township TEXT,
    scope_village  TEXT,
    scope_grid     TEXT
);
CREATE INDEX departures_township ON departures(scope_township, seq);
CREATE INDEX departures_village ON departures(scope_village, seq);
CREATE INDEX departures_grid ON departures(scope_grid, seq);
