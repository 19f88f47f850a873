-- Schema 12: every region's ancestors, itself included, so that "within a scope" is one lookup whatever
-- the depth (a grid's county is three levels up, a village's two). Kept by the triggers below, whatever
-- order regions arrive in: a region's subtree is detached from its old ancestors and attached under its
-- parent's whenever it is written.

CREATE TABLE region_ancestors (
    region_id   TEXT NOT NULL,
    ancestor_id TEXT NOT NULL,
    PRIMARY KEY (region_id, ancestor_id)
) WITHOUT ROWID;
CREATE INDEX region_ancestors_descendants ON region_ancestors(ancestor_id, region_id);

INSERT INTO region_ancestors (region_id, ancestor_id)
    WITH RECURSIVE up(region_id, ancestor_id) AS (
        SELECT id, id FROM regions
        UNION SELECT up.region_id, r.parent_id FROM up JOIN regions r ON r.id = up.ancestor_id WHERE r.parent_id IS NOT NULL)
    SELECT region_id, ancestor_id FROM up;

CREATE TRIGGER region_ancestors_insert AFTER INSERT ON regions
BEGIN
    INSERT OR IGNORE INTO region_ancestors (region_id, ancestor_id) VALUES (NEW.id, NEW.id);
    DELETE FROM region_ancestors
        WHERE region_id IN (SELECT region_id FROM region_ancestors WHERE ancestor_id = NEW.id)
        AND ancestor_id IN (SELECT ancestor_id FROM region_ancestors WHERE region_id = NEW.id AND ancestor_id <> NEW.id);
    INSERT OR IGNORE INTO region_ancestors (region_id, ancestor_id)
        SELECT sub.region_id, sup.ancestor_id FROM region_ancestors sub,
            (SELECT NEW.parent_id AS ancestor_id UNION SELECT ancestor_id FROM region_ancestors WHERE region_id = NEW.parent_id) sup
        WHERE sub.ancestor_id = NEW.id AND NEW.parent_id IS NOT NULL;
END;

CREATE TRIGGER region_ancestors_update AFTER UPDATE OF parent_id ON regions
BEGIN
    DELETE FROM region_ancestors
        WHERE region_id IN (SELECT region_id FROM region_ancestors WHERE ancestor_id = NEW.id)
        AND ancestor_id IN (SELECT ancestor_id FROM region_ancestors WHERE region_id = NEW.id AND ancestor_id <> NEW.id);
    INSERT OR IGNORE INTO region_ancestors (region_id, ancestor_id)
        SELECT sub.region_id, sup.ancestor_id FROM region_ancestors sub,
            (SELECT NEW.parent_id AS ancestor_id UNION SELECT ancestor_id FROM region_ancestors WHERE region_id = NEW.parent_id) sup
        WHERE sub.ancestor_id = NEW.id AND NEW.parent_id IS NOT NULL;
END;

CREATE TRIGGER region_ancestors_delete AFTER DELETE ON regions
BEGIN
    DELETE FROM region_ancestors WHERE region_id = OLD.id OR ancestor_id = OLD.id;
END;
