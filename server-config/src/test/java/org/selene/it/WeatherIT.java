package org.selene.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selene.it.UpstreamStandIn.Answer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /v1/owm/{path} against an OpenWeatherMap stand-in (docs/device-api.md §6.24, §1.1). */
@SeleneIT
class WeatherIT {

    static final String ONECALL = """
            {"lat":39.1,"timezone_offset":-21600,"current":{"temp":4.2,"feels_like":1.5,"wind_speed":3.6,"weather":[{"id":800,"main":"Clear"}]},
             "hourly":[{"dew_point":-2.1,"wind_gust":5}],"daily":[{"temp":{"min":1,"max":9},"feels_like":{"day":3}}]}""";

    /** The suite's weather cache lifetime (SELENE_OWM_CACHE_SECONDS). */
    static final int CACHE_SECONDS = 8;
    /** How long the stand-ins hold a parked call: within the suite's 6 s read timeout. */
    static final long HELD_MILLIS = 5000;

    static UpstreamStandIn owm;

    @BeforeAll
    static void standIn() {
        owm = UpstreamStandIn.at(UpstreamStandIn.WEATHER).respond(r -> switch (r.query().getOrDefault("q", "")) {
            case "unknown-key" -> Answer.json(401, "{\"cod\":401,\"message\":\"Invalid API key\"}");
            case "broken" -> Answer.text(500, "text/html", "<html>oops</html>");
            case "slow" -> Answer.json(200, ONECALL).delayed(12_000);
            case "busy", "held" -> Answer.json(200, ONECALL).delayed(HELD_MILLIS);
            default -> r.path().startsWith("/data/2.5/") ? Answer.json(200, ONECALL) : Answer.json(404, "{\"message\":\"wrong path\"}");
        });
    }

    @Test
    void forwardsPathQueryAndKeyAndAnswersCamelCaseJson() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String marker = UUID.randomUUID().toString();
        JsonObject weather = Http.get("/v1/owm/onecall?lat=39.1&lon=-94.5&units=metric&lang=en&marker=" + marker, "Authorization", d.bearer())
                .assertStatus(200).object();
        assertEquals(1.5, weather.getJsonObject("current").getJsonNumber("feelsLike").doubleValue());
        assertEquals(3.6, weather.getJsonObject("current").getJsonNumber("windSpeed").doubleValue());
        assertEquals(-21600, weather.getInt("timezoneOffset"));
        assertEquals(-2.1, weather.getJsonArray("hourly").getJsonObject(0).getJsonNumber("dewPoint").doubleValue());
        assertEquals(3, weather.getJsonArray("daily").getJsonObject(0).getJsonObject("feelsLike").getInt("day"));
        assertTrue(weather.getJsonObject("current").getJsonArray("weather").getJsonObject(0).containsKey("main"));

