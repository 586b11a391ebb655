-- Company attendance lists (HR's view, and the apps filling their caches page by page) filter on the
-- working day and page newest first. With the id and the day in the index, the page is found and
-- counted from the index alone: the rows a deep page skips are never read.
DROP INDEX attendance_by_company;
CREATE INDEX attendance_by_company ON attendance_records (company_id, check_in_at, id, work_date);
