-- Schema 11: the account that registered a dispute case, which the intake form (受理登记表) names as its
-- 登记人. Set once, when the case is registered; empty for cases registered before this schema.

ALTER TABLE disputes ADD COLUMN registered_by TEXT;
