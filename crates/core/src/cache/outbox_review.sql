-- A refusal stays in front of the user until they dismiss it.
ALTER TABLE outbox ADD COLUMN dismissed_at TEXT;
-- When the server accepted or refused the write.
ALTER TABLE outbox ADD COLUMN completed_at TEXT;
-- What the device's pre-check expects the server to say, re-judged when the local state changes.
ALTER TABLE outbox ADD COLUMN warning TEXT;
-- The request may have reached the server (it was sent and the answer was lost), so taking the write
-- back must ask the server too; 0 while every attempt failed before a connection was made.
ALTER TABLE outbox ADD COLUMN maybe_delivered INTEGER NOT NULL DEFAULT 0;
