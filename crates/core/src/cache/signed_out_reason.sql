-- Why the server ended the session ("Your account has been suspended…"), shown until the next sign-in.
ALTER TABLE session ADD COLUMN signed_out_reason TEXT;
