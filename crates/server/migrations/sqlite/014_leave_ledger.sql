-- Leave types become HR's policy, balances a ledger of signed entries, and the jobs that grant, accrue and
-- carry over leave keep a run log. Existing types keep today's behaviour through the defaults.

ALTER TABLE leave_types ADD COLUMN paid_percent INTEGER NOT NULL DEFAULT 100 CHECK (paid_percent BETWEEN 0 AND 100);
-- 1: weekends and public holidays inside a request count as leave days (calendar days).
ALTER TABLE leave_types ADD COLUMN counts_non_working_days INTEGER NOT NULL DEFAULT 0;
ALTER TABLE leave_types ADD COLUMN attachment_required INTEGER NOT NULL DEFAULT 0;
ALTER TABLE leave_types ADD COLUMN min_notice_days INTEGER NOT NULL DEFAULT 0 CHECK (min_notice_days >= 0);
ALTER TABLE leave_types ADD COLUMN accrual TEXT NOT NULL DEFAULT 'upfront' CHECK (accrual IN ('upfront', 'monthly'));
ALTER TABLE leave_types ADD COLUMN prorated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE leave_types ADD COLUMN carry_over_cap INTEGER NOT NULL DEFAULT 0 CHECK (carry_over_cap >= 0);
-- NULL: carried days never lapse.
ALTER TABLE leave_types ADD COLUMN carry_over_expiry_months INTEGER CHECK (carry_over_expiry_months BETWEEN 1 AND 12);
ALTER TABLE leave_types ADD COLUMN negative_allowance INTEGER NOT NULL DEFAULT 0 CHECK (negative_allowance >= 0);
ALTER TABLE leave_types ADD COLUMN approval_chain TEXT NOT NULL DEFAULT 'manager_hr'
    CHECK (approval_chain IN ('none', 'manager', 'manager_hr'));
ALTER TABLE leave_types ADD COLUMN extra_hr_step_above_days INTEGER CHECK (extra_hr_step_above_days >= 0);
-- A retired type can no longer be requested; a type in use is never deleted.
ALTER TABLE leave_types ADD COLUMN retired_at TEXT;

-- Who ran which job for which period, and what it wrote; run_by NULL is the server itself.
CREATE TABLE leave_job_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    job TEXT NOT NULL,
    period TEXT NOT NULL,
    entries INTEGER NOT NULL,
    days INTEGER NOT NULL,
    run_by INTEGER REFERENCES employees(id),
    ran_at TEXT NOT NULL
);
CREATE INDEX leave_job_runs_by_company ON leave_job_runs (company_id, id);

-- Every change to a balance. A balance is the sum of a person's entries of a type in a year, with the
-- type's upfront grant counted until the yearly grant has written it, and pending requests against it.
CREATE TABLE leave_ledger (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    leave_type_id INTEGER NOT NULL REFERENCES leave_types(id),
    year INTEGER NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('grant', 'accrual', 'carry_over', 'expiry', 'adjustment', 'taken', 'reversal')),
    days INTEGER NOT NULL,
    -- What the entry is for: a job's period or `request:<id>`; NULL for an adjustment.
    period TEXT,
    leave_request_id INTEGER REFERENCES leave_requests(id),
    reason TEXT,
    author_id INTEGER REFERENCES employees(id),
    job_run_id INTEGER REFERENCES leave_job_runs(id),
    created_at TEXT NOT NULL
);
-- Nothing is written twice: a job run again, or an approval retried, finds its entry there.
CREATE UNIQUE INDEX leave_ledger_once ON leave_ledger (employee_id, leave_type_id, year, kind, period);
CREATE INDEX leave_ledger_by_company ON leave_ledger (company_id, employee_id, year, id);

-- The per-person allowances HR set before the ledger become that year's grant. Approved requests are
-- written as `taken` by the server at start (their split across New Year needs the person's calendar).
INSERT INTO leave_ledger (company_id, employee_id, leave_type_id, year, kind, days, period, reason, created_at)
SELECT e.company_id, a.employee_id, a.leave_type_id, a.year, 'grant', a.days, CAST(a.year AS TEXT),
       'Allowance set before the leave ledger', strftime('%Y-%m-%d %H:%M:%f+00:00', 'now')
FROM leave_allowances a JOIN employees e ON e.id = a.employee_id;
