-- The audit trail: one row for each audited change, written by the write path in the same transaction
-- as the change itself, so it is kept exactly when the change is.
CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- NULL for changes of the server itself (a new company, a scheduled purge).
    company_id INTEGER REFERENCES companies(id),
    -- person, api_token, service_key, anonymous or server; actor_id is the person acting (for an API
    -- token, the HR user it acts as), NULL for the others.
    actor_kind TEXT NOT NULL,
    actor_id INTEGER,
    -- What the write does, such as leave.request; the record it changed and what changed, as JSON.
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    details TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX audit_events_by_company ON audit_events (company_id, id);
