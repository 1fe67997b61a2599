package org.selene.market.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.selene.domain.skill.MarketplaceService;
import org.selene.domain.skill.SkillCatalogue;
import org.selene.web.http.JsonBody;
import org.selene.web.session.AccountAuthenticated;
import org.selene.web.session.AuthenticatedAccount;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.selene.domain.shared.JsonText.JSON;

/** The marketplace's skill routes (docs/web-apis.md §4). Static paths win over {id}, as in Selene. */
@Path("skills")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SkillsResource {

    @Inject
    SkillCatalogue catalogue;

    @Inject
    MarketplaceService marketplace;

    @Inject
    AuthenticatedAccount caller;

    @Context
    UriInfo uri;

    /** Selene takes the text after the first "=" whatever the parameter is called; it is URL-decoded here so multi-word searches work. */
    @GET
    @Path("available")
    public JsonObject available() {
        String query = uri.getRequestUri().getRawQuery();
        String term = null;
        if (query != null && !query.isEmpty()) {
            int eq = query.indexOf('=');
            term = URLDecoder.decode(eq < 0 ? "" : query.substring(eq + 1), StandardCharsets.UTF_8);
        }
        List<JsonObject> skills = catalogue.available(term).stream().map(MarketSkillWire::summary)
                .sorted(Comparator.comparing(s -> s.getString("displayName", ""))).toList();
        return JSON.createObjectBuilder().add("skills", MarketSkillWire.arrayOf(skills)).build();
    }

    @GET
    @Path("status")
    @AccountAuthenticated(optional = true)
    public Response status() {
        if (caller.optionalId().isEmpty()) {
            return Response.noContent().build();
        }
        MarketplaceService.InstallStatuses statuses = marketplace.installStatuses(caller.id());
        var installStatuses = JSON.createObjectBuilder();
        statuses.statuses().forEach(installStatuses::add);
        var failureReasons = JSON.createObjectBuilder();
        statuses.failureReasons().forEach(failureReasons::add);
        return Response.ok(JSON.createObjectBuilder().add("installStatuses", installStatuses).add("failureReasons", failureReasons).build()).build();
    }

    /** Selene's always answered 500; here it works and answers 204. */
    @PUT
    @Path("install")
    @AccountAuthenticated
    @Consumes(MediaType.WILDCARD)
    public Response install(String body) {
        JsonObject request = JsonBody.allowOnly(JsonBody.parseObject(body), Set.of("section", "skillDisplayId", "skill_name", "skillName"));
        String skillName = JsonBody.optionalString(request, "skill_name");
        marketplace.requestChange(caller.id(), JsonBody.requiredString(request, "section"), JsonBody.optionalString(request, "skillDisplayId"),
                skillName != null ? skillName : JsonBody.optionalString(request, "skillName"));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}")
    public JsonObject detail(@PathParam("id") String id) {
        return MarketSkillWire.detail(catalogue.entry(id));
    }
}
