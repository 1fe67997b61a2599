package org.selene.domain.skill;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkillSearchTest {

    static final jakarta.json.JsonObject WEATHER = InstallerListTest.json("""
            {"title": "Weather", "short_desc": "Forecasts", "description": "Get the weather anywhere",
             "categories": ["Daily"], "tags": ["weather", "forecast"], "examples": ["What's the weather?"]}""");

    @Test
    void textFieldsMatchBySubstringIgnoringCase() {
        assertTrue(SkillSearch.matches(WEATHER, "eath"));
        assertTrue(SkillSearch.matches(WEATHER, "FORECASTS"));
        assertTrue(SkillSearch.matches(WEATHER, "anywhere"));
    }

    @Test
    void listsMatchOnlyWholeElements() {
        assertTrue(SkillSearch.matches(WEATHER, "daily"));
        assertFalse(SkillSearch.matches(WEATHER, "dai"));
        assertTrue(SkillSearch.matches(WEATHER, "what's the weather?"));
        assertFalse(SkillSearch.matches(WEATHER, "music"));
    }
}
