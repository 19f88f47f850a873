-- Server schema 6: who sent each content (docs/SYNC.md section 12). A pushed record may name only a
-- content its account or device sent, or one the account may already read; contents no record names
-- count against their senders' quota and are removed after a while (BlobService, Maintenance).
CREATE TABLE blob_uploads (
    sha256      TEXT NOT NULL,
    account_id  TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    PRIMARY KEY (sha256, account_id, device_id)
);
CREATE INDEX blob_uploads_account ON blob_uploads(account_id);
