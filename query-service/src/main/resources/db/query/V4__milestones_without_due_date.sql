-- A milestone may be planned without a due date (the strategy document names several such
-- steps); the portfolio keeps them with an empty due date instead of refusing them.
-- Every generation of the table is changed, whichever is live.
DO $$
DECLARE
  generation_table TEXT;
BEGIN
  FOR generation_table IN
    SELECT tablename FROM pg_tables
    WHERE schemaname = current_schema() AND tablename LIKE 'portfolio\_milestone\_g%'
  LOOP
    EXECUTE format('ALTER TABLE %I ALTER COLUMN due_date DROP NOT NULL, ALTER COLUMN planned_due_date DROP NOT NULL',
                   generation_table);
  END LOOP;
END $$;
