package org.selene.device.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.selene.domain.upstream.UpstreamFailure;
import java.time.temporal.ChronoUnit;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.selene.domain.upstream.WeatherService;
import org.selene.web.device.AuthenticatedDevice;
import org.selene.web.device.DeviceAuthenticated;

/** OpenWeatherMap for the weather skill (device-api.md §6.24): upstream JSON, keys in camelCase. */
@Path("owm/{path: .+}")
@DeviceAuthenticated
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WeatherResource {

    @Inject
    AuthenticatedDevice caller;

    @Inject
    WeatherService weather;

    @Context
    UriInfo uri;

    @Bulkhead(UpstreamGuard.CONCURRENT_CALLS)
    @CircuitBreaker(failOn = UpstreamFailure.class, requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5, delayUnit = ChronoUnit.SECONDS)
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @GET
    public Response weather(@PathParam("path") String path) {
        return Response.ok(UpstreamAnswers.camelCaseJson(weather.weather(caller.id(), path, UpstreamAnswers.query(uri)), "weather")).build();
    }
}
