package org.selene.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Job parameters read only what the operator allowed: files under the import directory
 * (SELENE_IMPORT_DIR) and URLs on SELENE_IMPORT_URL_ALLOW (the suite allows https from localhost
 * and http under the catalogue stand-in's /MycroftAI/). Anything else is a 400 naming the
 * parameter, through the admin resource and through asadmin alike, and nothing starts.
 */
@SeleneIT
class ImportSourcesIT {

    /**
     * Executions whose parameters hold the value (Payara stores them as a serialized Properties,
     * where an ASCII string stands as its bytes): a background job that starts meanwhile (the
     * first-start imports after FoundationIT's redeploy) does not count.
     */
    private static long executions(String value) {
        return Db.count("SELECT count(*) FROM public.executioninstancedata WHERE position(convert_to(?, 'UTF8') IN parameters) > 0", value);
    }

    private static void refused(String job, String parameter, String value) {
        long before = executions(value);
        JsonObject error = Http.post("/account/api/admin/jobs/" + job, "{\"" + parameter + "\": \"" + value + "\"}", MarketSession.admin().cookies())
                .assertJsonError(400).object();
        assertTrue(error.getString("error").startsWith(parameter + ":"), value + " → " + error);
        assertEquals(before, executions(value), value + " started a job");
    }

    @Test
    void geonamesDirOutsideTheImportDirectoryIsRefused() throws Exception {
        Path importDir = BatchJobsClient.importDir();
        refused("geography-import", "geonamesDir", "/etc");
        refused("geography-import", "geonamesDir", "../../../../../../etc");
        refused("geography-import", "geonamesDir", importDir + "/../");
        refused("geography-import", "geonamesDir", importDir + "/geo/../../data");
        Path outside = Files.createDirectories(importDir.resolveSibling("not-import"));
        Path link = importDir.resolve("link-out");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, outside);
        refused("geography-import", "geonamesDir", link.toString());
        refused("geography-import", "geonamesDir", "link-out");
    }

    @Test
    void skillSourcesOutsideTheImportDirectoryOrOffTheUrlListAreRefused() throws Exception {
        Path outside = Files.writeString(BatchJobsClient.importDir().resolveSibling("outside.json"), "{}", StandardCharsets.UTF_8);
        refused("skill-import", "source", outside.toString());
        refused("skill-import", "source", "file://" + outside);
        refused("skill-import", "source", "/etc/passwd");
        refused("skill-import", "source", "../outside.json");
        // a host entry admits https only; plain http only under a prefix the operator spelled out
        refused("skill-import", "source", "http://localhost/skill-metadata-21.08.json");
        refused("skill-import", "source", "http://localhost:" + StandIns.port(SkillImportIT.CATALOGUE_OFFSET) + "/elsewhere/21.08/skill-metadata.json");
        refused("skill-import", "source", "https://skills.example.org/21.08/skill-metadata.json");
        refused("skill-import", "source", "https://localhost@skills.example.org/21.08/skill-metadata.json");
        refused("skill-import", "source", "ftp://localhost/skill-metadata-21.08.json");
    }

    @Test
    void asadminIsFencedTheSameWay() throws Exception {
        long before = executions("/etc");
        AdminJobsIT.Asadmin refused = AdminJobsIT.Asadmin.run("start-batch-job", "--properties", "geonamesDir=/etc", "geography-import");
        assertTrue(refused.exitCode() != 0, refused.output());
        assertTrue(refused.output().contains("geonamesDir:"), refused.output());
        assertEquals(before, executions("/etc"));
    }

    @Test
    void aDirectoryInsideTheImportDirectoryIsAcceptedAndPassedOnAsItsRealPath() throws Exception {
        GeographyImportIT.awaitImport();
        Path inside = Files.createDirectories(BatchJobsClient.importDir().resolve("geonames-empty"));
        JsonObject run = BatchJobsClient.run("geography-import", "{\"geonamesDir\": \"geonames-empty/.\"}");
        assertEquals(inside.toString(), run.getJsonObject("parameters").getString("geonamesDir"));
        // it read there: the directory is empty, so the first step found no countryInfo.txt
        assertEquals("FAILED", run.getString("batchStatus"), run.toString());
    }

    @Test
    void anAllowedUrlIsReadAndARedirectOffTheListIsNotFollowed() throws Exception {
        List<String> requested = new CopyOnWriteArrayList<>();
        HttpServer upstream = HttpServer.create(new InetSocketAddress("localhost", StandIns.port(SkillImportIT.CATALOGUE_OFFSET)), 0);
        upstream.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().add("Location", "/elsewhere/21.08/skill-metadata.json");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        upstream.start();
        try {
            String url = "http://localhost:" + StandIns.port(SkillImportIT.CATALOGUE_OFFSET) + "/MycroftAI/mycroft-skills-data/21.08/skill-metadata.json";
            JsonObject run = BatchJobsClient.run("skill-import", "{\"source\": \"" + url + "\"}");
            assertEquals("FAILED", run.getString("batchStatus"), run.toString());
            assertEquals(List.of("/MycroftAI/mycroft-skills-data/21.08/skill-metadata.json"), requested);
        } finally {
            upstream.stop(0);
        }
        // https from a listed host passes the fence (nothing listens on localhost:443, so the run itself fails)
        long id = BatchJobsClient.start("skill-import", "{\"source\": \"https://localhost/mycroft-skills-data/21.08/skill-metadata.json\"}");
        assertEquals("FAILED", BatchJobsClient.await(id).getString("batchStatus"));
    }
}
