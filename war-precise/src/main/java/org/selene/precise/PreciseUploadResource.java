package org.selene.precise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.selene.domain.recording.RecordingService;
import org.selene.web.device.WakeWordUpload;
import org.selene.web.device.WakeWordUploads;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * POST /precise/upload: a wake-word sample of the device whose token authorizes the request
 * ({@link PreciseDeviceFilter}), as
 * the personal backend took it (parts `audio` and `metadata`, the latter like mycroft-core's
 * {name, engine, time, sessionId, accountId, model}). The answer is the personal backend's and
 * the same whether or not the device's opt-in let anything be kept: "saved" says that this
 * server records wake words (its record_wakewords), not what it did with this one.
 */
@Path("upload")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PreciseUploadResource {

    @Inject
    RecordingService recordings;

    @Inject
    WakeWordUploads uploads;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public JsonObject upload(@Context SecurityContext caller, List<EntityPart> parts) throws IOException {
        UUID device = PreciseDeviceFilter.device(caller);
        WakeWordUpload upload = uploads.read(parts);
        recordings.wakeWordHeard(device, upload.audio(), upload.metadata());
        return JSON.createObjectBuilder().add("success", true).add("sent_to_mycroft", false).add("saved", true).build();
    }
}
