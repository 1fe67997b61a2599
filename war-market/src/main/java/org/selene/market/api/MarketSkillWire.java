package org.selene.market.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.selene.domain.skill.SkillCatalogue;
import org.selene.domain.skill.SkillMarkdown;
import org.selene.web.json.CamelCase;

import static org.selene.domain.shared.JsonText.JSON;

/** The marketplace's wire shapes of a catalogue entry (docs/web-apis.md §4.1, §4.2). */
final class MarketSkillWire {

    private MarketSkillWire() {
    }

    /** An element of GET /api/skills/available. */
    static JsonObject summary(SkillCatalogue.Entry entry) {
        JsonObject d = entry.data();
        JsonArray categories = array(d, "categories");
        JsonArray examples = array(d, "examples");
        JsonObjectBuilder out = JSON.createObjectBuilder()
                .add("displayName", text(d, "display_name"))
                .add("icon", d.getOrDefault("icon", JsonValue.NULL))
                .add("iconImage", d.getOrDefault("icon_img", JsonValue.NULL))
                .add("id", entry.id().toString())
                .add("isMycroftMade", mycroftMade(d))
                .add("isSystemSkill", contains(array(d, "tags"), "system"))
                .add("marketCategory", !categories.isEmpty() && categories.get(0) instanceof JsonString c ? c : JSON.createValue("Undefined"))
                .add("summary", text(d, "short_desc"))
                .add("trigger", examples.isEmpty() ? JsonValue.NULL : examples.get(0));
        return (JsonObject) CamelCase.rekey(out.build());
    }

    /** GET /api/skills/{id}: markdown fields as sanitised HTML. */
    static JsonObject detail(SkillCatalogue.Entry entry) {
        JsonObject d = entry.data();
        JsonArray platforms = array(d, "platforms");
        boolean all = contains(platforms, "all");
        JsonObjectBuilder out = JSON.createObjectBuilder()
                .add("categories", array(d, "categories"))
                .add("credits", array(d, "credits"))
                .add("description", SkillMarkdown.render(text(d, "description")))
                .add("displayName", text(d, "display_name"))
                .add("icon", d.getOrDefault("icon", JsonValue.NULL))
                .add("iconImage", d.getOrDefault("icon_img", JsonValue.NULL))
                .add("isSystemSkill", contains(array(d, "tags"), "system"))
                .add("repositoryUrl", d.getOrDefault("repo", JsonValue.NULL))
                .add("summary", SkillMarkdown.render(text(d, "short_desc")))
                .add("triggers", array(d, "examples"))
                .add("worksOnKDE", all || contains(platforms, "platform_plasmoid"))
                .add("worksOnMarkOne", all || contains(platforms, "platform_mark1"))
                .add("worksOnMarkTwo", all || contains(platforms, "platform_mark2"))
                .add("worksOnPicroft", all || contains(platforms, "platform_picroft"));
        return (JsonObject) CamelCase.rekey(out.build());
    }

    private static boolean mycroftMade(JsonObject d) {
        for (JsonValue credit : array(d, "credits")) {
            if (credit instanceof JsonObject c && c.getString("name", "").contains("Mycroft AI")) {
                return true;
            }
        }
        return false;
    }

    private static JsonArray array(JsonObject d, String key) {
        return d.get(key) instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static boolean contains(JsonArray values, String value) {
        return values.stream().anyMatch(v -> v instanceof JsonString s && s.getString().equals(value));
    }

    private static String text(JsonObject d, String key) {
        return d.get(key) instanceof JsonString s ? s.getString() : "";
    }

    static JsonArrayBuilder arrayOf(Iterable<JsonObject> items) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        items.forEach(out::add);
        return out;
    }
}
