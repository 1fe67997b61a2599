package org.selene.market.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.selene.domain.shared.JsonText;
import org.selene.domain.skill.SkillCatalogue;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The market's wire shapes, from a catalogue entry as the skill import stores it. */
class MarketSkillWireTest {

    static final UUID ID = UUID.fromString("2b9c4e0a-7a51-4a3a-9d71-0c1f0f8c1d11");

    static SkillCatalogue.Entry entry(String json) {
        return new SkillCatalogue.Entry(ID, JsonText.parse(json).asJsonObject());
    }

    static final SkillCatalogue.Entry WEATHER = entry("""
            {"skill_gid": "mycroft-weather|21.02", "display_name": "Weather", "short_desc": "Get **weather**",
             "description": "Ask <script>x</script> about the weather", "examples": ["What is the weather?", "Will it rain?"],
             "credits": [{"name": "Mycroft AI", "github_id": "MycroftAI"}], "categories": ["Daily", "Information"],
             "platforms": ["platform_mark1", "platform_picroft"], "tags": ["weather", "system"], "icon": {"icon": "sun", "color": "#22a7f0"},
             "repo": "https://github.com/MycroftAI/skill-weather"}""");

    @Test
    void theSummaryHasSelenesKeysInSelenesOrder() {
        JsonObject summary = MarketSkillWire.summary(WEATHER);
        assertEquals(List.of("displayName", "icon", "iconImage", "id", "isMycroftMade", "isSystemSkill", "marketCategory", "summary", "trigger"),
                List.copyOf(summary.keySet()));
        assertEquals("Weather", summary.getString("displayName"));
        assertEquals(ID.toString(), summary.getString("id"));
        assertTrue(summary.getBoolean("isMycroftMade"));
        assertTrue(summary.getBoolean("isSystemSkill"));
        assertEquals("Daily", summary.getString("marketCategory"));
        assertEquals("What is the weather?", summary.getString("trigger"));
        assertEquals(JsonValue.NULL, summary.get("iconImage"));
        assertEquals("sun", summary.getJsonObject("icon").getString("icon"));
    }

    @Test
    void aBareEntryGetsSelenesPlaceholders() {
        JsonObject summary = MarketSkillWire.summary(entry("{\"skill_gid\": \"x|21.02\"}"));
        assertEquals("", summary.getString("displayName"));
        assertEquals("Undefined", summary.getString("marketCategory"));
        assertEquals(JsonValue.NULL, summary.get("trigger"));
        assertFalse(summary.getBoolean("isMycroftMade"));
        assertFalse(summary.getBoolean("isSystemSkill"));
    }

    @Test
    void theDetailRendersMarkdownSafelyAndNamesThePlatforms() {
        JsonObject detail = MarketSkillWire.detail(WEATHER);
        assertTrue(detail.getString("summary").contains("<strong>weather</strong>"), detail.getString("summary"));
        assertFalse(detail.getString("description").contains("<script"), detail.getString("description"));
        assertTrue(detail.getBoolean("worksOnMarkOne"));
        assertTrue(detail.getBoolean("worksOnPicroft"));
        assertFalse(detail.getBoolean("worksOnMarkTwo"));
        assertFalse(detail.getBoolean("worksOnKDE"));
        assertEquals("https://github.com/MycroftAI/skill-weather", detail.getString("repositoryUrl"));
        assertEquals(2, detail.getJsonArray("triggers").size());
        JsonObject everywhere = MarketSkillWire.detail(entry("{\"platforms\": [\"all\"]}"));
        assertTrue(everywhere.getBoolean("worksOnKDE") && everywhere.getBoolean("worksOnMarkTwo"));
    }
}
