package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.selene.domain.upstream.WeatherService;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** OpenWeatherMap for the weather skill (docs/device-api.md §6.24): upstream JSON, keys in camelCase. */
@Path("owm/{path: .+}")
@DeviceAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class WeatherResource {

    @Inject
    WeatherService weather;

    @Inject
    UpstreamExecutor upstream;

    @Context
    UriInfo uri;

    @GET
    public void weather(@Context SecurityContext caller, @PathParam("path") String path, @Suspended AsyncResponse response) {
        UUID device = DevicePrincipal.of(caller);
        // refused here, on the request thread: an answer resumed from the executor while this
        // thread is still in the container was once sent with status 200 (WeatherIT)
        WeatherService.requireUpstreamPath(path);
        List<Map.Entry<String, String>> query = UpstreamAnswers.query(uri);
        upstream.answer(response, guard -> Response.ok(UpstreamAnswers.camelCaseJson(guard.weather(() -> weather.weather(device, path, query)), "weather")).build());
    }
}
