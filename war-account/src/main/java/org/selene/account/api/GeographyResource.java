package org.selene.account.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.geography.GeographyService;
import org.selene.domain.shared.DomainException;

import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/** The device form's place pickers, public as in Selene; the app passes ids here. */
@Path("")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class GeographyResource {

    @Inject
    GeographyService geography;

    @GET
    @Path("countries")
    public JsonArray countries() {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        geography.countries().forEach(c -> out.add(AccountWire.country(c)));
        return out.build();
    }

    @GET
    @Path("regions")
    public JsonArray regions(@QueryParam("country") String country) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        geography.regions(id("country", country)).forEach(r -> out.add(AccountWire.region(r)));
        return out.build();
    }

    @GET
    @Path("cities")
    public JsonArray cities(@QueryParam("region") String region) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        geography.cities(id("region", region)).forEach(c -> out.add(AccountWire.city(c.city(), c.timezone())));
        return out.build();
    }

    @GET
    @Path("timezones")
    public JsonArray timezones(@QueryParam("country") String country) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        geography.timezones(id("country", country)).forEach(t -> out.add(AccountWire.timezone(t)));
        return out.build();
    }

    private static UUID id(String name, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.badRequest(name + ": This field is required.");
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest(name + ": must be an id from the look-up");
        }
    }
}
