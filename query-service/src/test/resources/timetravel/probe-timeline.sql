-- A realistic timeline for TimeTravelProbe: 1,000 measures, 1,000,000 positions over almost five
-- years (one event every 150 s, round robin over the measures, so event k of measure m is position
-- k * 1000 + m). Per measure: 3 milestones with 12 due-date changes each and some reached or
-- dropped, 3 KPIs with 30 values each, every sixth value corrected, a target change, status,
-- priority, details, lead unit and collaborator changes; every other event is a progress report.
-- The facts are those TimelineProjection writes for the same events.
CREATE UNLOGGED TABLE probe_event AS
SELECT gi, gi % 1000 AS m, gi / 1000 AS k, 'm-' || lpad((gi % 1000)::text, 4, '0') AS measure,
       TIMESTAMPTZ '2021-01-01 00:00:00Z' + gi * INTERVAL '150 seconds' AS at,
       CASE
         WHEN gi / 1000 = 0 THEN 'REG'
         WHEN gi / 1000 BETWEEN 1 AND 3 THEN 'MS'
         WHEN gi / 1000 BETWEEN 4 AND 6 THEN 'KPI'
         WHEN gi / 1000 = 17 THEN 'PERIOD'
         WHEN (gi / 1000) % 11 = 0 AND gi / 1000 <= 396 THEN 'DUE'
         WHEN (gi / 1000) % 11 = 5 AND gi / 1000 <= 984 THEN 'VAL'
         WHEN (gi / 1000) % 11 = 6 AND ((gi / 1000 - 6) / 11) % 6 = 0 AND gi / 1000 <= 984 THEN 'CORR'
         WHEN gi / 1000 IN (400, 600, 800) AND gi % 2 = 0 THEN 'REACHED'
         WHEN gi / 1000 = 900 AND gi % 7 = 0 THEN 'DROPPED'
         WHEN gi / 1000 BETWEEN 500 AND 502 THEN 'TARGET'
         WHEN (gi / 1000) % 50 = 7 THEN 'STATUS'
         WHEN (gi / 1000) % 200 = 9 THEN 'PRIORITY'
         WHEN (gi / 1000) % 250 = 12 THEN 'DETAILS'
         WHEN (gi / 1000) % 300 = 13 THEN 'LEAD'
         WHEN (gi / 1000) % 333 = 19 THEN 'COLLAB'
         ELSE 'PROGRESS'
       END AS type
FROM generate_series(0, 999999) gi;

INSERT INTO timeline_position_g1 (global_index, recorded_at) SELECT gi, at FROM probe_event;

CREATE UNLOGGED TABLE probe_fact (LIKE timeline_fact_g1);

INSERT INTO probe_fact (global_index, kind, measure_id, item_id, sequence_number, valid_at, recorded_at,
                        text_value, text_value2, note, number_value, number_value2, date_value, previous_date,
                        actor_id, actor_unit, reason)
SELECT e.gi, f.kind, e.measure, f.item, e.k, coalesce(f.valid, e.at), e.at, f.t1, f.t2, f.note, f.n1, f.n2,
       f.d1, f.d2, 'u-' || (e.gi % 97), 'FB ' || (e.m % 60), f.reason
