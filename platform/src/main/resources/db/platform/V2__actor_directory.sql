-- Names and e-mail addresses of actors, kept apart from the events (which carry only the
-- pseudonymous actor id), so that they can be erased on request without touching the history.
CREATE TABLE actor_directory (
    actor_id     VARCHAR(100) PRIMARY KEY,
    display_name VARCHAR(200),
    email        VARCHAR(320),
    units        VARCHAR(500),
    last_seen    TIMESTAMPTZ NOT NULL DEFAULT now(),
    erased_at    TIMESTAMPTZ
);
