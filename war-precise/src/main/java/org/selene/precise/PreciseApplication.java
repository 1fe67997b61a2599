package org.selene.precise;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.selene.web.http.ApiProperties;

import java.util.Map;

/**
 * The OVOS personal backend's wake-word upload, which devices address outside /v1
 * (mycroft.conf listener.wake_word_upload.url = http://HOST:8080/precise/upload): its own
 * context, as the root belongs to the pages.
 */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Selene wake-word upload of the OVOS personal backend", version = "1"), servers = @Server(url = "/precise"))
public class PreciseApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return ApiProperties.common(Map.of());
    }
}
