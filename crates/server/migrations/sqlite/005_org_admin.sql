-- The org admin APIs (seed 003 and the non-user parts of seed 002). The org is the company: its name stays
-- in `companies`; everything else Okta's Org Setting carries lives here, one row per company.
CREATE TABLE org_settings (
    company_id INTEGER PRIMARY KEY REFERENCES companies(id),
    -- Read-only in Okta: fixed when the org is created, so renaming the company does not move it.
    subdomain TEXT NOT NULL,
    website TEXT,
    phone_number TEXT,
    end_user_support_help_url TEXT,
    support_phone_number TEXT,
    address1 TEXT,
    address2 TEXT,
    city TEXT,
    state TEXT,
    country TEXT,
    postal_code TEXT,
    show_end_user_footer INTEGER NOT NULL DEFAULT 1,
    opt_out_email_users INTEGER NOT NULL DEFAULT 0,
    -- Okta Support may act in the org until then; NULL when not granted.
    support_access_until TEXT,
    third_party_admin INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

INSERT INTO org_settings (company_id, subdomain, updated_at)
SELECT id, lower(replace(trim(name), ' ', '-')) || '-' || id, created_at FROM companies;

CREATE TRIGGER companies_org_settings AFTER INSERT ON companies BEGIN
    INSERT INTO org_settings (company_id, subdomain, updated_at)
    VALUES (NEW.id, lower(replace(trim(NEW.name), ' ', '-')) || '-' || NEW.id, NEW.created_at);
END;

CREATE TABLE org_contacts (
    company_id INTEGER NOT NULL REFERENCES companies(id),
    contact_type TEXT NOT NULL CHECK (contact_type IN ('BILLING', 'TECHNICAL')),
    -- A deleted user stops being the contact rather than blocking the deletion.
    employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    PRIMARY KEY (company_id, contact_type)
);

CREATE TABLE org_logos (
    company_id INTEGER PRIMARY KEY REFERENCES companies(id),
    -- Okta's file store record id (`fs0…`); a new upload gets a new one, so cached copies of the old logo expire.
    file_id TEXT NOT NULL UNIQUE,
    content_type TEXT NOT NULL,
    image BLOB NOT NULL,
    uploaded_at TEXT NOT NULL
);

-- Addresses an admin asked to take off the email bounce list, for the job that sends mail to pick up.
CREATE TABLE email_bounce_removals (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    email TEXT NOT NULL,
    requested_at TEXT NOT NULL
);

-- Admin notification subscriptions. A role's row is the default for its holders; a user's row is their own
-- choice. Changing a role's subscription clears its holders' choices for that type (Okta: the role
-- "overrides the subscription of any individual user of that Role"). No row means subscribed.
CREATE TABLE role_subscriptions (
    company_id INTEGER NOT NULL REFERENCES companies(id),
    role_type TEXT NOT NULL,
    notification_type TEXT NOT NULL,
    subscribed INTEGER NOT NULL,
    PRIMARY KEY (company_id, role_type, notification_type)
);

CREATE TABLE user_subscriptions (
    employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    notification_type TEXT NOT NULL,
    subscribed INTEGER NOT NULL,
    PRIMARY KEY (employee_id, notification_type)
);

CREATE TABLE sms_templates (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    okta_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    template_type TEXT NOT NULL,
    template TEXT NOT NULL,
    -- A JSON object of language code to translated text.
    translations TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX sms_templates_by_company ON sms_templates (company_id, id);

CREATE TABLE threat_insight (
    company_id INTEGER PRIMARY KEY REFERENCES companies(id),
    action TEXT NOT NULL CHECK (action IN ('none', 'audit', 'block')),
    -- A JSON array of network zone ids.
    exclude_zones TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE trusted_origins (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    okta_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    origin TEXT NOT NULL,
    allows_cors INTEGER NOT NULL,
    allows_redirect INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE')),
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES employees(id) ON DELETE SET NULL,
    updated_at TEXT NOT NULL,
    updated_by INTEGER REFERENCES employees(id) ON DELETE SET NULL,
    UNIQUE (company_id, origin)
);
