-- Overtime from attendance (issue 19): the hours a day after which worked time counts as overtime, for the
-- `overtime_hours` pay formulas read (a decimal as text); NULL leaves overtime at zero.
ALTER TABLE payroll_settings ADD COLUMN overtime_after_hours TEXT;
