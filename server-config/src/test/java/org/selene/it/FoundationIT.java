package org.selene.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SeleneIT
class FoundationIT {

    @Test
    void readinessIsUpOnceMigrated() {
        Http.Reply ready = Http.get("/health/ready").assertStatus(200);
        assertEquals("UP", ready.object().getString("status"));
        List<String> checks = ready.object().getJsonArray("checks").stream()
                .map(c -> c.asJsonObject().getString("name")).toList();
        assertEquals(List.of("database"), checks, ready.body());
    }

    @Test
    void everyTableAndEnumOfTheSeleneDataModelExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String line : schemaObjects()) {
            String[] parts = line.split("\\s+");
            String[] name = parts[1].split("\\.");
            long found = parts[0].equals("table")
                    ? Db.count("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?", name[0], name[1])
                    : Db.count("SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND n.nspname = ? AND t.typname = ?", name[0], name[1]);
            if (found != 1) {
                missing.add(line);
            }
        }
        assertTrue(missing.isEmpty(), "missing: " + missing);
    }

    @Test
    void theEmbeddedPostgresqlKeepsItsDurableSettings() {
        // the self-hoster's only copy of the data: zonky's test defaults turn both off
        assertEquals("on", Db.scalar("SELECT current_setting('fsync')"));
        assertEquals("on", Db.scalar("SELECT current_setting('synchronous_commit')"));
    }

    @Test
    void referenceDataIsSeeded() {
        assertEquals(2, Db.count("SELECT count(*) FROM account.membership"));
        assertEquals(4, Db.count("SELECT count(*) FROM device.text_to_speech"));
        assertEquals(3, Db.count("SELECT count(*) FROM account.agreement WHERE effective @> current_date"));
        assertEquals(1, Db.count("SELECT count(*) FROM wake_word.wake_word WHERE name = 'hey mycroft' AND engine = 'precise'"));
    }

    @Test
    void unknownPathsAnswerJson404() {
        Http.get("/v1/no-such-route").assertJsonError(404);
        Http.get("/sso/api/no-such-route").assertJsonError(404);
        Http.get("/account/no-such-route").assertJsonError(404);
        Http.get("/market/api/no-such-route").assertJsonError(404);
    }

    @Test
    void eachContextAnswersItsOwnOpenApiDocument() {
        for (String context : List.of("/v1", "/sso", "/account", "/market")) {
            Http.Reply yaml = Http.get(context + "/openapi").assertStatus(200);
            assertTrue(yaml.body().startsWith("---") || yaml.body().startsWith("openapi"), yaml.body());
            Http.Reply json = Http.get(context + "/openapi?format=json").assertStatus(200);
            assertEquals(context, json.object().getJsonArray("servers").getJsonObject(0).getString("url"));
        }
        // the server's merged document (README: OpenAPI http://localhost:8080/openapi), JSON as both servers ask for it
        Http.Reply merged = Http.get("/openapi", "Accept", "application/json").assertStatus(200);
        assertTrue(merged.object().getJsonObject("paths").keySet().stream().anyMatch(p -> p.endsWith("/api/devices/{id}")), merged.body());
    }

    /** Jersey answers OPTIONS with a WADL description of the whole API unless told not to. */
    @Test
    void optionsPublishesNoDescriptionOfTheApi() {
        for (String path : new String[]{"/v1/device/code", "/sso/api/account", "/account/api/account", "/market/api/skills/available"}) {
            Http.Reply reply = Http.send("OPTIONS", path, (String) null);
            assertTrue(reply.status() < 500, path + " answered " + reply.status());
            String type = reply.header("Content-Type").orElse("");
            assertTrue(!type.contains("wadl") && !reply.body().contains("<application"), path + " answered " + type + ": " + reply.body());
        }
    }

    @Test
    void redeployNeitherRerunsNorBreaksMigrations() throws Exception {
        String history = "SELECT count(*) || ':' || coalesce(max(installed_rank), 0) FROM public.flyway_schema_history";
        Object before = Db.scalar(history);
        SeleneServerExtension.payara().deploy();
        assertEquals(before, Db.scalar(history));
        assertEquals("UP", Http.get("/health/ready").assertStatus(200).object().getString("status"));
    }

    private static List<String> schemaObjects() throws IOException {
        try (InputStream in = FoundationIT.class.getResourceAsStream("/selene-schema-objects.txt")) {
            assertTrue(in != null, "selene-schema-objects.txt missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
