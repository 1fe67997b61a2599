package org.selene.domain.skill;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Locale;

/**
 * Selene's marketplace search: the term is a substring of the title, description or short
 * description, or equals (ignoring case) a category, tag or example.
 */
public final class SkillSearch {

    private SkillSearch() {
    }

    public static boolean matches(JsonObject entry, String term) {
        String needle = term.toLowerCase(Locale.ROOT);
        for (String field : List.of("title", "description", "short_desc")) {
            if (text(entry.get(field)).toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        for (String list : List.of("categories", "tags", "examples")) {
            if (entry.get(list) instanceof JsonArray values) {
                for (JsonValue value : values) {
                    if (text(value).equalsIgnoreCase(needle)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : "";
    }
}
