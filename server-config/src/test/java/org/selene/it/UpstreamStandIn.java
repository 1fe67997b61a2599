package org.selene.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A local HTTP stand-in for a third-party upstream on a fixed port: it records every request it
 * gets and answers what the test's responder says.
 */
public final class UpstreamStandIn {

    /** One request as the upstream saw it. */
    public record Received(String method, String path, Map<String, String> query, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    /** A canned answer; a delay makes the upstream slow. */
    public record Answer(int status, String contentType, byte[] body, long delayMillis) {
        public static Answer json(int status, String json) {
            return new Answer(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8), 0);
        }

        public static Answer text(int status, String contentType, String text) {
            return new Answer(status, contentType, text.getBytes(StandardCharsets.UTF_8), 0);
        }

        public Answer delayed(long millis) {
            return new Answer(status, contentType, body, millis);
        }
    }

    private static final Map<Integer, UpstreamStandIn> RUNNING = new ConcurrentHashMap<>();

    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** Per value of the q parameter: requests being answered now, and the most at once. */
    private final Map<String, AtomicInteger[]> inFlight = new ConcurrentHashMap<>();
    private volatile Function<Received, Answer> responder = r -> Answer.json(404, "{\"message\":\"no responder\"}");

    private UpstreamStandIn(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 50);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", this::handle);
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("stand-in port " + port, e);
        }
    }

    public static UpstreamStandIn at(int offset) {
        return RUNNING.computeIfAbsent(StandIns.port(offset), UpstreamStandIn::new);
    }

    public UpstreamStandIn respond(Function<Received, Answer> responder) {
        this.responder = responder;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests that carried this query parameter value (tests mark their requests with one). */
    public List<Received> receivedWith(String parameter, String value) {
        return received.stream().filter(r -> value.equals(r.query().get(parameter))).toList();
    }

    /** How many requests with this q parameter the stand-in is answering now. */
    public int inFlight(String q) {
        return counters(q)[0].get();
    }

    /** The most requests with this q parameter the stand-in was answering at once since the last call. */
    public int takePeakInFlight(String q) {
        AtomicInteger[] counters = counters(q);
        return counters[1].getAndSet(counters[0].get());
    }

    private AtomicInteger[] counters(String q) {
        return inFlight.computeIfAbsent(q, k -> new AtomicInteger[]{new AtomicInteger(), new AtomicInteger()});
    }

    private void handle(HttpExchange exchange) throws IOException {
        AtomicInteger[] counters = counters(query(exchange.getRequestURI().getRawQuery()).getOrDefault("q", ""));
        counters[1].accumulateAndGet(counters[0].incrementAndGet(), Math::max);
        try (exchange) {
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    query(exchange.getRequestURI().getRawQuery()), Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes());
            received.add(request);
            Answer answer = responder.apply(request);
            if (answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis());
            }
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                exchange.getResponseBody().write(answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the server under test gave up waiting: expected in the timeout tests
        } finally {
            counters[0].decrementAndGet();
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.put(name, value);
        }
        return query;
    }

    /** Ports and server settings of the device services' stand-ins (offsets 10-29). */
    static final int WEATHER = 10;
    static final int WOLFRAM_ALPHA = 11;
    static final int SPEECH = 12;
    static final int OAUTH = 13;

    static Map<String, String> serverEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OWM_URL", "http://localhost:" + StandIns.port(WEATHER) + "/data/2.5");
        env.put("OWM_KEY", "test-owm-key");
        env.put("WOLFRAM_ALPHA_URL", "http://localhost:" + StandIns.port(WOLFRAM_ALPHA));
        env.put("WOLFRAM_ALPHA_KEY", "test-wolfram-key");
        env.put("GOOGLE_STT_URL", "http://localhost:" + StandIns.port(SPEECH) + "/speech-api/v2/recognize");
        env.put("GOOGLE_STT_KEY", "test-stt-key");
        env.put("OAUTH_BASE_URL", "http://localhost:" + StandIns.port(OAUTH) + "/oauth");
        // long enough that calls parked at a stand-in all overlap on a loaded machine, short enough for the timeout tests
        env.put("SELENE_UPSTREAM_TIMEOUT_SECONDS", "6");
        // WeatherIT waits for a cached answer to expire
        env.put("SELENE_OWM_CACHE_SECONDS", Integer.toString(WeatherIT.CACHE_SECONDS));
        return env;
    }
}
