package org.selene.domain.skill;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.selene.domain.shared.JsonText;

import java.util.Arrays;
import java.util.Optional;

import static org.selene.domain.shared.JsonText.JSON;

/** The two lists of mycroft-installer's settings the marketplace writes skill names into. */
public enum InstallerList {
    TO_INSTALL("to_install"),
    TO_REMOVE("to_remove");

    static final String FAMILY = "mycroft-installer";

    private final String key;

    InstallerList(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<InstallerList> of(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }

    private InstallerList opposite() {
        return this == TO_INSTALL ? TO_REMOVE : TO_INSTALL;
    }

    /** The settings with {"name": skill} in this list (once) and not in the opposite one. */
    JsonObject apply(JsonObject settings, String skillName) {
        JsonObject entry = JSON.createObjectBuilder().add("name", skillName).build();
        JsonArrayBuilder mine = JSON.createArrayBuilder();
        boolean present = false;
        for (JsonValue v : list(settings, key)) {
            present |= named(v, skillName);
            mine.add(v);
        }
        if (!present) {
            mine.add(entry);
        }
        JsonArrayBuilder other = JSON.createArrayBuilder();
        for (JsonValue v : list(settings, opposite().key)) {
            if (!named(v, skillName)) {
                other.add(v);
            }
        }
        return JSON.createObjectBuilder(settings).add(key, mine).add(opposite().key, other).build();
    }

    private static JsonArray list(JsonObject settings, String key) {
        JsonValue value = settings.get(key);
        if (value instanceof JsonArray array) {
            return array;
        }
        // the installer skill itself may have stored the list as JSON text
        if (value instanceof JsonString text && text.getString().startsWith("[")) {
            try {
                return JsonText.parse(text.getString()).asJsonArray();
            } catch (RuntimeException e) {
                return JsonValue.EMPTY_JSON_ARRAY;
            }
        }
        return JsonValue.EMPTY_JSON_ARRAY;
    }

    private static boolean named(JsonValue value, String skillName) {
        return value instanceof JsonObject o && skillName.equals(o.getString("name", null));
    }
}
