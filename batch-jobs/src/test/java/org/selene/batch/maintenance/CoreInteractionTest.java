package org.selene.batch.maintenance;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreInteractionTest {

    static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    @Test
    void foldsTheStepsAndSkipsHousekeepingHandlers() {
        JsonObject stt = json("{\"id\":\"i\",\"system\":\"stt\",\"start_time\":100.25,\"time\":0.1234567,\"stt\":\"e\",\"transcription\":\"hi\"}");
        CoreInteraction i = new CoreInteraction(UUID.randomUUID(), stt);
        i.add(stt);
        i.add(json("{\"id\":\"i\",\"system\":\"skill_handler\",\"start_time\":101,\"time\":0.5,\"handler\":\"greet\"}"));
        i.add(json("{\"id\":\"i\",\"system\":\"skill_handler\",\"start_time\":101.1,\"time\":0.01,\"handler\":\"reset\"}"));
        i.add(json("{\"id\":\"i\",\"system\":\"speech_playback\",\"start_time\":102.75,\"time\":1}"));
        assertEquals("0.123457", i.sttDuration.toPlainString());
        assertEquals("greet", i.skillHandler);
        assertEquals("0.500000", i.skillDuration.toPlainString());
        assertEquals("2.500000", i.userLatency.toPlainString());
        assertEquals("1970-01-01T00:01:40.250", i.start.toString());
        assertTrue(i.worthKeeping());
    }

    @Test
    void interactionsWithoutTranscriptionOrWithUnknownIdsAreNotKept() {
        JsonObject intent = json("{\"id\":\"i\",\"system\":\"intent_service\",\"start_time\":1,\"time\":0.1,\"intent_type\":\"x\"}");
        CoreInteraction i = new CoreInteraction(UUID.randomUUID(), intent);
        i.add(intent);
        assertFalse(i.worthKeeping());
        assertNull(CoreInteraction.interactionId(json("{\"id\":\"unknown\"}")));
        assertNull(CoreInteraction.interactionId(json("{\"id\":null}")));
    }
}
