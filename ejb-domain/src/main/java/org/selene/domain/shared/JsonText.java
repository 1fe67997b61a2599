package org.selene.domain.shared;

import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.io.Reader;
import java.io.StringReader;
import java.util.Map;

/**
 * JSON-P, the one way: every static {@code jakarta.json.Json} call looks the provider up through
 * the ServiceLoader (and Payara's OSGi loader) again, which was a seventh of the CPU of a device
 * write; the provider is looked up once here and every builder, value and reader comes from it.
 * Malformed text throws jakarta.json.JsonException (Parsson: a bare RuntimeException when nested
 * too deeply), for the caller to map.
 */
public final class JsonText {

    /** Use as {@code JSON.createObjectBuilder()}, never {@code Json.createObjectBuilder()}. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private static final JsonReaderFactory READERS = JSON.createReaderFactory(Map.of());

    private JsonText() {
    }

    public static JsonValue parse(String json) {
        return parse(new StringReader(json));
    }

    public static JsonValue parse(Reader json) {
        try (JsonReader reader = READERS.createReader(json)) {
            return reader.readValue();
        }
    }
}
