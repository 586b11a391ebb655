-- Public holidays and working weeks, which leave is counted against.
-- ISO weekday numbers, Monday 1 to Sunday 7, comma-separated; a branch's week, when set, replaces its
-- company's.
ALTER TABLE companies ADD COLUMN working_week TEXT NOT NULL DEFAULT '1,2,3,4,5';
ALTER TABLE branches ADD COLUMN working_week TEXT;

CREATE TABLE holidays (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id INTEGER NOT NULL REFERENCES companies(id),
    -- NULL: the whole company's.
    branch_id INTEGER REFERENCES branches(id),
    date TEXT NOT NULL,
    name TEXT NOT NULL,
    -- 1: every year on the same month and day from date on.
    recurring INTEGER NOT NULL DEFAULT 0 CHECK (recurring IN (0, 1)),
    created_at TEXT NOT NULL
);

-- One holiday per day and scope; 0 stands for the company, which no branch id is.
CREATE UNIQUE INDEX holidays_one_per_day ON holidays (company_id, COALESCE(branch_id, 0), date);
