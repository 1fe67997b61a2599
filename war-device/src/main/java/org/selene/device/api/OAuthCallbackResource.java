package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.selene.domain.upstream.SkillOAuthService;

import java.util.List;
import java.util.Map;

/** The OAuth provider's redirect target (docs/device-api.md §6.21): unauthenticated, handed to the OAuth service. */
@Path("auth/callback")
@ApplicationScoped
public class OAuthCallbackResource {

    @Inject
    SkillOAuthService oauth;

    @Inject
    UpstreamExecutor upstream;

    @Context
    UriInfo uri;

    @GET
    public void callback(@Suspended AsyncResponse response) {
        List<Map.Entry<String, String>> query = UpstreamAnswers.query(uri);
        upstream.answer(response, guard -> UpstreamAnswers.asIs(guard.oauth(() -> oauth.callback(query))));
    }
}
