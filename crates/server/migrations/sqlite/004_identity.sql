-- The Users API's view of a person: every employee is a user, with an Okta-style id, a login and a
-- lifecycle status. `employees.status` stays the HR API's employment status and follows the lifecycle
-- (only DEPROVISIONED is 'inactive').
ALTER TABLE employees ADD COLUMN okta_id TEXT;
ALTER TABLE employees ADD COLUMN uuid TEXT;
ALTER TABLE employees ADD COLUMN login TEXT COLLATE NOCASE;
ALTER TABLE employees ADD COLUMN lifecycle TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (lifecycle IN
    ('STAGED', 'PROVISIONED', 'ACTIVE', 'RECOVERY', 'PASSWORD_EXPIRED', 'LOCKED_OUT', 'SUSPENDED', 'DEPROVISIONED'));
-- Profile attributes the HR model has no column for (Okta's profile is open-ended), as a JSON object.
ALTER TABLE employees ADD COLUMN profile_extra TEXT NOT NULL DEFAULT '{}';
ALTER TABLE employees ADD COLUMN activated_at TEXT;
ALTER TABLE employees ADD COLUMN status_changed_at TEXT;
ALTER TABLE employees ADD COLUMN last_login_at TEXT;
ALTER TABLE employees ADD COLUMN password_changed_at TEXT;
ALTER TABLE employees ADD COLUMN updated_at TEXT;
ALTER TABLE employees ADD COLUMN recovery_question TEXT;
ALTER TABLE employees ADD COLUMN recovery_answer_hash TEXT;
-- Wrong passwords in a row; enough of them lock the account out until an administrator unlocks it.
ALTER TABLE employees ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
-- A one-time activation or password-reset token, stored as its SHA-256 only.
ALTER TABLE employees ADD COLUMN one_time_token_hash TEXT;
ALTER TABLE employees ADD COLUMN one_time_token_expires_at TEXT;

UPDATE employees SET lifecycle = 'DEPROVISIONED' WHERE status = 'inactive';
UPDATE employees SET
    okta_id = '00u' || substr(lower(hex(randomblob(9))), 1, 17),
    uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
        || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 2) || '-'
        || lower(hex(randomblob(6))),
    login = email,
    activated_at = created_at,
    status_changed_at = created_at,
    updated_at = created_at,
    password_changed_at = CASE WHEN password_hash IS NULL THEN NULL ELSE created_at END;
CREATE UNIQUE INDEX employees_by_okta_id ON employees (okta_id);
CREATE UNIQUE INDEX employees_by_uuid ON employees (uuid);
CREATE UNIQUE INDEX employees_by_login ON employees (login);
CREATE INDEX employees_by_lifecycle ON employees (company_id, lifecycle, id);

-- Every way a row is inserted gets its ids and login, whoever wrote the INSERT.
CREATE TRIGGER employees_identity AFTER INSERT ON employees WHEN NEW.okta_id IS NULL OR NEW.uuid IS NULL
    OR NEW.login IS NULL BEGIN
    UPDATE employees SET
        okta_id = coalesce(NEW.okta_id, '00u' || substr(lower(hex(randomblob(9))), 1, 17)),
        uuid = coalesce(NEW.uuid, lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
            || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1)
            || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
        login = coalesce(NEW.login, NEW.email),
        activated_at = coalesce(NEW.activated_at, CASE WHEN NEW.lifecycle = 'ACTIVE' THEN NEW.created_at END),
        status_changed_at = coalesce(NEW.status_changed_at, NEW.created_at),
        updated_at = coalesce(NEW.updated_at, NEW.created_at),
        password_changed_at = coalesce(NEW.password_changed_at,
            CASE WHEN NEW.password_hash IS NULL THEN NULL ELSE NEW.created_at END)
    WHERE id = NEW.id;
END;

ALTER TABLE companies ADD COLUMN okta_id TEXT;
ALTER TABLE companies ADD COLUMN uuid TEXT;
UPDATE companies SET
    okta_id = '00o' || substr(lower(hex(randomblob(9))), 1, 17),
    uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
        || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 2) || '-'
        || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX companies_by_okta_id ON companies (okta_id);
CREATE UNIQUE INDEX companies_by_uuid ON companies (uuid);
CREATE TRIGGER companies_identity AFTER INSERT ON companies WHEN NEW.okta_id IS NULL OR NEW.uuid IS NULL BEGIN
    UPDATE companies SET
        okta_id = coalesce(NEW.okta_id, '00o' || substr(lower(hex(randomblob(9))), 1, 17)),
        uuid = coalesce(NEW.uuid, lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
            || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1)
            || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))
    WHERE id = NEW.id;
END;

-- A device signed out by an administrator keeps its row, so its next request learns why.
ALTER TABLE personal_access_tokens ADD COLUMN revoked_at TEXT;
ALTER TABLE personal_access_tokens ADD COLUMN revoked_reason TEXT;

-- `Authorization: SSWS {token}` for the management APIs: each token acts as the HR user who made it.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    okta_id TEXT NOT NULL UNIQUE,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    last_used_at TEXT,
    created_at TEXT NOT NULL
);

-- Groups: one per department (members are the department's employees) and any number of others (teams,
-- project groups) whose members are listed in group_members.
CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    okta_id TEXT NOT NULL UNIQUE,
    uuid TEXT NOT NULL UNIQUE,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    department_id INTEGER UNIQUE REFERENCES departments(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT 'team',
    description TEXT,
    icon TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (company_id, name)
);
CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    added_at TEXT NOT NULL,
    PRIMARY KEY (group_id, employee_id)
);
CREATE INDEX group_members_by_employee ON group_members (employee_id);

INSERT INTO groups (okta_id, uuid, company_id, department_id, name, type, created_at, updated_at)
SELECT '00g' || substr(lower(hex(randomblob(9))), 1, 17),
       lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
           || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 2) || '-'
           || lower(hex(randomblob(6))),
       d.company_id, d.id, d.name, 'department', c.created_at, c.created_at
FROM departments d JOIN companies c ON c.id = d.company_id;
CREATE TRIGGER departments_group AFTER INSERT ON departments BEGIN
    INSERT INTO groups (okta_id, uuid, company_id, department_id, name, type, created_at, updated_at)
    VALUES ('00g' || substr(lower(hex(randomblob(9))), 1, 17),
        lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
            || '-' || substr('89ab', 1 + abs(random()) % 4, 1) || substr(lower(hex(randomblob(2))), 2) || '-'
            || lower(hex(randomblob(6))),
        NEW.company_id, NEW.id, NEW.name, 'department', strftime('%Y-%m-%d %H:%M:%f+00:00'), strftime('%Y-%m-%d %H:%M:%f+00:00'));
END;
