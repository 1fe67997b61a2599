package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.device.AdminDeviceService;
import org.selene.domain.metric.AdminMetricService;
import org.selene.domain.shared.DomainException;
import org.selene.web.http.JsonBody;

import java.util.Set;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * The devices' metrics in the personal backend's admin API (/admin/metrics). An entry carries the
 * metric both as metadata_json and as meta (what ovos-backend-manager reads). PUT stores the body's
 * "metadata" (the personal backend stored the whole body).
 */
@Path("admin/metrics")
@AdminAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminMetricsResource {

    static final Set<String> FIELDS = Set.of("metric_type", "metadata");

    @Inject
    AdminMetricService metrics;

    @Inject
    AdminDeviceService devices;

    @GET
    @Path("list")
    public JsonArray list() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        metrics.all().forEach(m -> out.add(entry(m)));
        return out.build();
    }

    @GET
    @Path("{metric_id}")
    public JsonObject get(@PathParam("metric_id") String id) {
        return entry(metrics.find(id).orElseThrow(() -> DomainException.notFound("entry not found")));
    }

    @POST
    @Path("{uuid}")
    @Consumes(MediaType.WILDCARD)
    public JsonObject add(@PathParam("uuid") String uuid, String body) {
        UUID deviceId = AdminDevicesResource.deviceId(uuid);
        devices.existing(deviceId);
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), FIELDS);
        String type = JsonBody.limited(JsonBody.requiredString(json, "metric_type"), "metric_type", AdminDevicesResource.MAX_TEXT);
        return entry(metrics.add(deviceId, type, json.getOrDefault("metadata", JsonValue.EMPTY_JSON_OBJECT)));
    }

    @PUT
    @Path("{metric_id}")
    @Consumes(MediaType.WILDCARD)
    public JsonObject change(@PathParam("metric_id") String id, String body) {
        JsonObject json = JsonBody.allowOnly(JsonBody.parseObject(body), FIELDS);
        String type = JsonBody.optionalString(json, "metric_type");
        return entry(metrics.change(id, type == null ? null : JsonBody.limited(type, "metric_type", AdminDevicesResource.MAX_TEXT),
                json.get("metadata")));
    }

    @DELETE
    @Path("{metric_id}")
    public JsonObject delete(@PathParam("metric_id") String id) {
        return AdminDefinitionsResource.success(metrics.delete(id));
    }

    private static JsonObject entry(AdminMetricService.Metric m) {
        return JSON.createObjectBuilder()
                .add("metric_id", m.id().toString())
                .add("metric_type", m.type())
                .add("metadata_json", m.value())
                .add("meta", m.value())
                .add("uuid", m.deviceId().toString())
                .add("timestamp", m.epochSeconds())
                .build();
    }
}
