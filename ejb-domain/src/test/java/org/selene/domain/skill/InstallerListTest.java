package org.selene.domain.skill;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InstallerListTest {

    static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    @Test
    void installAddsOnceAndTakesTheSkillOffTheRemoveList() {
        JsonObject settings = json("{\"to_remove\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"other\":1}");
        JsonObject once = InstallerList.TO_INSTALL.apply(settings, "a");
        assertEquals(json("{\"to_remove\":[{\"name\":\"b\"}],\"other\":1,\"to_install\":[{\"name\":\"a\"}]}"), once);
        assertEquals(once, InstallerList.TO_INSTALL.apply(once, "a"));
    }

    @Test
    void listsStoredAsJsonTextByTheInstallerAreRead() {
        JsonObject settings = json("{\"to_install\":\"[{\\\"name\\\":\\\"x\\\"}]\"}");
        assertEquals("[{\"name\":\"x\"},{\"name\":\"y\"}]", InstallerList.TO_INSTALL.apply(settings, "y").getJsonArray("to_install").toString());
    }

    @Test
    void sectionsAreSelenesTwoNamesOnly() {
        assertEquals(InstallerList.TO_REMOVE, InstallerList.of("to_remove").orElseThrow());
        assertEquals(true, InstallerList.of("TO_REMOVE").isEmpty());
    }
}
