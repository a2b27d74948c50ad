-- A rebuild that cannot apply an event ends FAILED and names the event's global index, instead
-- of skipping the event and reporting DONE.
ALTER TABLE projection_rebuild ADD COLUMN failed_position BIGINT;
