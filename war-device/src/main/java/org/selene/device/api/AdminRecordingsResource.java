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
import org.selene.domain.recording.RecordingService;
import org.selene.domain.recording.RecordingService.Kind;
import org.selene.domain.recording.RecordingService.Recording;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.JsonBody;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * The devices' recordings in the personal backend's admin API: /admin/voice_recs (utterances)
 * and /admin/ww_recs (wake words). An entry is {recording_id, transcription, metadata_json (also
 * as meta, what ovos-backend-manager reads), uuid, timestamp, audio_b64}, wake words add
 * audio_tag and speaker_tag. recording_id is "@<uuid>|<transcription>|<n>" with n never reused.
 * An unknown device or recording is 404 JSON (the personal backend answered 200 {"error": ...}).
 * ovos-backend-client's add_stt_recording / add_ww_recording send to the collection itself
 * (PUT /admin/voice_recs, POST /admin/ww_recs) without a device: both methods are taken there
 * when the body names the device as "uuid".
 */
@Path("admin/{kind: voice_recs|ww_recs}")
@AdminAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminRecordingsResource {

    static final int MAX_TRANSCRIPTION = 1000;
    static final Set<String> CHANGE_FIELDS = Set.of("transcription", "metadata", "meta", "audio_tag", "speaker_tag");

    @Inject
    RecordingService recordings;

    @GET
    @Path("{uuid}/list")
    public JsonArray list(@PathParam("kind") String kind, @PathParam("uuid") String uuid) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        recordings.list(kind(kind), AdminDevicesResource.deviceId(uuid)).forEach(r -> out.add(entry(r)));
        return out.build();
    }

    @GET
    @Path("{rec_id}")
    public JsonObject get(@PathParam("kind") String kind, @PathParam("rec_id") String id) {
        return entry(recordings.find(kind(kind), id).orElseThrow(() -> DomainException.notFound("entry not found")));
    }

    @POST
    @Path("{uuid}")
    @Consumes(MediaType.WILDCARD)
    public JsonObject add(@PathParam("kind") String kind, @PathParam("uuid") String uuid, String body) {
        return add(kind(kind), AdminDevicesResource.deviceId(uuid), JsonBody.allowOnly(JsonBody.parseObject(body), createFields(false)));
    }

    /** The client's add_ww_recording: the collection itself, the device named in the body. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public JsonObject postToCollection(@PathParam("kind") String kind, String body) {
        return addToCollection(kind, body);
    }

    /** The client's add_stt_recording. */
    @PUT
    @Consumes(MediaType.WILDCARD)
    public JsonObject addToCollection(@PathParam("kind") String kind, String body) {
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), createFields(true));
        return add(kind(kind), AdminDevicesResource.deviceId(JsonBody.requiredString(json, "uuid")), json);
    }

    @PUT
    @Path("{rec_id}")
    @Consumes(MediaType.WILDCARD)
    public JsonObject change(@PathParam("kind") String kind, @PathParam("rec_id") String id, String body) {
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), CHANGE_FIELDS);
        Kind which = kind(kind);
        if (which == Kind.UTTERANCE && (json.containsKey("audio_tag") || json.containsKey("speaker_tag"))) {
            throw DomainException.badRequest("audio_tag and speaker_tag are wake-word recording fields");
        }
        return entry(recordings.change(which, id, new RecordingService.Change(transcription(json), metadata(json),
                AdminDevicesResource.limited(json, "audio_tag"), AdminDevicesResource.limited(json, "speaker_tag"))));
    }

    @DELETE
    @Path("{rec_id}")
    public JsonObject delete(@PathParam("kind") String kind, @PathParam("rec_id") String id) {
        return AdminDefinitionsResource.success(recordings.delete(kind(kind), id));
    }

    private JsonObject add(Kind kind, UUID device, JsonObject json) {
        byte[] audio = audio(JsonBody.requiredString(json, "audio_b64"));
        String transcription = transcription(json);
        JsonObject metadata = metadata(json);
        return entry(recordings.add(kind, device, audio, transcription == null ? "" : transcription,
                metadata == null ? JSON.createObjectBuilder().build() : metadata));
    }

    private static Set<String> createFields(boolean withDevice) {
        Set<String> fields = new HashSet<>(Set.of("audio_b64", "transcription", "metadata", "meta"));
        if (withDevice) {
            fields.add("uuid");
        }
        return fields;
    }

    private static Kind kind(String path) {
        return path.equals("ww_recs") ? Kind.WAKE_WORD : Kind.UTTERANCE;
    }

    private static byte[] audio(String base64) {
        byte[] audio;
        try {
            audio = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest("audio_b64: not valid base64");
        }
        if (audio.length == 0) {
            throw DomainException.badRequest("audio_b64: no audio");
        }
        return audio;
    }

    private static String transcription(JsonObject json) {
        String text = JsonBody.optionalString(json, "transcription");
        return text == null ? null : JsonBody.limited(text, "transcription", MAX_TRANSCRIPTION);
    }

    /** "metadata", or "meta" as the ww_recs create body of the personal backend named it. */
    private static JsonObject metadata(JsonObject json) {
        if (json.containsKey("metadata") && json.get("metadata").getValueType() != JsonValue.ValueType.NULL) {
            return AdminDevicesResource.object(json, "metadata");
        }
        return json.containsKey("meta") && json.get("meta").getValueType() != JsonValue.ValueType.NULL
                ? AdminDevicesResource.object(json, "meta") : null;
    }

    private JsonObject entry(Recording r) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("recording_id", r.id())
                .add("transcription", r.transcription())
                .add("metadata_json", r.metadata())
                .add("meta", r.metadata())
                .add("uuid", r.deviceId().toString())
                .add("timestamp", r.epochSeconds())
                .add("audio_b64", Base64.getEncoder().encodeToString(recordings.audio(r)));
        if (r.kind() == Kind.WAKE_WORD) {
            AdminDevicesResource.nullable(json, "audio_tag", r.audioTag());
            AdminDevicesResource.nullable(json, "speaker_tag", r.speakerTag());
        }
        return json.build();
    }
}
