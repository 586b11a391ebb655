-- Announcements HR drafts, schedules, publishes to an audience, pins and expires.
ALTER TABLE announcements ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1));
-- When the server is to publish a scheduled announcement; NULL for a draft. Kept once published.
ALTER TABLE announcements ADD COLUMN publish_at TEXT;
-- From when nobody but HR sees it; NULL: until HR expires it.
ALTER TABLE announcements ADD COLUMN expires_at TEXT;
-- 1: for everyone in the company; 0: for the departments, branches and people in announcement_audience.
ALTER TABLE announcements ADD COLUMN for_everyone INTEGER NOT NULL DEFAULT 1 CHECK (for_everyone IN (0, 1));

-- Until now a published_at still to come meant scheduled; from now on published_at is set when an
-- announcement is published (and its audience notified), and the schedule is publish_at.
UPDATE announcements SET publish_at = published_at, published_at = NULL
WHERE published_at > strftime('%Y-%m-%d %H:%M:%f+00:00', 'now');

-- Who an announcement not for everyone is for: anyone in one of its departments or branches, or named.
CREATE TABLE announcement_audience (
    announcement_id INTEGER NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('department', 'branch', 'person')),
    -- A departments, branches or employees id, by kind.
    target_id INTEGER NOT NULL,
    PRIMARY KEY (announcement_id, kind, target_id)
);

-- What the server's publishing job looks for.
CREATE INDEX announcements_due ON announcements (publish_at) WHERE published_at IS NULL AND publish_at IS NOT NULL;
