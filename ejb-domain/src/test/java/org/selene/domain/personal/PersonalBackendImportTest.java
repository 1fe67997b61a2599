package org.selene.domain.personal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonalBackendImportTest {

    @Test
    void audioIsFoundByItsFileNameInsideTheImportDirectoryOnly(@TempDir Path dir) throws IOException {
        Path wakeWords = Files.createDirectories(dir.resolve("wakewords"));
        Path file = Files.writeString(wakeWords.resolve("1700000000.wav"), "RIFF");
        Files.writeString(dir.resolve("secret.wav"), "outside");

        // the record's absolute path names the old data_path: only its file name counts
        assertEquals(Optional.of(file), PersonalBackendImport.audioFile(wakeWords, "/home/pi/.local/share/ovos_backend/wakewords/1700000000.wav"));
        assertEquals(Optional.of(file), PersonalBackendImport.audioFile(wakeWords, "C:\\\\data\\\\wakewords\\\\1700000000.wav"));
        // nothing climbs out, nothing missing or a directory is taken
        assertEquals(Optional.empty(), PersonalBackendImport.audioFile(wakeWords, "../secret.wav"));
        assertEquals(Optional.empty(), PersonalBackendImport.audioFile(wakeWords, "/x/.."));
        assertEquals(Optional.empty(), PersonalBackendImport.audioFile(wakeWords, "/x/"));
        assertEquals(Optional.empty(), PersonalBackendImport.audioFile(wakeWords, "/x/missing.wav"));
        Files.createDirectories(wakeWords.resolve("dir.wav"));
        assertEquals(Optional.empty(), PersonalBackendImport.audioFile(wakeWords, "dir.wav"));
    }

    @Test
    void aSymbolicLinkIsNotFollowed(@TempDir Path dir) throws IOException {
        Path wakeWords = Files.createDirectories(dir.resolve("wakewords"));
        Path outside = Files.writeString(dir.resolve("outside.wav"), "outside");
        Files.createSymbolicLink(wakeWords.resolve("link.wav"), outside);
        assertEquals(Optional.empty(), PersonalBackendImport.audioFile(wakeWords, "link.wav"));
    }
}
