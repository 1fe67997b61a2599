package org.selene.domain.upstream;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.selene.domain.shared.JsonText;

import java.util.Optional;

/**
 * The answer of the Chromium web speech protocol (Google's speech-api/v2/recognize, also spoken by
 * ovos-stt-http-server): one JSON object per line, the first usually {"result":[]}; the transcript
 * is the first alternative of the first non-empty result.
 */
public final class WebSpeechReply {

    private WebSpeechReply() {
    }

    public static Optional<String> transcript(String body) {
        for (String line : body.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonValue value = JsonText.parse(line);
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    continue;
                }
                JsonArray results = value.asJsonObject().getJsonArray("result");
                if (results == null || results.isEmpty()) {
                    continue;
                }
                JsonArray alternatives = results.getJsonObject(0).getJsonArray("alternative");
                if (alternatives != null && !alternatives.isEmpty()) {
                    JsonObject best = alternatives.getJsonObject(0);
                    String text = best.getString("transcript", "");
                    if (!text.isBlank()) {
                        return Optional.of(text);
                    }
                }
            } catch (JsonException | ClassCastException e) {
                // not a line of the protocol: ignore it, as the Python client does
            }
        }
        return Optional.empty();
    }
}
