package org.selene.web.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import static org.selene.domain.shared.JsonText.JSON;

/** The one error shape of every API: {"error": "..."}. */
public final class JsonError {

    private JsonError() {
    }

    public static String body(String message) {
        return JSON.createObjectBuilder().add("error", message == null ? "error" : message).build().toString();
    }

    public static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(message)).build();
    }

    public static Response response(Response.Status status, String message) {
        return response(status.getStatusCode(), message);
    }
}
