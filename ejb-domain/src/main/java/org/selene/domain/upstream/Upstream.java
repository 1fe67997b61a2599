package org.selene.domain.upstream;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.selene.domain.shared.DomainException;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The rules every upstream call follows: what is not configured, how to address it, how it fails. */
public final class Upstream {

    private Upstream() {
    }

    /** A setting without which the service is off: 503 naming the missing variable. */
    public static String required(Optional<String> setting, String variable, String service) {
        return setting.filter(v -> !v.isBlank())
                .orElseThrow(() -> new DomainException(503, service + " is not configured: " + variable + " is not set"));
    }

    /** base + "/" + path + "?" + the query, each parameter value URL-encoded in order. */
    public static URI uri(String base, String path, List<Map.Entry<String, String>> query) {
        StringBuilder uri = new StringBuilder(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        if (!path.isEmpty()) {
            uri.append('/').append(path);
        }
        char separator = '?';
        for (Map.Entry<String, String> parameter : query) {
            uri.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return URI.create(uri.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Runs an upstream call. The guards' own refusals become 502/503; an upstream 4xx keeps its
     * status and is told in our JSON error shape (with the upstream's short text, never the key).
     */
    public static UpstreamReply call(String service, Supplier<UpstreamReply> call) {
        UpstreamReply reply;
        try {
            reply = call.get();
        } catch (CircuitBreakerOpenException e) {
            throw new DomainException(503, service + " is temporarily unavailable after repeated upstream failures");
        } catch (BulkheadException e) {
            throw new DomainException(503, service + " is busy, try again shortly");
        } catch (FaultToleranceException e) {
            throw new DomainException(502, service + " did not answer in time");
        }
        if (reply.status() >= 400) {
            throw new DomainException(reply.status(), service + " refused the request (upstream status " + reply.status() + ")" + detail(reply));
        }
        return reply;
    }

    private static String detail(UpstreamReply reply) {
        String type = reply.contentType().toLowerCase();
        if (!(type.startsWith("text/") || type.contains("json")) || reply.body().length == 0 || reply.body().length > 500) {
            return "";
        }
        return ": " + reply.text().strip();
    }
}
