package org.selene.web.device;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.EntityPart;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.JsonBody;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A wake-word sample as devices upload it, to Selene's wake-word-file and to the personal
 * backend's /precise/upload: multipart with an {@code audio} (WAV) and a {@code metadata} (JSON
 * object) part, each found by its name or, as mycroft-core's requests names them, its file name.
 */
public record WakeWordUpload(byte[] audio, JsonObject metadata) {

    static WakeWordUpload read(List<EntityPart> parts, long maxBytes) throws IOException {
        Optional<EntityPart> metadataPart = part(parts, "metadata");
        if (metadataPart.isEmpty()) {
            throw DomainException.badRequest("metadata: No metadata file included in request");
        }
        Optional<EntityPart> audioPart = part(parts, "audio");
        if (audioPart.isEmpty()) {
            throw DomainException.badRequest("audio: No audio file included in request");
        }
        JsonObject metadata = JsonBody.parseObject(new String(read(metadataPart.get(), maxBytes), StandardCharsets.UTF_8));
        byte[] audio = read(audioPart.get(), maxBytes);
        if (audio.length == 0) {
            throw DomainException.badRequest("audio: No audio file included in request");
        }
        return new WakeWordUpload(audio, metadata);
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        if (parts == null) {
            return Optional.empty();
        }
        return parts.stream().filter(p -> name.equals(p.getName())).findFirst()
                .or(() -> parts.stream().filter(p -> p.getFileName().filter(name::equals).isPresent()).findFirst());
    }

    private static byte[] read(EntityPart part, long maxBytes) throws IOException {
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new DomainException(413, "upload larger than " + maxBytes + " bytes");
            }
            return bytes;
        }
    }
}
