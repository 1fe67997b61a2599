package org.selene.device.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.selene.domain.limit.Limit;
import org.selene.domain.limit.RateLimiter;
import org.selene.domain.shared.DomainException;
import org.selene.domain.upstream.SpeechToTextService;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.selene.domain.shared.JsonText.JSON;

/** Speech to text of FLAC recordings (docs/device-api.md §6.25, §6.26). */
@Path("{route: stt|transcribe}")
@DeviceAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class SpeechToTextResource {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");

    @Inject
    SpeechToTextService speech;

    @Inject
    UpstreamExecutor upstream;

    @EJB
    RateLimiter limiter;

    /**
     * stt: ["transcript"], or [null] when nothing was understood (as Selene; `limit` is ignored as
     * there). transcribe: {"transcription": ...}, en-US unless the device names its language.
     */
    @POST
    public void transcribe(@Context SecurityContext caller, @PathParam("route") String route, @QueryParam("lang") String lang,
                           @QueryParam("language") String language, byte[] flac, @Suspended AsyncResponse response) {
        UUID device = DevicePrincipal.of(caller);
        if (route.equals("stt")) {
            if (lang == null || lang.isBlank()) {
                throw DomainException.badRequest("lang: This field is required.");
            }
            String tag = languageTag(lang);
            upstream.answer(response, guard -> JSON.createArrayBuilder().add(transcript(guard, device, flac, tag)).build());
            return;
        }
        String tag = languageTag(language == null || language.isBlank() ? "en-US" : language);
        upstream.answer(response, guard -> JSON.createObjectBuilder().add("transcription", transcript(guard, device, flac, tag)).build());
    }

    private static String languageTag(String lang) {
        if (!LANGUAGE.matcher(lang).matches()) {
            throw DomainException.badRequest("lang: not a language tag");
        }
        return lang;
    }

    /** Counted in flight for the device until the upstream answered (or failed), before it takes a bulkhead place. */
    private JsonValue transcript(UpstreamGuard guard, UUID device, byte[] flac, String lang) {
        RateLimiter.Permit inFlight = limiter.hit(Limit.TRANSCRIPTIONS_IN_FLIGHT_PER_DEVICE, device.toString());
        try {
            Optional<String> text = guard.speech(() -> speech.transcribe(device, flac, lang)).text();
            return text.<JsonValue>map(JSON::createValue).orElse(JsonValue.NULL);
        } finally {
            limiter.refund(inFlight);
        }
    }
}
