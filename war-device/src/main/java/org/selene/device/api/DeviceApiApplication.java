package org.selene.device.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.selene.web.http.ApiProperties;

import java.util.Map;

@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Selene device API (the routes Mycroft and OVOS devices call)", version = "1"), servers = @Server(url = "/v1"))
public class DeviceApiApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // an empty 404 must stay empty: the OVOS client treats any JSON body of activate as success
        return ApiProperties.common(Map.of("jersey.config.server.response.setStatusOverSendError", true));
    }
}
