-- PostgreSQL's dialect of sqlite/017_half_days_and_leave_years.sql.
-- Half days and leave years that start in any month. Amounts of leave may now end in a half, so their
-- columns become exact decimals. A working week's days worked in the morning only are written with an "h"
-- in working_week ("1,2,3,4,5,6h").
ALTER TABLE leave_requests ALTER COLUMN days TYPE NUMERIC(9, 1);
ALTER TABLE leave_ledger ALTER COLUMN days TYPE NUMERIC(9, 1);
ALTER TABLE leave_job_runs ALTER COLUMN days TYPE NUMERIC(11, 1);

-- Only the afternoon is off.
ALTER TABLE holidays ADD COLUMN half_day BIGINT NOT NULL DEFAULT 0 CHECK (half_day IN (0, 1));

-- 0: requests of the type are taken in whole days.
ALTER TABLE leave_types ADD COLUMN half_days BIGINT NOT NULL DEFAULT 1 CHECK (half_days IN (0, 1));

-- A request may start at midday of its first day and end at midday of its last.
ALTER TABLE leave_requests ADD COLUMN start_half TEXT NOT NULL DEFAULT 'morning'
    CHECK (start_half IN ('morning', 'afternoon'));
ALTER TABLE leave_requests ADD COLUMN end_half TEXT NOT NULL DEFAULT 'afternoon'
    CHECK (end_half IN ('morning', 'afternoon'));

-- The month the company's leave years start in; a leave year is named by the calendar year it starts in.
ALTER TABLE companies ADD COLUMN leave_year_start_month BIGINT NOT NULL DEFAULT 1
    CHECK (leave_year_start_month BETWEEN 1 AND 12);
