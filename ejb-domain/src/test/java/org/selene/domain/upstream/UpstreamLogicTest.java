package org.selene.domain.upstream;

import org.junit.jupiter.api.Test;
import org.selene.domain.shared.DomainException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UpstreamLogicTest {

    @Test
    void aMissingSettingIs503NamingTheVariable() {
        DomainException off = assertThrows(DomainException.class, () -> Upstream.required(Optional.empty(), "OWM_KEY", "weather"));
        assertEquals(503, off.status());
        assertEquals("weather is not configured: OWM_KEY is not set", off.getMessage());
        assertEquals(503, assertThrows(DomainException.class, () -> Upstream.required(Optional.of(" "), "OWM_KEY", "weather")).status());
        assertEquals("k", Upstream.required(Optional.of("k"), "OWM_KEY", "weather"));
    }

    @Test
    void parametersAreEncodedSoTheyCannotAddOthers() {
        assertEquals("http://h/data/2.5/onecall?q=a%26APPID%3Dx&lat=1.5&appid=k%20y",
                Upstream.uri("http://h/data/2.5/", "onecall", List.of(Map.entry("q", "a&APPID=x"), Map.entry("lat", "1.5"), Map.entry("appid", "k y"))).toString());
    }

    @Test
    void enginesAreAddressedAsTheirServersExpect() {
        SpeechToTextService.Engine google = SpeechToTextService.Engine.google("http://g/speech-api/v2/recognize", "key1", "en-US");
        assertEquals("Google", google.label());
        assertEquals("http://g/speech-api/v2/recognize?client=chromium&lang=en-US&key=key1&pFilter=0", google.uri().toString());
        assertEquals("http://stt.local:9666/speech-api/v2/recognize?lang=de-DE", SpeechToTextService.Engine.ovos("http://stt.local:9666/stt", "de-DE").uri().toString());
        assertEquals("OVOS", SpeechToTextService.Engine.ovos("http://stt.local:9666/", "de").label());
        assertEquals("http://stt.local:9666/speech-api/v2/recognize?lang=de", SpeechToTextService.Engine.ovos("http://stt.local:9666/", "de").uri().toString());
    }

    @Test
    void theTranscriptIsTheFirstAlternativeOfTheFirstResult() {
        assertEquals(Optional.of("what time is it"), WebSpeechReply.transcript("{\"result\":[]}\n"
                + "{\"result\":[{\"alternative\":[{\"transcript\":\"what time is it\",\"confidence\":0.9},{\"transcript\":\"what time is in\"}],\"final\":true}],\"result_index\":0}\n"));
        assertEquals(Optional.empty(), WebSpeechReply.transcript("{\"result\":[]}\n"));
        assertEquals(Optional.empty(), WebSpeechReply.transcript("<html>not json</html>"));
        assertEquals(Optional.empty(), WebSpeechReply.transcript(""));
    }

    @Test
    void flacDurationComesFromStreamInfo() {
        byte[] flac = new byte[42];
        flac[0] = 'f'; flac[1] = 'L'; flac[2] = 'a'; flac[3] = 'C';
        flac[4] = (byte) 0x80; flac[7] = 34;
        long packed = (16000L << 44) | (15L << 36) | 33600L;
        for (int i = 0; i < 8; i++) {
            flac[18 + i] = (byte) (packed >>> (56 - 8 * i));
        }
        FlacStreamInfo info = FlacStreamInfo.read(flac).orElseThrow();
        assertEquals(16000, info.sampleRate());
        assertEquals("2.100", info.seconds().toPlainString());
        assertTrue(FlacStreamInfo.read("RIFF....WAVE".getBytes()).isEmpty());
        assertTrue(FlacStreamInfo.read(new byte[3]).isEmpty());
    }
}
