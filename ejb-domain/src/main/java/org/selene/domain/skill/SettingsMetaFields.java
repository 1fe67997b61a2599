package org.selene.domain.skill;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.function.UnaryOperator;

import static org.selene.domain.shared.JsonText.JSON;

/** Walks the fields of a settingsmeta's sections, rewriting each field object and keeping everything else. */
final class SettingsMetaFields {

    private SettingsMetaFields() {
    }

    static JsonObject map(JsonObject meta, UnaryOperator<JsonObject> field) {
        if (!(meta.get("sections") instanceof JsonArray sections)) {
            return meta;
        }
        JsonArrayBuilder sectionsOut = JSON.createArrayBuilder();
        for (JsonValue s : sections) {
            if (s instanceof JsonObject section && section.get("fields") instanceof JsonArray fields) {
                JsonArrayBuilder fieldsOut = JSON.createArrayBuilder();
                fields.forEach(f -> fieldsOut.add(f instanceof JsonObject object ? field.apply(object) : f));
                sectionsOut.add(JSON.createObjectBuilder(section).add("fields", fieldsOut));
            } else {
                sectionsOut.add(s);
            }
        }
        return JSON.createObjectBuilder(meta).add("sections", sectionsOut).build();
    }
}
