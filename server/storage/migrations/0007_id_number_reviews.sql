-- Server schema 7: a pushed person whose ID number another person outside the pusher's scope already has.
-- The push is not refused (the answer would tell the pusher who lives where); a county administrator
-- reviews the pair (lianxin-server admin id-number-reviews) and corrects one of the two records.
CREATE TABLE id_number_reviews (
    person_id       TEXT NOT NULL,
    other_person_id TEXT NOT NULL,
    pushed_by       TEXT NOT NULL,
    received_at     TEXT NOT NULL,
    PRIMARY KEY (person_id, other_person_id)
);
