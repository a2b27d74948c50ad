-- Which instance of the query service (query_node.node_id) runs a rebuild. When that instance is
-- gone (no heartbeat), another one takes the rebuild over and finishes it (docs/read-side.md).
ALTER TABLE projection_rebuild ADD COLUMN owner VARCHAR(64);
