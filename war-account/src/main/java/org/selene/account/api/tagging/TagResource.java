package org.selene.account.api.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.shared.DomainException;
import org.selene.domain.tagging.PreciseTaggingService;
import org.selene.domain.tagging.PreciseTaggingService.Assignment;
import org.selene.web.http.JsonBody;
import org.selene.web.session.AccountAuthenticated;
import org.selene.web.session.AuthenticatedAccount;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.selene.domain.shared.JsonText.JSON;

/** The next file and tag for a tagger, and the tags they give (docs/web-apis.md §5). */
@Path("tag")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {

    @Inject
    PreciseTaggingService tagging;

    static final Set<String> TAG_FIELDS = Set.of("audioFileId", "sessionId", "tagId", "tagValueId");

    @Inject
    AuthenticatedAccount caller;

    @GET
    @AccountAuthenticated
    public Response next(@QueryParam("wakeWord") String wakeWord, @QueryParam("sessionId") String sessionId) {
        if (wakeWord == null || wakeWord.isBlank() || wakeWord.length() > 100) {
            throw DomainException.badRequest("wakeWord: This field is required.");
        }
        Optional<Assignment> next = tagging.next(caller.id(), wakeWord, Optional.ofNullable(sessionId).map(s -> uuid("sessionId", s)));
        return next.map(a -> Response.ok(wire(a)).build()).orElseGet(() -> Response.noContent().build());
    }

    @POST
    @AccountAuthenticated
    @Consumes(MediaType.WILDCARD)
    public Response tag(String raw) {
        JsonObject body = JsonBody.allowOnly(JsonBody.parseObject(raw), TAG_FIELDS);
        tagging.tag(caller.id(), uuid(body, "audioFileId"), uuid(body, "sessionId"), uuid(body, "tagId"), uuid(body, "tagValueId"));
        return Response.ok(JSON.createValue("File tagged successfully")).build();
    }

    private static JsonObject wire(Assignment a) {
        JsonArrayBuilder values = JSON.createArrayBuilder();
        a.tagValues().forEach(v -> values.add(JSON.createObjectBuilder().add("display", v.display()).add("id", v.id().toString()).add("value", v.value())));
        return JSON.createObjectBuilder()
                .add("audioFileId", a.audioFileId().toString())
                .add("audioFileName", a.audioFileName())
                .add("sessionId", a.sessionId().toString())
                .add("tagId", a.tagId().toString())
                .add("tagInstructions", a.tagInstructions())
                .add("tagName", a.tagName())
                .add("tagTitle", a.tagTitle())
                .add("tagValues", values)
                .build();
    }

    private static UUID uuid(JsonObject body, String field) {
        return uuid(field, JsonBody.requiredString(body, field));
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.badRequest(field + ": not an id");
        }
    }
}
