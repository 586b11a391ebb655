-- PostgreSQL's dialect of sqlite/023_erased_users.sql.
-- Deleting a user who has HR history (issue 20): their HR records are kept and the sign-in user is erased.
-- The login and email are freed (replaced by a reserved address), personal fields are blanked, and the
-- Users API no longer finds them.
ALTER TABLE employees ADD COLUMN erased_at TEXT;

-- Someone who left and is activated again (the Users API's activate of a DEPROVISIONED user) may leave
-- again: one offboarding at a time is open, and a completed one is history, no longer in the way.
DROP INDEX offboardings_open;
CREATE UNIQUE INDEX offboardings_open ON offboardings (employee_id) WHERE cancelled_at IS NULL AND completed_at IS NULL;
