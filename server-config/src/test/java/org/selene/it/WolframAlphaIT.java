package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selene.it.UpstreamStandIn.Answer;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Wolfram Alpha proxies against a stand-in (docs/device-api.md §6.23). */
@SeleneIT
class WolframAlphaIT {

    /** A PNG header and bytes that are not valid UTF-8: they must arrive unchanged. */
    static final byte[] IMAGE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, (byte) 0xff, (byte) 0xfe, (byte) 0x80, 0x7f, (byte) 0xc3};

    static UpstreamStandIn wolfram;

    @BeforeAll
    static void standIn() {
        wolfram = UpstreamStandIn.at(UpstreamStandIn.WOLFRAM_ALPHA).respond(r -> {
            String question = r.query().getOrDefault("i", r.query().getOrDefault("input", ""));
            if (question.equals("bad key")) {
                return Answer.text(403, "text/plain", "Error 1: Invalid appid");
            }
            if (question.equals("broken")) {
                return Answer.text(503, "text/html", "<html>down</html>");
            }
            return switch (r.path()) {
                case "/v2/query" -> "json".equals(r.query().get("output"))
                        ? Answer.json(200, "{\"queryresult\":{\"success\":true,\"num_pods\":1,\"pods\":[{\"title\":\"Result\",\"sub_pods\":[{\"plain_text\":\"Brasília\"}]}]}}")
                        : Answer.text(200, "text/xml;charset=utf-8", "<queryresult success='true'><pod title='Result'/></queryresult>");
                case "/v1/simple" -> new Answer(200, "image/png", IMAGE, 0);
                case "/v1/spoken" -> Answer.text(200, "text/plain;charset=utf-8", "Abraham Lincoln was 6 feet 4 inches tall");
                default -> Answer.json(404, "{}");
            };
        });
    }

    @Test
    void fullResultsAreCamelCaseJsonAndCountAsActivity() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String marker = UUID.randomUUID().toString();
        JsonObject result = Http.get("/v1/wolframAlphaFull?input=what+is+the+capital+of+Brazil&units=metric&marker=" + marker, "Authorization", d.bearer())
                .assertStatus(200).object();
        assertEquals(1, result.getJsonObject("queryresult").getInt("numPods"));
        assertEquals("Brasília", result.getJsonObject("queryresult").getJsonArray("pods").getJsonObject(0)
                .getJsonArray("subPods").getJsonObject(0).getString("plainText"));
        List<UpstreamStandIn.Received> sent = wolfram.receivedWith("marker", marker);
        assertEquals(1, sent.size());
        assertEquals("/v2/query", sent.get(0).path());
        assertEquals("test-wolfram-key", sent.get(0).query().get("appid"));
        assertEquals("json", sent.get(0).query().get("output"));
        assertEquals("what is the capital of Brazil", sent.get(0).query().get("input"));
        assertEquals("metric", sent.get(0).query().get("units"));
        assertTrue(Db.scalar("SELECT last_activity_ts FROM account.account WHERE id = ?", d.accountId()) != null);
    }

    @Test
    void simpleAnswerImageIsPassedThroughByteExact_SeleneMangledIt() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String marker = UUID.randomUUID().toString();
        Http.Reply reply = Http.get("/v1/wolframAlphaSimple?i=What+airplanes+are+flying+overhead%3F&background=F5F5F5&foreground=white&fontsize=16&width=400&units=Metric&marker=" + marker,
                "Authorization", d.bearer()).assertStatus(200);
        assertArrayEquals(IMAGE, reply.bytes());
        assertEquals("image/png", reply.header("Content-Type").orElseThrow());
        UpstreamStandIn.Received sent = wolfram.receivedWith("marker", marker).get(0);
        assertEquals("/v1/simple", sent.path());
        assertEquals("test-wolfram-key", sent.query().get("appid"));
        assertEquals("What airplanes are flying overhead?", sent.query().get("i"));
        assertEquals("F5F5F5", sent.query().get("background"));
        assertEquals("400", sent.query().get("width"));
    }

    @Test
    void spokenAnswerIsPlainText() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String marker = UUID.randomUUID().toString();
        Http.Reply reply = Http.get("/v1/wolframAlphaSpoken?i=how+tall+was+abraham+lincoln&geolocation=51.50853%2C-0.12574&units=Metric&marker=" + marker,
                "Authorization", d.bearer()).assertStatus(200);
        assertEquals("Abraham Lincoln was 6 feet 4 inches tall", reply.body());
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith("text/plain"));
        UpstreamStandIn.Received sent = wolfram.receivedWith("marker", marker).get(0);
        assertEquals("/v1/spoken", sent.path());
        assertEquals("51.50853,-0.12574", sent.query().get("geolocation"));
        assertEquals("test-wolfram-key", sent.query().get("appid"));
    }

    @Test
    void waAnswersUpstreamXml() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String marker = UUID.randomUUID().toString();
        Http.Reply reply = Http.get("/v1/wa?input=capital+of+France&marker=" + marker, "Authorization", d.bearer()).assertStatus(200);
        assertTrue(reply.header("Content-Type").orElseThrow().startsWith("text/xml"));
        assertTrue(reply.body().startsWith("<queryresult"), reply.body());
        UpstreamStandIn.Received sent = wolfram.receivedWith("marker", marker).get(0);
        assertEquals("/v2/query", sent.path());
        assertEquals("capital of France", sent.query().get("input"));
        assertEquals(null, sent.query().get("output"));
    }

    @Test
    void waWithoutInputIs400_SeleneAnswered500() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        int before = wolfram.received().size();
        Http.get("/v1/wa", "Authorization", d.bearer()).assertJsonError(400);
        assertEquals(before, wolfram.received().size());
    }

    @Test
    void upstreamRefusalKeepsItsStatusAndFailureIs502() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.get("/v1/wolframAlphaSpoken?i=bad+key", "Authorization", d.bearer()).assertJsonError(403);
        Http.get("/v1/wolframAlphaFull?input=broken", "Authorization", d.bearer()).assertJsonError(502);
        Http.get("/v1/wolframAlphaSimple?i=broken", "Authorization", d.bearer()).assertJsonError(502);
    }

    @Test
    void withoutDeviceTokenIs401() {
        Http.get("/v1/wolframAlphaFull?input=x").assertJsonError(401);
        Http.get("/v1/wolframAlphaSimple?i=x").assertJsonError(401);
        Http.get("/v1/wolframAlphaSpoken?i=x").assertJsonError(401);
        Http.get("/v1/wa?input=x").assertJsonError(401);
    }
}
