-- PostgreSQL's dialect of sqlite/008_users_api_indexes.sql. The Users API's default order is by id
-- within a company: a page is a range of this index from the cursor, not a sort of the whole company.
CREATE INDEX employees_by_company ON employees (company_id, id);
CREATE INDEX employees_by_company_email ON employees (company_id, email);
-- SQLite's NOCASE name indexes have no counterpart: Okta's `q` (a case-insensitive prefix, ILIKE here)
-- cannot use a B-tree, so it filters the company's rows in id order from employees_by_company.
