package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.shared.DomainException;
import org.selene.domain.skill.OAuthAppService;
import org.selene.web.http.JsonBody;

import java.util.Set;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * The admin API's OAuth apps (/admin/oauth_apps) and tokens (/admin/oauth_toks), the household's
 * skill OAuth credentials (OAuthAppService). An app's entry carries client_secret: ovos-backend-manager
 * shows and edits it and exchanges the provider's code with it. "Not found" is 404 JSON.
 */
@Path("admin")
@AdminAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminOAuthResource {

    static final Set<String> APP_FIELDS = Set.of("token_id", "client_id", "client_secret", "auth_endpoint", "token_endpoint",
            "refresh_endpoint", "callback_endpoint", "scope", "shell_integration");
    static final Set<String> TOKEN_FIELDS = Set.of("token_id", "token_data");
    static final int MAX_ENDPOINT = OAuthAppService.MAX_FIELD;

    @Inject
    OAuthAppService oauth;

    @GET
    @Path("oauth_apps/list")
    public JsonArray apps() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        oauth.apps().forEach(a -> out.add(app(a)));
        return out.build();
    }

    @GET
    @Path("oauth_apps/{token_id}")
    public JsonObject app(@PathParam("token_id") String tokenId) {
        return app(oauth.app(tokenId).orElseThrow(AdminOAuthResource::notFound));
    }

    /** Creates the app, or replaces the one with that token_id. refresh_endpoint is optional (client 1.0.1 never sends it). */
    @POST
    @Path("oauth_apps")
    @Consumes(MediaType.WILDCARD)
    public JsonObject addApp(String body) {
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), APP_FIELDS);
        Boolean shell = JsonBody.optionalBoolean(json, "shell_integration");
        return app(oauth.save(new OAuthAppService.App(tokenId(JsonBody.requiredString(json, "token_id")),
                text(JsonBody.requiredText(json, "client_id"), "client_id"), or(text(json, "client_secret"), ""),
                endpoint(json, "auth_endpoint", true), endpoint(json, "token_endpoint", true), endpoint(json, "refresh_endpoint", false),
                endpoint(json, "callback_endpoint", false), or(text(json, "scope"), ""), shell == null || shell)));
    }

    /** The create fields, all optional: null or absent keeps the value (the client sends null for what it does not change). */
    @PUT
    @Path("oauth_apps/{token_id}")
    @Consumes(MediaType.WILDCARD)
    public JsonObject updateApp(@PathParam("token_id") String tokenId, String body) {
        OAuthAppService.App old = oauth.app(tokenId).orElseThrow(AdminOAuthResource::notFound);
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), APP_FIELDS);
        sameTokenId(json, tokenId);
        String clientId = text(json, "client_id");
        if (clientId != null && clientId.isBlank()) {
            throw DomainException.badRequest("client_id: This field is required.");
        }
        Boolean shell = JsonBody.optionalBoolean(json, "shell_integration");
        return app(oauth.save(new OAuthAppService.App(tokenId, or(clientId, old.clientId()), or(text(json, "client_secret"), old.clientSecret()),
                or(endpoint(json, "auth_endpoint", false), old.authEndpoint()), or(endpoint(json, "token_endpoint", false), old.tokenEndpoint()),
                or(endpoint(json, "refresh_endpoint", false), old.refreshEndpoint()),
                or(endpoint(json, "callback_endpoint", false), old.callbackEndpoint()), or(text(json, "scope"), old.scope()),
                shell != null ? shell : old.shellIntegration())));
    }

    @DELETE
    @Path("oauth_apps/{token_id}")
    public JsonObject deleteApp(@PathParam("token_id") String tokenId) {
        return AdminDefinitionsResource.success(oauth.delete(tokenId));
    }

    @GET
    @Path("oauth_toks/list")
    public JsonArray tokens() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        oauth.tokens().forEach(t -> out.add(token(t)));
        return out.build();
    }

    @GET
    @Path("oauth_toks/{token_id}")
    public JsonObject token(@PathParam("token_id") String tokenId) {
        return token(oauth.token(tokenId).orElseThrow(AdminOAuthResource::notFound));
    }

    /** The personal backend's create route. */
    @POST
    @Path("oauth_toks")
    @Consumes(MediaType.WILDCARD)
    public JsonObject addToken(String body) {
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), TOKEN_FIELDS);
        return token(oauth.saveToken(JsonBody.requiredString(json, "token_id"), AdminDevicesResource.object(required(json, "token_data"), "token_data")));
    }

    /** ovos-backend-client 1.0.1's add_oauth_token sends PUT (the personal backend answered 405): the same as POST. */
    @PUT
    @Path("oauth_toks")
    @Consumes(MediaType.WILDCARD)
    public JsonObject putToken(String body) {
        return addToken(body);
    }

    @PUT
    @Path("oauth_toks/{token_id}")
    @Consumes(MediaType.WILDCARD)
    public JsonObject updateToken(@PathParam("token_id") String tokenId, String body) {
        oauth.token(tokenId).orElseThrow(AdminOAuthResource::notFound);
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), TOKEN_FIELDS);
        sameTokenId(json, tokenId);
        return token(oauth.saveToken(tokenId, AdminDevicesResource.object(required(json, "token_data"), "token_data")));
    }

    @DELETE
    @Path("oauth_toks/{token_id}")
    public JsonObject deleteToken(@PathParam("token_id") String tokenId) {
        return AdminDefinitionsResource.success(oauth.deleteToken(tokenId));
    }

    private static JsonObject app(OAuthAppService.App a) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("token_id", a.tokenId()).add("client_id", a.clientId())
                .add("client_secret", a.clientSecret()).add("auth_endpoint", a.authEndpoint()).add("token_endpoint", a.tokenEndpoint());
        // refresh requests go to the token endpoint (RFC 6749 §6) when no other was given
        json.add("refresh_endpoint", or(a.refreshEndpoint(), a.tokenEndpoint()));
        if (a.callbackEndpoint() == null) {
            json.addNull("callback_endpoint");
        } else {
            json.add("callback_endpoint", a.callbackEndpoint());
        }
        return json.add("scope", a.scope()).add("shell_integration", a.shellIntegration()).build();
    }

    private static JsonObject token(OAuthAppService.Token t) {
        return JSON.createObjectBuilder().add("token_id", t.tokenId()).add("token_data", t.data()).build();
    }

    private static String tokenId(String value) {
        if (value.isBlank()) {
            throw DomainException.badRequest("token_id: This field is required.");
        }
        return JsonBody.limited(value, "token_id", OAuthAppService.MAX_TOKEN_ID);
    }

    private static void sameTokenId(JsonObject json, String tokenId) {
        String given = JsonBody.optionalString(json, "token_id");
        if (given != null && !given.equals(tokenId)) {
            throw DomainException.badRequest("token_id: differs from the path's");
        }
    }

    private static JsonObject required(JsonObject json, String field) {
        if (!json.containsKey(field) || json.isNull(field)) {
            throw DomainException.badRequest(field + ": This field is required.");
        }
        return json;
    }

    private static String text(JsonObject json, String field) {
        return text(JsonBody.optionalString(json, field), field);
    }

    static String text(String value, String field) {
        return value == null ? null : JsonBody.limited(value, field, MAX_ENDPOINT);
    }

    /** An http(s) URL; an empty one counts as not given (the manager's form sends "" for an empty field). */
    private static String endpoint(JsonObject json, String field, boolean required) {
        return endpoint(text(json, field), field, required);
    }

    /** The same rule for a value given some other way (a device's query parameter). */
    static String endpoint(String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw DomainException.badRequest(field + ": This field is required.");
            }
            return null;
        }
        if (!OAuthAppService.isEndpoint(value)) {
            throw DomainException.badRequest(field + ": must be an http(s) URL");
        }
        return value.trim();
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static DomainException notFound() {
        return DomainException.notFound("entry not found");
    }
}
