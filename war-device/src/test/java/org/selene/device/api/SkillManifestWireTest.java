package org.selene.device.api;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.selene.domain.shared.DomainException;
import org.selene.domain.shared.JsonText;
import org.selene.domain.skill.SkillManifestService.InstalledSkill;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An msm skills manifest as devices upload it: what is taken from each entry and what is refused. */
class SkillManifestWireTest {

    static JsonObject json(String text) {
        return JsonText.parse(text).asJsonObject();
    }

    static String refusal(String manifest) {
        DomainException e = assertThrows(DomainException.class, () -> SkillManifestWire.skills(json(manifest)));
        assertEquals(400, e.status());
        return e.getMessage();
    }

    @Test
    void anEntryGivesItsGidOriginStateAndTimesOtherKeysAreLeftToTheStoredManifest() {
        List<InstalledSkill> skills = SkillManifestWire.skills(json("""
                {"blacklist": [], "version": 1, "skills": [
                  {"name": "weather", "skill_gid": "mycroft-weather|21.02", "origin": "default", "installation": "failed",
                   "failure_message": "no network", "status": "active", "beta": false, "installed": 1600000000.5, "updated": 0, "extra": [1]},
                  {"name": "bare", "skill_gid": "bare|21.02", "origin": null, "installed": null}]}"""));
        assertEquals(List.of(
                new InstalledSkill("mycroft-weather|21.02", "default", "failed", "no network", new BigDecimal("1600000000.5"), BigDecimal.ZERO),
                new InstalledSkill("bare|21.02", null, null, null, null, null)), skills);
    }

    @Test
    void wrongShapesAreRefusedNamingTheKey() {
        assertEquals("skills: This field is required.", refusal("{\"skills\": {}}"));
        assertEquals("skills: every entry must be an object", refusal("{\"skills\": [\"weather\"]}"));
        assertEquals("skill_gid: This field is required.", refusal("{\"skills\": [{\"name\": \"weather\", \"skill_gid\": \"  \"}]}"));
        assertEquals("name: This field is required.", refusal("{\"skills\": [{\"skill_gid\": \"weather|21.02\"}]}"));
        assertEquals("origin: must be a string", refusal("{\"skills\": [{\"name\": \"w\", \"skill_gid\": \"w|21.02\", \"origin\": 3}]}"));
        assertEquals("beta: must be a boolean", refusal("{\"skills\": [{\"name\": \"w\", \"skill_gid\": \"w|21.02\", \"beta\": \"yes\"}]}"));
        assertEquals("updated: must be a number", refusal("{\"skills\": [{\"name\": \"w\", \"skill_gid\": \"w|21.02\", \"updated\": \"today\"}]}"));
    }
}
