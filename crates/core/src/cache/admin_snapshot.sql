-- What HR's admin area last read from the identity APIs, one JSON body per kind (people, groups, org,
-- trusted origins), so the admin screens still read offline.
CREATE TABLE admin_snapshot (
    kind TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    fetched_at TEXT NOT NULL
);
