package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.recording.RecordingService;
import org.selene.domain.shared.DomainException;
import org.selene.web.device.WakeWordUpload;
import org.selene.web.device.WakeWordUploads;
import org.selene.web.http.JsonBody;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * Precise wake-word samples: multipart with an `audio` (WAV) and a `metadata` (JSON) part. Kept
 * only as far as the device's opt-in allows ({@link RecordingService}); the answer is the same.
 */
@Path("device/{uuid}/wake-word-file")
@DeviceAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class WakeWordFileResource {

    @Inject
    RecordingService recordings;

    @Inject
    WakeWordUploads uploads;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("uuid") UUID device, List<EntityPart> parts) throws IOException {
        WakeWordUpload upload = uploads.read(parts);
        JsonObject metadata = upload.metadata();
        String wakeWord = JsonBody.requiredString(metadata, "wake_word");
        String engine = JsonBody.requiredString(metadata, "engine");
        JsonBody.requiredString(metadata, "timestamp");
        JsonBody.requiredString(metadata, "model");
        if (wakeWord.isBlank() || wakeWord.length() > 100 || engine.isBlank() || engine.length() > 100) {
            throw DomainException.badRequest("wake_word and engine must be 1 to 100 characters");
        }
        recordings.wakeWordHeard(device, upload.audio(), metadata);
        return Response.ok(JSON.createValue("Wake word sample uploaded successfully")).build();
    }
}
