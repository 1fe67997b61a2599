package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.device.CurrentEtags;
import org.selene.domain.device.DeviceCaches;
import org.selene.domain.device.EtagKind;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Selene's conditional GET: If-None-Match compared byte for byte with the current ETag gives 304
 * before any data is read; otherwise the data with an unquoted ETag header. A body is served from
 * the cache while the ETag it was cached under stands: one that every change of its data replaces
 * ({@link EtagKind#bodyVersion()}).
 */
@ApplicationScoped
public class ConditionalGet {

    /** What the body cache holds for a 204: no JSON body is empty. */
    private static final String NO_CONTENT = "";

    @Inject
    CurrentEtags etags;

    @Inject
    DeviceCaches caches;

    /**
     * @param representation which of the shapes sharing this ETag is served (v1 and v2 skill
     *                       settings share one), part of the body cache's key
     */
    public Response respond(EtagKind kind, String representation, UUID deviceId, HttpHeaders headers, Supplier<Object> body) {
        String current = etags.of(kind, deviceId);
        if (current.equals(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
            return Response.notModified().build();
        }
        String version = kind.bodyVersion() == kind ? current : etags.of(kind.bodyVersion(), deviceId);
        return cached(kind.bodyVersion(), representation, deviceId, version, body, current);
    }

    /** A route without an ETag of its own (Selene's /subscription, /voice): its body cached under an internal one. */
    public Response respond(EtagKind kind, String representation, UUID deviceId, Supplier<Object> body) {
        return cached(kind, representation, deviceId, etags.of(kind, deviceId), body, null);
    }

    /** @param etagHeader sent with a 200, if any (204/404 carry no ETag) */
    private Response cached(EtagKind version, String representation, UUID deviceId, String etag, Supplier<Object> body, String etagHeader) {
        String key = version.key(deviceId) + '/' + representation;
        Optional<String> cached = caches.body(key, etag);
        if (cached.isPresent()) {
            return cached.get().equals(NO_CONTENT) ? Response.noContent().build() : ok(cached.get(), etagHeader);
        }
        Object entity = body.get();
        if (entity instanceof Response noData) {
            if (noData.getStatus() == 204) {
                caches.putBody(key, etag, NO_CONTENT);
            }
            return noData;
        }
        if (entity instanceof JsonStructure json) {
            String serialized = json.toString();
            caches.putBody(key, etag, serialized);
            return ok(serialized, etagHeader);
        }
        return Response.ok(entity).header(HttpHeaders.ETAG, etagHeader).build();
    }

    /** Written as bytes: Jersey writes a String through a new encoder and its 8 KiB buffer per response. */
    private static Response ok(String json, String etagHeader) {
        return Response.ok(json.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, etagHeader).build();
    }
}
