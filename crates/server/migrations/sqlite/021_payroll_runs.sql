-- Payroll runs (issue 19): per-person pay assignments and adjustments, the company's payroll settings, and
-- runs that go draft → locked → paid → published, each line keeping the inputs it was computed from.
-- Amounts are TEXT decimals as in pay setup; the lines' gross and net stay integer minor units for the
-- seed's payslip shape.

-- From `effective_from` on, the person is paid with this structure and base amount, until the next one.
CREATE TABLE pay_assignments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies (id),
    employee_id INTEGER NOT NULL REFERENCES employees (id),
    effective_from TEXT NOT NULL,
    salary_structure_id INTEGER NOT NULL REFERENCES salary_structures (id),
    base_amount TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (employee_id, effective_from)
);

-- A bonus, advance or deduction: a one-off is paid in the run whose period holds `starts_on`; a recurring
-- one in every run whose period overlaps `starts_on` to `ends_on` (open when NULL). `origin_run_id` names
-- the locked run a back-dated change was computed against.
CREATE TABLE pay_adjustments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies (id),
    employee_id INTEGER NOT NULL REFERENCES employees (id),
    kind TEXT NOT NULL CHECK (kind IN ('bonus', 'advance', 'deduction')),
    recurrence TEXT NOT NULL CHECK (recurrence IN ('one_off', 'recurring')),
    name TEXT NOT NULL,
    amount TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    reason TEXT,
    origin_run_id INTEGER REFERENCES payroll_runs (id),
    created_at TEXT NOT NULL
);
CREATE INDEX pay_adjustments_by_employee ON pay_adjustments (employee_id, starts_on);

CREATE TABLE payroll_settings (
    company_id INTEGER PRIMARY KEY REFERENCES companies (id),
    net_rounding_places INTEGER NOT NULL DEFAULT 2,
    net_rounding_mode TEXT NOT NULL DEFAULT 'half_up',
    -- A net that moves more than this percentage from the person's last run is flagged for review.
    net_change_threshold TEXT NOT NULL DEFAULT '10',
    debtor_name TEXT,
    debtor_iban TEXT,
    debtor_bic TEXT
);

-- SQLite cannot change a CHECK: both tables are rebuilt, the old 'finalised' becoming 'published'.
CREATE TABLE payroll_runs_rebuilt (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies (id),
    period TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    pay_date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'locked', 'paid', 'published')),
    currency TEXT NOT NULL,
    finalised_at TEXT,
    created_at TEXT,
    computed_at TEXT,
    locked_at TEXT,
    paid_at TEXT,
    corrects_run_id INTEGER REFERENCES payroll_runs_rebuilt (id)
);
INSERT INTO payroll_runs_rebuilt (id, company_id, period, period_start, period_end, pay_date, status, currency,
        finalised_at, created_at, locked_at, paid_at)
    SELECT id, company_id, period, period_start, period_end, pay_date,
        CASE status WHEN 'finalised' THEN 'published' ELSE status END, currency, finalised_at, finalised_at,
        finalised_at, finalised_at
    FROM payroll_runs;

CREATE TABLE payroll_lines_rebuilt (
    id INTEGER PRIMARY KEY,
    payroll_run_id INTEGER NOT NULL REFERENCES payroll_runs_rebuilt (id),
    employee_id INTEGER NOT NULL REFERENCES employees (id),
    status TEXT NOT NULL DEFAULT 'ready' CHECK (status IN ('ready', 'failed', 'held', 'excluded')),
    gross INTEGER NOT NULL,
    net INTEGER NOT NULL,
    earnings TEXT NOT NULL,
    deductions TEXT NOT NULL,
    -- The computed payslip (`okta_hr_payroll::compute::Payslip`) and what it was computed from
    -- (`PayslipInputs`), as JSON; NULL for lines from before this version and for failed or excluded ones.
    payslip TEXT,
    inputs TEXT,
    error TEXT,
    note TEXT,
    bank_holder TEXT,
    bank_iban TEXT,
    bank_bic TEXT,
    UNIQUE (payroll_run_id, employee_id)
);
INSERT INTO payroll_lines_rebuilt (id, payroll_run_id, employee_id, gross, net, earnings, deductions)
    SELECT id, payroll_run_id, employee_id, gross, net, earnings, deductions FROM payroll_lines;

DROP TABLE payroll_lines;
DROP TABLE payroll_runs;
ALTER TABLE payroll_runs_rebuilt RENAME TO payroll_runs;
ALTER TABLE payroll_lines_rebuilt RENAME TO payroll_lines;
CREATE INDEX payroll_lines_by_employee ON payroll_lines (employee_id);
-- One run per period; a correcting run names the run it corrects and may share its period.
CREATE UNIQUE INDEX payroll_runs_one_per_period ON payroll_runs (company_id, period) WHERE corrects_run_id IS NULL;
