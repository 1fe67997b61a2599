package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.device.AdminDeviceService;
import org.selene.domain.shared.DomainException;
import org.selene.domain.skill.AdminSkillSettingsService;
import org.selene.web.http.JsonBody;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * Shared and per-device skill settings of the personal backend's admin API, over the data
 * GET /v1/device/{uuid}/skill/settings serves: a change reaches the device on its next poll (its ETag
 * changes). A skill is named by its gid or its family name; definitions come from the devices
 * (settingsMeta), so display_name and metadata_json of a body are not stored. A delete takes the
 * skill off the devices it reaches, as the device's own DELETE /skill/{gid} does.
 */
@Path("admin")
@AdminAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminSkillSettingsResource {

    static final Set<String> FIELDS = Set.of("skill_id", "display_name", "settings_json", "metadata_json");

    @Inject
    AdminSkillSettingsService settings;

    @Inject
    AdminDeviceService devices;

    @GET
    @Path("skill_settings/list")
    public JsonArray shared() {
        return entries(settings.shared());
    }

    @GET
    @Path("skill_settings/{skill_id}")
    public JsonObject sharedEntry(@PathParam("skill_id") String skillId) {
        return entry(settings.sharedEntry(skillId));
    }

    @PUT
    @Path("skill_settings/{skill_id}")
    @Consumes(MediaType.WILDCARD)
    public JsonObject changeShared(@PathParam("skill_id") String skillId, String body) {
        return entry(settings.changeShared(skillId, values(body)));
    }

    /** The skill leaves every sharing household device's /skill/settings; {"success": false} when none has it. */
    @DELETE
    @Path("skill_settings/{skill_id}")
    public JsonObject deleteShared(@PathParam("skill_id") String skillId) {
        return AdminDefinitionsResource.success(settings.removeShared(skillId));
    }

    @POST
    @Path("skill_settings")
    @Consumes(MediaType.WILDCARD)
    public JsonObject addShared(String body) {
        return changeShared(JsonBody.requiredString(JsonBody.parseObject(body), "skill_id"), body);
    }

    @GET
    @Path("{uuid}/skill_settings/list")
    public JsonArray ofDevice(@PathParam("uuid") String uuid) {
        return entries(settings.ofDevice(existing(uuid)));
    }

    @GET
    @Path("{uuid}/skill_settings/{skill_id}")
    public JsonObject deviceEntry(@PathParam("uuid") String uuid, @PathParam("skill_id") String skillId) {
        return entry(settings.deviceEntry(existing(uuid), skillId));
    }

    /** On an isolated device only there; on a sharing device, on every device that shares. */
    @PUT
    @Path("{uuid}/skill_settings/{skill_id}")
    @Consumes(MediaType.WILDCARD)
    public JsonObject changeOnDevice(@PathParam("uuid") String uuid, @PathParam("skill_id") String skillId, String body) {
        return entry(settings.changeOnDevice(existing(uuid), skillId, values(body)));
    }

    /** From this device if isolated, else from every device of its account that shares them (as a PUT reaches them). */
    @DELETE
    @Path("{uuid}/skill_settings/{skill_id}")
    public JsonObject deleteOnDevice(@PathParam("uuid") String uuid, @PathParam("skill_id") String skillId) {
        return AdminDefinitionsResource.success(settings.removeOnDevice(existing(uuid), skillId));
    }

    @POST
    @Path("{uuid}/skill_settings")
    @Consumes(MediaType.WILDCARD)
    public JsonObject addOnDevice(@PathParam("uuid") String uuid, String body) {
        return changeOnDevice(uuid, JsonBody.requiredString(JsonBody.parseObject(body), "skill_id"), body);
    }

    private UUID existing(String uuid) {
        UUID id = AdminDevicesResource.deviceId(uuid);
        devices.existing(id);
        return id;
    }

    /** settings_json as an object, or as JSON text of one (the client's json.dumps). */
    private static JsonObject values(String body) {
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), FIELDS);
        JsonValue values = json.get("settings_json");
        if (values instanceof JsonString text) {
            values = JsonBody.parseValue(text.getString());
        }
        if (values == null || values.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (values.getValueType() != JsonValue.ValueType.OBJECT) {
            throw DomainException.badRequest("settings_json: must be an object");
        }
        return values.asJsonObject();
    }

    private static JsonArray entries(List<AdminSkillSettingsService.Entry> entries) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        entries.forEach(e -> out.add(entry(e)));
        return out.build();
    }

    private static JsonObject entry(AdminSkillSettingsService.Entry e) {
        return JSON.createObjectBuilder().add("skillMetadata", e.metadata()).add("skill_gid", e.skillGid())
                .add("display_name", e.displayName()).build();
    }
}
