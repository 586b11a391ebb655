-- The database for okta-hr-server on PostgreSQL (13 or newer): run once as a superuser, e.g.
--   sudo -u postgres psql -v password='a-long-random-password' -f create-database.sql
-- The server creates its tables (and the citext extension, which a database owner may create) when it
-- first starts; every instance after it finds the schema current.
CREATE ROLE okta_hr LOGIN PASSWORD :'password';
CREATE DATABASE okta_hr OWNER okta_hr ENCODING 'UTF8' TEMPLATE template0;
