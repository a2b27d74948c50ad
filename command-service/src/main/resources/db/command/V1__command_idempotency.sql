-- Answers to commands sent with an Idempotency-Key, stored in the same transaction as the
-- command's events, so a retry gets the first answer and records nothing new.
CREATE TABLE command_idempotency (
    idempotency_key VARCHAR(100) PRIMARY KEY,
    command_type    VARCHAR(255) NOT NULL,
    aggregate_id    VARCHAR(255) NOT NULL,
    result          VARCHAR(255),
    recorded_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
