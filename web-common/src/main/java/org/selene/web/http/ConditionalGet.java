package org.selene.web.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.selene.domain.device.EtagKind;
import org.selene.domain.device.EtagService;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Selene's conditional GET: If-None-Match compared byte for byte with the stored ETag gives 304
 * before any data is read; otherwise the data with an unquoted ETag header.
 */
public final class ConditionalGet {

    private ConditionalGet() {
    }

    public static Response respond(EtagService etags, EtagKind kind, UUID deviceId, HttpHeaders headers, Supplier<Object> body) {
        String current = etags.current(kind, deviceId);
        if (current.equals(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
            return Response.notModified().build();
        }
        Object entity = body.get();
        if (entity instanceof Response noData) {
            // 204/404 carry no ETag
            return noData;
        }
        return Response.ok(entity).header(HttpHeaders.ETAG, current).build();
    }
}
