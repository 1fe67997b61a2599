package org.selene.batch.skill;

import org.junit.jupiter.api.Test;
import org.selene.domain.skill.CoreVersion;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SkillMetadataSourceTest {

    @Test
    void theCoreVersionComesFromTheParameterOrTheSource() {
        assertEquals(CoreVersion.V21_08, SkillMetadataSource.version("/srv/skill-metadata-20.08.json", "21.08"));
        assertEquals(CoreVersion.V20_08, SkillMetadataSource.version("/srv/skill-metadata-20.08.json", null));
        assertEquals(CoreVersion.V21_02, SkillMetadataSource.version("http://10.0.0.12:8080/MycroftAI/mycroft-skills-data/21.02/skill-metadata.json", ""));
        assertThrows(IllegalArgumentException.class, () -> SkillMetadataSource.version("/srv/skill-metadata.json", null));
        assertThrows(IllegalArgumentException.class, () -> SkillMetadataSource.version("/srv/x.json", "99.99"));
    }

    @Test
    void entriesWithoutGidAreSkippedAndANonObjectFails() {
        String json = "{\"a\": {\"skill_gid\": \"a|21.02\"}, \"b\": {\"name\": \"b\"}, \"c\": 3}";
        assertEquals(1, SkillMetadataSource.entries(CoreVersion.V21_02, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).size());
        assertThrows(IllegalArgumentException.class,
                () -> SkillMetadataSource.entries(CoreVersion.V21_02, new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8))));
    }
}
