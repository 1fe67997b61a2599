package org.selene.web.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * Selene re-keys every JSON object it answers from snake_case to camelCase, proxied upstream
 * payloads included: each "_x" (x a lower-case letter) becomes "X". Devices read the result
 * (the weather skill reads feelsLike, windSpeed, ...), so the rule is kept exactly.
 */
public final class CamelCase {

    private static final Pattern UNDERSCORE_LOWER = Pattern.compile("_([a-z])");

    private CamelCase() {
    }

    public static String key(String snake) {
        Matcher m = UNDERSCORE_LOWER.matcher(snake);
        if (!m.find()) {
            return snake;
        }
        StringBuilder out = new StringBuilder(snake.length());
        do {
            m.appendReplacement(out, m.group(1).toUpperCase());
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    public static JsonValue rekey(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> rekeyObject(value.asJsonObject());
            case ARRAY -> rekeyArray(value.asJsonArray());
            default -> value;
        };
    }

    private static JsonObject rekeyObject(JsonObject object) {
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        object.forEach((k, v) -> builder.add(key(k), rekey(v)));
        return builder.build();
    }

    private static JsonArray rekeyArray(JsonArray array) {
        JsonArrayBuilder builder = JSON.createArrayBuilder();
        array.forEach(v -> builder.add(rekey(v)));
        return builder.build();
    }
}
