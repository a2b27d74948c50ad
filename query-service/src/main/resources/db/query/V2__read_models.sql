-- Read models of the query service. Every projection writes into physical tables of a
-- "generation" (suffix _g1, _g2, ...); the unsuffixed views are what the query API reads.
-- A rebuild fills the next generation beside the live one and then swaps the views
-- (see docs/read-side.md). projection_generation says which generation is live.

CREATE TABLE projection_generation (
    projection VARCHAR(40) PRIMARY KEY,
    generation INTEGER     NOT NULL
);
INSERT INTO projection_generation (projection, generation) VALUES ('portfolio', 1), ('history', 1), ('kpi', 1);

CREATE TABLE projection_rebuild (
    rebuild_id  VARCHAR(36)  PRIMARY KEY,
    projection  VARCHAR(40)  NOT NULL,
    generation  INTEGER      NOT NULL,
    state       VARCHAR(20)  NOT NULL,
    head        BIGINT       NOT NULL,
    position    BIGINT       NOT NULL DEFAULT 0,
    started_at  TIMESTAMPTZ  NOT NULL,
    finished_at TIMESTAMPTZ,
    message     TEXT
);

-- Instances of the query service alive on this database, to share the processors' segments.
CREATE TABLE query_node (
    node_id   VARCHAR(64) PRIMARY KEY,
    last_seen TIMESTAMPTZ NOT NULL
);

-- ---- Portfolio ----------------------------------------------------------------------------
CREATE TABLE portfolio_measure_g1 (
    measure_id           VARCHAR(80) PRIMARY KEY,
    title                TEXT        NOT NULL,
    field_of_action      TEXT        NOT NULL,
    lead_unit            TEXT        NOT NULL,
    collaborators        TEXT        NOT NULL,
    priority             INTEGER     NOT NULL,
    status               VARCHAR(20) NOT NULL,
    description          TEXT,
    measurability        TEXT,
    period_text          TEXT        NOT NULL,
    period_kind          VARCHAR(30) NOT NULL,
    period_start         DATE,
    period_end           DATE,
    percent_complete     INTEGER,
    health               VARCHAR(10),
    progress_comment     TEXT,
    progress_reported_at TIMESTAMPTZ,
    registered_at        TIMESTAMPTZ NOT NULL,
    last_update          TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL
);
CREATE INDEX portfolio_measure_g1_status ON portfolio_measure_g1 (status, priority);

CREATE TABLE portfolio_milestone_g1 (
    measure_id       VARCHAR(80) NOT NULL,
    milestone_id     VARCHAR(80) NOT NULL,
    title            TEXT        NOT NULL,
    due_date         DATE        NOT NULL,
    planned_due_date DATE        NOT NULL,
    reached_on       DATE,
    dropped          BOOLEAN     NOT NULL DEFAULT FALSE,
    times_slipped    INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (measure_id, milestone_id)
);

CREATE TABLE portfolio_kpi_g1 (
    measure_id  VARCHAR(80) NOT NULL,
    kpi_id      VARCHAR(80) NOT NULL,
    name        TEXT        NOT NULL,
    unit        TEXT,
    direction   VARCHAR(10) NOT NULL,
    baseline    NUMERIC,
    target      NUMERIC,
    target_date DATE,
    defined_on  DATE        NOT NULL,
    PRIMARY KEY (measure_id, kpi_id)
);

CREATE TABLE portfolio_kpi_value_g1 (
    measure_id  VARCHAR(80) NOT NULL,
    value_id    VARCHAR(80) NOT NULL,
    kpi_id      VARCHAR(80) NOT NULL,
    value       NUMERIC     NOT NULL,
    observed_on DATE        NOT NULL,
    PRIMARY KEY (measure_id, value_id)
);

-- ---- Audit history ------------------------------------------------------------------------
CREATE TABLE history_entry_g1 (
    event_id        VARCHAR(255) PRIMARY KEY,
    measure_id      VARCHAR(80)  NOT NULL,
    sequence_number BIGINT       NOT NULL,
    event_type      VARCHAR(60)  NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    actor_id        TEXT,
    actor_unit      TEXT,
    source          TEXT,
    correlation_id  TEXT,
    reason          TEXT,
    changes         TEXT         NOT NULL,
    summary         TEXT         NOT NULL
);
CREATE INDEX history_entry_g1_measure ON history_entry_g1 (measure_id, sequence_number);
CREATE INDEX history_entry_g1_time ON history_entry_g1 (occurred_at);

-- Names of milestones and KPIs, so that a summary can say "Meilenstein „Phase 1“".
CREATE TABLE history_label_g1 (
    measure_id VARCHAR(80) NOT NULL,
    label_key  VARCHAR(100) NOT NULL,
    label      TEXT        NOT NULL,
    PRIMARY KEY (measure_id, label_key)
);

-- ---- KPI time series ----------------------------------------------------------------------
CREATE TABLE kpi_definition_g1 (
    measure_id  VARCHAR(80) NOT NULL,
    kpi_id      VARCHAR(80) NOT NULL,
    name        TEXT        NOT NULL,
    unit        TEXT,
    direction   VARCHAR(10) NOT NULL,
    baseline    NUMERIC,
    target      NUMERIC,
    target_date DATE,
    defined_on  DATE        NOT NULL,
    version     BIGINT      NOT NULL,
    PRIMARY KEY (measure_id, kpi_id)
);

CREATE TABLE kpi_value_g1 (
    measure_id        VARCHAR(80) NOT NULL,
    value_id          VARCHAR(80) NOT NULL,
    kpi_id            VARCHAR(80) NOT NULL,
    first_value       NUMERIC     NOT NULL,
    first_observed_on DATE        NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    value             NUMERIC     NOT NULL,
    observed_on       DATE        NOT NULL,
    corrected_at      TIMESTAMPTZ,
    PRIMARY KEY (measure_id, value_id)
);

CREATE TABLE kpi_correction_g1 (
    event_id             VARCHAR(255) PRIMARY KEY,
    measure_id           VARCHAR(80)  NOT NULL,
    kpi_id               VARCHAR(80)  NOT NULL,
    value_id             VARCHAR(80)  NOT NULL,
    previous_value       NUMERIC      NOT NULL,
    value                NUMERIC      NOT NULL,
    previous_observed_on DATE         NOT NULL,
    observed_on          DATE         NOT NULL,
    corrected_at         TIMESTAMPTZ  NOT NULL,
    reason               TEXT
);

-- ---- What the query API reads ---------------------------------------------------------------
CREATE VIEW portfolio_measure AS SELECT * FROM portfolio_measure_g1;
CREATE VIEW portfolio_milestone AS SELECT * FROM portfolio_milestone_g1;
CREATE VIEW portfolio_kpi AS SELECT * FROM portfolio_kpi_g1;
CREATE VIEW portfolio_kpi_value AS SELECT * FROM portfolio_kpi_value_g1;
CREATE VIEW history_entry AS SELECT * FROM history_entry_g1;
CREATE VIEW history_label AS SELECT * FROM history_label_g1;
CREATE VIEW kpi_definition AS SELECT * FROM kpi_definition_g1;
CREATE VIEW kpi_value AS SELECT * FROM kpi_value_g1;
CREATE VIEW kpi_correction AS SELECT * FROM kpi_correction_g1;
