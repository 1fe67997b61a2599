package org.selene.account.api;

import org.selene.web.account.AccountProfileEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.account.AccountProfileService;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.JsonBody;
import org.selene.web.session.AccountAuthenticated;

import java.util.Set;

/** The signed-in person's profile: read, change (username, Open Dataset), delete. */
@Path("account")
@AccountAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource extends AccountProfileEndpoint {

    static final Set<String> CHANGEABLE = Set.of("username", "openDataset", "membership");
    static final Set<String> MEMBERSHIP_FIELDS = Set.of("action", "membershipType", "paymentMethod", "paymentToken");

    /**
     * The new-account page always sends "membership"; null works without a payment provider.
     * Selene answered an unknown key with 400 after applying the keys before it; nothing is applied here.
     */
    @PATCH
    @Consumes(MediaType.WILDCARD)
    public Response update(String body) {
        JsonObject changes = JsonBody.parseObject(body);
        for (String key : changes.keySet()) {
            if (!CHANGEABLE.contains(key)) {
                throw DomainException.badRequest("update of " + key + " not supported");
            }
        }
        requireNoMembershipAction(changes.getOrDefault("membership", JsonValue.NULL));
        String username = JsonBody.limited(JsonBody.optionalString(changes, "username"), "username", 100);
        profiles.update(caller.id(), new AccountProfileService.ProfileChange(username, JsonBody.optionalBoolean(changes, "openDataset")));
        return Response.noContent().build();
    }

    /**
     * The new-account page sends {action: null, ...} for the free tier: that is no change. Any
     * action needs a payment provider, which this server does not have.
     */
    private static void requireNoMembershipAction(JsonValue membership) {
        if (membership.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (!(membership instanceof JsonObject update)) {
            throw DomainException.badRequest("membership: must be an object");
        }
        JsonBody.allowOnly(update, MEMBERSHIP_FIELDS);
        for (String field : MEMBERSHIP_FIELDS) {
            JsonBody.optionalString(update, field);
        }
        if (JsonBody.optionalString(update, "action") != null) {
            throw new DomainException(503, "memberships are not available: no payment provider is configured");
        }
    }

    @DELETE
    public Response delete() {
        profiles.delete(caller.id());
        return Response.noContent().build();
    }
}
