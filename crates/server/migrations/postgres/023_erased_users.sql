-- PostgreSQL's dialect of sqlite/023_erased_users.sql.
-- Deleting a user who has HR history (issue 20): their HR records are kept and the sign-in user is erased.
-- The login and email are freed (replaced by a reserved address), personal fields are blanked, and the
-- Users API no longer finds them.
ALTER TABLE employees ADD COLUMN erased_at TEXT;
