package org.selene.domain.skill;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.selene.domain.shared.JsonText.JSON;

/**
 * The settings definition a device uploads (skillMetadata.sections[].fields[]) and the values
 * in it: values are split off the definition and normalised as Selene does.
 */
public final class SettingValues {

    private SettingValues() {
    }

    /** Field name → normalised value, for every named field that is not a label. */
    public static Map<String, JsonValue> defaults(JsonObject display) {
        Map<String, JsonValue> values = new LinkedHashMap<>();
        for (JsonObject field : fields(display)) {
            String name = field.getString("name", null);
            if (name != null && !"label".equals(field.getString("type", ""))) {
                values.put(name, normalise(field.getString("type", ""), field.get("value")));
            }
        }
        return values;
    }

    /** The definition without values, as stored in skill.settings_display. */
    public static JsonObject stripValues(JsonObject display) {
        JsonObject meta = display.getJsonObject("skillMetadata");
        if (meta == null || !(meta.get("sections") instanceof JsonArray)) {
            return display;
        }
        return JSON.createObjectBuilder(display)
                .add("skillMetadata", eachField(meta, field -> {
                    JsonObjectBuilder b = JSON.createObjectBuilder(field);
                    b.remove("value");
                    return b.build();
                }))
                .build();
    }

    /**
     * skillMetadata with every field of its sections changed (sections and fields that are no
     * objects are left out); a meta without sections is returned as it is. The one walker of
     * settingsmeta fields (forms, device copies, the admin API's entries).
     */
    static JsonObject eachField(JsonObject meta, UnaryOperator<JsonObject> change) {
        if (!(meta.get("sections") instanceof JsonArray sections)) {
            return meta;
        }
        var sectionsOut = JSON.createArrayBuilder();
        for (JsonValue s : sections) {
            if (!(s instanceof JsonObject section)) {
                continue;
            }
            var fieldsOut = JSON.createArrayBuilder();
            if (section.get("fields") instanceof JsonArray fields) {
                for (JsonValue f : fields) {
                    if (f instanceof JsonObject field) {
                        fieldsOut.add(change.apply(field));
                    }
                }
            }
            sectionsOut.add(JSON.createObjectBuilder(section).add("fields", fieldsOut));
        }
        return JSON.createObjectBuilder(meta).add("sections", sectionsOut).build();
    }

    static Iterable<JsonObject> fields(JsonObject display) {
        java.util.List<JsonObject> out = new java.util.ArrayList<>();
        JsonObject meta = display.get("skillMetadata") instanceof JsonObject m ? m : null;
        if (meta == null || !(meta.get("sections") instanceof JsonArray sections)) {
            return out;
        }
        for (JsonValue s : sections) {
            if (s instanceof JsonObject section && section.get("fields") instanceof JsonArray fields) {
                for (JsonValue f : fields) {
                    if (f instanceof JsonObject field) {
                        out.add(field);
                    }
                }
            }
        }
        return out;
    }

    /** Selene's normalisation, except that non-integral numbers are kept (Selene turned them into 0). */
    public static JsonValue normalise(String type, JsonValue value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonString s) {
            String text = s.getString();
            if ("[]".equals(text)) {
                return JsonValue.EMPTY_JSON_ARRAY;
            }
            if ("checkbox".equals(type)) {
                if (text.equals("false") || text.equals("False") || text.equals("0")) {
                    return JsonValue.FALSE;
                }
                if (text.equals("true") || text.equals("True") || text.equals("1")) {
                    return JsonValue.TRUE;
                }
            }
            if ("number".equals(type) && !text.isEmpty()) {
                try {
                    BigDecimal number = new BigDecimal(text.trim());
                    return number.stripTrailingZeros().scale() <= 0
                            ? JSON.createValue(number.toBigIntegerExact()) : JSON.createValue(number);
                } catch (NumberFormatException | ArithmeticException e) {
                    return value;
                }
            }
        }
        if (value instanceof JsonNumber n && "number".equals(type) && n.bigDecimalValue().stripTrailingZeros().scale() <= 0) {
            // 7.0 as 7, as the text "7.0" is
            return JSON.createValue(n.bigIntegerValue());
        }
        return value;
    }

    public static JsonObject toObject(Map<String, JsonValue> values) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        values.forEach(b::add);
        return b.build();
    }
}
