-- An Idempotency-Key belongs to the user who sent it, and a retry gets the first answer byte for
-- byte: each row keeps the whole answer (status, Content-Type, Location, ETag, body) and a SHA-256
-- of the request (method, path with query, body), so the same key with another request is refused.
-- A row is claimed (answer still empty) at the start of the request's transaction and completed in
-- it; a concurrent duplicate waits on the primary key until the first commits, then replays it.
-- The rows of the old table hold no answer that could be replayed; their keys stay in the events'
-- metadata.
DROP TABLE command_idempotency;

CREATE TABLE command_idempotency (
    actor_id        VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    request_sha256  CHAR(64)     NOT NULL,
    status          SMALLINT,
    content_type    VARCHAR(255),
    location        VARCHAR(2048),
    etag            VARCHAR(255),
    body            BYTEA,
    recorded_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor_id, idempotency_key)
);
