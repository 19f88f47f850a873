-- Schema 13: visits, problems, service requests and events, three-level consultations (docs/SERVICE.md).
--
-- Township data first: the visit plan, the departments, the catalogue of request kinds with their time
-- limits, and the holiday calendar every working-day limit counts with. Visits and their problems belong
-- to a household; a request belongs to a grid (and a household when there is one) and carries what the
-- department handling it needs (a name, a phone, an address), because a department's device never holds
-- the register. Its changes of state are append-only steps; the row keeps the state they give.
-- No foreign key names a household: a department's device holds requests without their households.

CREATE TABLE visit_settings (
    id                TEXT PRIMARY KEY NOT NULL,
    township_id       TEXT NOT NULL REFERENCES regions(id),
    period            TEXT NOT NULL,
    key_tags          TEXT,
    key_days          INTEGER NOT NULL DEFAULT 14,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX visit_settings_township ON visit_settings(township_id);

CREATE TABLE departments (
    id                TEXT PRIMARY KEY NOT NULL,
    township_id       TEXT NOT NULL REFERENCES regions(id),
    name              TEXT NOT NULL,
    retired           INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX departments_township ON departments(township_id);

CREATE TABLE service_kinds (
    id                TEXT PRIMARY KEY NOT NULL,
    township_id       TEXT NOT NULL REFERENCES regions(id),
    type              TEXT NOT NULL DEFAULT 'request',
    code              TEXT NOT NULL,
    name              TEXT NOT NULL,
    department_id     TEXT,
    limit_kind        TEXT NOT NULL,
    limit_days        INTEGER NOT NULL DEFAULT 0,
    retired           INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX service_kinds_township ON service_kinds(township_id, code);

-- Days that are not what the weekday says: a statutory holiday on a weekday, a make-up workday (调休) on a
-- weekend. Kept per county, shared by every legal or service clock.
CREATE TABLE holidays (
    id                TEXT PRIMARY KEY NOT NULL,
    region_id         TEXT NOT NULL REFERENCES regions(id),
    on_date           TEXT NOT NULL,
    kind              TEXT NOT NULL,
    name              TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX holidays_date ON holidays(on_date) WHERE deleted = 0;

CREATE TABLE visits (
    id                TEXT PRIMARY KEY NOT NULL,
    household_id      TEXT NOT NULL,
    visited_on        TEXT NOT NULL,
    visited_at        TEXT,
    kind              TEXT NOT NULL,
    workers           TEXT,
    met               TEXT,
    situation         TEXT,
    latitude          TEXT,
    longitude         TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX visits_household ON visits(household_id, visited_on) WHERE deleted = 0;
CREATE INDEX visits_date ON visits(visited_on, household_id) WHERE deleted = 0;

-- Photos of a visit and the household's signature slip: contents stored once by hash, as attachments are.
CREATE TABLE visit_photos (
    id                TEXT PRIMARY KEY NOT NULL,
    visit_id          TEXT NOT NULL REFERENCES visits(id),
    sha256            TEXT NOT NULL CHECK (length(sha256) = 64),
    file_name         TEXT NOT NULL,
    mime_type         TEXT NOT NULL,
    size              INTEGER NOT NULL,
    caption           TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX visit_photos_visit ON visit_photos(visit_id);
CREATE INDEX visit_photos_sha256 ON visit_photos(sha256);

-- A problem found on a visit and its answer the same day (问题解, 不过夜).
CREATE TABLE problems (
    id                TEXT PRIMARY KEY NOT NULL,
    visit_id          TEXT NOT NULL REFERENCES visits(id),
    household_id      TEXT NOT NULL,
    found_on          TEXT NOT NULL,
    category          TEXT NOT NULL,
    description       TEXT NOT NULL,
    owner             TEXT,
    answer            TEXT,
    answered_on       TEXT,
    answer_note       TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX problems_visit ON problems(visit_id);
CREATE INDEX problems_open ON problems(found_on, household_id) WHERE deleted = 0 AND answer IS NULL;

CREATE TABLE service_requests (
    id                TEXT PRIMARY KEY NOT NULL,
    region_id         TEXT NOT NULL REFERENCES regions(id),
    household_id      TEXT,
    problem_id        TEXT,
    type              TEXT NOT NULL,
    kind_id           TEXT NOT NULL,
    number            TEXT NOT NULL,
    description       TEXT NOT NULL,
    contact_name      TEXT,
    contact_phone     TEXT,
    address           TEXT,
    taken_on          TEXT NOT NULL,
    due_on            TEXT NOT NULL,
    state             TEXT NOT NULL,
    department_id     TEXT,
    routed_to         TEXT,
    result            TEXT,
    satisfaction      TEXT,
    reopened          INTEGER NOT NULL DEFAULT 0,
    closed_on         TEXT,
    taken_by          TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX service_requests_state ON service_requests(state, due_on, id) WHERE deleted = 0;
CREATE INDEX service_requests_region ON service_requests(region_id, state) WHERE deleted = 0;
CREATE INDEX service_requests_household ON service_requests(household_id) WHERE deleted = 0;
CREATE INDEX service_requests_problem ON service_requests(problem_id) WHERE problem_id IS NOT NULL;
CREATE INDEX service_requests_department ON service_requests(department_id, state) WHERE deleted = 0;

-- Every change of a request's state, with who and when (RecordInfo) and what it carried.
CREATE TABLE service_steps (
    id                TEXT PRIMARY KEY NOT NULL,
    request_id        TEXT NOT NULL REFERENCES service_requests(id),
    action            TEXT NOT NULL,
    occurred          TEXT NOT NULL,
    data              TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX service_steps_request ON service_steps(request_id, occurred);

-- Three-level consultation (三级会商): a meeting, the matters it covered, and a decision per matter with
-- its owner and deadline, followed until done.
CREATE TABLE consultations (
    id                TEXT PRIMARY KEY NOT NULL,
    region_id         TEXT NOT NULL REFERENCES regions(id),
    level             TEXT NOT NULL,
    held_on           TEXT NOT NULL,
    chair             TEXT NOT NULL,
    present           TEXT,
    minutes           TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX consultations_region ON consultations(region_id, held_on);

CREATE TABLE consultation_decisions (
    id                TEXT PRIMARY KEY NOT NULL,
    consultation_id   TEXT NOT NULL REFERENCES consultations(id),
    matter_table      TEXT NOT NULL,
    matter_id         TEXT NOT NULL,
    matter_title      TEXT,
    decision          TEXT NOT NULL,
    owner             TEXT NOT NULL,
    due_on            TEXT NOT NULL,
    done_on           TEXT,
    done_note         TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by_device TEXT NOT NULL,
    updated_by        TEXT,
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0 OR deleted = 1),
    server_version    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX consultation_decisions_meeting ON consultation_decisions(consultation_id);
CREATE INDEX consultation_decisions_open ON consultation_decisions(due_on) WHERE deleted = 0 AND done_on IS NULL;

-- The department whose requests a department account sees (role "department").
ALTER TABLE accounts ADD COLUMN department_id TEXT;
