package org.selene.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run killed with kill -9 leaves its PostgreSQL running; the next run takes the data over. */
class EmbeddedDatabaseCrashTest {

    /** The killed run: starts the database, commits one row, leaves another uncommitted, and waits to be killed. */
    public static final class KilledRun {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), Integer.parseInt(args[1]));
            Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + args[1] + "/" + EmbeddedDatabase.NAME, EmbeddedDatabase.USER, database.password());
            Statement s = c.createStatement();
            s.execute("CREATE TABLE note (text text)");
            s.execute("INSERT INTO note VALUES ('committed')");
            c.setAutoCommit(false);
            s.execute("INSERT INTO note VALUES ('open')");
            System.out.println("ready");
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }

    @Test
    void theNextRunStopsTheKilledRunsPostgresqlAndKeepsWhatWasCommitted(@TempDir Path dataDir) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledRun.class.getName(), dataDir.toString(), Integer.toString(port))
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && !line.equals("ready"); line = lines.readLine()) {
                output.add(line);
            }
        }
        assertTrue(killed.isAlive(), "the run started its database: " + output);
        killed.destroyForcibly();
        killed.waitFor(30, TimeUnit.SECONDS);
        ProcessHandle orphan = EmbeddedDatabase.postmaster(dataDir.resolve("pgdata")).orElseThrow(() -> new AssertionError("no PostgreSQL outlived the run"));

        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, port);
             Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.NAME, EmbeddedDatabase.USER, database.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT text FROM note")) {
            assertFalse(orphan.isAlive(), "the killed run's PostgreSQL was stopped");
            assertTrue(rs.next());
            assertEquals("committed", rs.getString(1));
            assertFalse(rs.next(), "the uncommitted row rolled back");
        }
    }
}
