package org.selene.web.device;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityPart;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.List;

/** Reads wake-word uploads under the one size limit both upload routes share. */
@ApplicationScoped
public class WakeWordUploads {

    @Inject
    @ConfigProperty(name = "SELENE_MAX_UPLOAD_BYTES", defaultValue = "10485760")
    long maxUploadBytes;

    public WakeWordUpload read(List<EntityPart> parts) throws IOException {
        return WakeWordUpload.read(parts, maxUploadBytes);
    }
}
