package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.selene.domain.shared.DomainException;
import org.selene.domain.upstream.UpstreamReply;
import org.selene.domain.upstream.WolframAlphaService;
import org.selene.domain.upstream.WolframAlphaService.Api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Wolfram Alpha fallback of the devices (docs/device-api.md §6.23). */
@Path("{route: wa|wolframAlphaFull|wolframAlphaSimple|wolframAlphaSpoken}")
@DeviceAuthenticated
@ApplicationScoped
public class WolframAlphaResource {

    @Inject
    WolframAlphaService wolframAlpha;

    @Inject
    UpstreamExecutor upstream;

    @Context
    UriInfo uri;

    /**
     * wa: XML of the full results API, a missing question being a 400 (Selene answered 500).
     * Full: its JSON in camelCase. Simple: the answer image byte for byte with its content type
     * (Selene decoded it as text). Spoken: the plain-text answer.
     */
    @GET
    public void ask(@Context SecurityContext caller, @PathParam("route") String route, @QueryParam("input") String input, @Suspended AsyncResponse response) {
        Api api = switch (route) {
            case "wa" -> Api.QUERY;
            case "wolframAlphaFull" -> Api.FULL;
            case "wolframAlphaSimple" -> Api.SIMPLE;
            default -> Api.SPOKEN;
        };
        if (api == Api.QUERY && (input == null || input.isBlank())) {
            throw DomainException.badRequest("input: This field is required.");
        }
        UUID device = DevicePrincipal.of(caller);
        List<Map.Entry<String, String>> query = UpstreamAnswers.query(uri);
        upstream.answer(response, guard -> answer(api, guard.wolframAlpha(() -> wolframAlpha.ask(device, api, query))));
    }

    private static Response answer(Api api, UpstreamReply reply) {
        return switch (api) {
            case QUERY -> Response.ok(reply.body(), MediaType.TEXT_XML_TYPE).build();
            case FULL -> Response.status(reply.status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(UpstreamAnswers.camelCaseJson(reply, "Wolfram Alpha")).build();
            case SIMPLE, SPOKEN -> UpstreamAnswers.asIs(reply);
        };
    }
}
