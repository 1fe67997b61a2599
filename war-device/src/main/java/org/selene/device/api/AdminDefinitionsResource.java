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
import org.selene.domain.device.AdminDefinitionService;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.JsonBody;

import java.util.Set;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * The admin API's voice and wake-word definitions (/admin/voice_defs, /admin/ww_defs), the pick
 * lists of ovos-backend-manager; a device takes one through its record's voice_id / ww_id.
 * "Not found" is 404 JSON (the personal backend: 200 {"error": "entry not found"}).
 */
@Path("admin")
@AdminAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminDefinitionsResource {

    static final Set<String> VOICE_FIELDS = Set.of("voice_id", "plugin", "lang", "tts_config", "name", "offline", "gender");
    static final Set<String> WAKE_WORD_FIELDS = Set.of("ww_id", "name", "lang", "ww_config", "plugin");

    @Inject
    AdminDefinitionService definitions;

    @GET
    @Path("voice_defs/list")
    public JsonArray voices() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        definitions.voices().forEach(v -> out.add(voice(v)));
        return out.build();
    }

    @GET
    @Path("voice_defs/{voice_id}")
    public JsonObject voice(@PathParam("voice_id") String id) {
        return voice(definitions.voice(id).orElseThrow(AdminDefinitionsResource::notFound));
    }

    @POST
    @Path("voice_defs")
    @Consumes(MediaType.WILDCARD)
    public JsonObject addVoice(String body) {
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), VOICE_FIELDS);
        return voice(definitions.saveVoice(null, text(json, "plugin", true), text(json, "lang", true), config(json, "tts_config"),
                text(json, "name", false), Boolean.TRUE.equals(JsonBody.optionalBoolean(json, "offline")), text(json, "gender", false)));
    }

    @PUT
    @Path("voice_defs/{voice_id}")
    @Consumes(MediaType.WILDCARD)
    public JsonObject updateVoice(@PathParam("voice_id") String id, String body) {
        AdminDefinitionService.Voice old = definitions.voice(id).orElseThrow(AdminDefinitionsResource::notFound);
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), VOICE_FIELDS);
        Boolean offline = JsonBody.optionalBoolean(json, "offline");
        return voice(definitions.saveVoice(id, or(text(json, "plugin", false), old.plugin()), or(text(json, "lang", false), old.lang()),
                json.containsKey("tts_config") ? config(json, "tts_config") : old.config(), or(text(json, "name", false), old.name()),
                offline != null ? offline : old.offline(), or(text(json, "gender", false), old.gender())));
    }

    @DELETE
    @Path("voice_defs/{voice_id}")
    public JsonObject deleteVoice(@PathParam("voice_id") String id) {
        return success(definitions.deleteVoice(id));
    }

    @GET
    @Path("ww_defs/list")
    public JsonArray wakeWords() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        definitions.wakeWords().forEach(w -> out.add(wakeWord(w)));
        return out.build();
    }

    @GET
    @Path("ww_defs/{ww_id}")
    public JsonObject wakeWord(@PathParam("ww_id") String id) {
        return wakeWord(definitions.wakeWord(id).orElseThrow(AdminDefinitionsResource::notFound));
    }

    @POST
    @Path("ww_defs")
    @Consumes(MediaType.WILDCARD)
    public JsonObject addWakeWord(String body) {
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), WAKE_WORD_FIELDS);
        return wakeWord(definitions.saveWakeWord(null, text(json, "name", true), text(json, "lang", true), text(json, "plugin", true),
                config(json, "ww_config")));
    }

    @PUT
    @Path("ww_defs/{ww_id}")
    @Consumes(MediaType.WILDCARD)
    public JsonObject updateWakeWord(@PathParam("ww_id") String id, String body) {
        AdminDefinitionService.WakeWord old = definitions.wakeWord(id).orElseThrow(AdminDefinitionsResource::notFound);
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), WAKE_WORD_FIELDS);
        return wakeWord(definitions.saveWakeWord(id, or(text(json, "name", false), old.name()), or(text(json, "lang", false), old.lang()),
                or(text(json, "plugin", false), old.plugin()), json.containsKey("ww_config") ? config(json, "ww_config") : old.config()));
    }

    @DELETE
    @Path("ww_defs/{ww_id}")
    public JsonObject deleteWakeWord(@PathParam("ww_id") String id) {
        return success(definitions.deleteWakeWord(id));
    }

    private static JsonObject voice(AdminDefinitionService.Voice v) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("voice_id", v.voiceId()).add("lang", v.lang()).add("plugin", v.plugin())
                .add("tts_config", v.config()).add("offline", v.offline());
        return (v.gender() == null ? json.addNull("gender") : json.add("gender", v.gender())).build();
    }

    private static JsonObject wakeWord(AdminDefinitionService.WakeWord w) {
        return JSON.createObjectBuilder().add("ww_id", w.wakeWordId()).add("name", w.name()).add("lang", w.lang())
                .add("plugin", w.plugin()).add("ww_config", w.config()).build();
    }

    static JsonObject success(boolean success) {
        return JSON.createObjectBuilder().add("success", success).build();
    }

    private static String text(JsonObject json, String field, boolean required) {
        String value = required ? JsonBody.requiredString(json, field) : JsonBody.optionalString(json, field);
        return value == null ? null : JsonBody.limited(value, field, AdminDevicesResource.MAX_TEXT);
    }

    private static JsonObject config(JsonObject json, String field) {
        return AdminDevicesResource.object(json, field);
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static DomainException notFound() {
        return DomainException.notFound("entry not found");
    }
}
