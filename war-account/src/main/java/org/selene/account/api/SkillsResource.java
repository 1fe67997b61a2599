package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.shared.DomainException;
import org.selene.domain.skill.AccountSkillSettingsService;
import org.selene.web.http.JsonBody;
import org.selene.web.session.AccountAuthenticated;
import org.selene.web.session.AuthenticatedAccount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/** The skills on the account's devices and their settings, through the same service the device API uses. */
@Path("skills")
@AccountAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SkillsResource {

    static final Set<String> UPDATE_FIELDS = Set.of("skillIds", "skillSettings");
    static final Set<String> ENTRY_FIELDS = Set.of("settingsDisplay", "settingsValues", "deviceNames");

    @Inject
    AuthenticatedAccount caller;

    @Inject
    AccountSkillSettingsService skills;

    @GET
    public JsonArray families() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (AccountSkillSettingsService.SkillFamily f : skills.accountSkills(caller.id())) {
            var json = JSON.createObjectBuilder().add("familyName", f.familyName()).add("hasSettings", true);
            if (f.marketId() == null) {
                json.addNull("marketId");
            } else {
                json.add("marketId", f.marketId().toString());
            }
            JsonArrayBuilder ids = JSON.createArrayBuilder();
            f.skillIds().forEach(id -> ids.add(id.toString()));
            out.add(json.add("name", f.name()).add("skillIds", ids));
        }
        return out.build();
    }

    /** Not re-keyed, as Selene: the definitions are the skills' own JSON. */
    @GET
    @Path("{family}/settings")
    public JsonArray settings(@PathParam("family") String family) {
        return skills.accountSkillSettings(caller.id(), family);
    }

    @PUT
    @Path("{family}/settings")
    @Consumes(MediaType.WILDCARD)
    public Response update(@PathParam("family") String family, String body) {
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), UPDATE_FIELDS);
        List<UUID> skillIds = new ArrayList<>();
        for (String id : JsonBody.requiredStrings(json, "skillIds")) {
            try {
                skillIds.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                throw DomainException.badRequest("skillIds: must be skill ids");
            }
        }
        if (!(json.get("skillSettings") instanceof JsonArray entries)) {
            throw DomainException.badRequest("skillSettings: must be an array");
        }
        List<AccountSkillSettingsService.AccountSettingsChange> changes = new ArrayList<>();
        for (JsonValue entry : entries) {
            if (!(entry instanceof JsonObject e)) {
                throw DomainException.badRequest("skillSettings: every entry must be an object");
            }
            JsonBody.allowOnly(e, ENTRY_FIELDS);
            if (!(e.get("settingsValues") instanceof JsonObject values)) {
                throw DomainException.badRequest("settingsValues: must be an object");
            }
            Map<String, JsonValue> copy = new LinkedHashMap<>(values);
            changes.add(new AccountSkillSettingsService.AccountSettingsChange(copy, JsonBody.requiredStrings(e, "deviceNames")));
        }
        skills.updateAccountSkillSettings(caller.id(), family, skillIds, changes);
        return Response.ok().build();
    }
}
