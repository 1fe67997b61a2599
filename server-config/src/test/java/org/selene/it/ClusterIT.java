package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selene.server.SeleneServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes of one Payara domain on one PostgreSQL, the Data Grid between them, as README "Several
 * nodes" sets them up: the suite's server (the DAS) and a second instance, n2. Devices read settings
 * and write metrics and settingsMeta through both; midway n2 is killed with kill -9 (its process
 * destroyed forcibly, no shutdown hook runs) while it also runs a batch job.
 */
@SeleneIT
class ClusterIT {

    private static final String NODE = "n2";
    private static final int DEVICES = 6;
    private static final Duration LOAD_BEFORE_KILL = Duration.ofSeconds(12);
    private static final Duration LOAD_AFTER_KILL = Duration.ofSeconds(12);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private static SeleneServer server;

    @BeforeAll
    static void secondNode() throws Exception {
        server = SeleneServerExtension.payara();
        server.createInstance(NODE, n2PortBase());
        server.startInstance(NODE, n2PortBase());
        BatchJobsClient.awaitFirstSkillImport();
    }

    /** n2's ports lie 100 above the DAS's. */
    private static int n2PortBase() {
        return server.httpPort() - 80 + 100;
    }

    private static String das() {
        return server.baseUrl();
    }

    private static String n2() {
        return "http://localhost:" + (n2PortBase() + 80);
    }

    @Test
    void bothNodesServeEveryDeviceAndNoEtagIsServedStaleOnTheOther() throws Exception {
        assertEquals(200, Http.get(n2() + "/health/ready").status());
        CrossNode.assertSettingsChangeSeenAtOnce(das(), n2());
        CrossNode.assertSettingsChangeSeenAtOnce(n2(), das());
        CrossNode.assertDeletionSeenAtOnce(das(), n2());
        CrossNode.assertDeletionSeenAtOnce(n2(), das());
    }

    /** The abuse limits count in PostgreSQL: failures spread over both nodes reach the one limit (issue 16, point 3). */
    @Test
    void aLimitCountsTheHitsOfBothNodes() {
        String email = WebLogin.uniqueEmail();
        WebLogin.signUp(email, "right");
        String address = Http.newClientAddress();
        String basic = "Basic " + WebLogin.b64(email + ":||:wrong");
        for (int i = 0; i < 5; i++) {
            String node = i % 2 == 0 ? das() : n2();
            Http.get(node + "/sso/api/internal-login", "Authorization", basic, "X-Forwarded-For", address).assertJsonError(401);
        }
        String right = "Basic " + WebLogin.b64(email + ":||:right");
        Limits.assertLimited(Http.get(n2() + "/sso/api/internal-login", "Authorization", right, "X-Forwarded-For", address), 900);
        Limits.assertLimited(Http.get(das() + "/sso/api/internal-login", "Authorization", right, "X-Forwarded-For", address), 900);
        Http.get(n2() + "/sso/api/internal-login", "Authorization", right, "X-Forwarded-For", Http.newClientAddress()).assertStatus(204);
    }

