package org.selene.market.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.selene.web.http.ApiProperties;

import java.util.Map;

@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Selene skill marketplace API", version = "1"), servers = @Server(url = "/market"))
public class MarketApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return ApiProperties.common(Map.of());
    }
}
