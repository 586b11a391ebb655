-- The people back office: contract terms on the employee, effective-dated changes with their history,
-- offboarding, retired departments and branches, and what people keep about themselves (contact details,
-- emergency contacts, bank details HR approves).

-- full_time, part_time, contractor or intern; everyone hired before this version counts as full time.
ALTER TABLE employees ADD COLUMN employment_type TEXT NOT NULL DEFAULT 'full_time'
    CHECK (employment_type IN ('full_time', 'part_time', 'contractor', 'intern'));
-- The person's own working week (ISO weekdays, comma-separated); NULL follows their branch's, then the
-- company's.
ALTER TABLE employees ADD COLUMN working_week TEXT;
ALTER TABLE employees ADD COLUMN personal_email TEXT;
ALTER TABLE employees ADD COLUMN address TEXT;

-- A retired department or branch leaves the pickers; the people and history that name it keep it.
ALTER TABLE departments ADD COLUMN head_id INTEGER REFERENCES employees(id);
ALTER TABLE departments ADD COLUMN retired_at TEXT;
ALTER TABLE branches ADD COLUMN retired_at TEXT;

-- One field of one person changed on a day: applied at once when the day has come, else by the server's
-- job on that day. before/after are the values as text (an id for department, branch and manager).
CREATE TABLE employee_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    field TEXT NOT NULL CHECK (field IN ('job_title', 'department_id', 'branch_id', 'manager_id', 'employment_type')),
    before_value TEXT,
    after_value TEXT,
    effective_date TEXT NOT NULL,
    author_id INTEGER REFERENCES employees(id),
    reason TEXT,
    created_at TEXT NOT NULL,
    applied_at TEXT
);
CREATE INDEX employee_changes_by_employee ON employee_changes (employee_id, effective_date);
CREATE INDEX employee_changes_due ON employee_changes (effective_date) WHERE applied_at IS NULL;

-- Someone leaving: their access ends at access_ends_at (the end of the last working day in the company's
-- time zone), when the server's job deactivates them. One open offboarding per person.
CREATE TABLE offboardings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    last_working_day TEXT NOT NULL,
    access_ends_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    author_id INTEGER REFERENCES employees(id),
    created_at TEXT NOT NULL,
    completed_at TEXT,
    cancelled_at TEXT
);
CREATE UNIQUE INDEX offboardings_open ON offboardings (employee_id) WHERE cancelled_at IS NULL;
CREATE INDEX offboardings_due ON offboardings (access_ends_at) WHERE completed_at IS NULL AND cancelled_at IS NULL;

CREATE TABLE emergency_contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    relationship TEXT NOT NULL,
    phone TEXT NOT NULL
);
CREATE INDEX emergency_contacts_by_employee ON emergency_contacts (employee_id, position);

-- A person's request to be paid to another account. The full IBAN is kept only while HR has to decide:
-- an approved one moves to bank_accounts, a rejected one keeps its last four characters only.
CREATE TABLE bank_detail_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    account_holder TEXT NOT NULL,
    iban TEXT,
    iban_last4 TEXT NOT NULL,
    bic TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
    requested_at TEXT NOT NULL,
    decided_by INTEGER REFERENCES employees(id),
    decided_at TEXT,
    decision_reason TEXT
);
CREATE INDEX bank_detail_requests_by_company ON bank_detail_requests (company_id, status);

-- The account a person is paid to: the last approved request's. Payroll reads it.
CREATE TABLE bank_accounts (
    employee_id INTEGER PRIMARY KEY REFERENCES employees(id),
    company_id INTEGER NOT NULL REFERENCES companies(id),
    account_holder TEXT NOT NULL,
    iban TEXT NOT NULL,
    bic TEXT,
    request_id INTEGER NOT NULL REFERENCES bank_detail_requests(id),
    approved_at TEXT NOT NULL
);