FROM probe_event e
CROSS JOIN LATERAL (
  SELECT * FROM (VALUES
    ('REG', 'REGISTERED', '', NULL::timestamptz, 'Maßnahme ' || e.m, 'Arbeitsfeld ' || (e.m % 8), NULL, NULL::numeric, NULL::numeric, NULL::date, NULL::date, 'Strategiebeschluss'),
    ('REG', 'DETAILS', '', NULL, 'Maßnahme ' || e.m, 'Arbeitsfeld ' || (e.m % 8), NULL, NULL, NULL, NULL, NULL, NULL),
    ('REG', 'DESCRIPTION', '', NULL, 'Beschreibung ' || e.m, 'Messbarkeit ' || e.m, NULL, NULL, NULL, NULL, NULL, NULL),
    ('REG', 'COLLABORATORS', '', NULL, '[{"name":"FB 61","kind":"UNIT"}]', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('REG', 'LEAD_UNIT', '', NULL, 'FB ' || (e.m % 60), NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('REG', 'PRIORITY', '', NULL, NULL, NULL, NULL, 2, NULL, NULL, NULL, NULL),
    ('REG', 'STATUS', '', NULL, 'PLANNED', NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('REG', 'PERIOD', '', NULL, '2021-2025', 'RANGE', NULL, NULL, NULL, NULL, NULL, NULL),
    ('MS', 'MILESTONE', 'ms-' || e.k, NULL, 'Meilenstein ' || e.k, NULL, NULL, NULL, NULL, DATE '2022-01-01' + 90 * e.k, NULL, NULL),
    ('MS', 'MILESTONE_DUE', 'ms-' || e.k, NULL, NULL, NULL, NULL, 0, NULL, DATE '2022-01-01' + 90 * e.k, NULL, NULL),
    ('KPI', 'KPI', 'kpi-' || (e.k - 3), NULL, 'Kennzahl ' || (e.k - 3), 'INCREASE', '%', 100, 0, DATE '2025-12-31', NULL, NULL),
    ('KPI', 'KPI_TARGET', 'kpi-' || (e.k - 3), NULL, NULL, NULL, NULL, 100, NULL, DATE '2025-12-31', NULL, NULL),
    ('DUE', 'MILESTONE_DUE', 'ms-' || ((e.k / 11 - 1) % 3 + 1), NULL, NULL, NULL, NULL, (e.k / 11 - 1) / 3 + 1, NULL,
       DATE '2022-01-01' + 90 * ((e.k / 11 - 1) % 3 + 1) + 30 * ((e.k / 11 - 1) / 3 + 1),
       DATE '2022-01-01' + 90 * ((e.k / 11 - 1) % 3 + 1) + 30 * ((e.k / 11 - 1) / 3), 'Verzug'),
    ('VAL', 'KPI_VALUE', 'kpi-' || ((e.k - 5) / 11 % 3 + 1), ((e.at - INTERVAL '10 days') AT TIME ZONE 'Europe/Berlin')::date::timestamp AT TIME ZONE 'Europe/Berlin',
       'v-' || e.gi, NULL, NULL, (e.k - 5) / 11, NULL, ((e.at - INTERVAL '10 days') AT TIME ZONE 'Europe/Berlin')::date, NULL, NULL),
    ('CORR', 'KPI_CORRECTION', 'kpi-' || ((e.k - 6) / 11 % 3 + 1), ((e.at - INTERVAL '1000 seconds' * 150 - INTERVAL '10 days') AT TIME ZONE 'Europe/Berlin')::date::timestamp AT TIME ZONE 'Europe/Berlin',
       'v-' || (e.gi - 1000), NULL, NULL, (e.k - 6) / 11 + 0.5, (e.k - 6) / 11,
       ((e.at - INTERVAL '1000 seconds' * 150 - INTERVAL '10 days') AT TIME ZONE 'Europe/Berlin')::date,
       ((e.at - INTERVAL '1000 seconds' * 150 - INTERVAL '10 days') AT TIME ZONE 'Europe/Berlin')::date, 'Nachmessung'),
    ('REACHED', 'MILESTONE_REACHED', 'ms-' || ((e.k - 400) / 200 + 1), ((e.at - INTERVAL '3 days') AT TIME ZONE 'Europe/Berlin')::date::timestamp AT TIME ZONE 'Europe/Berlin',
       'erreicht', NULL, NULL, NULL, NULL, ((e.at - INTERVAL '3 days') AT TIME ZONE 'Europe/Berlin')::date, NULL, NULL),
    ('DROPPED', 'MILESTONE_DROPPED', 'ms-3', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'entfällt'),
    ('TARGET', 'KPI_TARGET', 'kpi-' || (e.k - 499), NULL, NULL, NULL, NULL, 120, 100, DATE '2026-12-31', DATE '2025-12-31', 'Ziel erhöht'),
    ('STATUS', 'STATUS', '', NULL, (ARRAY['IN_PROGRESS', 'ON_HOLD'])[(e.k / 50) % 2 + 1], NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('PRIORITY', 'PRIORITY', '', NULL, NULL, NULL, NULL, e.k % 3 + 1, NULL, NULL, NULL, NULL),
    ('DETAILS', 'DETAILS', '', NULL, 'Maßnahme ' || e.m || ' (' || e.k || ')', 'Arbeitsfeld ' || (e.m % 8), NULL, NULL, NULL, NULL, NULL, NULL),
    ('DETAILS', 'DESCRIPTION', '', NULL, 'Beschreibung ' || e.m || ' (' || e.k || ')', 'Messbarkeit ' || e.m, NULL, NULL, NULL, NULL, NULL, NULL),
    ('LEAD', 'LEAD_UNIT', '', NULL, 'FB ' || (e.k % 60), NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    ('PERIOD', 'PERIOD', '', NULL, '2021-2026', 'RANGE', NULL, NULL, NULL, NULL, NULL, NULL),
    ('COLLAB', 'COLLABORATOR_ADDED', '', NULL, 'Partner ' || e.k, 'PARTNER', NULL, NULL, NULL, NULL, NULL, NULL),
    ('PROGRESS', 'PROGRESS', '', NULL, (ARRAY['GREEN', 'AMBER', 'RED'])[e.k % 3 + 1], 'Bericht ' || e.k, NULL, e.k / 10, NULL, NULL, NULL, NULL)
  ) AS v(type, kind, item, valid, t1, t2, note, n1, n2, d1, d2, reason)
  WHERE v.type = e.type
) f;

INSERT INTO timeline_fact_g1 SELECT * FROM probe_fact;

INSERT INTO timeline_kpi_value_g1 (global_index, measure_id, kpi_id, value_id, value, observed_on, recorded_at,
                                   superseded_by, actor_id, actor_unit, reason)
SELECT f.global_index, f.measure_id, f.item_id, f.text_value, f.number_value, f.date_value, f.recorded_at,
       CASE WHEN c.global_index IS NOT NULL THEN c.global_index END, f.actor_id, f.actor_unit, f.reason
FROM probe_fact f
LEFT JOIN probe_fact c ON c.kind = 'KPI_CORRECTION' AND c.global_index = f.global_index + 1000
WHERE f.kind IN ('KPI_VALUE', 'KPI_CORRECTION');

DROP TABLE probe_fact;
DROP TABLE probe_event
