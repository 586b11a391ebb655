-- Assets back-office: the catalogue's lifecycle and purchase, the history of who held what, employees'
-- requests for equipment and their reports of problems with what they hold.

-- in_stock (available), assigned (holder_id set), in_repair, retired. Money in minor units.
ALTER TABLE assets ADD COLUMN status TEXT NOT NULL DEFAULT 'in_stock'
    CHECK (status IN ('in_stock', 'assigned', 'in_repair', 'retired'));
ALTER TABLE assets ADD COLUMN purchase_date TEXT;
ALTER TABLE assets ADD COLUMN purchase_cost_cents INTEGER;
UPDATE assets SET status = 'assigned' WHERE holder_id IS NOT NULL;

-- Who held an asset, from when to when, in which condition it went out and came back. The open row
-- (returned_at NULL) is the current holder's; assets.holder_id mirrors it.
CREATE TABLE asset_assignments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    asset_id INTEGER NOT NULL REFERENCES assets(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    -- NULL for an assignment made before this history was kept.
    assigned_at TEXT,
    assigned_by INTEGER REFERENCES employees(id),
    condition_out TEXT,
    note_out TEXT,
    returned_at TEXT,
    returned_by INTEGER REFERENCES employees(id),
    condition_in TEXT CHECK (condition_in IS NULL OR condition_in IN ('good', 'worn', 'damaged', 'lost')),
    note_in TEXT,
    asset_request_id INTEGER
);
CREATE INDEX asset_assignments_by_asset ON asset_assignments (asset_id, id);
CREATE INDEX asset_assignments_by_employee ON asset_assignments (employee_id);
CREATE UNIQUE INDEX asset_assignments_one_open ON asset_assignments (asset_id) WHERE returned_at IS NULL;
INSERT INTO asset_assignments (company_id, asset_id, employee_id, assigned_at)
    SELECT company_id, id, holder_id, assigned_at FROM assets WHERE holder_id IS NOT NULL;

-- An employee asking for equipment of a category; HR fulfils it (assigning an asset) or declines it.
CREATE TABLE asset_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    category TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'fulfilled', 'declined')),
    requested_at TEXT NOT NULL,
    decided_by INTEGER REFERENCES employees(id),
    decided_at TEXT,
    decision_reason TEXT,
    asset_id INTEGER REFERENCES assets(id)
);
CREATE INDEX asset_requests_by_company ON asset_requests (company_id, status, id);

-- A problem an employee reports with an asset they hold.
CREATE TABLE asset_problems (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    asset_id INTEGER NOT NULL REFERENCES assets(id),
    employee_id INTEGER NOT NULL REFERENCES employees(id),
    description TEXT NOT NULL,
    reported_at TEXT NOT NULL
);
CREATE INDEX asset_problems_by_asset ON asset_problems (asset_id, id);
