package org.selene.requestguard.wildfly;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import io.undertow.util.URLUtils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decodes the request path and query parameters that the HTTP listener left encoded
 * (decode-url=false), as Undertow's parser would have; a target it cannot decode gets a JSON 400
 * here instead of the parser's empty one. An encoded slash stays encoded, as with the listener's
 * default (allow-encoded-slash=false), so that %2F never splits a path segment.
 */
public class RequestTargetGuard implements HttpHandler {

    private final HttpHandler next;

    public RequestTargetGuard(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        StringBuilder buffer = new StringBuilder();
        try {
            exchange.setRequestPath(path(exchange.getRequestPath(), buffer));
            exchange.setRelativePath(path(exchange.getRelativePath(), buffer));
            exchange.setResolvedPath(path(exchange.getResolvedPath(), buffer));
        } catch (IllegalArgumentException e) {
            refuse(exchange, "malformed request path: '%' must be followed by two hexadecimal digits");
            return;
        }
        try {
            decodeQueryParameters(exchange.getQueryParameters(), buffer);
        } catch (IllegalArgumentException e) {
            refuse(exchange, "malformed query string: '%' must be followed by two hexadecimal digits");
            return;
        }
        next.handleRequest(exchange);
    }

    /** A path decoded as UTF-8, '%2F' left as it is; IllegalArgumentException for a broken escape. */
    static String path(String raw, StringBuilder buffer) {
        return raw.indexOf('%') < 0 ? raw : URLUtils.decode(raw, StandardCharsets.UTF_8.name(), false, false, buffer);
    }

    /** Keys and values decoded as a form's ('+' is a space); IllegalArgumentException for a broken escape. */
    static void decodeQueryParameters(Map<String, Deque<String>> parameters, StringBuilder buffer) {
        if (parameters.entrySet().stream().noneMatch(p -> encoded(p.getKey()) || p.getValue().stream().anyMatch(RequestTargetGuard::encoded))) {
            return; // nearly every query: nothing to decode, the parser's map stays as it is
        }
        Map<String, Deque<String>> decoded = new TreeMap<>();
        for (Map.Entry<String, Deque<String>> parameter : parameters.entrySet()) {
            Deque<String> values = new ArrayDeque<>(parameter.getValue().size());
            for (String value : parameter.getValue()) {
                values.add(formDecoded(value, buffer));
            }
            decoded.merge(formDecoded(parameter.getKey(), buffer), values, (a, b) -> {
                a.addAll(b);
                return a;
            });
        }
        parameters.clear();
        parameters.putAll(decoded);
    }

    private static boolean encoded(String raw) {
        return raw.indexOf('%') >= 0 || raw.indexOf('+') >= 0;
    }

    private static String formDecoded(String raw, StringBuilder buffer) {
        return encoded(raw) ? URLUtils.decode(raw, StandardCharsets.UTF_8.name(), true, true, buffer) : raw;
    }

    private static void refuse(HttpServerExchange exchange, String message) {
        exchange.setStatusCode(StatusCodes.BAD_REQUEST);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseHeaders().put(Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
        exchange.getResponseSender().send("{\"error\":\"" + message.replace("\"", "\\\"") + "\"}", StandardCharsets.UTF_8);
    }
}
