-- Shifts, their assignments, attendance corrections, and the server closing a forgotten punch.

-- When someone is expected at work. Times are HH:MM in the company's time zone; an end at or before the
-- start is on the next day (an overnight shift).
CREATE TABLE shifts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    name TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    late_grace_minutes INTEGER NOT NULL DEFAULT 0 CHECK (late_grace_minutes >= 0),
    early_grace_minutes INTEGER NOT NULL DEFAULT 0 CHECK (early_grace_minutes >= 0),
    -- How long an open punch waits for its check-out after the end before the server closes it there.
    auto_close_after_minutes INTEGER NOT NULL DEFAULT 120 CHECK (auto_close_after_minutes >= 0),
    -- A retired shift can no longer be assigned; its assignments keep applying until they end.
    retired_at TEXT,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX shifts_unique_name ON shifts (company_id, name);

-- A shift given to someone from a day to a day (included), or for good. Of the assignments covering a
-- day, the one starting latest applies.
CREATE TABLE shift_assignments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    shift_id INTEGER NOT NULL REFERENCES shifts(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    created_at TEXT NOT NULL,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX shift_assignments_by_employee ON shift_assignments (employee_id, starts_on);

-- A record's times as punched stay beside the corrected ones; both original times are NULL for a record a
-- correction added. The check-out of an auto-closed record is the server's (no check-out punch).
ALTER TABLE attendance_records ADD COLUMN auto_closed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attendance_records ADD COLUMN left_early INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attendance_records ADD COLUMN corrected_at TEXT;
ALTER TABLE attendance_records ADD COLUMN original_check_in_at TEXT;
ALTER TABLE attendance_records ADD COLUMN original_check_out_at TEXT;
ALTER TABLE attendance_records ADD COLUMN correction_reason TEXT;

-- What an employee asked to correct: one of their records (attendance_record_id), or a day without one.
-- recorded_* are the record's times when asked; the approval writes the corrected record back.
CREATE TABLE attendance_corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    attendance_record_id INTEGER REFERENCES attendance_records(id),
    work_date TEXT NOT NULL,
    check_in_at TEXT,
    check_out_at TEXT,
    reason TEXT NOT NULL,
    recorded_check_in_at TEXT,
    recorded_check_out_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    requested_at TEXT NOT NULL,
    decided_by INTEGER REFERENCES employees(id),
    decided_at TEXT,
    decision_reason TEXT
);
CREATE INDEX attendance_corrections_by_company ON attendance_corrections (company_id, status, id);
CREATE INDEX attendance_corrections_by_employee ON attendance_corrections (employee_id, id);
-- One correction waiting per record.
CREATE UNIQUE INDEX attendance_corrections_one_pending ON attendance_corrections (attendance_record_id)
    WHERE status = 'pending';
