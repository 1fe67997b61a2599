package org.selene.device.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.device.DeviceCaches;
import org.selene.domain.device.EtagKind;
import org.selene.domain.device.EtagService;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Selene's conditional GET: If-None-Match compared byte for byte with the current ETag gives 304
 * before any data is read; otherwise the data with an unquoted ETag header. A body whose ETag is
 * replaced on every change of its data is served from the cache while that ETag stands.
 */
@ApplicationScoped
public class ConditionalGet {

    // @EJB for the reason given in DeviceAuthenticationFilter: this runs on every conditional GET
    @EJB
    EtagService etags;

    @Inject
    DeviceCaches caches;

    /**
     * @param representation which of the shapes sharing this ETag is served (v1 and v2 skill
     *                       settings share one), part of the body cache's key
     */
    public Response respond(EtagKind kind, String representation, UUID deviceId, HttpHeaders headers, Supplier<Object> body) {
        String current = etags.current(kind, deviceId);
        if (current.equals(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
            return Response.notModified().build();
        }
        String key = kind.key(deviceId) + '/' + representation;
        Optional<String> cached = kind.changesWithItsData() ? caches.body(key, current) : Optional.empty();
        if (cached.isPresent()) {
            return Response.ok(cached.get(), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, current).build();
        }
        Object entity = body.get();
        if (entity instanceof Response noData) {
            // 204/404 carry no ETag
            return noData;
        }
        if (kind.changesWithItsData() && entity instanceof JsonStructure json) {
            String serialized = json.toString();
            caches.putBody(key, current, serialized);
            return Response.ok(serialized, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, current).build();
        }
        return Response.ok(entity).header(HttpHeaders.ETAG, current).build();
    }
}
