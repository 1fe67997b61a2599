package org.selene.domain.skill;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selene.domain.shared.JsonText.JSON;
import static org.selene.domain.skill.InstallerListTest.json;

/** How skill settings are rendered for the 19.02 cores and for the account app's forms. */
class SkillSettingsRenderingTest {

    @Test
    void valuesAreTheTextPythonsStrWouldWrite() {
        assertEquals("True", SkillSettingsService.pythonString(JsonValue.TRUE));
        assertEquals("False", SkillSettingsService.pythonString(JsonValue.FALSE));
        assertEquals("None", SkillSettingsService.pythonString(JsonValue.NULL));
        assertEquals("metric", SkillSettingsService.pythonString(JSON.createValue("metric")));
        assertEquals("3", SkillSettingsService.pythonString(JSON.createValue(3)));
        assertEquals("0.25", SkillSettingsService.pythonString(JSON.createValue(0.25)));
    }

    @Test
    void selectOptionsExpandToDisplayAndValue() {
        JsonArray fields = SkillSettingsService.withOptionsExpanded(json("""
                {"sections": [{"name": "s", "fields": [
                  {"name": "units", "type": "select", "options": "Metric|metric;Imperial|imperial;;Plain"},
                  {"name": "other", "type": "text", "options": "a|b"}]}]}""")).getJsonArray("sections").getJsonObject(0).getJsonArray("fields");
        assertEquals(json("{\"o\": [{\"display\": \"Metric\", \"value\": \"metric\"}, {\"display\": \"Imperial\", \"value\": \"imperial\"},"
                + " {\"display\": \"Plain\", \"value\": \"Plain\"}]}").getJsonArray("o"), fields.getJsonObject(0).getJsonArray("options"));
        assertEquals("a|b", fields.getJsonObject(1).getString("options"), "only select fields are expanded");
    }

    @Test
    void aDefinitionWithoutSectionsIsLeftAsItIs() {
        assertEquals(json("{\"x\": 1}"), SkillSettingsService.withOptionsExpanded(json("{\"x\": 1}")));
    }
}
