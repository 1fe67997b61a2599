package org.selene.account.api.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selene.domain.tagging.PreciseTaggingService;
import org.selene.web.session.AccountAuthenticated;


/** A stored wake-word sample for the tagging UI (docs/web-apis.md §5); names are looked up, never used as paths. */
@Path("audio/{file}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PreciseAudioResource {

    @Inject
    PreciseTaggingService tagging;

    @GET
    @AccountAuthenticated
    @Produces("audio/wav")
    public Response audio(@PathParam("file") String file) {
        return Response.ok(tagging.audio(file), "audio/wav").build();
    }
}
