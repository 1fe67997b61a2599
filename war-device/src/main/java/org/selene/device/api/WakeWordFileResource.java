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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.shared.DomainException;
import org.selene.domain.tagging.WakeWordSampleService;
import org.selene.web.http.JsonBody;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/** Precise wake-word samples: multipart with an `audio` (WAV) and a `metadata` (JSON) part. */
@Path("device/{uuid}/wake-word-file")
@DeviceAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class WakeWordFileResource {

    @Inject
    WakeWordSampleService samples;

    @Inject
    @ConfigProperty(name = "SELENE_MAX_UPLOAD_BYTES", defaultValue = "10485760")
    long maxUploadBytes;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("uuid") UUID device, List<EntityPart> parts) throws IOException {
        Optional<EntityPart> audioPart = part(parts, "audio");
        Optional<EntityPart> metadataPart = part(parts, "metadata");
        if (metadataPart.isEmpty()) {
            throw DomainException.badRequest("metadata: No metadata file included in request");
        }
        if (audioPart.isEmpty()) {
            throw DomainException.badRequest("audio: No audio file included in request");
        }
        JsonObject metadata = JsonBody.parseObject(new String(read(metadataPart.get()), StandardCharsets.UTF_8));
        String wakeWord = JsonBody.requiredString(metadata, "wake_word");
        String engine = JsonBody.requiredString(metadata, "engine");
        JsonBody.requiredString(metadata, "timestamp");
        JsonBody.requiredString(metadata, "model");
        if (wakeWord.isBlank() || wakeWord.length() > 100 || engine.isBlank() || engine.length() > 100) {
            throw DomainException.badRequest("wake_word and engine must be 1 to 100 characters");
        }
        byte[] audio = read(audioPart.get());
        if (audio.length == 0) {
            throw DomainException.badRequest("audio: No audio file included in request");
        }
        samples.store(device, audio, new WakeWordSampleService.Sample(wakeWord, engine));
        return Response.ok(JSON.createValue("Wake word sample uploaded successfully")).build();
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null ? Optional.empty() : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    private byte[] read(EntityPart part) throws IOException {
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUploadBytes + 1));
            if (bytes.length > maxUploadBytes) {
                throw new DomainException(413, "upload larger than " + maxUploadBytes + " bytes");
            }
            return bytes;
        }
    }
}
