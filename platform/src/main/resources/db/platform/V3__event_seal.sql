-- Every event row carries a seal written in the same INSERT as the row:
-- HMAC-SHA256 over its canonical content, with a key kept in a file outside the database.
-- A row written past the application has no valid seal, so verification reports it as inserted.
ALTER TABLE domain_event_entry ADD COLUMN seal BYTEA;

-- Events stored before seals existed cannot be sealed afterwards (the key never sees the
-- database); up to this global index a missing seal is expected, after it a missing seal means
-- the row was inserted past the application.
CREATE TABLE event_seal_start (
    global_index BIGINT NOT NULL
);
INSERT INTO event_seal_start (global_index)
SELECT coalesce(max(global_index), 0) FROM domain_event_entry;
