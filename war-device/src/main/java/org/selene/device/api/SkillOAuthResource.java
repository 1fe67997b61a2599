package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import org.selene.domain.upstream.SkillOAuthService;

import java.util.UUID;

/**
 * A skill asks the OAuth service for its owner's token (docs/device-api.md §6.20): the upstream's
 * answer and status as they are. Every other two-segment device route has a longer literal path
 * and is matched first.
 */
@Path("device/{uuid}/{oauthPath}/{credentials}")
@DeviceAuthenticated
@ApplicationScoped
public class SkillOAuthResource {

    @Inject
    SkillOAuthService oauth;

    @Inject
    UpstreamExecutor upstream;

    /** ovos-backend-client 1.0.1 sends refresh=True (Python's spelling); only an explicit false keeps a due token as it is. */
    @GET
    public void token(@PathParam("uuid") UUID device, @PathParam("oauthPath") String oauthPath, @PathParam("credentials") String credentials,
                      @QueryParam("refresh") String refresh, @Suspended AsyncResponse response) {
        boolean refreshDue = !("false".equalsIgnoreCase(refresh) || "0".equals(refresh));
        upstream.answer(response, guard -> UpstreamAnswers.asIs(guard.oauth(() -> oauth.token(device, oauthPath, credentials, refreshDue))));
    }
}
