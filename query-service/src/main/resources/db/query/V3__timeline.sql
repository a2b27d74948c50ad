-- The timeline: a bitemporal read model for "as of" (valid time) and "as known at" (record time)
-- questions (docs/time-travel.md). Generations and views as for every projection.

-- One row per fact an event states about a measure, a milestone or a KPI. valid_at is when the
-- fact holds (the event's timestamp; for a reached milestone the start of reached_on in the city's
-- zone); recorded_at and global_index say when the system learnt it.
CREATE TABLE timeline_fact_g1 (
    global_index    BIGINT       NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    measure_id      VARCHAR(80)  NOT NULL,
    item_id         VARCHAR(80)  NOT NULL DEFAULT '',
    sequence_number BIGINT       NOT NULL,
    valid_at        TIMESTAMPTZ  NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    text_value      TEXT,
    text_value2     TEXT,
    note            TEXT,
    number_value    NUMERIC,
    number_value2   NUMERIC,
    date_value      DATE,
    previous_date   DATE,
    actor_id        TEXT,
    actor_unit      TEXT,
    reason          TEXT,
    PRIMARY KEY (global_index, kind)
);
-- the latest fact of a kind about a measure or item before a moment: one backward index probe
-- (numbers and dates included, so that due dates, slips and reached days need no heap access)
CREATE INDEX timeline_fact_g1_latest ON timeline_fact_g1 (measure_id, kind, item_id, valid_at, global_index)
    INCLUDE (number_value, date_value);
-- the last change of a measure before a moment
CREATE INDEX timeline_fact_g1_recorded ON timeline_fact_g1 (measure_id, recorded_at, global_index);
-- all measures, milestones or KPIs of a kind
CREATE INDEX timeline_fact_g1_kind ON timeline_fact_g1 (kind, valid_at);
-- facts of a period across all measures (change report)
CREATE INDEX timeline_fact_g1_valid ON timeline_fact_g1 (valid_at);

-- Every version of a KPI value: the first recording and each correction. A version is known from
-- its own global_index until the global_index of the correction that superseded it (exclusive).
CREATE TABLE timeline_kpi_value_g1 (
    global_index  BIGINT       PRIMARY KEY,
    measure_id    VARCHAR(80)  NOT NULL,
    kpi_id        VARCHAR(80)  NOT NULL,
    value_id      VARCHAR(80)  NOT NULL,
    value         NUMERIC      NOT NULL,
    observed_on   DATE         NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    superseded_by BIGINT,
    actor_id      TEXT,
    actor_unit    TEXT,
    reason        TEXT
);
CREATE INDEX timeline_kpi_value_g1_series ON timeline_kpi_value_g1 (measure_id, kpi_id, observed_on, value_id);
CREATE INDEX timeline_kpi_value_g1_value ON timeline_kpi_value_g1 (measure_id, value_id) WHERE superseded_by IS NULL;

-- The moment each position of the event stream was recorded, to turn "known at" into a position.
CREATE TABLE timeline_position_g1 (
    global_index BIGINT      PRIMARY KEY,
    recorded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX timeline_position_g1_recorded ON timeline_position_g1 (recorded_at, global_index);

INSERT INTO projection_generation (projection, generation) VALUES ('timeline', 1);

CREATE VIEW timeline_fact AS SELECT * FROM timeline_fact_g1;
CREATE VIEW timeline_kpi_value AS SELECT * FROM timeline_kpi_value_g1;
CREATE VIEW timeline_position AS SELECT * FROM timeline_position_g1;
