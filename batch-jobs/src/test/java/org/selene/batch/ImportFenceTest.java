package org.selene.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selene.domain.shared.DomainException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportFenceTest {

    @TempDir
    Path root;

    private ImportFence fence(String... allowed) throws Exception {
        return new ImportFence(Files.createDirectories(root.resolve("import")), List.of(), List.of(allowed));
    }

    @Test
    void pathsResolveUnderTheImportDirectoryAndNowhereElse() throws Exception {
        ImportFence fence = fence();
        Path inside = Files.createDirectories(root.resolve("import/geo"));
        assertEquals(inside.toRealPath().toString(), fence.path("geonamesDir", "geo"));
        assertEquals(inside.toRealPath().resolve("later.json").toString(), fence.path("source", inside + "/later.json"));
        for (String outside : List.of("/etc", "../", "geo/../../import-not", root + "/import/../secret", "file:///etc/passwd")) {
            DomainException refused = assertThrows(DomainException.class, () -> fence.path("geonamesDir", outside), outside);
            assertEquals(400, refused.status());
            assertTrue(refused.getMessage().startsWith("geonamesDir:"), refused.getMessage());
        }
    }

    @Test
    void aSymbolicLinkCountsWhereItPoints() throws Exception {
        ImportFence fence = fence();
        Path secret = Files.writeString(root.resolve("secret.txt"), "x");
        Files.createSymbolicLink(root.resolve("import/link.json"), secret);
        Files.createSymbolicLink(root.resolve("import/dangling.json"), root.resolve("nothing"));
        assertThrows(DomainException.class, () -> fence.path("source", "link.json"));
        assertThrows(DomainException.class, () -> fence.path("source", "dangling.json"));
    }

    @Test
    void urlsMustBeHttpsOnTheListOrUnderAnExplicitPrefix() throws Exception {
        ImportFence fence = fence("raw.githubusercontent.com", "http://localhost:8901/MycroftAI/");
        assertTrue(fence.allows("https://raw.githubusercontent.com/MycroftAI/mycroft-skills-data/21.08/skill-metadata.json"));
        assertFalse(fence.allows("http://raw.githubusercontent.com/x.json"));
        assertFalse(fence.allows("https://raw.githubusercontent.com:8443/x.json"));
        assertFalse(fence.allows("https://raw.githubusercontent.com@evil.example/x.json"));
        assertFalse(fence.allows("https://evil.example/x.json"));
        assertTrue(fence.allows("http://localhost:8901/MycroftAI/skills/21.08/skill-metadata.json"));
        assertFalse(fence.allows("http://localhost:8901/MycroftAI/../admin"));
        assertFalse(fence.allows("http://localhost:8901/other/x.json"));
        // plain http only to this machine, even when the operator lists it
        ImportFence mirror = fence("http://mirror.example.org/skills/", "http://127.0.0.1:8901/skills/");
        assertFalse(mirror.allows("http://mirror.example.org/skills/x.json"));
        assertTrue(mirror.allows("http://127.0.0.1:8901/skills/x.json"));
        assertFalse(fence.allows("https://localhost:8901/MycroftAI/x.json"));
        assertThrows(DomainException.class, () -> fence.pathOrUrl("source", "ftp://raw.githubusercontent.com/x.json"));
        assertThrows(DomainException.class, () -> fence("").pathOrUrl("source", "https://raw.githubusercontent.com/x.json"));
    }
}
