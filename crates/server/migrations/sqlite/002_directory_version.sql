-- A counter bumped by every change to a company's directory, so readers can cache directory pages
-- and answer conditional requests without re-reading the employees.
ALTER TABLE companies ADD COLUMN directory_version INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER employees_inserted AFTER INSERT ON employees BEGIN
    UPDATE companies SET directory_version = directory_version + 1 WHERE id = NEW.company_id;
END;
CREATE TRIGGER employees_updated AFTER UPDATE ON employees BEGIN
    UPDATE companies SET directory_version = directory_version + 1 WHERE id IN (OLD.company_id, NEW.company_id);
END;
CREATE TRIGGER employees_deleted AFTER DELETE ON employees BEGIN
    UPDATE companies SET directory_version = directory_version + 1 WHERE id = OLD.company_id;
END;
