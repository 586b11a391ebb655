-- HR resolves the problems employees report with what they hold: a report stays open until then, and keeps
-- who resolved it, when and what was done.
ALTER TABLE asset_problems ADD COLUMN status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved'));
ALTER TABLE asset_problems ADD COLUMN resolved_at TEXT;
ALTER TABLE asset_problems ADD COLUMN resolved_by BIGINT REFERENCES employees(id);
ALTER TABLE asset_problems ADD COLUMN resolution_note TEXT;
CREATE INDEX asset_problems_by_company ON asset_problems (company_id, status, id);
