package org.selene.batch;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InvalidClassException;
import java.io.UncheckedIOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecutionRecoveryTest {

    private static byte[] serialized(Serializable value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    @Test
    void theJobRepositorysParametersAreReadBackAsProperties() throws Exception {
        Properties stored = new Properties();
        stored.setProperty("source", "http://localhost/MycroftAI/21.08/skill-metadata.json");
        stored.setProperty("coreVersion", "21.08");
        assertEquals(stored, JobRepositoryTables.fromSerialized(serialized(stored)));
        assertTrue(JobRepositoryTables.fromSerialized(null).isEmpty());
    }

    @Test
    void anythingButPropertiesIsRefused() {
        assertInstanceOf(InvalidClassException.class, assertThrows(UncheckedIOException.class, () -> JobRepositoryTables.fromSerialized(serialized(new ArrayList<>(List.of("x")))))
                .getCause());
    }

    @Test
    void jberetsTextParametersAreReadBackAsProperties() {
        // as JBeret's JdbcRepository writes them (Properties.store)
        Properties read = JobRepositoryTables.fromText("#comment\nsource=http\\://localhost/skills.json\ncoreVersion=21.08\n");
        assertEquals("http://localhost/skills.json", read.getProperty("source"));
        assertEquals("21.08", read.getProperty("coreVersion"));
        assertTrue(JobRepositoryTables.fromText(null).isEmpty());
    }
}
