-- Schema 2: accounts for offline sign-in, the device's sign-in failures, and the audit log.

-- The people who may sign in on this device, with their role and scope. Accounts come from the county
-- server once sync exists; until then `lianxin --add-account` and the demo create them. `verifier` is an
-- argon2id string (libsodium crypto_pwhash_str): never the password.
CREATE TABLE accounts (
    id                TEXT PRIMARY KEY NOT NULL,
    username          TEXT NOT NULL CHECK (length(username) BETWEEN 3 AND 32),
    display_name      TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 50),
    role              TEXT NOT NULL,
    scope             TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(scope) AND json_type(scope) = 'array'),
    verifier          TEXT NOT NULL,
    disabled          INTEGER NOT NULL DEFAULT 0 CHECK (disabled = 0 OR disabled = 1),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX accounts_live_username ON accounts(username) WHERE deleted = 0;

-- Failed sign-ins on this device, which slow the next attempt. Local: never synced.
CREATE TABLE sign_in_failures (
    username        TEXT PRIMARY KEY NOT NULL,
    failures        INTEGER NOT NULL,
    last_failure_at TEXT NOT NULL
) WITHOUT ROWID;

-- Who saw what: each reveal of a masked value. Append-only; synced to the county.
CREATE TABLE audit_log (
    id                TEXT PRIMARY KEY NOT NULL,
    account_id        TEXT NOT NULL,
    action            TEXT NOT NULL,
    table_name        TEXT NOT NULL,
    row_id            TEXT NOT NULL,
    field             TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX audit_log_row ON audit_log(table_name, row_id);
