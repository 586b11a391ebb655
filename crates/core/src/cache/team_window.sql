-- When the team's whole attendance window was last fetched: refreshes in between fetch only the last
-- two days, which for a large company is a fraction of the pages.
ALTER TABLE session ADD COLUMN team_window_at TEXT;
