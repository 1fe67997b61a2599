package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.account.PreferencesService;
import org.selene.domain.device.DateFormat;
import org.selene.domain.device.MeasurementSystem;
import org.selene.domain.device.TimeFormat;
import org.selene.domain.shared.DbLabel;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.JsonBody;
import org.selene.web.session.AccountAuthenticated;
import org.selene.web.session.AuthenticatedAccount;

import java.util.Set;

/** Date, time and unit preferences of all the account's devices; 204 while none exist (the app relies on it). */
@Path("preferences")
@AccountAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PreferencesResource extends UpsertResource {

    static final Set<String> FIELDS = Set.of("dateFormat", "measurementSystem", "timeFormat");

    @Inject
    AuthenticatedAccount caller;

    @Inject
    PreferencesService preferences;

    @GET
    public Response preferences() {
        return preferences.preferences(caller.id()).map(p -> Response.ok(AccountWire.preferences(p)))
                .orElseGet(Response::noContent).build();
    }

    /** All three fields are required (Selene: 500 when one was missing). */
    @Override
    protected Response save(String body) {
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), FIELDS);
        preferences.save(caller.id(),
                label(DateFormat.class, json, "dateFormat"),
                label(TimeFormat.class, json, "timeFormat"),
                label(MeasurementSystem.class, json, "measurementSystem"));
        return Response.noContent().build();
    }

    static <E extends Enum<E> & DbLabel> E label(Class<E> type, JsonObject json, String field) {
        String value = JsonBody.requiredString(json, field);
        for (E constant : type.getEnumConstants()) {
            if (constant.label().equals(value)) {
                return constant;
            }
        }
        throw DomainException.badRequest(field + ": Value must be one of the offered choices.");
    }
}
