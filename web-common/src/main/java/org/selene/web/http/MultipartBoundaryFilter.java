package org.selene.web.http;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.selene.web.error.JsonError;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * ovos-backend-client 0.0.5 uploads wake words as "multipart/form-data" with no boundary (it sets
 * the header itself, so requests' boundary is lost). The boundary is then the body's first line
 * ("--" + boundary) and is put back into the Content-Type; a body that starts otherwise is a 400.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
@ApplicationScoped
public class MultipartBoundaryFilter implements ContainerRequestFilter {

    /** RFC 2046: a boundary is 1 to 70 characters; "--" and the line end come on top. */
    private static final int MAX_LINE = 2 + 70 + 2;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !"multipart".equalsIgnoreCase(type.getType()) || !"form-data".equalsIgnoreCase(type.getSubtype())
                || type.getParameters().keySet().stream().anyMatch("boundary"::equalsIgnoreCase)
                || !request.hasEntity()) {
            return;
        }
        BufferedInputStream body = new BufferedInputStream(request.getEntityStream(), MAX_LINE);
        String boundary;
        try {
            body.mark(MAX_LINE);
            boundary = boundary(body.readNBytes(MAX_LINE));
            body.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (boundary == null) {
            request.abortWith(JsonError.response(400, "multipart/form-data without a boundary, and the body does not start with one"));
            return;
        }
        request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, new MediaType("multipart", "form-data", Map.of("boundary", boundary)).toString());
        request.setEntityStream(body);
    }

    /** The boundary the first line names, or null. */
    static String boundary(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        if (!text.startsWith("--") || end < 0) {
            return null;
        }
        String boundary = text.substring(2, end).stripTrailing();
        return boundary.isEmpty() || boundary.length() > 70 || !boundary.chars().allMatch(c -> c > ' ' && c < 127 || c == ' ')
                ? null : boundary;
    }
}
