-- Schema 10: one county-server session per person who signs in on this device (docs/SYNC.md section 2).
-- Two people may share a township PC: each one's changes travel under that person's own session, and each
-- pulls the records of that person's own scope from a cursor of its own.

-- The user name of the account signed in when the change was made; NULL for changes of the terminal
-- tools (demo, imports), which go with whoever syncs next. Filled for older entries by a code step.
ALTER TABLE change_log ADD COLUMN author TEXT;

-- Local: never synced. The token is the county server's bearer token for that person on this device.
CREATE TABLE sync_sessions (
    username        TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    token           TEXT,
    role            TEXT,
    scope           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(scope)),
    last_pulled_seq INTEGER NOT NULL DEFAULT 0,
    scope_epoch     INTEGER NOT NULL DEFAULT 0,
    signed_in_at    TEXT
) WITHOUT ROWID;

-- The one device-wide session of schema 4 belonged to whoever signed in first; nobody can tell whose it
-- was, so it goes (each person signs in to the server again at the next sync), and so does its cursor.
DELETE FROM local_meta WHERE key IN ('sync_token', 'sync_account_role', 'sync_account_scope',
                                     'sync_last_pulled_seq', 'sync_scope_epoch');
