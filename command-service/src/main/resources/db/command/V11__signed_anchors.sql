-- A chain link records whether its event carried a valid seal when it was chained: an event that
-- reached the store past the application is still linked (so the chain keeps one order) but
-- marked, and verification reports it as inserted.
ALTER TABLE audit_chain ADD COLUMN sealed BOOLEAN NOT NULL DEFAULT TRUE;

-- Anchors are signed with the Ed25519 key kept outside the database (key named by the SHA-256
-- fingerprint of its public key) and name the global index of the anchored event.
-- Anchors published before signatures existed keep NULL here.
ALTER TABLE audit_anchor
    ADD COLUMN global_index    BIGINT,
    ADD COLUMN signature       BYTEA,
    ADD COLUMN key_fingerprint VARCHAR(64);
