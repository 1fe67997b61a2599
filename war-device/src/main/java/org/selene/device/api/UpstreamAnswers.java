package org.selene.device.api;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.selene.domain.shared.DomainException;
import org.selene.domain.shared.JsonText;
import org.selene.domain.upstream.UpstreamReply;
import org.selene.web.json.CamelCase;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the upstream proxies share on the wire: the device's query as sent, answers as they are or JSON re-keyed. */
final class UpstreamAnswers {

    private UpstreamAnswers() {
    }

    /**
     * Every query parameter of the request, repeated ones included, in the device's order. Read
     * from the raw query: UriInfo's map keeps that order on Jersey (Payara) but not on RESTEasy
     * (WildFly), and the order is part of the upstream cache's key.
     */
    static List<Map.Entry<String, String>> query(UriInfo uri) {
        String raw = uri.getRequestUri().getRawQuery();
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            query.add(Map.entry(decode(equals < 0 ? pair : pair.substring(0, equals)), equals < 0 ? "" : decode(pair.substring(equals + 1))));
        }
        return query;
    }

    /** The request URI is a java.net.URI: a broken percent escape never gets this far. */
    private static String decode(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    /** The upstream's answer as it is: status, content type and bytes. */
    static Response asIs(UpstreamReply reply) {
        return Response.status(reply.status()).type(reply.contentType()).entity(reply.body()).build();
    }

    /** Upstream JSON re-keyed to camelCase (docs/device-api.md §1.1); anything else is the upstream's fault. */
    static JsonValue camelCaseJson(UpstreamReply reply, String service) {
        try {
            return CamelCase.rekey(JsonText.parse(reply.text()));
        } catch (JsonException e) {
            throw new DomainException(502, service + " answered something that is not JSON");
        }
    }
}
