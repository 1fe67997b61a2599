package org.selene.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Answers the container gives before (or instead of) the application: each is JSON, as the
 * application's own errors are, and names neither the server nor a stack frame. Sent over a raw
 * socket, because a well-behaved client library refuses to send most of these requests.
 */
@SeleneIT
class ContainerErrorsIT {

    @Test
    void aPathThatClimbsOutOfItsContext() throws IOException {
        assertJsonError(raw("GET /v1/device/..%2F..%2Fetc%2Fpasswd/setting HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400, 404);
        assertJsonError(raw("GET /v1/device/../../sso/api/x HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 400, 404);
    }

    /**
     * Paths Catalina's adapter refuses before any application or valve sees them; module
     * payara-request-guard answers them in the connector with JSON (it used to be an empty 400, and
     * an undecodable path a 200 with an empty body).
     */
    @Test
    void aPathTheConnectorRefuses() throws IOException {
        String[][] cases = {
                {"/v1/../../etc/passwd", "climb above the root"},
                {"/v1/%2e%2e/%2e%2e/etc/passwd", "climb above the root"},
                {"/v1/device/x/setting%00", "NUL"},
                {"/v1/x/%zz", "hexadecimal"},
                {"/%zz", "hexadecimal"},
                {"/v1/x%c3%28", "UTF-8"},
                {"/v1/x%5Cy", "backslash"},
                {"/v1/x\\y", "backslash"},
        };
        for (String[] c : cases) {
            Reply reply = raw("GET " + c[0] + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertJsonError(reply, 400);
            assertTrue(reply.body.contains(c[1]), c[0] + " -> " + reply.body);
            assertEquals("nosniff", reply.header("x-content-type-options"), c[0]);
        }
    }

    /**
     * A request line or header Grizzly's codec cannot take: it used to answer an empty 400 before any
     * filter or application; payara-request-guard's HeaderErrorFilter answers with the status that
     * names the problem. Just over the limit (8 KiB), so that the server reads the whole request
     * before it closes the connection (unread bytes would turn the close into a reset).
     */
    @Test
    void aRequestLineOrHeaderTooLargeForTheConnector() throws IOException {
        Reply longLine = raw("GET /v1/device/" + "a".repeat(9000) + "/setting HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertJsonError(longLine, 414);
        assertTrue(longLine.body.contains("request line too long"), longLine.body);
        assertEquals("close", longLine.header("connection"));
        Reply bigHeader = raw("GET /v1/device/code?state=x HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "b".repeat(9000)
                + "\r\nConnection: close\r\n\r\n");
        assertJsonError(bigHeader, 431);
        assertEquals("nosniff", bigHeader.header("x-content-type-options"));
        // a request that fits is still served on a new connection
        assertJsonError(raw("GET /v1/device/code HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "b".repeat(4000)
                + "\r\nConnection: close\r\n\r\n"), 400);
    }

    /** What the adapter accepts goes on to the application unchanged: an encoded slash is a 404 of the API. */
    @Test
    void aPathTheConnectorPassesOn() throws IOException {
        assertJsonError(raw("GET /v1/x%2Fy HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 404);
        assertJsonError(raw("GET /v1/device/%41bc/setting HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 401);
    }

    @Test
    void aPathOutsideEveryApplication() throws IOException {
        assertJsonError(raw("GET /no-such-context/x HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\nConnection: close\r\n\r\n"), 404);
    }

    @Test
    void aMethodNoRouteHas() throws IOException {
        assertJsonError(raw("DELETE /v1/device/code HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 405);
    }

    /** A method no servlet implements is the container's 501 underneath: the client gets 405 with Allow, never a 5xx. */
    @Test
    void aMethodNoServletImplements() throws IOException {
        for (String target : new String[]{"PROPFIND /sso/x", "FOO /account/x", "PATCH /market/x", "PATCH /health/ready", "PATCH /no-such-context/x", "PATCH /api/account"}) {
            String[] parts = target.split(" ");
            Reply reply = raw(parts[0] + " " + parts[1] + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertJsonError(reply, 405);
            assertEquals("GET, HEAD, POST, OPTIONS", reply.header("allow"), target);
        }
    }

    private static void assertJsonError(Reply reply, int... statuses) {
        boolean expected = false;
        for (int status : statuses) {
            expected |= reply.status == status;
        }
        assertTrue(expected, "status " + reply.status + ": " + reply.head + reply.body);
        assertTrue(reply.header("content-type").startsWith("application/json"), reply.head + reply.body);
        JsonObject error = Json.createReader(new StringReader(reply.body)).readObject();
        assertFalse(error.getString("error").isBlank(), reply.body);
        String all = (reply.head + reply.body).toLowerCase(Locale.ROOT);
        assertFalse(all.contains("payara") || all.contains("glassfish") || all.contains("exception") || all.contains("at org."), reply.head + reply.body);
    }

    record Reply(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        }
    }

    /** One request as bytes on the wire; the answer read to the end (the request asks to close). */
    static Reply raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", SeleneServerExtension.server().httpPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split + 2);
            String body = split < 0 ? "" : text.substring(split + 4);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            return new Reply(status, head, body);
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }
}
