-- Half days and leave years that start in any month.
-- Amounts of leave (leave_requests.days, leave_ledger.days, leave_job_runs.days) may now end in a half:
-- SQLite keeps 1.5 in an INTEGER column as a real number, so those columns stay as they are. A working
-- week's days worked in the morning only are written with an "h" in working_week ("1,2,3,4,5,6h").

-- Only the afternoon is off.
ALTER TABLE holidays ADD COLUMN half_day INTEGER NOT NULL DEFAULT 0 CHECK (half_day IN (0, 1));

-- 0: requests of the type are taken in whole days.
ALTER TABLE leave_types ADD COLUMN half_days INTEGER NOT NULL DEFAULT 1 CHECK (half_days IN (0, 1));

-- A request may start at midday of its first day and end at midday of its last.
ALTER TABLE leave_requests ADD COLUMN start_half TEXT NOT NULL DEFAULT 'morning'
    CHECK (start_half IN ('morning', 'afternoon'));
ALTER TABLE leave_requests ADD COLUMN end_half TEXT NOT NULL DEFAULT 'afternoon'
    CHECK (end_half IN ('morning', 'afternoon'));

-- The month the company's leave years start in; a leave year is named by the calendar year it starts in.
ALTER TABLE companies ADD COLUMN leave_year_start_month INTEGER NOT NULL DEFAULT 1
    CHECK (leave_year_start_month BETWEEN 1 AND 12);
