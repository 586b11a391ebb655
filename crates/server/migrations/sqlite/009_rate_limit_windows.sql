-- Rate-limit windows (failed sign-ins per account and address, failed sign-ins per address for
-- ThreatInsight, requests per service key) live in the database, so every server instance on it counts
-- the same attempts: a retry or a guess that lands on another instance is still counted.
CREATE TABLE rate_limit_windows (
    bucket TEXT NOT NULL,
    key TEXT NOT NULL,
    -- Unix milliseconds at which the window closes and the count starts again.
    closes_at INTEGER NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (bucket, key)
) WITHOUT ROWID;

CREATE INDEX rate_limit_windows_by_closing ON rate_limit_windows (closes_at);
