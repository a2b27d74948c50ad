-- Tamper evidence: every stored event is bound into a hash chain in the order it was recorded.
-- hash = SHA-256(previous hash || canonical content of the event row). Rewriting, deleting,
-- reordering or inserting an event row breaks the chain from that position on.
CREATE TABLE audit_chain (
    position         BIGINT       PRIMARY KEY,
    global_index     BIGINT       NOT NULL UNIQUE,
    event_identifier VARCHAR(255) NOT NULL UNIQUE,
    previous_hash    BYTEA        NOT NULL,
    hash             BYTEA        NOT NULL,
    chained_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Published heads of the chain: a copy kept outside proves that nothing before it changed.
CREATE TABLE audit_anchor (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    position     BIGINT      NOT NULL,
    hash         BYTEA       NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
