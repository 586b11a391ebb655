-- A balance counts a person's pending requests of a type, and a request checks their pending and approved
-- ones: by status first, so a long history of decided requests is not read to find the few still open.
CREATE INDEX leave_requests_by_employee_status ON leave_requests (employee_id, status, start_date);
