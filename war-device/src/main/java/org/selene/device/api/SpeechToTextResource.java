package org.selene.device.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.selene.domain.shared.DomainException;
import org.selene.domain.upstream.SpeechToTextService;
import org.selene.web.device.AuthenticatedDevice;
import org.selene.web.device.DeviceAuthenticated;

import java.util.Optional;
import java.util.regex.Pattern;

/** Speech to text of FLAC recordings (device-api.md §6.25, §6.26). */
@Path("{route: stt|transcribe}")
@DeviceAuthenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class SpeechToTextResource {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}");

    @Inject
    AuthenticatedDevice caller;

    @Inject
    SpeechToTextService speech;

    @Inject
    UpstreamGuard guard;

    /**
     * stt: ["transcript"], or [null] when nothing was understood (as Selene; `limit` is ignored as
     * there). transcribe: {"transcription": ...}, en-US unless the device names its language.
     */
    @POST
    public JsonStructure transcribe(@PathParam("route") String route, @QueryParam("lang") String lang,
                                    @QueryParam("language") String language, byte[] flac) {
        if (route.equals("stt")) {
            if (lang == null || lang.isBlank()) {
                throw DomainException.badRequest("lang: This field is required.");
            }
            return Json.createArrayBuilder().add(transcript(flac, lang)).build();
        }
        return Json.createObjectBuilder().add("transcription", transcript(flac, language == null || language.isBlank() ? "en-US" : language)).build();
    }

    private JsonValue transcript(byte[] flac, String lang) {
        if (!LANGUAGE.matcher(lang).matches()) {
            throw DomainException.badRequest("lang: not a language tag");
        }
        Optional<String> text = guard.speech(() -> speech.transcribe(caller.id(), flac, lang)).text();
        return text.<JsonValue>map(Json::createValue).orElse(JsonValue.NULL);
    }
}
