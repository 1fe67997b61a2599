package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import org.selene.domain.account.EmailAddress;
import org.selene.domain.device.AdminDefinitionService;
import org.selene.domain.device.AdminDeviceService;
import org.selene.domain.device.Device;
import org.selene.domain.device.DeviceLogin;
import org.selene.domain.device.DeviceOverrides;
import org.selene.domain.device.DeviceOverridesService;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.JsonBody;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * The OVOS personal backend's admin routes for devices (ovos-backend-client's AdminApi and
 * DatabaseApi, ovos-backend-manager): the 0.1.5 pair/device/location/prefs routes and the 0.2.0
 * CRUD. Every answer is the device record with exactly its 14 keys (the manager sends it back as
 * keyword arguments). An unknown device is 404 JSON: the personal backend answered 200 with
 * {"error": ...} (0.1.5) or 500 (0.2.0), a defect fixed here.
 */
@Path("admin")
@AdminAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminDevicesResource {

    static final int MAX_TEXT = 200;
    static final Set<String> RECORD_FIELDS = Set.of("uuid", "token", "name", "device_location", "opt_in", "location", "lang",
            "date_format", "system_unit", "time_format", "email", "isolated_skills", "ww_id", "voice_id");
    static final Set<String> PREFS_FIELDS = Set.of("time_format", "date_format", "system_unit", "lang", "tts_module", "tts_config",
            "wake_word", "ww_config", "ww_module");

    @Inject
    AdminDeviceService admin;

    @Inject
    AdminDefinitionService definitions;

    @Inject
    DeviceOverridesService overrides;

    @Inject
    EffectiveSettings effective;

    /** Pairs a device by hand: its login, as the 1.0.1 client saves it as the device's identity. */
    @GET
    @Path("{uuid}/pair")
    public JsonObject pair(@PathParam("uuid") String uuid) {
        DeviceLogin login = admin.pair(deviceId(uuid));
        return JSON.createObjectBuilder()
                .add("uuid", login.uuid().toString())
                .add("accessToken", login.accessToken())
                .add("refreshToken", login.refreshToken())
                .add("expires_at", Instant.now().getEpochSecond() + login.expiration())
                .build();
    }

    @PUT
    @Path("{uuid}/device")
    @Consumes(MediaType.WILDCARD)
    public JsonObject putDevice(@PathParam("uuid") String uuid, String body) {
        UUID id = deviceId(uuid);
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), Set.of("name", "opt_in", "device_location", "email", "isolated_skills", "lang"));
        return change(id, json);
    }

    /** The location object, stored as given and answered by the device's GET /location. */
    @PUT
    @Path("{uuid}/location")
    @Consumes(MediaType.WILDCARD)
    public JsonObject putLocation(@PathParam("uuid") String uuid, String body) {
        UUID id = deviceId(uuid);
        JsonObject location = JsonBody.parseObject(body);
        admin.existing(id);
        admin.edit(id, new AdminDeviceService.Edit(null, null, null, Map.of("location", location.toString())));
        return record(id);
    }

    /**
     * Preferences and the default voice and wake word. A wake word without its config takes
     * {"module": ww_module}, or {} (the personal backend failed with 500).
     */
    @PUT
    @Path("{uuid}/prefs")
    @Consumes(MediaType.WILDCARD)
    public JsonObject putPrefs(@PathParam("uuid") String uuid, String body) {
        UUID id = deviceId(uuid);
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), PREFS_FIELDS);
        admin.existing(id);
        Map<String, Object> values = new HashMap<>();
        for (String field : Set.of("time_format", "date_format", "system_unit", "lang")) {
            String value = limited(json, field);
            if (value != null) {
                values.put(field, value);
            }
        }
        String tts = limited(json, "tts_module");
        if (tts != null) {
            values.put("tts_module", tts);
            values.put("tts_config", object(json, "tts_config").toString());
            values.put("voice_id", null);
        }
        String wakeWord = limited(json, "wake_word");
        if (wakeWord != null) {
            String module = limited(json, "ww_module");
            JsonObject config = json.containsKey("ww_config") ? object(json, "ww_config")
                    : module != null ? JSON.createObjectBuilder().add("module", module).build() : JsonValue.EMPTY_JSON_OBJECT;
            values.put("wake_word", wakeWord);
            values.put("ww_config", config.toString());
            values.put("ww_id", null);
        }
        admin.edit(id, new AdminDeviceService.Edit(null, null, null, values));
        return record(id);
    }

    @GET
    @Path("devices/list")
    public JsonArray list() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        admin.all().forEach(d -> out.add(record(d.getId())));
        return out.build();
    }

    @GET
    @Path("devices/{uuid}")
    public JsonObject get(@PathParam("uuid") String uuid) {
        UUID id = deviceId(uuid);
        admin.existing(id);
        return record(id);
    }

    /** Creates a device (an existing uuid is updated, as there); a token is the one the device holds. */
    @POST
    @Path("devices")
    @Consumes(MediaType.WILDCARD)
    public JsonObject create(String body) {
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), RECORD_FIELDS);
        UUID id = deviceId(JsonBody.requiredString(json, "uuid"));
        String token = JsonBody.optionalString(json, "token");
        admin.upsert(id, token == null ? null : JsonBody.limited(token, "token", MAX_TEXT), new AdminDeviceService.Edit(null, null, null, Map.of()));
        return change(id, json);
    }

    @PUT
    @Path("devices/{uuid}")
    @Consumes(MediaType.WILDCARD)
    public JsonObject update(@PathParam("uuid") String uuid, String body) {
        UUID id = deviceId(uuid);
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), RECORD_FIELDS);
        String token = JsonBody.optionalString(json, "token");
        if (token != null) {
            // the 0.2.0 server ignored a token here: a re-pair of a known uuid failed silently
            admin.existing(id);
            admin.upsert(id, JsonBody.limited(token, "token", MAX_TEXT), new AdminDeviceService.Edit(null, null, null, Map.of()));
        }
        return change(id, json);
    }

    @DELETE
    @Path("devices/{uuid}")
    public JsonObject delete(@PathParam("uuid") String uuid) {
        admin.delete(deviceId(uuid));
        return JSON.createObjectBuilder().add("success", true).build();
    }

    /**
     * Applies the record fields that differ from what the device has now, so that a record sent
     * back unchanged (the manager's edit form) turns no account value into a device override.
     */
    private JsonObject change(UUID id, JsonObject json) {
        JsonObject current = record(id);
        Map<String, Object> values = new HashMap<>();
        String name = null;
        String placement = null;
        Boolean isolated = null;
        for (String field : json.keySet()) {
            JsonValue value = json.get(field);
            if (field.equals("uuid") || field.equals("token") || value.getValueType() == JsonValue.ValueType.NULL
                    || Objects.equals(value, current.get(field))) {
                continue;
            }
            switch (field) {
                case "name" -> name = limited(json, field);
                case "device_location" -> placement = limited(json, field);
                case "isolated_skills" -> isolated = JsonBody.optionalBoolean(json, field);
                case "opt_in" -> values.put("opt_in", JsonBody.optionalBoolean(json, field));
                case "email" -> values.put("email", EmailAddress.parse(limited(json, field))
                        .orElseThrow(() -> DomainException.badRequest("email: not a valid e-mail address")));
                case "location" -> values.put("location", object(json, field).toString());
                case "voice_id" -> values.putAll(definitions.voiceOverrides(limited(json, field)));
                case "ww_id" -> values.putAll(definitions.wakeWordOverrides(limited(json, field)));
                default -> values.put(field, limited(json, field));
            }
        }
        admin.edit(id, new AdminDeviceService.Edit(name, placement, isolated, values));
        return record(id);
    }

    /** The 14 keys, in the personal backend's order; the token is never shown (only its hash is kept). */
    JsonObject record(UUID id) {
        Device device = admin.existing(id);
        DeviceOverrides own = overrides.of(id);
        JsonObject settings = effective.settings(id).orElseThrow(() -> DomainException.notFound("unknown device"));
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("uuid", id.toString())
                .addNull("token")
                .add("isolated_skills", admin.isolated(id))
                .add("opt_in", settings.getBoolean("optIn"))
                .add("name", device.getName());
        nullable(json, "device_location", device.getPlacement());
        nullable(json, "email", overrides.recipient(id).orElse(null));
        json.add("time_format", settings.getString("timeFormat"))
                .add("date_format", settings.getString("dateFormat"))
                .add("system_unit", settings.getString("systemUnit"))
                .add("lang", settings.getString("lang", "en-us"))
                .add("location", effective.location(id));
        nullable(json, "voice_id", own.voiceId());
        nullable(json, "ww_id", own.wakeWordId());
        return json.build();
    }

    static void nullable(JsonObjectBuilder json, String key, String value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value);
        }
    }

    static String limited(JsonObject json, String field) {
        String value = JsonBody.optionalString(json, field);
        return value == null ? null : JsonBody.limited(value, field, MAX_TEXT);
    }

    /** An optional JSON object field; absent or null is {}. */
    static JsonObject object(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw DomainException.badRequest(field + ": must be an object");
        }
        return value.asJsonObject();
    }

    static UUID deviceId(String uuid) {
        try {
            return UUID.fromString(uuid.trim());
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("uuid: not a uuid");
        }
    }
}
