package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.selene.domain.upstream.SkillOAuthService;
import org.selene.domain.upstream.UpstreamReply;
import org.selene.web.device.AuthenticatedDevice;
import org.selene.web.device.DeviceAuthenticated;

/**
 * A skill asks the OAuth service for its owner's token (device-api.md §6.20): the upstream's
 * answer and status as they are. Every other two-segment device route has a longer literal path
 * and is matched first.
 */
@Path("device/{uuid}/{oauthPath}/{credentials}")
@DeviceAuthenticated
@ApplicationScoped
public class SkillOAuthResource {

    @Inject
    AuthenticatedDevice caller;

    @Inject
    SkillOAuthService oauth;

    @Inject
    UpstreamGuard guard;

    @GET
    public Response token(@PathParam("oauthPath") String oauthPath, @PathParam("credentials") String credentials) {
        return passThrough(guard.oauth(() -> oauth.token(caller.id(), oauthPath, credentials)));
    }

    static Response passThrough(UpstreamReply reply) {
        return Response.status(reply.status()).type(reply.contentType()).entity(reply.body()).build();
    }
}
