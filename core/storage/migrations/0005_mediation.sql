-- Schema 5: dispute cases and the people's-mediation lifecycle (docs/MEDIATION.md).
--
-- A case is an ordinary synced row; its steps are append-only (docs/SYNC.md section 7): a correction is
-- a further step. The case row keeps what the steps decided (status, deadline, the agreement's dates)
-- so that lists filter and sort in SQL; core/mediation/DisputeRepository.cpp writes both in one transaction.

CREATE TABLE disputes (
    id                     TEXT PRIMARY KEY NOT NULL,
    region_id              TEXT NOT NULL REFERENCES regions(id),
    committee_id           TEXT NOT NULL REFERENCES regions(id),
    case_number            TEXT NOT NULL,
    case_year              INTEGER NOT NULL,
    case_seq               INTEGER,
    title                  TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    category               TEXT NOT NULL,
    source                 TEXT NOT NULL,
    received_on            TEXT NOT NULL,
    facts                  TEXT NOT NULL,
    claims                 TEXT,
    amount                 INTEGER NOT NULL DEFAULT 0,
    people_count           INTEGER NOT NULL DEFAULT 2,
    risk                   TEXT NOT NULL CHECK (risk = 'red' OR risk = 'orange' OR risk = 'yellow'),
    violence_risk          INTEGER NOT NULL DEFAULT 0 CHECK (violence_risk = 0 OR violence_risk = 1),
    level                  TEXT NOT NULL CHECK (level = 'group' OR level = 'village' OR level = 'township'),
    consultation           TEXT,
    mediator_ids           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(mediator_ids)),
    legal_adviser_id       TEXT,
    deadline               TEXT NOT NULL,
    status                 TEXT NOT NULL,
    agreement_form         TEXT,
    agreement_effective_on TEXT,
    agreement_amount       INTEGER,
    performance_deadline   TEXT,
    last_follow_up_on      TEXT,
    escalated_on           TEXT,
    closure_kind           TEXT,
    closed_on              TEXT,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    updated_by_device      TEXT NOT NULL,
    updated_by             TEXT,
    deleted                INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX disputes_received ON disputes(received_on DESC, id DESC) WHERE deleted = 0;
CREATE INDEX disputes_region ON disputes(region_id) WHERE deleted = 0;
CREATE INDEX disputes_status ON disputes(status, deadline) WHERE deleted = 0;
CREATE INDEX disputes_number ON disputes(committee_id, case_year, case_seq);

-- The parties: linked to a person of the register, or entered as written when they are not in it. The
-- name and ID number are copied at the time so that the documents say what the parties signed.
CREATE TABLE dispute_parties (
    id                TEXT PRIMARY KEY NOT NULL,
    dispute_id        TEXT NOT NULL REFERENCES disputes(id),
    role              TEXT NOT NULL CHECK (role = 'applicant' OR role = 'respondent'),
    person_id         TEXT, -- may lie outside this device's scope: no foreign key
    name              TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    sex               TEXT,
    id_number         TEXT,
    phone             TEXT,
    address           TEXT,
    agent             TEXT,
    sort_order        INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX dispute_parties_dispute ON dispute_parties(dispute_id, sort_order);
CREATE INDEX dispute_parties_person ON dispute_parties(person_id) WHERE person_id IS NOT NULL;

-- Every step of a case, append-only: `data` holds the step's values as JSON (core/mediation/StepFields.h).
CREATE TABLE dispute_steps (
    id                TEXT PRIMARY KEY NOT NULL,
    dispute_id        TEXT NOT NULL REFERENCES disputes(id),
    kind              TEXT NOT NULL,
    occurred          TEXT NOT NULL,
    data              TEXT NOT NULL CHECK (json_valid(data)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX dispute_steps_dispute ON dispute_steps(dispute_id, occurred, created_at);

-- Case numbers this device may issue offline: blocks the county server reserved for it, per mediation
-- committee and year (docs/SYNC.md section 11). Local: never synced.
CREATE TABLE case_number_blocks (
    committee_id TEXT NOT NULL,
    year         INTEGER NOT NULL,
    first        INTEGER NOT NULL,
    next         INTEGER NOT NULL,
    last         INTEGER NOT NULL,
    PRIMARY KEY (committee_id, year, first)
) WITHOUT ROWID;

-- Cases this device numbered provisionally for want of a block; numbered for good at the next sync.
CREATE TABLE case_number_pending (
    dispute_id TEXT PRIMARY KEY NOT NULL
) WITHOUT ROWID;
