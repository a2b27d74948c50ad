-- Every event row carries a seal written in the same INSERT as the row:
-- HMAC-SHA256 over its canonical content, with a key kept in a file outside the database.
-- A row written past the application has no valid seal, so verification reports it as inserted.
-- Rows stored before this column existed stay without a seal; the service notes in its key folder
-- (not here, where it could be moved) up to which global index that is expected.
ALTER TABLE domain_event_entry ADD COLUMN seal BYTEA;
