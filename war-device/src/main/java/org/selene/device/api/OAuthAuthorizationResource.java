package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.selene.domain.skill.OAuthAppService;
import org.selene.domain.upstream.OAuthProviderService;
import org.selene.web.http.ClientAddress;

import java.util.Optional;
import java.util.UUID;

/**
 * The personal backend's device-side OAuth flow (docs/device-api.md §6.21.1): a skill asks for the
 * URL a person opens to authorize its app; the provider then redirects to
 * {@link OAuthRedirectResource}, and the device gets the token from /device/{uuid}/token/{token_id}.
 * The app's settings come as query parameters, used only when the app is not here yet.
 */
@Path("auth/{token_id}/auth_url")
@DeviceAuthenticated
@ApplicationScoped
public class OAuthAuthorizationResource {

    @Inject
    OAuthProviderService providers;

    @Inject
    ClientAddress client;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response authorizationUrl(@Context SecurityContext security, @PathParam("token_id") String tokenId,
                                     @QueryParam("client_id") String clientId, @QueryParam("client_secret") String clientSecret,
                                     @QueryParam("auth_endpoint") String authEndpoint, @QueryParam("token_endpoint") String tokenEndpoint,
                                     @QueryParam("refresh_endpoint") String refreshEndpoint, @QueryParam("scope") String scope) {
        UUID device = DevicePrincipal.of(security);
        // the person's browser reaches the server where the device does (the personal backend's rule
        // too), or where a trusted TLS proxy says it is reached
        String callbackBase = client.publicBase(uri.getBaseUri()).toString() + "auth/callback/";
        Optional<OAuthAppService.App> offered = Optional.empty();
        if (clientId != null && !clientId.isBlank()) {
            offered = Optional.of(new OAuthAppService.App(tokenId, AdminOAuthResource.text(clientId, "client_id"),
                    clientSecret == null ? "" : AdminOAuthResource.text(clientSecret, "client_secret"),
                    AdminOAuthResource.endpoint(authEndpoint, "auth_endpoint", true), AdminOAuthResource.endpoint(tokenEndpoint, "token_endpoint", true),
                    AdminOAuthResource.endpoint(refreshEndpoint, "refresh_endpoint", false), callbackBase + tokenId,
                    scope == null ? "" : AdminOAuthResource.text(scope, "scope"), true));
        }
        String url = providers.authorizationUrl(device, tokenId, offered, callbackBase);
        return Response.ok(url, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).header("Cache-Control", "no-store").build();
    }
}
