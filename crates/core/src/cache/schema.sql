-- One file per server and user: nothing here is ever shown to another account.

CREATE TABLE session (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    server_url TEXT NOT NULL,
    employee_id INTEGER NOT NULL,
    email TEXT NOT NULL,
    token TEXT,
    -- server clock minus device clock, learned from the Date header of every answer
    clock_offset_ms INTEGER NOT NULL DEFAULT 0,
    needs_login INTEGER NOT NULL DEFAULT 0,
    last_sync_at TEXT,
    last_error TEXT
);

-- Whole API documents for read-mostly screens, keyed by path.
CREATE TABLE documents (
    path TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    -- the server's ETag, sent back as If-None-Match so an unchanged page costs a 304
    etag TEXT
);

CREATE TABLE employees (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    employee_number TEXT NOT NULL,
    department_id INTEGER,
    branch_id INTEGER,
    manager_id INTEGER,
    status TEXT NOT NULL,
    attributes TEXT NOT NULL
);
CREATE INDEX employees_by_name ON employees (name);

-- Attendance records: the server's, and queued check-ins shown before the server has them.
CREATE TABLE attendance (
    key TEXT PRIMARY KEY,
    server_id INTEGER UNIQUE,
    employee_id INTEGER NOT NULL,
    work_date TEXT NOT NULL,
    check_in_at TEXT NOT NULL,
    check_out_at TEXT,
    attributes TEXT,
    pending_op INTEGER
);
CREATE INDEX attendance_by_date ON attendance (work_date, check_in_at);
CREATE INDEX attendance_by_employee ON attendance (employee_id, check_in_at);

-- The user's own leave requests, with queued ones shown (and counted) before the server has them.
CREATE TABLE leaves (
    key TEXT PRIMARY KEY,
    server_id INTEGER UNIQUE,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    leave_type TEXT NOT NULL,
    days INTEGER NOT NULL,
    status TEXT NOT NULL,
    attributes TEXT,
    pending_op INTEGER
);

-- Writes made on the device, sent to the server in order, each exactly once.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    path TEXT NOT NULL,
    body TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    -- device time of the action, corrected by the clock offset when sent
    recorded_at TEXT,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'rejected')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error TEXT,
    rejection TEXT,
    depends_on INTEGER REFERENCES outbox(id),
    -- what the operation did locally, so a rejection can undo it
    effect TEXT,
    -- the id of the resource the server created or changed
    result TEXT
);
CREATE INDEX outbox_pending ON outbox (state, id);
