package org.selene.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A data directory made by an earlier version (a cluster that trusted local connections), started by this one. */
class EmbeddedDatabaseUpgradeTest {

    @Test
    void aTrustingClusterGetsAPasswordAndKeepsItsData(@TempDir Path dataDir) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir.resolve("pgdata"))
                .setCleanDataDirectory(false).start();
             Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (note text)");
            s.execute("INSERT INTO kept VALUES ('from the earlier version')");
        }
        assertTrue(Files.readString(dataDir.resolve("pgdata").resolve("pg_hba.conf")).matches("(?s).*\\n\\s*host\\s.*trust.*"));

        for (int start = 1; start <= 2; start++) {
            try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, port)) {
                assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", "").close(), "start " + start);
                try (Connection c = DriverManager.getConnection(url, "postgres", database.password());
                     Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT note FROM kept")) {
                    assertTrue(rs.next());
                    assertEquals("from the earlier version", rs.getString(1));
                }
                DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.NAME, "postgres", database.password()).close();
                assertEquals(database.password(), Files.readString(dataDir.resolve(EmbeddedDatabase.PASSWORD_FILE)).trim());
            }
        }
        for (String rule : Files.readAllLines(dataDir.resolve("pgdata").resolve("pg_hba.conf"))) {
            assertFalse(!rule.strip().startsWith("#") && rule.matches(".*\\btrust\\b.*"), rule);
        }
    }
}
