package org.selene.domain.upstream;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selene.domain.recording.RecordingService;
import org.selene.domain.metric.CoreMetricService;
import org.selene.domain.shared.DomainException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Speech to text for devices, by the engine the configuration chooses (STT_ENGINE): "google"
 * (Selene's, GOOGLE_STT_KEY) or "ovos" (an ovos-stt-http-server at OVOS_STT_URL); unset means
 * ovos when OVOS_STT_URL is set, else google. Both speak the Chromium web speech protocol, which
 * takes the device's FLAC as it is (the server's native /stt route would need raw PCM). Every
 * request is recorded in metric.stt_transcription, failures included; the audio of an answered one
 * is kept for the owner when SELENE_RECORD_UTTERANCES allows ({@link RecordingService}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SpeechToTextService {

    static final String SERVICE = "speech recognition";
    static final String OVOS_ROUTE = "speech-api/v2/recognize";
    private static final int DEFAULT_RATE = 16000;

    @Inject
    UpstreamHttp http;

    @Inject
    CoreMetricService metrics;

    @Inject
    RecordingService recordings;

    @Inject
    @ConfigProperty(name = "STT_ENGINE")
    Optional<String> engineSetting;

    @Inject
    @ConfigProperty(name = "GOOGLE_STT_KEY")
    Optional<String> googleKey;

    @Inject
    @ConfigProperty(name = "GOOGLE_STT_URL", defaultValue = "http://www.google.com/speech-api/v2/recognize")
    String googleUrl;

    @Inject
    @ConfigProperty(name = "OVOS_STT_URL")
    Optional<String> ovosUrl;

    /** How one engine is addressed; pure, so both engines are checked without a server. */
    public record Engine(String label, URI uri) {

        static Engine google(String url, String key, String lang) {
            return new Engine("Google", Upstream.uri(url, "", List.of(Map.entry("client", "chromium"), Map.entry("lang", lang),
                    Map.entry("key", key), Map.entry("pFilter", "0"))));
        }

        static Engine ovos(String serverUrl, String lang) {
            String base = serverUrl.replaceAll("/+$", "").replaceAll("/stt$", "");
            return new Engine("OVOS", Upstream.uri(base, OVOS_ROUTE, List.of(Map.entry("lang", lang))));
        }
    }

    public record Transcription(String engine, Optional<String> text) {
    }

    public Transcription transcribe(UUID deviceId, byte[] flac, String lang) {
        if (flac == null || flac.length == 0) {
            throw DomainException.badRequest("the FLAC audio is required as the request body");
        }
        Engine engine = engine(lang);
        Optional<FlacStreamInfo> info = FlacStreamInfo.read(flac);
        BigDecimal audioSeconds = info.map(FlacStreamInfo::seconds).orElse(BigDecimal.ZERO);
        HttpRequest.Builder request = HttpRequest.newBuilder(engine.uri())
                .header("Content-Type", "audio/x-flac; rate=" + info.map(FlacStreamInfo::sampleRate).orElse(DEFAULT_RATE))
                .POST(HttpRequest.BodyPublishers.ofByteArray(flac));
        long started = System.nanoTime();
        Optional<String> text;
        try {
            text = WebSpeechReply.transcript(http.exchange(SERVICE, request).text());
        } catch (DomainException e) {
            metrics.recordTranscription(deviceId, engine.label(), false, audioSeconds, elapsed(started));
            throw e;
        }
        metrics.recordTranscription(deviceId, engine.label(), text.isPresent(), audioSeconds, elapsed(started));
        recordings.utteranceHeard(deviceId, flac, text.orElse(""));
        return new Transcription(engine.label(), text);
    }

    private Engine engine(String lang) {
        String choice = engineSetting.filter(e -> !e.isBlank()).orElse(ovosUrl.filter(u -> !u.isBlank()).isPresent() ? "ovos" : "google");
        return switch (choice.toLowerCase()) {
            case "google" -> Engine.google(googleUrl, Upstream.required(googleKey, "GOOGLE_STT_KEY", SERVICE), lang);
            case "ovos" -> Engine.ovos(Upstream.required(ovosUrl, "OVOS_STT_URL", SERVICE), lang);
            default -> throw new DomainException(503, SERVICE + " is not configured: STT_ENGINE must be google or ovos");
        };
    }

    private static BigDecimal elapsed(long startedNanos) {
        return BigDecimal.valueOf(System.nanoTime() - startedNanos).divide(BigDecimal.valueOf(1_000_000_000L), 3, RoundingMode.HALF_UP);
    }
}
