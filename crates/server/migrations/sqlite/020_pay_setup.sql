-- Pay setup (issue 19): HR's pay components and the salary structures that order them, per company.
-- Amounts and percentages are TEXT decimals ("3000.00", "7.3"), read and written as `rust_decimal::Decimal`:
-- exact, their scale kept as HR typed it, the same column type and code on both backends, and never summed
-- in SQL (payroll's arithmetic is the payroll crate's).
CREATE TABLE pay_components (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies (id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('earning', 'deduction', 'employer_contribution')),
    rule_type TEXT NOT NULL CHECK (rule_type IN ('fixed', 'percent_of', 'percent_of_gross', 'expression')),
    amount TEXT,
    percent TEXT,
    of_component TEXT,
    expression TEXT,
    prorated INTEGER NOT NULL DEFAULT 0,
    hidden_when_zero INTEGER NOT NULL DEFAULT 0,
    rounding_places INTEGER NOT NULL DEFAULT 2,
    rounding_mode TEXT NOT NULL DEFAULT 'half_up',
    retired_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (company_id, code)
);

CREATE TABLE salary_structures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies (id),
    name TEXT NOT NULL,
    retired_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (company_id, name)
);

-- A structure's components in the order its payslips show them.
CREATE TABLE salary_structure_components (
    company_id INTEGER NOT NULL REFERENCES companies (id),
    salary_structure_id INTEGER NOT NULL REFERENCES salary_structures (id) ON DELETE CASCADE,
    sequence INTEGER NOT NULL,
    pay_component_id INTEGER NOT NULL REFERENCES pay_components (id),
    PRIMARY KEY (salary_structure_id, sequence),
    UNIQUE (salary_structure_id, pay_component_id)
);
CREATE INDEX salary_structure_components_by_component ON salary_structure_components (pay_component_id);