    @Test
    void aNodeKilledUnderLoadLosesNoAcknowledgedWriteItsDevicesGoOnAndItRejoins() throws Exception {
        List<Device> devices = new ArrayList<>();
        for (int i = 0; i < DEVICES; i++) {
            DeviceFixture.Paired paired = DeviceFixture.pair();
            DeviceTelemetryIT.openDataset(paired.accountId());
            // half of the devices are n2's (until it dies), half the DAS's
            devices.add(new Device(paired, i % 2 == 0 ? das() : n2()));
        }
        String skill = "cluster-" + UUID.randomUUID();
        try (HeldCatalogues catalogues = new HeldCatalogues()) {
            // a job running on n2 when it dies: a skill import held inside its step
            long lost = catalogues.startOn(n2(), skill);
            catalogues.awaitHeld(skill, lost);
            assertEquals(n2NodeId(), Db.scalar("SELECT node_id FROM metric.batch_execution_node WHERE jobexecid = ?", lost));

            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService load = Executors.newFixedThreadPool(DEVICES);
            List<Future<?>> workers = devices.stream().map(d -> load.submit(() -> d.run(stop))).<Future<?>>map(f -> f).toList();
            Thread.sleep(LOAD_BEFORE_KILL.toMillis());
            assertTrue(devices.stream().allMatch(d -> d.acknowledged.get() > 5), "every device was served before the kill");

            long pid = server.instancePid(NODE);
            ProcessHandle n2 = ProcessHandle.of(pid).orElseThrow();
            assertTrue(n2.destroyForcibly(), "kill -9 " + pid);
            n2.onExit().get(30, TimeUnit.SECONDS);
            Map<Device, Integer> atKill = new ConcurrentHashMap<>();
            devices.forEach(d -> atKill.put(d, d.acknowledged.get()));

            Thread.sleep(LOAD_AFTER_KILL.toMillis());
            stop.set(true);
            for (Future<?> worker : workers) {
                worker.get(2, TimeUnit.MINUTES);
            }
            load.shutdown();

            for (Device d : devices) {
                assertEquals(List.of(), d.failures, "a live node answered every request of " + d.paired.deviceId());
                assertTrue(d.acknowledged.get() > atKill.get(d) + 5, "device " + d.paired.deviceId() + " went on after the kill");
            }
            assertTrue(devices.stream().filter(d -> d.home.equals(n2())).allMatch(d -> d.failedOver.get()),
                    "n2's devices reached the DAS with their tokens");
            for (Device d : devices) {
                d.assertWritesStored();
            }
            // the job repository still says STARTED: nobody lives to say otherwise
            assertEquals("STARTED", BatchJobsClient.execution(lost).getString("batchStatus"));

            // n2 comes back: it marks its previous life's execution FAILED at start, so that it can be restarted
            server.startInstance(NODE, n2PortBase());
            JsonObject failed = BatchJobsClient.awaitStatus(lost, "FAILED");
            assertEquals("FAILED: node lost", failed.getString("exitStatus"), failed.toString());
            catalogues.latch(skill).countDown();
            MarketSession.SignedIn admin = MarketSession.admin();
            long restarted = Http.post(n2() + "/account/api/admin/jobs/executions/" + lost + "/restart", HeldCatalogues.parameters(skill), admin.cookies())
                    .assertStatus(202).object().getJsonNumber("executionId").longValue();
            JsonObject completed = BatchJobsClient.await(restarted);
            assertEquals("COMPLETED", completed.getString("batchStatus"), completed.toString());
            assertEquals(1, Db.count("SELECT count(*) FROM skill.skill WHERE skill_gid = ?", skill + "|21.08"));
        }

        // rejoined: it serves every device with the tokens they had, and the Data Grid carries changes again
        for (Device d : devices) {
            Http.get(n2() + d.paired.path("/setting"), "Authorization", d.paired.bearer()).assertStatus(200);
        }
        CrossNode.assertSettingsChangeSeenAtOnce(das(), n2());
        CrossNode.assertSettingsChangeSeenAtOnce(n2(), das());
    }

    /** The node n2 registered as batch node in its present life. */
    private static Object n2NodeId() {
        return Db.scalar("SELECT node_id FROM metric.batch_node WHERE instance LIKE ? ORDER BY started_ts DESC LIMIT 1", "%/" + NODE);
    }

    /** One device of the load: its requests go to its home node, and to the DAS once its home is gone. */
    private static final class Device {
        final DeviceFixture.Paired paired;
        final String home;
        final AtomicInteger acknowledged = new AtomicInteger();
        final AtomicBoolean failedOver = new AtomicBoolean();
        final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        /** The metrics answered 2xx, by their sequence number. */
        final Set<Integer> storedMetrics = ConcurrentHashMap.newKeySet();
        /** The last settingsMeta answered 2xx: the device's skill must have exactly this one. */
        volatile String lastMeta;
        private String etag;

