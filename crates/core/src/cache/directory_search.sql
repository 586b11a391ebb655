-- What a directory search matches and the order the directory is listed in, worked out once per person
-- when the directory is written rather than on every keystroke: `search_text` is the person's name,
-- email, number and job title folded to lower case without accents; `sort_key` is the ICU collator's key
-- for the name, so byte order on it is the collator's order and an index serves the first page. Rows
-- cached before this version get both on the directory's next read.
ALTER TABLE employees ADD COLUMN search_text TEXT;
ALTER TABLE employees ADD COLUMN sort_key BLOB;
DROP INDEX employees_by_name;
CREATE INDEX employees_by_sort_key ON employees (sort_key);
