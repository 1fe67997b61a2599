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
        assertEquals("True", SettingsForms.pythonString(JsonValue.TRUE));
        assertEquals("False", SettingsForms.pythonString(JsonValue.FALSE));
        assertEquals("None", SettingsForms.pythonString(JsonValue.NULL));
        assertEquals("metric", SettingsForms.pythonString(JSON.createValue("metric")));
        assertEquals("3", SettingsForms.pythonString(JSON.createValue(3)));
        assertEquals("0.25", SettingsForms.pythonString(JSON.createValue(0.25)));
    }

    @Test
    void theV1FormCarriesEachKnownValueAsTextAndLeavesOtherFieldsAndNonObjectsOut() {
        assertEquals(json("""
                {"name": "m", "sections": [{"name": "s", "fields": [
                  {"name": "units", "type": "checkbox", "value": "True"},
                  {"name": "other", "type": "text"},
                  {"type": "label", "label": "L"}]},
                  {"name": "empty", "fields": []}]}"""),
                SettingsForms.withValues(json("""
                {"name": "m", "sections": [{"name": "s", "fields": [
                  {"name": "units", "type": "checkbox", "value": "false"},
                  {"name": "other", "type": "text"},
                  {"type": "label", "label": "L"}, 7]},
                  "not a section", {"name": "empty"}]}"""), json("{\"units\": true, \"unknown\": 1}")));
    }

    @Test
    void selectOptionsExpandToDisplayAndValue() {
        JsonArray fields = SettingsForms.withOptionsExpanded(json("""
                {"sections": [{"name": "s", "fields": [
                  {"name": "units", "type": "select", "options": "Metric|metric;Imperial|imperial;;Plain"},
                  {"name": "other", "type": "text", "options": "a|b"}]}]}""")).getJsonArray("sections").getJsonObject(0).getJsonArray("fields");
        assertEquals(json("{\"o\": [{\"display\": \"Metric\", \"value\": \"metric\"}, {\"display\": \"Imperial\", \"value\": \"imperial\"},"
                + " {\"display\": \"Plain\", \"value\": \"Plain\"}]}").getJsonArray("o"), fields.getJsonObject(0).getJsonArray("options"));
        assertEquals("a|b", fields.getJsonObject(1).getString("options"), "only select fields are expanded");
    }

    @Test
    void aDefinitionWithoutSectionsIsLeftAsItIs() {
        assertEquals(json("{\"x\": 1}"), SettingsForms.withOptionsExpanded(json("{\"x\": 1}")));
    }
}
