-- PostgreSQL's dialect of sqlite/002_directory_version.sql: a counter bumped by every change to a
-- company's directory, so readers can cache directory pages and answer conditional requests without
-- re-reading the employees.
ALTER TABLE companies ADD COLUMN directory_version BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION bump_directory_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        UPDATE companies SET directory_version = directory_version + 1 WHERE id = NEW.company_id;
    END IF;
    IF TG_OP = 'DELETE' OR OLD.company_id <> NEW.company_id THEN
        UPDATE companies SET directory_version = directory_version + 1 WHERE id = OLD.company_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER employees_changed AFTER INSERT OR UPDATE OR DELETE ON employees
    FOR EACH ROW EXECUTE FUNCTION bump_directory_version();
