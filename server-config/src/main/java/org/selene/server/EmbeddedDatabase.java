package org.selene.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The embedded PostgreSQL of the run command: real PostgreSQL binaries in the data directory,
 * listening on the loopback interface, and asking for a password (scram-sha-256) generated on first
 * start and kept in {@code postgres-password}, so that no other local user reaches it as superuser.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String NAME = "selene";
    static final String USER = "postgres";
    static final String PASSWORD_FILE = "postgres-password";

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    static EmbeddedDatabase start(Path dataDir, int port) throws IOException, SQLException {
        Path pgData = dataDir.resolve("pgdata");
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        if (!Files.exists(passwordFile)) {
            SecretFiles.writeOwnerOnly(passwordFile, SecretFiles.newSecret() + "\n");
        }
        String password = Files.readString(passwordFile).trim();
        boolean existingCluster = Files.exists(pgData.resolve("PG_VERSION"));
        if (existingCluster) {
            stopOrphanedServer(pgData);
        }
        System.out.println("Starting the embedded PostgreSQL on port " + port + " (data: " + pgData + ")");
        // zonky runs initdb/postgres inside `unshare -U` when started as root, where PostgreSQL would refuse to run.
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // initdb options, appended after zonky's own "-A trust", which they override: a new
                // cluster never has a trust line, not even for its first seconds
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFile.toString())
                // zonky's readiness check logs in with these
                .setConnectConfig("password", password)
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", "scram-sha-256")
                // zonky's defaults are for throw-away test databases (fsync and synchronous commit
                // off); this one is the self-hoster's only copy of accounts and devices
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, password);
        try {
            if (existingCluster) {
                database.requirePassword(pgData.resolve("pg_hba.conf"));
            }
            database.createApplicationDatabase();
        } catch (IOException | SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * A run that was killed (kill -9, a crash) leaves its PostgreSQL running: pg_ctl detached it,
     * and only the run's shutdown hook would have stopped it. It still holds the data directory:
     * on another port the next run could not start its own, on the same port it would go on with a
     * server it does not own and whose settings it never applied. It is stopped here (fast shutdown: open transactions
     * roll back, everything committed stays), killed if it does not end within a minute (PostgreSQL
     * then recovers from its WAL at the next start). A postmaster.pid whose process is gone is
     * PostgreSQL's own to clear.
     */
    static void stopOrphanedServer(Path pgData) throws IOException {
        Optional<ProcessHandle> orphan = postmaster(pgData);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle server = orphan.get();
        System.out.println("The embedded PostgreSQL of an earlier run is still running (pid " + server.pid() + "); stopping it");
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).inheritIO().start().waitFor();
            server.onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the earlier PostgreSQL", e);
        } catch (ExecutionException | TimeoutException e) {
            server.destroyForcibly();
            server.onExit().join();
        }
    }

    /** The live postgres process that postmaster.pid names, if there is one. */
    static Optional<ProcessHandle> postmaster(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid;
        try (Stream<String> lines = Files.lines(pidFile)) {
            pid = Long.parseLong(lines.findFirst().orElse("").trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false));
    }

    String password() {
        return password;
    }

    /**
     * A cluster created by an earlier version trusted every local connection: give the superuser
     * the password and replace each trust line, in place, keeping the data.
     */
    private void requirePassword(Path hba) throws IOException, SQLException {
        String rules = Files.readString(hba);
        String hardened = withoutTrust(rules);
        if (hardened.equals(rules)) {
            return;
        }
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            // the password is base64url: nothing in it needs quoting
            s.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
            Files.writeString(hba, hardened);
            s.execute("SELECT pg_reload_conf()");
        }
        System.out.println("The embedded PostgreSQL now requires the password in " + PASSWORD_FILE + " (it trusted local connections before)");
    }

    /** pg_hba.conf with every {@code trust} method replaced by {@code scram-sha-256}; comments untouched. */
    static String withoutTrust(String hba) {
        Matcher line = Pattern.compile("(?m)^(\\s*(?:local|host\\w*)\\s.*?)\\btrust\\b(.*)$").matcher(hba);
        return line.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "scram-sha-256" + m.group(2)));
    }

    private void createApplicationDatabase() throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + NAME + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + NAME);
                }
            }
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database, USER, password);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
