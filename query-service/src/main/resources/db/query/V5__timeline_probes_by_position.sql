-- Faster as-of queries (docs/time-travel.md, "How a query runs"). When the known-at position was
-- recorded before the end of the as-of day, the latest fact of a kind is the one with the highest
-- position, found by a backward probe of (measure_id, kind, item_id, global_index) instead of one
-- on valid time that would step over every fact recorded after the position. The measure's last
-- update likewise. KPI value versions are read from the index alone.
-- Every generation of the tables is changed, whichever is live; rebuilds copy the indexes.
DO $$
DECLARE
  generation_table TEXT;
BEGIN
  FOR generation_table IN
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename LIKE 'timeline\_fact\_g%'
  LOOP
    EXECUTE format('CREATE INDEX %I ON %I (measure_id, kind, item_id, global_index)'
                   ' INCLUDE (valid_at, number_value, date_value)',
                   generation_table || '_position', generation_table);
    EXECUTE format('CREATE INDEX %I ON %I (measure_id, global_index) INCLUDE (recorded_at, sequence_number)',
                   generation_table || '_measure_position', generation_table);
  END LOOP;
  FOR generation_table IN
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename LIKE 'timeline\_kpi\_value\_g%'
  LOOP
    EXECUTE format('CREATE INDEX %I ON %I (measure_id, kpi_id, observed_on, value_id)'
                   ' INCLUDE (global_index, superseded_by, value)',
                   generation_table || '_known', generation_table);
    EXECUTE format('DROP INDEX IF EXISTS %I', generation_table || '_series');
  END LOOP;
END $$;
