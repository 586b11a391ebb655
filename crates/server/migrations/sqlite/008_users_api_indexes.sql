-- The Users API's default order is by id within a company: a page is a range of this index from the
-- cursor, not a sort of the whole company.
CREATE INDEX employees_by_company ON employees (company_id, id);

-- Okta's `q` is a case-insensitive prefix of first name, last name or email. SQLite turns `LIKE 'x%'`
-- into an index range only on an index with NOCASE collation (email is declared NOCASE already).
CREATE INDEX employees_by_first_name_nocase ON employees (company_id, first_name COLLATE NOCASE);
CREATE INDEX employees_by_last_name_nocase ON employees (company_id, last_name COLLATE NOCASE);
CREATE INDEX employees_by_company_email ON employees (company_id, email);
