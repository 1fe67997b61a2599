package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.shared.DomainException;
import org.selene.domain.upstream.OAuthProviderService;
import org.selene.web.http.ClientAddress;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * Where an OAuth provider sends the person back (docs/device-api.md §6.21.2) after an authorization a device started
 * ({@link OAuthAuthorizationResource}): unauthenticated, the state it carries names the
 * authorization. Selene's own redirect target, GET /v1/auth/callback without a token_id, is
 * {@link OAuthCallbackResource}.
 */
@Path("auth/callback/{token_id}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OAuthRedirectResource {

    /** Far longer than any state this server hands out. */
    static final int MAX_STATE = 200;

    @Inject
    OAuthProviderService providers;

    @Inject
    ClientAddress client;

    @Inject
    UpstreamExecutor upstream;

    @GET
    public void redirect(@PathParam("token_id") String tokenId, @QueryParam("state") String state, @QueryParam("code") String code,
                         @QueryParam("error") String error, @Suspended AsyncResponse response) {
        if (state != null && state.length() > MAX_STATE) {
            throw DomainException.badRequest("state: too long");
        }
        String address = client.current();
        upstream.answer(response, guard -> {
            guard.oauth(() -> {
                providers.authorize(tokenId, state, code, error, address);
                return null;
            });
            JsonObject done = JSON.createObjectBuilder().add("token_id", tokenId)
                    .add("message", "authorized: the skill's device can now get its token").build();
            return Response.ok(done, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store").build();
        });
    }
}
