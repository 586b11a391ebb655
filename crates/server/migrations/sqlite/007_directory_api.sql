-- The Directory API (seed 001): organizations are companies, accounts and employees are the employees
-- rows, groups are the groups of 004. This adds only what those rows had no column for.

-- An organization's alias (its short, unique handle), its owner account, and the organization whose
-- administrator provisioned it (that organization's admins keep managing it by id).
ALTER TABLE companies ADD COLUMN alias TEXT COLLATE NOCASE;
ALTER TABLE companies ADD COLUMN owner_employee_id INTEGER REFERENCES employees(id);
ALTER TABLE companies ADD COLUMN provisioned_by_company_id INTEGER REFERENCES companies(id);
CREATE UNIQUE INDEX companies_by_alias ON companies (alias) WHERE alias IS NOT NULL;
CREATE INDEX companies_by_provisioner ON companies (provisioned_by_company_id);

-- The organization profile; its time zone is the company's own `timezone` column, not a copy.
CREATE TABLE organization_profiles (
    company_id INTEGER PRIMARY KEY REFERENCES companies(id) ON DELETE CASCADE,
    logo_url TEXT,
    location TEXT,
    country_code TEXT,
    company_size TEXT,
    website TEXT,
    mission TEXT,
    updated_at TEXT NOT NULL
);

-- Apps an organization has installed, for the by-app lookups: an app type (`slack`, …), the app's own id
-- for the organization, open key/value data (a JSON object) and named secrets stored as SHA-256 only
-- (a JSON object of key to hex digest).
CREATE TABLE organization_apps (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    external_id TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '{}',
    secret_hashes TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    UNIQUE (type, external_id)
);
CREATE INDEX organization_apps_by_company ON organization_apps (company_id, type);

-- An organization API key is an SSWS API token; it may be limited to a lesser role than its owner's.
ALTER TABLE api_tokens ADD COLUMN limit_to_role TEXT CHECK (limit_to_role IN ('employee', 'manager', 'hr'));

-- The employee profile attributes the HR columns do not hold (names, number, join date and company role
-- are the employee's own columns).
CREATE TABLE employee_profiles (
    employee_id INTEGER PRIMARY KEY REFERENCES employees(id) ON DELETE CASCADE,
    bio TEXT,
    profile_image TEXT,
    birth_date TEXT,
    gender TEXT,
    timezone TEXT,
    location TEXT,
    updated_at TEXT NOT NULL
);

-- The key the server signs its JWTs with (HS256), generated once here and never in code.
CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL,
    created_at TEXT NOT NULL
);
INSERT INTO server_secrets (name, value, created_at)
VALUES ('jwt_hs256', randomblob(32), strftime('%Y-%m-%d %H:%M:%f+00:00'));
