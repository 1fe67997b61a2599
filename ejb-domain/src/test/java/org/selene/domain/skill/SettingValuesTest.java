package org.selene.domain.skill;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.selene.domain.shared.JsonText.JSON;
import static org.selene.domain.skill.InstallerListTest.json;

class SettingValuesTest {

    static final JsonObject DISPLAY = json("""
            {"skill_gid": "weather|21.02", "skillMetadata": {"sections": [
              {"name": "General", "fields": [
                {"type": "label", "label": "Pick one", "value": "ignored"},
                {"name": "units", "type": "select", "options": "Metric|metric;Imperial|imperial", "value": "metric"},
                {"name": "show", "type": "checkbox", "value": "False"},
                {"name": "count", "type": "number", "value": "3.0"},
                {"name": "ratio", "type": "number", "value": "0.25"},
                {"name": "words", "type": "text", "value": "[]"},
                {"name": "nothing", "type": "text"}]}]}}""");

    @Test
    void defaultsAreTheNamedFieldsValuesNormalisedAsSeleneDid() {
        Map<String, JsonValue> values = SettingValues.defaults(DISPLAY);
        assertEquals(JSON.createValue("metric"), values.get("units"));
        assertEquals(JsonValue.FALSE, values.get("show"));
        assertEquals(JSON.createValue(BigInteger.valueOf(3)), values.get("count"));
        assertEquals(JsonValue.NULL, values.get("nothing"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, values.get("words"));
        assertEquals(6, values.size(), "labels carry no value: " + values.keySet());
    }

    @Test
    void eachFieldChangesTheFieldObjectsDropsWhatIsNoObjectAndLeavesAMetaWithoutSections() {
        JsonObject meta = json("""
                {"sections": [{"name": "A", "fields": [{"name": "x", "value": 1}, "junk", 7]}, "junk-section"], "extra": true}""");
        JsonObject changed = SettingValues.eachField(meta, f -> JSON.createObjectBuilder(f).add("value", 2).build());
        assertEquals(json("""
                {"sections": [{"name": "A", "fields": [{"name": "x", "value": 2}]}], "extra": true}"""), changed);
        JsonObject noSections = json("{\"name\": \"no sections\"}");
        assertEquals(noSections, SettingValues.eachField(noSections, f -> f));
    }

    @Test
    void nonIntegralNumbersAreKept_SeleneQuirkFixed() {
        // Selene turned 0.25 into 0
        assertEquals("0.25", SettingValues.normalise("number", JSON.createValue("0.25")).toString());
        assertEquals("7", SettingValues.normalise("number", JSON.createValue(7.0)).toString());
        assertEquals(JSON.createValue("seven"), SettingValues.normalise("number", JSON.createValue("seven")));
    }

    @Test
    void checkboxTextBecomesABooleanOnlyWhenItSaysOne() {
        assertEquals(JsonValue.TRUE, SettingValues.normalise("checkbox", JSON.createValue("1")));
        assertEquals(JsonValue.TRUE, SettingValues.normalise("checkbox", JSON.createValue("True")));
        assertEquals(JsonValue.FALSE, SettingValues.normalise("checkbox", JSON.createValue("0")));
        assertEquals(JSON.createValue("maybe"), SettingValues.normalise("checkbox", JSON.createValue("maybe")));
        assertEquals(JSON.createValue("true"), SettingValues.normalise("text", JSON.createValue("true")));
    }

    @Test
    void theStoredDefinitionHasNoValuesAndKeepsEverythingElse() {
        JsonObject stripped = SettingValues.stripValues(DISPLAY);
        for (JsonValue field : stripped.getJsonObject("skillMetadata").getJsonArray("sections").getJsonObject(0).getJsonArray("fields")) {
            assertEquals(false, field.asJsonObject().containsKey("value"), field.toString());
        }
        assertEquals("Metric|metric;Imperial|imperial", stripped.getJsonObject("skillMetadata").getJsonArray("sections").getJsonObject(0)
                .getJsonArray("fields").getJsonObject(1).getString("options"));
        assertEquals("weather|21.02", stripped.getString("skill_gid"));
        JsonObject noSections = json("{\"skillMetadata\": {}}");
        assertEquals(noSections, SettingValues.stripValues(noSections));
    }
}
