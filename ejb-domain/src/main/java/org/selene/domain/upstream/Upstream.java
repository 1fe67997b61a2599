package org.selene.domain.upstream;

import org.selene.domain.shared.DomainException;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rules every upstream call follows: what is not configured, how to address it, how it refuses. */
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

    /** An upstream refusal (4xx) keeps its status and is told in our JSON error shape, never with the key. */
    public static UpstreamReply refusedUnlessOk(String service, UpstreamReply reply) {
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
