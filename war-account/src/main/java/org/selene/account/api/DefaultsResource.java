package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.device.AccountDefaultsService;
import org.selene.web.http.JsonBody;
import org.selene.web.session.AccountAuthenticated;
import org.selene.web.session.AuthenticatedAccount;

import java.util.Set;

/** What the device form pre-fills (names, as the app sends them); 204 while none exist. */
@Path("defaults")
@AccountAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DefaultsResource extends UpsertResource {

    static final Set<String> FIELDS = Set.of("city", "country", "region", "timezone", "voice", "wakeWord");

    @Inject
    AuthenticatedAccount caller;

    @Inject
    AccountDefaultsService defaults;

    @GET
    public Response defaults() {
        return defaults.defaults(caller.id()).map(d -> Response.ok(AccountWire.defaults(d))).orElseGet(Response::noContent).build();
    }

    @Override
    protected Response save(String body) {
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), FIELDS);
        defaults.save(caller.id(), field(json, "country"), field(json, "region"), field(json, "city"), field(json, "timezone"),
                field(json, "wakeWord"), field(json, "voice"));
        return Response.noContent().build();
    }

    private static String field(JsonObject json, String name) {
        return JsonBody.limited(JsonBody.optionalString(json, name), name, DeviceEdit.MAX_TEXT);
    }
}
