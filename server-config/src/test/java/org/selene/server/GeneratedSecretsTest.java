package org.selene.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** README: secrets generated on first start (SecureRandom) and kept in the data directory. */
class GeneratedSecretsTest {

    private static final List<String> NAMES = List.of("JWT_ACCESS_SECRET", "SALT");

    @Test
    void generatedOnFirstStartAndReusedOnTheNext(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secrets.properties");
        Map<String, String> first = GeneratedSecrets.loadOrGenerate(file, NAMES, Map.of(), List.of());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(first.get("JWT_ACCESS_SECRET").matches("[A-Za-z0-9_-]{64}"), first.toString());
        assertNotEquals(first.get("JWT_ACCESS_SECRET"), first.get("SALT"));

        assertEquals(first, GeneratedSecrets.loadOrGenerate(file, NAMES, Map.of(), List.of()));
    }

    @Test
    void theEnvironmentWinsAndTheFileKeepsItsOwn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secrets.properties");
        Map<String, String> generated = GeneratedSecrets.loadOrGenerate(file, NAMES, Map.of(), List.of());
        Map<String, String> given = GeneratedSecrets.loadOrGenerate(file, NAMES, Map.of("SALT", "from-the-operator", "JWT_ACCESS_SECRET", " "), List.of());
        assertEquals("from-the-operator", given.get("SALT"));
        assertEquals(generated.get("JWT_ACCESS_SECRET"), given.get("JWT_ACCESS_SECRET"), "a blank variable is no value");
        assertEquals(generated, GeneratedSecrets.loadOrGenerate(file, NAMES, Map.of(), List.of()));
    }

    @Test
    void aNameTheFileLacksIsAddedAndTheOthersKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("secrets.properties");
        Map<String, String> before = GeneratedSecrets.loadOrGenerate(file, List.of("SALT"), Map.of(), List.of());
        Map<String, String> after = GeneratedSecrets.loadOrGenerate(file, List.of("SALT", "SELENE_ADMIN_KEY"), Map.of(), List.of("SELENE_ADMIN_KEY"));
        assertEquals(before.get("SALT"), after.get("SALT"));
        assertTrue(after.get("SELENE_ADMIN_KEY").length() == 64);
        assertTrue(Files.readString(file).contains("SELENE_ADMIN_KEY=" + after.get("SELENE_ADMIN_KEY")));
    }
}
