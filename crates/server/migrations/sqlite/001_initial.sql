CREATE TABLE companies (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    timezone TEXT NOT NULL DEFAULT 'UTC',
    currency TEXT NOT NULL DEFAULT 'EUR',
    -- The local time after which a check-in counts as late.
    work_starts_at TEXT NOT NULL DEFAULT '09:00',
    late_after_minutes INTEGER NOT NULL DEFAULT 15,
    created_at TEXT NOT NULL
);

CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    name TEXT NOT NULL,
    UNIQUE (company_id, name)
);

CREATE TABLE branches (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    name TEXT NOT NULL,
    address TEXT,
    latitude REAL,
    longitude REAL,
    geofence_radius REAL,
    UNIQUE (company_id, name),
    CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CHECK (geofence_radius IS NULL OR (latitude IS NOT NULL AND geofence_radius > 0))
);

CREATE TABLE employees (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    employee_number TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL COLLATE NOCASE UNIQUE,
    phone TEXT,
    job_title TEXT,
    role TEXT NOT NULL CHECK (role IN ('employee', 'manager', 'hr')),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
    hire_date TEXT,
    department_id INTEGER REFERENCES departments(id),
    branch_id INTEGER REFERENCES branches(id),
    manager_id INTEGER REFERENCES employees(id),
    password_hash TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (company_id, employee_number)
);
CREATE INDEX employees_by_name ON employees (company_id, last_name, first_name, id);
CREATE INDEX employees_by_manager ON employees (manager_id);

CREATE TABLE personal_access_tokens (
    id INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    last_used_at TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE service_keys (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    name TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE TABLE attendance_records (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    branch_id INTEGER REFERENCES branches(id),
    work_date TEXT NOT NULL,
    is_late INTEGER NOT NULL DEFAULT 0,
    check_in_at TEXT NOT NULL,
    check_in_received_at TEXT NOT NULL,
    check_in_latitude REAL,
    check_in_longitude REAL,
    check_in_accuracy REAL,
    check_in_distance REAL,
    check_in_mocked INTEGER NOT NULL DEFAULT 0,
    check_out_at TEXT,
    check_out_received_at TEXT,
    check_out_latitude REAL,
    check_out_longitude REAL,
    check_out_accuracy REAL,
    check_out_distance REAL,
    check_out_mocked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attendance_by_employee ON attendance_records (employee_id, check_in_at);
CREATE INDEX attendance_by_company ON attendance_records (company_id, check_in_at);
-- At most one open record per employee, whatever races the clients run.
CREATE UNIQUE INDEX attendance_one_open ON attendance_records (employee_id) WHERE check_out_at IS NULL;

CREATE TABLE leave_types (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    days_per_year INTEGER NOT NULL CHECK (days_per_year >= 0),
    UNIQUE (company_id, code)
);

-- A per-employee, per-year entitlement that overrides the leave type's default.
CREATE TABLE leave_allowances (
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    leave_type_id INTEGER NOT NULL REFERENCES leave_types(id),
    year INTEGER NOT NULL,
    days INTEGER NOT NULL CHECK (days >= 0),
    PRIMARY KEY (employee_id, leave_type_id, year)
);

CREATE TABLE leave_requests (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    leave_type_id INTEGER NOT NULL REFERENCES leave_types(id),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    days INTEGER NOT NULL,
    reason TEXT,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'cancelled')),
    submitted_at TEXT NOT NULL,
    decided_at TEXT,
    CHECK (end_date >= start_date)
);
CREATE INDEX leave_requests_by_employee ON leave_requests (employee_id, start_date);
CREATE INDEX leave_requests_by_company ON leave_requests (company_id, status, id);

CREATE TABLE approval_steps (
    id INTEGER PRIMARY KEY,
    leave_request_id INTEGER NOT NULL REFERENCES leave_requests(id),
    sequence INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('manager', 'hr')),
    -- The named approver of a manager step; an HR step may be taken by anyone in HR.
    approver_id INTEGER REFERENCES employees(id),
    status TEXT NOT NULL CHECK (status IN ('waiting', 'pending', 'approved', 'rejected', 'skipped')),
    acted_by INTEGER REFERENCES employees(id),
    acted_at TEXT,
    notes TEXT,
    UNIQUE (leave_request_id, sequence)
);
CREATE INDEX approval_steps_by_approver ON approval_steps (approver_id, status);

CREATE TABLE notifications (
    id TEXT PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '{}',
    read_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX notifications_by_employee ON notifications (employee_id, created_at);

CREATE TABLE payroll_runs (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    period TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    pay_date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'finalised')),
    currency TEXT NOT NULL,
    finalised_at TEXT,
    UNIQUE (company_id, period)
);

-- Amounts are integer cents; earnings and deductions are JSON arrays of {label, amount}.
CREATE TABLE payroll_lines (
    id INTEGER PRIMARY KEY,
    payroll_run_id INTEGER NOT NULL REFERENCES payroll_runs(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    gross INTEGER NOT NULL,
    net INTEGER NOT NULL,
    earnings TEXT NOT NULL,
    deductions TEXT NOT NULL,
    UNIQUE (payroll_run_id, employee_id)
);
CREATE INDEX payroll_lines_by_employee ON payroll_lines (employee_id);

CREATE TABLE assets (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    asset_tag TEXT NOT NULL,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    serial_number TEXT,
    holder_id INTEGER REFERENCES employees(id),
    assigned_at TEXT,
    UNIQUE (company_id, asset_tag)
);

CREATE TABLE announcements (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    author_id INTEGER REFERENCES employees(id),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    -- NULL while a draft.
    published_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX announcements_by_company ON announcements (company_id, published_at);

-- The first response to each (user, Idempotency-Key), replayed to retries.
CREATE TABLE idempotency_keys (
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (employee_id, key)
);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
