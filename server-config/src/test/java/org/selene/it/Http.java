package org.selene.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A small HTTP client for black-box tests against the deployed backend. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            // devices speak HTTP/1.1 (python requests)
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private Http() {
    }

    /**
     * A client address of its own, to send as X-Forwarded-For (the suite's server trusts its loopback
     * proxy), so that what one test counts against a limit per client address reaches no other test.
     */
    public static String newClientAddress() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    public static String url(String path) {
        return SeleneServerExtension.server().baseUrl() + path;
    }

    public static Reply get(String path, String... headers) {
        return send("GET", path, (String) null, headers);
    }

    public static Reply delete(String path, String... headers) {
        return send("DELETE", path, (String) null, headers);
    }

    public static Reply post(String path, String json, String... headers) {
        return send("POST", path, json, withJson(json, headers));
    }

    public static Reply put(String path, String json, String... headers) {
        return send("PUT", path, json, withJson(json, headers));
    }

    public static Reply patch(String path, String json, String... headers) {
        return send("PATCH", path, json, withJson(json, headers));
    }

    private static String[] withJson(String body, String[] headers) {
        if (body == null) {
            return headers;
        }
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("Content-Type")) {
                return headers;
            }
        }
        String[] all = new String[headers.length + 2];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "Content-Type";
        all[headers.length + 1] = "application/json";
        return all;
    }

    public static Reply send(String method, String path, String body, String... headers) {
        return sendBody(method, path, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body), headers);
    }

    public static Reply sendBody(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        return exchange(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url(path))).method(method, body), headers);
    }

    private static Reply exchange(HttpRequest.Builder builder, String... headers) {
        builder.timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends with Expect: 100-continue, so that a server refusing the body early can say why. */
    public static Reply sendExpectingContinue(String method, String path, String body, String... headers) {
        return exchange(HttpRequest.newBuilder(URI.create(url(path))).expectContinue(true)
                .method(method, HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A response, read fully. */
    public record Reply(int status, java.util.Map<String, List<String>> headers, byte[] bytes) {

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public List<String> headerValues(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .toList();
        }

        public JsonStructure json() {
            try {
                return Json.createReader(new StringReader(body())).read();
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body(), e);
            }
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        /** Asserts the status and a JSON error body, the contract of every failing request. */
        public Reply assertJsonError(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + " but got " + status + ": " + body());
            }
            JsonObject error = object();
            if (!error.containsKey("error")) {
                throw new AssertionError("error body without 'error': " + body());
            }
            return this;
        }

        public Reply assertStatus(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + " but got " + status + ": " + body());
            }
            return this;
        }
    }
}
