-- A node killed while it runs a batch job leaves the execution STARTED in the job repository for
-- ever, and so never restartable. Each node (one row per JVM start) beats here every 30 s and
-- names the executions it runs; a node that finds an unfinished execution whose node stopped
-- beating (or that is its own previous life) marks it FAILED (BatchNode, ExecutionRecovery).
CREATE TABLE metric.batch_node (
    node_id      uuid PRIMARY KEY,
    host         text NOT NULL,
    instance     text NOT NULL,
    started_ts   timestamptz NOT NULL DEFAULT now(),
    heartbeat_ts timestamptz NOT NULL DEFAULT now()
);

-- No foreign keys: Payara's purge may delete executions, and a node may record an execution it
-- started before this table's node row was (re)written.
CREATE TABLE metric.batch_execution_node (
    jobexecid bigint PRIMARY KEY,
    node_id   uuid NOT NULL
);
CREATE INDEX batch_execution_node_node_idx ON metric.batch_execution_node (node_id);
