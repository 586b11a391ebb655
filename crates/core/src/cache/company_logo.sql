-- The company's logo, as the Org API last served it, so the app shows it with no signal. `path` is where
-- it came from; a new upload has a new path, which is how the app knows to fetch it again.
CREATE TABLE company_logo (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    path TEXT NOT NULL,
    content_type TEXT NOT NULL,
    image BLOB NOT NULL
);
