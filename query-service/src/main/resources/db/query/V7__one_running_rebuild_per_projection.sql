-- At most one running rebuild per projection, across all instances: two instances asked at the
-- same moment would otherwise both fill the same next generation's tables. The second insert fails
-- and its request is answered 409 like any other "already running".
-- Rebuilds that raced before this migration: keep the newest running one, mark the others failed.
UPDATE projection_rebuild r
SET state = 'FAILED', finished_at = now(),
    message = 'Gleichzeitig mit einem anderen Neuaufbau derselben Projektion gestartet; beendet beim Update.'
WHERE r.state = 'RUNNING'
  AND EXISTS (SELECT 1 FROM projection_rebuild o
              WHERE o.projection = r.projection AND o.state = 'RUNNING'
                AND (o.started_at, o.rebuild_id) > (r.started_at, r.rebuild_id));

CREATE UNIQUE INDEX projection_rebuild_one_running ON projection_rebuild (projection) WHERE state = 'RUNNING';
