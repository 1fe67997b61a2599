package org.selene.domain.shared;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.util.Map;

/**
 * Parsing JSON text, the one way: Json.createReader looks the provider up through the
 * ServiceLoader on every call, which showed on every device write; one factory does it once.
 * Malformed text throws jakarta.json.JsonException (Parsson: a bare RuntimeException when nested
 * too deeply), for the caller to map.
 */
public final class JsonText {

    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonText() {
    }

    public static JsonValue parse(String json) {
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
