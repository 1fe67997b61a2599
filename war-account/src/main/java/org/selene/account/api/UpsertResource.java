package org.selene.account.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A resource whose POST and PATCH are the same upsert: Selene's app sends either, whether or not
 * anything was stored before. Each subclass keeps its @Path, scope and authentication.
 */
public abstract class UpsertResource {

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(String body) {
        return save(body);
    }

    @PATCH
    @Consumes(MediaType.WILDCARD)
    public Response change(String body) {
        return save(body);
    }

    protected abstract Response save(String body);
}
