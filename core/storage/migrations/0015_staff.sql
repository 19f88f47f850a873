-- Schema 15: staff and accounts managed by the township and county administrators from the client
-- (docs/API.md, "Staff and accounts"). Both columns are synced fields the county server writes.
-- An account whose password an administrator set (made or reset) must choose its own at the next sign-in:
-- 1 then, NULL or 0 otherwise (accounts made before schema 15 and by `lianxin --add-account`).
ALTER TABLE accounts ADD COLUMN must_change_password INTEGER CHECK (must_change_password IS NULL OR must_change_password = 0 OR must_change_password = 1);
-- Whether a member (a mediator, above all) works full-time or part-time: 'full_time', 'part_time' or NULL.
ALTER TABLE members ADD COLUMN employment TEXT CHECK (employment IS NULL OR employment = 'full_time' OR employment = 'part_time');
