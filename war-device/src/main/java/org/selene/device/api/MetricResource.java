package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.metric.CoreMetricService;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.JsonBody;

import java.util.UUID;

/** Core metrics (timing and others); the metric name may contain slashes. */
@Path("device/{uuid}/metric")
@DeviceAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {

    @Inject
    CoreMetricService metrics;

    @POST
    @Path("{name: .+}")
    @Consumes(MediaType.WILDCARD)
    public Response record(@PathParam("uuid") UUID device, @PathParam("name") String name, String body) {
        if (name.length() > 200) {
            throw DomainException.badRequest("metric name too long");
        }
        metrics.record(device, name, JsonBody.parseValue(body).toString());
        return Response.noContent().build();
    }
}
