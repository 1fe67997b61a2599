package org.selene.domain.skill;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import static org.selene.domain.shared.JsonText.JSON;

/** How a settings definition is shown: with its values for the 19.02 cores, with its options expanded for the account app. */
final class SettingsForms {

    private SettingsForms() {
    }

    /** The v1 download's form: each field with its value as Python's str() writes it. */
    static JsonObject withValues(JsonObject meta, JsonObject values) {
        return SettingValues.eachField(meta, field -> {
            String name = field.getString("name", null);
            return name != null && values.containsKey(name) ? JSON.createObjectBuilder(field).add("value", pythonString(values.get(name))).build() : field;
        });
    }

    /** 19.02 cores expect every value as text, the way Python's str() writes it. */
    static String pythonString(JsonValue value) {
        return switch (value.getValueType()) {
            case TRUE -> "True";
            case FALSE -> "False";
            case NULL -> "None";
            case STRING -> ((JsonString) value).getString();
            default -> value.toString();
        };
    }

    /** The account app's settings form: "Label|value;Label2|value2" becomes [{display, value}]. */
    static JsonObject withOptionsExpanded(JsonObject meta) {
        if (!(meta.get("sections") instanceof JsonArray sections)) {
            return meta;
        }
        JsonArrayBuilder sectionsOut = JSON.createArrayBuilder();
        for (JsonValue s : sections) {
            if (s instanceof JsonObject section && section.get("fields") instanceof JsonArray fields) {
                JsonArrayBuilder fieldsOut = JSON.createArrayBuilder();
                for (JsonValue f : fields) {
                    if (f instanceof JsonObject field && "select".equals(field.getString("type", null)) && field.get("options") instanceof JsonString options) {
                        JsonArrayBuilder expanded = JSON.createArrayBuilder();
                        for (String option : options.getString().split(";")) {
                            String[] parts = option.split("\\|", 2);
                            if (!option.isEmpty()) {
                                expanded.add(JSON.createObjectBuilder().add("display", parts[0]).add("value", parts.length > 1 ? parts[1] : parts[0]));
                            }
                        }
                        fieldsOut.add(JSON.createObjectBuilder(field).add("options", expanded));
                    } else {
                        fieldsOut.add(f);
                    }
                }
                sectionsOut.add(JSON.createObjectBuilder(section).add("fields", fieldsOut));
            } else {
                sectionsOut.add(s);
            }
        }
        return JSON.createObjectBuilder(meta).add("sections", sectionsOut).build();
    }
}
