-- Leave may start and end at midday, and its days may end in a half (kept as a real number in `days`).
ALTER TABLE leaves ADD COLUMN start_half TEXT NOT NULL DEFAULT 'morning';
ALTER TABLE leaves ADD COLUMN end_half TEXT NOT NULL DEFAULT 'afternoon';
