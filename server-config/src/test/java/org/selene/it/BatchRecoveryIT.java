package org.selene.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.selene.server.WildFlyServer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A node killed (kill -9) while it runs a batch job leaves the execution STARTED in the shared job
 * repository. The suite has one server and cannot kill it, so the dead node's state is made from a
 * real run: a skill import held in the middle of its step (the catalogue download does not finish
 * until the test lets it) is copied row for row, blobs included, then allowed to finish, and the copy
 * is written back under the name of a node whose heartbeat stopped ten minutes ago: exactly what the
 * job repository holds after the node died at that moment. Runs on Payara (JBatch's tables) and on
 * WildFly (JBeret's). JBeret answers for the executions its own JVM ran from memory, where the
 * original completed; on WildFly the copy is therefore written as a new job instance and execution,
 * which this JVM never ran and reads from the repository, as a node that takes over does.
 */
@SeleneIT
class BatchRecoveryIT {

    private static final String UNFINISHED_EXIT = "FAILED: node lost";

    /**
     * The server's job repository: Payara's JBatch keeps an execution, its steps, their serialized
     * statuses and checkpoints in public; WildFly's JBeret the execution and its steps (checkpoints
     * included) in schema jberet.
     */
    private record Repository(String executions, String executionKey, String executionUpdated, String steps, String stepKey, boolean statusTables) {

        static final Repository JBATCH = new Repository("public.executioninstancedata", "jobexecid", "updatetime = localtimestamp",
                "public.stepexecutioninstancedata", "stepexecid", true);
        static final Repository JBERET = new Repository("jberet.job_execution", "jobexecutionid", "lastupdatedtime = now()",
                "jberet.step_execution", "stepexecutionid", false);

        static Repository ofServer() {
            return SeleneServerExtension.server() instanceof WildFlyServer ? JBERET : JBATCH;
        }
    }

    /** The job repository's rows of one execution, as they were at one moment. */
    private record RepositoryRows(Repository repository, Map<String, Object> execution, List<Map<String, Object>> steps,
                                  List<Map<String, Object>> jobStatus, List<Map<String, Object>> stepStatus,
                                  List<Map<String, Object>> checkpoints, String checkpointPrefix) {

        static RepositoryRows of(Repository repository, long executionId) {
            Map<String, Object> execution = Db.query("SELECT * FROM " + repository.executions() + " WHERE " + repository.executionKey() + " = ?", executionId).get(0);
            List<Map<String, Object>> steps = Db.query("SELECT * FROM " + repository.steps() + " WHERE " + repository.executionKey() + " = ?", executionId);
            if (!repository.statusTables()) {
                return new RepositoryRows(repository, execution, steps, List.of(), List.of(), List.of(), null);
            }
            Object instance = execution.get("jobinstanceid");
            String prefix = instance + ",%";
            return new RepositoryRows(repository, execution, steps,
                    Db.query("SELECT * FROM public.jobstatus WHERE id = ?", instance),
                    Db.query("SELECT s.* FROM public.stepstatus s JOIN public.stepexecutioninstancedata e ON e.stepexecid = s.id WHERE e.jobexecid = ?", executionId),
                    Db.query("SELECT * FROM public.checkpointdata WHERE id LIKE ?", prefix), prefix);
        }

        String batchStatus() {
            return (String) execution.get("batchstatus");
        }

        void writeBack() {
            update(repository.executions(), repository.executionKey(), execution);
            steps.forEach(row -> update(repository.steps(), repository.stepKey(), row));
            jobStatus.forEach(row -> update("public.jobstatus", "id", row));
            stepStatus.forEach(row -> update("public.stepstatus", "id", row));
            if (checkpointPrefix != null) {
                Db.update("DELETE FROM public.checkpointdata WHERE id LIKE ?", checkpointPrefix);
                checkpoints.forEach(row -> Db.update("INSERT INTO public.checkpointdata (id, obj) VALUES (?, ?)", row.get("id"), row.get("obj")));
            }
        }

        /** The copy under new ids (JBeret's): its own job instance, execution and steps. */
        long writeAsNewExecution() {
            Map<String, Object> instance = Db.query("SELECT * FROM jberet.job_instance WHERE jobinstanceid = ?", execution.get("jobinstanceid")).get(0);
            Object newInstance = insert("jberet.job_instance", "jobinstanceid", instance, Map.of());
            long newExecution = ((Number) insert(repository.executions(), repository.executionKey(), execution, Map.of("jobinstanceid", newInstance))).longValue();
            steps.forEach(row -> insert(repository.steps(), repository.stepKey(), row, Map.of(repository.executionKey(), newExecution)));
            return newExecution;
        }

        /** The row inserted with a new key (the table's own sequence) and the replaced columns; its key. */
        private static Object insert(String table, String key, Map<String, Object> row, Map<String, Object> replaced) {
            Map<String, Object> values = new LinkedHashMap<>(row);
            values.remove(key);
            values.putAll(replaced);
            return Db.scalar("INSERT INTO " + table + " (" + String.join(", ", values.keySet()) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(values.size(), "?")) + ") RETURNING " + key, values.values().toArray());
        }

        private static void update(String table, String key, Map<String, Object> row) {
            List<String> columns = row.keySet().stream().filter(c -> !c.equals(key)).toList();
            List<Object> values = new ArrayList<>(columns.stream().map(row::get).toList());
            values.add(row.get(key));
            assertEquals(1, Db.update("UPDATE " + table + " SET " + String.join(", ", columns.stream().map(c -> c + " = ?").toList()) + " WHERE " + key + " = ?",
                    values.toArray()));
        }
    }

    @Test
    void anExecutionOfADeadNodeIsFailedAndRestartsWhileALiveNodesExecutionIsLeftRunning() throws Exception {
        Repository repository = Repository.ofServer();
        String dead = "dead-" + UUID.randomUUID();
        String live = "live-" + UUID.randomUUID();
        try (HeldCatalogues catalogues = new HeldCatalogues()) {
            // the dead node's execution: a real run caught in the middle of its step
            long lost = catalogues.start(dead);
            catalogues.awaitHeld(dead, lost);
            RepositoryRows middle = RepositoryRows.of(repository, lost);
            assertEquals("STARTED", middle.batchStatus());
            catalogues.latch(dead).countDown();
            assertEquals("COMPLETED", BatchJobsClient.await(lost).getString("batchStatus"));

            // the live node's execution: running here, its row not written for an hour; only the heartbeat vouches for it
            long running = catalogues.start(live);
            catalogues.awaitHeld(live, running);
            Object thisNode = Db.scalar("SELECT node_id FROM metric.batch_execution_node WHERE jobexecid = ?", running);
            assertEquals(1, Db.count("SELECT count(*) FROM metric.batch_node WHERE node_id = ? AND heartbeat_ts > now() - interval '1 minute'", thisNode),
                    "the execution is recorded as this node's, which beats");
            Db.update("UPDATE " + repository.executions() + " SET " + repository.executionUpdated() + " - interval '1 hour' WHERE "
                    + repository.executionKey() + " = ?", running);

            // the job repository as the node killed at that moment left it, owned by a node silent for ten minutes
            UUID deadNode = UUID.randomUUID();
            Db.update("INSERT INTO metric.batch_node (node_id, host, instance, started_ts, heartbeat_ts) "
                    + "VALUES (?, 'dead-host', '/payara/nodes/dead-host/n2', now() - interval '1 hour', now() - interval '10 minutes')", deadNode);
            long unfinished;
            if (repository == Repository.JBERET) {
                unfinished = middle.writeAsNewExecution();
                Db.update("INSERT INTO metric.batch_execution_node (jobexecid, node_id) VALUES (?, ?)", unfinished, deadNode);
            } else {
                assertEquals(1, Db.update("UPDATE metric.batch_execution_node SET node_id = ? WHERE jobexecid = ?", deadNode, lost));
                middle.writeBack();
                unfinished = lost;
            }
            assertEquals("STARTED", BatchJobsClient.execution(unfinished).getString("batchStatus"));

            // a recovery pass (every 30 s on every node) fails it; the same pass saw the live one
            JsonObject failed = BatchJobsClient.awaitStatus(unfinished, "FAILED");
            assertEquals(UNFINISHED_EXIT, failed.getString("exitStatus"), failed.toString());
            assertNotEquals(JsonValue.NULL, failed.get("end"), failed.toString());
            assertEquals("FAILED", failed.getJsonArray("steps").getJsonObject(0).getString("batchStatus"), failed.toString());
            awaitUnsuccessfulRun(dead);

            JsonObject stillRunning = BatchJobsClient.execution(running);
            assertEquals("STARTED", stillRunning.getString("batchStatus"), stillRunning.toString());
            assertEquals("STARTED", stillRunning.getJsonArray("steps").getJsonObject(0).getString("batchStatus"), stillRunning.toString());
            // and a running execution cannot be restarted beside itself
            Http.post("/account/api/admin/jobs/executions/" + running + "/restart", "{}", MarketSession.admin().cookies()).assertJsonError(409);
            catalogues.latch(live).countDown();
            assertEquals("COMPLETED", BatchJobsClient.await(running).getString("batchStatus"));

            // the restart runs the step again from the dead node's last checkpoint (none yet: the whole catalogue)
            long restarted = BatchJobsClient.restart(unfinished, HeldCatalogues.parameters(dead));
            JsonObject completed = BatchJobsClient.await(restarted);
            assertEquals("COMPLETED", completed.getString("batchStatus"), completed.toString());
            assertEquals(1, completed.getJsonNumber("readCount").longValue(), completed.toString());
            assertEquals(1, Db.count("SELECT count(*) FROM skill.skill WHERE skill_gid = ?", dead + "|21.08"));
        }
    }

    /** Recorded just after the execution is failed. */
    private static void awaitUnsuccessfulRun(String source) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            if (Db.count("SELECT count(*) FROM metric.job WHERE job_name = 'skill-import' AND NOT success AND command LIKE ?", "%" + source + "%") == 1) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the lost run of " + source + " is not recorded as unsuccessful in metric.job");
    }
}