        Device(DeviceFixture.Paired paired, String home) {
            this.paired = paired;
            this.home = home;
        }

        private String skillGid() {
            return "cluster-skill-" + paired.deviceId() + "|21.08";
        }

        void run(AtomicBoolean stop) {
            try {
                exchange("PUT", "/skillJson", DeviceSkillsIT.manifest(DeviceSkillsIT.entry("cluster-skill", skillGid(), "cli", 0)));
                for (int seq = 0; !stop.get(); seq++) {
                    HttpResponse<String> settings = exchange("GET", "/setting", null);
                    if (settings != null && settings.statusCode() == 200) {
                        etag = settings.headers().firstValue("ETag").orElse(null);
                    }
                    if (exchange("POST", "/metric/cluster", "{\"seq\": " + seq + "}") != null) {
                        storedMetrics.add(seq);
                    }
                    if (seq % 4 == 0) {
                        String meta = "{\"skill_gid\":\"" + skillGid() + "\",\"skillMetadata\":{\"sections\":[{\"name\":\"Options\",\"fields\":["
                                + "{\"name\":\"seq\",\"type\":\"text\",\"label\":\"Seq " + seq + "\",\"value\":\"" + seq + "\"}]}]}}";
                        if (exchange("PUT", "/settingsMeta", meta) != null) {
                            lastMeta = "Seq " + seq;
                        }
                    }
                    Thread.sleep(20);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The reply when it was 2xx or 304, else null with the failure recorded. */
        private HttpResponse<String> exchange(String method, String suffix, String json) throws InterruptedException {
            String node = failedOver.get() ? das() : home;
            try {
                return checked(method, suffix, send(node, method, suffix, json));
            } catch (IOException e) {
                if (node.equals(das())) {
                    failures.add(method + " " + suffix + " on the DAS: " + e);
                    return null;
                }
                // the home node is gone (refused, or reset in flight): the same request, the same token, on the live node
                failedOver.set(true);
                try {
                    return checked(method, suffix, send(das(), method, suffix, json));
                } catch (IOException again) {
                    failures.add(method + " " + suffix + " on the DAS after failover: " + again);
                    return null;
                }
            }
        }

        private HttpResponse<String> checked(String method, String suffix, HttpResponse<String> reply) {
            int status = reply.statusCode();
            if ((status >= 200 && status < 300) || status == 304) {
                acknowledged.incrementAndGet();
                return reply;
            }
            failures.add(method + " " + suffix + " -> " + status + " " + reply.body());
            return null;
        }

        private HttpResponse<String> send(String node, String method, String suffix, String json) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node + paired.path(suffix)))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", paired.bearer())
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (method.equals("GET") && etag != null) {
                request.header("If-None-Match", etag);
            }
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        void assertWritesStored() {
            Set<Integer> found = new HashSet<>();
            for (Map<String, Object> row : Db.query("SELECT (metric_value->>'seq')::int AS seq FROM metric.core WHERE device_id = ? AND metric_type = 'cluster'",
                    paired.deviceId())) {
                found.add((Integer) row.get("seq"));
            }
            Set<Integer> missing = new HashSet<>(storedMetrics);
            missing.removeAll(found);
            assertEquals(Set.of(), missing, "metrics acknowledged to " + paired.deviceId() + " but not stored");
            assertTrue(storedMetrics.size() > 10, "the device wrote metrics: " + storedMetrics.size());
            Object meta = Db.scalar("SELECT sd.settings_display::text FROM device.device_skill ds JOIN skill.settings_display sd ON sd.id = ds.skill_settings_display_id "
                    + "WHERE ds.device_id = ?", paired.deviceId());
            assertTrue(meta != null && meta.toString().contains("\"" + lastMeta + "\""), "the last settingsMeta acknowledged (" + lastMeta + ") is the device's: " + meta);
        }
    }
}
