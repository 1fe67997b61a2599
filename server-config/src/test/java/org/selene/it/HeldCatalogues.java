package org.selene.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The catalogue stand-in: each path's answer waits for its latch (headers at once, the body later). */
final class HeldCatalogues implements AutoCloseable {
    final HttpServer server;
    final Map<String, CountDownLatch> latches = new ConcurrentHashMap<>();
    final Set<String> requested = ConcurrentHashMap.newKeySet();

    HeldCatalogues() throws Exception {
        server = HttpServer.create(new InetSocketAddress("localhost", StandIns.port(SkillImportIT.CATALOGUE_OFFSET)), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String name = exchange.getRequestURI().getPath().split("/")[3];
            requested.add(name);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                latch(name).await(5, TimeUnit.MINUTES);
                out.write(SkillImportIT.catalogue(name, "Held").getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    CountDownLatch latch(String name) {
        return latches.computeIfAbsent(name, k -> new CountDownLatch(1));
    }

    /** The skill import's parameters that read catalogue {@code name} from this stand-in. */
    static String parameters(String name) {
        String url = "http://localhost:" + StandIns.port(SkillImportIT.CATALOGUE_OFFSET) + "/MycroftAI/mycroft-skills-data/" + name + "/21.08/skill-metadata.json";
        return "{\"source\": \"" + url + "\", \"coreVersion\": \"21.08\"}";
    }

    long start(String name) {
        return BatchJobsClient.start("skill-import", parameters(name));
    }

    /** Started through another node's admin route (a whole base URL), so that it runs there. */
    long startOn(String node, String name) {
        return BatchJobsClient.startOn(node, "skill-import", parameters(name));
    }

    /** Until the reader is inside its download and the job repository says STARTED for the execution and its step. */
    void awaitHeld(String name, long executionId) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            JsonObject e = BatchJobsClient.execution(executionId);
            if (requested.contains(name) && e.getString("batchStatus").equals("STARTED") && !e.getJsonArray("steps").isEmpty()
                    && e.getJsonArray("steps").getJsonObject(0).getString("batchStatus").equals("STARTED")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("execution " + executionId + " was not held in its step");
    }

    @Override
    public void close() {
        latches.values().forEach(CountDownLatch::countDown);
        server.stop(0);
    }
}
