package org.selene.account.api.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.shared.DomainException;
import org.selene.domain.tagging.PreciseTaggingService;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import static org.selene.domain.shared.JsonText.JSON;

/** Designations derived from the crowd's tags (docs/web-apis.md §5). */
@Path("designation")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DesignationResource {

    @Inject
    PreciseTaggingService tagging;

    /** Unauthenticated as in Selene; `wakeWord` is accepted but, as there, not applied. */
    @GET
    public JsonObject designations(@QueryParam("startDate") String startDate, @QueryParam("tag") String tag,
                                   @QueryParam("tagValue") String tagValue) {
        if (startDate == null) {
            throw DomainException.badRequest("startDate: This field is required.");
        }
        LocalDate since;
        try {
            since = LocalDate.parse(startDate);
        } catch (DateTimeParseException e) {
            throw DomainException.badRequest("startDate: a date YYYY-MM-DD is required");
        }
        JsonObjectBuilder body = JSON.createObjectBuilder();
        tagging.designations(since, Optional.ofNullable(tag), Optional.ofNullable(tagValue)).forEach((tagName, byValue) -> {
            JsonObjectBuilder values = JSON.createObjectBuilder();
            byValue.forEach((value, files) -> values.add(value, JSON.createArrayBuilder(files)));
            body.add(tagName, values);
        });
        return body.build();
    }
}
