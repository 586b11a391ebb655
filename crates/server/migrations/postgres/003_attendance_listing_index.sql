-- PostgreSQL's dialect of sqlite/003_attendance_listing_index.sql: company attendance lists filter on
-- the working day and page newest first; with the id and the day in the index, the page is found and
-- counted from the index alone.
DROP INDEX attendance_by_company;
CREATE INDEX attendance_by_company ON attendance_records (company_id, check_in_at, id, work_date);