        List<UpstreamStandIn.Received> sent = owm.receivedWith("marker", marker);
        assertEquals(1, sent.size());
        assertEquals("/data/2.5/onecall", sent.get(0).path());
        assertEquals("test-owm-key", sent.get(0).query().get("APPID"));
        assertEquals("39.1", sent.get(0).query().get("lat"));
        assertEquals("-94.5", sent.get(0).query().get("lon"));
        assertEquals("metric", sent.get(0).query().get("units"));
        assertEquals("en", sent.get(0).query().get("lang"));
        assertTrue(Db.scalar("SELECT last_activity_ts FROM account.account WHERE id = ?", d.accountId()) != null, "weather counts as activity");
    }

    @Test
    void identicalQueriesAreAnsweredFromTheCache() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String marker = UUID.randomUUID().toString();
        Http.get("/v1/owm/weather?q=Paris&marker=" + marker, "Authorization", d.bearer()).assertStatus(200);
        Http.get("/v1/owm/weather?q=Paris&marker=" + marker, "Authorization", d.bearer()).assertStatus(200);
        assertEquals(1, owm.receivedWith("marker", marker).size(), "the second identical query must not reach the upstream");
        Http.get("/v1/owm/weather?q=Paris&units=imperial&marker=" + marker, "Authorization", d.bearer()).assertStatus(200);
        Http.get("/v1/owm/forecast?q=Paris&marker=" + marker, "Authorization", d.bearer()).assertStatus(200);
        assertEquals(3, owm.receivedWith("marker", marker).size(), "other parameters or paths are other queries");
    }

    @Test
    void aCachedAnswerLivesForTheConfiguredLifetimeThenTheUpstreamIsAskedAgain() throws InterruptedException {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String marker = UUID.randomUUID().toString();
        String path = "/v1/owm/weather?q=Lisbon&marker=" + marker;
        long first = System.nanoTime();
        Http.get(path, "Authorization", d.bearer()).assertStatus(200);
        long again;
        do {
            again = System.nanoTime();
            Http.get(path, "Authorization", d.bearer()).assertStatus(200);
            if (again - first < CACHE_SECONDS * 1_000_000_000L) {
                // asked before the first answer could have expired: the cache answered
                assertEquals(1, owm.receivedWith("marker", marker).size(), "asked the upstream again within the lifetime");
            }
            Thread.sleep(500);
        } while (owm.receivedWith("marker", marker).size() < 2 && again - first < 120_000_000_000L);
        assertEquals(2, owm.receivedWith("marker", marker).size(), "the answer never expired");
        assertTrue(again - first >= CACHE_SECONDS * 1_000_000_000L,
                "the upstream was asked again " + (again - first) / 1_000_000 + " ms after the first call, within the lifetime");
    }

    @Test
    void upstreamRefusalKeepsItsStatusWithAJsonError() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        String body = Http.get("/v1/owm/weather?q=unknown-key", "Authorization", d.bearer()).assertJsonError(401).body();
        assertTrue(body.contains("Invalid API key"), body);
        assertTrue(!body.contains("test-owm-key"), "the key never reaches the device");
    }

    @Test
    void upstreamFailureOrTimeoutIs502Json() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.get("/v1/owm/weather?q=broken", "Authorization", d.bearer()).assertJsonError(502);
        long started = System.nanoTime();
        Http.get("/v1/owm/weather?q=slow", "Authorization", d.bearer()).assertJsonError(502);
        assertTrue(System.nanoTime() - started < 12_000_000_000L, "the server gives up before the slow upstream answers");
    }

    @Test
    void withoutDeviceTokenIs401AndNothingIsForwarded() {
        String marker = UUID.randomUUID().toString();
        Http.get("/v1/owm/onecall?marker=" + marker).assertJsonError(401);
        Http.get("/v1/owm/onecall?marker=" + marker, "Authorization", "Bearer not-a-token").assertJsonError(401);
        assertEquals(0, owm.receivedWith("marker", marker).size());
    }

    @Test
    void pathsThatCouldLeaveTheUpstreamAre400() {
        DeviceFixture.Paired d = DeviceFixture.pair();
        Http.get("/v1/owm/data/..x", "Authorization", d.bearer()).assertJsonError(400);
        Http.get("/v1/owm/a%40evil.example", "Authorization", d.bearer()).assertJsonError(400);
    }

    /**
     * A slow upstream holds at most its bulkhead of request threads; the rest are refused at once.
     * The bound is asserted where it matters, on how many calls the upstream had to answer at once:
     * the stand-in holds each call for 5 s, so the 30 calls overlap there however slowly they come.
     */
    @Test
    void slowUpstreamCannotExhaustRequestThreads() throws Exception {
        DeviceFixture.Paired d = DeviceFixture.pair();
        int calls = 30;
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        try {
            owm.takePeakInFlight("busy");
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(calls);
            long[][] spans = new long[calls][2];
            List<CompletableFuture<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                String path = "/v1/owm/weather?q=busy&n=" + i + "&run=" + UUID.randomUUID();
                int call = i;
                replies.add(CompletableFuture.supplyAsync(() -> {
                    ready.countDown();
                    try {
                        ready.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    spans[call][0] = System.nanoTime();
                    Http.Reply reply = Http.get(path, "Authorization", d.bearer());
                    spans[call][1] = System.nanoTime();
                    return reply;
                }, pool));
            }
            Thread.sleep(300);
            Http.get(d.path(""), "Authorization", d.bearer()).assertStatus(200);
            int passed = 0;
            int refused = 0;
            for (CompletableFuture<Http.Reply> reply : replies) {
                Http.Reply r = reply.get();
                if (r.status() == 200 || r.status() == 502) {
                    // answered, or gave up on the slow upstream after the read timeout: either way it held a slot
                    passed++;
                } else {
                    r.assertJsonError(503);
                    refused++;
                }
            }
            int upstreamPeak = owm.takePeakInFlight("busy");
            int clientPeak = peakOverlap(spans);
            System.out.println("busy upstream: " + passed + " passed, " + refused + " refused; at once: "
                    + clientPeak + " at the client, " + upstreamPeak + " at the upstream");
            // the bulkhead admits exactly its size: fewer would mean a smaller pool in front of it
            assertEquals(UPSTREAM_BULKHEAD, upstreamPeak, "calls the upstream answered at once");
            assertTrue(refused >= 1, "passed " + passed + ", refused " + refused);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Two slow upstreams, each with as many calls as its bulkhead admits: 20 calls waiting, more
     * than the server's 16 request threads (SeleneServer.HTTP_THREADS). Devices are still answered
     * at once, because those calls wait on the upstream executor with their requests suspended.
     */
    @Test
    void callsWaitingOnSlowUpstreamsHoldNoRequestThread() throws Exception {
        DeviceFixture.Paired d = DeviceFixture.pair();
        UpstreamStandIn wolfram = UpstreamStandIn.at(UpstreamStandIn.WOLFRAM_ALPHA)
                .respond(r -> Answer.text(200, "text/plain", "in a while").delayed(HELD_MILLIS)); // WolframAlphaIT sets its own before it runs
        String run = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(2 * UPSTREAM_BULKHEAD);
        try {
            List<CompletableFuture<Http.Reply>> held = new ArrayList<>();
            for (int i = 0; i < UPSTREAM_BULKHEAD; i++) {
                String n = "&n=" + i + "&run=" + run;
                held.add(CompletableFuture.supplyAsync(() -> Http.get("/v1/owm/weather?q=held" + n, "Authorization", d.bearer()), pool));
                held.add(CompletableFuture.supplyAsync(() -> Http.get("/v1/wolframAlphaSpoken?i=x" + n, "Authorization", d.bearer()), pool));
            }
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (owm.inFlight("held") + wolfram.inFlight("") < 2 * UPSTREAM_BULKHEAD) {
                assertTrue(System.nanoTime() < deadline, "the 20 calls never were at their upstreams at once: "
                        + owm.receivedWith("run", run).size() + " + " + wolfram.receivedWith("run", run).size() + " arrived");
                Thread.sleep(20);
            }
            // 20 calls parked, more than the 16 request threads: a device is answered before any of them
            Http.get(d.path(""), "Authorization", d.bearer()).assertStatus(200);
            assertTrue(held.stream().noneMatch(CompletableFuture::isDone), "the device was answered only once parked calls ended");
            for (CompletableFuture<Http.Reply> reply : held) {
                // answered, or given up on after the read timeout: none was refused or lost
                int status = reply.get().status();
                assertTrue(status == 200 || status == 502, "held call: " + status);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The bulkhead of each upstream (UpstreamGuard.CONCURRENT_CALLS). */
    static final int UPSTREAM_BULKHEAD = 10;

    private static int peakOverlap(long[][] spans) {
        int peak = 0;
        for (long[] span : spans) {
            int overlapping = 0;
            for (long[] other : spans) {
                if (other[0] <= span[0] && span[0] < other[1]) {
                    overlapping++;
                }
            }
            peak = Math.max(peak, overlapping);
        }
        return peak;
    }
}
