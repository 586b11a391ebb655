-- Each person's language (issue 23): the app sets it from its Settings, and the server writes that person's
-- notifications and payslip PDFs in it. NULL: not chosen; the Users API profile's preferredLanguage or
-- locale is read instead, then English.
ALTER TABLE employees ADD COLUMN language TEXT;
