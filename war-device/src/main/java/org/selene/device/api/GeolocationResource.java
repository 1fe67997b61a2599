package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.geography.Geolocation;
import org.selene.domain.geography.GeolocationService;
import org.selene.domain.shared.DomainException;

import static org.selene.domain.shared.JsonText.JSON;

/** "Where is ..." for devices (docs/device-api.md §6.22): {"data": {...}} or {"data": null}. */
@Path("geolocation")
@DeviceAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class GeolocationResource {

    static final int MAX_LOCATION = 200;

    @Inject
    GeolocationService geolocation;

    @GET
    public JsonObject locate(@QueryParam("location") String location) {
        if (location == null) {
            throw DomainException.badRequest("location: This field is required.");
        }
        if (location.length() > MAX_LOCATION) {
            throw DomainException.badRequest("location: at most " + MAX_LOCATION + " characters");
        }
        JsonValue data = geolocation.locate(location).<JsonValue>map(GeolocationResource::wire).orElse(JsonValue.NULL);
        return JSON.createObjectBuilder().add("data", data).build();
    }

    private static JsonObject wire(Geolocation place) {
        return JSON.createObjectBuilder()
                .add("city", place.city())
                .add("country", place.country())
                .add("latitude", place.latitude().doubleValue())
                .add("longitude", place.longitude().doubleValue())
                .add("region", place.region())
                .add("timezone", place.timezone())
                .build();
    }
}
