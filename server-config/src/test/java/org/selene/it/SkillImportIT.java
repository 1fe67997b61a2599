package org.selene.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The skill catalogue import (Selene's load_skill_display_data.py) as a restartable chunk job. */
@SeleneIT
class SkillImportIT {

    static final int CATALOGUE_OFFSET = 45;

    static String catalogue(String name, String title) {
        return "{\"" + name + "\": {\"skill_gid\": \"" + name + "|21.08\", \"name\": \"" + name + "\", \"title\": \"" + title + "\","
                + "\"display_name\": \"" + title + "\", \"short_desc\": \"short\", \"description\": \"long\", \"examples\": [\"do it\"],"
                + "\"credits\": [{\"name\": \"Someone\", \"github_id\": \"someone\"}], \"categories\": [\"Daily\"], \"platforms\": [\"all\"],"
                + "\"tags\": [], \"icon\": {\"icon\": \"star\", \"color\": \"#000000\"}},"
                + "\"no-gid\": {\"name\": \"no-gid\"}}";
    }

    static Path write(String fileName, String json) throws Exception {
        Path dir = Files.createDirectories(BatchJobsClient.importDir().resolve("skill-catalogues"));
        return Files.writeString(dir.resolve(fileName), json, StandardCharsets.UTF_8);
    }

    @Test
    void firstStartLoadsBothBundledCataloguesAsSkillAndDisplayRows() throws Exception {
        BatchJobsClient.awaitFirstSkillImport();
        assertEquals(78, Db.count("SELECT count(*) FROM skill.display WHERE core_version = '21.02'"));
        assertEquals(77, Db.count("SELECT count(*) FROM skill.display WHERE core_version = '20.08'"));
        Map<String, Object> weather = Db.query("""
                SELECT s.family_name, d.display_data->>'title' AS title FROM skill.display d JOIN skill.skill s ON s.id = d.skill_id
                WHERE s.skill_gid = 'mycroft-weather|21.02' AND d.core_version = '21.02'""").get(0);
        assertEquals("mycroft-weather", weather.get("family_name"));
        assertFalse(weather.get("title").toString().isBlank());
        assertTrue(Db.count("SELECT count(*) FROM metric.job WHERE job_name = 'skill-import' AND success AND command = 'skill-import'") >= 1);
    }

    @Test
    void reRunUpdatesInPlaceKeepingTheMarketIdsAndReportsItsCounts() throws Exception {
        BatchJobsClient.awaitFirstSkillImport();
        List<Map<String, Object>> before = Db.query("SELECT id, skill_id, core_version::text FROM skill.display WHERE core_version IN ('20.08', '21.02') ORDER BY id");
        long runs = Db.count("SELECT count(*) FROM metric.job WHERE job_name = 'skill-import'");
        JsonObject run = BatchJobsClient.run("skill-import", null);
        assertEquals("COMPLETED", run.getString("batchStatus"));
        assertEquals(155, run.getJsonNumber("readCount").longValue());
        assertEquals(155, run.getJsonNumber("writeCount").longValue());
        assertEquals(before, Db.query("SELECT id, skill_id, core_version::text FROM skill.display WHERE core_version IN ('20.08', '21.02') ORDER BY id"));
        assertEquals(0, Db.count("SELECT count(*) FROM (SELECT skill_gid FROM skill.skill GROUP BY skill_gid HAVING count(*) > 1) d"));
        assertEquals(runs + 1, Db.count("SELECT count(*) FROM metric.job WHERE job_name = 'skill-import'"));
    }

    @Test
    void importsACatalogueFileForTheCoreVersionGivenAndSkipsEntriesWithoutGid() throws Exception {
        Path file = write("from-file.json", catalogue("file-skill", "From A File"));
        JsonObject run = BatchJobsClient.run("skill-import", "{\"source\": \"" + file + "\", \"coreVersion\": \"21.08\"}");
        assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
        assertEquals(1, run.getJsonNumber("writeCount").longValue());
        assertEquals("From A File", Db.scalar("SELECT d.display_data->>'title' FROM skill.display d JOIN skill.skill s ON s.id = d.skill_id "
                + "WHERE s.skill_gid = 'file-skill|21.08' AND d.core_version = '21.08'"));
        assertEquals(0, Db.count("SELECT count(*) FROM skill.skill WHERE skill_gid LIKE 'no-gid%'"));
        assertTrue(Db.count("SELECT count(*) FROM metric.job WHERE job_name = 'skill-import' AND success AND command LIKE '%source=" + file + "%'") == 1);
    }

    @Test
    void importsACatalogueFromAUrl() throws Exception {
        AtomicReference<String> requested = new AtomicReference<>();
        HttpServer upstream = HttpServer.create(new InetSocketAddress("localhost", StandIns.port(CATALOGUE_OFFSET)), 0);
        upstream.createContext("/", exchange -> {
            requested.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            byte[] body = catalogue("url-skill", "From A Url").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        upstream.start();
        try {
            String url = "http://localhost:" + StandIns.port(CATALOGUE_OFFSET) + "/MycroftAI/mycroft-skills-data/21.08/skill-metadata.json";
            JsonObject run = BatchJobsClient.run("skill-import", "{\"source\": \"" + url + "\"}");
            assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
            assertEquals("GET /MycroftAI/mycroft-skills-data/21.08/skill-metadata.json", requested.get());
            assertEquals(1, Db.count("SELECT count(*) FROM skill.display d JOIN skill.skill s ON s.id = d.skill_id WHERE s.skill_gid = 'url-skill|21.08' AND d.core_version = '21.08'"));
        } finally {
            upstream.stop(0);
        }
    }

    /** 26 entries; with {@code poisoned} the 25th has a gid PostgreSQL refuses (NUL), so the second chunk of 20 fails. */
    static String chunkedCatalogue(String prefix, boolean poisoned) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 26; i++) {
            String gid = prefix + i + (poisoned && i == 24 ? "\\u0000" : "") + "|21.08";
            json.append(i == 0 ? "" : ",").append("\"").append(prefix).append(i).append("\": {\"skill_gid\": \"").append(gid)
                    .append("\", \"name\": \"").append(prefix).append(i).append("\"}");
        }
        return json.append("}").toString();
    }

    @Test
    void aRestartAfterAFailedChunkResumesAtTheLastCheckpoint() throws Exception {
        String prefix = "ckpt-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Path file = write("chunked-21.08.json", chunkedCatalogue(prefix, true));
        long failedId = BatchJobsClient.start("skill-import", "{\"source\": \"" + file + "\"}");
        JsonObject failed = BatchJobsClient.await(failedId);
        assertEquals("FAILED", failed.getString("batchStatus"), failed.toString());
        // the first chunk of 20 was committed, the failing one rolled back
        assertEquals(20, Db.count("SELECT count(*) FROM skill.skill WHERE skill_gid LIKE ?", prefix + "%"));

        write("chunked-21.08.json", chunkedCatalogue(prefix, false));
        JsonObject restarted = BatchJobsClient.await(BatchJobsClient.restart(failedId, "{\"source\": \"" + file + "\"}"));
        assertEquals("COMPLETED", restarted.getString("batchStatus"), restarted.toString());
        assertEquals(6, restarted.getJsonNumber("readCount").longValue(), restarted.toString());
        assertEquals(26, Db.count("SELECT count(*) FROM skill.display d JOIN skill.skill s ON s.id = d.skill_id WHERE s.skill_gid LIKE ? AND d.core_version = '21.08'", prefix + "%"));
    }

    @Test
    void aFailedImportIsRecordedAndRestartsOnceItsSourceIsThere() throws Exception {
        Path missing = Files.createDirectories(BatchJobsClient.importDir().resolve("skill-catalogues")).resolve("not-there-yet.json");
        Files.deleteIfExists(missing);
        long failedId = BatchJobsClient.start("skill-import", "{\"source\": \"" + missing + "\", \"coreVersion\": \"21.08\"}");
        JsonObject failed = BatchJobsClient.await(failedId);
        assertEquals("FAILED", failed.getString("batchStatus"));
        assertEquals(1, Db.count("SELECT count(*) FROM metric.job WHERE job_name = 'skill-import' AND NOT success AND command LIKE '%" + missing + "%'"));

        write("not-there-yet.json", catalogue("restarted-skill", "Restarted"));
        assertTrue(execution(failedId).getBoolean("restartable"));
        // without parameters the restart runs with the execution's own (JBatch alone would run it with none)
        long restartedId = BatchJobsClient.restart(failedId, "{}");
        assertNotEquals(failedId, restartedId);
        assertFalse(execution(failedId).getBoolean("restartable"), "restarted since");
        assertEquals("COMPLETED", BatchJobsClient.await(restartedId).getString("batchStatus"));
        assertEquals(1, Db.count("SELECT count(*) FROM skill.display d JOIN skill.skill s ON s.id = d.skill_id WHERE s.skill_gid = 'restarted-skill|21.08'"));
        // a completed execution (and an earlier one of the same instance) cannot be restarted
        Http.post("/account/api/admin/jobs/executions/" + restartedId + "/restart", "{}", MarketSession.admin().cookies()).assertJsonError(409);
        Http.post("/account/api/admin/jobs/executions/" + failedId + "/restart", "{}", MarketSession.admin().cookies()).assertJsonError(409);
    }

    private static JsonObject execution(long id) {
        return Http.get("/account/api/admin/jobs/executions/" + id, MarketSession.admin().cookies()).assertStatus(200).object();
    }
}
